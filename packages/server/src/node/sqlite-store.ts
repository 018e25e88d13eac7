import type { LocalDate, SeedHistory, Site, TicketStatus } from '@mpp-kit/contract';
import type Database from 'better-sqlite3';
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
import { referenceData } from '../store/store.js';
import { SerialStore, type SyncTables } from '../store/serial-store.js';
import { bookingWhere, patchStatement, surveyWhere, ticketWhere, type SqlValue } from './sqlite-queries.js';
import { openDatabase, toStoreError } from './sqlite-schema.js';
import { deepFreeze } from '../util/deep-freeze.js';
import { SCORE_COLUMNS, type ScoreColumn } from './survey-columns.js';

/** Options of {@link SqliteStore}. */
export interface SqliteStoreOptions {
  /**
   * How long a write waits for another connection's lock (SQLite's
   * `busy_timeout`) before it fails, in milliseconds. Only matters when several
   * processes share the file.
   * @default 5000
   */
  readonly busyTimeoutMs?: number;
  /**
   * SQLite's `synchronous` in WAL mode. `'normal'` survives a crash of the
   * process without losing a committed write; only a power cut or an OS crash
   * may undo the last commits before a checkpoint (never corrupting the file).
   * `'full'` also survives those, at the price of one disk flush per write
   * (far fewer ticket takes per second on an ordinary disk).
   * @default 'normal'
   */
  readonly synchronous?: 'normal' | 'full';
}

/** Reference data, with the counters' seeded part (their live state is in a table) and the history. */
interface Catalog extends ReferenceData {
  readonly counters: ReadonlyMap<string, SeedCounterRecord>;
  readonly history: readonly SeedHistory[];
}

type TicketRow = Omit<TicketRecord, 'priority'> & { readonly priority: number };

const TICKET_COLUMNS = `id, service_id AS serviceId, local_date AS localDate, sequence, number, status, priority,
  booking_code AS bookingCode, queue_key AS queueKey, issued_at AS issuedAt, called_at AS calledAt,
  counter_id AS counterId, recalls, finished_at AS finishedAt`;
const BOOKING_COLUMNS = `code, secret_hash AS secretHash, service_id AS serviceId, slot_start AS slotStart,
  slot_end AS slotEnd, local_date AS localDate, status, nik_hash AS nikHash, applicant_cipher AS applicantCipher,
  applicant_name AS applicantName, created_at AS createdAt, updated_at AS updatedAt, ticket_id AS ticketId,
  erased_at AS erasedAt`;

const INVITATION_COLUMNS = `code, ticket_id AS ticketId, service_id AS serviceId, local_date AS localDate,
  expires_at AS expiresAt, answered_at AS answeredAt`;

type TotalsRow = { readonly serviceId: string; readonly agencyId: string; readonly respondents: number } & Record<
  ScoreColumn,
  number
>;

const TICKET_PATCH = patchStatement<TicketPatch>('tickets', 'id', {
  status: 'status',
  calledAt: 'called_at',
  counterId: 'counter_id',
  recalls: 'recalls',
  finishedAt: 'finished_at',
});
const BOOKING_PATCH = patchStatement<BookingPatch>('bookings', 'code', {
  status: 'status',
  slotStart: 'slot_start',
  slotEnd: 'slot_end',
  localDate: 'local_date',
  updatedAt: 'updated_at',
  ticketId: 'ticket_id',
});
const COUNTER_PATCH = patchStatement<CounterPatch>('counters', 'id', {
  status: 'status',
  currentTicketId: 'current_ticket_id',
});

// Columns this store wrote itself from typed records: the callers name the type they wrote.
const parse = (json: string): unknown => deepFreeze(JSON.parse(json));

const toTicket = (row: TicketRow): TicketRecord => ({ ...row, priority: row.priority === 1 });

