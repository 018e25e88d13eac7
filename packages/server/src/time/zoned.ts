import type { LocalDate, LocalTime, TimeZone } from '@mpp-kit/contract';

/**
 * UTC offsets of the contract's time zones, in minutes. Indonesia's zones have
 * kept fixed offsets since 1964 (WIB +07:00, WITA +08:00, WIT +09:00, no
 * daylight saving) and the contract's `TimeZoneSchema` admits only these three,
 * so a table is exact, needs no Intl and costs nothing per call. A zone added to
 * the schema fails type-checking here until its offset is added.
 */
const UTC_OFFSET_MINUTES: Readonly<Record<TimeZone, number>> = {
  'Asia/Jakarta': 420,
  'Asia/Makassar': 480,
  'Asia/Jayapura': 540,
};

const pad = (value: number): string => String(value).padStart(2, '0');

/** `+07:00` and so on: the suffix of every instant the API writes. */
const OFFSET_SUFFIX = Object.fromEntries(
  Object.entries(UTC_OFFSET_MINUTES).map(([zone, minutes]) => [zone, `+${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`]),
) as Readonly<Record<TimeZone, string>>;

/**
 * The offset of `timeZone` from UTC, in minutes (Asia/Jakarta: 420). The same
 * at every instant: Indonesian zones have no daylight saving.
 *
 * @throws RangeError for a zone outside the contract's three
 * @example offsetMinutes('Asia/Makassar') // 480
 */
export function offsetMinutes(timeZone: TimeZone): number {
  if (!Object.hasOwn(UTC_OFFSET_MINUTES, timeZone)) throw new RangeError(`Unsupported time zone: ${String(timeZone)}`);
  return UTC_OFFSET_MINUTES[timeZone];
}

/** The wall clock of `timeZone` at `instant`, as a Date whose UTC fields read it. */
function wallClock(instant: Date, timeZone: TimeZone): Date {
  const local = new Date(instant.getTime() + offsetMinutes(timeZone) * 60_000);
  if (Number.isNaN(local.getTime())) throw new RangeError(`Invalid instant: ${String(instant)}`);
  return local;
}

/**
 * The calendar date of `instant` in `timeZone`: what the contract's `localDateOf`
 * answers, by arithmetic instead of Intl (the engines ask on every write).
 *
 * @throws RangeError when `instant` is not a valid date
 * @example zonedDate(new Date('2026-03-02T17:00:00Z'), 'Asia/Jakarta') // '2026-03-03'
 */
export function zonedDate(instant: Date, timeZone: TimeZone): LocalDate {
  return wallClock(instant, timeZone).toISOString().slice(0, 10);
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
  return new Date(Date.UTC(year, month - 1, day) + (minutes - offsetMinutes(timeZone)) * 60_000);
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
  return `${seconds}${ms === '.000' ? '' : ms}${OFFSET_SUFFIX[timeZone]}`;
}
