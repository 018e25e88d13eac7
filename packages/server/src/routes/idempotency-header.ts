import { HEADERS } from '@mpp-kit/contract';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ApiError } from '../http/api-error.js';
import type { AppEnv } from '../http/env.js';

/** Visible ASCII, 1 to 255 characters: UUIDs, ULIDs and any sane key. */
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/**
 * The request's `Idempotency-Key`, or `null` when it has none.
 *
 * @throws ApiError `validation_failed` for an empty, overlong or non-ASCII key
 */
export function idempotencyKeyOf(c: Context<AppEnv>): string | null {
  const key = c.req.header(HEADERS.idempotencyKey);
  if (key === undefined) return null;
  if (!KEY_PATTERN.test(key)) {
    throw new ApiError('validation_failed', {
      details: [{ path: HEADERS.idempotencyKey, message: '1-255 karakter ASCII / 1-255 ASCII characters' }],
    });
  }
  return key;
}

/** The stored first answer, marked as a replay. */
export function replayResponse(c: Context<AppEnv>, status: number, body: string): Response {
  c.header(HEADERS.idempotentReplayed, 'true');
  c.header('Content-Type', 'application/json');
  return c.body(body, status as ContentfulStatusCode);
}