/** Every statement the store runs with a fixed text, prepared once when the store opens. */
function prepareStatements(db: Database.Database) {
  return {
    seeded: db.prepare<[], { site: string; settings: string }>('SELECT site, settings FROM site WHERE id = 1'),
    insertSite: db.prepare<[string, string]>('INSERT INTO site (id, site, settings) VALUES (1, ?, ?)'),
    insertAgency: db.prepare<[string, number, string]>('INSERT INTO agencies (id, position, data) VALUES (?, ?, ?)'),
    insertService: db.prepare<[string, number, string, string]>(
      'INSERT INTO services (id, position, agency_id, data) VALUES (?, ?, ?, ?)',
    ),
    insertCounter: db.prepare<[string, number, string, string]>(
      "INSERT INTO counters (id, position, agency_id, data, status) VALUES (?, ?, ?, ?, 'open')",
    ),
    agencies: db.prepare<[], { data: string }>('SELECT data FROM agencies ORDER BY position'),
    services: db.prepare<[], { data: string }>('SELECT data FROM services ORDER BY position'),
    counterSeeds: db.prepare<[], { data: string }>('SELECT data FROM counters ORDER BY position'),
    counterStates: db.prepare<[], Pick<CounterRecord, 'id' | 'status' | 'currentTicketId'>>(
      'SELECT id, status, current_ticket_id AS currentTicketId FROM counters ORDER BY position',
    ),
    counterState: db.prepare<[string], Pick<CounterRecord, 'id' | 'status' | 'currentTicketId'>>(
      'SELECT id, status, current_ticket_id AS currentTicketId FROM counters WHERE id = ?',
    ),
    updateCounter: db.prepare(COUNTER_PATCH.sql),
    lastSequence: db
      .prepare<[string, LocalDate], number>(
        'SELECT last_sequence FROM sequences WHERE service_id = ? AND local_date = ?',
      )
      .pluck(),
    saveSequence: db.prepare<[string, LocalDate, number]>(
      `INSERT INTO sequences (service_id, local_date, last_sequence) VALUES (?, ?, ?)
       ON CONFLICT (service_id, local_date) DO UPDATE SET last_sequence = excluded.last_sequence`,
    ),
    insertTicket: db.prepare(
      `INSERT INTO tickets (id, service_id, local_date, sequence, number, status, priority, booking_code, queue_key,
         issued_at, called_at, counter_id, recalls, finished_at)
       VALUES (@id, @serviceId, @localDate, @sequence, @number, @status, @priority, @bookingCode, @queueKey,
         @issuedAt, @calledAt, @counterId, @recalls, @finishedAt)`,
    ),
    ticket: db.prepare<[string], TicketRow>(`SELECT ${TICKET_COLUMNS} FROM tickets WHERE id = ?`),
    updateTicket: db.prepare(TICKET_PATCH.sql),
    insertBooking: db.prepare(
      `INSERT INTO bookings (code, secret_hash, service_id, slot_start, slot_end, local_date, status, nik_hash,
         applicant_cipher, applicant_name, created_at, updated_at, ticket_id, erased_at)
       VALUES (@code, @secretHash, @serviceId, @slotStart, @slotEnd, @localDate, @status, @nikHash,
         @applicantCipher, @applicantName, @createdAt, @updatedAt, @ticketId, @erasedAt)`,
    ),
    eraseApplicant: db.prepare<[string, string]>(
      `UPDATE bookings SET nik_hash = '', applicant_cipher = '', applicant_name = '',
         erased_at = coalesce(erased_at, ?) WHERE code = ?`,
    ),
    booking: db.prepare<[string], BookingRecord>(`SELECT ${BOOKING_COLUMNS} FROM bookings WHERE code = ?`),
    updateBooking: db.prepare(BOOKING_PATCH.sql),
    idempotency: db.prepare<[string, string], IdempotencyRecord>(
      `SELECT scope, idempotency_key AS "key", request_hash AS requestHash, status, body, created_at_ms AS createdAtMs
       FROM idempotency WHERE scope = ? AND idempotency_key = ?`,
    ),
    insertIdempotency: db.prepare(
      `INSERT INTO idempotency (scope, idempotency_key, request_hash, status, body, created_at_ms)
       VALUES (@scope, @key, @requestHash, @status, @body, @createdAtMs)`,
    ),
    deleteIdempotency: db.prepare<[string, string]>('DELETE FROM idempotency WHERE scope = ? AND idempotency_key = ?'),
    deleteIdempotencyBefore: db.prepare<[number]>('DELETE FROM idempotency WHERE created_at_ms < ?'),
    appendEvent: db.prepare('INSERT INTO events (type, at_ms, data) VALUES (@type, @atMs, @data)'),
    eventsAfter: db.prepare<[number, number], QueueEventRecord>(
      'SELECT id, type, at_ms AS atMs, data FROM events WHERE id > ? ORDER BY id LIMIT ?',
    ),
    lastEventId: db.prepare<[], number>("SELECT seq FROM sqlite_sequence WHERE name = 'events'").pluck(),
    firstEventId: db.prepare<[], number | null>('SELECT min(id) FROM events').pluck(),
    // Keeps the log contiguous: drops everything before the first event at or after the cut.
    deleteEvents: db.prepare<[number]>(
      `DELETE FROM events WHERE id < coalesce((SELECT id FROM events WHERE at_ms >= ? ORDER BY id LIMIT 1), 9223372036854775807)`,
    ),
    addServiceTime: db.prepare<[string, LocalDate, number]>(
      `INSERT INTO service_times (service_id, local_date, count, total_seconds) VALUES (?, ?, 1, ?)
       ON CONFLICT (service_id, local_date) DO UPDATE SET count = count + 1, total_seconds = total_seconds + excluded.total_seconds`,
    ),
    serviceTimes: db.prepare<[string, LocalDate], ServiceTimeStats>(
      'SELECT count, total_seconds AS totalSeconds FROM service_times WHERE service_id = ? AND local_date = ?',
    ),
    insertHistory: db.prepare<[string, number, string, string]>(
      'INSERT INTO history (agency_id, position, first_month, monthly_visitors) VALUES (?, ?, ?, ?)',
    ),
    history: db.prepare<[], { agencyId: string; firstMonth: string; monthlyVisitors: string }>(
      `SELECT agency_id AS agencyId, first_month AS firstMonth, monthly_visitors AS monthlyVisitors
       FROM history ORDER BY position`,
    ),
    ticketsBetween: db.prepare<[LocalDate, LocalDate], TicketRow>(
      `SELECT ${TICKET_COLUMNS} FROM tickets WHERE local_date BETWEEN ? AND ? ORDER BY local_date, queue_key, id`,
    ),
    ticketTimesBetween: db.prepare<[LocalDate, LocalDate], TicketTimesRecord>(
      `SELECT service_id AS serviceId, local_date AS localDate, status, issued_at AS issuedAt, called_at AS calledAt,
         finished_at AS finishedAt FROM tickets WHERE local_date BETWEEN ? AND ?`,
    ),
    countTicketsBetween: db
      .prepare<[LocalDate, LocalDate], number>('SELECT count(*) FROM tickets WHERE local_date BETWEEN ? AND ?')
      .pluck(),
    // Few rows (services times statuses), so a filter is applied to them rather than built into SQL.
    countTicketsByKind: db.prepare<[LocalDate, LocalDate], { serviceId: string; status: TicketStatus; count: number }>(
      `SELECT service_id AS serviceId, status, count(*) AS count FROM tickets
       WHERE local_date BETWEEN ? AND ? GROUP BY service_id, status`,
    ),
    firstTicketDate: db.prepare<[], LocalDate | null>('SELECT min(local_date) FROM tickets').pluck(),
    insertInvitation: db.prepare(
      `INSERT INTO survey_invitations (code, ticket_id, service_id, local_date, expires_at, answered_at)
       VALUES (@code, @ticketId, @serviceId, @localDate, @expiresAt, @answeredAt)`,
    ),
    invitation: db.prepare<[string], SurveyInvitationRecord>(
      `SELECT ${INVITATION_COLUMNS} FROM survey_invitations WHERE code = ?`,
    ),
    invitationForTicket: db.prepare<[string], SurveyInvitationRecord>(
      `SELECT ${INVITATION_COLUMNS} FROM survey_invitations WHERE ticket_id = ?`,
    ),
    markAnswered: db.prepare<[string, string]>('UPDATE survey_invitations SET answered_at = ? WHERE code = ?'),
    insertResponse: db.prepare(
      `INSERT INTO survey_responses (id, service_id, agency_id, local_date, ${SCORE_COLUMNS.join(', ')},
         age_group, sex, education, occupation, suggestion)
       VALUES (@id, @serviceId, @agencyId, @localDate, ${SCORE_COLUMNS.map((column) => `@${column}`).join(', ')},
         @ageGroup, @sex, @education, @occupation, @suggestion)`,
    ),
  };
}

