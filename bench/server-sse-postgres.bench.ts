// Fan-out of the live queue stream over two instances: MPP_BENCH_SSE_CLIENTS
// (default 2,000) Server-Sent Events clients split evenly over two
// `mpp-kit-server` instances on one PostgreSQL database (the throwaway test
// cluster), then a few single events, each a ticket taken on instance A. The
// event reaches B's clients through the database (LISTEN/NOTIFY): every client
// of both must get every event. Rows give the time from the POST to the first,
// median, 99th percentile and last delivery, for all clients and for each
// instance's; and each instance's memory after a full collection, idle and
// with its share connected. The leak check of one server, two connect/leave
// cycles, stays in bench/server-sse.bench.ts.
import { randomBytes } from 'node:crypto';
import { TestCluster } from '../packages/server/src/test-support/postgres-cluster.js';
import { defineBenchmark } from './benchmark.js';
import { startCliServer, type CliServer } from './server/cli-server.js';
import { openInstant } from './server/fixtures.js';
import {
  awaitRound,
  connectAll,
  connectRow,
  deliveryRow,
  memoryRow,
  openFileLimit,
  openFiles,
  sample,
  triggerEvent,
  type StreamClient,
} from './server/sse-clients.js';

const CLIENTS = Number(process.env['MPP_BENCH_SSE_CLIENTS'] ?? 2_000);
const EVENTS = 5;
const WARM_UP_CLIENTS = 50;
/**
 * Clients opened at once per instance. Each stream's snapshot is a database
 * read: 200 at once (server-sse's batch) queue for the 10 pooled connections,
 * and on a loaded machine some waited past the pool's 5 s and were answered
 * 503 (9% of 10,000 in one run). MPP_BENCH_SSE_BATCH sets another size.
 */
const BATCH = Number(process.env['MPP_BENCH_SSE_BATCH'] ?? 50);
const INSTANCES = ['A', 'B'] as const;

export default defineBenchmark({
  description: `${CLIENTS.toLocaleString('en-US')} SSE clients split over two CLI servers on one PostgreSQL: time until all have an event made on one; memory of each`,
  async run() {
    const cluster = await TestCluster.start();
    const servers: CliServer[] = [];
    const connected: StreamClient[][] = [];
    const rows: Record<string, Record<string, string>> = {};
    let failed = false;
    try {
      const db = await cluster.createDatabase({ migrated: false });
      const env = { MPP_SECRET: randomBytes(32).toString('base64url') };
      const args = ['--clock', openInstant()];
      // A migrates and seeds the database; B starts on it as a second instance does.
      for (let started = 0; started < INSTANCES.length; started += 1)
        servers.push(await startCliServer(args, { db, env, exposeGc: true }));
      const [a] = servers as [CliServer, CliServer];

      // A first event on both, so code loaded on first use does not count as the clients'.
      const files = servers.map((server) => openFiles(server.pid));
      const warm = await Promise.all(servers.map((server) => connectAll(server.url, WARM_UP_CLIENTS)));
      await triggerEvent(a.url);
      await awaitRound(warm.flat(), 1);
      for (const client of warm.flat()) client.close();
      // Idle once each server has seen its warm-up streams end.
      while (servers.some((server, index) => openFiles(server.pid) > (files[index] ?? 0))) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const idle = await Promise.all(servers.map((server) => sample(server)));

      for (const [index, server] of servers.entries()) {
        const share = Math.floor(CLIENTS / servers.length) + (index < CLIENTS % servers.length ? 1 : 0);
        const connect = await connectRow(server, share, BATCH);
        connected.push(connect.clients);
        rows[`connect to ${INSTANCES[index]}`] = connect.row;
        failed ||= connect.failed;
      }
      const during = await Promise.all(servers.map((server) => sample(server)));

      const everyone = connected.flat();
      for (let round = 1; round <= EVENTS; round += 1) {
        const trigger = await triggerEvent(a.url);
        await awaitRound(everyone, round);
        const all = deliveryRow(everyone, round, trigger);
        rows[`event ${round} (made on A), all clients`] = all;
        for (const [index, clients] of connected.entries()) {
          rows[`event ${round}, clients of ${INSTANCES[index]}`] = deliveryRow(clients, round, trigger);
        }
        const [got, of] = (all['received'] ?? '').split('/');
        failed ||= got !== of;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      for (const [index] of servers.entries()) {
        const name = INSTANCES[index];
        const idleRow = idle[index];
        const duringRow = during[index];
        if (idleRow) rows[`memory of ${name}: idle`] = memoryRow(idleRow);
        if (duringRow) {
          rows[`memory of ${name}: ${(connected[index]?.length ?? 0).toLocaleString('en-US')} connected`] =
            memoryRow(duringRow);
        }
      }
      return {
        rows,
        failed,
        context: {
          servers:
            'two mpp-kit-server instances (child processes, --expose-gc), 127.0.0.1, one PostgreSQL database (throwaway local cluster), one MPP_SECRET',
          clients: `${CLIENTS.toLocaleString('en-US')} raw node:http streams from the benchmark process, half on each instance (A, then B), one socket each, ${BATCH} at a time`,
          events: `${EVENTS} tickets taken on A, 250 ms apart; times from the POST's start to each client's delivery`,
          memory: `after a full GC in each server; idle after ${WARM_UP_CLIENTS} warm-up clients each and one event`,
          'open files limit': openFileLimit(),
        },
      };
    } finally {
      for (const client of connected.flat()) client.close();
      await Promise.all(servers.map((server) => server.stop()));
      await cluster.stop();
    }
  },
});
