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

/** `429 rate_limited`, with `Retry-After` until the window that the limiter stored under `property` resets. */
function refuseUntilReset(c: Context<AppEnv>, property: string, windowMs: number): never {
  const info = (c as Context).get(property) as RateLimitInfo | undefined;
  const resetMs = info?.resetTime ? info.resetTime.getTime() - Date.now() : windowMs;
  throw new ApiError('rate_limited', { retryAfterSeconds: Math.max(1, Math.ceil(resetMs / 1000)) });
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
    handler: (c) => refuseUntilReset(c, 'rateLimit', windowMs),
  });
}

/** Limits on guessing a credential (a staff token, a booking's code and secret) from one client address. */
export interface CredentialGuardOptions {
  /**
   * Failed attempts a client may make in one window; its next attempts are refused until the window ends.
   * @default 10
   */
  readonly maxFailures?: number;
  /**
   * Length of the window in milliseconds.
   * @default 900000 (15 minutes)
   */
  readonly windowMs?: number;
  /**
   * How long a failed attempt waits before it is answered, so guesses cannot follow each other quickly.
   * @default 500
   */
  readonly failureDelayMs?: number;
}

/**
 * Guards the routes that check a guessable credential (the contract's
 * `isCredentialGuarded`) with `hono-rate-limiter`, counting only failed
 * attempts (`isFailure`: a wrong token, a wrong code or secret): each failure
 * is answered after `failureDelayMs`, and after `maxFailures` in a window the
 * client's attempts are `429 rate_limited` with `Retry-After`, even right ones,
 * so a guess that would have been right tells nothing.
 */
export function credentialGuard(
  options: CredentialGuardOptions,
  clientAddress: (c: Context<AppEnv>) => string,
  isFailure: (c: Context<AppEnv>) => boolean,
): MiddlewareHandler<AppEnv> {
  const windowMs = options.windowMs ?? 15 * 60_000;
  const failureDelayMs = options.failureDelayMs ?? 500;
  const limiter = rateLimiter<AppEnv>({
    windowMs,
    limit: options.maxFailures ?? 10,
    // The failures are the client's own business; the write limit's RateLimit-* headers stay the only ones.
    standardHeaders: false,
    requestPropertyName: 'credentialGuard',
    requestStorePropertyName: 'credentialGuardStore',
    keyGenerator: (c) => clientAddress(c),
    skipSuccessfulRequests: true,
    requestWasSuccessful: (c) => !isFailure(c),
    handler: (c) => refuseUntilReset(c, 'credentialGuard', windowMs),
  });
  return (c, next) =>
    limiter(c, async () => {
      await next();
      if (failureDelayMs > 0 && isFailure(c)) await new Promise((resolve) => setTimeout(resolve, failureDelayMs));
    });
}
