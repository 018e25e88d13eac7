import type { DataProtection } from './booking/nik-protection.js';
import { ApiError } from './http/api-error.js';
import type { IdempotencyRecord, Store } from './store/store.js';

/**
 * JSON with object keys sorted at every level, so two bodies that differ only
 * in key order or spacing count as the same request.
 *
 * @example canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] }) // '{"a":[{"c":3,"d":2}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A request that carries an `Idempotency-Key`, ready to look up or store. */
export interface IdempotentRequest {
  readonly scope: string;
  readonly key: string;
  /** Keyed hash of the canonical body (keyed, because a body may hold a NIK). */
  readonly requestHash: string;
}

/** Hashes a request's body for its idempotency record. */
export async function idempotentRequest(
  protection: DataProtection,
  scope: string,
  key: string,
  body: unknown,
): Promise<IdempotentRequest> {
  return { scope, key, requestHash: await protection.hash(`request:${scope}`, canonicalJson(body)) };
}

/**
 * The stored first answer for this key, if any.
 *
 * @throws ApiError `idempotency_mismatch` when the key was used with a different body
 */
export function storedAnswer(store: Store, request: IdempotentRequest | null): IdempotencyRecord | undefined {
  if (!request) return undefined;
  const record = store.getIdempotency(request.scope, request.key);
  if (record && record.requestHash !== request.requestHash) throw new ApiError('idempotency_mismatch');
  return record;
}

/** Stores the first answer for this key. */
export function rememberAnswer(
  store: Store,
  request: IdempotentRequest | null,
  status: number,
  body: string,
  nowMs: number,
): void {
  if (!request) return;
  store.insertIdempotency({ ...request, status, body, createdAtMs: nowMs });
}
