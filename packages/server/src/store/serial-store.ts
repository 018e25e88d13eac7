import type { LocalDate, SeedHistory, Site } from '@mpp-kit/contract';
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
} from './store.js';

/** The catalogue methods of {@link Store}: synchronous already. */
type CatalogMethods = 'isSeeded' | 'getSite' | 'getSettings' | 'listAgencies' | 'listServices' | 'getService';

/** A method of {@link Store} with the promise taken off its result. */
type Synchronous<F> = F extends (...args: infer A) => Promise<infer R> ? (...args: A) => R : never;

/**
 * The tables of a store whose every call is synchronous and local to this
 * process (memory, better-sqlite3): {@link Store} without promises, plus the
 * three steps of a transaction. {@link SerialStore} makes it a `Store`.
 */
export type SyncTables = {
  [K in Exclude<keyof Store, CatalogMethods | 'transaction' | 'read'>]: Synchronous<Store[K]>;
} & Pick<Store, CatalogMethods> & {
    /** Opens a transaction (SQLite: `BEGIN IMMEDIATE`). */
    begin(): void;
    /** Makes the open transaction's writes durable. */
    commit(): void;
    /** Undoes the open transaction's writes. */
    rollback(): void;
  };

/**
 * Whose turn it is: transactions run one at a time, in the order they asked,
 * and a call outside a transaction waits for the open one to end, so it never
 * sees writes that may still be undone.
 */
class Turns {
  /** Transactions and calls waiting or running. */
  private queued = 0;
  private last: Promise<unknown> = Promise.resolve();

  get idle(): boolean {
    return this.queued === 0;
  }

  take<T>(task: () => T | Promise<T>): Promise<T> {
    this.queued += 1;
    const result = this.last.then(task).finally(() => {
      this.queued -= 1;
    });
    this.last = result.catch(() => undefined);
    return result;
  }
}

/**
 * A {@link Store} over {@link SyncTables}: each call runs the synchronous
 * table method at once when no transaction is open (so it is atomic by
 * itself), and otherwise after the open transaction ends. A transaction gets a
 * second `SerialStore` on the same tables that runs its calls directly.
 */
export class SerialStore implements Store {
  /**
   * @param tables what every call runs
   * @param turns the queue shared by a store and its transactions' views
   * @param joined whether this is the view of an open transaction
   */
  constructor(
    private readonly tables: SyncTables,
    private readonly turns = new Turns(),
    private readonly joined = false,
  ) {}

  /** Runs a table call now, or after the open transaction. */
  private run<T>(call: () => T): Promise<T> {
    if (!this.joined && !this.turns.idle) return this.turns.take(call);
    return new Promise((resolve) => {
      resolve(call());
    });
  }

