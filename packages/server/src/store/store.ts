import type {
  Agency,
  BookingConfig,
  BookingStatus,
  Counter,
  CounterStatus,
  LocalDate,
  SeedHistory,
  Service,
  Site,
  TicketStatus,
} from '@mpp-kit/contract';

// ---------------------------------------------------------------------------
// Reference data (from the seed)

/** Operating settings of a site (the seed's `settings`, defaults applied). */
export interface StoreSettings {
  /** How many times staff may recall the same ticket. */
  readonly recallLimit: number;
  /** How long idempotency records are kept, in hours. */
  readonly idempotencyRetentionHours: number;
  /** How far back the queue stream can replay missed events, in minutes. */
  readonly streamReplayMinutes: number;
}

/** An agency as stored: the API's Agency without `serviceCount`, which is counted from the services. */
export type AgencyRecord = Omit<Agency, 'serviceCount'>;

/** A service as stored: the API's Service plus the seed's {@link BookingConfig} (`null`: not bookable ahead). */
export type ServiceRecord = Service & { readonly booking: BookingConfig | null };

/** A counter as the seed describes it (no live state). */
export type SeedCounterRecord = Omit<Counter, 'status'>;

/**
 * Everything loaded into an empty store: the shape of a validated seed
 * (`Seed` of `@mpp-kit/contract`), which is assignable to it.
 */
export interface StoreSeed {
  readonly site: Site;
  readonly agencies: readonly AgencyRecord[];
  readonly services: readonly ServiceRecord[];
  readonly counters: readonly SeedCounterRecord[];
  readonly settings: StoreSettings;
  /** Historical monthly visitors per agency from before mpp-kit (the seed's `history`). */
  readonly history: readonly SeedHistory[];
}

/**
 * A seed's reference data as a store keeps it in memory: written once, so read
 * once and shared by every read (services also by id, for the hot paths).
 */
export interface ReferenceData {
  readonly site: Site;
  readonly settings: StoreSettings;
  readonly agencies: readonly AgencyRecord[];
  readonly services: readonly ServiceRecord[];
  readonly servicesById: ReadonlyMap<string, ServiceRecord>;
}

/** The {@link ReferenceData} of a seed's parts. */
export function referenceData(seed: Pick<StoreSeed, 'site' | 'settings' | 'agencies' | 'services'>): ReferenceData {
  const { site, settings, agencies, services } = seed;
  return {
    site,
    settings,
    agencies,
    services,
    servicesById: new Map(services.map((service) => [service.id, service])),
  };
}

/**
 * A counter with its live state. Counters are seeded `open` with no ticket; the
 * queue engine changes `status` and `currentTicketId`.
 */
export interface CounterRecord extends SeedCounterRecord {
  readonly status: CounterStatus;
  /** The ticket called to this counter and not yet finished (skipped or completed), if any. */
  readonly currentTicketId: string | null;
}

/** The live part of a counter that {@link Store.updateCounter} changes. */
export type CounterPatch = Partial<Pick<CounterRecord, 'status' | 'currentTicketId'>>;

// ---------------------------------------------------------------------------
// Tickets

/**
 * A queue ticket as stored. Instants are ISO 8601 strings as the engine writes
 * them (always in the site's offset), compared by the engine, never by the store.
 */
export interface TicketRecord {
  /** Unguessable id: 128 random bits, base64url (22 characters). Primary key. */
  readonly id: string;
  readonly serviceId: string;
  /** The site-local day it was issued on; numbering restarts every day. */
  readonly localDate: LocalDate;
  /** Daily sequence of the service, from 1. Unique per (`serviceId`, `localDate`). */
  readonly sequence: number;
  /** The queue number shown to people, e.g. `A-012`. */
  readonly number: string;
  readonly status: TicketStatus;
  /** Checked-in bookings are called before walk-ins. */
  readonly priority: boolean;
  /** The booking it was issued for at check-in, if any. */
  readonly bookingCode: string | null;
  /**
   * Opaque sort key of the waiting line, written by the engine: {@link Store.listTickets}
   * returns tickets in ascending `queueKey` order (ties by `id`). Compare as plain
   * strings (byte order, e.g. SQLite's default BINARY collation).
   */
  readonly queueKey: string;
  readonly issuedAt: string;
  readonly calledAt: string | null;
  /** The counter it was last called to. */
  readonly counterId: string | null;
  /** How many times it was recalled after its first call. */
  readonly recalls: number;
  /** When it was completed, skipped or cancelled. */
  readonly finishedAt: string | null;
}