/**
 * The SQLite {@link Store} for Node (better-sqlite3): one file holds the
 * reference data (with the seed's visitor history), the queue, the bookings,
 * the idempotency records, the event log and the survey's codes and anonymous
 * responses, so a restart continues where the server stopped. The file is
 * opened in WAL mode with foreign keys on, and its schema is migrated by
 * `PRAGMA user_version` on open. Transactions are `BEGIN IMMEDIATE`, and
 * uniqueness (ticket ids and numbers, booking codes, one active booking per
 * NIK, service and day, idempotency keys, survey codes and one per ticket) is
 * enforced by the schema, so even several processes sharing the file cannot
 * break it.
 *
 * @example
 * const store = new SqliteStore('./data/mpp.db');
 * if (!store.isSeeded()) await store.loadSeed(kediriSeed());
 * const server = await startServer({ store, staffTokens: [token], secret });
 * process.on('SIGTERM', async () => { await server.close(); store.close(); });
 */
export class SqliteStore extends SerialStore {
  private readonly sqlite: SqliteTables;

  /**
   * Opens the database at `path` (`':memory:'` for one that lives as long as
   * the store), creating the file and its folder when needed, and migrates it
   * to the current schema.
   *
   * @throws Error when the file belongs to another program or to a newer mpp-kit
   */
  constructor(path: string, options: SqliteStoreOptions = {}) {
    const sqlite = new SqliteTables(path, options);
    super(sqlite);
    this.sqlite = sqlite;
  }

