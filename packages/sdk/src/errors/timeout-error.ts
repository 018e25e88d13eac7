import { MppError, hasName } from './mpp-error.js';

/**
 * A call took longer than its total `timeout` (all attempts and waits between
 * them together), so it was cancelled.
 *
 * @example
 * ```ts
 * if (isMppTimeoutError(error)) console.warn(`gave up after ${error.timeout} ms`);
 * ```
 */
export class MppTimeoutError extends MppError {
  override readonly name = 'MppTimeoutError' as const;
  /** The total timeout that ran out, in milliseconds. */
  readonly timeout: number;

  constructor(timeout: number) {
    super(`Server terlalu lama menjawab (${timeout} ms). / The server took too long to answer (${timeout} ms).`);
    this.timeout = timeout;
  }
}

/**
 * Whether `error` is an {@link MppTimeoutError} (works across realms).
 *
 * @example
 * ```ts
 * if (isMppTimeoutError(error)) showRetryButton();
 * ```
 */
export function isMppTimeoutError(error: unknown): error is MppTimeoutError {
  return hasName(error, 'MppTimeoutError');
}
