// From opening <mpp-booking-form service="ktp-el"> to its first bookable day
// on screen, in headless Chromium against the reference server running in the
// page (bench/booking-form/page.ts): the element's start, the site, service and
// availability requests through the SDK (validated), the server's work, and the
// calendar's render. "To DOM" ends at the mutation that shows the selected day,
// "to paint" at the frame painted after it, both on the page's own
// performance.now(). Cold: the first form in a fresh page (a new browser
// context: script compile, Intl data, the server's first requests). Warm: the
// next MPP_BENCH_RUNS forms in the same page.
import type { Browser, BrowserContext, Page } from 'puppeteer-core';
import { defineBenchmark } from './benchmark.js';
import type { BookingFormOpenPage } from './booking-form/page.js';
import { runPageBenchmark } from './page-bundle.js';
import { CHROMIUM } from '../scripts/headless-chromium.js';
import { launchChromium, ms, percentile, sortedOf } from './queue-board/demo-site.js';

const RUNS = Number(process.env['MPP_BENCH_RUNS'] ?? 30);
const COLD_RUNS = Number(process.env['MPP_BENCH_COLD_RUNS'] ?? 10);

type PageGlobal = typeof globalThis & { bookingFormOpen: BookingFormOpenPage };

/** A new page at `url` (in `context`, for a fresh renderer) once the bench page is ready, with its errors collected. */
async function benchPage(context: Browser | BrowserContext, url: string, problems: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(String(error)));
  await page.setViewport({ width: 412, height: 915 });
  await page.goto(url);
  await page.waitForFunction(() => 'bookingFormOpen' in globalThis);
  return page;
}

async function openForm(page: Page): Promise<{ dom: number; painted: number; day: string | null }> {
  return page.evaluate(() => (globalThis as PageGlobal).bookingFormOpen.open());
}

/** The row of one kind of run: median and p95 to the DOM and to the painted frame. */
function rowOf(runs: readonly { dom: number; painted: number }[]): Record<string, string> {
  const dom = sortedOf(runs.map((run) => run.dom));
  const paint = sortedOf(runs.map((run) => run.painted));
  return {
    runs: String(runs.length),
    'to DOM median (ms)': ms(percentile(dom, 50)),
    'to DOM p95 (ms)': ms(percentile(dom, 95)),
    'to paint median (ms)': ms(percentile(paint, 50)),
    'to paint p95 (ms)': ms(percentile(paint, 95)),
  };
}

export default defineBenchmark({
  group: 'browser',
  description:
    '<mpp-booking-form>: from opening it to the first bookable day on screen (headless Chromium, in-page server)',
  run: () =>
    runPageBenchmark(
      new URL('./booking-form/page.ts', import.meta.url),
      { title: 'booking form bench' },
      launchChromium,
      async (browser, url, rows) => {
        const problems: string[] = [];
        const cold: { dom: number; painted: number }[] = [];
        let firstDay: string | null = null;
        for (let run = 0; run < COLD_RUNS; run += 1) {
          const context = await browser.createBrowserContext();
          const result = await openForm(await benchPage(context, url, problems));
          firstDay ??= result.day;
          cold.push(result);
          await context.close();
        }
        const page = await benchPage(browser, url, problems);
        await openForm(page);
        const warm: { dom: number; painted: number }[] = [];
        for (let run = 0; run < RUNS; run += 1) warm.push(await openForm(page));
        rows['cold (first form of a fresh page)'] = rowOf(cold);
        rows['warm (a form opened again)'] = rowOf(warm);
        return {
          failed: problems.length > 0,
          context: {
            browser: CHROMIUM,
            viewport: '412 × 915 (a phone)',
            'first bookable day': firstDay ?? '-',
            clock: 'in-page server, Monday 2 March 2026 09.00 WIB, service ktp-el',
            problems: problems.length === 0 ? 'none' : problems.join(' | '),
          },
        };
      },
    ),
});
