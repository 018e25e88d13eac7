import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { LocalDate, SeedHistory, Site } from '@mpp-kit/contract';
import pg from 'pg';
import type {
  AgencyRecord,
  BookingFilter,
  BookingPatch,
  BookingRecord,
  CounterPatch,
  CounterRecord,
  IdempotencyRecord,
  LocalDateRange,
  NewQueueEvent,
  QueueEventRecord,
  ReferenceData,
  SeedCounterRecord,
  ServiceRecord,
  ServiceTimeStats,
  Store,
  StoreSeed,
  StoreSettings,
  SuggestionCursor,
  SuggestionRecord,
  SurveyFilter,
  SurveyInvitationRecord,
  SurveyResponseRecord,
  SurveyServiceTotals,
  TicketCountFilter,
  TicketFilter,
  TicketPatch,
  TicketRecord,
  TicketTimesRecord,
} from '../store/store.js';
import { referenceData, StoreConflictError } from '../store/store.js';
import { EventListener } from './postgres-listener.js';
import { toStoreError } from './postgres-errors.js';
import { bookingWhere, patchUpdate, surveyWhere, ticketWhere, type SqlValue } from './postgres-queries.js';
import { deepFreeze } from '../util/deep-freeze.js';
import { SCORE_COLUMNS, type ScoreColumn } from './survey-columns.js';

/** Options of {@link PostgresStore.open}. */
export interface PostgresStoreOptions {
  /**
   * How many connections the store's pool opens at most.
   * @default 10
   */
  readonly maxConnections?: number;
  /**
   * How long a call waits for a free connection (or for a new one to open)
   * before it fails with `StoreUnavailableError`, in milliseconds.
   * @default 5000
   */
  readonly connectionTimeoutMs?: number;
  /**
   * How long an unused connection stays open, in milliseconds.
   * @default 10000
   */
  readonly idleTimeoutMs?: number;
}

/** Folder of the versioned SQL migrations (the same relative place from `src/node` and `dist/node`). */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/postgres/', import.meta.url));

/** Table where node-pg-migrate records the migrations it ran. */
export const MIGRATIONS_TABLE = 'mppkit_migrations';

/**
 * Key of the transaction-scoped advisory lock every write transaction takes
 * ("MPPK" + "WRTE"): write transactions of all instances on one database run
 * one at a time.
 */
export const WRITE_LOCK_KEY = String(0x4d50504b_57525445n);

/** Key of the session advisory lock node-pg-migrate holds while it migrates ("MPPK" + "MIGR"). */
const MIGRATION_LOCK_KEY = String(0x4d50504b_4d494752n);

/** Reference data, with the counters' seeded part (their live state is in a table) and the history. */
interface Catalog extends ReferenceData {
  readonly counters: ReadonlyMap<string, SeedCounterRecord>;
  readonly history: readonly SeedHistory[];
}

/** What runs a query: the pool (autocommit) or a transaction's client. */
type Queryable = Pick<pg.Pool, 'query'>;

/** What a store and the views of its transactions share. */
interface Shared {
  readonly pool: pg.Pool;
  /** How to open a connection outside the pool (to listen for events). */
  readonly connection: pg.ClientConfig;
  /** The event listeners running, stopped on close. */
  readonly listeners: Set<EventListener>;
  catalog: Catalog | null;
  closed: boolean;
}

/** `bigint` (counts, sums, ids, epoch milliseconds) as a number, not node-postgres' string: every value the store keeps fits in 2^53. */
const TYPES: pg.CustomTypesConfig = {
  getTypeParser: (oid, format) =>
    oid === pg.types.builtins.INT8 ? Number : (pg.types.getTypeParser(oid, format) as (value: string) => unknown),
};

const TICKET_COLUMNS = `id, service_id AS "serviceId", local_date AS "localDate", sequence, number, status, priority,
  booking_code AS "bookingCode", queue_key AS "queueKey", issued_at AS "issuedAt", called_at AS "calledAt",
  counter_id AS "counterId", recalls, finished_at AS "finishedAt"`;
