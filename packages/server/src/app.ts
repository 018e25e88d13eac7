import { HEADERS, routes, type RouteDefinition } from '@mpp-kit/contract';
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { createDataProtection, MIN_SECRET_LENGTH, type DataProtectionFactory } from './booking/nik-protection.js';
import { DEFAULT_RETENTION_DAYS, isRetentionDays, scheduleRetention } from './booking/retention.js';
import { systemClock, type Clock } from './time/clock.js';
import { Engine } from './engine.js';
import { ApiError, isApiError } from './http/api-error.js';
import type { AppEnv, StaffCredential } from './http/env.js';
import { idempotency } from './http/idempotency.js';
import { preferredLocale } from './http/locale.js';
import {
  credentialGuard,
  writeRateLimit,
  type CredentialGuardOptions,
  type RateLimitOptions,
} from './http/rate-limit.js';
import { errorResponse } from './http/respond.js';
import { apiSecureHeaders } from './http/security-headers.js';
import { createMount, honoPath } from './http/router.js';
import { Broadcaster } from './queue/broadcaster.js';
import { EventFeed } from './queue/event-feed.js';
import { mountBookingRoutes } from './routes/booking-routes.js';
import { mountCatalogRoutes } from './routes/catalog-routes.js';
import { mountQueueRoutes } from './routes/queue-routes.js';
import { mountStaffRoutes } from './routes/staff-routes.js';
import { mountStatsRoutes } from './routes/stats-routes.js';
import { mountSurveyRoutes } from './routes/survey-routes.js';
import { isSharedEventLog, StoreUnavailableError, type Store } from './store/store.js';
import { constantTimeEqual, randomToken } from './util/bytes.js';

/**
 * Which web origins may call the API from a browser. A preflight allows the
 * route table's methods and the request headers the contract reads; credentials
 * (cookies) are never allowed, since staff and booking holders send theirs in headers.
 */
export interface CorsOptions {
  /**
   * Allowed origins (`https://portal.kedirikota.go.id`), or `'*'` for any.
   * @default '*'
   */
  readonly origins: readonly string[] | '*';
}

/** Options of {@link createApp}. */
export interface AppOptions {
  /** Where tickets, bookings and events live: `MemoryStore`, or `SqliteStore` on Node. Must be seeded. */
  readonly store: Store;
  /**
   * Where "now" comes from.
   * @default systemClock
   */
  readonly clock?: Clock;
  /** Bearer tokens accepted on staff routes (counters, kiosks). None: every staff call is refused. */
  readonly staffTokens: readonly string[];
  /**
   * The server secret (`MPP_SECRET`, at least 16 characters) from which the keys
   * that hash and encrypt NIKs and booking secrets are derived. Keep it with the
   * database: without it, stored NIKs cannot be matched or read.
   */
  readonly secret: string;
  /**
   * Makes the hashing and encryption of personal data from `secret`. Every
   * implementation must give the same results (see `DataProtection`); the Node
   * entry's `startServer` passes `createNodeDataProtection` (`node:crypto`, faster).
   * @default createDataProtection (Web Crypto, any runtime)
   */
  readonly dataProtection?: DataProtectionFactory;
  /**
   * Limits of anonymous public writes per client address, or `false` for none.
   * @default { limit: 30, windowMs: 60000 }
   */
  readonly rateLimit?: RateLimitOptions | false;
  /**
   * Limits on guessing staff tokens and booking secrets per client address
   * (the contract's `isCredentialGuarded` routes), or `false` for none.
   * @default { maxFailures: 10, windowMs: 900000, failureDelayMs: 500 }
   */
  readonly credentialGuard?: CredentialGuardOptions | false;
  /**
   * The client's address, for rate limiting. The Node entry passes the socket's
   * address; behind a proxy, read the proxy's header here.
   * @default every client counts as the same address
   */
  readonly getClientAddress?: (c: Context<AppEnv>) => string;
  /**
   * CORS: which origins may call the API from a browser, or `false` for no CORS headers.
   * @default { origins: '*' }
   */
  readonly cors?: CorsOptions | false;
  /**
   * Milliseconds between heartbeat comments on the queue stream.
   * @default 15000
   */
  readonly heartbeatMs?: number;
  /**
   * Largest JSON body accepted, in bytes; larger ones get `413 payload_too_large`.
   * @default 16384
   */
  readonly maxBodyBytes?: number;
  /**
   * Days after a booked slot ends until the applicant's personal data (name,
   * NIK hash and encrypted copy, phone, email) is erased, as UU PDP 27/2022 asks
   * of data kept no longer than its purpose needs. The erasure runs when the app
   * is created and then daily until `signal` aborts; `GET /v1/site` states the
   * period as `personalData.retentionDays`, so a consent text can name it.
   * Idempotency records, which hold sealed receipts, are never kept longer either.
   * @default 30
   */
  readonly retentionDays?: number;
  /** Aborting it ends every open queue stream and the daily erasure of personal data (for a graceful shutdown). */
  readonly signal?: AbortSignal;
  /**
   * Told about unexpected errors: a request's (answered `500 internal` without
   * details), or the daily erasure's (`requestId` is then `'retention'`). Never
   * receives request bodies.
   * @default logs to `console.error`
   */
  readonly onError?: (error: unknown, requestId: string) => void;
}

