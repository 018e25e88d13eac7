import type { Context, MiddlewareHandler } from 'hono';
import { rateLimiter, type RateLimitInfo } from 'hono-rate-limiter';
import { ApiError } from './api-error.js';
import type { AppEnv } from './env.js';

/** Limits of anonymous writes per client address. */
export interface RateLimitOptions {
  /**
   * Writes allowed per client address in one window.
   * @default 30
   */
  readonly limit?: number;
  /**
   * Length of the window in milliseconds.
   * @default 60000
   */
  readonly windowMs?: number;
}

/**
 * Rate limiting of public writes with `hono-rate-limiter` (fixed window, in
 * memory, per process): `limit` writes per `windowMs` per client address, then
 * `429 rate_limited` with `Retry-After` and `RateLimit-*` headers. Requests with
 * a valid staff token (kiosks, counters) are not counted.
 */
export function writeRateLimit(
  options: RateLimitOptions,
  clientAddress: (c: Context<AppEnv>) => string,
): MiddlewareHandler<AppEnv> {
  const windowMs = options.windowMs ?? 60_000;
  return rateLimiter<AppEnv>({
    windowMs,
    limit: options.limit ?? 30,
    standardHeaders: 'draft-6',
    keyGenerator: (c) => clientAddress(c),
    skip: (c) => c.get('staff') === 'valid',
    handler: (c) => {
      const info = (c as Context).get('rateLimit') as RateLimitInfo | undefined;
      const resetMs = info?.resetTime ? info.resetTime.getTime() - Date.now() : windowMs;
      throw new ApiError('rate_limited', { retryAfterSeconds: Math.max(1, Math.ceil(resetMs / 1000)) });
    },
  });
}
