import { ErrorEnvelopeSchema, HEADERS } from '@mpp-kit/contract';
import { MppApiError } from './api-error.js';
import { check } from '../schema.js';

/** The error code a bare status stands for, when the body is not the contract's envelope. */
export function codeForStatus(status: number): string {
  const known: Record<number, string> = {
    400: 'bad_request',
    401: 'unauthorized',
    403: 'forbidden',
    404: 'not_found',
    405: 'method_not_allowed',
    409: 'conflict',
    413: 'payload_too_large',
    415: 'unsupported_media_type',
    422: 'validation_failed',
    429: 'rate_limited',
    502: 'unavailable',
    503: 'unavailable',
    504: 'unavailable',
  };
  return known[status] ?? (status >= 500 ? 'internal' : 'bad_request');
}

/** `Retry-After` in seconds: either delta-seconds or an HTTP date; `null` when absent or unreadable. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | null {
  const value = header?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

async function readBody(response: Response): Promise<unknown> {
  try {
    return JSON.parse(await response.text()) as unknown;
  } catch {
    // Not JSON (an HTML error page) or the body broke off: fall back to the status.
    return undefined;
  }
}

/** Builds an {@link MppApiError} from an error response, whether or not its body is the contract's envelope. */
export async function apiErrorFrom(response: Response): Promise<MppApiError> {
  const { status, headers } = response;
  const retryAfter = retryAfterSeconds(headers.get(HEADERS.retryAfter));
  const envelope = check(ErrorEnvelopeSchema, await readBody(response));
  if (envelope.ok) {
    const { code, message, requestId, details } = envelope.data.error;
    return new MppApiError({
      status,
      code,
      message,
      requestId,
      retryAfter,
      details: (details ?? []).map((detail) => ({ path: detail.path, code, message: detail.message })),
    });
  }
  return new MppApiError({
    status,
    code: codeForStatus(status),
    message: `Server menjawab HTTP ${status} tanpa pesan kesalahan API (mungkin dari proxy) / The server answered HTTP ${status} without an API error body (possibly from a proxy)`,
    requestId: headers.get(HEADERS.requestId),
    retryAfter,
    details: [],
  });
}
