import { chmodSync, existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { APPLICATION_ID } from '../node/sqlite-schema.js';
import { databaseTarget } from './open-store.js';
import { secretFileOf } from './secret.js';
import { CliStartError, codeOf } from './start-error.js';

/** What `mpp-kit-server backup` wrote. */
export interface BackupReport {
  /** The new file. */
  readonly target: string;
  /** Its size in bytes. */
  readonly bytes: number;
  /** Its `PRAGMA user_version`: the schema version a restore needs an mpp-kit that knows. */
  readonly schemaVersion: number;
  /** The key file the copy needs beside it, or `null` when the secret comes from `MPP_SECRET`. */
  readonly secretFile: string | null;
}

/**
 * Copies a live mpp-kit database into a new file with `VACUUM INTO`: one read
 * transaction, so the copy is a consistent snapshot that includes what is still
 * in the write-ahead log (a plain copy of the main file misses it), taken while
 * the server keeps writing (WAL readers do not block writers). Unlike the
 * step-wise backup API, no concurrent write makes it start over. The copy is
 * checked with `PRAGMA quick_check` and made readable by its owner only: it
 * holds hashed NIKs and their encrypted copies.
 *
 * @param db the database file (never `:memory:`)
 * @param target the new file; an existing one is never overwritten
 * @param secretFromEnv whether `MPP_SECRET` holds the secret (then there is no key file to name)
 * @throws CliStartError when the database cannot be read, is not mpp-kit's, or the target exists
 */
export function backupDatabase(db: string, target: string, secretFromEnv: boolean): BackupReport {
  if (db === ':memory:') throw new CliStartError('--db :memory: tidak bisa dicadangkan / cannot be backed up');
  if (databaseTarget(db).kind === 'postgres') {
    throw new CliStartError(
      'PostgreSQL: cadangkan dengan pg_dump / back it up with pg_dump (backup copies SQLite files only)',
    );
  }
  if (existsSync(target)) {
    throw new CliStartError(`${target} sudah ada; pilih nama baru / already exists; choose a new name`);
  }
  let source: Database.Database;
  try {
    source = new Database(db, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new CliStartError(`${db}: basis data tidak bisa dibuka / cannot open the database (${codeOf(error)})`);
  }
  try {
    if (source.pragma('application_id', { simple: true }) !== APPLICATION_ID) {
      throw new CliStartError(`${db}: bukan basis data mpp-kit / not an mpp-kit database`);
    }
    try {
      source.prepare('VACUUM INTO ?').run(target);
    } catch (error) {
      throw new CliStartError(`${target}: cadangan tidak bisa ditulis / cannot write the backup (${codeOf(error)})`);
    }
  } finally {
    source.close();
  }
  chmodSync(target, 0o600);
  const copy = new Database(target, { readonly: true, fileMustExist: true });
  try {
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new CliStartError(`${target}: cadangan rusak / the backup is damaged (${String(check)})`);
    return {
      target,
      bytes: statSync(target).size,
      schemaVersion: copy.pragma('user_version', { simple: true }) as number,
      secretFile: secretFromEnv ? null : secretFileOf(db),
    };
  } finally {
    copy.close();
  }
}

/** The lines printed after a backup: what was written, and the key it cannot be used without. */
export function backupLines(report: BackupReport): string[] {
  const key =
    report.secretFile === null
      ? 'MPP_SECRET yang sama / the same MPP_SECRET'
      : `${report.secretFile} (salin sendiri / copy it yourself)`;
  return [
    `Cadangan / backup: ${report.target} (${report.bytes} bytes, skema / schema ${report.schemaVersion})`,
    `Tanpa kunci ini cadangan tidak bisa dipakai / useless without its key: ${key}`,
  ];
}
