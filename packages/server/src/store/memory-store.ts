import type { LocalDate, SeedHistory, Site } from '@mpp-kit/contract';
import {
  ACTIVE_BOOKING_STATUSES,
  StoreConflictError,
  referenceData,
  type ReferenceData,
  type AgencyRecord,
  type BookingFilter,
  type BookingPatch,
  type BookingRecord,
  type CounterPatch,
  type CounterRecord,
  type IdempotencyRecord,
  type LocalDateRange,
  type NewQueueEvent,
  type QueueEventRecord,
  type ServiceRecord,
  type ServiceTimeStats,
  type StoreSeed,
  type StoreSettings,
  type SuggestionCursor,
  type SuggestionRecord,
  type SurveyFilter,
  type SurveyInvitationRecord,
  type SurveyResponseRecord,
  type SurveyServiceTotals,
  type TicketCountFilter,
  type TicketFilter,
  type TicketPatch,
  type TicketRecord,
  type TicketTimesRecord,
} from './store.js';
import { SerialStore, type SyncTables } from './serial-store.js';
import { deepFreeze } from '../util/deep-freeze.js';

const key = (...parts: readonly (string | number)[]): string => parts.join('\u0000');

function matchesTicket(ticket: TicketRecord, filter: TicketFilter): boolean {
  return (
    ticket.localDate === filter.localDate &&
    (filter.serviceIds === undefined || filter.serviceIds.includes(ticket.serviceId)) &&
    (filter.statuses === undefined || filter.statuses.includes(ticket.status)) &&
    (filter.priority === undefined || filter.priority === ticket.priority) &&
    (filter.queueKeyBefore === undefined || ticket.queueKey < filter.queueKeyBefore)
  );
}

function matchesBooking(booking: BookingRecord, filter: BookingFilter): boolean {
  return (
    (filter.serviceId === undefined || booking.serviceId === filter.serviceId) &&
    (filter.slotStart === undefined || booking.slotStart === filter.slotStart) &&
    (filter.localDates === undefined ||
      (booking.localDate >= filter.localDates.from && booking.localDate <= filter.localDates.to)) &&
    (filter.nikHash === undefined || booking.nikHash === filter.nikHash) &&
    (filter.statuses === undefined || filter.statuses.includes(booking.status)) &&
    (filter.erased === undefined || filter.erased === (booking.erasedAt !== null))
  );
}

/** Queue order of tickets: `queueKey`, then `id`, as plain strings. */
const byQueueKey = (a: TicketRecord, b: TicketRecord): number =>
  a.queueKey < b.queueKey ? -1 : a.queueKey > b.queueKey ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

function matchesSurvey(response: SurveyResponseRecord, filter: SurveyFilter): boolean {
  return (
    response.localDate >= filter.localDates.from &&
    response.localDate <= filter.localDates.to &&
    (filter.agencyId === undefined || response.agencyId === filter.agencyId) &&
    (filter.serviceId === undefined || response.serviceId === filter.serviceId)
  );
}

/** Newest visit day first, ties by `id` descending (plain string order, as SQLite's BINARY collation). */
const newestFirst = (a: SuggestionCursor, b: SuggestionCursor): number =>
  a.localDate !== b.localDate ? (a.localDate < b.localDate ? 1 : -1) : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;

/** Whether a booking takes part in "one active booking per NIK": active and not erased. */
const holdsNik = (booking: Pick<BookingRecord, 'status' | 'erasedAt'>): boolean =>
  ACTIVE_BOOKING_STATUSES.includes(booking.status) && booking.erasedAt === null;

/**
 * The in-memory {@link Store}: for tests and for the server that runs inside a
 * browser page. JavaScript runs one function at a time and {@link SerialStore}
 * one transaction at a time, so a transaction is atomic by construction;
 * rollback replays an undo log.
 *
 * @example
 * const store = new MemoryStore(seed);
 * const app = createApp({ store, staffTokens: ['s3cret'], secret: 'a long random secret' });
 */