  /**
   * Closes the database; committed writes are on disk, and the write-ahead log
   * is folded into the file. Calling it again does nothing.
   */
  close(): void {
    this.sqlite.close();
  }
}

/** The tables of {@link SqliteStore}: prepared statements on one better-sqlite3 connection. */
class SqliteTables implements SyncTables {
  private readonly db: Database.Database;
  private readonly statements: ReturnType<typeof prepareStatements>;
  /** Whether an erasure left old personal data in the write-ahead log (see scrubLog). */
  private scrubPending = false;
  /** Statements whose text depends on a filter's shape, prepared on first use. */
  private readonly shaped = new Map<string, Database.Statement<SqlValue[]>>();
  private catalog: Catalog | null = null;
  /** The catalog as it was when the open transaction began. */
  private catalogBefore: Catalog | null = null;

  constructor(path: string, options: SqliteStoreOptions) {
    this.db = openDatabase(path, {
      busyTimeoutMs: options.busyTimeoutMs ?? 5_000,
      synchronous: options.synchronous ?? 'normal',
    });
    this.statements = prepareStatements(this.db);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  begin(): void {
    // IMMEDIATE takes the write lock up front, so the reads a write depends on cannot go stale.
    this.db.exec('BEGIN IMMEDIATE');
    this.catalogBefore = this.catalog;
  }

  commit(): void {
    this.db.exec('COMMIT');
    if (this.scrubPending) this.scrubLog();
  }

  rollback(): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
    // Only a catalog first read inside this transaction can come from a seed it wrote and just
    // rolled back; one cached before it stays true (a seed is written once), so a refused
    // write (slot_full, quota) keeps it instead of making the next read parse it all again.
    if (this.catalogBefore === null) this.catalog = null;
  }

  /** Runs a write, turning a broken unique constraint into a StoreConflictError. */
  private write(run: () => Database.RunResult): Database.RunResult {
    try {
      return run();
    } catch (error) {
      throw toStoreError(error);
    }
  }

