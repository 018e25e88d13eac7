// startServer with a static folder: the folder at / with strict security headers, the API under /v1.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { until } from '../test-support/assert.js';
import { startHttpTestServer, type HttpTestServer } from '../test-support/http-server.js';
import { assertApiSecurityHeaders } from '../test-support/security-headers.js';
import { StreamReader } from '../test-support/sse.js';

let server: HttpTestServer;

before(async () => {
  server = await startHttpTestServer({
    rateLimit: { limit: 1 },
    site: { 'index.html': '<!doctype html><title>Portal</title>', 'portal.js': 'console.log("portal")' },
  });
  writeFileSync(join(server.siteDir ?? '', '..', 'outside.txt'), 'not for the web');
});
after(() => server.close());

test('serves the folder at / with a strict CSP and the other security headers', async () => {
  const page = await server.fetch('/');
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
  const script = await server.fetch('/portal.js');
  assert.match(script.headers.get('Content-Type') ?? '', /javascript/);
  assert.ok(script.headers.get('Content-Security-Policy'));
});

/** The portal's security headers besides its CSP, with their values. */
const PORTAL_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

test('every file, a 304 too, carries the portal’s headers; the API’s answers keep their own', async () => {
  const page = await server.fetch('/');
  const revalidated = await server.fetch('/', { headers: { 'If-None-Match': page.headers.get('ETag') ?? '' } });
  assert.equal(revalidated.status, 304);
  for (const [what, response] of [
    ['/', page],
    ['/ 304', revalidated],
    ['/portal.js', await server.fetch('/portal.js')],
  ] as const) {
    assert.match(response.headers.get('Content-Security-Policy') ?? '', /^default-src 'self';/, what);
    for (const [name, value] of Object.entries(PORTAL_HEADERS)) assert.equal(response.headers.get(name), value, what);
    assert.equal(response.headers.get('Strict-Transport-Security'), null, `${what}: HSTS is the TLS terminator's`);
  }
  for (const path of ['/v1/site', '/missing.html']) {
    const response = await server.fetch(path);
    assertApiSecurityHeaders(response.headers, `${path} ${response.status}`);
  }
});

test('keeps the API under /v1, rate limited by socket address', async () => {
  const site = await server.fetch('/v1/site');
  assert.equal(site.status, 200);
  assert.equal(((await site.json()) as { name: string }).name, 'Mal Pelayanan Publik Kota Kediri');
  const take = () =>
    server.fetch('/v1/tickets', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"serviceId":"ktp-el"}',
    });
  assert.equal((await take()).status, 201);
  assert.equal((await take()).status, 429);
});

test('answers other paths with the API 404 envelope and never leaves the folder', async () => {
  for (const path of ['/missing.html', '/..%2Foutside.txt', '/%2e%2e/outside.txt', '/v1x']) {
    const response = await server.fetch(path);
    assert.equal(response.status, 404, path);
    const body = (await response.json()) as { error: { code: string } };
    assert.equal(body.error.code, 'not_found');
  }
});

test('close ends the queue streams and stops listening', async () => {
  const local = await startHttpTestServer();
  const stream = new StreamReader(await local.fetch('/v1/queues/stream'));
  await stream.waitForEvents(1);
  await local.close();
  await until(() => stream.ended);
  await assert.rejects(local.fetch('/v1/site'));
});
