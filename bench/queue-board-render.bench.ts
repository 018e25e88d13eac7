// One live event on the waiting-room board: <mpp-queue-status mode="board">
// over an MPP of 30 counters and 50 services (bench/queue-board/render-page.ts),
// in headless Chromium at 1920x1080. The events are real ones, recorded from
// the in-page reference server while staff call numbers at every counter; the
// board reads them from a fake `fetch` whose stream the bench writes one frame
// at a time, so no network or server work is in the figures.
//
// Three figures per event, over MPP_BENCH_EVENTS events (default 300) after 30
// not counted:
// - "to DOM": in-page `performance.now()` from writing the frame into the
//   stream to the last DOM mutation it caused: the SDK's parsing and
//   validation, the reducer, the scoping and Lit's render, committed. The
//   budget (< 4 ms) is checked on its p95.
// - "to layout": the same clock, to the end of the style and layout of the
//   changed board (forced one task after the write, once the event's work is done).
// - "work": main-thread task time from the DevTools protocol
//   (`Performance.getMetrics` TaskDuration) from writing the frame to the next
//   painted frame: all of the above plus paint, without idle time, and with
//   the protocol's own evaluate. The page runs with `prefers-reduced-motion:
//   reduce`: otherwise the 3 s highlight of the latest call (a CSS animation,
//   restarted by every call) repaints every frame and its paints, not the
//   event's, fill this figure. Beside it, the style recalculation and layout
//   parts of that work (RecalcStyleDuration, LayoutDuration).
import type { Page } from 'puppeteer-core';
import { defineBenchmark } from './benchmark.js';
import { runPageBenchmark } from './page-bundle.js';
import { CHROMIUM } from '../scripts/headless-chromium.js';
import { launchChromium, ms, percentile, sortedOf } from './queue-board/demo-site.js';
import type { BoardRenderPage } from './queue-board/render-page.js';

const EVENTS = Number(process.env['MPP_BENCH_EVENTS'] ?? 300);
const WARM_UP = 30;
/** The budget for applying one event and re-rendering. */
const BUDGET_MS = 4;

type PageGlobal = typeof globalThis & { boardRender: BoardRenderPage };

/** Main-thread time of the renderer while `action` runs: all tasks, and of them style recalculation and layout. */
interface Work {
  readonly task: number;
  readonly style: number;
  readonly layout: number;
}

async function workOf(page: Page, action: () => Promise<unknown>): Promise<Work> {
  const session = await page.createCDPSession();
  const read = async (): Promise<Work> => {
    const { metrics } = await session.send('Performance.getMetrics');
    const value = (name: string): number => (metrics.find((metric) => metric.name === name)?.value ?? 0) * 1000;
    return { task: value('TaskDuration'), style: value('RecalcStyleDuration'), layout: value('LayoutDuration') };
  };
  await session.send('Performance.enable');
  const before = await read();
  await action();
  const after = await read();
  await session.detach();
  return { task: after.task - before.task, style: after.style - before.style, layout: after.layout - before.layout };
}

export default defineBenchmark({
  group: 'browser',
  description: `<mpp-queue-status mode="board">, 30 counters and 50 services: one live event applied and re-rendered (headless Chromium)`,
  run: () =>
    runPageBenchmark(
      new URL('./queue-board/render-page.ts', import.meta.url),
      { title: 'board bench', style: 'html,body{margin:0;height:100%;background:#000}' },
      launchChromium,
      async (browser, url, rows) => {
        const context: Record<string, string> = { browser: CHROMIUM };
        const page = await browser.newPage();
        await page.setViewport({ width: 1920, height: 1080 });
        await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
        const problems: string[] = [];
        page.on('pageerror', (error) => problems.push(String(error)));
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(message.text());
        });
        await page.goto(url);
        await page.waitForFunction(() => 'boardRender' in globalThis);
        // Calls enough for the warm-up and the measured events (a call is one or two events).
        const prepared = await page.evaluate(
          (calls) => (globalThis as PageGlobal).boardRender.prepare(calls),
          EVENTS + WARM_UP,
        );
        await page.evaluate(() => (globalThis as PageGlobal).boardRender.mount());
        const before = await page.evaluate(() => (globalThis as PageGlobal).boardRender.stats());
        const available = Math.min(prepared.frames - 1, EVENTS + WARM_UP);
        const all: { dom: number; layout: number; work: Work; call: boolean; mutated: boolean }[] = [];
        for (let index = 1; index <= available; index += 1) {
          let result = { dom: Number.NaN, layout: Number.NaN, call: false, mutated: false };
          const work = await workOf(page, async () => {
            result = await page.evaluate((at) => (globalThis as PageGlobal).boardRender.apply(at), index);
          });
          if (index > WARM_UP) all.push({ ...result, work });
        }
        const after = await page.evaluate(() => (globalThis as PageGlobal).boardRender.stats());
        const summarize = (name: string, picked: typeof all): void => {
          const dom = sortedOf(picked.filter((item) => item.mutated).map((item) => item.dom));
          const layout = sortedOf(picked.map((item) => item.layout));
          const work = sortedOf(picked.map((item) => item.work.task));
          const style = sortedOf(picked.map((item) => item.work.style));
          const layoutWork = sortedOf(picked.map((item) => item.work.layout));
          rows[name] = {
            events: String(picked.length),
            'to DOM median (ms)': ms(percentile(dom, 50)),
            'to DOM p95 (ms)': ms(percentile(dom, 95)),
            'to layout median (ms)': ms(percentile(layout, 50)),
            'to layout p95 (ms)': ms(percentile(layout, 95)),
            'work median (ms)': ms(percentile(work, 50)),
            'work p95 (ms)': ms(percentile(work, 95)),
            'of it style median (ms)': ms(percentile(style, 50)),
            'of it layout median (ms)': ms(percentile(layoutWork, 50)),
            budget: percentile(dom, 95) < BUDGET_MS ? 'within' : 'OVER',
          };
        };
        summarize('every event', all);
        summarize(
          'ticket.called only',
          all.filter((item) => item.call),
        );
        const failed = problems.length > 0 || all.length === 0 || rows['every event']?.['budget'] !== 'within';
        Object.assign(context, {
          board: `${String(prepared.counters)} counters, ${String(prepared.services)} services, tiles ${String(before.tiles)} -> ${String(after.tiles)}, ${String(after.nodes)} nodes, ${String(after.freshness)}`,
          events: `${String(all.length)} measured after ${String(WARM_UP)} (recorded from ${String(prepared.called)} staff calls on the in-page server)`,
          'to DOM': 'in-page performance.now(): frame written -> last DOM mutation (MutationObserver)',
          'to layout': 'the same clock, to the forced style and layout one task after the write',
          work: 'CDP TaskDuration: write -> next painted frame (script, style, layout, paint; no idle), reduced motion',
          budget: `p95 to DOM < ${String(BUDGET_MS)} ms`,
          problems: problems.length === 0 ? 'none' : problems.join(' | '),
        });
        await page.close();
        return { failed, context };
      },
    ),
});