  private shapedStatement(sql: string): Database.Statement<SqlValue[]> {
    let statement = this.shaped.get(sql);
    if (!statement) {
      statement = this.db.prepare<SqlValue[]>(sql);
      this.shaped.set(sql, statement);
    }
    return statement;
  }

  /** The reference data, read from the database on first use after the seed. */
  private loadCatalog(): Catalog | null {
    if (this.catalog) return this.catalog;
    const row = this.statements.seeded.get();
    if (!row) return null;
    const services = this.statements.services.all().map((service) => parse(service.data) as ServiceRecord);
    const counters = this.statements.counterSeeds.all().map((counter) => parse(counter.data) as SeedCounterRecord);
    this.catalog = {
      ...referenceData({
        site: parse(row.site) as Site,
        settings: parse(row.settings) as StoreSettings,
        agencies: this.statements.agencies.all().map((agency) => parse(agency.data) as AgencyRecord),
        services,
      }),
      counters: new Map(counters.map((counter) => [counter.id, counter])),
      history: this.statements.history.all().map((entry) =>
        deepFreeze<SeedHistory>({
          agencyId: entry.agencyId,
          firstMonth: entry.firstMonth,
          monthlyVisitors: JSON.parse(entry.monthlyVisitors) as number[],
        }),
      ),
    };
    return this.catalog;
  }

  private requireCatalog(): Catalog {
    const catalog = this.loadCatalog();
    if (!catalog) throw new Error('The store has no seed loaded');
    return catalog;
  }

  isSeeded(): boolean {
    return this.loadCatalog() !== null;
  }

  loadSeed(seed: StoreSeed): void {
    const { statements } = this;
    this.db
      .transaction(() => {
        this.write(() => statements.insertSite.run(JSON.stringify(seed.site), JSON.stringify(seed.settings)));
        seed.agencies.forEach((agency, index) => statements.insertAgency.run(agency.id, index, JSON.stringify(agency)));
        seed.services.forEach((service, index) =>
          statements.insertService.run(service.id, index, service.agencyId, JSON.stringify(service)),
        );
        seed.counters.forEach((counter, index) =>
          statements.insertCounter.run(counter.id, index, counter.agencyId, JSON.stringify(counter)),
        );
        seed.history.forEach((entry, index) =>
          statements.insertHistory.run(entry.agencyId, index, entry.firstMonth, JSON.stringify(entry.monthlyVisitors)),
        );
      })
      .immediate();
  }

  getSite(): Site {
    return this.requireCatalog().site;
  }

  getSettings(): StoreSettings {
    return this.requireCatalog().settings;
  }

  listAgencies(): AgencyRecord[] {
    return [...(this.loadCatalog()?.agencies ?? [])];
  }

  listServices(): ServiceRecord[] {
    return [...(this.loadCatalog()?.services ?? [])];
  }

  getService(id: string): ServiceRecord | undefined {
    return this.loadCatalog()?.servicesById.get(id);
  }

  /** A counter's seed part with its live state. */
  private counterOf(state: Pick<CounterRecord, 'id' | 'status' | 'currentTicketId'>): CounterRecord {
    const seed = this.requireCatalog().counters.get(state.id);
    if (!seed) throw new Error(`Counter ${state.id} is missing from the seed`);
    return { ...seed, status: state.status, currentTicketId: state.currentTicketId };
  }

  listCounters(): CounterRecord[] {
    return this.statements.counterStates.all().map((state) => this.counterOf(state));
  }

  getCounter(id: string): CounterRecord | undefined {
    const state = this.statements.counterState.get(id);
    return state && this.counterOf(state);
  }

  updateCounter(id: string, patch: CounterPatch): void {
    if (this.statements.updateCounter.run(COUNTER_PATCH.params(id, patch)).changes === 0)
      throw new Error(`Unknown counter: ${id}`);
  }

  lastSequence(serviceId: string, localDate: LocalDate): number {
    return this.statements.lastSequence.get(serviceId, localDate) ?? 0;
  }

  saveSequence(serviceId: string, localDate: LocalDate, sequence: number): void {
    this.statements.saveSequence.run(serviceId, localDate, sequence);
  }

