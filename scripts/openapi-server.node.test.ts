// The real server's answers carry exactly the response headers that
// docs/openapi.json declares: every route's success, the catalog's 304, and
// errors of every kind (401 with its challenge, 403, 404, 422, 429). Each
// header sent is declared for that operation and status, each required one is
// sent, and each value fits its schema. Only headers that describe the message
// rather than the API (framing, encoding, date, CORS) are not the document's.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CACHE_KINDS, isRevalidated, routes, SURVEY_ELEMENTS, type RouteName } from '../packages/contract/src/index.js';
import { NIKS } from '../packages/server/src/test-support/fixture-seed.js';
import { startHttpTestServer, type HttpTestServer } from '../packages/server/src/test-support/http-server.js';
import { assertDeclaredHeaders, type OpenApiDocument } from './conformance.js';
import { buildOpenApiDocument } from './openapi.js';

const document = buildOpenApiDocument() as unknown as OpenApiDocument;

/** Fails unless `response` carries exactly the headers the document declares for it. */
const assertDeclared = (name: RouteName, response: Response): void =>
  assertDeclaredHeaders(document, name, response, { exact: true });

let server: HttpTestServer;
/** The statuses seen per route. */
const seen = new Map<RouteName, Set<number>>();

interface Call {
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  readonly staff?: boolean;
  /** The status expected. @default the route's success */
  readonly status?: number;
}

