import { HEADERS, type RouteDefinition } from '@mpp-kit/contract';
import type { Context, MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { NO_IDEMPOTENCY_KEY, type Engine } from '../engine.js';
import type { IdempotencyRecord } from '../store/store.js';
import { canonicalJson } from '../util/canonical-json.js';
import { ApiError } from './api-error.js';
import type { AppEnv } from './env.js';
import type { RouteInput } from './input.js';

/** Visible ASCII, 1 to 255 characters: UUIDs, ULIDs and any sane key. */
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/**
 * The status of a claim (102 Processing): a record that earlier versions stored
 * apart from the work's answer. One left without its answer is still refused
 * with `409 idempotency_in_progress` until it expires.
 */
const CLAIMED = 102;

/**
 * Thrown in a write's transaction when another process answered the key first:
 * the work is undone, and the middleware replays that answer. Anywhere else it
 * is the 409 it extends.
 */
class AnsweredElsewhere extends ApiError {
  constructor() {
    super('idempotency_in_progress');
  }
}

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
 *   answer. The handler's write checks the key first in its own transaction
 *   and stores the answer, sealed (it may hold a booking's secret), last in
 *   that same transaction (`idempotencyClaim`): the key, the work and its
 *   answer commit together or not at all. A failure, or a process killed
 *   before the commit, leaves nothing, and a retry runs afresh; a process
 *   killed after it leaves the answer, which the retry gets. When a request in
 *   another process on the same database runs the key at once, the second to
 *   commit is undone and replays the first one's answer.
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

  return (route, fingerprint = (input) => input.rawBody) => {
    // The operation, e.g. `POST /v1/tickets`: the same key for another route is another key.
    const scope = `${route.method} ${route.path}`;
    return async (c, next) => {
      const key = idempotencyKeyOf(c);
      if (key === null) {
        c.set('idempotencyClaim', NO_IDEMPOTENCY_KEY);
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
      const ttlMs = engine.idempotencyTtlMs();
      let earlier = await store.getIdempotency(scope, key);
      // A record past its time is not replayed, even before the engine prunes it.
      if (earlier && earlier.createdAtMs < claimed.createdAtMs - ttlMs) {
        await store.deleteIdempotency(scope, key);
        earlier = undefined;
      }
      for (;;) {
        if (earlier && earlier.requestHash !== requestHash) throw new ApiError('idempotency_mismatch');
        if (earlier && earlier.status !== CLAIMED) return replay(c, earlier, await protection.open(earlier.body));
        const first = running.get(id);
        if (!first && earlier) throw new ApiError('idempotency_in_progress');
        if (!first) break;
        await first;
        earlier = await store.getIdempotency(scope, key);
      }
      c.set('idempotencyClaim', {
        claim: async (tx) => {
          const stored = await tx.getIdempotency(scope, key);
          if (!stored) return;
          // Past its time: gone, whatever another process left.
          if (stored.createdAtMs < claimed.createdAtMs - ttlMs) return tx.deleteIdempotency(scope, key);
          if (stored.requestHash !== requestHash) throw new ApiError('idempotency_mismatch');
          throw new AnsweredElsewhere();
        },
        answer: async (tx, body) => {
          // Sealed: the answer may hold a secret (a booking's).
          const sealed = await protection.seal(JSON.stringify(body));
          await tx.insertIdempotency({ ...claimed, status: route.status, body: sealed });
        },
      });

      let answered = (): void => undefined;
      running.set(
        id,
        new Promise<void>((resolve) => {
          answered = resolve;
        }),
      );
      try {
        await next();
        // Another process ran the key first and committed its answer: this request's work was undone.
        if (c.error instanceof AnsweredElsewhere) {
          const stored = await store.getIdempotency(scope, key);
          if (stored?.requestHash === requestHash && stored.status !== CLAIMED)
            c.res = replay(c, stored, await protection.open(stored.body));
        }
      } finally {
        running.delete(id);
        answered();
      }
    };
  };
}
