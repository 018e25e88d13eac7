/**
 * Where the server gets "now" from. Every rule that depends on the time (today's
 * queue numbers, whether the MPP is open, which slots are past) asks the clock,
 * so tests and demos can run the server at any instant.
 */
export interface Clock {
  /** The current instant. */
  now(): Date;
}

/** A clock that can be moved by hand, for tests. */
export interface ManualClock extends Clock {
  /** Moves the clock to `instant`. */
  set(instant: Date | string): void;
  /** Moves the clock forward by `ms` milliseconds (backward when negative). */
  advance(ms: number): void;
}

function toDate(instant: Date | string): Date {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid instant: ${String(instant)}`);
  return date;
}

/** The machine's clock. */
export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock that stands still at `instant` until moved with `set` or `advance`.
 *
 * @throws RangeError when `instant` is not a valid date
 * @example
 * const clock = fixedClock('2026-03-02T08:00:00+07:00');
 * clock.advance(60_000); // 08:01
 */
export function fixedClock(instant: Date | string): ManualClock {
  let current = toDate(instant).getTime();
  return {
    now: () => new Date(current),
    set: (next) => {
      current = toDate(next).getTime();
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

/**
 * A clock that starts at `instant` and runs on at the pace of `base`: the demo
 * server's `--clock`, so a newcomer can try the MPP at opening time at any hour.
 *
 * @param base the clock whose passing time is followed. @default systemClock
 * @throws RangeError when `instant` is not a valid date
 * @example
 * const clock = startingAt('2026-03-02T08:00:00+07:00'); // ten seconds later it says 08:00:10
 */
export function startingAt(instant: Date | string, base: Clock = systemClock): Clock {
  const offset = toDate(instant).getTime() - base.now().getTime();
  return { now: () => new Date(base.now().getTime() + offset) };
}