  read<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
    return this.transaction(fn);
  }

  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
    if (this.joined) return fn(this);
    return this.turns.take(async () => {
      this.tables.begin();
      try {
        const result = await fn(new SerialStore(this.tables, this.turns, true));
        this.tables.commit();
        return result;
      } catch (error) {
        this.tables.rollback();
        throw error;
      }
    });
  }

  isSeeded(): boolean {
    return this.tables.isSeeded();
  }

  getSite(): Site {
    return this.tables.getSite();
  }

  getSettings(): StoreSettings {
    return this.tables.getSettings();
  }

  listAgencies(): AgencyRecord[] {
    return this.tables.listAgencies();
  }

  listServices(): ServiceRecord[] {
    return this.tables.listServices();
  }

  getService(id: string): ServiceRecord | undefined {
    return this.tables.getService(id);
  }

  loadSeed(seed: StoreSeed): Promise<void> {
    return this.run(() => this.tables.loadSeed(seed));
  }

  listCounters(): Promise<CounterRecord[]> {
    return this.run(() => this.tables.listCounters());
  }

  getCounter(id: string): Promise<CounterRecord | undefined> {
    return this.run(() => this.tables.getCounter(id));
  }

  updateCounter(id: string, patch: CounterPatch): Promise<void> {
    return this.run(() => this.tables.updateCounter(id, patch));
  }

  lastSequence(serviceId: string, localDate: LocalDate): Promise<number> {
    return this.run(() => this.tables.lastSequence(serviceId, localDate));
  }

  saveSequence(serviceId: string, localDate: LocalDate, sequence: number): Promise<void> {
    return this.run(() => this.tables.saveSequence(serviceId, localDate, sequence));
  }

  insertTicket(ticket: TicketRecord): Promise<void> {
    return this.run(() => this.tables.insertTicket(ticket));
  }

  getTicket(id: string): Promise<TicketRecord | undefined> {
    return this.run(() => this.tables.getTicket(id));
  }

  updateTicket(id: string, patch: TicketPatch): Promise<void> {
    return this.run(() => this.tables.updateTicket(id, patch));
  }

  listTickets(filter: TicketFilter): Promise<TicketRecord[]> {
    return this.run(() => this.tables.listTickets(filter));
  }

  countTickets(filter: TicketFilter): Promise<number> {
    return this.run(() => this.tables.countTickets(filter));
  }

  insertBooking(booking: BookingRecord): Promise<void> {
    return this.run(() => this.tables.insertBooking(booking));
  }

  getBooking(code: string): Promise<BookingRecord | undefined> {
    return this.run(() => this.tables.getBooking(code));
  }

  updateBooking(code: string, patch: BookingPatch): Promise<void> {
    return this.run(() => this.tables.updateBooking(code, patch));
  }

  eraseApplicant(code: string, erasedAt: string): Promise<void> {
    return this.run(() => this.tables.eraseApplicant(code, erasedAt));
  }

  findBookings(filter: BookingFilter): Promise<BookingRecord[]> {
    return this.run(() => this.tables.findBookings(filter));
  }

  countBookings(filter: BookingFilter): Promise<number> {
    return this.run(() => this.tables.countBookings(filter));
  }

  getIdempotency(scope: string, key: string): Promise<IdempotencyRecord | undefined> {
    return this.run(() => this.tables.getIdempotency(scope, key));
  }

  insertIdempotency(record: IdempotencyRecord): Promise<void> {
    return this.run(() => this.tables.insertIdempotency(record));
  }

  deleteIdempotency(scope: string, key: string): Promise<void> {
    return this.run(() => this.tables.deleteIdempotency(scope, key));
  }

  deleteIdempotencyBefore(createdAtMs: number): Promise<void> {
    return this.run(() => this.tables.deleteIdempotencyBefore(createdAtMs));
  }

  appendEvent(event: NewQueueEvent): Promise<number> {
    return this.run(() => this.tables.appendEvent(event));
  }

  eventsAfter(afterId: number, limit: number): Promise<QueueEventRecord[]> {
    return this.run(() => this.tables.eventsAfter(afterId, limit));
  }

  lastEventId(): Promise<number> {
    return this.run(() => this.tables.lastEventId());
  }

  firstEventId(): Promise<number | null> {
    return this.run(() => this.tables.firstEventId());
  }

  deleteEventsBefore(atMs: number): Promise<void> {
    return this.run(() => this.tables.deleteEventsBefore(atMs));
  }

  addServiceTime(serviceId: string, localDate: LocalDate, seconds: number): Promise<void> {
    return this.run(() => this.tables.addServiceTime(serviceId, localDate, seconds));
  }

  serviceTimes(serviceId: string, localDate: LocalDate): Promise<ServiceTimeStats> {
    return this.run(() => this.tables.serviceTimes(serviceId, localDate));
  }

  listHistory(): Promise<SeedHistory[]> {
    return this.run(() => this.tables.listHistory());
  }

  listTicketsBetween(range: LocalDateRange): Promise<TicketRecord[]> {
    return this.run(() => this.tables.listTicketsBetween(range));
  }

  listTicketTimesBetween(range: LocalDateRange): Promise<TicketTimesRecord[]> {
    return this.run(() => this.tables.listTicketTimesBetween(range));
  }

  countTicketsBetween(range: LocalDateRange, filter?: TicketCountFilter): Promise<number> {
    return this.run(() => this.tables.countTicketsBetween(range, filter));
  }

  firstTicketDate(): Promise<LocalDate | null> {
    return this.run(() => this.tables.firstTicketDate());
  }

  insertSurveyInvitation(invitation: SurveyInvitationRecord): Promise<void> {
    return this.run(() => this.tables.insertSurveyInvitation(invitation));
  }

  getSurveyInvitation(code: string): Promise<SurveyInvitationRecord | undefined> {
    return this.run(() => this.tables.getSurveyInvitation(code));
  }

  getSurveyInvitationForTicket(ticketId: string): Promise<SurveyInvitationRecord | undefined> {
    return this.run(() => this.tables.getSurveyInvitationForTicket(ticketId));
  }

  markSurveyAnswered(code: string, answeredAt: string): Promise<void> {
    return this.run(() => this.tables.markSurveyAnswered(code, answeredAt));
  }

  insertSurveyResponse(response: SurveyResponseRecord): Promise<void> {
    return this.run(() => this.tables.insertSurveyResponse(response));
  }

  surveyTotals(filter: SurveyFilter): Promise<SurveyServiceTotals[]> {
    return this.run(() => this.tables.surveyTotals(filter));
  }

  listSuggestions(filter: SurveyFilter, limit: number, cursor?: SuggestionCursor): Promise<SuggestionRecord[]> {
    return this.run(() => this.tables.listSuggestions(filter, limit, cursor));
  }
}