  insertTicket(ticket: TicketRecord): void {
    this.write(() => this.statements.insertTicket.run({ ...ticket, priority: ticket.priority ? 1 : 0 }));
  }

  getTicket(id: string): TicketRecord | undefined {
    const row = this.statements.ticket.get(id);
    return row && toTicket(row);
  }

  updateTicket(id: string, patch: TicketPatch): void {
    if (this.statements.updateTicket.run(TICKET_PATCH.params(id, patch)).changes === 0)
      throw new Error(`Unknown ticket: ${id}`);
  }

  listTickets(filter: TicketFilter): TicketRecord[] {
    const where = ticketWhere(filter);
    const statement = this.shapedStatement(`SELECT ${TICKET_COLUMNS} FROM tickets ${where.sql} ORDER BY queue_key, id`);
    return (statement.all(...where.params) as TicketRow[]).map(toTicket);
  }

  countTickets(filter: TicketFilter): number {
    const where = ticketWhere(filter);
    return this.shapedStatement(`SELECT count(*) FROM tickets ${where.sql}`)
      .pluck()
      .get(...where.params) as number;
  }

  insertBooking(booking: BookingRecord): void {
    this.write(() => this.statements.insertBooking.run(booking));
  }

  getBooking(code: string): BookingRecord | undefined {
    return this.statements.booking.get(code);
  }

  updateBooking(code: string, patch: BookingPatch): void {
    const result = this.write(() => this.statements.updateBooking.run(BOOKING_PATCH.params(code, patch)));
    if (result.changes === 0) throw new Error(`Unknown booking: ${code}`);
  }

  eraseApplicant(code: string, erasedAt: string): void {
    const result = this.write(() => this.statements.eraseApplicant.run(erasedAt, code));
    if (result.changes === 0) throw new Error(`Unknown booking: ${code}`);
    this.scrubPending = true;
    if (!this.db.inTransaction) this.scrubLog();
  }