/** The fields of a ticket that {@link Store.updateTicket} may change. */
export type TicketPatch = Partial<Pick<TicketRecord, 'status' | 'calledAt' | 'counterId' | 'recalls' | 'finishedAt'>>;

/** Which tickets {@link Store.listTickets} and {@link Store.countTickets} return; every given field must match. */
export interface TicketFilter {
  /** The site-local day the tickets were issued on. */
  readonly localDate: LocalDate;
  /** Only tickets of these services (an empty list matches nothing). */
  readonly serviceIds?: readonly string[];
  /** Only tickets in one of these statuses. */
  readonly statuses?: readonly TicketStatus[];
  /** Only priority tickets (`true`) or only walk-ins (`false`). */
  readonly priority?: boolean;
  /** Only tickets whose `queueKey` sorts before this one (ahead in line). */
  readonly queueKeyBefore?: string;
}

// ---------------------------------------------------------------------------
// Bookings

/**
 * A booking as stored. Never holds a plain NIK: only a keyed hash (to find the
 * applicant's other bookings) and an encrypted copy (for staff, later), both made
 * by the engine before its transaction. Once the retention period after its slot
 * has passed, {@link Store.eraseApplicant} empties every personal field and sets
 * `erasedAt`; what counts need (code, service, slot, status, dates, ticket) stays.
 */
export interface BookingRecord {
  /** Human-friendly code, e.g. `KDR-7QX4M2`. Primary key. */
  readonly code: string;
  /** Keyed hash of the booking's secret (base64url); the secret itself is never stored. */
  readonly secretHash: string;
  readonly serviceId: string;
  /** Start of the booked slot, as the engine formats it; equality filters compare this string exactly. */
  readonly slotStart: string;
  readonly slotEnd: string;
  /** The site-local day of the slot. */
  readonly localDate: LocalDate;
  readonly status: BookingStatus;
  /** Keyed hash (HMAC-SHA-256, base64url) of the applicant's NIK. */
  readonly nikHash: string;
  /** The applicant (NIK, name, phone, email) encrypted with AES-GCM, as one opaque string. */
  readonly applicantCipher: string;
  /** The applicant's name, masked for display (`Bud* S*****`). */
  readonly applicantName: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** The ticket issued at check-in. */
  readonly ticketId: string | null;
  /**
   * When the applicant's personal data was erased (see {@link Store.eraseApplicant}),
   * as the engine formats instants; `null` while it is kept.
   */
  readonly erasedAt: string | null;
}

/** The fields of a booking that {@link Store.updateBooking} may change. */
export type BookingPatch = Partial<
  Pick<BookingRecord, 'status' | 'slotStart' | 'slotEnd' | 'localDate' | 'updatedAt' | 'ticketId'>
>;

/** Which bookings {@link Store.findBookings} and {@link Store.countBookings} return; every given field must match. */
export interface BookingFilter {
  readonly serviceId?: string;
  /** Exact `slotStart` string. */
  readonly slotStart?: string;
  /** Slot days from `from` to `to`, both inclusive (`YYYY-MM-DD` compares as text). */
  readonly localDates?: { readonly from: LocalDate; readonly to: LocalDate };
  readonly nikHash?: string;
  /** Only bookings in one of these statuses. */
  readonly statuses?: readonly BookingStatus[];
  /** Only bookings whose applicant was erased (`true`) or still kept (`false`). */
  readonly erased?: boolean;
}

/** Statuses in which a booking holds its place (counts against capacity and against "one per NIK per day"). */
export const ACTIVE_BOOKING_STATUSES: readonly BookingStatus[] = ['confirmed', 'checked-in'];

// ---------------------------------------------------------------------------
// Idempotency, events, observations

