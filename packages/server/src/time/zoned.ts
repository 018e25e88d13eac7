import type { LocalDate, LocalTime, TimeZone } from '@mpp-kit/contract';

// Reading a zone's offset through Intl keeps zone rules out of our code; one formatter per zone.
const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

function offsetFormatter(timeZone: TimeZone): Intl.DateTimeFormat {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The offset of `timeZone` from UTC at `instant`, in minutes (Asia/Jakarta: 420).
 *
 * @example offsetMinutes('Asia/Makassar', new Date()) // 480
 */
export function offsetMinutes(timeZone: TimeZone, instant: Date): number {
  const name = offsetFormatter(timeZone).formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? '';
  const match = /GMT([+-])(\d\d):(\d\d)/.exec(name);
  if (!match) return 0; // "GMT" alone means UTC
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
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
 * past midnight. Indonesian zones have no daylight saving, so one offset look-up
 * is exact.
 *
 * @example zonedInstant('2026-03-02', 480, 'Asia/Jakarta').toISOString() // '2026-03-02T01:00:00.000Z'
 */
export function zonedInstant(date: LocalDate, minutes: number, timeZone: TimeZone): Date {
  const [year, month, day] = calendarParts(date);
  const naive = Date.UTC(year, month - 1, day) + minutes * 60_000;
  return new Date(naive - offsetMinutes(timeZone, new Date(naive)) * 60_000);
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

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/**
 * Writes an instant as ISO 8601 in the site's local time with its offset, the
 * way the API shows every time (`2026-03-02T08:00:00+07:00`); milliseconds
 * only when there are some.
 *
 * @example formatInstant(new Date('2026-03-02T01:00:00Z'), 'Asia/Jakarta') // '2026-03-02T08:00:00+07:00'
 */
export function formatInstant(instant: Date, timeZone: TimeZone): string {
  const offset = offsetMinutes(timeZone, instant);
  const local = new Date(instant.getTime() + offset * 60_000);
  const ms = local.getUTCMilliseconds();
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${ms ? `.${pad(ms, 3)}` : ''}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}
