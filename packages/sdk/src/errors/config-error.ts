import { MppError, hasName } from './mpp-error.js';

/**
 * The client is set up wrongly: a malformed `baseUrl`, an unknown or mistyped
 * option, or a staff method called on a client without a `staffToken`.
 * Thrown synchronously by {@link createClient}, or by a staff method before any request.
 *
 * @example
 * ```ts
 * createClient({ baseUrl: 'mpp.example.go.id' }); // throws MppConfigError: baseUrl must be absolute
 * ```
 */
export class MppConfigError extends MppError {
  override readonly name = 'MppConfigError' as const;
}

/**
 * Whether `error` is an {@link MppConfigError} (works across realms).
 *
 * @example
 * ```ts
 * if (isMppConfigError(error)) console.error(error.message);
 * ```
 */
export function isMppConfigError(error: unknown): error is MppConfigError {
  return hasName(error, 'MppConfigError');
}
