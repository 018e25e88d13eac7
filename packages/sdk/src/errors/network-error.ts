import { MppError, hasName } from './mpp-error.js';

/**
 * The request never got an HTTP answer: offline, DNS, TLS, a connection reset,
 * or a CORS refusal. Idempotent requests have already been retried when you see it;
 * the original failure is in `cause`.
 *
 * @example
 * ```ts
 * if (isMppNetworkError(error)) showOfflineBanner();
 * ```
 */
export class MppNetworkError extends MppError {
  override readonly name = 'MppNetworkError' as const;

  constructor(cause: unknown) {
    super(
      `Tidak dapat menghubungi server; periksa koneksi internet. / Could not reach the server; check the connection. (${describeCause(cause)})`,
      { cause },
    );
  }
}

function describeCause(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

/**
 * Whether `error` is an {@link MppNetworkError} (works across realms).
 *
 * @example
 * ```ts
 * if (isMppNetworkError(error)) retryLater();
 * ```
 */
export function isMppNetworkError(error: unknown): error is MppNetworkError {
  return hasName(error, 'MppNetworkError');
}
