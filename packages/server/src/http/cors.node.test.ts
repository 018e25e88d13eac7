// CORS over every route of the contract: a preflight and a real request each,
// from an allowed origin, another origin and no origin, with the server
// allowing a list of origins and with `*`. An allowed origin is echoed with
// `Vary: Origin`; another gets no `Access-Control-Allow-Origin`; credentials
// (cookies) are never allowed; a preflight names only the methods and request
// headers the contract uses. Node only: browsers do not let a page set `Origin`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildPath, routes, type RouteDefinition, type RouteName } from '@mpp-kit/contract';
import { MemoryStore } from '../store/memory-store.js';
import { Harness } from '../test-support/harness.js';
import { assertApiSecurityHeaders } from '../test-support/security-headers.js';
import type { CorsOptions } from '../app.js';

const PORTAL = 'https://portal.kedirikota.go.id';
const OTHER = 'https://evil.example';

/** The methods of the route table. */
const METHODS = ['GET', 'PATCH', 'POST'];
/**
 * The request headers a widget or the SDK sends that need a preflight: a JSON
 * body's type, the language, a staff token, a booking's secret, an
 * idempotency key, a resumed stream's last event.
 */
const REQUEST_HEADERS = [
  'accept-language',
  'authorization',
  'content-type',
  'idempotency-key',
  'last-event-id',
  'x-booking-secret',
];

/** The items of a comma-separated header, sorted. */
const listed = (value: string | null): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .sort();

/** The header names of a comma-separated header, lower case (they are case-insensitive) and sorted. */
const names = (value: string | null): string[] => listed(value?.toLowerCase() ?? null);

/** What the answer to `origin` must say about it, under `cors`. */
function assertOrigin(response: Response, cors: CorsOptions, origin: string | null, what: string): void {
  const allowed = cors.origins === '*' ? '*' : origin !== null && cors.origins.includes(origin) ? origin : null;
  assert.equal(response.headers.get('Access-Control-Allow-Origin'), allowed, `${what}: Access-Control-Allow-Origin`);
  // Cookies are no credential of this API: staff and holders send theirs in headers.
  assert.equal(response.headers.get('Access-Control-Allow-Credentials'), null, `${what}: credentials`);
  // A cache between may keep an answer for one origin only if it knows the answer differs by origin.
  if (cors.origins !== '*') assert.ok(names(response.headers.get('Vary')).includes('origin'), `${what}: Vary`);
  assertApiSecurityHeaders(response.headers, what);
}

describe('CORS on every route', () => {
  for (const cors of [{ origins: [PORTAL] }, { origins: '*' }] as const satisfies readonly CorsOptions[]) {
    const configured = cors.origins === '*' ? 'any origin' : 'a list of origins';
    it(`allows ${configured}: preflights and real requests, from the portal, another site and no origin`, async () => {
      const h = await Harness.open((seed) => new MemoryStore(seed), { cors });
      for (const [name, route] of Object.entries(routes) as [RouteName, RouteDefinition][]) {
        const path = buildPath(route.path, { id: 'ktp-el', code: 'KDR-2222222' });
        for (const origin of [PORTAL, OTHER, null]) {
          const what = `${name} from ${origin ?? 'no origin'}`;
          const fromOrigin: Record<string, string> = origin === null ? {} : { Origin: origin };
          const preflight = await h.app.request(path, {
            method: 'OPTIONS',
            headers: {
              ...fromOrigin,
              'Access-Control-Request-Method': route.method,
              'Access-Control-Request-Headers': REQUEST_HEADERS.join(','),
            },
          });
          assert.equal(preflight.status, 204, `${what}: preflight`);
          assertOrigin(preflight, cors, origin, `${what}: preflight`);
          assert.deepEqual(listed(preflight.headers.get('Access-Control-Allow-Methods')), METHODS, what);
          assert.deepEqual(names(preflight.headers.get('Access-Control-Allow-Headers')), REQUEST_HEADERS, what);

          const request: RequestInit = { method: route.method, headers: fromOrigin };
          if (route.body) request.body = '{}';
          const answer = await h.app.request(path, request);
          await answer.body?.cancel();
          assertOrigin(answer, cors, origin, `${what}: ${route.method} ${answer.status}`);
        }
      }
    });
  }

  it('sends no CORS header at all when turned off', async () => {
    const h = await Harness.open((seed) => new MemoryStore(seed), { cors: false });
    const answer = await h.app.request('/v1/site', { headers: { Origin: PORTAL } });
    assert.equal(answer.status, 200);
    const sent = [...answer.headers.keys()];
    assert.deepEqual(
      sent.filter((header) => header.startsWith('access-control-')),
      [],
    );
  });
});
