// startServer compresses over real HTTP: brotli or gzip as the client accepts,
// Vary: Accept-Encoding, nothing for small files, images or the live queue
// stream, whose events still arrive one by one while the client offers both encodings.
import assert from 'node:assert/strict';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startHttpTestServer, type HttpTestServer } from '../test-support/http-server.js';
import { StreamReader } from '../test-support/sse.js';
import { negotiateEncoding } from './compression.js';

const SCRIPT = `// a module\n${'export const line = "Layanan publik dalam satu atap";\n'.repeat(200)}`;
let server: HttpTestServer;

before(async () => {
  server = await startHttpTestServer({
    site: {
      'index.html': `<!doctype html><title>Portal</title>${'<p>Selamat datang</p>'.repeat(100)}`,
      'portal.js': SCRIPT,
      'small.css': 'body { margin: 0 }',
      'img/logo.png': Buffer.alloc(4096, 7),
    },
  });
});
after(() => server.close());

interface RawAnswer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  /** The bytes as they came over the wire, still encoded. */
  readonly body: Buffer;
}

/** A GET with node:http, which (unlike fetch) leaves the body as the server encoded it. */
function rawGet(path: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${server.url}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

function decoded(answer: RawAnswer): string {
  const encoding = answer.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(answer.body).toString();
  if (encoding === 'gzip') return gunzipSync(answer.body).toString();
  assert.equal(encoding, undefined, `unexpected encoding ${String(encoding)}`);
  return answer.body.toString();
}

const varies = (answer: RawAnswer): boolean => /\baccept-encoding\b/i.test(answer.headers.vary ?? '');

describe('negotiateEncoding', () => {
  test('picks brotli, then gzip, by the weights the client gives', () => {
    assert.equal(negotiateEncoding('gzip, deflate, br, zstd'), 'br');
    assert.equal(negotiateEncoding('br;q=0.5, gzip'), 'gzip');
    assert.equal(negotiateEncoding('gzip'), 'gzip');
    assert.equal(negotiateEncoding('*'), 'br');
    assert.equal(negotiateEncoding('br;q=0, *;q=0.1'), 'gzip');
    assert.equal(negotiateEncoding('identity'), null);
    assert.equal(negotiateEncoding('deflate'), null);
    assert.equal(negotiateEncoding(''), null);
    assert.equal(negotiateEncoding(undefined), null);
  });
});

describe('compressed answers', () => {
  test('static files and JSON come in brotli when accepted, in gzip otherwise, and decode to the same bytes', async () => {
    const identity = await rawGet('/portal.js');
    assert.equal(identity.headers['content-encoding'], undefined);
    assert.equal(identity.body.toString(), SCRIPT);
    assert.ok(varies(identity), 'Vary names Accept-Encoding even when nothing was encoded');
    for (const [accept, expected] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0.2, gzip;q=0.8', 'gzip'],
    ] as const) {
      const script = await rawGet('/portal.js', { 'Accept-Encoding': accept });
      assert.equal(script.headers['content-encoding'], expected, accept);
      assert.equal(script.headers['content-length'], undefined);
      assert.ok(varies(script));
      assert.ok(script.body.length < SCRIPT.length / 4, `${script.body.length} bytes for ${SCRIPT.length}`);
      assert.equal(decoded(script), SCRIPT);

      const html = await rawGet('/', { 'Accept-Encoding': accept });
      assert.equal(html.headers['content-encoding'], expected);
      assert.match(decoded(html), /<title>Portal<\/title>/);

      const services = await rawGet('/v1/services', { 'Accept-Encoding': accept });
      assert.equal(services.status, 200);
      assert.equal(services.headers['content-encoding'], expected);
      assert.ok(varies(services));
      const plain = await (await server.fetch('/v1/services')).text();
      assert.equal(decoded(services), plain);
    }
  });

  test('a HEAD request gets the headers of its GET', async () => {
    const head = await server.fetch('/portal.js', { method: 'HEAD', headers: { 'Accept-Encoding': 'br' } });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('Content-Encoding'), 'br');
    assert.equal(head.headers.get('Content-Length'), null);
    assert.match(head.headers.get('Vary') ?? '', /Accept-Encoding/);
  });

  test('small files, images and clients that accept nothing are answered as they are', async () => {
    const css = await rawGet('/small.css', { 'Accept-Encoding': 'br, gzip' });
    assert.equal(css.headers['content-encoding'], undefined);
    assert.equal(css.body.toString(), 'body { margin: 0 }');
    const png = await rawGet('/img/logo.png', { 'Accept-Encoding': 'br, gzip' });
    assert.equal(png.headers['content-encoding'], undefined);
    assert.equal(png.body.length, 4096);
    assert.equal(png.headers.vary, undefined, 'an image does not vary by encoding');
    const refusing = await rawGet('/v1/site', { 'Accept-Encoding': 'identity' });
    assert.equal(refusing.headers['content-encoding'], undefined);
    assert.equal((JSON.parse(refusing.body.toString()) as { id: string }).id, 'mpp-kota-kediri');
  });

  test('the live queue stream is never encoded: each event arrives while the stream stays open', async () => {
    const response = await server.fetch('/v1/queues/stream', { headers: { 'Accept-Encoding': 'br, gzip' } });
    assert.equal(response.headers.get('Content-Type'), 'text/event-stream');
    assert.equal(response.headers.get('Content-Encoding'), null);
    const stream = new StreamReader(response);
    try {
      const [snapshot] = await stream.waitForEvents(1);
      assert.equal(snapshot?.type, 'snapshot');
      // One change, one event: had an encoder held the stream back, this event would wait in its buffer.
      const taken = await server.fetch('/v1/tickets', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"serviceId":"ktp-el"}',
      });
      assert.equal(taken.status, 201);
      const events = await stream.waitForEvents(2);
      assert.equal(events[1]?.type, 'ticket.issued');
      assert.equal(stream.ended, false);
    } finally {
      await stream.close();
    }
  });
});
