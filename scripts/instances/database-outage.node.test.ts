// Issue 15: the PostgreSQL server of a running instance goes down and comes
// back. While it is down the instance answers 503 with Retry-After, reads and
// writes alike, and stays up; once it is back the instance serves again by
// itself and its live stream carries on. And a server started while the
// database is down refuses to start, saying where it looked.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { HEADERS, type QueueEvent, type Ticket } from '@mpp-kit/contract';
import type { CliServer } from '../../bench/server/cli-server.js';
import { until } from '../../packages/server/src/test-support/assert.js';
import { testCluster } from '../../packages/server/src/test-support/postgres-cluster.js';
import { StreamReader } from '../../packages/server/src/test-support/sse.js';
import { frameOf, startInstance, startInstances, WAIT_LIMIT_MS } from './instances.js';

/** Between two attempts of a client polling for the database's return. */
const POLL_PAUSE_MS = 250;

const takeTicket = (server: CliServer, key: string): Promise<Response> =>
  fetch(`${server.url}/v1/tickets`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [HEADERS.idempotencyKey]: key },
    body: JSON.stringify({ serviceId: 'ktp-el' }),
  });

/** Checks a `503 unavailable` answer that asks the client to come back. */
async function assertUnavailable(response: Response, what: string): Promise<void> {
  assert.equal(response.status, 503, `${what}: ${await response.clone().text()}`);
  assert.ok(Number(response.headers.get(HEADERS.retryAfter)) > 0, `${what}: Retry-After`);
  assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'unavailable', what);
}

/** Whether the process `pid` still runs. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const cluster = await testCluster();
if (cluster) {
  describe('the database down', () => {
    test('mid-run: 503 with Retry-After, no crash; back by itself, the stream carries on', async () => {
      const {
        servers: [server],
      } = await startInstances(cluster, 1);
      assert.ok(server);
      const before = await takeTicket(server, 'outage-before');
      assert.equal(before.status, 201);
      const ticket = (await before.json()) as Ticket;
      const board = new StreamReader(await fetch(`${server.url}/v1/queues/stream`));
      await frameOf(board, (frame) => frame.data !== undefined);

      await cluster.pause();
      await assertUnavailable(await takeTicket(server, 'outage-during'), 'a take while the database is down');
      await assertUnavailable(await fetch(`${server.url}/v1/tickets/${ticket.id}`), 'a read while it is down');
      assert.ok(alive(server.pid), 'the instance still runs');

      await cluster.resume();
      // A client sends the same take until it is answered; meanwhile only 503s.
      let after: Response = await takeTicket(server, 'outage-after');
      await until(async () => {
        if (after.status === 201) return true;
        await assertUnavailable(after, 'a take while the database returns');
        await new Promise((resolve) => setTimeout(resolve, POLL_PAUSE_MS));
        after = await takeTicket(server, 'outage-after');
        return false;
      }, WAIT_LIMIT_MS);
      const taken = (await after.json()) as Ticket;
      assert.equal(taken.number, 'A-002', 'the take refused while the database was down stored nothing');
      assert.equal((await fetch(`${server.url}/v1/tickets/${ticket.id}`)).status, 200);

      // The board stayed connected; the event stored after the return reaches it (the listener is back).
      const issued = (event: QueueEvent): boolean => event.type === 'ticket.issued' && event.ticket.id === taken.id;
      // A board that never hears it fails on the message below, not on the wait's.
      await until(() => board.events.some(issued) || board.ended, WAIT_LIMIT_MS).catch(() => undefined);
      assert.ok(board.events.some(issued), 'the board heard the ticket taken after the return');
      assert.deepEqual(
        board.events.slice(1).map((event) => event.type),
        ['ticket.issued'],
        'the board heard the take after the return, once, and nothing of the refused one',
      );
      await board.close();
    });

    test('at start: the server exits 1 naming host:port, not the password', async () => {
      const db = await cluster.createDatabase();
      await cluster.pause();
      try {
        const password = 'sandi-rahasia-pusat-data';
        const url = new URL(db);
        url.password = password;
        const failure = await startInstance(url.href).then(
          () => assert.fail('the server started without its database'),
          (error: unknown) => String(error),
        );
        assert.match(failure, /the server exited with 1/);
        assert.match(
          failure,
          new RegExp(`cannot reach the database at 127\\.0\\.0\\.1:${cluster.port} \\(ECONNREFUSED\\)`),
        );
        assert.ok(!failure.includes(password), failure);
        assert.doesNotMatch(failure, /\n\s+at /, 'no stack trace');
      } finally {
        await cluster.resume();
      }
    });
  });
}
