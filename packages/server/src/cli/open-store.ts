import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { PostgresStore } from '../node/postgres-store.js';
import { SqliteStore } from '../node/sqlite-store.js';
import { StoreConflictError, StoreUnavailableError, type Store, type StoreSeed } from '../store/store.js';
import { CliStartError, codeOf } from './start-error.js';

/** A store the CLI closes on shutdown. */
export interface ClosableStore extends Store {
  /** Flushes and releases the database; no call may follow. */
  close(): void | Promise<void>;
}

/** What `--db` names: an SQLite file (or `:memory:`), or a PostgreSQL database by URL. */
export type DatabaseTarget =
  { readonly kind: 'sqlite'; readonly path: string } | { readonly kind: 'postgres'; readonly url: URL };

const POSTGRES_SCHEMES = new Set(['postgres:', 'postgresql:']);

/**
 * What `--db` names. A value that starts with a URL scheme (`name://`) is a
 * URL, and only `postgres://` and `postgresql://` are known; anything else is
 * a file path.
 *
 * @throws CliStartError for another scheme, or a PostgreSQL URL that cannot be read
 */
export function databaseTarget(db: string): DatabaseTarget {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(db)?.[1]?.toLowerCase();
  if (scheme === undefined) return { kind: 'sqlite', path: db };
  if (!POSTGRES_SCHEMES.has(`${scheme}:`)) {
    throw new CliStartError(
      `--db ${scheme}://…: jenis basis data tidak dikenal; pakai berkas SQLite atau postgres://… / ` +
        'unknown kind of database; use an SQLite file or postgres://…',
    );
  }
  let url: URL;
  try {
    url = new URL(db);
  } catch {
    throw new CliStartError(malformed(`${scheme}://…`, 'tidak bisa dibaca', 'cannot be read'));
  }
  if (url.hostname === '' && !url.searchParams.has('host')) {
    throw new CliStartError(malformed(describeDatabase(url), 'tanpa nama host', 'has no host name'));
  }
  if (url.pathname.length <= 1) {
    throw new CliStartError(malformed(describeDatabase(url), 'tanpa nama basis data', 'names no database'));
  }
  return { kind: 'postgres', url };
}

const malformed = (where: string, id: string, en: string): string =>
  `--db ${where}: URL PostgreSQL ${id} (postgres://pengguna:sandi@host:5432/nama) / ` +
  `the PostgreSQL URL ${en} (postgres://user:password@host:5432/name)`;

/** A database for messages and the banner: a URL without its password. */
export function describeDatabase(db: string | URL): string {
  if (typeof db === 'string') {
    const target = databaseTarget(db);
    return target.kind === 'sqlite' ? target.path : describeDatabase(target.url);
  }
  const shown = new URL(db.href);
  if (shown.password !== '') shown.password = '***';
  return shown.href;
}

/** `host:port` of a PostgreSQL URL, for an error that says where the database was looked for. */
function hostAndPort(url: URL): string {
  const host = url.hostname || url.searchParams.get('host') || 'localhost';
  return `${host}:${url.port || '5432'}`;
}

/**
 * Opens the database `--db` names: an SQLite file (its folder created first,
 * mode 0700: it will hold the secret key), `:memory:`, or a PostgreSQL database,
 * migrated to the current schema.
 *
 * @throws CliStartError when the name is not understood, or the database cannot be opened or reached
 */
export async function openStore(db: string): Promise<ClosableStore> {
  const target = databaseTarget(db);
  return target.kind === 'postgres' ? openPostgres(target.url) : openSqlite(target.path);
}

function openSqlite(db: string): ClosableStore {
  if (db !== ':memory:') {
    try {
      mkdirSync(dirname(resolve(db)), { recursive: true, mode: 0o700 });
    } catch (error) {
      throw new CliStartError(
        `${db}: folder basis data tidak bisa dibuat / cannot create the database folder (${codeOf(error)})`,
      );
    }
  }
  try {
    return new SqliteStore(db);
  } catch (error) {
    throw new CliStartError(`${db}: basis data tidak bisa dibuka / cannot open the database (${codeOf(error)})`);
  }
}

async function openPostgres(url: URL): Promise<PostgresStore> {
  // Imported here: an SQLite server never loads the PostgreSQL driver.
  const { PostgresStore } = await import('../node/postgres-store.js');
  try {
    return await PostgresStore.open(url.href);
  } catch (error) {
    const where = describeDatabase(url);
    if (error instanceof StoreUnavailableError) {
      throw new CliStartError(
        `${where}: basis data tidak bisa dihubungi di ${hostAndPort(url)} / cannot reach the database at ` +
          `${hostAndPort(url)} (${codeOf(error.cause)})`,
      );
    }
    // PostgreSQL's own messages (wrong password, unknown database, newer schema) name no secret.
    const message = error instanceof Error ? error.message : String(error);
    throw new CliStartError(`${where}: basis data tidak bisa dibuka / cannot open the database (${message})`);
  }
}

/**
 * Loads `seed` into an empty database and tells whether this call did. Another
 * server instance may seed the same database a moment before: then its seed is
 * the one served, and this one goes on with it.
 */
export async function seedOnce(store: Store, seed: StoreSeed): Promise<boolean> {
  if (store.isSeeded()) return false;
  try {
    await store.loadSeed(seed);
    return true;
  } catch (error) {
    if (error instanceof StoreConflictError && error.constraint === 'seeded') return false;
    throw error;
  }
}
