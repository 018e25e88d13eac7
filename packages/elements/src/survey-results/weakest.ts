/**
 * The positions of the lowest averages (all of them when several tie), or
 * none when no element has an average or every element has the same one (then
 * no element is weaker than another, and marking all nine would say nothing).
 * Averages over the same respondents share one divisor, so equal totals give
 * equal numbers and ties are exact.
 *
 * @example weakestElements([3.5, 2.75, 3, 2.75]) // [1, 3]
 * @example weakestElements([4, 4, 4]) // []
 */
export function weakestElements(averages: readonly (number | null)[]): number[] {
  const known = averages.filter((average): average is number => average !== null);
  const lowest = Math.min(...known);
  if (known.length === 0 || known.every((average) => average === lowest)) return [];
  return averages.flatMap((average, position) => (average === lowest ? [position] : []));
}
