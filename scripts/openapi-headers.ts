// The response headers of the OpenAPI document: which header each answer of
// each operation carries, from the contract's HTTP policy (cache kinds, rate
// limiting), route flags, and the security headers every answer carries. scripts/openapi-server.node.test.ts holds the real
// server to exactly these.
//
// Imported by path, like scripts/openapi.ts, so it needs no build.
import * as contract from '../packages/contract/src/index.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const { CACHE_CONTROL, ERROR_CACHE_CONTROL, HEADERS } = contract;
const header = (name: string): JsonObject => ({ $ref: `#/components/headers/${name}` });
const cacheControlName = (kind: contract.CacheKind): string => `CacheControl${kind[0]?.toUpperCase()}${kind.slice(1)}`;

/** What each cache kind means, for the description of its `Cache-Control`. */
const KIND_MEANING: Readonly<Record<contract.CacheKind, string>> = {
  catalog:
    'Catalog data changes when the regency edits it: anyone may keep it a minute, then use it five more while ' +
    'revalidating with `If-None-Match`.',
  aggregate: 'Counts with no link to a person, the same for everyone: anyone may keep them a minute.',
  live: 'Live data, stale within seconds: never kept.',
  private: 'Holds a secret or a capability, or is the outcome of a write: never kept, not even by the browser.',
};

const integer = { type: 'integer', minimum: 0 };

/** A response header: its name on the wire, and its OpenAPI Header Object. */
interface DocumentedHeader {
  readonly name: string;
  readonly header: JsonObject;
}

const cacheControls = Object.fromEntries(
  (Object.entries(CACHE_CONTROL) as [contract.CacheKind, string][]).map(([kind, value]) => [
    cacheControlName(kind),
    {
      name: 'Cache-Control',
      header: { description: KIND_MEANING[kind], required: true, schema: { type: 'string', const: value } },
    },
  ]),
);

/** A header every answer carries with one value. */
const fixed = (name: string, value: string, description: string): DocumentedHeader => ({
  name,
  header: { description, required: true, schema: { type: 'string', const: value } },
});

/**
 * The security headers of every answer (OWASP's REST Security Cheat Sheet): an
 * answer opened as a page runs nothing and cannot be framed, and other sites
 * cannot load it with `<script>` or `<img>`. Widgets on other origins read
 * answers through CORS, which `Cross-Origin-Resource-Policy` leaves alone.
 */
const SECURITY: Readonly<Record<string, DocumentedHeader>> = {
  ContentSecurityPolicy: fixed(
    'Content-Security-Policy',
    "default-src 'none'; frame-ancestors 'none'",
    'An answer opened in a browser tab loads and runs nothing, and no page may frame it.',
  ),
  XFrameOptions: fixed(
    'X-Frame-Options',
    'DENY',
    'No page may frame an answer (for browsers without `frame-ancestors`).',
  ),
  XContentTypeOptions: fixed(
    'X-Content-Type-Options',
    'nosniff',
    'Browsers take the `Content-Type` as sent: JSON is never read as HTML or script.',
  ),
  ReferrerPolicy: fixed('Referrer-Policy', 'no-referrer', 'Nothing the answer leads to learns its URL.'),
  CrossOriginResourcePolicy: fixed(
    'Cross-Origin-Resource-Policy',
    'same-origin',
    'Other sites cannot load an answer without CORS (`<script>`, `<img>`); `fetch` and `EventSource` from the ' +
      'origins CORS allows still read it.',
  ),
};
const SECURITY_HEADERS = Object.keys(SECURITY);