export class MemoryStore extends SerialStore {
  /** @param seed reference data to load right away (see {@link Store.loadSeed}) */
  constructor(seed?: StoreSeed) {
    super(new MemoryTables(seed));
  }
}

/** The tables of {@link MemoryStore}: maps, and an undo log while a transaction is open. */
class MemoryTables implements SyncTables {
  private catalog: ReferenceData | null = null;
  private readonly counters = new Map<string, CounterRecord>();
  private readonly sequences = new Map<string, number>();
  private readonly tickets = new Map<string, TicketRecord>();
  private readonly ticketNumbers = new Set<string>();
  private readonly ticketsByDate = new Map<LocalDate, string[]>();
  private readonly bookings = new Map<string, BookingRecord>();
  private readonly idempotency = new Map<string, IdempotencyRecord>();
  private events: QueueEventRecord[] = [];
  private lastId = 0;
  private readonly serviceTimeStats = new Map<string, ServiceTimeStats>();
  private history: readonly SeedHistory[] = [];
  private readonly invitations = new Map<string, SurveyInvitationRecord>();
  /** Survey code by ticket id: one code per ticket. */
  private readonly invitationCodes = new Map<string, string>();
  /** Responses by id, in the order they were stored. */
  private readonly responses = new Map<string, SurveyResponseRecord>();
  /** Undo steps of the open transaction, newest last; `null` outside a transaction. */
  private undo: (() => void)[] | null = null;

  constructor(seed?: StoreSeed) {
    if (seed) this.loadSeed(seed);
  }

  begin(): void {
    this.undo = [];
  }

  commit(): void {
    this.undo = null;
  }

  rollback(): void {
    const undo = this.undo ?? [];
    this.undo = null;
    for (const step of undo.reverse()) step();
  }

  /** Remembers how to undo a write when inside a transaction. */
  private onRollback(step: () => void): void {
    this.undo?.push(step);
  }

  /** Sets (or, with `undefined`, deletes) a map entry, undoably. */
  private put<K, V>(map: Map<K, V>, id: K, value: V | undefined): void {
    const had = map.has(id);
    const before = map.get(id);
    if (value === undefined) map.delete(id);
    else map.set(id, value);
    this.onRollback(() => (had ? map.set(id, before as V) : map.delete(id)));
  }

  private requireCatalog(): ReferenceData {
    if (!this.catalog) throw new Error('The store has no seed loaded');
    return this.catalog;
  }

  isSeeded(): boolean {
    return this.catalog !== null;
  }

  loadSeed(seed: StoreSeed): void {
    if (this.catalog) throw new StoreConflictError('seeded');
    const copy = deepFreeze(structuredClone({ ...seed }));
    this.catalog = referenceData(copy);
    this.history = copy.history;
    for (const counter of seed.counters) {
      this.counters.set(counter.id, { ...structuredClone(counter), status: 'open', currentTicketId: null });
    }
    this.onRollback(() => {
      this.catalog = null;
      this.history = [];
      this.counters.clear();
    });
  }

  getSite(): Site {
    return this.requireCatalog().site;
  }

  getSettings(): StoreSettings {
    return this.requireCatalog().settings;
  }

  listAgencies(): AgencyRecord[] {
    return [...(this.catalog?.agencies ?? [])];
  }

  listServices(): ServiceRecord[] {
    return [...(this.catalog?.services ?? [])];
  }

  getService(id: string): ServiceRecord | undefined {
    return this.catalog?.servicesById.get(id);
  }

  listCounters(): CounterRecord[] {
    return [...this.counters.values()].map((counter) => ({ ...counter }));
  }

  getCounter(id: string): CounterRecord | undefined {
    const counter = this.counters.get(id);
    return counter && { ...counter };
  }

  updateCounter(id: string, patch: CounterPatch): void {
    const counter = this.counters.get(id);
    if (!counter) throw new Error(`Unknown counter: ${id}`);
    this.put(this.counters, id, { ...counter, ...patch });
  }

  lastSequence(serviceId: string, localDate: LocalDate): number {
    return this.sequences.get(key(serviceId, localDate)) ?? 0;
  }

