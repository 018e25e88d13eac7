import { addDays, weekdayOf } from './dates.js';

/** How visitor statistics are bucketed over time. */
export type StatsPeriod = 'day' | 'week' | 'month';

/** A calendar month, `YYYY-MM`. */
export type LocalMonth = string;

/**
 * The first day of the bucket holding `date`: the day itself, the Monday of its
 * week (ISO 8601 weeks, as Indonesian calendars start them), or the first of its month.
 *
 * @example statsBucketStart('2026-03-05', 'week') // '2026-03-02' (a Monday)
 * @example statsBucketStart('2026-03-05', 'month') // '2026-03-01'
 */
export function statsBucketStart(date: string, period: StatsPeriod): string {
  if (period === 'day') return date;
  if (period === 'week') return addDays(date, 1 - weekdayOf(date));
  return `${date.slice(0, 7)}-01`;
}

/**
 * The last day of the bucket that starts on `start` (see {@link statsBucketStart}).
 *
 * @example statsBucketEnd('2026-02-01', 'month') // '2026-02-28'
 */
export function statsBucketEnd(start: string, period: StatsPeriod): string {
  if (period === 'day') return start;
  if (period === 'week') return addDays(start, 6);
  return addDays(monthAfter(start.slice(0, 7)) + '-01', -1);
}

/**
 * The month after `month`.
 *
 * @example monthAfter('2026-12') // '2027-01'
 */
export function monthAfter(month: LocalMonth): LocalMonth {
  return addDays(`${month}-28`, 4).slice(0, 7);
}

/** The days one bucket covers within a range. */
export interface StatsBucketDays {
  /** Its first day within the range. */
  readonly start: string;
  /** Its last day within the range (inclusive). */
  readonly end: string;
}

/**
 * The buckets from `from` to `to` (both inclusive) in time order, each as the
 * days it covers within the range: the first and last may be cut short.
 *
 * @example statsBuckets('2026-03-05', '2026-03-16', 'week')
 * // [{ start: '2026-03-05', end: '2026-03-08' }, { start: '2026-03-09', end: '2026-03-15' }, { start: '2026-03-16', end: '2026-03-16' }]
 */
export function statsBuckets(from: string, to: string, period: StatsPeriod): StatsBucketDays[] {
  const buckets: { start: string; end: string }[] = [];
  for (let start = from; start <= to;) {
    const end = statsBucketEnd(statsBucketStart(start, period), period);
    buckets.push({ start, end: end < to ? end : to });
    start = addDays(end, 1);
  }
  return buckets;
}

/**
 * Whether a whole calendar month lies within `from` to `to`. Historical totals
 * are known per month only, so a range counts a month's total only when it covers
 * every day of it: a part of a month would need a share nobody recorded.
 *
 * @example monthWithin('2026-02', '2026-02-01', '2026-02-28') // true
 * @example monthWithin('2026-02', '2026-02-02', '2026-03-31') // false
 */
export function monthWithin(month: LocalMonth, from: string, to: string): boolean {
  const first = `${month}-01`;
  return first >= from && statsBucketEnd(first, 'month') <= to;
}
