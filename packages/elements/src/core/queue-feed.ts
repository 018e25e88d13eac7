import { callOf, callsBetween, type QueueCall, type QueueEvent, type QueueSnapshot } from '@mpp-kit/contract';
import {
  queuesResource,
  type ClientCore,
  type ConnectionState,
  type MppError,
  type SubscribeOptions,
} from '@mpp-kit/sdk';
import { apiIdentityOf } from './client.js';

/** How many recent calls a feed remembers, for a board's "latest calls" and an element that joins late. */
export const RECENT_CALLS = 10;

/** What a {@link QueueFeed} tells its listeners after each change. */
export interface QueueFeedListener {
  /** The feed changed: a new snapshot, a new connection state, or an error. `calls` are the calls it brought. */
  update(feed: QueueFeed, calls: readonly QueueCall[]): void;
  /** Every live event, in order, before the `update` it causes (a ticket follows its own changes with it). */
  event?(event: QueueEvent): void;
}

/**
 * The live queue of one API, shared by every queue element of a page that
 * uses it: one subscription (one stream, or one poll while the stream fails)
 * for the whole MPP, which each element narrows to its own scope with the
 * contract's `scopeQueueSnapshot`. It opens with the first listener and
 * closes when the last one leaves.
 */
export interface QueueFeed {
  /** The whole MPP's queue as last received, or `null` before the first snapshot. */
  readonly snapshot: QueueSnapshot | null;
  /** Where the subscription stands; see the SDK's `ConnectionState`. */
  readonly state: ConnectionState;
  /** The latest failure, until data arrives again. */
  readonly error: MppError | null;
  /** The latest calls, newest first, at most {@link RECENT_CALLS}. */
  readonly recentCalls: readonly QueueCall[];
  /**
   * The server's time when the data was last known to be current (received, or
   * confirmed by a live stream), or `null` before any data: what "data per
   * pukul 10.42" says while the feed is not live.
   */
  readonly confirmedAt: Date | null;
  /**
   * The server's "now": the device's clock moved by the offset seen in the
   * latest `asOf`, so a phone with a wrong clock, or a server running a demo
   * clock, still agrees with the queue it shows.
   */
  serverNow(): Date;
}

class SharedFeed implements QueueFeed {
  snapshot: QueueSnapshot | null = null;
  state: ConnectionState = 'connecting';
  error: MppError | null = null;
  recentCalls: readonly QueueCall[] = [];
  private offsetMs = 0;
  private confirmedDeviceMs: number | null = null;
  private readonly listeners = new Set<QueueFeedListener>();
  private readonly stop: () => void;
  private pendingCalls: QueueCall[] = [];
  private lastEvent: QueueEvent | null = null;

  constructor(core: ClientCore, options: SubscribeOptions) {
    this.stop = queuesResource(core).subscribe(
      {},
      {
        onEvent: (event) => {
          this.lastEvent = event;
          for (const listener of this.listeners) listener.event?.(event);
        },
        onSnapshot: (snapshot) => this.receive(snapshot),
        onStateChange: (state) => {
          if (state === 'live') this.confirm();
          this.state = state;
          this.notify();
        },
        onError: (error) => {
          this.error = error;
          this.notify();
        },
      },
      options,
    );
  }

  get confirmedAt(): Date | null {
    return this.confirmedDeviceMs === null ? null : new Date(this.confirmedDeviceMs + this.offsetMs);
  }

  serverNow(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  add(listener: QueueFeedListener): void {
    this.listeners.add(listener);
  }

  /** Removes a listener; true when it was the last one (the feed is closed then). */
  remove(listener: QueueFeedListener): boolean {
    this.listeners.delete(listener);
    if (this.listeners.size > 0) return false;
    this.stop();
    return true;
  }

  private receive(snapshot: QueueSnapshot): void {
    const event = this.lastEvent;
    this.lastEvent = null;
    const previous = this.snapshot;
    // A live event tells of its call (recalls included); a snapshot that replaces
    // everything (a poll, a reconnection) is compared with the one before it.
    const calls =
      event && event.type !== 'snapshot'
        ? [callOf(event, snapshot)].filter((call) => call !== null)
        : previous
          ? callsBetween(previous, snapshot)
          : [];
    this.snapshot = snapshot;
    this.error = null;
    const asOf = Date.parse(snapshot.asOf);
    if (!Number.isNaN(asOf)) this.offsetMs = asOf - Date.now();
    this.confirm();
    this.pendingCalls.push(...calls);
    if (calls.length > 0) this.recentCalls = [...calls.reverse(), ...this.recentCalls].slice(0, RECENT_CALLS);
    this.notify();
  }

  private confirm(): void {
    this.confirmedDeviceMs = Date.now();
  }

  private notify(): void {
    const calls = this.pendingCalls;
    this.pendingCalls = [];
    for (const listener of this.listeners) listener.update(this, calls);
  }
}

const feeds = new Map<ClientCore | string, SharedFeed>();

/**
 * Joins the page's live queue of `core`'s API: the listener hears the feed's
 * current state at once (when there is one), then every change. The first
 * listener opens the subscription (with its `options`), the last to leave
 * closes it.
 *
 * @returns the function that leaves the feed
 * @example
 * const leave = joinQueueFeed(core, { update: (feed) => render(feed.snapshot) });
 */
export function joinQueueFeed(
  core: ClientCore,
  listener: QueueFeedListener,
  options: SubscribeOptions = {},
): () => void {
  const key = apiIdentityOf(core);
  let feed = feeds.get(key);
  if (!feed) {
    feed = new SharedFeed(core, options);
    feeds.set(key, feed);
  }
  feed.add(listener);
  listener.update(feed, []);
  const joined = feed;
  let left = false;
  return () => {
    if (left) return;
    left = true;
    if (joined.remove(listener) && feeds.get(key) === joined) feeds.delete(key);
  };
}