  saveSequence(serviceId: string, localDate: LocalDate, sequence: number): void {
    this.put(this.sequences, key(serviceId, localDate), sequence);
  }

  insertTicket(ticket: TicketRecord): void {
    if (this.tickets.has(ticket.id)) throw new StoreConflictError('ticket_id');
    const number = key(ticket.serviceId, ticket.localDate, ticket.sequence);
    if (this.ticketNumbers.has(number)) throw new StoreConflictError('ticket_number');
    this.put(this.tickets, ticket.id, { ...ticket });
    this.ticketNumbers.add(number);
    let day = this.ticketsByDate.get(ticket.localDate);
    if (!day) {
      day = [];
      this.ticketsByDate.set(ticket.localDate, day);
    }
    day.push(ticket.id);
    const ids = day;
    this.onRollback(() => {
      this.ticketNumbers.delete(number);
      ids.pop();
    });
  }

  getTicket(id: string): TicketRecord | undefined {
    const ticket = this.tickets.get(id);
    return ticket && { ...ticket };
  }

  updateTicket(id: string, patch: TicketPatch): void {
    const ticket = this.tickets.get(id);
    if (!ticket) throw new Error(`Unknown ticket: ${id}`);
    this.put(this.tickets, id, { ...ticket, ...patch });
  }

  private ticketsMatching(filter: TicketFilter): TicketRecord[] {
    const ids = this.ticketsByDate.get(filter.localDate) ?? [];
    const found: TicketRecord[] = [];
    for (const id of ids) {
      const ticket = this.tickets.get(id);
      if (ticket && matchesTicket(ticket, filter)) found.push(ticket);
    }
    return found;
  }

  listTickets(filter: TicketFilter): TicketRecord[] {
    return this.ticketsMatching(filter)
      .sort(byQueueKey)
      .map((ticket) => ({ ...ticket }));
  }

  countTickets(filter: TicketFilter): number {
    return this.ticketsMatching(filter).length;
  }

  /** Whether another active booking holds the applicant's place for the service on that day. */
  private activeNikTaken(booking: BookingRecord): boolean {
    if (!holdsNik(booking)) return false;
    for (const other of this.bookings.values()) {
      if (
        other.code !== booking.code &&
        holdsNik(other) &&
        other.nikHash === booking.nikHash &&
        other.serviceId === booking.serviceId &&
        other.localDate === booking.localDate
      ) {
        return true;
      }
    }
    return false;
  }

  insertBooking(booking: BookingRecord): void {
    if (this.bookings.has(booking.code)) throw new StoreConflictError('booking_code');
    if (this.activeNikTaken(booking)) throw new StoreConflictError('booking_active_nik');
    this.put(this.bookings, booking.code, { ...booking });
  }

  getBooking(code: string): BookingRecord | undefined {
    const booking = this.bookings.get(code);
    return booking && { ...booking };
  }

  updateBooking(code: string, patch: BookingPatch): void {
    const booking = this.bookings.get(code);
    if (!booking) throw new Error(`Unknown booking: ${code}`);
    const next = { ...booking, ...patch };
    if (this.activeNikTaken(next)) throw new StoreConflictError('booking_active_nik');
    this.put(this.bookings, code, next);
  }

  eraseApplicant(code: string, erasedAt: string): void {
    const booking = this.bookings.get(code);
    if (!booking) throw new Error(`Unknown booking: ${code}`);
    this.put(this.bookings, code, {
      ...booking,
      nikHash: '',
      applicantCipher: '',
      applicantName: '',
      erasedAt: booking.erasedAt ?? erasedAt,
    });
  }

  findBookings(filter: BookingFilter): BookingRecord[] {
    return [...this.bookings.values()]
      .filter((booking) => matchesBooking(booking, filter))
      .sort((a, b) => a.slotStart.localeCompare(b.slotStart) || a.code.localeCompare(b.code))
      .map((booking) => ({ ...booking }));
  }

