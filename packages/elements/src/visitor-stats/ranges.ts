import { addDays, STATS_MAX_RANGE_DAYS, type LocalDate, type StatsQueryInput } from '@mpp-kit/contract';

/**
 * The periods `<mpp-visitor-stats>` offers: the last 30 days per day, the last
 * 12 months per month (the current month included, so 11 whole months before
 * it), and everything since the first record per month.
 */
export type VisitorStatsRange = '30-days' | '12-months' | 'all';

/** The periods in the order the selector offers them. */
export const VISITOR_STATS_RANGES: readonly VisitorStatsRange[] = ['30-days', '12-months', 'all'];

/** A `range` attribute's value as a period; anything unknown is the last 30 days. */
export function toVisitorStatsRange(value: unknown): VisitorStatsRange {
  return VISITOR_STATS_RANGES.find((range) => range === value) ?? '30-days';
}

/** The first day of the month `months` before the month holding `date`. */
function monthStartBefore(date: LocalDate, months: number): LocalDate {
  const [year = 0, month = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1 - months, 1)).toISOString().slice(0, 10);
}

/**
 * The `GET /v1/stats` query of a period, given the site's `today` and the day
 * of its first record (`since`, `null` before anything was recorded), both
 * from an earlier answer: the browser's own clock may be in another zone, or
 * wrong. "Since opening" starts at `since`, but never more than the longest
 * range the API answers before today.
 *
 * @example statsQueryFor('12-months', '2026-03-02', '2023-01-01')
 * // { period: 'month', from: '2025-04-01', to: '2026-03-02' }
 */
export function statsQueryFor(range: VisitorStatsRange, today: LocalDate, since: LocalDate | null): StatsQueryInput {
  if (range === '30-days') return { period: 'day', from: addDays(today, -29), to: today };
  if (range === '12-months') return { period: 'month', from: monthStartBefore(today, 11), to: today };
  const earliest = addDays(today, 1 - STATS_MAX_RANGE_DAYS);
  const first = since === null || since > today ? today : since;
  return { period: 'month', from: first < earliest ? earliest : first, to: today };
}
