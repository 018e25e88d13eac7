import { HEADERS, buildPath } from '@mpp-kit/contract';
import ky, { isHTTPError } from 'ky';
import { apiErrorFrom } from './errors/api-error-from.js';
import { MppConfigError } from './errors/config-error.js';
import { MppContractError } from './errors/contract-error.js';
import { isMppError } from './errors/mpp-error.js';
import { MppNetworkError } from './errors/network-error.js';
import { MppTimeoutError } from './errors/timeout-error.js';
import { MppValidationError } from './errors/validation-error.js';
import type { ResolvedOptions } from './options.js';
import { retryFor } from './retry.js';
import { check, type RouteLike, type Schema } from './schema.js';
import { sharedReads, type Loaded } from './shared-reads.js';
import { randomUuid } from './uuid.js';

/**
 * Per-call options, accepted as the last argument of every method.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * const site = await client.site.get({ signal: controller.signal, timeout: 5_000 });
 * ```
 */
export interface CallOptions {
  /**
   * Cancels the call; the promise then rejects with the signal's reason (an `AbortError`), unchanged.
   * @default undefined
   */
  readonly signal?: AbortSignal;
  /**
   * Total time this call may take, in milliseconds, across retries; overrides the client's `timeout`.
   * @default the client's `timeout`
   */
  readonly timeout?: number;
}

/**
 * Call options of the three requests that carry an `Idempotency-Key`
 * (`tickets.take`, `bookings.create`, `survey.submit`).
 *
 * @example
 * ```ts
 * // Keep the key across a page reload so a resubmitted form cannot book twice.
 * const key = sessionStorage.getItem('booking-key') ?? crypto.randomUUID();
 * sessionStorage.setItem('booking-key', key);
 * await client.bookings.create(input, { idempotencyKey: key });
 * ```
 */
export interface IdempotentCallOptions extends CallOptions {
  /**
   * The `Idempotency-Key` to send; reuse one only to repeat the very same request.
   * @default a new random UUID per call (kept across that call's retries)
   */
  readonly idempotencyKey?: string;
}

/** What one call sends. */
export interface Call {
  readonly params?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string | number | undefined>>;
  readonly body?: unknown;
  readonly secret?: string;
  readonly options?: IdempotentCallOptions | undefined;
  /** Asks the server even when the core keeps or is fetching the same read (the live queue's polling). */
  readonly fresh?: boolean;
}

/** A bound request function: sends a call to a route and returns its validated response. */
export type Send = <T>(route: RouteLike<T>, call?: Call) => Promise<T>;

function validate<T>(schema: Schema<T> | undefined, value: unknown, what: string): void {
  if (!schema) return;
  const result = check(schema, value);
  if (!result.ok) throw new MppValidationError(what, result.issues);
}

/** Query values as they travel (strings), without the unset ones. */
export function wireQuery(query: Call['query']): Record<string, string> {
  const wire: Record<string, string> = {};
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) wire[key] = String(value);
  return wire;
}

/** Checks a call against its route before anything is sent, and builds its URL. */
function prepare(options: ResolvedOptions, route: RouteLike<unknown>, call: Call): string {
  const name = `${route.method} ${route.path}`;
  if (route.auth === 'staff' && !options.staffToken) {
    throw new MppConfigError(
      `${name} memerlukan staffToken di createClient / needs a staffToken in createClient (staff only).`,
    );
  }
  if (route.auth === 'booking-secret' && !call.secret) {
    throw new MppValidationError(name, [
      { path: 'secret', code: 'invalid_type', message: 'expected the booking secret' },
    ]);
  }
  const params = call.params ?? {};
  validate(route.params, params, name);
  const query = wireQuery(call.query);
  validate(route.query, query, name);
  if (route.body) validate(route.body, call.body, name);
  const search = new URLSearchParams(query).toString();
  return `${options.baseUrl}${buildPath(route.path, params)}${search ? `?${search}` : ''}`;
}

function headersFor(options: ResolvedOptions, route: RouteLike<unknown>, call: Call): Headers {
  const headers = new Headers(options.headers);
  headers.set('Accept', 'application/json');
  headers.set(HEADERS.acceptLanguage, options.locale);
  if (route.auth === 'staff' && options.staffToken) headers.set(HEADERS.authorization, `Bearer ${options.staffToken}`);
  if (route.auth === 'booking-secret' && call.secret) headers.set(HEADERS.bookingSecret, call.secret);
  if (route.idempotencyKey) headers.set(HEADERS.idempotencyKey, call.options?.idempotencyKey ?? randomUuid());
  return headers;
}

/** Parses a success body: JSON, and the route's response schema. */
function parseResponse<T>(route: RouteLike<T>, text: string): T {
  const name = `${route.method} ${route.path}`;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new MppContractError(name, [
      { path: '', code: 'invalid_json', message: `body is not JSON: ${JSON.stringify(text.slice(0, 60))}` },
    ]);
  }
  const result = check(route.response, json);
  if (!result.ok) throw new MppContractError(name, result.issues);
  return result.data;
}

