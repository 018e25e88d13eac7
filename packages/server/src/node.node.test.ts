// The API over real HTTP in Node: socket addresses for rate limits, the queue
// stream through a real connection, and a graceful close.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MemoryStore, startServer } from './node.js';
import { fixtureSeed, MONDAY_9AM } from './test-support/fixture-seed.js';
import { fixedClock } from './clock.js';
import { until } from './test-support/assert.js';
import { StreamReader } from './test-support/sse.js';

const options = () => ({
  store: new MemoryStore(fixtureSeed()),
  clock: fixedClock(MONDAY_9AM),
  staffTokens: ['staff-token-for-node'],
  secret: 'node-test-secret-0123456789',
  port: 0,
});

const take = (url: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/v1/tickets`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: '{"serviceId":"ktp-el"}' });

test('serves the API over HTTP, rate limiting by socket address', async () => {
  const server = await startServer({ ...options(), rateLimit: { limit: 2 } });
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const site = await fetch(`${server.url}/v1/site`);
    assert.equal(site.status, 200);
    assert.ok(site.headers.get('X-Request-Id'));
    assert.deepEqual([(await take(server.url)).status, (await take(server.url)).status], [201, 201]);
    const limited = await take(server.url);
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('Retry-After')) >= 1);
    assert.equal((await take(server.url, { Authorization: 'Bearer staff-token-for-node' })).status, 201);
  } finally {
    await server.close();
  }
});

test('streams the queue over a real connection and ends streams on close', async () => {
  const server = await startServer(options());
  const stream = new StreamReader(await fetch(`${server.url}/v1/queues/stream`));
  await stream.waitForEvents(1);
  await take(server.url);
  const [, issued] = await stream.waitForEvents(2);
  assert.equal(issued?.type, 'ticket.issued');
  await server.close();
  await until(() => stream.ended);
});

test('refuses a port that is taken', async () => {
  const first = await startServer(options());
  try {
    await assert.rejects(startServer({ ...options(), port: first.port }));
  } finally {
    await first.close();
  }
});
