import { utcOffsetMinutes, type TimeZone } from '@mpp-kit/contract';

const pad = (value: number): string => String(value).padStart(2, '0');

/**
 * Writes an instant as ISO 8601 in the site's local time with its offset, the
 * way the API shows every time (`2026-03-02T08:00:00+07:00`); milliseconds
 * only when there are some.
 *
 * @throws RangeError when `instant` is not a valid date
 * @example formatInstant(new Date('2026-03-02T01:00:00Z'), 'Asia/Jakarta') // '2026-03-02T08:00:00+07:00'
 */
export function formatInstant(instant: Date, timeZone: TimeZone): string {
  const offset = utcOffsetMinutes(timeZone);
  const local = new Date(instant.getTime() + offset * 60_000);
  if (Number.isNaN(local.getTime())) throw new RangeError(`Invalid instant: ${String(instant)}`);
  // toISOString is `YYYY-MM-DDTHH:MM:SS.mmmZ` for years 0 to 9999.
  const text = local.toISOString();
  const seconds = text.slice(0, 19);
  const ms = text.slice(19, 23);
  return `${seconds}${ms === '.000' ? '' : ms}+${pad(Math.floor(offset / 60))}:${pad(offset % 60)}`;
}
