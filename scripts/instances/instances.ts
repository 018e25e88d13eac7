// Issue 15: several real `mpp-kit-server` processes on one PostgreSQL database
// of a throwaway cluster, for the tests of this folder. The cluster comes from
// the server's test support, so these tests skip (or fail under CI=true)
// exactly as the PostgresStore suites do.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import pg from 'pg';
import { HEADERS } from '@mpp-kit/contract';
import { BENCH_STAFF_TOKEN, startCliServer, type CliServer } from '../../bench/server/cli-server.js';
import { openInstant } from '../../bench/server/fixtures.js';
import { seededRandom } from '../faults/seeded-random.js';
import { until } from '../../packages/server/src/test-support/assert.js';
import type { Frame, StreamReader } from '../../packages/server/src/test-support/sse.js';
import type { TestCluster } from '../../packages/server/src/test-support/postgres-cluster.js';

/** `MPP_SECRET` of every instance: they must share it to read each other's bookings. */
export const SECRET = 'instances-test-secret-0123456789';
export const STAFF = { [HEADERS.authorization]: `Bearer ${BENCH_STAFF_TOKEN}` };

/** The seed of a test file's randomness, printed so that a failure can be replayed with `MPP_INSTANCES_SEED`. */
export function instancesRandom(test: string): { readonly seed: number; readonly random: () => number } {
  const seed = Number(process.env['MPP_INSTANCES_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
  console.log(`${test} seed: ${seed} (rerun with MPP_INSTANCES_SEED=${seed})`);
  return { seed, random: seededRandom(seed) };
}

const servers = new Set<CliServer>();
// Registered before the cluster's own `after`: the servers go first, then the database.
after(async () => {
  for (const server of servers) await server.stop(1_000);
});

/** One clock for every instance of a file: a time when the Kediri MPP serves, whatever the real time. */
const CLOCK = openInstant();

/** Starts an `mpp-kit-server` on `db` (a `postgres://` URL), with no rate limit and the staff token of the bench servers. */
export async function startInstance(db: string): Promise<CliServer> {
  // The launcher's folder, made here so that a start that fails leaves none behind.
  const folder = mkdtempSync(join(tmpdir(), 'mpp-instance-'));
  try {
    const server = await startCliServer(['--db', db, '--clock', CLOCK, '--rate-limit', '0'], {
      env: { MPP_SECRET: SECRET },
      folder,
    });
    servers.add(server);
    return server;
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}

/** Instances on one database. */
export interface Instances {
  /** The database's URL. */
  readonly db: string;
  readonly servers: readonly CliServer[];
}

/** `count` instances started together on a new, empty database: they migrate it and one of them seeds it. */
export async function startInstances(cluster: TestCluster, count: number): Promise<Instances> {
  const db = await cluster.createDatabase({ migrated: false });
  return { db, servers: await Promise.all(Array.from({ length: count }, () => startInstance(db))) };
}

/** Runs `sql` on the database at `url`, on a connection of its own. */
export async function query<Row extends pg.QueryResultRow>(
  url: string,
  sql: string,
  values: readonly unknown[] = [],
): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql, [...values])).rows;
  } finally {
    await client.end();
  }
}

/** Runs `tasks` with at most `inFlight` of them running at a time; resolves with their results in order. */
export async function inParallel<T>(
  count: number,
  inFlight: number,
  task: (index: number) => Promise<T>,
): Promise<T[]> {
  const results: T[] = new Array<T>(count);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const index = next;
      next += 1;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, count) }, () => worker()));
  return results;
}

/** A row of `tickets`, as the tests read it. */
export interface TicketRow {
  id: string;
  service_id: string;
  local_date: string;
  sequence: number;
  number: string;
}

/** Checks that the sequences of each day and service are 1..n, each once. */
export function assertGapFree(rows: readonly TicketRow[]): void {
  const days = new Map<string, number[]>();
  for (const row of rows) {
    const day = `${row.service_id} ${row.local_date}`;
    days.set(day, [...(days.get(day) ?? []), row.sequence]);
  }
  for (const [day, numbers] of days) {
    assert.deepEqual(
      numbers.sort((a, b) => a - b),
      Array.from({ length: numbers.length }, (_, index) => index + 1),
      `the numbers of ${day} are not 1..${numbers.length}`,
    );
  }
}

/**
 * How long a wait for the servers may last: a bound that only a broken build
 * reaches (two CPUs shared by several servers and PostgreSQL can be slow), not a timing.
 */
export const WAIT_LIMIT_MS = 60_000;

/** Waits until a frame of `board` matches (or the stream ends); resolves with the frame. */
export async function frameOf(board: StreamReader, match: (frame: Frame) => boolean): Promise<Frame> {
  await until(() => board.frames.some(match) || board.ended, WAIT_LIMIT_MS);
  return board.frames.find(match) ?? assert.fail('the stream ended without the frame');
}