  countBookings(filter: BookingFilter): number {
    let count = 0;
    for (const booking of this.bookings.values()) if (matchesBooking(booking, filter)) count += 1;
    return count;
  }

  getIdempotency(scope: string, idempotencyKey: string): IdempotencyRecord | undefined {
    const record = this.idempotency.get(key(scope, idempotencyKey));
    return record && { ...record };
  }

  insertIdempotency(record: IdempotencyRecord): void {
    const id = key(record.scope, record.key);
    if (this.idempotency.has(id)) throw new StoreConflictError('idempotency_key');
    this.put(this.idempotency, id, { ...record });
  }

  deleteIdempotency(scope: string, idempotencyKey: string): void {
    this.put(this.idempotency, key(scope, idempotencyKey), undefined);
  }

  deleteIdempotencyBefore(createdAtMs: number): void {
    for (const [id, record] of this.idempotency) {
      if (record.createdAtMs < createdAtMs) this.put(this.idempotency, id, undefined);
    }
  }

  appendEvent(event: NewQueueEvent): number {
    const previous = this.lastId;
    this.lastId += 1;
    this.events.push({ ...event, id: this.lastId });
    this.onRollback(() => {
      this.events.pop();
      this.lastId = previous;
    });
    return this.lastId;
  }

  eventsAfter(afterId: number, limit: number): QueueEventRecord[] {
    // Ids are consecutive from the first stored one, so the start is an index.
    const first = this.events[0]?.id ?? this.lastId + 1;
    const start = Math.max(0, afterId + 1 - first);
    return this.events.slice(start, start + Math.max(0, limit)).map((event) => ({ ...event }));
  }

  lastEventId(): number {
    return this.lastId;
  }

  firstEventId(): number | null {
    return this.events[0]?.id ?? null;
  }

  deleteEventsBefore(atMs: number): void {
    const keep = this.events.findIndex((event) => event.atMs >= atMs);
    const removed = keep === -1 ? this.events : this.events.slice(0, keep);
    if (removed.length === 0) return;
    const before = this.events;
    this.events = keep === -1 ? [] : this.events.slice(keep);
    this.onRollback(() => {
      this.events = before;
    });
  }

  addServiceTime(serviceId: string, localDate: LocalDate, seconds: number): void {
    const id = key(serviceId, localDate);
    const stats = this.serviceTimeStats.get(id) ?? { count: 0, totalSeconds: 0 };
    this.put(this.serviceTimeStats, id, { count: stats.count + 1, totalSeconds: stats.totalSeconds + seconds });
  }

  serviceTimes(serviceId: string, localDate: LocalDate): ServiceTimeStats {
    return { ...(this.serviceTimeStats.get(key(serviceId, localDate)) ?? { count: 0, totalSeconds: 0 }) };
  }

  listHistory(): SeedHistory[] {
    return [...this.history];
  }

  /** The days that have tickets within `range`, in order (rolled-back inserts leave empty days behind). */
  private daysBetween(range: LocalDateRange): LocalDate[] {
    const days: LocalDate[] = [];
    for (const [day, ids] of this.ticketsByDate) {
      if (ids.length > 0 && day >= range.from && day <= range.to) days.push(day);
    }
    return days.sort();
  }

  listTicketsBetween(range: LocalDateRange): TicketRecord[] {
    const found: TicketRecord[] = [];
    for (const day of this.daysBetween(range)) {
      const tickets: TicketRecord[] = [];
      for (const id of this.ticketsByDate.get(day) ?? []) {
        const ticket = this.tickets.get(id);
        if (ticket) tickets.push({ ...ticket });
      }
      found.push(...tickets.sort(byQueueKey));
    }
    return found;
  }

  listTicketTimesBetween(range: LocalDateRange): TicketTimesRecord[] {
    const found: TicketTimesRecord[] = [];
    for (const day of this.daysBetween(range)) {
      for (const id of this.ticketsByDate.get(day) ?? []) {
        const ticket = this.tickets.get(id);
        if (!ticket) continue;
        const { serviceId, localDate, status, issuedAt, calledAt, finishedAt } = ticket;
        found.push({ serviceId, localDate, status, issuedAt, calledAt, finishedAt });
      }
    }
    return found;
  }

