// The catalog, and how the app answers everything that is not a happy path:
// envelopes, statuses, languages, limits, CORS. For any store.
import { errorMessages } from '@mpp-kit/contract';
import type { Store } from '../store/store.js';
import { assert, assertEqual, type SuiteApi } from './assert.js';
import { Harness, type StoreFactory } from './harness.js';

/** Whether this runtime sends a ReadableStream as a request body (Chromium and Node do, Firefox does not). */
function canStreamRequestBodies(): boolean {
  try {
    const init = { method: 'POST', body: new ReadableStream(), duplex: 'half' } as RequestInit;
    return !new Request('https://mpp.localhost/', init).headers.has('Content-Type');
  } catch {
    return false;
  }
}

/** Registers the HTTP tests. */
export function httpSuite(api: SuiteApi, name: string, makeStore: StoreFactory): void {
  const { describe, it } = api;

  describe(`${name}: catalog`, () => {
    it('serves the site, the agencies with service counts, and services', async () => {
      const h = new Harness(makeStore);
      assertEqual((await h.get('/v1/site')).body.timeZone, 'Asia/Jakarta');
      const agencies = await h.get('/v1/agencies');
      assertEqual(agencies.body, {
        items: [
          {
            id: 'dukcapil',
            name: 'Dinas Kependudukan dan Pencatatan Sipil',
            shortName: 'Dispendukcapil',
            floor: 'Lantai 2',
            serviceCount: 2,
          },
          { id: 'imigrasi', name: 'Kantor Imigrasi Kelas II Kediri', shortName: 'Imigrasi', serviceCount: 2 },
        ],
        nextCursor: null,
      });
      const service = await h.get('/v1/services/paspor');
      assertEqual(
        [service.body.cost, service.body.queuePrefix, service.body.booking],
        [{ kind: 'fixed', amount: 350_000 }, 'P', undefined],
      );
      assertEqual((await h.get('/v1/services/nope')).status, 404);
    });

    it('filters, searches and pages the catalog', async () => {
      const h = new Harness(makeStore);
      const ids = (reply: { body: { items: { id: string }[] } }) => reply.body.items.map((item) => item.id);
      assertEqual(ids(await h.get('/v1/services?agency=imigrasi')), ['paspor', 'info-paspor']);
      assertEqual(ids(await h.get('/v1/services?category=kependudukan')), ['ktp-el', 'kk']);
      assertEqual(ids(await h.get('/v1/services?q=KARTU%20tanda')), ['ktp-el']);
      assertEqual(ids(await h.get('/v1/services?q=passport')), ['paspor', 'info-paspor']);
      const first = await h.get('/v1/services?limit=3');
      assertEqual(ids(first), ['ktp-el', 'kk', 'paspor']);
      const second = await h.get(`/v1/services?limit=3&cursor=${first.body.nextCursor}`);
      assertEqual([ids(second), second.body.nextCursor], [['info-paspor'], null]);
    });

    it('rejects bad query parameters with 422 and details', async () => {
      const h = new Harness(makeStore);
      for (const query of [
        'limit=0',
        'limit=101',
        'limit=abc',
        'cursor=nonsense',
        'unknown=1',
        'agency=a&agency=b',
        'agency=bad%20id',
      ]) {
        const reply = await h.get(`/v1/services?${query}`);
        assertEqual([reply.status, reply.body.error.code], [422, 'validation_failed'], query);
        assert(reply.body.error.details.length > 0, `${query} has details`);
      }
      assertEqual((await h.get('/v1/queues?colour=red')).status, 422);
      assertEqual((await h.get('/v1/queues?service=nope')).status, 404);
      assertEqual((await h.get('/v1/queues?agency=nope')).status, 404);
    });
  });

  describe(`${name}: errors`, () => {
    it('answers malformed JSON 400, other media types 415, oversize bodies 413', async () => {
      const h = new Harness(makeStore);
      const code = async (send: Parameters<Harness['post']>[1]) => {
        const reply = await h.post('/v1/tickets', send);
        return [reply.status, reply.body.error.code];
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
      const response = await h.app.request('/v1/tickets', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: streamed,
        duplex: 'half',
      } as RequestInit);
      assertEqual(response.status, 413);
    });

    it('answers unknown fields and wrong types 422 with field details', async () => {
      const h = new Harness(makeStore);
      const unknown = await h.post('/v1/tickets', { body: { serviceId: 'ktp-el', priority: true } });
      assertEqual(
        [unknown.status, unknown.body.error.details],
        [422, [{ path: 'priority', message: 'kolom tidak dikenal' }]],
      );
      const wrongType = await h.post('/v1/tickets', { body: { serviceId: 12 }, headers: { 'Accept-Language': 'en' } });
      assertEqual(wrongType.body.error.details, [{ path: 'serviceId', message: 'expected a string, got a number' }]);
      const missing = await h.post('/v1/tickets', { body: {} });
      assertEqual(missing.body.error.details, [{ path: 'serviceId', message: 'wajib diisi' }]);
      const array = await h.post('/v1/tickets', { body: ['ktp-el'] });
      assertEqual(array.status, 422);
      const booking = await h.post('/v1/bookings', {
        body: {
          ...Harness.bookingBody('ktp-el', '2026-03-03T08:00:00+07:00'),
          applicant: { name: 'Budi', nik: '3571015505900000', phone: '0812-3456-7890' },
        },
        headers: { 'Accept-Language': 'en' },
      });
      assertEqual(booking.body.error.details, [{ path: 'applicant.nik', message: 'invalid NIK serial number' }]);
    });

    it('speaks Indonesian by default and English when asked', async () => {
      const h = new Harness(makeStore);
      assertEqual((await h.get('/v1/services/nope')).body.error.message, errorMessages.not_found.id);
      for (const language of ['en', 'en-US,en;q=0.9', 'fr, en;q=0.5', 'id;q=0.3, en;q=0.8']) {
        const reply = await h.get('/v1/services/nope', { headers: { 'Accept-Language': language } });
        assertEqual(reply.body.error.message, errorMessages.not_found.en, language);
        assertEqual(reply.headers.get('Content-Language'), 'en');
      }
      assertEqual(
        (await h.get('/v1/services/nope', { headers: { 'Accept-Language': 'fr, id-ID' } })).body.error.message,
        errorMessages.not_found.id,
      );
    });

    it('answers unknown paths 404 and wrong methods 405 with Allow, each with a request id', async () => {
      const h = new Harness(makeStore);
      const missing = await h.get('/v2/site');
      assertEqual([missing.status, missing.body.error.code], [404, 'not_found']);
      const wrong = await h.request('DELETE', '/v1/tickets/abc');
      assertEqual(
        [wrong.status, wrong.body.error.code, wrong.headers.get('Allow')],
        [405, 'method_not_allowed', 'GET'],
      );
      assertEqual((await h.request('PUT', '/v1/counters/loket-1')).headers.get('Allow'), 'PATCH');
      assert(/^req_[\w-]+$/.test(missing.body.error.requestId), 'a request id');
      assert(missing.body.error.requestId !== wrong.body.error.requestId, 'one id per request');
      assert((await h.get('/v1/site')).headers.get('X-Request-Id'), 'success has a request id too');
    });

    it('hides unexpected failures behind 500 internal', async () => {
      const reported: unknown[] = [];
      const breaking = (seed: Parameters<StoreFactory>[0]): Store => {
        const store = makeStore(seed);
        return new Proxy(store, {
          get(target, property, receiver) {
            if (property === 'getTicket')
              return () => {
                throw new Error('disk on fire at /var/lib/mpp.db');
              };
            const value: unknown = Reflect.get(target, property, receiver);
            return typeof value === 'function' ? value.bind(target) : value;
          },
        });
      };
      const h = new Harness(breaking, { onError: (error) => reported.push(error) });
      const reply = await h.get('/v1/tickets/abc');
      assertEqual([reply.status, reply.body.error.code], [500, 'internal']);
      assert(!reply.text.includes('disk on fire'), 'no internals in the answer');
      assertEqual(reported.length, 1);
    });
  });

  describe(`${name}: rate limits and CORS`, () => {
    it('limits anonymous writes per client address with 429 and Retry-After; staff are exempt', async () => {
      const h = new Harness(makeStore, {
        rateLimit: { limit: 3, windowMs: 60_000 },
        getClientAddress: (c) => c.req.header('X-Test-Client') ?? 'unknown',
      });
      const client = (id: string) => ({ headers: { 'X-Test-Client': id } });
      for (let index = 0; index < 3; index += 1) assertEqual((await h.take('ktp-el', client('a'))).status, 201);
      const limited = await h.take('ktp-el', client('a'));
      assertEqual([limited.status, limited.body.error.code], [429, 'rate_limited']);
      assert(Number(limited.headers.get('Retry-After')) >= 1, 'Retry-After in seconds');
      assertEqual((await h.take('ktp-el', client('b'))).status, 201);
      assertEqual((await h.take('ktp-el', { ...client('a'), staff: true })).status, 201);
      assertEqual((await h.post('/v1/tickets/abc/cancel', client('a'))).status, 429);
      assertEqual((await h.get('/v1/site', client('a'))).status, 200);
    });

    it('allows the configured origins', async () => {
      // Browsers drop a hand-set Origin header (it is theirs to send); Node keeps it.
      if (!new Request('https://mpp.localhost/', { headers: { Origin: 'https://a.example' } }).headers.has('Origin'))
        return;
      const h = new Harness(makeStore, { cors: { origins: ['https://portal.kedirikota.go.id'] } });
      const allowed = await h.app.request('/v1/site', { headers: { Origin: 'https://portal.kedirikota.go.id' } });
      assertEqual(allowed.headers.get('Access-Control-Allow-Origin'), 'https://portal.kedirikota.go.id');
      const other = await h.app.request('/v1/site', { headers: { Origin: 'https://evil.example' } });
      assertEqual(other.headers.get('Access-Control-Allow-Origin'), null);
      const preflight = await h.app.request('/v1/bookings', {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://portal.kedirikota.go.id',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'idempotency-key',
        },
      });
      assertEqual(preflight.status, 204);
      assert(
        /Idempotency-Key/i.test(preflight.headers.get('Access-Control-Allow-Headers') ?? ''),
        'Idempotency-Key allowed',
      );
      const open = new Harness(makeStore);
      assertEqual(
        (await open.app.request('/v1/site', { headers: { Origin: 'https://any.example' } })).headers.get(
          'Access-Control-Allow-Origin',
        ),
        '*',
      );
    });
  });
}
