import type { QueueEvent } from '@mpp-kit/contract';
import type { Engine } from '../engine.js';
import type { SharedEventLog, Store } from '../store/store.js';
import { encodeFrame, eventFrame, type Broadcast } from './broadcaster.js';

/** Events read from the log at a time. */
const PAGE = 500;
/** Waits before trying to listen again while the database cannot be reached. */
const RETRY_DELAYS_MS = [500, 1_000, 2_000, 5_000] as const;

/** Resolves after `ms`, or at once when `signal` aborts; never keeps a Node process alive. */
function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    (timer as { unref?: () => void }).unref?.();
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

/**
 * Publishes the events that every process on a shared database stores, from
 * the store's log, in id order: the broadcaster of each process hears every
 * event exactly once, whichever process wrote it (its own included, so a
 * process that shares its database never publishes a write's events itself).
 * Ids are assigned in commit order (see `Store`), so reading after the last id
 * published never skips an event that commits later.
 */
export class EventFeed {
  /** The id of the last event published; `null` until the feed started. */
  private lastId: number | null = null;
  private reading: Promise<void> | null = null;
  private readAgain = false;

  constructor(
    private readonly engine: Pick<Engine, 'store' | 'broadcaster' | 'scopeOf'>,
    private readonly onError: (error: unknown) => void,
  ) {}

  /**
   * Listens to `log` until `signal` aborts (or the store closes), starting from
   * its newest event (a client that joined earlier caught up from the store).
   * While the database cannot be reached it tries again, with growing pauses.
   * Settles once listening (without a signal) or once stopped.
   */
  async run(log: SharedEventLog, signal?: AbortSignal): Promise<void> {
    for (let attempt = 0; !signal?.aborted; attempt += 1) {
      try {
        const stop = await log.listenForEvents(() => this.catchUp(), this.onError);
        this.lastId ??= await this.engine.store.lastEventId();
        this.catchUp();
        // Without a signal it listens as long as the store (closing the store stops it).
        if (!signal) return;
        if (!signal.aborted) await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
        await stop();
        return;
      } catch (error) {
        this.onError(error);
        await pause(RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)] ?? 0, signal);
      }
    }
  }

  /** Reads and publishes what was stored after the last id published; one read at a time. */
  private catchUp(): void {
    if (this.lastId === null) return;
    if (this.reading) {
      this.readAgain = true;
      return;
    }
    this.reading = this.readAll(this.engine.store)
      .catch(this.onError)
      .finally(() => {
        this.reading = null;
        if (this.readAgain) {
          this.readAgain = false;
          this.catchUp();
        }
      });
  }

  private async readAll(store: Store): Promise<void> {
    for (;;) {
      const after = this.lastId ?? 0;
      const records = await store.eventsAfter(after, PAGE);
      const broadcasts: Broadcast[] = records.map((record) => ({
        id: record.id,
        frame: encodeFrame(eventFrame(record.id, record.data)),
        scope: this.engine.scopeOf(JSON.parse(record.data) as QueueEvent),
      }));
      this.engine.broadcaster.publish(broadcasts);
      const last = records.at(-1);
      if (last) this.lastId = last.id;
      if (records.length < PAGE) return;
    }
  }
}
