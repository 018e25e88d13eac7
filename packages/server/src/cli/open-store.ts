import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { SqliteStore } from '../node/sqlite-store.js';
import type { Store } from '../store/store.js';
import { CliStartError, codeOf } from './start-error.js';

/** A store the CLI closes on shutdown. */
export interface ClosableStore extends Store {
  /** Flushes and releases the database; no call may follow. */
  close(): void;
}

/**
 * Opens the SQLite database: `:memory:` or a file, whose folder is created
 * first (mode 0700: it will hold the secret key) when missing.
 *
 * @throws CliStartError when the folder or the database cannot be opened
 */
export function openStore(db: string): ClosableStore {
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
