// Writes over HTTP on PostgreSQL beside SQLite, in one run: ticket takes and
// roomy bookings (bench/server/scenarios.ts, as in server-http) against
// `mpp-kit-server` on SQLite (one instance), on PostgreSQL (one instance) and
// on PostgreSQL with two instances sharing the database, autocannon giving the
// connections to the two in turn. Each scenario and setup gets fresh servers
// on a fresh database, a one-second warm-up, then MPP_BENCH_SECONDS (default
// 10) over MPP_BENCH_CONNECTIONS (default 10) connections in all. PostgreSQL
// is the throwaway test cluster (packages/server/src/test-support): durability
// off, so the figures show the server's own cost, not a disk's.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { TestCluster } from '../packages/server/src/test-support/postgres-cluster.js';
import { defineBenchmark } from './benchmark.js';
import { startCliServer, type CliServer } from './server/cli-server.js';
import { openInstant } from './server/fixtures.js';
import { loadRow } from './server/load.js';
import { book, bookingRow, roomySeedFile, ROOMY, takeTickets, warmUp, type LoadShape } from './server/scenarios.js';

const SECONDS = Number(process.env['MPP_BENCH_SECONDS'] ?? 10);
const CONNECTIONS = Number(process.env['MPP_BENCH_CONNECTIONS'] ?? 10);
const shape: LoadShape = { seconds: SECONDS, connections: CONNECTIONS };

/** Where the servers keep their data, and how many serve it. */
interface Setup {
  readonly name: string;
  /** Starts the setup's servers with `args`, on a fresh database. */
  start(args: readonly string[]): Promise<CliServer[]>;
}

/** The servers' settings of the throwaway cluster, as `SHOW` names them. */
const CLUSTER_SETTINGS = ['server_version', 'fsync', 'synchronous_commit', 'max_connections'] as const;

async function clusterSettings(cluster: TestCluster): Promise<string> {
  const client = new pg.Client({ connectionString: cluster.url('postgres') });
  await client.connect();
  try {
    const values: string[] = [];
    for (const setting of CLUSTER_SETTINGS) {
      const result = await client.query<Record<string, string>>(`SHOW ${setting}`);
      values.push(`${setting} ${result.rows[0]?.[setting] ?? '?'}`);
    }
    return values.join(', ');
  } finally {
    await client.end();
  }
}

function setups(cluster: TestCluster): Setup[] {
  // One secret for every instance of a database: each must read the NIK hashes and keys the others wrote.
  const secret = randomBytes(32).toString('base64url');
  const onPostgres = async (args: readonly string[], instances: number): Promise<CliServer[]> => {
    // Empty, as a production database: the servers migrate and seed it as they start.
    const db = await cluster.createDatabase({ migrated: false });
    // Started at once, as a load balancer's instances are: migration and seeding must cope.
    const started = await Promise.allSettled(
      Array.from({ length: instances }, () => startCliServer(args, { db, env: { MPP_SECRET: secret } })),
    );
    const servers = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    const failure = started.find((result) => result.status === 'rejected');
    if (failure !== undefined) {
      await Promise.all(servers.map((server) => server.stop()));
      throw failure.reason;
    }
    return servers;
  };
  return [
    { name: 'SQLite, 1 instance', start: async (args) => [await startCliServer(args)] },
    { name: 'PostgreSQL, 1 instance', start: (args) => onPostgres(args, 1) },
    { name: 'PostgreSQL, 2 instances', start: (args) => onPostgres(args, 2) },
  ];
}

export default defineBenchmark({
  description:
    'autocannon POST /v1/tickets and POST /v1/bookings on SQLite, on PostgreSQL, and on two instances sharing PostgreSQL',
  async run() {
    const clock = openInstant();
    const args = ['--clock', clock];
    const cluster = await TestCluster.start();
    const folder = mkdtempSync(join(tmpdir(), 'mpp-bench-seed-'));
    const rows: Record<string, Record<string, string>> = {};
    let failed = false;
    try {
      const settings = await clusterSettings(cluster);
      const scenarios = [
        {
          name: 'POST /v1/tickets',
          args,
          run: async (urls: string[]) => loadRow(await takeTickets(urls, shape)),
        },
        {
          name: `POST /v1/bookings (capacity ×${ROOMY})`,
          args: [...args, '--seed', roomySeedFile(folder)],
          run: async (urls: string[]) => bookingRow(await book(urls, shape)),
        },
      ];
      for (const scenario of scenarios) {
        for (const setup of setups(cluster)) {
          const name = `${scenario.name} · ${setup.name}`;
          process.stdout.write(`  ${name}…\n`);
          let servers: CliServer[] = [];
          try {
            servers = await setup.start(scenario.args);
            const urls = servers.map((server) => server.url);
            await warmUp(urls, shape);
            rows[name] = await scenario.run(urls);
            // A scenario without a single answer has no figure to give.
            if (rows[name]['requests'] === '0') failed = true;
          } catch (error) {
            failed = true;
            rows[name] = { error: error instanceof Error ? error.message : String(error) };
          } finally {
            await Promise.all(servers.map((server) => server.stop()));
          }
        }
      }
      return {
        rows,
        failed,
        context: {
          servers:
            'mpp-kit-server (child processes), 127.0.0.1; SQLite: WAL file in a temp folder; PostgreSQL: a fresh database per scenario, migrated and seeded by the servers as they start, pool of 10 connections per instance',
          postgresql: `throwaway local cluster (test-support/postgres-cluster.ts), ${settings}`,
          load: `autocannon, ${CONNECTIONS} connections in all (given to the instances in turn), ${SECONDS} s per scenario after a 1 s warm-up`,
          'server clock': `${clock} (--clock, an opening time of the Kediri seed)`,
          writes: 'staff Bearer token (rate limit exempt), unique Idempotency-Key per request',
        },
      };
    } finally {
      rmSync(folder, { recursive: true, force: true });
      await cluster.stop();
    }
  },
});
