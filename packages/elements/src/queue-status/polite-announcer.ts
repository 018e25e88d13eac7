import type { QueueCall } from '@mpp-kit/contract';

/** Runs `callback` after `ms`; returns the function that cancels it. Tests pass one they move by hand. */
export type Schedule = (callback: () => void, ms: number) => () => void;

const realTimers: Schedule = (callback, ms) => {
  const timer = setTimeout(callback, ms);
  return () => clearTimeout(timer);
};

/** The shortest time between two screen-reader announcements, in ms: calls in between are told together. */
export const ANNOUNCE_INTERVAL_MS = 5000;

/** Calls kept for the next announcement at most; it tells how many there were and the newest. */
const PENDING_LIMIT = 20;

/** What a {@link PoliteAnnouncer} needs. */
export interface PoliteAnnouncerOptions {
  /** The sentence for a batch of calls, oldest first (never empty). */
  compose(calls: readonly QueueCall[], total: number): string;
  /** Puts the sentence into the live region. */
  say(text: string): void;
  /** The shortest time between two announcements. @default ANNOUNCE_INTERVAL_MS */
  interval?: number;
  /** The clock. @default setTimeout */
  schedule?: Schedule;
}

/**
 * Rate-limits what a polite live region says about new calls: the first call
 * is told at once, calls arriving within the interval after it are gathered
 * and told together when it ends, so a busy hall does not flood a screen
 * reader. While {@link hold}ing (the visitor paused updates) calls are only
 * gathered; {@link release} tells them.
 */
export class PoliteAnnouncer {
  private readonly options: PoliteAnnouncerOptions;
  private readonly schedule: Schedule;
  private pending: QueueCall[] = [];
  private total = 0;
  private cooling: (() => void) | null = null;
  private held = false;

  constructor(options: PoliteAnnouncerOptions) {
    this.options = options;
    this.schedule = options.schedule ?? realTimers;
  }

  /** Gathers new calls, and tells them now if the last announcement is long enough ago. */
  add(calls: readonly QueueCall[]): void {
    if (calls.length === 0) return;
    this.pending.push(...calls);
    this.total += calls.length;
    this.pending.splice(0, Math.max(0, this.pending.length - PENDING_LIMIT));
    if (!this.cooling && !this.held) this.flush();
  }

  /** Stops telling (calls are still gathered). */
  hold(): void {
    this.held = true;
  }

  /** Tells what was gathered while held (respecting the interval), then carries on. */
  release(): void {
    this.held = false;
    if (!this.cooling) this.flush();
  }

  /** Forgets what was gathered and stops the timer (the element left the page). */
  clear(): void {
    this.cooling?.();
    this.cooling = null;
    this.pending = [];
    this.total = 0;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const calls = this.pending;
    const total = this.total;
    this.pending = [];
    this.total = 0;
    this.options.say(this.options.compose(calls, total));
    this.cooling = this.schedule(() => {
      this.cooling = null;
      if (!this.held) this.flush();
    }, this.options.interval ?? ANNOUNCE_INTERVAL_MS);
  }
}