/** The methods of the contract's routes: what a preflight may ask for. */
const CORS_METHODS = [...new Set((Object.values(routes) as RouteDefinition[]).map((route) => route.method))];
/**
 * The request headers the contract's routes read that a browser sends only
 * after a preflight: a JSON body's `Content-Type`, and the headers of staff,
 * booking holders, idempotent writes and a resumed stream.
 */
const CORS_REQUEST_HEADERS = [
  'Content-Type',
  HEADERS.acceptLanguage,
  HEADERS.authorization,
  HEADERS.bookingSecret,
  HEADERS.idempotencyKey,
  HEADERS.lastEventId,
];
/** Headers a browser client on another origin may read of an answer. */
const CORS_RESPONSE_HEADERS = [
  HEADERS.requestId,
  HEADERS.retryAfter,
  HEADERS.idempotentReplayed,
  'RateLimit-Limit',
  'RateLimit-Remaining',
  'RateLimit-Reset',
  'RateLimit-Policy',
  'Content-Language',
  // The challenge of a 401: a browser client on another origin reads which scheme to sign in with.
  'WWW-Authenticate',
];

/** Reads the bearer token and tells whether it is one of `tokens`, comparing each in constant time. */
function staffCredential(header: string | undefined, tokens: readonly string[]): StaffCredential {
  const token = header === undefined ? undefined : /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
  if (token === undefined) return 'none';
  let valid = false;
  for (const candidate of tokens) valid = constantTimeEqual(candidate, token) || valid;
  return valid ? 'valid' : 'invalid';
}

/** Answers other methods on known paths with `405 method_not_allowed` and `Allow`. */
function mountMethodNotAllowed(app: Hono<AppEnv>): void {
  const methods = new Map<string, Set<string>>();
  for (const route of Object.values(routes) as RouteDefinition[]) {
    const path = honoPath(route.path);
    methods.set(path, (methods.get(path) ?? new Set()).add(route.method));
  }
  for (const [path, allowed] of methods) {
    app.all(path, (c) => {
      c.header('Allow', [...allowed].join(', '));
      throw new ApiError('method_not_allowed');
    });
  }
}

/** Maps Hono's own HTTP errors (e.g. from middleware) onto the contract's codes. */
function codeOfHttpException(status: number): ApiError['code'] {
  if (status === 413) return 'payload_too_large';
  if (status === 415) return 'unsupported_media_type';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limited';
  return status < 500 ? 'bad_request' : 'internal';
}

/**
 * Creates the mpp-kit API v1 as a Hono app over a store: every route of the
 * contract's route table, the queue and booking engines, the live queue stream,
 * staff authentication, rate limiting, CORS, and security headers on every
 * answer (see `docs/server.md`). It runs in any JavaScript
 * runtime: serve `app.fetch` with Node, call it in a browser, or `app.request()` in tests.
 *
 * @throws TypeError when `secret` is shorter than 16 characters, `retentionDays` is not a
 *   positive integer, or the store has no seed
 * @example
 * const app = createApp({ store: new MemoryStore(seed), staffTokens: [token], secret });
 * const response = await app.request('/v1/site');
 */
