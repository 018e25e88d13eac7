import { formatQueueNumber, localDateOf, MAX_QUEUE_SEQUENCE, type LocalDate, type TimeZone } from '@mpp-kit/contract';

/**
 * The day a queue number belongs to: the site-local date of `instant`. Numbering
 * is per service per local day, so it restarts at local midnight.
 *
 * @example queueDay(new Date('2026-03-02T17:00:00Z'), 'Asia/Jakarta') // '2026-03-03' (00:00 WIB)
 */
export function queueDay(instant: Date, timeZone: TimeZone): LocalDate {
  return localDateOf(instant, timeZone);
}

/** A queue number to issue: the daily sequence and its display form. */
export interface IssuedNumber {
  readonly sequence: number;
  /** E.g. `A-012`. */
  readonly number: string;
}

/**
 * The number after the day's `lastSequence` (`0` when none was issued yet), or
 * `null` when the day's numbers are used up (past `MAX_QUEUE_SEQUENCE`).
 *
 * @example nextQueueNumber('A', 11) // { sequence: 12, number: 'A-012' }
 */
export function nextQueueNumber(prefix: string, lastSequence: number): IssuedNumber | null {
  const sequence = lastSequence + 1;
  if (sequence > MAX_QUEUE_SEQUENCE) return null;
  return { sequence, number: formatQueueNumber(prefix, sequence) };
}

const padded = (value: number, width: number): string => String(Math.max(0, Math.trunc(value))).padStart(width, '0');

/**
 * The sort key of a ticket in the waiting line. Checked-in bookings come first,
 * in the order of their booked slots (then of check-in); walk-ins follow in the
 * order they took their numbers. `order` is any number that grows with every
 * ticket issued, durably (the engine uses the id of the event announcing the
 * ticket), so the order holds across services and restarts. Keys compare as plain strings.
 *
 * @example lineKey({ order: 12, slotStartMs: null }) // '1:000000000000012'
 */
export function lineKey(ticket: { order: number; slotStartMs: number | null }): string {
  const order = padded(ticket.order, 15);
  return ticket.slotStartMs === null ? `1:${order}` : `0:${padded(ticket.slotStartMs, 15)}:${order}`;
}
