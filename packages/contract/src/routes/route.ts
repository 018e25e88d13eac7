import type * as z from 'zod/mini';

/**
 * Who may call a route: anyone, staff with a bearer token, or the holder of a
 * booking's secret (`X-Booking-Secret`).
 */
export type RouteAuth = 'public' | 'staff' | 'booking-secret';

/**
 * One endpoint of API v1, described as data so the SDK, the server and the
 * OpenAPI document share it. What only the document needs (a summary, the
 * error codes) is in `routeDocs`, keyed by route name, so a client's
 * bundle does not carry it.
 */
export interface RouteDefinition {
  /** HTTP method of the endpoint. */
  readonly method: 'GET' | 'POST' | 'PATCH';
  /** OpenAPI path template, e.g. `/v1/services/{id}`. */
  readonly path: string;
  /** Who may call it: anyone, staff (bearer token) or the booking's holder (its secret). */
  readonly auth: RouteAuth;
  /** Path parameters; a value that fails them is answered `not_found`. */
  readonly params?: z.ZodMiniObject;
  /** Query parameters (strings on the wire). */
  readonly query?: z.ZodMiniObject;
  /** JSON request body. */
  readonly body?: z.ZodMiniType;
  /** Honours `Idempotency-Key`. @default false */
  readonly idempotencyKey?: boolean;
  /** Answers a `text/event-stream` of `response` events. @default false */
  readonly stream?: boolean;
  /** Status of a successful answer. */
  readonly status: 200 | 201;
  /** Schema of the successful answer (of each event, for a stream). */
  readonly response: z.ZodMiniType;
}

/**
 * Fills a path template with URL-encoded parameters.
 *
 * @throws TypeError when a parameter of the template is missing or empty
 * @example buildPath('/v1/bookings/{code}', { code: 'K7Q2' }) // '/v1/bookings/K7Q2'
 */
export function buildPath(path: string, params: Readonly<Record<string, string>>): string {
  return path.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params[name];
    if (!value) throw new TypeError(`Missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(value);
  });
}