/** How long a client is asked to wait while the database is unreachable (`Retry-After`). */
const UNAVAILABLE_RETRY_SECONDS = 5;

export function createApp(options: AppOptions): Hono<AppEnv> {
  if (options.secret.length < MIN_SECRET_LENGTH)
    throw new TypeError(`secret needs at least ${MIN_SECRET_LENGTH} characters`);
  const retentionDays = options.retentionDays ?? DEFAULT_RETENTION_DAYS;
  if (!isRetentionDays(retentionDays)) throw new TypeError('retentionDays must be a positive integer');
  if (!options.store.isSeeded()) throw new TypeError('The store has no seed: load one before creating the app');
  const broadcaster = new Broadcaster(options.heartbeatMs === undefined ? {} : { heartbeatMs: options.heartbeatMs });
  const protection = (options.dataProtection ?? createDataProtection)(options.secret);
  const engine = new Engine(options.store, options.clock ?? systemClock, protection, broadcaster, retentionDays);
  options.signal?.addEventListener('abort', () => broadcaster.closeAll(), { once: true });
  const report =
    options.onError ?? ((error: unknown, id: string) => console.error(`[mpp-kit] request ${id} failed:`, error));
  if (isSharedEventLog(options.store)) {
    // Events stored by every process on the database reach this process's streams.
    void new EventFeed(engine, (error) => report(error, 'events')).run(options.store, options.signal);
  }
  void scheduleRetention(engine, {
    ...(options.signal ? { signal: options.signal } : {}),
    onError: (error) => report(error, 'retention'),
  });

  const app = new Hono<AppEnv>();
  // First, so that every answer gets them: errors, 404s and the preflights CORS answers itself.
  app.use(apiSecureHeaders());
  app.use(requestId({ headerName: HEADERS.requestId, generator: () => `req_${randomToken(9)}` }));
  app.use(async (c, next) => {
    c.set('locale', preferredLocale(c.req.header(HEADERS.acceptLanguage)));
    c.set('staff', staffCredential(c.req.header(HEADERS.authorization), options.staffTokens));
    await next();
  });
  const corsOptions = options.cors ?? { origins: '*' };
  if (corsOptions) {
    app.use(
      cors({
        origin: corsOptions.origins === '*' ? '*' : [...corsOptions.origins],
        allowMethods: CORS_METHODS,
        allowHeaders: CORS_REQUEST_HEADERS,
        exposeHeaders: CORS_RESPONSE_HEADERS,
        maxAge: 600,
      }),
    );
  }

  const clientAddress = options.getClientAddress ?? (() => 'anonymous');
  const rateLimit = options.rateLimit === false ? null : writeRateLimit(options.rateLimit ?? {}, clientAddress);
  const guard =
    options.credentialGuard === false
      ? null
      : credentialGuard(options.credentialGuard ?? {}, clientAddress, (c) => {
          const status = c.res.status;
          // A wrong staff token is 403 (no token at all, 401, is no guess); a wrong code or secret is 404.
          return status === 403 || (status === 404 && c.req.header(HEADERS.bookingSecret) !== undefined);
        });
  const mount = createMount(app, {
    rateLimit,
    credentialGuard: guard,
    maxBodyBytes: options.maxBodyBytes ?? 16_384,
    idempotency: idempotency(engine),
  });
  mountCatalogRoutes(mount, engine);
  mountQueueRoutes(mount, engine);
  mountBookingRoutes(mount, engine);
  mountStaffRoutes(mount, engine);
  mountStatsRoutes(mount, engine);
  mountSurveyRoutes(mount, engine);
  mountMethodNotAllowed(app);

  app.notFound((c) => errorResponse(c, new ApiError('not_found')));
  app.onError((error, c) => {
    if (isApiError(error)) return errorResponse(c, error);
    if (error instanceof StoreUnavailableError) {
      // Nothing was written; the client may send the same request again soon.
      report(error, c.get('requestId'));
      return errorResponse(c, new ApiError('unavailable', { retryAfterSeconds: UNAVAILABLE_RETRY_SECONDS }));
    }
    if (error instanceof HTTPException && error.status < 500)
      return errorResponse(c, new ApiError(codeOfHttpException(error.status)));
    report(error, c.get('requestId'));
    return errorResponse(c, new ApiError('internal'));
  });
  return app;
}
