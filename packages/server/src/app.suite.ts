// How the app answers everything that is not a happy path: envelopes, statuses,
// languages, limits, CORS. For any store.
import { errorMessages, HEADERS, routes } from '@mpp-kit/contract';
import type { Store } from './store/store.js';
import { assert, assertEqual, type SuiteApi } from './test-support/assert.js';
import { Harness, type Send, type StoreFactory } from './test-support/harness.js';

/** Whether this runtime sends a ReadableStream as a request body (Chromium and Node do, Firefox does not). */
function canStreamRequestBodies(): boolean {
  try {
    const init = { method: 'POST', body: new ReadableStream(), duplex: 'half' } as RequestInit;
    return !new Request('https://mpp.localhost/', init).headers.has('Content-Type');
  } catch {
    return false;
  }
}

/** Registers the tests of the app's answers besides the engines'. */
export function appSuite(api: SuiteApi, name: string, makeStore: StoreFactory): void {
  const { describe, it } = api;

  describe(`${name}: errors`, () => {
    it('answers malformed JSON 400, other media types 415, oversize bodies 413', async () => {
      const h = await Harness.open(makeStore);
      const code = async (send: Send) => {
        const reply = await h.call(routes.takeTicket, send);
        return [reply.status, reply.error.code];
      };
      assertEqual(await code({ raw: '{"serviceId": "ktp-el"' }), [400, 'bad_request']);
      assertEqual(await code({ raw: '' }), [400, 'bad_request']);
      assertEqual(await code({ raw: new Uint8Array([0x7b, 0xff, 0x7d]) }), [400, 'bad_request']);
      assertEqual(
        await code({ raw: 'serviceId=ktp-el', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }),
        [415, 'unsupported_media_type'],
      );
      assertEqual(await code({ body: { serviceId: 'ktp-el', padding: 'x'.repeat(17_000) } }), [
        413,
        'payload_too_large',
      ]);
      // Without Content-Length (a streamed body), the limit holds too; Firefox cannot send one.
      if (!canStreamRequestBodies()) return;
      const streamed = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let index = 0; index < 20; index += 1) controller.enqueue(new TextEncoder().encode(' '.repeat(1_000)));
          controller.close();
        },
      });
      const response = await h.app.request(routes.takeTicket.path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: streamed,
        duplex: 'half',
      } as RequestInit);
      assertEqual(response.status, 413);
    });

    it('answers unknown fields and wrong types 422 with field details', async () => {
      const h = await Harness.open(makeStore);
      const english = { [HEADERS.acceptLanguage]: 'en' };
      const take = (body: unknown, headers = {}) => h.call(routes.takeTicket, { body, headers });
      const unknown = await take({ serviceId: 'ktp-el', priority: true });
      assertEqual(
        [unknown.status, unknown.error.details],
        [422, [{ path: 'priority', message: 'kolom tidak dikenal' }]],
      );
      const wrongType = await take({ serviceId: 12 }, english);
      assertEqual(wrongType.error.details, [{ path: 'serviceId', message: 'expected a string, got a number' }]);
      assertEqual((await take({})).error.details, [{ path: 'serviceId', message: 'wajib diisi' }]);
      assertEqual((await take(['ktp-el'])).status, 422);
      const booking = await h.call(routes.createBooking, {
        body: {
          ...Harness.bookingBody('ktp-el', '2026-03-03T08:00:00+07:00'),
          applicant: { name: 'Budi', nik: '3571015505900000', phone: '0812-3456-7890' },
        },
        headers: english,
      });
      assertEqual(booking.error.details, [{ path: 'applicant.nik', message: 'invalid NIK serial number' }]);
    });

    it('speaks Indonesian by default and English when asked', async () => {
      const h = await Harness.open(makeStore);
      const missing = (language?: string) =>
        h.call(routes.getService, {
          params: { id: 'nope' },
          headers: language === undefined ? {} : { [HEADERS.acceptLanguage]: language },
        });
      assertEqual((await missing()).error.message, errorMessages.not_found.id);
      for (const language of ['en', 'en-US,en;q=0.9', 'fr, en;q=0.5', 'id;q=0.3, en;q=0.8']) {
        const reply = await missing(language);
        assertEqual(reply.error.message, errorMessages.not_found.en, language);
        assertEqual(reply.headers.get('Content-Language'), 'en');
      }
      assertEqual((await missing('fr, id-ID')).error.message, errorMessages.not_found.id);
    });

    it('answers unknown paths 404 and wrong methods 405 with Allow, each with a request id', async () => {
      const h = await Harness.open(makeStore);
      const missing = await h.get('/v2/site');
      assertEqual([missing.status, missing.error.code], [404, 'not_found']);
      const wrong = await h.request('DELETE', '/v1/tickets/abc');
      assertEqual([wrong.status, wrong.error.code, wrong.headers.get('Allow')], [405, 'method_not_allowed', 'GET']);
      assertEqual((await h.request('PUT', '/v1/counters/loket-1')).headers.get('Allow'), 'PATCH');
      assert(/^req_[\w-]+$/.test(missing.error.requestId), 'a request id');
      assert(missing.error.requestId !== wrong.error.requestId, 'one id per request');
      assert((await h.call(routes.getSite)).headers.get(HEADERS.requestId), 'success has a request id too');
    });

    it('hides unexpected failures behind 500 internal', async () => {
      const reported: unknown[] = [];
      const breaking = async (seed: Parameters<StoreFactory>[0]): Promise<Store> => {
        const store = await makeStore(seed);
        return new Proxy(store, {
          get(target, property, receiver) {
            // GET /v1/tickets/{id} reads in one consistent view.
            if (property === 'read') return () => Promise.reject(new Error('disk on fire at /var/lib/mpp.db'));
            const value: unknown = Reflect.get(target, property, receiver);
            return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
          },
        });
      };
      const h = await Harness.open(breaking, { onError: (error) => reported.push(error) });
      const reply = await h.call(routes.getTicket, { params: { id: 'abc' } });
      assertEqual([reply.status, reply.error.code], [500, 'internal']);
      assert(!reply.text.includes('disk on fire'), 'no internals in the answer');
      assertEqual(reported.length, 1);
    });
  });

  describe(`${name}: rate limits and CORS`, () => {
    it('limits anonymous writes per client address with 429 and Retry-After; staff are exempt', async () => {
      const h = await Harness.open(makeStore, {
        rateLimit: { limit: 3, windowMs: 60_000 },
        getClientAddress: (c) => c.req.header('X-Test-Client') ?? 'unknown',
      });
      const client = (id: string) => ({ headers: { 'X-Test-Client': id } });
      for (let index = 0; index < 3; index += 1) assertEqual((await h.take('ktp-el', client('a'))).status, 201);
      const limited = await h.take('ktp-el', client('a'));
      assertEqual([limited.status, limited.error.code], [429, 'rate_limited']);
      assert(Number(limited.headers.get(HEADERS.retryAfter)) >= 1, 'Retry-After in seconds');
      assertEqual((await h.take('ktp-el', client('b'))).status, 201);
      assertEqual((await h.take('ktp-el', { ...client('a'), staff: true })).status, 201);
      assertEqual((await h.call(routes.cancelTicket, { params: { id: 'abc' }, ...client('a') })).status, 429);
      assertEqual((await h.call(routes.getSite, client('a'))).status, 200);
    });

    it('allows the configured origins', async () => {
      // Browsers drop a hand-set Origin header (it is theirs to send); Node keeps it.
      if (!new Request('https://mpp.localhost/', { headers: { Origin: 'https://a.example' } }).headers.has('Origin'))
        return;
      const h = await Harness.open(makeStore, { cors: { origins: ['https://portal.kedirikota.go.id'] } });
      const allowed = await h.app.request('/v1/site', { headers: { Origin: 'https://portal.kedirikota.go.id' } });
      assertEqual(allowed.headers.get('Access-Control-Allow-Origin'), 'https://portal.kedirikota.go.id');
      // What a client on the portal's origin may read of an answer: its request id, and a 401's challenge.
      const exposed = (allowed.headers.get('Access-Control-Expose-Headers') ?? '').toLowerCase().split(/\s*,\s*/);
      for (const header of [HEADERS.requestId, 'WWW-Authenticate']) {
        assert(exposed.includes(header.toLowerCase()), `${header} is exposed`);
      }
      const other = await h.app.request('/v1/site', { headers: { Origin: 'https://evil.example' } });
      assertEqual(other.headers.get('Access-Control-Allow-Origin'), null);
      const preflight = await h.app.request('/v1/bookings', {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://portal.kedirikota.go.id',
          'Access-Control-Request-Method': 'POST',
          // As browsers send it: lower case.
          'Access-Control-Request-Headers': HEADERS.idempotencyKey.toLowerCase(),
        },
      });
      assertEqual(preflight.status, 204);
      const allowedHeaders = preflight.headers.get('Access-Control-Allow-Headers') ?? '';
      assert(allowedHeaders.toLowerCase().includes(HEADERS.idempotencyKey.toLowerCase()), 'Idempotency-Key allowed');
      const open = await Harness.open(makeStore);
      assertEqual(
        (await open.app.request('/v1/site', { headers: { Origin: 'https://any.example' } })).headers.get(
          'Access-Control-Allow-Origin',
        ),
        '*',
      );
    });
  });
}