/**
 * The first successful answer to a request with an `Idempotency-Key`, replayed
 * for a retry with the same key and the same body (until it has one, the
 * request's claim on the key).
 */
export interface IdempotencyRecord {
  /** The operation, e.g. `POST /v1/tickets`; keys are unique per scope. */
  readonly scope: string;
  /** The client's `Idempotency-Key`. */
  readonly key: string;
  /** Keyed hash of the request body, to tell a retry from a different request. */
  readonly requestHash: string;
  /** HTTP status of the stored answer. */
  readonly status: number;
  /** The stored answer, opaque to the store (the engine may encrypt it). */
  readonly body: string;
  /** When it was stored, in epoch milliseconds. */
  readonly createdAtMs: number;
}

/** What {@link Store.appendEvent} stores; the store assigns the id. */
export interface NewQueueEvent {
  /** The event's `type`, e.g. `ticket.called`. */
  readonly type: string;
  /** When it happened, in epoch milliseconds (for pruning). */
  readonly atMs: number;
  /** The event as JSON, without its id. */
  readonly data: string;
}

/** A stored queue event. */
export interface QueueEventRecord extends NewQueueEvent {
  /** Monotonic id: greater than every id assigned before, never reused, also after pruning or a restart. */
  readonly id: number;
}

/** Observed service times of one service on one day, to estimate waits. */
export interface ServiceTimeStats {
  /** How many tickets were completed. */
  readonly count: number;
  /** Their summed service time (called to completed), in seconds. */
  readonly totalSeconds: number;
}

// ---------------------------------------------------------------------------
// Statistics and the satisfaction survey

/** Which tickets {@link Store.countTicketsBetween} counts besides the days; every given field must match. */
export interface TicketCountFilter {
  /** Only tickets in one of these statuses. */
  readonly statuses?: readonly TicketStatus[];
  /** Only tickets of these services (an empty list matches nothing). */
  readonly serviceIds?: readonly string[];
}

/** A range of site-local days, both inclusive (`YYYY-MM-DD` compares as text). */
export interface LocalDateRange {
  readonly from: LocalDate;
  readonly to: LocalDate;
}

/**
 * The survey code of one completed ticket. The only link between a visit and
 * the survey; the response itself is stored apart, without the code.
 */
export interface SurveyInvitationRecord {
  /** The code in its canonical form (`normalizeSurveyCode`), e.g. `7QX4-M2KP`. Primary key. */
  readonly code: string;
  /** The completed ticket. Unique: one code per ticket. */
  readonly ticketId: string;
  readonly serviceId: string;
  /** The site-local day of the visit. */
  readonly localDate: LocalDate;
  /** Until when it can be answered, as the engine formats instants. */
  readonly expiresAt: string;
  /** When it was answered, or `null`. */
  readonly answeredAt: string | null;
}

/**
 * One survey response. Holds no code, ticket or time of day: only the service
 * and the day of the visit, so it cannot be traced back to a person.
 */
export interface SurveyResponseRecord {
  /** Random id (base64url), for paging. Primary key. */
  readonly id: string;
  readonly serviceId: string;
  readonly agencyId: string;
  /** The site-local day of the visit. */
  readonly localDate: LocalDate;
  /** The nine scores, 1 to 4, in `SURVEY_ELEMENTS` order. */
  readonly scores: readonly number[];
  readonly ageGroup: string | null;
  readonly sex: string | null;
  readonly education: string | null;
  readonly occupation: string | null;
  /** The free-text suggestion, trimmed, or `null`. */
  readonly suggestion: string | null;
}

/** Which survey responses {@link Store.surveyTotals} and {@link Store.listSuggestions} read; every given field must match. */
export interface SurveyFilter {
  /** Visit days. */
  readonly localDates: LocalDateRange;
  readonly agencyId?: string;
  readonly serviceId?: string;
}

/** The summed scores of one service's responses. */
export interface SurveyServiceTotals {
  readonly agencyId: string;
  readonly serviceId: string;
  readonly respondents: number;
  /** Each element's summed scores, nine numbers in `SURVEY_ELEMENTS` order. */
  readonly scoreTotals: readonly number[];
}

