import { localDateOf, type LocalDate, type QueueEvent, type Site } from '@mpp-kit/contract';
import type { DataProtection } from './booking/nik-protection.js';
import type { Clock } from './time/clock.js';
import { encodeFrame, eventFrame, type Broadcast, type Broadcaster, type EventScope } from './queue/broadcaster.js';
import type { ViewContext } from './queue/views.js';
import { isSharedEventLog, type Store } from './store/store.js';

/** `Omit` applied to each member of a union (plain `Omit` would merge them). */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A queue event before the store gives it an id. */
export type NewEvent = DistributiveOmit<QueueEvent, 'id'>;

/** What an operation inside a write transaction sees. */
export interface WriteContext extends ViewContext {
  readonly site: Site;
  /** Stores an event (it gets its id now) and publishes it once the transaction commits. */
  emit(event: NewEvent): Promise<QueueEvent>;
}

/**
 * A request's `Idempotency-Key` inside the transaction of its work (see
 * `idempotency`): a write calls `claim` first and `answer` last, with the
 * transaction's store, so the key, the work and its answer commit together or
 * not at all. A process killed before the commit leaves nothing (the client's
 * retry runs afresh); one killed after it leaves the answer (the retry gets it).
 */
export interface IdempotencyClaim {
  /**
   * Checks the key before any rule of the work.
   *
   * @throws ApiError `idempotency_in_progress` when another process answered the
   *   key first (the transaction, and so this request's work, is undone; the
   *   middleware then replays that answer), `idempotency_mismatch` when it
   *   answered another request under it
   */
  claim(tx: Store): Promise<void>;
  /** Stores what the route answers (its success status, `body` as JSON), sealed. */
  answer(tx: Store, body: unknown): Promise<void>;
}

/** The {@link IdempotencyClaim} of a request without a key: nothing to claim or keep. */
export const NO_IDEMPOTENCY_KEY: IdempotencyClaim = {
  claim: () => Promise.resolve(),
  answer: () => Promise.resolve(),
};

/** How often old events and idempotency records are pruned, at most. */
const PRUNE_EVERY_MS = 60_000;
const HOUR_MS = 3_600_000;
/** Events are kept at least this long, whatever the settings say (the contract promises 5 minutes). */
const MIN_REPLAY_MS = 5 * 60_000;

/**
 * The shared core of the queue and booking engines: the store, the clock, the
 * data protection and the broadcaster, and {@link Engine.write}, which runs an
 * operation as one store transaction and publishes its events after commit
 * (the broadcaster sends them once the write's own answer is on its way).
 */
export class Engine {
  private lastPruneMs = Number.NEGATIVE_INFINITY;
  /**
   * Whether a write publishes its own events. Not on a database that several
   * processes share: there every process publishes every event from the log
   * (see `EventFeed`), its own writes' included.
   */
  private readonly publishesWrites: boolean;

  /**
   * @param retentionDays days after a booked slot ends until the applicant's
   *   personal data is erased (see `eraseExpiredApplicants`); it also caps how
   *   long idempotency records (which hold sealed receipts) are kept
   */
  constructor(
    readonly store: Store,
    readonly clock: Clock,
    readonly protection: Promise<DataProtection>,
    readonly broadcaster: Broadcaster,
    readonly retentionDays: number,
  ) {
    this.publishesWrites = !isSharedEventLog(store);
  }

  /**
   * How long an idempotency record is kept, in milliseconds: the seed's
   * `idempotencyRetentionHours`, but never longer than the retention of personal
   * data, since a record holds the sealed answer (a booking receipt with its
   * masked name and secret) and a keyed hash of the request (with its NIK).
   */
  idempotencyTtlMs(): number {
    return Math.min(this.store.getSettings().idempotencyRetentionHours, this.retentionDays * 24) * HOUR_MS;
  }

  /** The site-local date of an instant. */
  dateOf(instant: Date): LocalDate {
    return localDateOf(instant, this.store.getSite().timeZone);
  }

  /** A view at the clock's current instant whose reads may interleave with writes (one read, or reads that need not agree). */
  view(): ViewContext {
    const now = this.clock.now();
    return { store: this.store, now, today: this.dateOf(now) };
  }

  /**
   * Runs `read` against a consistent view of the store at the clock's current
   * instant (see `Store.read`): every read it makes sees the same committed
   * state, so an answer built from several reads never mixes before and after
   * a write.
   */
  read<T>(read: (context: ViewContext) => Promise<T>): Promise<T> {
    const now = this.clock.now();
    return this.store.read((tx) => read({ store: tx, now, today: this.dateOf(now) }));
  }

  /**
   * Which agencies and services an event concerns, from the event itself and
   * the catalogue (no read of live state, so any process can route any event).
   */
  scopeOf(event: NewEvent | QueueEvent): EventScope {
    if (event.type === 'snapshot') return { agencyIds: [], serviceIds: [] };
    if (event.type === 'counter.updated') {
      return { agencyIds: [event.counter.agencyId], serviceIds: [...event.counter.serviceIds] };
    }
    const service = this.store.getService(event.ticket.serviceId);
    return { agencyIds: service ? [service.agencyId] : [], serviceIds: [event.ticket.serviceId] };
  }

  /**
   * Runs `operation` in one store transaction. Events it emits are stored in the
   * same transaction and fanned out only after it commits, once the current task
   * is over; when it throws, nothing is stored and nothing is sent.
   */
  async write<T>(operation: (context: WriteContext) => Promise<T>): Promise<T> {
    const now = this.clock.now();
    const site = this.store.getSite();
    const today = localDateOf(now, site.timeZone);
    let pending: Broadcast[] = [];
    const result = await this.store.transaction((tx) => {
      // A store may run the function again (a retried transaction): only the last run's events count.
      pending = [];
      return operation({
        store: tx,
        now,
        today,
        site,
        emit: async (event) => {
          const data = JSON.stringify(event);
          const id = await tx.appendEvent({ type: event.type, atMs: now.getTime(), data });
          pending.push({ id, frame: encodeFrame(eventFrame(id, data)), scope: this.scopeOf(event) });
          return { id: String(id), ...event };
        },
      });
    });
    if (this.publishesWrites) this.broadcaster.publish(pending);
    await this.prune(now);
    return result;
  }

  /** Forgets events and idempotency records past their retention, at most once a minute. */
  private async prune(now: Date): Promise<void> {
    const nowMs = now.getTime();
    if (nowMs - this.lastPruneMs < PRUNE_EVERY_MS) return;
    this.lastPruneMs = nowMs;
    const settings = this.store.getSettings();
    await this.store.transaction(async (tx) => {
      await tx.deleteEventsBefore(nowMs - Math.max(MIN_REPLAY_MS, settings.streamReplayMinutes * 60_000));
      await tx.deleteIdempotencyBefore(nowMs - this.idempotencyTtlMs());
    });
  }
}