/** Every response header of the document, by component name. */
const DOCUMENTED: Readonly<Record<string, DocumentedHeader>> = {
  ...SECURITY,
  RequestId: {
    name: HEADERS.requestId,
    header: {
      description: "Identifies the request in the server's logs; an error envelope's `requestId` is the same.",
      required: true,
      schema: { type: 'string', minLength: 1 },
    },
  },
  ...cacheControls,
  CacheControlError: {
    name: 'Cache-Control',
    header: {
      description: 'An error is never kept, whatever the route.',
      required: true,
      schema: { type: 'string', const: ERROR_CACHE_CONTROL },
    },
  },
  ETag: {
    name: 'ETag',
    header: {
      description:
        'A weak validator of the content, the same in every encoding: send it back as `If-None-Match` to get ' +
        '`304 Not Modified` while nothing changed.',
      required: true,
      schema: { type: 'string', pattern: '^W/"[^"]*"$' },
    },
  },
  Vary: {
    name: 'Vary',
    header: {
      description:
        'The request headers the answer depends on: `Accept-Encoding` where the server compresses answers, ' +
        '`Origin` where CORS allows listed origins only.',
      schema: { type: 'string' },
    },
  },
  VaryError: {
    name: 'Vary',
    header: {
      description:
        'Names `Accept-Language`, which the message follows; also `Accept-Encoding` and `Origin` as on any answer.',
      required: true,
      schema: { type: 'string', pattern: '(^|,\\s*)Accept-Language(\\s*,|$)' },
    },
  },
  ContentLanguage: {
    name: 'Content-Language',
    header: {
      description: 'The language of the message: `id`, or `en` when `Accept-Language` prefers English.',
      required: true,
      schema: { type: 'string', enum: ['id', 'en'] },
    },
  },
  IdempotentReplayed: {
    name: HEADERS.idempotentReplayed,
    header: {
      description:
        'On the first answer sent again for a repeated `Idempotency-Key` with the same body: nothing was done twice.',
      schema: { type: 'string', const: 'true' },
    },
  },
  RateLimitLimit: {
    name: 'RateLimit-Limit',
    header: {
      description: 'Writes allowed per client in the current window (absent when the server does not limit).',
      schema: integer,
    },
  },
  RateLimitRemaining: {
    name: 'RateLimit-Remaining',
    header: { description: 'Writes left in the current window.', schema: integer },
  },
  RateLimitReset: {
    name: 'RateLimit-Reset',
    header: { description: 'Seconds until the window ends.', schema: integer },
  },
  RateLimitPolicy: {
    name: 'RateLimit-Policy',
    header: {
      description: 'The limit and its window in seconds, e.g. `30;w=60`.',
      schema: { type: 'string', pattern: '^\\d+;w=\\d+$' },
    },
  },
  RetryAfter: {
    name: HEADERS.retryAfter,
    header: { description: 'Seconds to wait before retrying.', required: true, schema: integer },
  },
  RetryAfterIfKnown: {
    name: HEADERS.retryAfter,
    header: { description: 'Seconds to wait before retrying, when the server can tell.', schema: integer },
  },
  WWWAuthenticate: {
    name: 'WWW-Authenticate',
    header: {
      description: 'The challenge RFC 9110 asks of a `401`: staff routes take a bearer token (RFC 6750).',
      required: true,
      schema: { type: 'string', pattern: '^Bearer( |$)' },
    },
  },
  AccelBuffering: {
    name: 'X-Accel-Buffering',
    header: {
      description: 'Tells a reverse proxy such as nginx not to buffer the stream, so each event arrives at once.',
      schema: { type: 'string', const: 'no' },
    },
  },
};

/** `components.headers` of the document. */
export function headerComponents(): Record<string, JsonObject> {
  return Object.fromEntries(Object.entries(DOCUMENTED).map(([component, { header }]) => [component, header]));
}

function headersOf(components: readonly (string | false)[]): JsonObject {
  const result: JsonObject = {};
  for (const component of components) {
    if (component === false) continue;
    const documented = DOCUMENTED[component];
    if (documented === undefined) throw new Error(`no header component ${component}`);
    result[documented.name] = header(component);
  }
  return result;
}

const rateLimitHeaders = (route: contract.RouteDefinition): (string | false)[] =>
  contract.isRateLimited(route) ? ['RateLimitLimit', 'RateLimitRemaining', 'RateLimitReset', 'RateLimitPolicy'] : [];

/** The headers of a route's successful answer. */
export function successHeaders(name: contract.RouteName, route: contract.RouteDefinition): JsonObject {
  const kind = contract.CACHE_KINDS[name];
  return headersOf([
    'RequestId',
    ...SECURITY_HEADERS,
    cacheControlName(kind),
    contract.isRevalidated(kind) && 'ETag',
    // The live stream is never compressed, so it varies by nothing.
    route.stream ? 'AccelBuffering' : 'Vary',
    route.idempotencyKey === true && 'IdempotentReplayed',
    ...rateLimitHeaders(route),
  ]);
}

/** The `304 Not Modified` of a revalidated route, or `null` for the others. */
export function notModifiedResponse(name: contract.RouteName): JsonObject | null {
  const kind = contract.CACHE_KINDS[name];
  if (!contract.isRevalidated(kind)) return null;
  return {
    description: 'Not Modified: the copy whose `ETag` came in `If-None-Match` is still current. No body.',
    headers: headersOf(['RequestId', ...SECURITY_HEADERS, cacheControlName(kind), 'ETag', 'Vary']),
  };
}

/** The headers of a route's error answer with `status`. */
export function errorHeaders(route: contract.RouteDefinition, status: number): JsonObject {
  return headersOf([
    'RequestId',
    ...SECURITY_HEADERS,
    'CacheControlError',
    'ContentLanguage',
    'VaryError',
    status === 401 && 'WWWAuthenticate',
    status === 429 && 'RetryAfter',
    status === 503 && 'RetryAfterIfKnown',
    ...rateLimitHeaders(route),
  ]);
}

/** The `If-None-Match` request header, on revalidated routes. */
export const IF_NONE_MATCH: JsonObject = {
  name: 'If-None-Match',
  in: 'header',
  description: 'The `ETag` of a kept copy: answered `304 Not Modified`, without a body, while it is still current.',
  schema: { type: 'string' },
};
