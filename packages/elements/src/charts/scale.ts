/**
 * The top of a value axis: the smallest "round" number (1, 2, 2.5 or 5 times a
 * power of ten) at or above `max`, so gridlines at its half and its whole fall
 * on numbers a reader can take in at a glance. At least 1, so an all-zero chart
 * still has an axis.
 *
 * @example niceCeiling(0) // 1
 * @example niceCeiling(873) // 1000
 * @example niceCeiling(26_203) // 50_000
 * @example niceCeiling(3.2) // 5
 */
export function niceCeiling(max: number): number {
  if (!(max > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= max) ?? 10;
  return step * power;
}

/**
 * Where `value` lies between `min` and `max`, as a percentage from 0 to 100
 * (clamped), with at most two decimals: the length of a bar in SVG `%` units.
 *
 * @example percentOf(25, 0, 200) // 12.5
 * @example percentOf(2.5, 1, 4) // 50
 */
export function percentOf(value: number, min: number, max: number): number {
  if (!(max > min)) return 0;
  const share = Math.min(1, Math.max(0, (value - min) / (max - min)));
  return Math.round(share * 10_000) / 100;
}
