// GET /v1/stats over a year of data at Kediri's volume (about 100 visitors a
// day), on SQLite: the database file is built once straight through the store,
// then each query is measured cold (a freshly opened store and app: nothing
// cached, statements unprepared) and warm (the same app, repeated), through the
// whole app (routing, validation, counting, JSON) with `app.request`.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApp, fixedClock } from '@mpp-kit/server';
import { SqliteStore } from '@mpp-kit/server/node';
import { defineBenchmark } from './benchmark.js';
import { writeYearDatabase } from './stats/year-of-tickets.js';

const COLD_RUNS = Number(process.env['MPP_BENCH_COLD'] ?? 10);
const WARM_RUNS = Number(process.env['MPP_BENCH_WARM'] ?? 50);
/** The last day of the data, and "today" on the app's clock. */
const LAST_DAY = '2026-11-30';

/** The value at rank ⌈p/100 · n⌉ of the sorted samples (nearest rank, as the statistics themselves). */
function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil((p * sorted.length) / 100)) - 1] ?? Number.NaN;
}

const ms = (value: number) => value.toFixed(1);

/** A store and app on the database file, with the clock on the data's last day. */
function openApp(path: string) {
  const store = new SqliteStore(path);
  const controller = new AbortController();
  const app = createApp({
    store,
    staffTokens: [],
    secret: 'a benchmark secret, not for production',
    clock: fixedClock(`${LAST_DAY}T10:00:00+07:00`),
    rateLimit: false,
    signal: controller.signal,
    onError: (error) => console.error(error),
  });
  return {
    app,
    close: () => {
      controller.abort();
      store.close();
    },
  };
}

/**
 * One request's time in milliseconds (wall clock, and the CPU time this process
 * spent, which a busy machine inflates less) and its body's size; fails on
 * anything but 200.
 */
async function timed(
  app: ReturnType<typeof openApp>['app'],
  path: string,
): Promise<{ ms: number; cpuMs: number; bytes: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const response = await app.request(path);
  const text = await response.text();
  const elapsed = performance.now() - start;
  const used = process.cpuUsage(cpu);
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${text.slice(0, 200)}`);
  return { ms: elapsed, cpuMs: (used.user + used.system) / 1000, bytes: new TextEncoder().encode(text).byteLength };
}

export default defineBenchmark({
  description: 'GET /v1/stats on SQLite over a year at ~100 tickets/day: cold and warm, median and p95',
  async run() {
    const folder = mkdtempSync(join(tmpdir(), 'mpp-bench-stats-'));
    const path = join(folder, 'year.db');
    try {
      const build = performance.now();
      const data = await writeYearDatabase(path, LAST_DAY);
      const buildMs = performance.now() - build;

      const range = `from=${data.from}&to=${data.to}`;
      const queries = {
        'period=day by=agency': `/v1/stats?${range}&period=day&by=agency`,
        'period=month by=service': `/v1/stats?${range}&period=month&by=service`,
      };
      const rows: Record<string, Record<string, string>> = {};
      const loadBefore = loadavg();
      for (const [name, query] of Object.entries(queries)) {
        process.stdout.write(`  ${name}…\n`);
        const cold: number[] = [];
        const coldCpu: number[] = [];
        for (let run = 0; run < COLD_RUNS; run += 1) {
          const opened = openApp(path);
          try {
            const result = await timed(opened.app, query);
            cold.push(result.ms);
            coldCpu.push(result.cpuMs);
          } finally {
            opened.close();
          }
        }
        const opened = openApp(path);
        const warm: number[] = [];
        const warmCpu: number[] = [];
        let bytes = 0;
        try {
          for (let run = 0; run < 3; run += 1) await timed(opened.app, query);
          for (let run = 0; run < WARM_RUNS; run += 1) {
            const result = await timed(opened.app, query);
            warm.push(result.ms);
            warmCpu.push(result.cpuMs);
            bytes = result.bytes;
          }
        } finally {
          opened.close();
        }
        rows[name] = {
          'cold median (ms)': ms(percentile(cold, 50)),
          'cold p95 (ms)': ms(percentile(cold, 95)),
          'warm median (ms)': ms(percentile(warm, 50)),
          'warm p95 (ms)': ms(percentile(warm, 95)),
          'CPU cold/warm median (ms)': `${ms(percentile(coldCpu, 50))} / ${ms(percentile(warmCpu, 50))}`,
          'body (KiB)': (bytes / 1024).toFixed(1),
        };
      }
      const loadAfter = loadavg();
      return {
        rows,
        context: {
          data: `${data.tickets.toLocaleString('en-US')} tickets and ${data.bookings.toLocaleString('en-US')} bookings, ${data.days} days ${data.from} to ${data.to}, Kediri seed (history since 2023-01)`,
          'built in': `${(buildMs / 1000).toFixed(1)} s (straight through SqliteStore, one transaction a day)`,
          store: 'SqliteStore on a WAL file in a temp folder',
          measured: `app.request in process; cold: ${COLD_RUNS} × a fresh store and app, first request; warm: ${WARM_RUNS} requests after 3`,
          'load average': `${loadBefore.map((value) => value.toFixed(2)).join(' ')} before, ${loadAfter.map((value) => value.toFixed(2)).join(' ')} after`,
        },
      };
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
});