/**
 * What statistics read of a ticket ({@link Store.listTicketTimesBetween}): its
 * service, day, status and times, and nothing that tells tickets apart.
 */
export type TicketTimesRecord = Pick<
  TicketRecord,
  'serviceId' | 'localDate' | 'status' | 'issuedAt' | 'calledAt' | 'finishedAt'
>;

/** A suggestion as {@link Store.listSuggestions} returns it. */
export type SuggestionRecord = Pick<SurveyResponseRecord, 'id' | 'serviceId' | 'localDate'> & {
  readonly suggestion: string;
};

/** Where a page of suggestions continues: after this (`localDate`, `id`) in newest-first order. */
export interface SuggestionCursor {
  readonly localDate: LocalDate;
  readonly id: string;
}

/** The unique constraint a write broke. */
export type StoreConstraint =
  | 'seeded'
  | 'ticket_id'
  | 'ticket_number'
  | 'booking_code'
  | 'booking_active_nik'
  | 'idempotency_key'
  | 'survey_code'
  | 'survey_ticket'
  | 'survey_response_id';

/**
 * Thrown by a write that would break a unique constraint. The transaction it ran
 * in is rolled back as a whole (the error passes through {@link Store.transaction}).
 */
export class StoreConflictError extends Error {
  override readonly name = 'StoreConflictError';

  constructor(readonly constraint: StoreConstraint) {
    super(`Store constraint violated: ${constraint}`);
  }
}

/**
 * Thrown when the database cannot be reached: refused or dropped connections,
 * a server shutting down or starting up, no free connection in time. The write
 * did not happen or was rolled back; the same request may be retried later
 * (the API answers `503 unavailable` with `Retry-After`).
 */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';

  constructor(options?: ErrorOptions) {
    super('The database is unavailable', options);
  }
}

/**
 * The persistence the queue and booking engines run over: a few tables behind
 * asynchronous, transactional methods. Implemented by `MemoryStore` (tests, the
 * browser), `SqliteStore` (Node, one machine) and `PostgresStore` (Node, any
 * number of server processes on one database).
 *
 * Rules every implementation keeps:
 * - **Reference data is synchronous.** The site, settings, agencies and services
 *   are written once by {@link Store.loadSeed} and read from memory in the seed's
 *   order ({@link Store.isSeeded} to {@link Store.getService}); everything live
 *   (counters, tickets, bookings, events, ...) is read and written through promises.
 * - **Atomic.** {@link Store.transaction} runs its function against a store `tx`
 *   so that no other transaction's writes interleave with it, in this process or
 *   another on the same database (memory and SQLite: one transaction at a time;
 *   SQLite `BEGIN IMMEDIATE`; PostgreSQL: a transaction-scoped advisory lock per
 *   database), and undoes every write of the function when it throws. Event ids
 *   are therefore assigned in commit order. A call outside a transaction commits
 *   on its own and never sees another transaction's uncommitted writes.
 * - **Copies.** Records read are plain objects the caller may keep; changing them
 *   does not change the store. Records written are copied in.
 * - **Unique constraints** (see {@link StoreConstraint}) throw {@link StoreConflictError};
 *   other failures throw ordinary errors.
 */
