import { ERROR_CACHE_CONTROL, errorMessages, errorStatus, HEADERS, type ErrorEnvelope } from '@mpp-kit/contract';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiError } from './api-error.js';
import type { AppEnv } from './env.js';
import { pickLanguage } from './locale.js';

/**
 * The challenge of a `401` (RFC 9110 asks one of every `401`): staff routes take
 * a bearer token (RFC 6750); no `error` parameter, since no token came.
 */
export const STAFF_CHALLENGE = 'Bearer realm="mpp-kit"';

/**
 * The contract's error envelope for `error`, with its status, the message in the
 * request's language (`Content-Language`, and `Vary: Accept-Language` since the
 * message follows it), the request id, `Retry-After` when known, the
 * `WWW-Authenticate` challenge of a `401`, and `Cache-Control: no-store`.
 */
export function errorResponse(c: Context<AppEnv>, error: ApiError): Response {
  const locale = c.get('locale');
  const envelope: ErrorEnvelope = {
    error: {
      code: error.code,
      message: (error.messages ?? errorMessages[error.code])[locale],
      requestId: c.get('requestId'),
      ...(error.details && error.details.length > 0
        ? {
            details: error.details.map((detail) => ({
              path: detail.path,
              message: pickLanguage(detail.message, locale),
            })),
          }
        : {}),
    },
  };
  if (error.retryAfterSeconds !== undefined)
    c.header(HEADERS.retryAfter, String(Math.max(1, Math.ceil(error.retryAfterSeconds))));
  if (error.code === 'unauthorized') c.header('WWW-Authenticate', STAFF_CHALLENGE);
  c.header('Content-Language', locale);
  c.header('Vary', HEADERS.acceptLanguage, { append: true });
  c.header('Cache-Control', ERROR_CACHE_CONTROL);
  return c.json(envelope, errorStatus[error.code] as ContentfulStatusCode);
}
