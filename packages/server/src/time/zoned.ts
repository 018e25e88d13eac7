import { utcOffsetMinutes, type LocalDate, type LocalTime, type TimeZone } from '@mpp-kit/contract';

const pad = (value: number): string => String(value).padStart(2, '0');

/** The wall clock of `timeZone` at `instant`, as a Date whose UTC fields read it. */
function wallClock(instant: Date, timeZone: TimeZone): Date {
  const local = new Date(instant.getTime() + utcOffsetMinutes(timeZone) * 60_000);
  if (Number.isNaN(local.getTime())) throw new RangeError(`Invalid instant: ${String(instant)}`);
  return local;
}

/** `+07:00` and so on: the suffix of every instant the API writes. */
function offsetSuffix(timeZone: TimeZone): string {
  const minutes = utcOffsetMinutes(timeZone);
  return `+${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/**
 * Minutes since local midnight of `instant` in `timeZone` (08:30 is 510).
 *
 * @throws RangeError when `instant` is not a valid date
 * @example zonedMinutes(new Date('2026-03-02T01:30:00Z'), 'Asia/Jakarta') // 510
 */
export function zonedMinutes(instant: Date, timeZone: TimeZone): number {
  const local = wallClock(instant, timeZone);
  return local.getUTCHours() * 60 + local.getUTCMinutes();
}

/** Minutes since midnight of an `HH:MM` time (`24:00` is 1440). */
export function minutesOfDay(time: LocalTime): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function calendarParts(date: LocalDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/**
 * The instant at which the wall clock of `timeZone` shows `date` and `minutes`
 * past midnight.
 *
 * @example zonedInstant('2026-03-02', 480, 'Asia/Jakarta').toISOString() // '2026-03-02T01:00:00.000Z'
 */
export function zonedInstant(date: LocalDate, minutes: number, timeZone: TimeZone): Date {
  const [year, month, day] = calendarParts(date);
  return new Date(Date.UTC(year, month - 1, day) + (minutes - utcOffsetMinutes(timeZone)) * 60_000);
}

/**
 * The calendar date `days` after `date` (before it when negative).
 *
 * @example addDays('2026-02-28', 1) // '2026-03-01'
 */
export function addDays(date: LocalDate, days: number): LocalDate {
  const [year, month, day] = calendarParts(date);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/**
 * Writes an instant as ISO 8601 in the site's local time with its offset, the
 * way the API shows every time (`2026-03-02T08:00:00+07:00`); milliseconds
 * only when there are some.
 *
 * @throws RangeError when `instant` is not a valid date
 * @example formatInstant(new Date('2026-03-02T01:00:00Z'), 'Asia/Jakarta') // '2026-03-02T08:00:00+07:00'
 */
export function formatInstant(instant: Date, timeZone: TimeZone): string {
  const local = wallClock(instant, timeZone).toISOString();
  // toISOString is `YYYY-MM-DDTHH:MM:SS.mmmZ` for years 0 to 9999.
  const seconds = local.slice(0, 19);
  const ms = local.slice(19, 23);
  return `${seconds}${ms === '.000' ? '' : ms}${offsetSuffix(timeZone)}`;
}
