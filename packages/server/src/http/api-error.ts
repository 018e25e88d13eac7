import type { ErrorCode, ErrorDetail, Locale } from '@mpp-kit/contract';

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
  /**
   * A message more precise than the code's default, in both languages: for a
   * generic code (`bad_request`) whose cause the caller can fix once told.
   */
  readonly messages: Readonly<Record<Locale, string>> | undefined;

  constructor(
    readonly code: ErrorCode,
    options: {
      details?: readonly ErrorDetail[];
      retryAfterSeconds?: number;
      messages?: Readonly<Record<Locale, string>>;
    } = {},
  ) {
    super(code);
    this.details = options.details;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.messages = options.messages;
  }
}

/** Whether `value` is an {@link ApiError} (also across bundles). */
export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError || (value instanceof Error && value.name === 'ApiError' && 'code' in value);
}
