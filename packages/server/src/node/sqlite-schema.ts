// The SQLite schema of SqliteStore as numbered migrations, and how a database
// is opened: pragmas first, then every migration it lacks, in one
// `BEGIN IMMEDIATE` transaction so two processes opening a fresh file cannot
// both migrate it.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { StoreConflictError, type StoreConstraint } from '../store/store.js';

/** One step of the schema. Released migrations never change; a new version appends one. */
export interface Migration {
  /** `PRAGMA user_version` after this step: 1, 2, 3, … without gaps. */
  readonly version: number;
  /** What the step does, for people reading the history. */
  readonly summary: string;
  /** The SQL it runs. */
  readonly sql: string;
}

/** `PRAGMA application_id` of an mpp-kit database ("MPPK"), so another program's file is refused. */
export const APPLICATION_ID = 0x4d50504b;

const LOCAL_DATE = `CHECK (local_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')`;

/**
 * The schema's history. Uniqueness lives in the schema (primary keys, unique
 * and partial unique indexes), so it holds for every connection to the file,
 * not only for this process. Tables are STRICT: a wrong type is an error, not
 * a silent conversion.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    summary: 'Reference data, queue, bookings, idempotency, events and service times',
    sql: `
      -- One row: a second seed breaks the primary key.
      CREATE TABLE site (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        site TEXT NOT NULL CHECK (json_valid(site)),
        settings TEXT NOT NULL CHECK (json_valid(settings))
      ) STRICT;

      CREATE TABLE agencies (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL UNIQUE,
        data TEXT NOT NULL CHECK (json_valid(data))
      ) STRICT;

      CREATE TABLE services (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL UNIQUE,
        agency_id TEXT NOT NULL REFERENCES agencies (id),
        data TEXT NOT NULL CHECK (json_valid(data))
      ) STRICT;

      -- The seed's part in data; the live state in columns.
      CREATE TABLE counters (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL UNIQUE,
        agency_id TEXT NOT NULL REFERENCES agencies (id),
        data TEXT NOT NULL CHECK (json_valid(data)),
        status TEXT NOT NULL CHECK (status IN ('open', 'paused', 'closed')),
        current_ticket_id TEXT
      ) STRICT;

      CREATE TABLE sequences (
        service_id TEXT NOT NULL REFERENCES services (id),
        local_date TEXT NOT NULL ${LOCAL_DATE},
        last_sequence INTEGER NOT NULL CHECK (last_sequence >= 0),
        PRIMARY KEY (service_id, local_date)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE bookings (
        code TEXT PRIMARY KEY,
        secret_hash TEXT NOT NULL,
        service_id TEXT NOT NULL REFERENCES services (id),
        slot_start TEXT NOT NULL,
        slot_end TEXT NOT NULL,
        local_date TEXT NOT NULL ${LOCAL_DATE},
        status TEXT NOT NULL CHECK (status IN ('confirmed', 'checked-in', 'cancelled', 'completed', 'no-show')),
        nik_hash TEXT NOT NULL,
        applicant_cipher TEXT NOT NULL,
        applicant_name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        ticket_id TEXT REFERENCES tickets (id)
      ) STRICT;
      -- One active booking per NIK per service per day (the active statuses are ACTIVE_BOOKING_STATUSES).
      CREATE UNIQUE INDEX bookings_active_nik ON bookings (nik_hash, service_id, local_date)
        WHERE status IN ('confirmed', 'checked-in');
      CREATE INDEX bookings_slot ON bookings (service_id, slot_start);
      CREATE INDEX bookings_day ON bookings (service_id, local_date);
      CREATE INDEX bookings_nik ON bookings (nik_hash);

      CREATE TABLE tickets (
        id TEXT PRIMARY KEY,
        service_id TEXT NOT NULL REFERENCES services (id),
        local_date TEXT NOT NULL ${LOCAL_DATE},
        sequence INTEGER NOT NULL CHECK (sequence >= 1),
        number TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('waiting', 'called', 'serving', 'done', 'skipped', 'cancelled')),
        priority INTEGER NOT NULL CHECK (priority IN (0, 1)),
        booking_code TEXT REFERENCES bookings (code),
        queue_key TEXT NOT NULL,
        issued_at TEXT NOT NULL,
        called_at TEXT,
        counter_id TEXT REFERENCES counters (id),
        recalls INTEGER NOT NULL CHECK (recalls >= 0),
        finished_at TEXT,
        UNIQUE (service_id, local_date, sequence)
      ) STRICT;
      -- Waiting counts, positions and call-next: a day's line of a service by status, in queue order
      -- (with priority, the daily quota's count of walk-ins reads the index alone).
      CREATE INDEX tickets_line ON tickets (local_date, service_id, status, queue_key, priority);

      CREATE TABLE idempotency (
        scope TEXT NOT NULL,
        idempotency_key TEXT NOT NULL,
        request_hash TEXT NOT NULL,
        status INTEGER NOT NULL CHECK (status BETWEEN 100 AND 599),
        body TEXT NOT NULL,
        created_at_ms INTEGER NOT NULL,
        PRIMARY KEY (scope, idempotency_key)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX idempotency_created ON idempotency (created_at_ms);

      -- AUTOINCREMENT: ids are never reused, also after pruning the newest rows or a restart.
      CREATE TABLE events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        type TEXT NOT NULL,
        at_ms INTEGER NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data))
      ) STRICT;

      CREATE TABLE service_times (
        service_id TEXT NOT NULL REFERENCES services (id),
        local_date TEXT NOT NULL ${LOCAL_DATE},
        count INTEGER NOT NULL CHECK (count >= 0),
        total_seconds REAL NOT NULL CHECK (total_seconds >= 0),
        PRIMARY KEY (service_id, local_date)
      ) STRICT, WITHOUT ROWID;
    `,
  },
  {
    version: 2,
    summary:
      'Erasure of applicants after the retention period (UU PDP): erased_at, and erased bookings out of the NIK rule',
    sql: `
      -- Set when the applicant's NIK hash, encrypted copy and masked name were emptied.
      ALTER TABLE bookings ADD COLUMN erased_at TEXT;
      -- Erased bookings all have an empty NIK hash: they must not clash with each other.
      DROP INDEX bookings_active_nik;
      CREATE UNIQUE INDEX bookings_active_nik ON bookings (nik_hash, service_id, local_date)
        WHERE status IN ('confirmed', 'checked-in') AND erased_at IS NULL;
      -- The daily erasure looks for bookings still holding personal data, by day.
      CREATE INDEX bookings_kept ON bookings (local_date) WHERE erased_at IS NULL;
    `,
  },
  {
    version: 3,
    summary: 'Statistics and the satisfaction survey (SKM): seed history, survey codes and anonymous responses',
    sql: `
      -- The seed's monthly visitors per agency from before mpp-kit, written with the seed.
      CREATE TABLE history (
        agency_id TEXT PRIMARY KEY REFERENCES agencies (id),
        position INTEGER NOT NULL UNIQUE,
        first_month TEXT NOT NULL CHECK (first_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
        monthly_visitors TEXT NOT NULL CHECK (json_valid(monthly_visitors) AND json_type(monthly_visitors) = 'array')
      ) STRICT;

      -- One code per completed ticket: the only link between a visit and the survey.
      CREATE TABLE survey_invitations (
        code TEXT PRIMARY KEY,
        ticket_id TEXT NOT NULL UNIQUE REFERENCES tickets (id),
        service_id TEXT NOT NULL REFERENCES services (id),
        local_date TEXT NOT NULL ${LOCAL_DATE},
        expires_at TEXT NOT NULL,
        answered_at TEXT
      ) STRICT;

      -- Responses hold no code, ticket or time of day, so none can be traced back to a visit.
      -- One column per element of SURVEY_ELEMENTS, in its order, each on the 1-4 scale.
      CREATE TABLE survey_responses (
        id TEXT PRIMARY KEY,
        service_id TEXT NOT NULL REFERENCES services (id),
        agency_id TEXT NOT NULL REFERENCES agencies (id),
        local_date TEXT NOT NULL ${LOCAL_DATE},
        requirements INTEGER NOT NULL CHECK (requirements BETWEEN 1 AND 4),
        procedure INTEGER NOT NULL CHECK (procedure BETWEEN 1 AND 4),
        time INTEGER NOT NULL CHECK (time BETWEEN 1 AND 4),
        cost INTEGER NOT NULL CHECK (cost BETWEEN 1 AND 4),
        product INTEGER NOT NULL CHECK (product BETWEEN 1 AND 4),
        competence INTEGER NOT NULL CHECK (competence BETWEEN 1 AND 4),
        conduct INTEGER NOT NULL CHECK (conduct BETWEEN 1 AND 4),
        complaints INTEGER NOT NULL CHECK (complaints BETWEEN 1 AND 4),
        facilities INTEGER NOT NULL CHECK (facilities BETWEEN 1 AND 4),
        age_group TEXT,
        sex TEXT,
        education TEXT,
        occupation TEXT,
        suggestion TEXT
      -- WITHOUT ROWID: rows are kept in the order of their random id, not of their
      -- writing, so the table's order cannot be matched to survey_invitations.answered_at.
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX survey_responses_day ON survey_responses (local_date, service_id);
      -- Suggestions are read newest first.
      CREATE INDEX survey_suggestions ON survey_responses (local_date DESC, id DESC) WHERE suggestion IS NOT NULL;
    `,
  },
];

/** The unique constraints of the schema, by the columns SQLite names in its error message. */
const UNIQUE_CONSTRAINTS: Readonly<Record<string, StoreConstraint>> = {
  'site.id': 'seeded',
  'tickets.id': 'ticket_id',
  'tickets.service_id, tickets.local_date, tickets.sequence': 'ticket_number',
  'bookings.code': 'booking_code',
  'bookings.nik_hash, bookings.service_id, bookings.local_date': 'booking_active_nik',
  'idempotency.scope, idempotency.idempotency_key': 'idempotency_key',
  'survey_invitations.code': 'survey_code',
  'survey_invitations.ticket_id': 'survey_ticket',
  'survey_responses.id': 'survey_response_id',
};

