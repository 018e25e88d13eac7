import type * as z from 'zod/mini';
import { describeIssues } from './issues.js';

/**
 * Turns zod issues from {@link SeedSchema} into one line each, path first (as
 * {@link issuePath} writes it; `seed` for the whole file), text in Indonesian
 * then English, e.g.
 * `services[3].agencyId: instansi "dispenduk" tidak dikenal / unknown agency "dispenduk"`.
 * Parse with `{ reportInput: true }` to tell a missing field from a wrong type.
 *
 * @example
 * const result = SeedSchema.safeParse(json, { reportInput: true });
 * if (!result.success) throw new Error(formatSeedIssues(result.error.issues).join('\n'));
 */
export function formatSeedIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return describeIssues(issues).map(({ path, message }) => `${path || 'seed'}: ${message}`);
}