  countTicketsBetween(range: LocalDateRange, filter: TicketCountFilter = {}): number {
    const { statuses, serviceIds } = filter;
    let count = 0;
    for (const day of this.daysBetween(range)) {
      const ids = this.ticketsByDate.get(day) ?? [];
      if (!statuses && !serviceIds) {
        count += ids.length;
        continue;
      }
      for (const id of ids) {
        const ticket = this.tickets.get(id);
        if (!ticket) continue;
        if (statuses && !statuses.includes(ticket.status)) continue;
        if (serviceIds && !serviceIds.includes(ticket.serviceId)) continue;
        count += 1;
      }
    }
    return count;
  }

  firstTicketDate(): LocalDate | null {
    let first: LocalDate | null = null;
    for (const [day, ids] of this.ticketsByDate) if (ids.length > 0 && (first === null || day < first)) first = day;
    return first;
  }

  insertSurveyInvitation(invitation: SurveyInvitationRecord): void {
    if (this.invitations.has(invitation.code)) throw new StoreConflictError('survey_code');
    if (this.invitationCodes.has(invitation.ticketId)) throw new StoreConflictError('survey_ticket');
    this.put(this.invitations, invitation.code, { ...invitation });
    this.put(this.invitationCodes, invitation.ticketId, invitation.code);
  }

  getSurveyInvitation(code: string): SurveyInvitationRecord | undefined {
    const invitation = this.invitations.get(code);
    return invitation && { ...invitation };
  }

  getSurveyInvitationForTicket(ticketId: string): SurveyInvitationRecord | undefined {
    const code = this.invitationCodes.get(ticketId);
    return code === undefined ? undefined : this.getSurveyInvitation(code);
  }

  markSurveyAnswered(code: string, answeredAt: string): void {
    const invitation = this.invitations.get(code);
    if (!invitation) throw new Error(`Unknown survey code: ${code}`);
    this.put(this.invitations, code, { ...invitation, answeredAt });
  }

  insertSurveyResponse(response: SurveyResponseRecord): void {
    if (this.responses.has(response.id)) throw new StoreConflictError('survey_response_id');
    this.put(this.responses, response.id, { ...response, scores: [...response.scores] });
  }

  surveyTotals(filter: SurveyFilter): SurveyServiceTotals[] {
    const totals = new Map<string, { agencyId: string; respondents: number; scoreTotals: number[] }>();
    for (const response of this.responses.values()) {
      if (!matchesSurvey(response, filter)) continue;
      let total = totals.get(response.serviceId);
      if (!total) {
        total = { agencyId: response.agencyId, respondents: 0, scoreTotals: response.scores.map(() => 0) };
        totals.set(response.serviceId, total);
      }
      total.respondents += 1;
      const sums = total.scoreTotals;
      response.scores.forEach((score, index) => {
        sums[index] = (sums[index] ?? 0) + score;
      });
    }
    // Services in seed order: a service the seed does not know (never written by the engines) goes last.
    const order = new Map(this.listServices().map((service, index) => [service.id, index]));
    return [...totals]
      .sort(([a], [b]) => (order.get(a) ?? order.size) - (order.get(b) ?? order.size))
      .map(([serviceId, total]) => ({ serviceId, ...total }));
  }

  listSuggestions(filter: SurveyFilter, limit: number, cursor?: SuggestionCursor): SuggestionRecord[] {
    const found: SuggestionRecord[] = [];
    for (const response of this.responses.values()) {
      if (response.suggestion === null || !matchesSurvey(response, filter)) continue;
      const suggestion = {
        id: response.id,
        serviceId: response.serviceId,
        localDate: response.localDate,
        suggestion: response.suggestion,
      };
      if (cursor === undefined || newestFirst(suggestion, cursor) > 0) found.push(suggestion);
    }
    return found.sort(newestFirst).slice(0, Math.max(0, limit));
  }
}
