import type * as z from 'zod/mini';
import type { ErrorCode } from '../schemas/errors.js';

/**
 * Who may call a route: anyone, staff with a bearer token, or the holder of a
 * booking's secret (`X-Booking-Secret`).
 */
export type RouteAuth = 'public' | 'staff' | 'booking-secret';

/** One endpoint of API v1, described as data so the SDK, the server and the OpenAPI document share it. */
export interface RouteDefinition {
  /** HTTP method of the endpoint. */
  readonly method: 'GET' | 'POST' | 'PATCH';
  /** OpenAPI path template, e.g. `/v1/services/{id}`. */
  readonly path: string;
  /** English one-liner for the OpenAPI document. */
  readonly summary: string;
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
  /** Error codes this route can answer with. */
  readonly errors: readonly ErrorCode[];
}

/**
 * Joins groups of error codes into one list. Unlike an array spread, a call
 * can carry a pure annotation where it is made, so a bundle drops every route it
 * does not use.
 *
 * @internal
 */
export function errorCodes<const T extends readonly (readonly ErrorCode[])[]>(
  ...groups: T
): readonly T[number][number][] {
  return groups.flat();
}

/** @internal Errors any route can answer. */
export const always = ['rate_limited', 'internal', 'unavailable'] as const;
/** @internal Errors of a route that reads a JSON body. */
export const withBody = ['bad_request', 'validation_failed', 'payload_too_large', 'unsupported_media_type'] as const;
/** @internal Errors of a route that honours `Idempotency-Key`. */
export const idempotent = ['idempotency_mismatch', 'idempotency_in_progress'] as const;
/** @internal Errors of a staff route without a valid token. */
export const staff = ['unauthorized', 'forbidden'] as const;

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
