import type { LocalDate, LocalTime, TimeZone } from '../schemas/common.js';

// Building an Intl.DateTimeFormat is costly; one per zone is enough.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function partsOf(instant: Date | string, timeZone: TimeZone): Record<string, string> {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid instant: ${String(instant)}`);
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(date)) parts[part.type] = part.value;
  return parts;
}

/**
 * The calendar date of an instant in a site's time zone.
 *
 * @throws RangeError when `instant` is not a valid date
 * @example localDateOf('2025-03-02T20:00:00Z', 'Asia/Jakarta') // '2025-03-03'
 */
export function localDateOf(instant: Date | string, timeZone: TimeZone): LocalDate {
  const { year, month, day } = partsOf(instant, timeZone);
  return `${year}-${month}-${day}`;
}

/**
 * The wall-clock time `HH:MM` of an instant in a site's time zone.
 *
 * @throws RangeError when `instant` is not a valid date
 * @example localTimeOf('2025-03-03T01:30:00Z', 'Asia/Makassar') // '09:30'
 */
export function localTimeOf(instant: Date | string, timeZone: TimeZone): LocalTime {
  const { hour, minute } = partsOf(instant, timeZone);
  return `${hour}:${minute}`;
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

/**
 * The ISO weekday of a calendar date (1 = Monday … 7 = Sunday), as used by `DayHours.weekday`.
 *
 * @throws RangeError when `localDate` is not `YYYY-MM-DD`
 * @example weekdayOf('2025-03-07') // 5 (Friday)
 */
export function weekdayOf(localDate: LocalDate): Weekday {
  // Engines differ on impossible dates (Chromium rolls 02-30 over to March), so check first.
  const [, year, month, day] = /^(\d{4})-(\d\d)-(\d\d)$/.exec(localDate)?.map(Number) ?? [];
  if (!year || !month || !day || !isCalendarDate(year, month, day)) throw new RangeError(`Invalid local date: ${localDate}`);
  return (((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1) as Weekday;
}
