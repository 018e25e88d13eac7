import type { ErrorCode, ErrorDetail } from '@mpp-kit/contract';

/**
 * An error answered with the contract's envelope: its `code` decides the HTTP
 * status (`errorStatus`) and the default message in the caller's language
 * (`errorMessages`). Engines throw it; the app turns it into the response.
 *
 * @example throw new ApiError('slot_full');
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** Field-level reasons, for `validation_failed`. */
  readonly details: readonly ErrorDetail[] | undefined;
  /** Seconds until a retry may succeed (`Retry-After`). */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    readonly code: ErrorCode,
    options: { details?: readonly ErrorDetail[]; retryAfterSeconds?: number } = {},
  ) {
    super(code);
    this.details = options.details;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/** Whether `value` is an {@link ApiError} (also across bundles). */
export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError || (value instanceof Error && value.name === 'ApiError' && 'code' in value);
}
