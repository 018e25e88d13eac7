// What startServer lets browsers and proxies keep, over real HTTP: catalog
// answers a minute with an ETag (If-None-Match -> 304, compressed or not),
// statistics a minute, live answers and anything secret or written never, HTML and unversioned
// files always revalidated, content-hashed files for a year.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ERROR_CACHE_CONTROL } from '@mpp-kit/contract';
import { startHttpTestServer, type HttpTestServer } from '../test-support/http-server.js';
import { IMMUTABLE, REVALIDATE, VERSIONED_FILE } from './static-site.js';

const CHUNK = 'mpp-kit.nano-KA_ALdNV.min.js';
let server: HttpTestServer;

before(async () => {
  server = await startHttpTestServer({
    site: {
      'index.html': '<!doctype html><title>Portal</title>',
      'portal.js': `console.log(${JSON.stringify('x'.repeat(2000))})`,
      [CHUNK]: `export const nano = ${JSON.stringify('y'.repeat(2000))};`,
    },
  });
});
after(() => server.close());

const get = (path: string, headers: Record<string, string> = {}) => server.fetch(path, { headers });

describe('API answers', () => {
  test('the site, agencies and services are public for a minute, with an ETag that If-None-Match turns into a 304', async () => {
    for (const path of ['/v1/site', '/v1/agencies', '/v1/services', '/v1/services?q=ktp', '/v1/services/ktp-el']) {
      for (const encoding of ['identity', 'br, gzip']) {
        const first = await get(path, { 'Accept-Encoding': encoding });
        assert.equal(first.status, 200, path);
        assert.equal(first.headers.get('Cache-Control'), 'public, max-age=60, stale-while-revalidate=300', path);
        const etag = first.headers.get('ETag');
        assert.match(etag ?? '', /^W\/"[^"]+"$/, `${path} has a weak ETag, the same in every encoding`);
        const body = await first.text();

        const again = await get(path, { 'Accept-Encoding': encoding, 'If-None-Match': etag ?? '' });
        assert.equal(again.status, 304, `${path} (${encoding})`);
        assert.equal(await again.text(), '');
        assert.equal(again.headers.get('ETag'), etag);
        assert.equal(again.headers.get('Cache-Control'), first.headers.get('Cache-Control'));
        assert.match(again.headers.get('Vary') ?? '', /Accept-Encoding/);

        const stale = await get(path, { 'Accept-Encoding': encoding, 'If-None-Match': '"something-else"' });
        assert.equal(stale.status, 200);
        assert.equal(await stale.text(), body);
      }
    }
  });

  test('one service and another have different ETags', async () => {
    const ktp = (await get('/v1/services/ktp-el')).headers.get('ETag');
    const kk = (await get('/v1/services/kk')).headers.get('ETag');
    assert.notEqual(ktp, kk);
    assert.equal((await get('/v1/services/kk', { 'If-None-Match': ktp ?? '' })).status, 200);
  });

  test('live answers are never kept; tickets, writes and staff answers are private and never kept', async () => {
    const stats = await get('/v1/stats');
    assert.equal(stats.headers.get('Cache-Control'), 'public, max-age=60', 'counts only: shared caches may keep them');
    for (const path of ['/v1/queues', '/v1/services/ktp-el/availability', '/v1/survey/results']) {
      const answer = await get(path);
      assert.equal(answer.status, 200, path);
      assert.equal(answer.headers.get('Cache-Control'), 'no-store', path);
      assert.equal(answer.headers.get('ETag'), null, path);
    }
    const taken = await server.fetch('/v1/tickets', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"serviceId":"ktp-el"}',
    });
    assert.equal(taken.status, 201);
    assert.equal(taken.headers.get('Cache-Control'), 'private, no-store');
    const { id } = (await taken.json()) as { id: string };
    const ticket = await get(`/v1/tickets/${id}`);
    assert.equal(ticket.status, 200);
    assert.equal(ticket.headers.get('Cache-Control'), 'private, no-store');
    const called = await server.fetchAsStaff('/v1/counters/loket-1/call-next', { method: 'POST' });
    assert.equal(called.status, 200);
    assert.equal(called.headers.get('Cache-Control'), 'private, no-store');
    const suggestions = await server.fetchAsStaff('/v1/survey/suggestions');
    assert.equal(suggestions.status, 200);
    assert.equal(suggestions.headers.get('Cache-Control'), 'private, no-store');
  });

  test('errors are never kept, not even those of catalog routes', async () => {
    const missing = await get('/v1/services/tidak-ada');
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get('Cache-Control'), ERROR_CACHE_CONTROL);
    assert.equal(missing.headers.get('ETag'), null);
  });
});

describe('static files', () => {
  test('HTML and unversioned files are revalidated each time with an ETag; a content-hashed file is kept a year', async () => {
    for (const path of ['/', '/index.html', '/portal.js']) {
      const first = await get(path, { 'Accept-Encoding': 'br, gzip' });
      assert.equal(first.status, 200, path);
      assert.equal(first.headers.get('Cache-Control'), REVALIDATE, path);
      const etag = first.headers.get('ETag') ?? '';
      assert.notEqual(etag, '', `${path} has an ETag`);
      const again = await get(path, { 'Accept-Encoding': 'br, gzip', 'If-None-Match': etag });
      assert.equal(again.status, 304, path);
    }
    const chunk = await get(`/${CHUNK}`);
    assert.equal(chunk.status, 200);
    assert.equal(chunk.headers.get('Cache-Control'), IMMUTABLE);
    assert.equal(IMMUTABLE, 'public, max-age=31536000, immutable');
  });

  test('a versioned name is a bundler chunk with its hash; words are not hashes', () => {
    for (const name of [
      '/vendor/mpp-kit.nano-KA_ALdNV.min.js',
      '/vendor/mpp-kit.nano-KA_ALdNV.min.js.map',
      '/assets/index-B4x9qT2c.css',
      '/chunk-2ZQ7MNQX.js',
      '/app.a1b2c3d4.mjs',
    ]) {
      assert.ok(VERSIONED_FILE.test(name), name);
    }
    for (const name of [
      '/vendor/mpp-kit.min.js',
      '/portal.js',
      '/site-settings.css',
      '/booking-confirmation.js',
      '/',
    ]) {
      assert.ok(!VERSIONED_FILE.test(name), name);
    }
  });
});