const BOOKING_COLUMNS = `code, secret_hash AS "secretHash", service_id AS "serviceId", slot_start AS "slotStart",
  slot_end AS "slotEnd", local_date AS "localDate", status, nik_hash AS "nikHash",
  applicant_cipher AS "applicantCipher", applicant_name AS "applicantName", created_at AS "createdAt",
  updated_at AS "updatedAt", ticket_id AS "ticketId", erased_at AS "erasedAt"`;
const INVITATION_COLUMNS = `code, ticket_id AS "ticketId", service_id AS "serviceId", local_date AS "localDate",
  expires_at AS "expiresAt", answered_at AS "answeredAt"`;
const IDEMPOTENCY_COLUMNS = `scope, idempotency_key AS "key", request_hash AS "requestHash", status, body,
  created_at_ms AS "createdAtMs"`;

const TICKET_PATCH = {
  status: 'status',
  calledAt: 'called_at',
  counterId: 'counter_id',
  recalls: 'recalls',
  finishedAt: 'finished_at',
} as const;
const BOOKING_PATCH = {
  status: 'status',
  slotStart: 'slot_start',
  slotEnd: 'slot_end',
  localDate: 'local_date',
  updatedAt: 'updated_at',
  ticketId: 'ticket_id',
} as const;
const COUNTER_PATCH = { status: 'status', currentTicketId: 'current_ticket_id' } as const;

/** The names of the migrations this mpp-kit ships, in order. */
async function knownMigrations(): Promise<string[]> {
  const files = await readdir(MIGRATIONS_DIR);
  return files
    .filter((file) => file.endsWith('.sql'))
    .map((file) => file.slice(0, -'.sql'.length))
    .sort();
}

/**
 * Refuses a database migrated by a newer mpp-kit: a migration recorded there
 * that this one does not ship.
 */