/**
 * The Store's error for a SQLite error: a unique-constraint failure of the
 * schema becomes a {@link StoreConflictError}; anything else stays as it is.
 */
export function toStoreError(error: unknown): unknown {
  if (!(error instanceof Database.SqliteError)) return error;
  if (error.code !== 'SQLITE_CONSTRAINT_UNIQUE' && error.code !== 'SQLITE_CONSTRAINT_PRIMARYKEY') return error;
  const columns = /^UNIQUE constraint failed: (.+)$/.exec(error.message)?.[1];
  const constraint = columns === undefined ? undefined : UNIQUE_CONSTRAINTS[columns];
  return constraint ? new StoreConflictError(constraint) : error;
}

/** Refuses a file that is not an mpp-kit database, or one written by a newer schema. */
function checkDatabase(db: Database.Database, version: number, latest: number): void {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  if (applicationId !== 0 && applicationId !== APPLICATION_ID) {
    throw new Error(`${db.name} is not an mpp-kit database (application_id ${applicationId})`);
  }
  if (version > latest) {
    throw new Error(`${db.name} has schema version ${version}; this mpp-kit knows up to ${latest}: upgrade mpp-kit`);
  }
  if (version === 0 && db.prepare('SELECT 1 FROM sqlite_schema LIMIT 1').get() !== undefined) {
    throw new Error(`${db.name} holds tables of another program; use a new file for mpp-kit`);
  }
}

