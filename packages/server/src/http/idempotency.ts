import { HEADERS, type RouteDefinition } from '@mpp-kit/contract';
import type { Context, MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Engine } from '../engine.js';
import { StoreConflictError, type IdempotencyRecord, type Store } from '../store/store.js';
import { canonicalJson } from '../util/canonical-json.js';
import { ApiError } from './api-error.js';
import type { AppEnv } from './env.js';
import type { RouteInput } from './input.js';

/** Visible ASCII, 1 to 255 characters: UUIDs, ULIDs and any sane key. */
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/**
 * The status of a claim (102 Processing): the record a first request stores
 * with its work, replaced by its answer once it has one.
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
 * - A new key: a second request with it in this app waits for the first one's
 *   answer. The handler's write stores the key's claim in its own transaction
 *   (`idempotencyClaim`), so the claim exists exactly when the work was done: a
 *   failure, or a process killed before the commit, leaves none, and a retry
 *   runs afresh. A request in another process on the same database finds the
 *   claim and gets `409 idempotency_in_progress`; when both run the key at once,
 *   the second to commit is undone and gets that 409. A success replaces the
 *   claim with the answer, sealed, since it may hold a secret (a booking's). A
 *   claim left without its answer (the process stopped in between) keeps
 *   answering 409 until it expires: the work was done, its answer is lost.
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

  /** Stores a claim, in the transaction of the write that calls it (the engine's `IdempotencyClaim`). */
  const claim = async (tx: Store, record: IdempotencyRecord): Promise<void> => {
    try {
      await tx.insertIdempotency(record);
    } catch (error) {
      if (error instanceof StoreConflictError && error.constraint === 'idempotency_key') {
        throw new ApiError('idempotency_in_progress');
      }
      throw error;
    }
  };

  return (route, fingerprint = (input) => input.rawBody) => {
    // The operation, e.g. `POST /v1/tickets`: the same key for another route is another key.
    const scope = `${route.method} ${route.path}`;
    return async (c, next) => {
      const key = idempotencyKeyOf(c);
      if (key === null) {
        c.set('idempotencyClaim', () => Promise.resolve());
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
      const expired = await store.getIdempotency(scope, key);
      if (expired && expired.createdAtMs < claimed.createdAtMs - engine.idempotencyTtlMs())
        await store.deleteIdempotency(scope, key);
      for (;;) {
        const earlier = await store.getIdempotency(scope, key);
        if (earlier && earlier.requestHash !== requestHash) throw new ApiError('idempotency_mismatch');
        if (earlier && earlier.status !== CLAIMED) return replay(c, earlier, await protection.open(earlier.body));
        const first = running.get(id);
        if (first) await first;
        else if (earlier) throw new ApiError('idempotency_in_progress');
        else break;
      }
      c.set('idempotencyClaim', (tx) => claim(tx, claimed));

      // Once the work committed, a throw leaves the claim: a retry is refused rather than run twice.
      let answered = (): void => undefined;
      running.set(
        id,
        new Promise<void>((resolve) => {
          answered = resolve;
        }),
      );
      try {
        await next();
        // A failure stored no claim: its transaction was undone, the claim with it.
        if (c.res.status !== route.status) return;
        const body = await protection.seal(await c.res.clone().text());
        await store.transaction(async (tx) => {
          await tx.deleteIdempotency(scope, key);
          await tx.insertIdempotency({ ...claimed, status: c.res.status, body });
        });
      } finally {
        running.delete(id);
        answered();
      }
    };
  };
}
