// HTTP throughput and latency of the real `mpp-kit-server` on SQLite, with
// autocannon: the catalog read, ticket takes, bookings and the visitor
// statistics over a year of data (a database file built once, as
// bench/stats.bench.ts builds it, copied for its server). Each scenario gets a
// fresh server (a child process on a temporary database, 127.0.0.1 only), a
// one-second warm-up, then MPP_BENCH_SECONDS (default 10) of load over
// MPP_BENCH_CONNECTIONS (default 10) connections. Writes carry the staff token,
// so the anonymous rate limit does not cap them, and a fresh Idempotency-Key.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineBenchmark } from './benchmark.js';
import { startCliServer, type CliServer } from './server/cli-server.js';
import { openInstant } from './server/fixtures.js';
import { loadRow, runLoad } from './server/load.js';
import { book, bookingRow, roomySeedFile, ROOMY, takeTickets, warmUp } from './server/scenarios.js';
import { writeYearDatabase, type YearOfTickets } from './stats/year-of-tickets.js';

const SECONDS = Number(process.env['MPP_BENCH_SECONDS'] ?? 10);
const CONNECTIONS = Number(process.env['MPP_BENCH_CONNECTIONS'] ?? 10);
/**
 * Tickets a day in the year of statistics: a large city's MPP, some 37 times
 * the Kediri seed's history (9,187 visitors in its last 12 months, about 35 a
 * working day), so the figure shows how the statistics scale.
 */
const STATS_TICKETS_PER_DAY = Number(process.env['MPP_BENCH_STATS_PER_DAY'] ?? 1_300);
/** A year's statistics take seconds on a busy machine; autocannon's default 10 s would count them as errors. */
const STATS_TIMEOUT_SECONDS = 60;
/**
 * Statistics are read by a report page, not by every visitor: two at a time,
 * for at least 30 s, so requests of several seconds each still finish inside
 * the run (autocannon counts none that is still in flight at its end).
 */
const STATS_CONNECTIONS = 2;
const STATS_SECONDS = Math.max(SECONDS, 30);
/** The last day of the year of statistics, and the server's "today" for them. */
const STATS_LAST_DAY = '2026-11-30';
/**
 * What an IKM or annual report page asks: the year per month and service, and
 * the last 30 days per day and agency (a dashboard's chart). Anonymous, as a
 * portal's visitors ask.
 */
const statsQueries = (year: YearOfTickets): Record<string, string> => ({
  'GET /v1/stats (a year, period=month by=service)': `/v1/stats?from=${year.from}&to=${year.to}&period=month&by=service`,
  'GET /v1/stats (30 days, period=day by=agency)': `/v1/stats?from=2026-11-01&to=${year.to}&period=day&by=agency`,
});

const shape = { seconds: SECONDS, connections: CONNECTIONS };

/** Starts a server, warms it up, runs `scenario`, and always stops it. */
async function withServer<T>(
  args: readonly string[],
  scenario: (server: CliServer) => Promise<T>,
  prepare?: (db: string) => void,
): Promise<T> {
  const server = await startCliServer(args, prepare === undefined ? {} : { prepare });
  try {
    await warmUp(server.url, shape);
    return await scenario(server);
  } finally {
    await server.stop();
  }
}

export default defineBenchmark({
  description:
    'autocannon against the CLI server on SQLite: GET /v1/services, POST /v1/tickets, POST /v1/bookings, GET /v1/stats over a year',
  async run() {
    const clock = openInstant();
    const args = ['--clock', clock];
    const rows: Record<string, Record<string, string>> = {};
    let failed = false;
    const scenario = async (name: string, run: () => Promise<Record<string, string>>) => {
      process.stdout.write(`  ${name}…\n`);
      try {
        rows[name] = await run();
        // A scenario without a single answer has no figure to give.
        if (rows[name]['requests'] === '0') failed = true;
      } catch (error) {
        failed = true;
        rows[name] = { error: error instanceof Error ? error.message : String(error) };
      }
    };

    await scenario('GET /v1/services', () =>
      withServer(args, async (server) =>
        loadRow(
          await runLoad({
            url: server.url,
            method: 'GET',
            path: '/v1/services',
            seconds: SECONDS,
            connections: CONNECTIONS,
          }),
        ),
      ),
    );
    await scenario('POST /v1/tickets', () =>
      withServer(args, async (server) => loadRow(await takeTickets(server.url, shape))),
    );
    await scenario('POST /v1/bookings (Kediri capacities)', () =>
      withServer(args, async (server) => bookingRow(await book(server.url, shape))),
    );
    const folder = mkdtempSync(join(tmpdir(), 'mpp-bench-seed-'));
    let statsData: string;
    try {
      await scenario(`POST /v1/bookings (capacity ×${ROOMY})`, () =>
        withServer([...args, '--seed', roomySeedFile(folder)], async (server) =>
          bookingRow(await book(server.url, shape)),
        ),
      );
      process.stdout.write('  a year of tickets for the statistics…\n');
      const yearFile = join(folder, 'year.db');
      const year = await writeYearDatabase(yearFile, STATS_LAST_DAY, STATS_TICKETS_PER_DAY);
      statsData = `${year.tickets.toLocaleString('en-US')} tickets (${STATS_TICKETS_PER_DAY.toLocaleString('en-US')} a day), ${year.bookings.toLocaleString('en-US')} bookings, ${year.from} to ${year.to}`;
      for (const [name, path] of Object.entries(statsQueries(year))) {
        await scenario(name, () =>
          withServer(
            ['--clock', `${STATS_LAST_DAY}T10:00:00+07:00`],
            async (server) =>
              loadRow(
                await runLoad({
                  url: server.url,
                  method: 'GET',
                  path,
                  seconds: STATS_SECONDS,
                  connections: STATS_CONNECTIONS,
                  timeoutSeconds: STATS_TIMEOUT_SECONDS,
                }),
              ),
            (db) => copyFileSync(yearFile, db),
          ),
        );
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    return {
      rows,
      failed,
      context: {
        server: 'mpp-kit-server (child process), SQLite WAL file in a temp folder, 127.0.0.1',
        load: `autocannon, ${CONNECTIONS} connections, ${SECONDS} s per scenario after a 1 s warm-up`,
        'server clock': `${clock} (--clock, an opening time of the Kediri seed)`,
        writes: 'staff Bearer token (rate limit exempt), unique Idempotency-Key per request',
        statistics: `${statsData} (bench/stats/year-of-tickets.ts), server clock ${STATS_LAST_DAY} 10:00 WIB, anonymous; ${STATS_CONNECTIONS} connections for ${STATS_SECONDS} s, ${STATS_TIMEOUT_SECONDS} s request timeout`,
        target: 'POST /v1/tickets ≥ 2,000 req/s with p99 < 50 ms',
      },
    };
  },
});
