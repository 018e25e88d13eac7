import { MppConfigError } from './errors/config-error.js';

/**
 * A `fetch` function: the global one, a wrapped one, or an in-process server's
 * (`app.fetch` of the reference server). The SDK always calls it with a `Request`.
 */
export type FetchLike = (input: Request, init?: RequestInit) => Response | Promise<Response>;

/** The languages the API speaks. */
export type ClientLocale = 'id' | 'en';

/**
 * How failed requests are retried. Only requests that cannot do harm twice are
 * retried: reads, and the three POSTs that carry an `Idempotency-Key`
 * (`tickets.take`, `bookings.create`, `survey.submit`). They are retried on network errors (an
 * answer whose connection drops mid-body included) and on 408, 429, 500, 502,
 * 503 and 504, never on 400/401/403/404/409/422.
 * The wait grows exponentially (`delay * 2^(attempt-1)`), capped at `backoffLimit`,
 * with full jitter; a `Retry-After` from the server (429, 503) wins, capped at `maxRetryAfter`.
 *
 * @example
 * ```ts
 * createClient({ baseUrl, retry: { limit: 4, delay: 500, backoffLimit: 8_000 } });
 * ```
 */
export interface RetryOptions {
  /**
   * Retries after the first attempt; `0` turns retrying off.
   * @default 2
   */
  readonly limit?: number;
  /**
   * Base wait before the first retry, in milliseconds; doubles on each retry.
   * @default 300
   */
  readonly delay?: number;
  /**
   * Longest wait between two attempts from backoff, in milliseconds.
   * @default 10000
   */
  readonly backoffLimit?: number;
  /**
   * Longest wait honoured from a `Retry-After` header, in milliseconds (a longer one is cut to this).
   * @default 30000
   */
  readonly maxRetryAfter?: number;
  /**
   * Full jitter: wait a random time between 0 and the computed backoff, so many
   * clients do not retry in step after an outage.
   * @default true
   */
  readonly jitter?: boolean;
}

/**
 * Options of {@link createClient}. Unknown keys are rejected (a typo would otherwise be silently ignored).
 *
 * @example
 * ```ts
 * const client = createClient({
 *   baseUrl: 'https://mpp.kedirikota.go.id/api',
 *   locale: 'en',
 *   timeout: 15_000,
 * });
 * ```
 */
export interface ClientOptions {
  /**
   * Absolute `http:` or `https:` URL of the API root, the part before `/v1`.
   * @example 'https://mpp.kedirikota.go.id/api'
   */
  readonly baseUrl: string;
  /**
   * The `fetch` used for every request, including the live queue stream.
   * Inject one to add logging, to use an in-process server (`fetch: app.fetch`) or in tests.
   * @default globalThis.fetch
   */
  readonly fetch?: FetchLike;
  /**
   * Language of server messages (`Accept-Language`).
   * @default 'id'
   */
  readonly locale?: ClientLocale;
  /**
   * Total time a call may take, in milliseconds, across all its attempts and the waits between them.
   * @default 30000
   */
  readonly timeout?: number;
  /**
   * Retry policy; see {@link RetryOptions}.
   * @default { limit: 2, delay: 300, backoffLimit: 10000, maxRetryAfter: 30000, jitter: true }
   */
  readonly retry?: RetryOptions;
  /**
   * Staff token, sent as `Authorization: Bearer <token>` on staff routes (counters, check-in).
   * Staff methods throw {@link MppConfigError} without it.
   * @default undefined
   */
  readonly staffToken?: string;
  /**
   * Identical public reads (`GET`, the same URL) of one core share a request
   * while it is in flight, and its answer is kept for as long as the server's
   * `Cache-Control` allows (`max-age`: a minute for the site, agencies and
   * services; never for the live queue, tickets or bookings), at most this many
   * milliseconds. So two elements asking for the catalog at once make one
   * request, and an element remounted a moment later reuses the answer. Each
   * caller gets a copy of its own; one caller's abort ends only its own call
   * (the request is aborted once every caller has aborted). Never shared or
   * kept: failures, writes (a write also empties what is kept, so a read after
   * it sees its effect), the live queue stream and its polling, a booking read
   * with its secret, and every request of a core that sends credentials (a
   * `staffToken`, or an `Authorization` or `X-Booking-Secret` among `headers`).
   * `0` turns sharing and keeping off.
   * @default 5000
   * @example
   * ```ts
   * createClient({ baseUrl, cacheTime: 0 }); // every call makes its own request
   * ```
   */
  readonly cacheTime?: number;
  /**
   * Extra headers sent with every request (e.g. a portal's own tracing header).
   * The SDK's own headers (`Accept-Language`, `Authorization`, `Idempotency-Key`...) take precedence.
   * @default {}
   */
  readonly headers?: Readonly<Record<string, string>>;
}

