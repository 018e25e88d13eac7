// The API over real HTTP in Node: socket addresses for rate limits, the queue
// stream through a real connection, and a graceful close.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HEADERS } from '@mpp-kit/contract';
import {
  clientAddressBehind,
  createDataProtection,
  MemoryStore,
  parseTrustProxy,
  startServer,
  type DataProtectionFactory,
} from './node.js';
import { fixtureSeed, MONDAY_9AM, NIKS } from './test-support/fixture-seed.js';
import { Harness } from './test-support/harness.js';
import { fixedClock } from './time/clock.js';
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
  fetch(`${url}/v1/tickets`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: '{"serviceId":"ktp-el"}',
  });

test('serves the API over HTTP, rate limiting by socket address', async () => {
  const server = await startServer({ ...options(), rateLimit: { limit: 2 } });
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const site = await fetch(`${server.url}/v1/site`);
    assert.equal(site.status, 200);
    assert.ok(site.headers.get(HEADERS.requestId));
    assert.deepEqual([(await take(server.url)).status, (await take(server.url)).status], [201, 201]);
    const limited = await take(server.url);
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get(HEADERS.retryAfter)) >= 1);
    assert.equal((await take(server.url, { [HEADERS.authorization]: 'Bearer staff-token-for-node' })).status, 201);
  } finally {
    await server.close();
  }
});

test('ignores X-Forwarded-For unless told to trust a proxy: a client cannot escape the limit by writing it', async () => {
  const server = await startServer({ ...options(), rateLimit: { limit: 2 } });
  try {
    const statuses = [];
    for (const forged of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) {
      statuses.push((await take(server.url, { 'X-Forwarded-For': forged })).status);
    }
    assert.deepEqual(statuses, [201, 201, 429]);
  } finally {
    await server.close();
  }
});

test('behind a trusted proxy, limits each client by the address the proxy forwards', async () => {
  // The test's requests come from 127.0.0.1: the proxy in front, as nginx on the same machine would be.
  for (const trust of [parseTrustProxy('1'), parseTrustProxy('loopback')]) {
    const server = await startServer({
      ...options(),
      rateLimit: { limit: 2 },
      getClientAddress: clientAddressBehind(trust),
    });
    try {
      const from = (client: string) => take(server.url, { 'X-Forwarded-For': client });
      assert.deepEqual(
        [(await from('203.0.113.7')).status, (await from('203.0.113.7')).status, (await from('203.0.113.7')).status],
        [201, 201, 429],
        `${trust.kind}: one client reaches its limit`,
      );
      assert.equal((await from('198.51.100.4')).status, 201, `${trust.kind}: another client is not held back`);
      // The proxy appends the address it saw; what the client wrote before it is not believed.
      assert.equal((await from('198.51.100.99, 203.0.113.7')).status, 429, `${trust.kind}: a forged hop`);
    } finally {
      await server.close();
    }
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

test('reads JSON bodies with a declared length and streamed ones, and refuses oversize ones either way', async () => {
  const server = await startServer({ ...options(), maxBodyBytes: 1_000 });
  const post = (body: string, streamed: boolean) =>
    fetch(`${server.url}/v1/tickets`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [HEADERS.authorization]: 'Bearer staff-token-for-node' },
      // A stream has no length to declare: it goes out chunked.
      body: streamed ? new Blob([body]).stream() : body,
      duplex: 'half',
    } as RequestInit);
  const oversize = JSON.stringify({ serviceId: 'ktp-el', padding: 'x'.repeat(2_000) });
  try {
    assert.equal((await post('{"serviceId":"ktp-el"}', false)).status, 201);
    assert.equal((await post('{"serviceId":"ktp-el"}', true)).status, 201);
    for (const streamed of [false, true]) {
      const refused = await post(oversize, streamed);
      assert.equal(refused.status, 413, `streamed: ${streamed}`);
      assert.equal(((await refused.json()) as { error: { code: string } }).error.code, 'payload_too_large');
    }
  } finally {
    await server.close();
  }
});

test('hashes and encrypts NIKs with node:crypto so that Web Crypto reads them, and takes another implementation', async () => {
  const store = new MemoryStore(fixtureSeed());
  const server = await startServer({ ...options(), store });
  try {
    const response = await fetch(`${server.url}/v1/bookings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(Harness.bookingBody('ktp-el', '2026-03-03T08:00:00+07:00', NIKS[0])),
    });
    assert.equal(response.status, 201);
  } finally {
    await server.close();
  }
  const [booking] = await store.findBookings({ serviceId: 'ktp-el' });
  const web = await createDataProtection(options().secret);
  assert.ok(booking);
  assert.equal(booking.nikHash, await web.hash('nik', NIKS[0]));
  assert.equal((JSON.parse(await web.open(booking.applicantCipher)) as { nik: string }).nik, NIKS[0]);

  const secrets: string[] = [];
  const spy: DataProtectionFactory = (secret) => {
    secrets.push(secret);
    return createDataProtection(secret);
  };
  const custom = await startServer({ ...options(), dataProtection: spy });
  await custom.close();
  assert.deepEqual(secrets, [options().secret]);
});