  /**
   * Folds the write-ahead log into the file and empties it: until then the log keeps the pages as
   * they were before an erasure. Runs once the erasing transaction commits (a sweep erases many
   * bookings in one). `secure_delete` (see openDatabase) zeroes the old content in the file itself.
   * A reader on another connection can hold the log back; the next erasure or checkpoint then
   * finishes the job.
   */
  private scrubLog(): void {
    this.scrubPending = false;
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  findBookings(filter: BookingFilter): BookingRecord[] {
    const where = bookingWhere(filter);
    const statement = this.shapedStatement(
      `SELECT ${BOOKING_COLUMNS} FROM bookings ${where.sql} ORDER BY slot_start, code`,
    );
    return statement.all(...where.params) as BookingRecord[];
  }

  countBookings(filter: BookingFilter): number {
    const where = bookingWhere(filter);
    return this.shapedStatement(`SELECT count(*) FROM bookings ${where.sql}`)
      .pluck()
      .get(...where.params) as number;
  }

  getIdempotency(scope: string, key: string): IdempotencyRecord | undefined {
    return this.statements.idempotency.get(scope, key);
  }

  insertIdempotency(record: IdempotencyRecord): void {
    this.write(() => this.statements.insertIdempotency.run(record));
  }

  deleteIdempotency(scope: string, key: string): void {
    this.statements.deleteIdempotency.run(scope, key);
  }

  deleteIdempotencyBefore(createdAtMs: number): void {
    this.statements.deleteIdempotencyBefore.run(createdAtMs);
  }

  appendEvent(event: NewQueueEvent): number {
    return Number(this.statements.appendEvent.run(event).lastInsertRowid);
  }

  eventsAfter(afterId: number, limit: number): QueueEventRecord[] {
    return this.statements.eventsAfter.all(afterId, Math.max(0, limit));
  }

  lastEventId(): number {
    return this.statements.lastEventId.get() ?? 0;
  }

  firstEventId(): number | null {
    return this.statements.firstEventId.get() ?? null;
  }

  deleteEventsBefore(atMs: number): void {
    this.statements.deleteEvents.run(atMs);
  }

  addServiceTime(serviceId: string, localDate: LocalDate, seconds: number): void {
    this.statements.addServiceTime.run(serviceId, localDate, seconds);
  }

  serviceTimes(serviceId: string, localDate: LocalDate): ServiceTimeStats {
    return this.statements.serviceTimes.get(serviceId, localDate) ?? { count: 0, totalSeconds: 0 };
  }

  listHistory(): SeedHistory[] {
    return [...(this.loadCatalog()?.history ?? [])];
  }

  listTicketsBetween(range: LocalDateRange): TicketRecord[] {
    return this.statements.ticketsBetween.all(range.from, range.to).map(toTicket);
  }

  listTicketTimesBetween(range: LocalDateRange): TicketTimesRecord[] {
    return this.statements.ticketTimesBetween.all(range.from, range.to);
  }

  countTicketsBetween(range: LocalDateRange, filter: TicketCountFilter = {}): number {
    const { statuses, serviceIds } = filter;
    if (!statuses && !serviceIds) return this.statements.countTicketsBetween.get(range.from, range.to) ?? 0;
    let count = 0;
    for (const kind of this.statements.countTicketsByKind.all(range.from, range.to)) {
      if (statuses && !statuses.includes(kind.status)) continue;
      if (serviceIds && !serviceIds.includes(kind.serviceId)) continue;
      count += kind.count;
    }
    return count;
  }

  firstTicketDate(): LocalDate | null {
    return this.statements.firstTicketDate.get() ?? null;
  }

  insertSurveyInvitation(invitation: SurveyInvitationRecord): void {
    this.write(() => this.statements.insertInvitation.run(invitation));
  }

  getSurveyInvitation(code: string): SurveyInvitationRecord | undefined {
    return this.statements.invitation.get(code);
  }

  getSurveyInvitationForTicket(ticketId: string): SurveyInvitationRecord | undefined {
    return this.statements.invitationForTicket.get(ticketId);
  }

  markSurveyAnswered(code: string, answeredAt: string): void {
    if (this.statements.markAnswered.run(answeredAt, code).changes === 0)
      throw new Error(`Unknown survey code: ${code}`);
  }

  insertSurveyResponse(response: SurveyResponseRecord): void {
    if (response.scores.length !== SCORE_COLUMNS.length)
      throw new Error(`A survey response has ${SCORE_COLUMNS.length} scores, not ${response.scores.length}`);
    const scores = Object.fromEntries(SCORE_COLUMNS.map((column, index) => [column, response.scores[index]]));
    const { scores: _scores, ...row } = response;
    this.write(() => this.statements.insertResponse.run({ ...row, ...scores }));
  }

  surveyTotals(filter: SurveyFilter): SurveyServiceTotals[] {
    const where = surveyWhere(filter);
    const sums = SCORE_COLUMNS.map((column) => `sum(${column}) AS ${column}`).join(', ');
    // Services in seed order; the responses' own agency is kept (a service belongs to one agency).
    const statement = this.shapedStatement(
      `SELECT r.service_id AS serviceId, r.agency_id AS agencyId, count(*) AS respondents, ${sums}
       FROM (SELECT * FROM survey_responses ${where.sql}) AS r JOIN services AS s ON s.id = r.service_id
       GROUP BY r.service_id, r.agency_id ORDER BY s.position, r.agency_id`,
    );
    return (statement.all(...where.params) as TotalsRow[]).map((row) => ({
      agencyId: row.agencyId,
      serviceId: row.serviceId,
      respondents: row.respondents,
      scoreTotals: SCORE_COLUMNS.map((column) => row[column]),
    }));
  }

  listSuggestions(filter: SurveyFilter, limit: number, cursor?: SuggestionCursor): SuggestionRecord[] {
    const where = surveyWhere(filter, cursor ? { suggestions: true, after: cursor } : { suggestions: true });
    const statement = this.shapedStatement(
      `SELECT id, service_id AS serviceId, local_date AS localDate, suggestion FROM survey_responses ${where.sql}
       ORDER BY local_date DESC, id DESC LIMIT ?`,
    );
    return statement.all(...where.params, Math.max(0, limit)) as SuggestionRecord[];
  }
}
