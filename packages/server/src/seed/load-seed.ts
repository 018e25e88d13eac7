import { formatSeedIssues, SeedSchema, type Seed } from '@mpp-kit/contract';
// A JSON module, not a file read, so the bundled seed also loads in the browser (Storybook).
import kediri from './kediri.json' with { type: 'json' };

/**
 * A seed file that does not match the seed format, with one line per problem
 * (`path: Indonesian / English`), so a regency can fix its file without reading code.
 *
 * @example
 * try {
 *   parseSeedText(text, 'my-regency.json');
 * } catch (error) {
 *   if (error instanceof SeedError) console.error(error.message);
 * }
 */
export class SeedError extends Error {
  override readonly name = 'SeedError';
  /** Every problem, one line each, e.g. `services[3].agencyId: instansi "x" tidak dikenal / unknown agency "x"`. */
  readonly issues: readonly string[];

  /**
   * @param issues one line per problem
   * @param source where the seed came from (a file name), shown in the message
   */
  constructor(issues: readonly string[], source?: string) {
    const from = source ? ` (${source})` : '';
    super([`Seed tidak valid / invalid seed${from}:`, ...issues.map((issue) => `  - ${issue}`)].join('\n'));
    this.issues = issues;
  }
}

/**
 * Validates a seed (already parsed from JSON) against the seed format of
 * `@mpp-kit/contract`: shapes, unknown fields and cross-references, and fills in
 * default settings.
 *
 * @param json the parsed seed
 * @param source where it came from (a file name), for the error message
 * @returns the validated seed
 * @throws SeedError listing every problem found
 * @example
 * const seed = parseSeed(JSON.parse(await readFile('my-regency.json', 'utf8')), 'my-regency.json');
 */
export function parseSeed(json: unknown, source?: string): Seed {
  // reportInput lets the issue lines tell a missing field from a wrong type.
  const result = SeedSchema.safeParse(json, { reportInput: true });
  if (!result.success) throw new SeedError(formatSeedIssues(result.error.issues), source);
  return result.data;
}

/**
 * Parses and validates the text of a seed file; malformed JSON is a
 * {@link SeedError} too, so a command line can report every failure the same way.
 *
 * @param text the file's content
 * @param source the file name, for the error message
 * @throws SeedError for malformed JSON or an invalid seed
 */
export function parseSeedText(text: string, source?: string): Seed {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SeedError([`seed: JSON tidak valid / invalid JSON (${reason})`], source);
  }
  return parseSeed(json, source);
}

/**
 * The bundled seed: an MPP modelled on Kota Kediri's Mal Pelayanan Publik, with
 * 13 agencies, their services, counters, opening hours, the 2026 holidays, and
 * the monthly visitors of each agency from January 2023 to November 2026 (26,203
 * in all; Dispendukcapil busiest, then DPMPTSP, Samsat and Imigrasi) as history.
 * Each call returns a fresh copy, so callers may change it freely.
 *
 * @example
 * const store = new MemoryStore(kediriSeed());
 */
export function kediriSeed(): Seed {
  return parseSeed(kediri, 'kediri.json');
}
