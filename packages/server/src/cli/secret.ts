import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { MIN_SECRET_LENGTH } from '../booking/nik-protection.js';
import { databaseTarget } from './open-store.js';
import { CliStartError, codeOf } from './start-error.js';

/** Where the server secret came from. */
export type SecretSource = 'env' | 'file' | 'generated-file' | 'generated-memory';

/** The server secret and its origin, for the startup banner. */
export interface ResolvedSecret {
  readonly secret: string;
  readonly source: SecretSource;
  /** The `secret.key` file, or `null` when none is used. */
  readonly file: string | null;
  /** A warning worth printing (a readable-by-others key file), or `null`. */
  readonly warning: string | null;
}

/** A fresh secret: 32 random bytes, base64url (43 characters). */
export const generateSecret = (): string => randomBytes(32).toString('base64url');

/** The key file beside a database file. */
export const secretFileOf = (db: string): string => join(dirname(resolve(db)), 'secret.key');

function readSecretFile(file: string): ResolvedSecret {
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new CliStartError(
      `${file}: kunci rahasia minimal ${MIN_SECRET_LENGTH} karakter / the secret needs at least ${MIN_SECRET_LENGTH} characters`,
    );
  }
  // Group or world bits on the key let other users read every NIK.
  const loose = process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0;
  const warning = loose
    ? `${file} bisa dibaca pengguna lain; jalankan chmod 600 / is readable by other users; run chmod 600`
    : null;
  return { secret, source: 'file', file, warning };
}

/**
 * The server secret: `MPP_SECRET` when set; for `:memory:` a fresh one per run
 * (nothing outlives the process anyway); for PostgreSQL nothing else (every
 * instance on the database must use the same key, and there is no database
 * folder to keep it in); otherwise `secret.key` beside the database, created
 * with mode 0600 on first start. The folder must exist.
 *
 * @param fromEnv `MPP_SECRET`, already checked for length, or `null`
 * @param mayCreate whether a missing key file may be created: not for a database
 *   that holds data already, whose NIKs a new key could neither match nor read
 * @throws CliStartError when the key file is unreadable, too short, or missing where it may not be created,
 *   or when a PostgreSQL database has no `MPP_SECRET`
 */
export function resolveSecret(db: string, fromEnv: string | null, mayCreate = true): ResolvedSecret {
  if (fromEnv !== null) return { secret: fromEnv, source: 'env', file: null, warning: null };
  if (db === ':memory:') return { secret: generateSecret(), source: 'generated-memory', file: null, warning: null };
  if (databaseTarget(db).kind === 'postgres') {
    throw new CliStartError(
      'PostgreSQL: setel MPP_SECRET, sama untuk semua instans server / set MPP_SECRET, the same for every server instance',
    );
  }
  const file = secretFileOf(db);
  if (!mayCreate && !existsSync(file)) {
    throw new CliStartError(
      `${file} tidak ada, padahal basis data sudah berisi data: pulihkan berkas itu atau setel MPP_SECRET yang dulu dipakai / ` +
        'is missing while the database holds data: restore it or set the MPP_SECRET used before',
    );
  }
  const secret = generateSecret();
  try {
    // `wx`: never overwrite a key that another start wrote a moment ago.
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return { secret, source: 'generated-file', file, warning: null };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw new CliStartError(`${file}: kunci rahasia tidak bisa ditulis / cannot write the secret (${codeOf(error)})`);
    }
  }
  try {
    return readSecretFile(file);
  } catch (error) {
    if (error instanceof CliStartError) throw error;
    throw new CliStartError(`${file}: kunci rahasia tidak bisa dibaca / cannot read the secret (${codeOf(error)})`);
  }
}
