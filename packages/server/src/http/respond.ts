import { errorMessages, errorStatus, HEADERS, type ErrorEnvelope } from '@mpp-kit/contract';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiError } from './api-error.js';
import type { AppEnv } from './env.js';
import { pickLanguage } from './locale.js';

/**
 * The contract's error envelope for `error`, with its status, the message in the
 * request's language, the request id, and `Retry-After` when known.
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
  c.header('Content-Language', locale);
  c.header('Cache-Control', 'no-store');
  return c.json(envelope, errorStatus[error.code] as ContentfulStatusCode);
}
