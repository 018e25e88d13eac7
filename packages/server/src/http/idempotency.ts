import { HEADERS, type RouteDefinition } from '@mpp-kit/contract';
import type { Context, MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Engine } from '../engine.js';
import { StoreConflictError, type IdempotencyRecord } from '../store/store.js';
import { canonicalJson } from '../util/canonical-json.js';
import { ApiError } from './api-error.js';
import type { AppEnv } from './env.js';
import type { RouteInput } from './input.js';

/** Visible ASCII, 1 to 255 characters: UUIDs, ULIDs and any sane key. */
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/**
 * The status of a claim (102 Processing): the record a first request stores
 * before it runs, replaced by its answer once it has one.
 */
const CLAIMED = 102;

/**
 * The request's `Idempotency-Key`, or `null` when it has none.
 *
 * @throws ApiError `validation_failed` for an empty, overlong or non-ASCII key
 */
function idempotencyKeyOf(c: Context<AppEnv>): string | null {
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
function replay(c: Context<AppEnv>, record: IdempotencyRecord, body: string): Response {
  return c.body(body, record.status as ContentfulStatusCode, {
    'Content-Type': 'application/json',
    [HEADERS.idempotentReplayed]: 'true',
  });
}

/**
 * What of a request its key is bound to: by default the whole body as sent. A
 * route whose body must not be kept in any form, not even hashed, names the
 * part that identifies the request instead.
 */
export type IdempotencyFingerprint<R extends RouteDefinition = RouteDefinition> = (input: RouteInput<R>) => unknown;

/** Makes the middleware of one route that honours `Idempotency-Key`. */
export type IdempotencyFor = (
  route: RouteDefinition,
  fingerprint?: IdempotencyFingerprint,
) => MiddlewareHandler<AppEnv>;

/**
 * Makes POSTs safe to retry: the middleware of routes that honour
 * `Idempotency-Key`, mounted after the body is parsed (it hashes the body as
 * sent) and before the handler, which knows nothing of it.
 *
 * - A key seen with another body (or another fingerprint, where the route
 *   has one): `422 idempotency_mismatch`.
 * - A key seen with the same body: the first answer again (its status and body,
 *   `Idempotent-Replayed: true`); nothing runs twice.
 * - A new key: its claim is stored before the handler runs, so a second
 *   request with that key (here, or in another process on the same database)
 *   cannot run it too. A request in this app waits for the first one's answer;
 *   one elsewhere gets `409 idempotency_in_progress`. A success replaces the
 *   claim with the answer, sealed, since it may hold a secret (a booking's);
 *   a failure drops the claim, so a retry runs afresh. A claim whose request
 *   never ended (its process stopped) keeps answering 409 until it expires.
 *
 * Records are kept for the seed's `idempotencyRetentionHours`, never longer than
 * the retention of personal data (see `Engine.idempotencyTtlMs`); the engine
 * prunes them, and one past its time that is still stored counts as gone.
 */
export function idempotency(
  engine: Pick<Engine, 'store' | 'clock' | 'protection' | 'idempotencyTtlMs'>,
): IdempotencyFor {
  const { store, clock } = engine;
  /** The first requests running in this app, by scope and key; each settles once answered. */
  const running = new Map<string, Promise<void>>();

  /** Stores the claim; `false` when another request stored one first. */
  const claim = (record: IdempotencyRecord): boolean => {
    try {
      store.insertIdempotency(record);
      return true;
    } catch (error) {
      if (error instanceof StoreConflictError && error.constraint === 'idempotency_key') return false;
      throw error;
    }
  };

  return (route, fingerprint = (input) => input.rawBody) => {
    // The operation, e.g. `POST /v1/tickets`: the same key for another route is another key.
    const scope = `${route.method} ${route.path}`;
    return async (c, next) => {
      const key = idempotencyKeyOf(c);
      if (key === null) {
        await next();
        return;
      }
      const protection = await engine.protection;
      // Keyed, because a body may hold a NIK.
      const requestHash = await protection.hash(`request:${scope}`, canonicalJson(fingerprint(c.get('input'))));
      const id = `${scope}\u0000${key}`;
      const claimed: IdempotencyRecord = {
        scope,
        key,
        requestHash,
        status: CLAIMED,
        body: '',
        createdAtMs: clock.now().getTime(),
      };
      // A record past its time is not replayed, even before the engine prunes it.
      const expired = store.getIdempotency(scope, key);
      if (expired && expired.createdAtMs < claimed.createdAtMs - engine.idempotencyTtlMs())
        store.deleteIdempotency(scope, key);
      for (;;) {
        const earlier = store.getIdempotency(scope, key);
        if (earlier && earlier.requestHash !== requestHash) throw new ApiError('idempotency_mismatch');
        if (earlier && earlier.status !== CLAIMED) return replay(c, earlier, await protection.open(earlier.body));
        const first = running.get(id);
        if (first) await first;
        else if (earlier) throw new ApiError('idempotency_in_progress');
        else if (claim(claimed)) break;
      }

      // From here on, a throw leaves the claim: not knowing whether the work was
      // done, a retry is refused rather than run twice.
      let answered = (): void => undefined;
      running.set(
        id,
        new Promise<void>((resolve) => {
          answered = resolve;
        }),
      );
      try {
        await next();
        if (c.res.status !== route.status) {
          store.deleteIdempotency(scope, key);
          return;
        }
        const body = await protection.seal(await c.res.clone().text());
        store.transaction(() => {
          store.deleteIdempotency(scope, key);
          store.insertIdempotency({ ...claimed, status: c.res.status, body });
        });
      } finally {
        running.delete(id);
        answered();
      }
    };
  };
}
