/**
 * Check-in opens this many minutes before a booked slot starts: early enough to
 * find the counter, late enough that an early arrival does not jump the queue of
 * an earlier slot's holders.
 */
export const CHECK_IN_OPENS_MINUTES_BEFORE = 60;

/**
 * Check-in closes this many minutes after a booked slot ends. A holder later
 * than that lost the slot's place and queues as a walk-in.
 */
export const CHECK_IN_CLOSES_MINUTES_AFTER = 15;

/** When a booking can be checked in at the MPP. */
export interface CheckInWindow {
  /** The first instant check-in is accepted. */
  readonly opensAt: Date;
  /** The first instant check-in is refused again (exclusive end). */
  readonly closesAt: Date;
}

/** Whether check-in is possible at an instant: `open`, or why not by the clock. */
export type CheckInTiming = 'too-early' | 'open' | 'too-late';

const MINUTE = 60_000;

/**
 * The check-in window of a booked slot: from {@link CHECK_IN_OPENS_MINUTES_BEFORE}
 * minutes before its start to {@link CHECK_IN_CLOSES_MINUTES_AFTER} minutes after its end.
 *
 * @example checkInWindow({ slotStart: '2026-03-02T09:00:00+07:00', slotEnd: '2026-03-02T09:30:00+07:00' })
 * // { opensAt: 08:00 WIB, closesAt: 09:45 WIB }
 */
export function checkInWindow(slot: { readonly slotStart: string; readonly slotEnd: string }): CheckInWindow {
  return {
    opensAt: new Date(Date.parse(slot.slotStart) - CHECK_IN_OPENS_MINUTES_BEFORE * MINUTE),
    closesAt: new Date(Date.parse(slot.slotEnd) + CHECK_IN_CLOSES_MINUTES_AFTER * MINUTE),
  };
}

/**
 * Where `now` falls against a booked slot's check-in window.
 *
 * @example checkInTiming(booking, new Date('2026-03-02T07:59:00+07:00')) // 'too-early' for a 09:00 slot
 */
export function checkInTiming(
  slot: { readonly slotStart: string; readonly slotEnd: string },
  now: Date,
): CheckInTiming {
  const { opensAt, closesAt } = checkInWindow(slot);
  if (now.getTime() < opensAt.getTime()) return 'too-early';
  return now.getTime() < closesAt.getTime() ? 'open' : 'too-late';
}