async function refuseNewerSchema(client: pg.ClientBase): Promise<void> {
  const table = await client.query<{ exists: boolean }>('SELECT to_regclass($1) IS NOT NULL AS exists', [
    MIGRATIONS_TABLE,
  ]);
  if (!table.rows[0]?.exists) return;
  const known = new Set(await knownMigrations());
  const ran = await client.query<{ name: string }>(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY run_on, id`);
  const unknown = ran.rows.map((row) => row.name).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new Error(
      `The database has schema migration ${unknown.join(', ')}, which this mpp-kit does not know: upgrade mpp-kit`,
    );
  }
}

/**
 * Brings the database to the newest schema with node-pg-migrate: the SQL files
 * of {@link MIGRATIONS_DIR} not yet recorded in {@link MIGRATIONS_TABLE}, in one
 * transaction, under a session advisory lock so that instances starting
 * together migrate one after the other (the second finds nothing to do).
 */
async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    // Imported here: SQLite users never load the migration tool.
    const { runner } = await import('node-pg-migrate');
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await refuseNewerSchema(client);
      await runner({
        dbClient: client,
        dir: MIGRATIONS_DIR,
        migrationsTable: MIGRATIONS_TABLE,
        direction: 'up',
        checkOrder: true,
        singleTransaction: true,
        // This function holds the lock already (node-pg-migrate's own would be taken on the same session).
        noLock: true,
        log: () => undefined,
      });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}

/** Reads the reference data, or `null` before the seed. */
async function readCatalog(db: Queryable): Promise<Catalog | null> {
  // One after the other: on a transaction's client, queries cannot overlap.
  const site = await db.query<{ site: Site; settings: StoreSettings }>('SELECT site, settings FROM site WHERE id = 1');
  const agencies = await db.query<{ data: AgencyRecord }>('SELECT data FROM agencies ORDER BY position');
  const services = await db.query<{ data: ServiceRecord }>('SELECT data FROM services ORDER BY position');
  const counters = await db.query<{ data: SeedCounterRecord }>('SELECT data FROM counters ORDER BY position');
  const history = await db.query<SeedHistory>(
    `SELECT agency_id AS "agencyId", first_month AS "firstMonth", monthly_visitors AS "monthlyVisitors"
     FROM history ORDER BY position`,
  );
  const row = site.rows[0];
  if (!row) return null;
  return deepFreeze({
    ...referenceData({
      site: row.site,
      settings: row.settings,
      agencies: agencies.rows.map((agency) => agency.data),
      services: services.rows.map((service) => service.data),
    }),
    counters: new Map(counters.rows.map(({ data }) => [data.id, data])),
    history: history.rows,
  });
}

/**
 * The PostgreSQL {@link Store} for Node (node-postgres): any number of server
 * processes share one database. The schema lives in versioned SQL files
 * (`migrations/postgres/`, run by node-pg-migrate on open), and every invariant
 * is a constraint of the database, so it holds for every writer: unique
 * numbers per service and day, one active booking per NIK hash, service and
 * day (a partial unique index), no slot beyond its online capacity (a
 * constraint trigger reading the service's booking configuration), unique
 * idempotency keys and survey codes, and event ids that grow by one in commit
 * order.
 *
 * **Atomicity.** {@link PostgresStore.transaction} takes a pooled connection,
 * `BEGIN`s, and takes a transaction-scoped advisory lock ({@link WRITE_LOCK_KEY})
 * before `fn` runs: write transactions of every instance run one at a time,
 * the promise SQLite's `BEGIN IMMEDIATE` makes, so the engines' read-then-write
 * steps (next number, last place of a slot) cannot interleave, and event ids
 * commit in id order (the stream's replay relies on it). `SERIALIZABLE` with
 * retries was the other choice: it would let unrelated writes run in parallel,
 * but every engine transaction would have to be safe to run twice, and a busy
 * Monday morning (everyone taking a number of the same service) would turn into
 * retry storms on exactly the rows that collide. Calls outside a transaction use
 * the pool in autocommit (READ COMMITTED): they see only committed writes.
 *
 * Catalogue reads (site, settings, agencies, services) are served from memory,
 * loaded on open and by {@link PostgresStore.loadSeed}.
 *
 * @example
 * const store = await PostgresStore.open('postgres://mpp@db.internal/mpp');
 * if (!store.isSeeded()) await store.loadSeed(kediriSeed());
 * const server = await startServer({ store, staffTokens: [token], secret });
 * process.on('SIGTERM', async () => { await server.close(); await store.close(); });
 */
export class PostgresStore implements Store {
  /**
   * @param shared the pool and the catalogue, shared with the views of transactions
   * @param db where calls run: the pool, or the open transaction's client
   * @param afterCommit what the open transaction does once committed (`null` outside one)
   */
  private constructor(
    private readonly shared: Shared,
    private readonly db: Queryable,
    private readonly afterCommit: (() => void)[] | null,
  ) {}

  /**
   * Connects to the database at `url` (`postgres://user:password@host:port/database`),
   * migrates it to the current schema and loads the catalogue when it is seeded.
   *
   * @throws StoreUnavailableError when the database cannot be reached
   * @throws Error when the database holds migrations of a newer mpp-kit
   */
  static async open(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({
      connectionString: url,
      types: TYPES,
      max: options.maxConnections ?? 10,
      connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000,
      idleTimeoutMillis: options.idleTimeoutMs ?? 10_000,
    });
    // An idle connection that dies (server restart) is dropped by the pool; the next call reconnects
    // or fails with StoreUnavailableError. Without a listener the event would end the process.
    pool.on('error', () => undefined);
    try {
      await migrate(pool);
      const connection = { connectionString: url, connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000 };
      const shared: Shared = {
        pool,
        connection,
        listeners: new Set(),
        catalog: await readCatalog(pool),
        closed: false,
      };
      return new PostgresStore(shared, pool, null);
    } catch (error) {
      await pool.end();
      throw toStoreError(error);
    }
  }

  /**
   * Calls `onStored` after every commit that stored queue events, by any
   * process on the database (this one too), until the returned function is
   * called; and once more whenever listening resumes after a lost connection,
   * since what was stored meanwhile went unheard. Several commits may be told
   * in one call. Read the log (`eventsAfter`) to learn what they stored.
   *
   * @param onError told when the listening connection is lost (it is opened again)
   * @throws StoreUnavailableError when the database cannot be reached now
   */
  async listenForEvents(
    onStored: () => void,
    onError: (error: unknown) => void = () => undefined,
  ): Promise<() => Promise<void>> {
    const listener = new EventListener(this.shared.connection, onStored, onError);
    try {
      await listener.start();
    } catch (error) {
      throw toStoreError(error);
    }
    this.shared.listeners.add(listener);
    return async () => {
      this.shared.listeners.delete(listener);
      await listener.stop();
    };
  }

  /** Stops listening for events and closes the pool's connections once their calls are done. Calling it again does nothing. */
  async close(): Promise<void> {
    if (this.shared.closed) return;
    this.shared.closed = true;
    await Promise.all([...this.shared.listeners].map((listener) => listener.stop()));
    await this.shared.pool.end();
  }

  /** Runs a statement, turning the driver's errors into the Store's. */
  private async query<R extends pg.QueryResultRow>(
    text: string,
    values: readonly SqlValue[] = [],
  ): Promise<pg.QueryResult<R>> {
    try {
      return await this.db.query<R>(text, values as unknown[]);
    } catch (error) {
      throw toStoreError(error);
    }
  }

  private async rows<R extends pg.QueryResultRow>(text: string, values: readonly SqlValue[] = []): Promise<R[]> {
    return (await this.query<R>(text, values)).rows;
  }

  private async first<R extends pg.QueryResultRow>(
    text: string,
    values: readonly SqlValue[] = [],
  ): Promise<R | undefined> {
    return (await this.query<R>(text, values)).rows[0];
  }

  /** Runs a change of one row; an unknown key is an error. */
  private async changeOne(text: string, values: readonly SqlValue[], unknown: string): Promise<void> {
    if ((await this.query(text, values)).rowCount === 0) throw new Error(unknown);
  }

  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
    return this.transact(fn);
  }

  /**
   * A read-only `REPEATABLE READ` transaction: one snapshot for all of `fn`'s
   * reads, taken at its first, without the write lock (no writer waits for it).
   * Event ids commit in order, so the snapshot holds a prefix of the event log
   * and exactly the state those events describe.
   */
  read<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
    if (this.afterCommit) return fn(this);
    return this.onClient(fn, async (tx) => {
      await tx.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    });
  }

  /** {@link PostgresStore.transaction}, with `tx` typed as this class. */
  private transact<T>(fn: (tx: PostgresStore) => Promise<T>): Promise<T> {
    if (this.afterCommit) return fn(this);
    return this.onClient(fn, async (tx) => {
      // One round trip (the simple protocol runs both), as every write waits for it.
      await tx.query(`BEGIN; SELECT pg_advisory_xact_lock(${WRITE_LOCK_KEY})`);
    });
  }

  /** Runs `fn` in a transaction on a pooled connection, opened by `begin`. */
  private async onClient<T>(
    fn: (tx: PostgresStore) => Promise<T>,
    begin: (tx: PostgresStore) => Promise<void>,
  ): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.shared.pool.connect();
    } catch (error) {
      throw toStoreError(error);
    }
    const afterCommit: (() => void)[] = [];
    let broken: unknown;
    // A connection dropped while checked out reports through its pending query (as
    // StoreUnavailableError); its 'error' event, unheard, would end the process.
    const ignore = (): undefined => undefined;
    client.on('error', ignore);
    try {
      const tx = new PostgresStore(this.shared, client, afterCommit);
      await begin(tx);
      const result = await fn(tx);
      await tx.query('COMMIT');
      for (const hook of afterCommit) hook();
      return result;
    } catch (error) {
      // A connection that failed mid-transaction is not given back to the pool.
      await client.query('ROLLBACK').catch((rollbackError: unknown) => {
        broken = rollbackError;
      });
      throw toStoreError(error);
    } finally {
      client.off('error', ignore);
      client.release(broken instanceof Error ? broken : undefined);
    }
  }

  isSeeded(): boolean {
    return this.shared.catalog !== null;
  }

  private requireCatalog(): Catalog {
    const { catalog } = this.shared;
    if (!catalog) throw new Error('The store has no seed loaded');
    return catalog;
  }

  async loadSeed(seed: StoreSeed): Promise<void> {
    try {
      await this.transact((tx) => tx.writeSeed(seed));
    } catch (error) {
      // Another instance seeded the database first: its catalogue is the one to serve.
      if (error instanceof StoreConflictError && error.constraint === 'seeded' && !this.afterCommit) {
        this.shared.catalog = await readCatalog(this.shared.pool);
      }
      throw error;
    }
  }

  /** Writes the seed in the open transaction; the catalogue is served once it commits. */
  private async writeSeed(seed: StoreSeed): Promise<void> {
    await this.query('INSERT INTO site (id, site, settings) VALUES (1, $1, $2)', [
      JSON.stringify(seed.site),
      JSON.stringify(seed.settings),
    ]);
    const json = (items: readonly unknown[]) => JSON.stringify(items);
    // One statement per table: the rows as a JSON array, in seed order (ordinality is the position).
    await this.query(
      `INSERT INTO agencies (id, position, data)
       SELECT item ->> 'id', position - 1, item FROM json_array_elements($1::json) WITH ORDINALITY AS a (item, position)`,
      [json(seed.agencies)],
    );
    await this.query(
      `INSERT INTO services (id, position, agency_id, data)
       SELECT item ->> 'id', position - 1, item ->> 'agencyId', item
       FROM json_array_elements($1::json) WITH ORDINALITY AS s (item, position)`,
      [json(seed.services)],
    );
    await this.query(
      `INSERT INTO counters (id, position, agency_id, data, status)
       SELECT item ->> 'id', position - 1, item ->> 'agencyId', item, 'open'
       FROM json_array_elements($1::json) WITH ORDINALITY AS c (item, position)`,
      [json(seed.counters)],
    );
    await this.query(
      `INSERT INTO history (agency_id, position, first_month, monthly_visitors)
       SELECT item ->> 'agencyId', position - 1, item ->> 'firstMonth', item -> 'monthlyVisitors'
       FROM json_array_elements($1::json) WITH ORDINALITY AS h (item, position)`,
      [json(seed.history)],
    );
    const catalog = await readCatalog(this.db);
    this.afterCommit?.push(() => {
      this.shared.catalog = catalog;
    });
  }

  getSite(): Site {
    return this.requireCatalog().site;
  }

  getSettings(): StoreSettings {
    return this.requireCatalog().settings;
  }

  listAgencies(): AgencyRecord[] {
    return [...(this.shared.catalog?.agencies ?? [])];
  }

  listServices(): ServiceRecord[] {
    return [...(this.shared.catalog?.services ?? [])];
  }

  getService(id: string): ServiceRecord | undefined {
    return this.shared.catalog?.servicesById.get(id);
  }

  /** A counter's seed part with its live state. */
  private counterOf(state: Pick<CounterRecord, 'id' | 'status' | 'currentTicketId'>): CounterRecord {
    const seed = this.requireCatalog().counters.get(state.id);
    if (!seed) throw new Error(`Counter ${state.id} is missing from the seed`);
    return { ...seed, status: state.status, currentTicketId: state.currentTicketId };
  }

  async listCounters(): Promise<CounterRecord[]> {
    const states = await this.rows<Pick<CounterRecord, 'id' | 'status' | 'currentTicketId'>>(
      'SELECT id, status, current_ticket_id AS "currentTicketId" FROM counters ORDER BY position',
    );
    return states.map((state) => this.counterOf(state));
  }

  async getCounter(id: string): Promise<CounterRecord | undefined> {
    const state = await this.first<Pick<CounterRecord, 'id' | 'status' | 'currentTicketId'>>(
      'SELECT id, status, current_ticket_id AS "currentTicketId" FROM counters WHERE id = $1',
      [id],
    );
    return state && this.counterOf(state);
  }

  async updateCounter(id: string, patch: CounterPatch): Promise<void> {
    const update = patchUpdate('counters', 'id', COUNTER_PATCH, id, patch);
    await this.changeOne(update.text, update.values, `Unknown counter: ${id}`);
  }

  async lastSequence(serviceId: string, localDate: LocalDate): Promise<number> {
    const row = await this.first<{ last: number }>(
      'SELECT last_sequence AS last FROM sequences WHERE service_id = $1 AND local_date = $2',
      [serviceId, localDate],
    );
    return row?.last ?? 0;
  }

  async saveSequence(serviceId: string, localDate: LocalDate, sequence: number): Promise<void> {
    await this.query(
      `INSERT INTO sequences (service_id, local_date, last_sequence) VALUES ($1, $2, $3)
       ON CONFLICT (service_id, local_date) DO UPDATE SET last_sequence = excluded.last_sequence`,
      [serviceId, localDate, sequence],
    );
  }

  async insertTicket(ticket: TicketRecord): Promise<void> {
    await this.query(
      `INSERT INTO tickets (id, service_id, local_date, sequence, number, status, priority, booking_code, queue_key,
         issued_at, called_at, counter_id, recalls, finished_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        ticket.id,
        ticket.serviceId,
        ticket.localDate,
        ticket.sequence,
        ticket.number,
        ticket.status,
        ticket.priority,
        ticket.bookingCode,
        ticket.queueKey,
        ticket.issuedAt,
        ticket.calledAt,
        ticket.counterId,
        ticket.recalls,
        ticket.finishedAt,
      ],
    );
  }

  async getTicket(id: string): Promise<TicketRecord | undefined> {
    return this.first<TicketRecord>(`SELECT ${TICKET_COLUMNS} FROM tickets WHERE id = $1`, [id]);
  }

  async updateTicket(id: string, patch: TicketPatch): Promise<void> {
    const update = patchUpdate('tickets', 'id', TICKET_PATCH, id, patch);
    await this.changeOne(update.text, update.values, `Unknown ticket: ${id}`);
  }

  async listTickets(filter: TicketFilter): Promise<TicketRecord[]> {
    const where = ticketWhere(filter);
    return this.rows<TicketRecord>(`SELECT ${TICKET_COLUMNS} FROM tickets ${where.sql} ORDER BY queue_key, id`, [
      ...where.params,
    ]);
  }

  async countTickets(filter: TicketFilter): Promise<number> {
    const where = ticketWhere(filter);
    const row = await this.first<{ count: number }>(`SELECT count(*) FROM tickets ${where.sql}`, where.params);
    return row?.count ?? 0;
  }

  async insertBooking(booking: BookingRecord): Promise<void> {
    await this.query(
      `INSERT INTO bookings (code, secret_hash, service_id, slot_start, slot_end, local_date, status, nik_hash,
         applicant_cipher, applicant_name, created_at, updated_at, ticket_id, erased_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        booking.code,
        booking.secretHash,
        booking.serviceId,
        booking.slotStart,
        booking.slotEnd,
        booking.localDate,
        booking.status,
        booking.nikHash,
        booking.applicantCipher,
        booking.applicantName,
        booking.createdAt,
        booking.updatedAt,
        booking.ticketId,
        booking.erasedAt,
      ],
    );
  }

  async getBooking(code: string): Promise<BookingRecord | undefined> {
    return this.first<BookingRecord>(`SELECT ${BOOKING_COLUMNS} FROM bookings WHERE code = $1`, [code]);
  }

  async updateBooking(code: string, patch: BookingPatch): Promise<void> {
    const update = patchUpdate('bookings', 'code', BOOKING_PATCH, code, patch);
    await this.changeOne(update.text, update.values, `Unknown booking: ${code}`);
  }

  async eraseApplicant(code: string, erasedAt: string): Promise<void> {
    await this.changeOne(
      `UPDATE bookings SET nik_hash = '', applicant_cipher = '', applicant_name = '',
         erased_at = coalesce(erased_at, $1) WHERE code = $2`,
      [erasedAt, code],
      `Unknown booking: ${code}`,
    );
  }

  async findBookings(filter: BookingFilter): Promise<BookingRecord[]> {
    const where = bookingWhere(filter);
    return this.rows<BookingRecord>(
      `SELECT ${BOOKING_COLUMNS} FROM bookings ${where.sql} ORDER BY slot_start, code`,
      where.params,
    );
  }

  async countBookings(filter: BookingFilter): Promise<number> {
    const where = bookingWhere(filter);
    const row = await this.first<{ count: number }>(`SELECT count(*) FROM bookings ${where.sql}`, where.params);
    return row?.count ?? 0;
  }

  async getIdempotency(scope: string, key: string): Promise<IdempotencyRecord | undefined> {
    return this.first<IdempotencyRecord>(
      `SELECT ${IDEMPOTENCY_COLUMNS} FROM idempotency WHERE scope = $1 AND idempotency_key = $2`,
      [scope, key],
    );
  }

  async insertIdempotency(record: IdempotencyRecord): Promise<void> {
    await this.query(
      `INSERT INTO idempotency (scope, idempotency_key, request_hash, status, body, created_at_ms)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [record.scope, record.key, record.requestHash, record.status, record.body, record.createdAtMs],
    );
  }

  async deleteIdempotency(scope: string, key: string): Promise<void> {
    await this.query('DELETE FROM idempotency WHERE scope = $1 AND idempotency_key = $2', [scope, key]);
  }

  async deleteIdempotencyBefore(createdAtMs: number): Promise<void> {
    await this.query('DELETE FROM idempotency WHERE created_at_ms < $1', [createdAtMs]);
  }

  async appendEvent(event: NewQueueEvent): Promise<number> {
    // One statement, so it is atomic outside a transaction too.
    const row = await this.first<{ id: number }>(
      `WITH next AS (UPDATE event_ids SET last_id = last_id + 1 WHERE id = 1 RETURNING last_id)
       INSERT INTO events (id, type, at_ms, data) SELECT last_id, $1, $2, $3 FROM next RETURNING id`,
      [event.type, event.atMs, event.data],
    );
    if (!row) throw new Error('The event counter is missing');
    return row.id;
  }

  async eventsAfter(afterId: number, limit: number): Promise<QueueEventRecord[]> {
    // data::text: the event's JSON exactly as it was written.
    return this.rows<QueueEventRecord>(
      'SELECT id, type, at_ms AS "atMs", data::text AS data FROM events WHERE id > $1 ORDER BY id LIMIT $2',
      [afterId, Math.max(0, limit)],
    );
  }

  async lastEventId(): Promise<number> {
    const row = await this.first<{ last: number }>('SELECT last_id AS last FROM event_ids WHERE id = 1');
    return row?.last ?? 0;
  }

  async firstEventId(): Promise<number | null> {
    const row = await this.first<{ first: number | null }>('SELECT min(id) AS first FROM events');
    return row?.first ?? null;
  }

  async deleteEventsBefore(atMs: number): Promise<void> {
    // Keeps the log contiguous: drops everything before the first event at or after the cut.
    await this.query(
      `DELETE FROM events WHERE id < coalesce((SELECT min(id) FROM events WHERE at_ms >= $1), 9223372036854775807)`,
      [atMs],
    );
  }

  async addServiceTime(serviceId: string, localDate: LocalDate, seconds: number): Promise<void> {
    await this.query(
      `INSERT INTO service_times (service_id, local_date, count, total_seconds) VALUES ($1, $2, 1, $3)
       ON CONFLICT (service_id, local_date)
       DO UPDATE SET count = service_times.count + 1, total_seconds = service_times.total_seconds + excluded.total_seconds`,
      [serviceId, localDate, seconds],
    );
  }

  async serviceTimes(serviceId: string, localDate: LocalDate): Promise<ServiceTimeStats> {
    const row = await this.first<ServiceTimeStats>(
      'SELECT count, total_seconds AS "totalSeconds" FROM service_times WHERE service_id = $1 AND local_date = $2',
      [serviceId, localDate],
    );
    return row ?? { count: 0, totalSeconds: 0 };
  }

  listHistory(): Promise<SeedHistory[]> {
    return Promise.resolve([...(this.shared.catalog?.history ?? [])]);
  }

  async listTicketsBetween(range: LocalDateRange): Promise<TicketRecord[]> {
    return this.rows<TicketRecord>(
      `SELECT ${TICKET_COLUMNS} FROM tickets WHERE local_date BETWEEN $1 AND $2 ORDER BY local_date, queue_key, id`,
      [range.from, range.to],
    );
  }

  async listTicketTimesBetween(range: LocalDateRange): Promise<TicketTimesRecord[]> {
    return this.rows<TicketTimesRecord>(
      `SELECT service_id AS "serviceId", local_date AS "localDate", status, issued_at AS "issuedAt",
         called_at AS "calledAt", finished_at AS "finishedAt" FROM tickets WHERE local_date BETWEEN $1 AND $2`,
      [range.from, range.to],
    );
  }

  async countTicketsBetween(range: LocalDateRange, filter: TicketCountFilter = {}): Promise<number> {
    const { statuses, serviceIds } = filter;
    const row = await this.first<{ count: number }>(
      `SELECT count(*) FROM tickets WHERE local_date BETWEEN $1 AND $2
         AND ($3::text[] IS NULL OR status = ANY($3)) AND ($4::text[] IS NULL OR service_id = ANY($4))`,
      [range.from, range.to, statuses ?? null, serviceIds ?? null],
    );
    return row?.count ?? 0;
  }

  async firstTicketDate(): Promise<LocalDate | null> {
    const row = await this.first<{ first: LocalDate | null }>('SELECT min(local_date) AS first FROM tickets');
    return row?.first ?? null;
  }

  async insertSurveyInvitation(invitation: SurveyInvitationRecord): Promise<void> {
    await this.query(
      `INSERT INTO survey_invitations (code, ticket_id, service_id, local_date, expires_at, answered_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        invitation.code,
        invitation.ticketId,
        invitation.serviceId,
        invitation.localDate,
        invitation.expiresAt,
        invitation.answeredAt,
      ],
    );
  }

  async getSurveyInvitation(code: string): Promise<SurveyInvitationRecord | undefined> {
    return this.first<SurveyInvitationRecord>(`SELECT ${INVITATION_COLUMNS} FROM survey_invitations WHERE code = $1`, [
      code,
    ]);
  }

  async getSurveyInvitationForTicket(ticketId: string): Promise<SurveyInvitationRecord | undefined> {
    return this.first<SurveyInvitationRecord>(
      `SELECT ${INVITATION_COLUMNS} FROM survey_invitations WHERE ticket_id = $1`,
      [ticketId],
    );
  }

  async markSurveyAnswered(code: string, answeredAt: string): Promise<void> {
    await this.changeOne(
      'UPDATE survey_invitations SET answered_at = $1 WHERE code = $2',
      [answeredAt, code],
      `Unknown survey code: ${code}`,
    );
  }

  async insertSurveyResponse(response: SurveyResponseRecord): Promise<void> {
    if (response.scores.length !== SCORE_COLUMNS.length)
      throw new Error(`A survey response has ${SCORE_COLUMNS.length} scores, not ${response.scores.length}`);
    const values: SqlValue[] = [
      response.id,
      response.serviceId,
      response.agencyId,
      response.localDate,
      ...response.scores,
      response.ageGroup,
      response.sex,
      response.education,
      response.occupation,
      response.suggestion,
    ];
    await this.query(
      `INSERT INTO survey_responses (id, service_id, agency_id, local_date, ${SCORE_COLUMNS.join(', ')},
         age_group, sex, education, occupation, suggestion)
       VALUES (${values.map((_, index) => `$${index + 1}`).join(', ')})`,
      values,
    );
  }

  async surveyTotals(filter: SurveyFilter): Promise<SurveyServiceTotals[]> {
    const where = surveyWhere(filter);
    const sums = SCORE_COLUMNS.map((column) => `sum(r.${column}) AS ${column}`).join(', ');
    // Services in seed order; the responses' own agency is kept (a service belongs to one agency).
    const rows = await this.rows<
      { serviceId: string; agencyId: string; respondents: number } & Record<ScoreColumn, number>
    >(
      `SELECT r.service_id AS "serviceId", r.agency_id AS "agencyId", count(*) AS respondents, ${sums}
       FROM (SELECT * FROM survey_responses ${where.sql}) AS r JOIN services AS s ON s.id = r.service_id
       GROUP BY r.service_id, r.agency_id, s.position ORDER BY s.position, r.agency_id`,
      where.params,
    );
    return rows.map((row) => ({
      agencyId: row.agencyId,
      serviceId: row.serviceId,
      respondents: row.respondents,
      scoreTotals: SCORE_COLUMNS.map((column) => row[column]),
    }));
  }

  async listSuggestions(filter: SurveyFilter, limit: number, cursor?: SuggestionCursor): Promise<SuggestionRecord[]> {
    const where = surveyWhere(filter, cursor ? { suggestions: true, after: cursor } : { suggestions: true });
    return this.rows<SuggestionRecord>(
      `SELECT id, service_id AS "serviceId", local_date AS "localDate", suggestion FROM survey_responses ${where.sql}
       ORDER BY local_date DESC, id DESC LIMIT $${where.params.length + 1}`,
      [...where.params, Math.max(0, limit)],
    );
  }
}
