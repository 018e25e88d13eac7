import type { MppIssue } from './issue.js';
import { MppError, hasName } from './mpp-error.js';

/** What an {@link MppApiError} is made of. */
export interface MppApiErrorInit {
  /** HTTP status. */
  readonly status: number;
  /** The contract's error code. */
  readonly code: string;
  /** Human-readable message (the server's, in the request's language). */
  readonly message: string;
  /** The server's request id, or `null`. */
  readonly requestId: string | null;
  /** `Retry-After` in seconds, or `null`. */
  readonly retryAfter: number | null;
  /** Per-field problems. */
  readonly details: readonly MppIssue[];
}

/**
 * The server answered with an error status (4xx/5xx). `code` is the contract's
 * error code (e.g. `slot_full`, `validation_failed`) and `message` the server's
 * message in the client's locale. A response that is not the contract's error
 * envelope (an HTML 502 page from a proxy, say) still becomes an `MppApiError`,
 * with a code derived from the status (`unavailable`, `internal`, `not_found`, ...).
 *
 * `code` is typed as a string: a newer server may send a code this SDK does not
 * know yet; check it with the contract's `isKnownErrorCode`.
 *
 * @example
 * ```ts
 * try {
 *   await client.bookings.create(input);
 * } catch (error) {
 *   if (isMppApiError(error) && error.code === 'slot_full') pickAnotherSlot();
 *   else throw error;
 * }
 * ```
 */
export class MppApiError extends MppError {
  override readonly name = 'MppApiError' as const;
  /** HTTP status, e.g. 409. */
  readonly status: number;
  /** The contract's error code, e.g. `'slot_full'`. */
  readonly code: string;
  /** The server's request id, to quote in a support ticket; `null` when the response had none. */
  readonly requestId: string | null;
  /** Seconds the server asked to wait (`Retry-After`), or `null`. */
  readonly retryAfter: number | null;
  /** Per-field problems (for `validation_failed`); empty otherwise. */
  readonly details: readonly MppIssue[];

  constructor(init: MppApiErrorInit) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.retryAfter = init.retryAfter;
    this.details = init.details;
  }
}

/**
 * Whether `error` is an {@link MppApiError} (works across realms).
 *
 * @example
 * ```ts
 * if (isMppApiError(error) && error.status === 404) showNotFound();
 * ```
 */
export function isMppApiError(error: unknown): error is MppApiError {
  return hasName(error, 'MppApiError');
}
