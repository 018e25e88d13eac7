import { callAnnouncement, type Locale, type QueueCall } from '@mpp-kit/contract';
import type { QueueSpeaker } from './speaker.js';

/** Calls waiting to be read out at most; older ones are dropped (a backlog read minutes late helps nobody). */
export const SPOKEN_BACKLOG = 6;

/** How many calls are remembered to never read one twice (bounded, so a board running all day does not grow). */
const REMEMBERED_CALLS = 200;

/**
 * What a board says for a call: the contract's announcement ("Nomor antrean A
 * dua belas, silakan menuju Loket tiga."). A number the contract cannot read
 * (a server newer than this kit) is said as it is written rather than not at all.
 *
 * @example spokenCall(call, 'id') // 'Nomor antrean A dua belas, silakan menuju Loket tiga.'
 */
export function spokenCall(call: Pick<QueueCall, 'ticket' | 'counter'>, locale: Locale): string {
  try {
    return callAnnouncement(call.ticket.number, call.counter.name, locale);
  } catch {
    return `${call.ticket.number}, ${call.counter.name}.`;
  }
}

/**
 * The identity of a call: a ticket is called once, and each recall is a call
 * of its own (the citizen must hear it again), told apart by its time.
 */
function callKey(call: QueueCall): string {
  return call.recall ? `${call.ticket.id} ${call.at}` : call.ticket.id;
}

/**
 * Reads calls out one after the other (chime, then the sentence), in the
 * order they were made. Nothing is read until sound is {@link enable}d (a user
 * gesture), nothing while muted, and no call twice: a call that reaches it
 * again (a stream replaying after a reconnection) is recognised and skipped.
 */
export class CallAnnouncer {
  private readonly speaker: () => QueueSpeaker;
  private readonly locale: () => Locale;
  private readonly heard = new Set<string>();
  private backlog: { text: string; locale: Locale }[] = [];
  private running = false;
  private generation = 0;
  private on = false;
  private silenced = false;

  /**
   * @param speaker the sound to use, asked for at each call (a host may swap it)
   * @param locale the language to speak in, asked for at each call
   */
  constructor(speaker: () => QueueSpeaker, locale: () => Locale) {
    this.speaker = speaker;
    this.locale = locale;
  }

  /** Whether sound has been enabled. */
  get enabled(): boolean {
    return this.on;
  }

  /** Whether sound is muted. */
  get muted(): boolean {
    return this.silenced;
  }

  /** Enables sound; call it from a user gesture. Resolves once the speaker is ready. */
  enable(): Promise<void> {
    this.on = true;
    return this.speaker().unlock();
  }

  /** Mutes (stopping what is being said) or unmutes. */
  setMuted(muted: boolean): void {
    this.silenced = muted;
    if (muted) this.stop();
  }

  /** Stops what is being said and forgets the backlog (the element left the page). */
  stop(): void {
    this.generation += 1;
    this.backlog = [];
    this.running = false;
    this.speaker().cancel();
  }

  /** Reads out the calls it has not read yet, oldest first. */
  announce(calls: readonly QueueCall[]): void {
    const fresh = calls.filter((call) => this.remember(callKey(call)));
    if (!this.on || this.silenced || fresh.length === 0) return;
    const locale = this.locale();
    this.backlog.push(...fresh.map((call) => ({ text: spokenCall(call, locale), locale })));
    this.backlog.splice(0, Math.max(0, this.backlog.length - SPOKEN_BACKLOG));
    if (!this.running) void this.run();
  }

  /** True the first time a key is seen. */
  private remember(key: string): boolean {
    if (this.heard.has(key)) return false;
    this.heard.add(key);
    if (this.heard.size > REMEMBERED_CALLS) {
      const oldest = this.heard.values().next().value;
      if (oldest !== undefined) this.heard.delete(oldest);
    }
    return true;
  }

  private async run(): Promise<void> {
    this.running = true;
    const generation = this.generation;
    for (;;) {
      // Stopped meanwhile: the backlog (perhaps refilled since) belongs to the next run.
      if (generation !== this.generation) return;
      const next = this.backlog.shift();
      if (!next) break;
      const speaker = this.speaker();
      try {
        await speaker.chime();
        if (generation !== this.generation) return;
        await speaker.speak(next.text, next.locale);
      } catch {
        // A host's speaker that fails on one call must not silence the next ones.
      }
    }
    this.running = false;
  }
}
