import type { DurationFigures } from '@mpp-kit/contract';

/**
 * The `p`-th percentile (0 < p ≤ 100) of values sorted ascending, by the
 * nearest-rank method: the value at rank ⌈p/100 · n⌉ (counting from 1). It is
 * always one of the measured values, never an interpolation between two, so a
 * "90% waited at most this long" is a wait somebody really had.
 *
 * @example nearestRank(Float64Array.of(10, 20, 30, 40), 50) // 20 (rank 2)
 * @example nearestRank(Float64Array.of(10, 20, 30, 40), 90) // 40 (rank ⌈3.6⌉ = 4)
 */
export function nearestRank(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) throw new RangeError('nearestRank of no values');
  // p · n first: for whole p it is an exact integer, so the division rounds no rank up by mistake.
  const rank = Math.max(1, Math.ceil((p * sorted.length) / 100));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

/**
 * The median and 90th percentile of durations in seconds, by the nearest-rank
 * method (see {@link nearestRank}; the median is rank ⌈n/2⌉, the lower middle of
 * an even count), in whole seconds; `null` for no durations. A negative duration
 * (a clock set back between two events) counts as zero.
 *
 * @example durationFigures([300, 60, 120]) // { medianSeconds: 120, p90Seconds: 300, count: 3 }
 */
export function durationFigures(seconds: ArrayLike<number>): DurationFigures | null {
  if (seconds.length === 0) return null;
  // A plain loop into a typed array: a year of tickets sorts in a few milliseconds this way.
  const sorted = new Float64Array(seconds.length);
  for (let index = 0; index < seconds.length; index += 1) {
    sorted[index] = Math.max(0, Math.round(seconds[index] as number));
  }
  sorted.sort();
  return { medianSeconds: nearestRank(sorted, 50), p90Seconds: nearestRank(sorted, 90), count: sorted.length };
}

/** Seconds past midnight of `YYYY-MM-DDTHH:MM:SS[.mmm]±HH:MM`, read from its digits. */
function secondsOfDay(instant: string): number {
  // '0' is 48 in UTF-16: ten times one digit's code plus the next one's, less 528 (11 · 48), is the two-digit number.
  const hours = instant.charCodeAt(11) * 10 + instant.charCodeAt(12) - 528;
  const minutes = instant.charCodeAt(14) * 10 + instant.charCodeAt(15) - 528;
  const seconds = instant.charCodeAt(17) * 10 + instant.charCodeAt(18) - 528;
  const fraction = instant.charCodeAt(19) === 46 ? Number(instant.slice(19, 23)) : 0;
  return hours * 3600 + minutes * 60 + seconds + fraction;
}

/** Whether two instants as `formatInstant` writes them share their day and offset. */
const sameDayAndOffset = (a: string, b: string): boolean =>
  (a.length === 25 || a.length === 29) &&
  (b.length === 25 || b.length === 29) &&
  a.startsWith(b.slice(0, 11)) &&
  a.endsWith(b.slice(-6));

/**
 * Seconds from one instant (ISO 8601) to another. Instants the engine wrote on
 * one day in the site's offset (nearly all of them) are read from their digits:
 * a year of tickets would otherwise spend much of its time in `Date.parse`.
 *
 * @example secondsBetween('2026-03-02T09:00:00+07:00', '2026-03-02T09:05:30+07:00') // 330
 */
export const secondsBetween = (from: string, to: string): number =>
  sameDayAndOffset(from, to) ? secondsOfDay(to) - secondsOfDay(from) : (Date.parse(to) - Date.parse(from)) / 1000;
