/** How many completed tickets of the day are enough to trust their average over the configured one. */
export const MIN_OBSERVATIONS = 3;

/**
 * The average time a ticket of a service takes at the counter, in seconds: the
 * mean of the day's observed service times once there are `minObservations` of
 * them, else the service's configured average.
 *
 * @param minObservations observations needed before they replace the fallback. @default MIN_OBSERVATIONS
 * @example averageServiceSeconds({ count: 4, totalSeconds: 1200 }, 10) // 300
 */
export function averageServiceSeconds(
  observed: { readonly count: number; readonly totalSeconds: number },
  fallbackMinutes: number,
  minObservations = MIN_OBSERVATIONS,
): number {
  if (observed.count >= Math.max(1, minObservations)) return observed.totalSeconds / observed.count;
  return fallbackMinutes * 60;
}

/**
 * The estimated wait in whole seconds of someone with `ahead` tickets before them,
 * when `servers` counters serve the line at `averageSeconds` a ticket; `null` when
 * no counter serves it (nobody can say).
 *
 * @example estimateWaitSeconds(6, 300, 2) // 900
 */
export function estimateWaitSeconds(ahead: number, averageSeconds: number, servers: number): number | null {
  if (servers <= 0) return null;
  return Math.max(0, Math.round((Math.max(0, ahead) * averageSeconds) / servers));
}
