// Every answer of the API carries its security headers: each route's answers,
// successes and refusals; the router's 404 and 405; the body checks' 413 and
// 415; the rate limit's 429; a crash's 500; a 304; a HEAD; a CORS preflight;
// the queue stream. The static folder's own headers are checked in
// node/static-site.node.test.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildPath, HEADERS, routes, type RouteDefinition, type RouteName } from '@mpp-kit/contract';
import { MemoryStore } from '../store/memory-store.js';
import { NIKS } from '../test-support/fixture-seed.js';
import { Harness, STAFF_TOKEN } from '../test-support/harness.js';
import { assertApiSecurityHeaders } from '../test-support/security-headers.js';
import type { AppOptions } from '../app.js';

const TUESDAY_8 = '2026-03-03T08:00:00+07:00';

const harness = (options: Partial<AppOptions> = {}) => Harness.open((seed) => new MemoryStore(seed), options);

/** Sends a request to the app and checks the security headers of its answer; returns the answer. */
async function checked(h: Harness, path: string, init: RequestInit = {}): Promise<Response> {
  const response = await h.app.request(path, init);
  assertApiSecurityHeaders(response.headers, `${init.method ?? 'GET'} ${path} ${response.status}`);
  return response;
}

const json = (method: string, body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

/** Bodies a route accepts, for the routes whose success needs one. */
const BODIES: Partial<Record<RouteName, unknown>> = {
  takeTicket: { serviceId: 'ktp-el' },
  createBooking: Harness.bookingBody('ktp-el', TUESDAY_8, NIKS[1]),
  rescheduleBooking: { slotStart: '2026-03-03T09:00:00+07:00' },
  updateCounter: { status: 'paused' },
};

describe('the security headers of the API', () => {
  it('are on every route’s answers: as the holder or staff, and as a stranger', async () => {
    const h = await harness();
    const ticket = (await h.take('ktp-el')).body;
    const booking = (await h.book('ktp-el', TUESDAY_8)).body;
    const real: Record<string, string> = {
      services: 'ktp-el',
      counters: 'loket-1',
      tickets: ticket.id,
      bookings: booking.code,
    };
    const statuses = new Set<number>();
    for (const [name, route] of Object.entries(routes) as [RouteName, RouteDefinition][]) {
      const resource = route.path.split('/')[2] ?? '';
      const pathOf = (id: string) => buildPath(route.path, { id, code: id });
      const body = BODIES[name] ?? (route.body ? {} : undefined);
      const init = (headers: Record<string, string>): RequestInit =>
        body === undefined ? { method: route.method, headers } : json(route.method, body, headers);
      const asHolder = await checked(
        h,
        pathOf(real[resource] ?? 'x'),
        init({ [HEADERS.authorization]: `Bearer ${STAFF_TOKEN}`, [HEADERS.bookingSecret]: booking.secret }),
      );
      const stranger = await checked(h, pathOf('tidak-ada'), init({ [HEADERS.bookingSecret]: 'salah' }));
      await Promise.all([asHolder.body?.cancel(), stranger.body?.cancel()]);
      statuses.add(asHolder.status).add(stranger.status);
    }
    for (const status of [200, 201, 401, 404, 422]) assert.ok(statuses.has(status), `no answer was ${status}`);
  });

  it('are on the router’s, the body checks’ and a crash’s errors', async () => {
    const h = await harness();
    assert.equal((await checked(h, '/v1/tidak-ada')).status, 404);
    assert.equal((await checked(h, '/')).status, 404);
    assert.equal((await checked(h, '/v1/site', { method: 'DELETE' })).status, 405);
    const big = json('POST', { serviceId: 'ktp-el', padding: 'x'.repeat(20_000) });
    assert.equal((await checked(h, '/v1/tickets', big)).status, 413);
    const text = { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'ktp-el' };
    assert.equal((await checked(h, '/v1/tickets', text)).status, 415);

    const limited = await harness({ rateLimit: { limit: 1, windowMs: 60_000 } });
    assert.equal((await checked(limited, '/v1/tickets', json('POST', { serviceId: 'ktp-el' }))).status, 201);
    assert.equal((await checked(limited, '/v1/tickets', json('POST', { serviceId: 'ktp-el' }))).status, 429);

    class BrokenStore extends MemoryStore {
      // GET /v1/tickets/{id} reads in one consistent view.
      override read(): Promise<never> {
        return Promise.reject(new Error('disk on fire'));
      }
    }
    const broken = await Harness.open((seed) => new BrokenStore(seed), { onError: () => {} });
    assert.equal((await checked(broken, '/v1/tickets/abc')).status, 500);
  });

  it('are on a 304, a HEAD, CORS preflights and the queue stream, with CORS or without', async () => {
    for (const cors of [{ origins: ['https://portal.kedirikota.go.id'] }, { origins: '*' as const }, false as const]) {
      const h = await harness({ cors });
      const site = await checked(h, '/v1/site');
      const etag = site.headers.get('ETag') ?? '';
      assert.equal((await checked(h, '/v1/site', { headers: { 'If-None-Match': etag } })).status, 304);
      assert.equal((await checked(h, '/v1/site', { method: 'HEAD' })).status, 200);
      const preflight = {
        method: 'OPTIONS',
        headers: { Origin: 'https://portal.kedirikota.go.id', 'Access-Control-Request-Method': 'POST' },
      };
      await checked(h, '/v1/tickets', preflight);
      await checked(h, '/v1/tickets', { method: 'OPTIONS' });
      const stream = await checked(h, '/v1/queues/stream');
      assert.match(stream.headers.get('Content-Type') ?? '', /^text\/event-stream/);
      await stream.body?.cancel();
    }
  });
});