/** Calls route `name` at `path`, checks its headers against the document, and returns the answer. */
async function call(name: RouteName, path: string, options: Call = {}): Promise<Response> {
  const route = routes[name];
  const headers: Record<string, string> = { 'Accept-Encoding': 'br, gzip', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const init: RequestInit = { method: route.method, headers };
  if (options.body !== undefined) init.body = JSON.stringify(options.body);
  const response = await (options.staff ? server.fetchAsStaff(path, init) : server.fetch(path, init));
  assert.equal(response.status, options.status ?? route.status, `${name} ${path}`);
  assertDeclared(name, response);
  seen.set(name, (seen.get(name) ?? new Set()).add(response.status));
  return response;
}

/** A success's JSON. */
async function json<T>(name: RouteName, path: string, options: Call = {}): Promise<T> {
  return (await (await call(name, path, options)).json()) as T;
}

before(async () => {
  server = await startHttpTestServer({ rateLimit: { limit: 100 } });
});
after(() => server.close());

describe('the document declares what the server sends', () => {
  test('the catalog: public for a minute, an ETag, and a 304 for If-None-Match', async () => {
    for (const [name, path] of [
      ['getSite', '/v1/site'],
      ['listAgencies', '/v1/agencies'],
      ['listServices', '/v1/services?q=ktp'],
      ['getService', '/v1/services/ktp-el'],
    ] as const) {
      const first = await call(name, path);
      const etag = first.headers.get('ETag') ?? '';
      await call(name, path, { headers: { 'If-None-Match': etag }, status: 304 });
    }
    await call('getService', '/v1/services/tidak-ada', { headers: { 'Accept-Language': 'en' }, status: 404 });
  });

  test('live data, counts and the stream', async () => {
    await call('getQueueSnapshot', '/v1/queues');
    await call('getAvailability', '/v1/services/ktp-el/availability');
    await call('getStats', '/v1/stats');
    await call('getSurveyResults', '/v1/survey/results');
    const stream = await call('streamQueue', '/v1/queues/stream');
    await stream.body?.cancel();
  });

  test('tickets: rate-limited writes, a replay, a refused body', async () => {
    const take = { body: { serviceId: 'ktp-el' }, headers: { 'Idempotency-Key': 'openapi-take-1' } };
    const ticket = await json<{ id: string }>('takeTicket', '/v1/tickets', take);
    const replay = await call('takeTicket', '/v1/tickets', take);
    assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
    assert.equal(((await replay.json()) as { id: string }).id, ticket.id);
    await call('takeTicket', '/v1/tickets', { body: {}, status: 422 });
    await call('getTicket', `/v1/tickets/${ticket.id}`);
    const other = await json<{ id: string }>('takeTicket', '/v1/tickets', { body: { serviceId: 'kk' } });
    await call('cancelTicket', `/v1/tickets/${other.id}/cancel`);
  });

  test('bookings: the holder with the secret, staff at check-in', async () => {
    const applicant = { name: 'Budi Santoso', phone: '0812-3456-7890' };
    const today = await json<{ code: string }>('createBooking', '/v1/bookings', {
      body: {
        serviceId: 'paspor',
        slotStart: '2026-03-02T10:00:00+07:00',
        applicant: { ...applicant, nik: NIKS[0] },
        consent: true,
      },
    });
    const later = await json<{ code: string; secret: string }>('createBooking', '/v1/bookings', {
      body: {
        serviceId: 'ktp-el',
        slotStart: '2026-03-03T08:00:00+07:00',
        applicant: { ...applicant, nik: NIKS[1] },
        consent: true,
      },
    });
    const holder = { 'X-Booking-Secret': later.secret };
    await call('getBooking', `/v1/bookings/${later.code}`, { headers: holder });
    await call('getBooking', `/v1/bookings/${later.code}`, { headers: { 'X-Booking-Secret': 'wrong' }, status: 404 });
    await call('rescheduleBooking', `/v1/bookings/${later.code}/reschedule`, {
      headers: holder,
      body: { slotStart: '2026-03-03T09:00:00+07:00' },
    });
    await call('cancelBooking', `/v1/bookings/${later.code}/cancel`, { headers: holder });
    await call('getCheckIn', `/v1/bookings/${today.code}/check-in`, { staff: true });
    await call('checkInBooking', `/v1/bookings/${today.code}/check-in`, { staff: true });
  });

  test('counters and the survey: staff with a token; a 401 with its challenge, a 403', async () => {
    await call('callNext', '/v1/counters/loket-1/call-next', { status: 401 });
    await call('callNext', '/v1/counters/loket-1/call-next', {
      headers: { Authorization: 'Bearer not-a-token' },
      status: 403,
    });
    // Two tickets wait at loket-1: one to complete (and survey), one to skip.
    await call('takeTicket', '/v1/tickets', { body: { serviceId: 'ktp-el' } });
    await call('takeTicket', '/v1/tickets', { body: { serviceId: 'ktp-el' } });
    const { ticket } = await json<{ ticket: { id: string } | null }>('callNext', '/v1/counters/loket-1/call-next', {
      staff: true,
    });
    assert.ok(ticket);
    await call('recallTicket', '/v1/counters/loket-1/recall', { staff: true });
    await call('completeTicket', '/v1/counters/loket-1/complete', { staff: true });
    await call('callNext', '/v1/counters/loket-1/call-next', { staff: true });
    await call('skipTicket', '/v1/counters/loket-1/skip', { staff: true });
    await call('updateCounter', '/v1/counters/loket-2', { staff: true, body: { status: 'paused' } });
    const { code } = await json<{ code: string }>('getSurveyInvitation', `/v1/tickets/${ticket.id}/survey`);
    const answers = Object.fromEntries(SURVEY_ELEMENTS.map(({ key }) => [key, 4]));
    await call('submitSurvey', '/v1/survey/responses', { body: { code, answers } });
    await call('listSurveySuggestions', '/v1/survey/suggestions', { staff: true });
  });

  test('a client past its limit gets 429 with Retry-After and the RateLimit headers', async () => {
    const limited = await startHttpTestServer({ rateLimit: { limit: 1 } });
    try {
      const take = () =>
        limited.fetch('/v1/tickets', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: '{"serviceId":"ktp-el"}',
        });
      assertDeclared('takeTicket', await take());
      const refused = await take();
      assert.equal(refused.status, 429);
      assertDeclared('takeTicket', refused);
      assert.ok(refused.headers.has('RateLimit-Limit'));
    } finally {
      await limited.close();
    }
  });

  test('every route was answered, and every catalog route with a 304', () => {
    for (const name of Object.keys(routes) as RouteName[]) {
      const statuses = seen.get(name) ?? new Set();
      assert.ok(statuses.has(routes[name].status), `${name} was not answered with ${routes[name].status}`);
      if (isRevalidated(CACHE_KINDS[name])) assert.ok(statuses.has(304), `${name} was not answered with 304`);
    }
  });
});
