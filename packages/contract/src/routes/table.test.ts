import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { HEADERS } from './headers.js';
import { buildPath, type RouteDefinition } from './route.js';
import { routeDocs } from './docs.js';
import { isCredentialGuarded, isRateLimited } from './http-policy.js';
import { routes, type RouteName } from './table.js';
import { ERROR_CODES } from '../schemas/errors.js';

const table = Object.entries(routes) as [RouteName, RouteDefinition][];

describe('buildPath', () => {
  it('fills and encodes parameters', () => {
    expect(buildPath('/v1/services/{id}/availability', { id: 'ktp-baru' })).to.equal(
      '/v1/services/ktp-baru/availability',
    );
    expect(buildPath('/v1/bookings/{code}', { code: 'a b/c?d' })).to.equal('/v1/bookings/a%20b%2Fc%3Fd');
    expect(buildPath('/v1/site', {})).to.equal('/v1/site');
  });

  it('throws on a missing or empty parameter', () => {
    expect(() => buildPath('/v1/tickets/{id}', {})).to.throw(TypeError, /"id"/);
    expect(() => buildPath('/v1/tickets/{id}', { id: '' })).to.throw(TypeError);
  });
});

describe('routes', () => {
  it('has the agreed paths', () => {
    const signatures = table.map(([, route]) => `${route.method} ${route.path}`);
    expect(signatures).to.have.members([
      'GET /v1/site',
      'GET /v1/agencies',
      'GET /v1/services',
      'GET /v1/services/{id}',
      'GET /v1/queues',
      'GET /v1/queues/stream',
      'POST /v1/tickets',
      'GET /v1/tickets/{id}',
      'POST /v1/tickets/{id}/cancel',
      'GET /v1/services/{id}/availability',
      'POST /v1/bookings',
      'GET /v1/bookings/{code}',
      'POST /v1/bookings/{code}/cancel',
      'POST /v1/bookings/{code}/reschedule',
      'GET /v1/bookings/{code}/check-in',
      'POST /v1/bookings/{code}/check-in',
      'POST /v1/counters/{id}/call-next',
      'POST /v1/counters/{id}/recall',
      'POST /v1/counters/{id}/skip',
      'POST /v1/counters/{id}/complete',
      'PATCH /v1/counters/{id}',
      'GET /v1/stats',
      'GET /v1/tickets/{id}/survey',
      'POST /v1/survey/responses',
      'GET /v1/survey/results',
      'GET /v1/survey/suggestions',
    ]);
  });

  for (const [name, route] of table) {
    it(`${name}: parameters, auth and errors agree`, () => {
      const { errors } = routeDocs[name];
      const templated = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      expect(Object.keys(route.params?.shape ?? {}), 'path params').to.deep.equal(templated);
      expect(new Set(errors).size, 'no duplicate errors').to.equal(errors.length);
      expect(ERROR_CODES).to.include.members([...errors]);
      expect(errors).to.include.members(['internal', 'unavailable']);
      expect(
        errors.some((code) => code === 'rate_limited'),
        'rate_limited exactly where the route is rate-limited or guards a credential',
      ).to.equal(isRateLimited(route) || isCredentialGuarded(route));
      if (route.params) expect(errors).to.include('not_found');
      if (route.query || route.body) expect(errors).to.include('validation_failed');
      if (route.body) expect(errors).to.include.members(['payload_too_large', 'unsupported_media_type']);
      if (route.idempotencyKey) expect(errors).to.include.members(['idempotency_mismatch', 'idempotency_in_progress']);
      if (route.auth === 'staff') expect(errors).to.include.members(['unauthorized', 'forbidden']);
      // A missing or wrong booking secret looks like an unknown code, so codes cannot be probed.
      // A secret sent as `?secret=` is refused outright: it belongs in X-Booking-Secret, never in a URL.
      if (route.auth === 'booking-secret') {
        expect(errors).to.include.members(['not_found', 'bad_request']).and.not.include('unauthorized');
      }
      // 201 exactly where a resource is created: a ticket, a booking, the ticket of a check-in, a survey response.
      const creates = ['takeTicket', 'createBooking', 'checkInBooking', 'submitSurvey'];
      expect(route.status).to.equal(creates.includes(name) ? 201 : 200);
    });
  }

  it('streams only the queue, and only the anonymous creations are idempotent', () => {
    expect(table.filter(([, route]) => route.stream).map(([name]) => name)).to.deep.equal(['streamQueue']);
    expect(table.filter(([, route]) => route.idempotencyKey).map(([name]) => name)).to.deep.equal([
      'takeTicket',
      'createBooking',
      'submitSurvey',
    ]);
  });

  it('rejects unknown fields in request bodies and queries', () => {
    for (const [name, route] of table) {
      for (const schema of [route.body, route.query]) {
        if (schema) expect(schema.safeParse({ surprise: 1 }).success, name).to.equal(false);
      }
    }
  });

  it('validates path parameters as ids', () => {
    expect(routes.getService.params.safeParse({ id: 'kk-01' }).success).to.equal(true);
    expect(routes.getService.params.safeParse({ id: '../x' }).success).to.equal(false);
    expect(z.safeParse(routes.getBooking.params, { code: 'x'.repeat(65) }).success).to.equal(false);
  });
});

/** The headers a route's description implies: what a client sends it, and what it answers with. */
function headersOf(name: RouteName, route: RouteDefinition): { sends: string[]; answers: string[] } {
  const sends: string[] = [HEADERS.acceptLanguage];
  const answers: string[] = [HEADERS.requestId];
  if (route.auth === 'staff') sends.push(HEADERS.authorization);
  if (route.auth === 'booking-secret') sends.push(HEADERS.bookingSecret);
  if (route.idempotencyKey) {
    sends.push(HEADERS.idempotencyKey);
    answers.push(HEADERS.idempotentReplayed);
  }
  if (route.stream) sends.push(HEADERS.lastEventId);
  if (routeDocs[name].errors.some((code) => code === 'rate_limited' || code === 'unavailable'))
    answers.push(HEADERS.retryAfter);
  return { sends, answers };
}

describe('HEADERS', () => {
  const names: string[] = Object.values(HEADERS);

  it('are valid HTTP field names, each named once whatever its case', () => {
    // RFC 9110's token characters; header names compare case-insensitively.
    for (const name of names) expect(name).to.match(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/);
    expect(new Set(names.map((name) => name.toLowerCase())).size).to.equal(names.length);
  });

  it('name what the routes use, and nothing they do not', () => {
    const used = new Set(table.flatMap(([name, route]) => Object.values(headersOf(name, route)).flat()));
    expect([...used]).to.have.members(names);
  });

  it('let a page send every request header (none is one a browser drops)', () => {
    for (const name of new Set(table.flatMap(([name, route]) => headersOf(name, route).sends))) {
      const request = new Request('https://mpp.example.go.id/v1/site', { headers: { [name]: 'x' } });
      expect(request.headers.get(name), name).to.equal('x');
    }
  });
});
