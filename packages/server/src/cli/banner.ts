import type { SecretSource } from './secret.js';

/** What the startup banner reports. */
export interface BannerFacts {
  readonly version: string;
  readonly siteName: string;
  /** `http://host:port` */
  readonly url: string;
  /** Whether a folder is served at `/`. */
  readonly servesStatic: boolean;
  readonly db: string;
  /** Whether the seed was loaded in this start (the database was empty). */
  readonly seeded: boolean;
  /** The token generated for this run, or `null` when tokens were configured (they are never printed). */
  readonly generatedStaffToken: string | null;
  readonly secretSource: SecretSource;
  readonly secretFile: string | null;
  /** Anonymous writes per minute, `0` for none. */
  readonly rateLimitPerMinute: number;
  /** The origins CORS allows, or `'*'` for any. */
  readonly corsOrigins: readonly string[] | '*';
  /** Days personal data of bookings is kept after the slot. */
  readonly retentionDays: number;
  /** Lines about the clock, or `null`. */
  readonly clockNote: string | null;
}

const SECRET_TEXT: Record<SecretSource, string> = {
  env: 'dari MPP_SECRET / from MPP_SECRET',
  file: 'dari / from',
  'generated-file': 'dibuat di / generated into',
  'generated-memory': 'acak untuk sesi ini / random for this run (:memory:)',
};

/**
 * The lines printed once the server listens: where to open it, the staff token
 * when one was generated, the database, the origins CORS allows and the clock.
 * Configured tokens and the secret itself are never printed.
 */
export function startupBanner(facts: BannerFacts): string[] {
  const lines = [`mpp-kit-server ${facts.version}: ${facts.siteName}`, ''];
  if (facts.servesStatic) lines.push(`  Portal:                  ${facts.url}/`);
  lines.push(`  API:                     ${facts.url}/v1`);
  const seeded = facts.seeded ? 'seed dimuat / seed loaded' : 'data lama dipakai / existing data reused';
  lines.push(`  Basis data / database:   ${facts.db} (${seeded})`);
  lines.push(
    `  Kunci / secret:          ${SECRET_TEXT[facts.secretSource]}${facts.secretFile ? ` ${facts.secretFile}` : ''}`,
  );
  const limit =
    facts.rateLimitPerMinute === 0 ? 'tanpa batas / none' : `${facts.rateLimitPerMinute}/menit / per minute`;
  lines.push(`  Batas tulis / rate limit: ${limit}`);
  // Any origin is the default for a first try; a production server should name its portals.
  const cors =
    facts.corsOrigins === '*'
      ? 'semua situs (*), isi --cors untuk produksi / any site (*), set --cors in production'
      : facts.corsOrigins.join(', ');
  lines.push(`  CORS:                    ${cors}`);
  lines.push(
    `  Data pribadi / personal:  dihapus ${facts.retentionDays} hari setelah jadwal / erased ${facts.retentionDays} days after the slot`,
  );
  if (facts.generatedStaffToken !== null) {
    lines.push(`  Token staf / staff token: ${facts.generatedStaffToken}`);
    lines.push(
      '                           (dibuat untuk sesi ini / generated for this run; set --staff-token or MPP_STAFF_TOKEN)',
    );
  }
  if (facts.clockNote !== null) lines.push('', ...facts.clockNote.split('\n'));
  lines.push('', 'Tekan Ctrl+C untuk berhenti / press Ctrl+C to stop.');
  return lines;
}
