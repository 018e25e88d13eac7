import { isMppApiError, randomUuid, type MppApiError } from '@mpp-kit/sdk';

/**
 * One attempt at a write: one `Idempotency-Key` for one request body. A retry
 * or a second press sends the same body and so the same key, and the server
 * answers it with what it already did; a changed body is a new attempt with a
 * new key.
 */
export interface WriteAttempt {
  /** The `Idempotency-Key` of every request of this attempt. */
  readonly key: string;
  /** The request body, as sent. */
  readonly body: string;
}

/** The attempt to send `input` with: `previous` when the body is the same, else a new key. */
export function attemptFor(previous: WriteAttempt | undefined, input: unknown): WriteAttempt {
  const body = JSON.stringify(input);
  return previous?.body === body ? previous : { key: randomUuid(), body };
}

/**
 * The server's refusal of a failed write, or `null` when the write may still
 * have happened: no answer settles it (offline, a timeout, 5xx, 429, or the
 * same request still running), so a retry must present the same key.
 */
export function refusalOf(error: unknown): MppApiError | null {
  if (!isMppApiError(error)) return null;
  const settled = error.status < 500 && error.status !== 429 && error.code !== 'idempotency_in_progress';
  return settled ? error : null;
}