/**
 * Settles with `promise`, or rejects with the signal's reason as soon as it aborts:
 * an injected fetch (an in-process server) may ignore the request's signal.
 */
function whileNotAborted<T>(signal: AbortSignal, promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined); // abandoned on abort: its late failure is not news
  return new Promise<T>((resolve, reject) => {
    // The caller's reason, unchanged: an AbortError DOMException unless the caller chose another.
    const onAbort = (): void => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Statuses whose answers have no body (a `Response` with one would throw). */
const BODILESS_STATUSES = new Set([204, 205, 304]);

/**
 * The answer with its body already read. A connection cut mid-body (an answer
 * cut short) then fails the attempt itself, as a network error, and ky retries
 * it like a dropped connection (reads, and POSTs with their `Idempotency-Key`:
 * the server replays what it did). Read after ky, the same cut would end the
 * call with an error although the server may have taken the number.
 */
async function wholeResponse(response: Response, signal: AbortSignal): Promise<Response> {
  let body: ArrayBuffer;
  try {
    body = await response.arrayBuffer();
  } catch (error) {
    if (signal.aborted) throw error;
    // Engines differ in what a broken body rejects with (Firefox: an AbortError); all mean the network failed.
    throw new TypeError('the answer was cut off', { cause: error });
  }
  return new Response(BODILESS_STATUSES.has(response.status) ? null : body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

/**
 * How long an answer may be kept, in ms, as its `Cache-Control` says: its
 * `max-age`, or nothing with `no-store` or `no-cache` (the server's word on
 * what stays true: catalog answers a minute, the live queue never).
 */
function keepFor(response: Response): number {
  const control = response.headers.get('Cache-Control') ?? '';
  const maxAge = /no-store|no-cache/.test(control) ? null : /max-age=(\d+)/.exec(control);
  return maxAge ? Number(maxAge[1]) * 1000 : 0;
}

/**
 * Whether a call may share its answer with identical calls of the same core:
 * a public read, from a core that sends no credentials with it (no staff
 * token, no `Authorization` or booking secret among its headers).
 */
function shareable(options: ResolvedOptions, route: RouteLike<unknown>): boolean {
  const headers = new Headers(options.headers);
  return (
    route.method === 'GET' &&
    route.auth === 'public' &&
    !options.staffToken &&
    !headers.has(HEADERS.authorization) &&
    !headers.has(HEADERS.bookingSecret)
  );
}

/**
 * Creates the request function every resource uses: validates inputs, builds the
 * URL from the route table, lets ky send it (with the retry policy), and turns
 * every failure into the SDK's errors. Identical public reads share one request
 * and its answer for `options.cacheTime` ms; a write empties what is kept.
 */
export function createSend(options: ResolvedOptions): Send {
  const reads = options.cacheTime > 0 ? sharedReads(options.cacheTime) : undefined;
  return async <T>(route: RouteLike<T>, call: Call = {}): Promise<T> => {
    const url = prepare(options, route, call);
    const timeout = call.options?.timeout ?? options.timeout;
    if (!(timeout > 0 && timeout <= 2_147_483_647)) {
      throw new MppConfigError(`timeout harus 1..2147483647 ms / timeout must be 1..2147483647 ms, got ${timeout}`);
    }
    // ky's own timeout is per attempt; this one spans every attempt and every wait.
    const deadline = AbortSignal.timeout(timeout);
    const caller = call.options?.signal;
    caller?.throwIfAborted();
    const signal = caller ? AbortSignal.any([caller, deadline]) : deadline;
    const load = (network: AbortSignal): Promise<Loaded<T>> =>
      ky(url, {
        method: route.method,
        headers: headersFor(options, route, call),
        ...(route.body ? { json: call.body } : {}),
        signal: network,
        timeout: false,
        retry: retryFor(route.method, route.idempotencyKey === true, options.retry),
        // ky always hands its fetch a Request; an async wrapper also turns a synchronous throw into a rejection.
        fetch: async (input, init) => {
          const request = input as Request;
          return wholeResponse(await options.fetch(request, init), request.signal);
        },
      }).then(
        async (response) => [parseResponse(route, await response.text()), keepFor(response)] as const,
        // Reading an error body is part of the call: the deadline and the caller's signal still apply.
        async (error: unknown) => {
          throw isHTTPError(error) ? await apiErrorFrom(error.response) : error;
        },
      );
    // A write may change what any kept read says: forget them before it is sent and once it is answered.
    const write = route.method !== 'GET';
    if (write) reads?.forget();
    try {
      const shared = reads && !call.fresh && shareable(options, route);
      return await whileNotAborted(
        signal,
        shared ? reads.read(url, signal, load) : load(signal).then(([answer]) => answer),
      );
    } catch (error) {
      if (caller?.aborted) throw caller.reason;
      if (deadline.aborted) throw new MppTimeoutError(timeout);
      if (isMppError(error)) throw error;
      throw new MppNetworkError(error);
    } finally {
      if (write) reads?.forget();
    }
  };
}