export interface Store {
  /**
   * Runs `fn` as one transaction and resolves to its result. `fn` must make every
   * call through `tx` (a call on the outer store waits until the transaction is
   * over: it would wait forever). A call on `tx.transaction` joins the open
   * transaction (no nested savepoint). When `fn` rejects, every write it made is
   * undone and the error is rethrown.
   *
   * @example
   * await store.transaction(async (tx) => {
   *   const last = await tx.lastSequence(id, day);
   *   await tx.saveSequence(id, day, last + 1);
   * });
   */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` against a consistent view: every read through `tx` sees the same
   * committed state, whatever commits meanwhile (memory and SQLite: a
   * transaction of its own; PostgreSQL: a read-only `REPEATABLE READ`
   * transaction, which waits for no writer). For answers built from several
   * reads, such as a queue snapshot and the id of the last event it includes.
   * `fn` must not write. Inside a transaction, it joins it.
   */
  read<T>(fn: (tx: Store) => Promise<T>): Promise<T>;

  /** Whether a seed has been loaded (a fresh database has none). */
  isSeeded(): boolean;
  /**
   * Loads reference data into an empty store: the site, agencies, services (with
   * booking configuration), counters (each `open`, no current ticket), settings
   * and the visitor history.
   *
   * @throws StoreConflictError `seeded` when a seed was loaded before
   */
  loadSeed(seed: StoreSeed): Promise<void>;

  /** @throws Error when no seed was loaded */
  getSite(): Site;
  /** @throws Error when no seed was loaded */
  getSettings(): StoreSettings;
  /** Agencies in seed order. */
  listAgencies(): AgencyRecord[];
  /** Services in seed order. */
  listServices(): ServiceRecord[];
  getService(id: string): ServiceRecord | undefined;

  /** Counters in seed order, with their live state. */
  listCounters(): Promise<CounterRecord[]>;
  getCounter(id: string): Promise<CounterRecord | undefined>;
  /** Changes a counter's live state; an unknown id is an error. */
  updateCounter(id: string, patch: CounterPatch): Promise<void>;

  /** The last queue sequence issued for a service on a day; `0` when none yet (numbering restarts daily). */
  lastSequence(serviceId: string, localDate: LocalDate): Promise<number>;
  /** Records the last queue sequence issued for a service on a day (insert or replace). */
  saveSequence(serviceId: string, localDate: LocalDate, sequence: number): Promise<void>;

  /**
   * @throws StoreConflictError `ticket_id` for a known id, `ticket_number` for a
   *   (`serviceId`, `localDate`, `sequence`) already taken
   */
  insertTicket(ticket: TicketRecord): Promise<void>;
  getTicket(id: string): Promise<TicketRecord | undefined>;
  /** Changes a ticket; an unknown id is an error. */
  updateTicket(id: string, patch: TicketPatch): Promise<void>;
  /** Tickets matching `filter`, in ascending `queueKey` order (ties by `id`). */
  listTickets(filter: TicketFilter): Promise<TicketRecord[]>;
  /** How many tickets match `filter`. */
  countTickets(filter: TicketFilter): Promise<number>;

  /**
   * @throws StoreConflictError `booking_code` for a known code; `booking_active_nik`
   *   when an active booking (see {@link ACTIVE_BOOKING_STATUSES}) with the same
   *   `nikHash`, `serviceId` and `localDate` exists and this one is active too
   *   (bookings whose applicant was erased do not count)
   */
  insertBooking(booking: BookingRecord): Promise<void>;
  getBooking(code: string): Promise<BookingRecord | undefined>;
  /**
   * Changes a booking; an unknown code is an error.
   *
   * @throws StoreConflictError `booking_active_nik` when the change would give the
   *   applicant two active bookings of the service on one day
   */
  updateBooking(code: string, patch: BookingPatch): Promise<void>;
  /**
   * Erases the applicant's personal data of a booking: `nikHash`, `applicantCipher`
   * and `applicantName` become empty strings and `erasedAt` is set (an erased
   * booking keeps its first `erasedAt`). An erased booking no longer takes part in
   * the `booking_active_nik` constraint, so its empty hash never clashes with
   * another. An unknown code is an error.
   */
  eraseApplicant(code: string, erasedAt: string): Promise<void>;
  /** Bookings matching `filter`, by `slotStart` then `code`. */
  findBookings(filter: BookingFilter): Promise<BookingRecord[]>;
  /** How many bookings match `filter`. */
  countBookings(filter: BookingFilter): Promise<number>;

  /** The stored answer for (`scope`, `key`), if any. */
  getIdempotency(scope: string, key: string): Promise<IdempotencyRecord | undefined>;
  /** @throws StoreConflictError `idempotency_key` when (`scope`, `key`) is stored already */
  insertIdempotency(record: IdempotencyRecord): Promise<void>;
  /** Forgets the record for (`scope`, `key`), if any. */
  deleteIdempotency(scope: string, key: string): Promise<void>;
  /** Forgets records created before `createdAtMs`. */
  deleteIdempotencyBefore(createdAtMs: number): Promise<void>;

  /** Stores a queue event and returns its new id (see {@link QueueEventRecord.id}). */
  appendEvent(event: NewQueueEvent): Promise<number>;
  /** Up to `limit` events with an id greater than `afterId`, in id order. */
  eventsAfter(afterId: number, limit: number): Promise<QueueEventRecord[]>;
  /** The greatest id ever assigned; `0` before the first event (also kept when pruned). */
  lastEventId(): Promise<number>;
  /** The smallest id still stored, or `null` when none is. */
  firstEventId(): Promise<number | null>;
  /** Forgets events that happened before `atMs`. */
  deleteEventsBefore(atMs: number): Promise<void>;

  /** Adds one observed service time (seconds) to a service's day. */
  addServiceTime(serviceId: string, localDate: LocalDate, seconds: number): Promise<void>;
  /** The day's observed service times of a service; zero counts when none. */
  serviceTimes(serviceId: string, localDate: LocalDate): Promise<ServiceTimeStats>;

  /** The seed's historical monthly visitors per agency, in seed order (empty when it had none). */
  listHistory(): Promise<SeedHistory[]>;
  /** Tickets issued on the days of `range`, by `localDate`, then `queueKey`, then `id`. */
  listTicketsBetween(range: LocalDateRange): Promise<TicketRecord[]>;
  /**
   * The {@link TicketTimesRecord} of every ticket issued on the days of `range`, in
   * no particular order: the statistics' one pass over a range, which would
   * otherwise read (and SQLite build) every column of a year of tickets.
   */
  listTicketTimesBetween(range: LocalDateRange): Promise<TicketTimesRecord[]>;
  /**
   * How many tickets were issued on the days of `range`; with `filter`, only those
   * in one of its `statuses` and of one of its `serviceIds` (each when given).
   */
  countTicketsBetween(range: LocalDateRange, filter?: TicketCountFilter): Promise<number>;
  /** The day of the first ticket ever issued, or `null` before the first. */
  firstTicketDate(): Promise<LocalDate | null>;

  /**
   * @throws StoreConflictError `survey_code` for a code in use, `survey_ticket` when
   *   the ticket has a code already
   */
  insertSurveyInvitation(invitation: SurveyInvitationRecord): Promise<void>;
  getSurveyInvitation(code: string): Promise<SurveyInvitationRecord | undefined>;
  getSurveyInvitationForTicket(ticketId: string): Promise<SurveyInvitationRecord | undefined>;
  /** Marks an invitation answered; an unknown code is an error. */
  markSurveyAnswered(code: string, answeredAt: string): Promise<void>;
  /** @throws StoreConflictError `survey_response_id` for a known id */
  insertSurveyResponse(response: SurveyResponseRecord): Promise<void>;
  /** The summed scores per service of the responses matching `filter`, services in seed order, only those with responses. */
  surveyTotals(filter: SurveyFilter): Promise<SurveyServiceTotals[]>;
  /**
   * Up to `limit` responses matching `filter` that have a suggestion, newest visit
   * day first (ties by `id`, descending), after `cursor` when given.
   */
  listSuggestions(filter: SurveyFilter, limit: number, cursor?: SuggestionCursor): Promise<SuggestionRecord[]>;
}

/**
 * A store that several server processes share (`PostgresStore`): it tells each
 * process when any of them stored queue events, so that the live stream of
 * every process carries every event, whichever process the write reached.
 */
export interface SharedEventLog {
  /**
   * Calls `onStored` after commits that stored events (several may be told in
   * one call, and once more after listening resumed from a lost connection)
   * until the returned function is called. The events are read from the log.
   *
   * @param onError told when listening was interrupted (it resumes by itself)
   */
  listenForEvents(onStored: () => void, onError?: (error: unknown) => void): Promise<() => Promise<void>>;
}

/** Whether `store` is shared by several processes, which then publish events from its log. */
export function isSharedEventLog(store: Store): store is Store & SharedEventLog {
  return typeof (store as Partial<SharedEventLog>).listenForEvents === 'function';
}