/**
 * Brings a database to the newest schema version it lacks, in one immediate
 * transaction, and returns the version it has now.
 *
 * @throws Error for a file of another program, or of a newer schema
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) throw new Error(`Migration ${index + 1} is numbered ${migration.version}`);
  });
  const latest = migrations.length;
  return db
    .transaction(() => {
      const version = db.pragma('user_version', { simple: true }) as number;
      checkDatabase(db, version, latest);
      for (const migration of migrations.slice(version)) {
        db.exec(migration.sql);
        db.pragma(`user_version = ${migration.version}`);
      }
      if (version === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
      return latest;
    })
    .immediate();
}

/** How a database is opened (see `SqliteStoreOptions`). */
export interface OpenOptions {
  readonly busyTimeoutMs: number;
  readonly synchronous: 'normal' | 'full';
}

/**
 * Opens (creating the file and its folder when needed) and migrates a
 * database: WAL, the chosen `synchronous`, foreign keys on, deleted content
 * zeroed, a busy timeout.
 */
export function openDatabase(path: string, options: OpenOptions): Database.Database {
  const inMemory = path === ':memory:' || path === '';
  if (!inMemory) mkdirSync(dirname(path), { recursive: true });
  // `timeout` is SQLite's busy_timeout: how long a write waits for another connection's lock.
  const db = new Database(path, { timeout: options.busyTimeoutMs });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
    db.pragma('foreign_keys = ON');
    // Deleted and overwritten content is zeroed, not left in free space: an applicant erased after the
    // retention period (UU PDP 27/2022) must not be readable from the file with a hex editor and the key.
    db.pragma('secure_delete = ON');
    // After a burst, shrink the write-ahead log back to at most 64 MiB at the next checkpoint.
    db.pragma('journal_size_limit = 67108864');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
