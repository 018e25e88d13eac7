import { isHTTPError, type RetryOptions as KyRetryOptions } from 'ky';
import type { RetryOptions } from './options.js';

/** Statuses worth another try: the server may answer differently in a moment. */
const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];
/** Statuses whose `Retry-After` is honoured. */
const RETRY_AFTER_STATUSES = [429, 503];

/** What {@link backoff} needs of a retry policy. */
export type BackoffPolicy = Pick<Required<RetryOptions>, 'delay' | 'backoffLimit' | 'jitter'>;

/**
 * The wait before retry number `attempt` (1, 2, ...): `delay * 2^(attempt-1)`,
 * capped at `backoffLimit`; with `jitter`, a random time between 0 and that
 * ("full jitter"), so many clients do not retry in step after an outage.
 * Retried requests and the live queue's reconnects both wait this long.
 */
export function backoff(attempt: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const wait = Math.min(policy.backoffLimit, policy.delay * 2 ** (attempt - 1));
  return policy.jitter ? random() * wait : wait;
}

/**
 * ky's retry options for one route. Reads are retried; a POST only when it
 * carries an `Idempotency-Key` (the server then answers a replay with the first
 * result instead of acting twice); every other write is never retried, since it
 * may already have reached the server.
 */
export function retryFor(method: string, idempotent: boolean, policy: Required<RetryOptions>): KyRetryOptions {
  const retriable = method === 'GET' || idempotent;
  return {
    limit: retriable ? policy.limit : 0,
    methods: [method.toLowerCase()],
    statusCodes: RETRY_STATUSES,
    afterStatusCodes: RETRY_AFTER_STATUSES,
    maxRetryAfter: policy.maxRetryAfter,
    // The whole wait, cap and jitter included, is ours; ky adds nothing to it.
    delay: (attempt) => backoff(attempt, policy),
    jitter: false,
    // ky would retry any thrown error; only HTTP errors (by status, above) and
    // network failures (fetch rejects with a TypeError) deserve it, not aborts.
    shouldRetry: ({ error }) => (isHTTPError(error) ? undefined : error.name === 'TypeError'),
  };
}