/** Options after defaults and checks. @internal */
export interface ResolvedOptions {
  readonly baseUrl: string;
  readonly fetch: FetchLike;
  readonly locale: ClientLocale;
  readonly timeout: number;
  readonly retry: Required<RetryOptions>;
  readonly staffToken: string | null;
  readonly headers: Readonly<Record<string, string>>;
  readonly cacheTime: number;
}

const OPTION_KEYS = ['baseUrl', 'fetch', 'locale', 'timeout', 'retry', 'staffToken', 'headers', 'cacheTime'];
const RETRY_KEYS = ['limit', 'delay', 'backoffLimit', 'maxRetryAfter', 'jitter'];
/** setTimeout's limit (2^31 - 1 ms, about 24.8 days). */
const MAX_TIMEOUT = 2_147_483_647;
const DEFAULT_RETRY: Required<RetryOptions> = {
  limit: 2,
  delay: 300,
  backoffLimit: 10_000,
  maxRetryAfter: 30_000,
  jitter: true,
};

function fail(problem: string): never {
  throw new MppConfigError(`Opsi createClient tidak valid / Invalid createClient option: ${problem}`);
}

function checkKeys(value: object, known: readonly string[], where: string): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) fail(`unknown key "${where}${key}" (known: ${known.join(', ')})`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonNegative(value: unknown, name: string, integer = false): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !(value >= 0) || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
    fail(`${name} must be a non-negative ${integer ? 'integer' : 'number'} of ${integer ? 'retries' : 'milliseconds'}`);
  }
  return value;
}

function resolveBaseUrl(value: unknown): string {
  if (typeof value !== 'string') fail('baseUrl is required and must be a string');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    fail(`baseUrl "${value}" is not an absolute URL (e.g. "https://mpp.example.go.id/api")`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') fail(`baseUrl "${value}" must use http: or https:`);
  if (url.search || url.hash) fail(`baseUrl "${value}" must not have a query or a fragment`);
  return url.href.replace(/\/+$/, '');
}

function resolveRetry(value: unknown): Required<RetryOptions> {
  if (value === undefined) return DEFAULT_RETRY;
  if (!isRecord(value)) fail('retry must be an object');
  checkKeys(value, RETRY_KEYS, 'retry.');
  if (value['jitter'] !== undefined && typeof value['jitter'] !== 'boolean') fail('retry.jitter must be a boolean');
  return {
    limit: nonNegative(value['limit'], 'retry.limit', true) ?? DEFAULT_RETRY.limit,
    delay: nonNegative(value['delay'], 'retry.delay') ?? DEFAULT_RETRY.delay,
    backoffLimit: nonNegative(value['backoffLimit'], 'retry.backoffLimit') ?? DEFAULT_RETRY.backoffLimit,
    maxRetryAfter: nonNegative(value['maxRetryAfter'], 'retry.maxRetryAfter') ?? DEFAULT_RETRY.maxRetryAfter,
    jitter: value['jitter'] ?? DEFAULT_RETRY.jitter,
  };
}

function resolveHeaders(value: unknown): Record<string, string> {
  if (value === undefined) return {};
  if (!isRecord(value)) fail('headers must be an object of strings');
  for (const [name, header] of Object.entries(value)) {
    if (typeof header !== 'string') fail(`headers["${name}"] must be a string`);
  }
  return value as Record<string, string>;
}

/** Checks `createClient`'s options (they may come from plain JavaScript) and fills in the defaults. */
export function resolveOptions(options: unknown): ResolvedOptions {
  if (!isRecord(options)) fail('expected an options object with at least baseUrl');
  checkKeys(options, OPTION_KEYS, '');
  const { fetch, locale, timeout, staffToken } = options;
  if (fetch !== undefined && typeof fetch !== 'function') fail('fetch must be a function');
  if (locale !== undefined && locale !== 'id' && locale !== 'en')
    fail(`locale must be "id" or "en", got ${JSON.stringify(locale)}`);
  const total = nonNegative(timeout, 'timeout');
  if (total === 0 || (total ?? 0) > MAX_TIMEOUT) fail(`timeout must be between 1 and ${MAX_TIMEOUT} milliseconds`);
  if (staffToken !== undefined && (typeof staffToken !== 'string' || staffToken === '')) {
    fail('staffToken must be a non-empty string');
  }
  return {
    baseUrl: resolveBaseUrl(options['baseUrl']),
    fetch: (fetch as FetchLike | undefined) ?? ((input, init) => globalThis.fetch(input, init)),
    locale: locale ?? 'id',
    timeout: total ?? 30_000,
    retry: resolveRetry(options['retry']),
    staffToken: staffToken ?? null,
    headers: resolveHeaders(options['headers']),
    cacheTime: nonNegative(options['cacheTime'], 'cacheTime') ?? 5_000,
  };
}
