/**
 * The `aria-level` for a host's `heading-level`: a whole number from 1 to 6.
 * Out-of-range levels go to the nearest end, fractions are cut, and 0, `NaN`
 * or an unset level gives the default 2, so no value makes an invalid heading.
 * (Text that is not a number, `heading-level="h3"`, never gets here: the
 * property refuses it and the element shows a configuration error.)
 *
 * @example
 * clampHeadingLevel(3)    // 3
 * clampHeadingLevel(9)    // 6
 * clampHeadingLevel(NaN)  // 2
 */
export function clampHeadingLevel(requested: number): number {
  return Math.min(6, Math.max(1, Math.trunc(requested) || 2));
}

/**
 * The level of a heading `depth` steps below `level`, never past 6 (HTML has
 * no `h7`: deeper headings stay at 6 rather than becoming invalid).
 *
 * @example
 * subheadingLevel(2)     // 3
 * subheadingLevel(5, 2)  // 6
 */
export function subheadingLevel(level: number, depth = 1): number {
  return clampHeadingLevel(level + depth);
}
