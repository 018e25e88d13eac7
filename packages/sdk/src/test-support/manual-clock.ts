// A clock for tests of the live queue: its timers run only when the test moves
// time forward, so a test can show that nothing happens (no timer is armed, or
// time passes and nothing fires) without sleeping and hoping it slept long enough.
import type { Schedule } from '../queue/schedule.js';

interface Entry {
  readonly at: number;
  readonly task: () => void;
}

/** A {@link Schedule} whose time moves only by `advance`. */
export function manualClock() {
  let now = 0;
  let created = 0;
  const timers = new Map<number, Entry>();
  const watchers: ((ms: number) => void)[] = [];
  const schedule: Schedule = (task, ms) => {
    const id = created++;
    timers.set(id, { at: now + ms, task });
    for (const watcher of watchers.splice(0)) watcher(ms);
    return () => void timers.delete(id);
  };
  const next = (end: number): [number, Entry] | undefined => {
    let first: [number, Entry] | undefined;
    for (const timer of timers) if (timer[1].at <= end && (!first || timer[1].at < first[1].at)) first = timer;
    return first;
  };
  return {
    schedule,
    /** Moves time forward by `ms`, running the timers that fall due in order (one set meanwhile too, if due). */
    advance(ms: number): void {
      const end = now + ms;
      for (let due = next(end); due; due = next(end)) {
        const [id, { at, task }] = due;
        timers.delete(id);
        now = at;
        task();
      }
      now = end;
    },
    /** Resolves with the delay of the next timer set: a signal that the code under test armed one. */
    nextTimer(): Promise<number> {
      return new Promise((resolve) => watchers.push(resolve));
    },
    /** The armed timers, as milliseconds from now, soonest first. */
    get pending(): number[] {
      return [...timers.values()].map(({ at }) => at - now).sort((a, b) => a - b);
    },
  };
}

/** A {@link manualClock}. */
export type ManualClock = ReturnType<typeof manualClock>;
