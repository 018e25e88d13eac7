import { isCredentialGuarded, isRateLimited, type RouteDefinition } from '@mpp-kit/contract';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type * as z from 'zod/mini';
import { ApiError } from './api-error.js';
import { cacheHeaders } from './cache-policy.js';
import type { AppEnv } from './env.js';
import type { IdempotencyFingerprint, IdempotencyFor } from './idempotency.js';
import { routeInput, type RouteInput } from './input.js';

/** The successful answer of a route, typed by its response schema. */
export type RouteOutput<R extends RouteDefinition> = z.output<R['response']>;

/** Handles one route: gets the parsed input, returns the response. */
export type RouteHandler<R extends RouteDefinition> = (
  c: Context<AppEnv>,
  input: RouteInput<R>,
) => Response | Promise<Response>;

/** How one route is mounted, where it differs from the defaults. */
export interface MountRouteOptions<R extends RouteDefinition> {
  /** What of a request its `Idempotency-Key` is bound to (default: the whole body). */
  readonly idempotencyFingerprint?: IdempotencyFingerprint<R>;
}

/** Registers a route's handler (with auth, rate limiting, input parsing and idempotency in front). */
export type Mount = <R extends RouteDefinition>(
  route: R,
  handler: RouteHandler<R>,
  options?: MountRouteOptions<R>,
) => void;

/** `/v1/services/{id}` -> `/v1/services/:id` (Hono's path syntax). */
export function honoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

/** Answers a route's success with its status and a body typed by its response schema. */
export async function ok<R extends RouteDefinition>(
  c: Context<AppEnv>,
  route: R,
  body: RouteOutput<R> | Promise<RouteOutput<R>>,
): Promise<Response> {
  return c.json((await body) as object, route.status as ContentfulStatusCode);
}

/** Refuses staff routes without a token (401) or with a wrong one (403). */
const requireStaff: MiddlewareHandler<AppEnv> = async (c, next) => {
  const staff = c.get('staff');
  if (staff === 'none') throw new ApiError('unauthorized');
  if (staff === 'invalid') throw new ApiError('forbidden');
  await next();
};

/** What {@link createMount} needs. */
export interface MountOptions {
  /** Applied to the routes the contract rate-limits (`isRateLimited`: public writes). */
  readonly rateLimit: MiddlewareHandler<AppEnv> | null;
  /** Applied first to the routes that check a guessable credential (`isCredentialGuarded`). */
  readonly credentialGuard: MiddlewareHandler<AppEnv> | null;
  readonly maxBodyBytes: number;
  /** The middleware of routes that honour `Idempotency-Key`. */
  readonly idempotency: IdempotencyFor;
}

/**
 * Builds the function that mounts contract routes on `app`: every route gets its
 * cache headers (see `cacheHeaders`), routes with a guessable credential the guard against guessing
 * (see `isCredentialGuarded`), staff routes the token check, public writes the rate limit (see
 * `isRateLimited`), every handler its parsed input,
 * and routes that honour `Idempotency-Key` the replay of a first answer.
 */
export function createMount(app: Hono<AppEnv>, options: MountOptions): Mount {
  return (route, handler, { idempotencyFingerprint } = {}) => {
    const middleware: MiddlewareHandler<AppEnv>[] = [...cacheHeaders(route)];
    // Around everything that can refuse the credential, so it sees the refusal.
    if (isCredentialGuarded(route) && options.credentialGuard) middleware.push(options.credentialGuard);
    if (route.auth === 'staff') middleware.push(requireStaff);
    else if (isRateLimited(route) && options.rateLimit) middleware.push(options.rateLimit);
    middleware.push(async (c, next) => {
      c.set('input', await routeInput(c, route, options.maxBodyBytes));
      await next();
    });
    if (route.idempotencyKey) middleware.push(options.idempotency(route, idempotencyFingerprint));
    // The input was parsed for this very route above.
    app.on([route.method], [honoPath(route.path)], ...middleware, (c) =>
      handler(c, c.get('input') as RouteInput<typeof route>),
    );
  };
}
