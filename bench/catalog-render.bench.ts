// First render and search-as-you-type of <mpp-service-catalog> against a plain
// Lit `repeat` list of the same items (the baseline), in headless Chromium,
// over a synthetic catalog of 2,000 and 5,000 services (bench/fixtures/catalog.ts).
// The page (bench/catalog-render/page.ts) is bundled from source with esbuild
// and served from 127.0.0.1. "Work" is the main thread's task time from the
// Chrome DevTools Protocol (`Performance.getMetrics` TaskDuration): script,
// style, layout and paint, without idle time waiting for a frame. Each case
// runs in a new page, MPP_BENCH_RUNS times (default 5), in a warm renderer and
// in a cold one (see runCase); the table shows the median over runs of: first
// render, the median key, the slowest key.
import type { Browser, Page } from 'puppeteer-core';
import { CHROMIUM, launchChromium } from '../scripts/headless-chromium.js';
import { defineBenchmark } from './benchmark.js';
import { runPageBenchmark } from './page-bundle.js';
import type { CatalogBenchPage, Implementation } from './catalog-render/page.js';

const RUNS = Number(process.env['MPP_BENCH_RUNS'] ?? 5);
const SIZES = (process.env['MPP_BENCH_SIZES'] ?? '2000,5000').split(',').map(Number);
/** A visitor typing "paspor", then clearing the field (every row comes back). */
const KEYS = ['p', 'pa', 'pas', 'pasp', 'paspo', 'paspor', ''];
/** The budgets for the element, in ms of work. */
const BUDGET = { firstRender: 50, key: 16 };

/** Milliseconds of main-thread work while `action` runs in the page. */
async function work(page: Page, action: () => Promise<unknown>): Promise<number> {
  const session = await page.createCDPSession();
  const taskTime = async (): Promise<number> => {
    const { metrics } = await session.send('Performance.getMetrics');
    return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
  };
  await session.send('Performance.enable');
  const before = await taskTime();
  await action();
  const after = await taskTime();
  await session.detach();
  return after - before;
}

type BenchGlobal = typeof globalThis & { catalogBench: CatalogBenchPage };

interface CaseRun {
  readonly firstRender: number;
  readonly keys: readonly number[];
  readonly rowsFirst: number;
  readonly rowsPeak: number;
}

/**
 * One run in a new page. `cold`: in a fresh browser context (a fresh renderer),
 * paying every one-time cost of a visitor's first page view (compiling the
 * script, ICU data for `Intl`, fonts). Warm: a new page in a renderer that has
 * already run the page once, which isolates the rendering strategy.
 */
async function runCase(
  browser: Browser,
  url: string,
  implementation: Implementation,
  size: number,
  cold: boolean,
): Promise<CaseRun> {
  const context = cold ? await browser.createBrowserContext() : browser.defaultBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  try {
    await page.goto(url);
    await page.waitForFunction(() => 'catalogBench' in globalThis);
    await page.evaluate((count) => (globalThis as BenchGlobal).catalogBench.prepare(count), size);
    const firstRender = await work(page, () =>
      page.evaluate((which) => (globalThis as BenchGlobal).catalogBench.mount(which), implementation),
    );
    const rowCount = (): Promise<number> => page.evaluate(() => (globalThis as BenchGlobal).catalogBench.rows());
    const rowsFirst = await rowCount();
    // A person reads before typing: idle time the element may use.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const keys: number[] = [];
    let rowsPeak = rowsFirst;
    for (const value of KEYS) {
      keys.push(
        await work(page, () => page.evaluate((text) => (globalThis as BenchGlobal).catalogBench.type(text), value)),
      );
      rowsPeak = Math.max(rowsPeak, await rowCount());
    }
    return { firstRender, keys, rowsFirst, rowsPeak };
  } finally {
    await (cold ? context.close() : page.close());
  }
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

const ms = (value: number): string => value.toFixed(1);

export default defineBenchmark({
  group: 'browser',
  description:
    '<mpp-service-catalog> vs a plain Lit repeat list: first render and search keystrokes, 2,000 and 5,000 services (headless Chromium)',
  run: () =>
    runPageBenchmark(
      new URL('./catalog-render/page.ts', import.meta.url),
      { title: 'catalog bench' },
      () => launchChromium(),
      async (browser, url, rows) => {
        // Warm the shared renderer once per implementation; these runs are not counted.
        for (const implementation of ['element', 'baseline'] as const)
          await runCase(browser, url, implementation, 100, false);
        for (const cold of [false, true]) {
          for (const size of SIZES) {
            for (const implementation of ['element', 'baseline'] as const) {
              const runs: CaseRun[] = [];
              for (let run = 0; run < RUNS; run += 1)
                runs.push(await runCase(browser, url, implementation, size, cold));
              const first = median(runs.map((run) => run.firstRender));
              const medianKey = median(runs.map((run) => median(run.keys)));
              const slowestKey = median(runs.map((run) => Math.max(...run.keys)));
              const perKey = KEYS.map((_, index) => median(runs.map((run) => run.keys[index] ?? 0)));
              const within = first < BUDGET.firstRender && slowestKey < BUDGET.key;
              const name = implementation === 'element' ? '<mpp-service-catalog>' : 'Lit repeat (baseline)';
              rows[`${name} ${size.toLocaleString('en-US')} ${cold ? 'cold' : 'warm'}`] = {
                'first render (ms)': ms(first),
                'median key (ms)': ms(medianKey),
                'slowest key (ms)': ms(slowestKey),
                'per key p·pa·pas·pasp·paspo·paspor·clear (ms)': perKey.map(ms).join(' · '),
                'rows first/peak': `${runs[0]?.rowsFirst ?? 0}/${runs[0]?.rowsPeak ?? 0}`,
                budget: implementation === 'element' ? (within ? 'within' : 'OVER') : '-',
              };
            }
          }
        }
        return {
          failed: false,
          context: {
            browser: CHROMIUM,
            runs: String(RUNS),
            'budget (element)': `first render < ${BUDGET.firstRender} ms, slowest key < ${BUDGET.key} ms of work`,
            work: 'CDP Performance TaskDuration (main-thread tasks, no idle)',
          },
        };
      },
    ),
});
