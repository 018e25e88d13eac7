import type { LocalDate, LocalTime, TimeZone } from '../schemas/common.js';

/**
 * UTC offsets of the contract's time zones, in minutes. Indonesia's zones have
 * kept fixed offsets since 1964 (WIB +07:00, WITA +08:00, WIT +09:00, no
 * daylight saving) and `TimeZoneSchema` admits only these three, so a table is
 * exact (a test checks it against the platform's time zone database) and costs
 * nothing per call, which matters to the server that asks on every write. A
 * zone added to the schema fails type-checking here until its offset is added.
 */
const UTC_OFFSET_MINUTES: Readonly<Record<TimeZone, number>> = {
  'Asia/Jakarta': 420,
  'Asia/Makassar': 480,
  'Asia/Jayapura': 540,
};

const pad = (value: number): string => String(value).padStart(2, '0');

/**
 * The offset of a site's time zone from UTC, in minutes, the same at every
 * instant since 1964.
 *
 * @throws RangeError for a zone outside the contract's three
 * @example utcOffsetMinutes('Asia/Makassar') // 480
 */
export function utcOffsetMinutes(timeZone: TimeZone): number {
  if (!Object.hasOwn(UTC_OFFSET_MINUTES, timeZone)) throw new RangeError(`Unsupported time zone: ${timeZone}`);
  return UTC_OFFSET_MINUTES[timeZone];
}

/** `YYYY-MM-DDTHH:MM:SS.mmm` of the wall clock in `timeZone` at `instant`. */
function wallClock(instant: Date | string, timeZone: TimeZone): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const local = date.getTime() + utcOffsetMinutes(timeZone) * 60_000;
  if (Number.isNaN(local)) throw new RangeError(`Invalid instant: ${String(instant)}`);
  return new Date(local).toISOString();
}

/**
 * The calendar date of an instant in a site's time zone.
 *
 * @throws RangeError when `instant` is not a valid date
 * @example localDateOf('2025-03-02T20:00:00Z', 'Asia/Jakarta') // '2025-03-03'
 */
export function localDateOf(instant: Date | string, timeZone: TimeZone): LocalDate {
  return wallClock(instant, timeZone).slice(0, 10);
}

/**
 * The wall-clock time `HH:MM` of an instant in a site's time zone.
 *
 * @throws RangeError when `instant` is not a valid date
 * @example localTimeOf('2025-03-03T01:30:00Z', 'Asia/Makassar') // '09:30'
 */
export function localTimeOf(instant: Date | string, timeZone: TimeZone): LocalTime {
  return wallClock(instant, timeZone).slice(11, 16);
}

/**
 * Minutes since local midnight of an instant in a site's time zone (08:30 is 510).
 *
 * @throws RangeError when `instant` is not a valid date
 * @example localMinutesOf('2026-03-02T01:30:00Z', 'Asia/Jakarta') // 510
 */
export function localMinutesOf(instant: Date | string, timeZone: TimeZone): number {
  return minutesOfDay(localTimeOf(instant, timeZone));
}

/**
 * Minutes since midnight of an `HH:MM` time; `24:00`, the end of the day, is 1440.
 *
 * @example minutesOfDay('08:30') // 510
 */
export function minutesOfDay(time: LocalTime): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * The `HH:MM` time of `minutes` since midnight, the inverse of {@link minutesOfDay}
 * (1440 is `24:00`, the end of the day).
 *
 * @throws RangeError unless `minutes` is a whole number from 0 to 1440
 * @example timeOfMinutes(510) // '08:30'
 */
export function timeOfMinutes(minutes: number): LocalTime {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > 1440)
    throw new RangeError(`Not a time of day: ${minutes} minutes`);
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/**
 * Whether year, month (1-12) and day form a real date in the Gregorian calendar
 * (so 29 February only in leap years). Years 100 to 9999.
 *
 * @example isCalendarDate(2024, 2, 29) // true
 */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 100 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Year, month (1-12) and day of a `YYYY-MM-DD` date that exists in the calendar. */
function calendarParts(localDate: LocalDate): [number, number, number] {
  // Engines differ on impossible dates (Chromium rolls 02-30 over to March), so check first.
  const [, year, month, day] = /^(\d{4})-(\d\d)-(\d\d)$/.exec(localDate)?.map(Number) ?? [];
  if (!year || !month || !day || !isCalendarDate(year, month, day))
    throw new RangeError(`Invalid local date: ${localDate}`);
  return [year, month, day];
}

/**
 * The ISO weekday of a calendar date (1 = Monday … 7 = Sunday), as used by `DayHours.weekday`.
 *
 * @throws RangeError when `localDate` is not `YYYY-MM-DD`
 * @example weekdayOf('2025-03-07') // 5 (Friday)
 */
export function weekdayOf(localDate: LocalDate): Weekday {
  const [year, month, day] = calendarParts(localDate);
  return (((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1) as Weekday;
}

/**
 * The calendar date `days` after `localDate` (before it when negative).
 *
 * @throws RangeError when `localDate` is not `YYYY-MM-DD`
 * @example addDays('2026-02-28', 1) // '2026-03-01'
 */
export function addDays(localDate: LocalDate, days: number): LocalDate {
  const [year, month, day] = calendarParts(localDate);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/**
 * The instant at which the wall clock of a site's time zone shows `localDate`
 * and `minutes` past midnight (1440 is midnight at the end of the day), the
 * inverse of {@link localDateOf} with {@link localMinutesOf}.
 *
 * @throws RangeError when `localDate` is not `YYYY-MM-DD`
 * @example zonedInstant('2026-03-02', 480, 'Asia/Jakarta').toISOString() // '2026-03-02T01:00:00.000Z'
 */
export function zonedInstant(localDate: LocalDate, minutes: number, timeZone: TimeZone): Date {
  const [year, month, day] = calendarParts(localDate);
  return new Date(Date.UTC(year, month - 1, day) + (minutes - utcOffsetMinutes(timeZone)) * 60_000);
}
