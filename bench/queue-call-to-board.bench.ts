// From a staff call to the new number on the waiting-room board: the real
// `mpp-kit-server` (child process, SQLite) serves the demo site of `npm start`,
// headless Chromium shows /display/ (<mpp-queue-status mode="board">, the
// autoloader and its chunks bundled from source), and MPP_BENCH_CALLS (default 100) staff
// calls are made one after another, each waiting for its number on the board.
//
// How the time is taken: each call is made from inside the board page (its own
// `fetch` of POST /v1/counters/loket-1/call-next with the staff token), so the
// start and the end are read from the same monotonic clock, `performance.now()`
// of the page: no clocks of two processes to line up. The end is the
// MutationObserver callback in which the called number first appears in the
// board's DOM (after Lit committed the render, before the paint). The figure
// so includes the request, the server's work, the event over the board's open
// Server-Sent Events stream, the SDK's parsing and validation, the reducer and
// the render; a staff console on another machine adds only its network hop.
// The board must stay `live` (the SSE path), and the page must not poll
// GET /v1/queues during the calls.
import { performance } from 'node:perf_hooks';
import { defineBenchmark } from './benchmark.js';
import { CHROMIUM } from '../scripts/headless-chromium.js';
import { launchChromium, ms, openPage, percentile, prepareDemoSite, sortedOf } from './queue-board/demo-site.js';
import { installBoardProbe, type BoardProbe, type CallTiming } from './queue-board/in-page.js';
import { BENCH_STAFF_TOKEN, startCliServer } from './server/cli-server.js';
import { openInstant } from './server/fixtures.js';

const CALLS = Number(process.env['MPP_BENCH_CALLS'] ?? 100);
/** Calls before the measured ones: the server's and the page's code paths warm up. */
const WARM_UP = 5;
const COUNTER = 'loket-1';
const SERVICE = 'ktp-el';
const CALL_LIMIT_MS = 10_000;
/** The target: median under 200 ms over the SSE path. */
const TARGET_MEDIAN_MS = 200;

type ProbeGlobal = typeof globalThis & { boardProbe: BoardProbe };

export default defineBenchmark({
  group: 'browser',
  description: `staff call -> number in the /display/ board's DOM: ${String(CALLS)} calls, real CLI server, headless Chromium`,
  async run() {
    const site = await prepareDemoSite();
    const server = await startCliServer(['--clock', openInstant(), '--static', site.dir]);
    const browser = await launchChromium();
    const rows: Record<string, Record<string, string>> = {};
    try {
      // The line the counter will call, in order (nobody else waits for loket-1's services).
      const numbers: string[] = [];
      for (let taken = 0; taken < WARM_UP + CALLS; taken += 1) {
        const response = await fetch(`${server.url}/v1/tickets`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${BENCH_STAFF_TOKEN}` },
          body: JSON.stringify({ serviceId: SERVICE }),
        });
        if (response.status !== 201) throw new Error(`taking a ticket: HTTP ${String(response.status)}`);
        numbers.push(((await response.json()) as { number: string }).number);
      }

      const { page, problems, requests } = await openPage(browser, `${server.url}/display/`);
      await page.waitForFunction(
        () => document.querySelector('mpp-queue-status')?.shadowRoot?.querySelector('[data-freshness="live"]'),
        { timeout: 30_000 },
      );
      await page.evaluate(installBoardProbe);
      const requestsBefore = requests.length;

      const timings: CallTiming[] = [];
      const startedAt = performance.now();
      for (const [index, expected] of numbers.entries()) {
        if (await page.evaluate((text) => (globalThis as ProbeGlobal).boardProbe.shows(text), expected)) {
          throw new Error(`${expected} is on the board before it was called`);
        }
        const timing = await page.evaluate(
          (path, token, text, limit) => (globalThis as ProbeGlobal).boardProbe.call(path, token, text, limit),
          `/v1/counters/${COUNTER}/call-next`,
          BENCH_STAFF_TOKEN,
          expected,
          CALL_LIMIT_MS,
        );
        if (timing.status !== 200 || timing.number !== expected) {
          throw new Error(
            `call ${String(index + 1)}: HTTP ${String(timing.status)}, called ${String(timing.number)}, expected ${expected}`,
          );
        }
        if (index >= WARM_UP) timings.push(timing);
      }
      const wall = performance.now() - startedAt;
      const freshness = await page.evaluate(() => (globalThis as ProbeGlobal).boardProbe.freshness());
      const connection = await page.evaluate(() => (globalThis as ProbeGlobal).boardProbe.connection());
      const during = requests.slice(requestsBefore);
      const polls = during.filter((request) => /^GET \/v1\/queues(\?|$)/.test(request)).length;
      const streams = requests.filter((request) => request.startsWith('GET /v1/queues/stream')).length;

      const dom = sortedOf(timings.map((timing) => timing.dom));
      const response = sortedOf(timings.map((timing) => timing.response));
      const missed = dom.filter((value) => Number.isNaN(value)).length;
      const median = percentile(dom, 50);
      rows['call -> number in board DOM'] = {
        calls: String(timings.length),
        'median (ms)': ms(median),
        'p95 (ms)': ms(percentile(dom, 95)),
        'max (ms)': ms(dom.at(-1) ?? Number.NaN),
        missed: String(missed),
      };
      rows['call -> HTTP response'] = {
        calls: String(timings.length),
        'median (ms)': ms(percentile(response, 50)),
        'p95 (ms)': ms(percentile(response, 95)),
        'max (ms)': ms(response.at(-1) ?? Number.NaN),
        missed: '-',
      };
      const sse = freshness === 'live' && connection === 'live' && polls === 0 && streams === 1;
      const failed = missed > 0 || !sse || problems.length > 0 || !(median < TARGET_MEDIAN_MS);
      return {
        rows,
        failed,
        context: {
          browser: CHROMIUM,
          server: 'mpp-kit-server from source (child process), SQLite in a temp folder, 127.0.0.1',
          page: `/display/ (demo site, autoloader + chunks ${(site.kitBytes / 1024).toFixed(0)} KiB minified in all), 1920x1080`,
          calls: `${String(CALLS)} measured after ${String(WARM_UP)} warm-up, POST call-next on ${COUNTER}, one at a time (${ms(wall)} ms in all)`,
          clock: "the page's performance.now(): fetch start -> MutationObserver seeing the number",
          'SSE path': `board data ${String(freshness)}, connection ${String(connection)}; ${String(streams)} stream request(s), ${String(polls)} GET /v1/queues during the calls`,
          problems: problems.length === 0 ? 'none (no console errors, no CSP violations)' : problems.join(' | '),
          target: `median < ${String(TARGET_MEDIAN_MS)} ms with the SSE path, not polling`,
        },
      };
    } finally {
      await browser.close();
      await server.stop();
      site.remove();
    }
  },
});
