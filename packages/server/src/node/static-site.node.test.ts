// startServer with a static folder: the folder at / with strict security headers, the API under /v1.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fixedClock } from '../time/clock.js';
import { MemoryStore } from '../store/memory-store.js';
import { until } from '../test-support/assert.js';
import { fixtureSeed, MONDAY_9AM } from '../test-support/fixture-seed.js';
import { StreamReader } from '../test-support/sse.js';
import { startServer, type NodeServer } from '../node.js';

const root = mkdtempSync(join(tmpdir(), 'mpp-site-'));
const portal = join(root, 'portal');
let server: NodeServer;

before(async () => {
  mkdirSync(portal);
  writeFileSync(join(portal, 'index.html'), '<!doctype html><title>Portal</title>');
  writeFileSync(join(portal, 'portal.js'), 'console.log("portal")');
  writeFileSync(join(root, 'outside.txt'), 'not for the web');
  server = await startServer({
    store: new MemoryStore(fixtureSeed()),
    clock: fixedClock(MONDAY_9AM),
    staffTokens: ['site-server-staff-token'],
    secret: 'site-server-test-secret',
    rateLimit: { limit: 1 },
    port: 0,
    hostname: '127.0.0.1',
    staticDir: portal,
  });
});
after(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

test('serves the folder at / with a strict CSP and the other security headers', async () => {
  const page = await fetch(`${server.url}/`);
  assert.equal(page.status, 200);
  assert.match(page.headers.get('Content-Type') ?? '', /^text\/html/);
  assert.match(await page.text(), /<title>Portal<\/title>/);
  const csp = page.headers.get('Content-Security-Policy') ?? '';
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ]) {
    assert.ok(csp.includes(directive), `CSP lacks ${directive}: ${csp}`);
  }
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  assert.equal(page.headers.get('X-Content-Type-Options'), 'nosniff');
  assert.equal(page.headers.get('Referrer-Policy'), 'no-referrer');
  assert.equal(page.headers.get('X-Frame-Options'), 'DENY');
  const script = await fetch(`${server.url}/portal.js`);
  assert.match(script.headers.get('Content-Type') ?? '', /javascript/);
  assert.ok(script.headers.get('Content-Security-Policy'));
});

test('keeps the API under /v1, rate limited by socket address', async () => {
  const site = await fetch(`${server.url}/v1/site`);
  assert.equal(site.status, 200);
  assert.equal(((await site.json()) as { name: string }).name, 'Mal Pelayanan Publik Kota Kediri');
  const take = () =>
    fetch(`${server.url}/v1/tickets`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"serviceId":"ktp-el"}',
    });
  assert.equal((await take()).status, 201);
  assert.equal((await take()).status, 429);
});

test('answers other paths with the API 404 envelope and never leaves the folder', async () => {
  for (const path of ['/missing.html', '/..%2Foutside.txt', '/%2e%2e/outside.txt', '/v1x']) {
    const response = await fetch(`${server.url}${path}`);
    assert.equal(response.status, 404, path);
    const body = (await response.json()) as { error: { code: string } };
    assert.equal(body.error.code, 'not_found');
  }
});

test('close ends the queue streams and stops listening', async () => {
  const local = await startServer({
    store: new MemoryStore(fixtureSeed()),
    clock: fixedClock(MONDAY_9AM),
    staffTokens: [],
    secret: 'site-server-test-secret',
    port: 0,
  });
  const stream = new StreamReader(await fetch(`${local.url}/v1/queues/stream`));
  await stream.waitForEvents(1);
  await local.close();
  await until(() => stream.ended);
  await assert.rejects(fetch(`${local.url}/v1/site`));
});
