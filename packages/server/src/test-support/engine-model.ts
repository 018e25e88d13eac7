// The model of the queue and booking engines for the model-based tests: a few
// plain records and the rules written out again from the contract's and the
// fixture seed's words, without the engine's code, so the two can disagree.
// Each `refuse…` method names the error the engine must answer (or null when
// the action succeeds); the other methods apply a success to the model.
import type { BookingStatus, CounterStatus, ErrorCode, TicketStatus } from '@mpp-kit/contract';
import { fixtureSeed } from './fixture-seed.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The fixture's zone, Asia/Jakarta: UTC+7 all year (Indonesia has no daylight saving). */
const OFFSET_MS = 7 * HOUR;

/** The site-local date of an instant. */
export const dateOf = (ms: number): string => new Date(ms + OFFSET_MS).toISOString().slice(0, 10);
/** Minutes since local midnight of an instant. */
export const minuteOf = (ms: number): number => Math.floor(((ms + OFFSET_MS) % DAY) / MINUTE);
/** The instant of a local date and minute. */
export const instantOf = (date: string, minute: number): number =>
  Date.parse(`${date}T00:00:00Z`) - OFFSET_MS + minute * MINUTE;
/** An instant as the engine writes it: ISO 8601 in the site's offset. */
export const isoOf = (ms: number): string => `${new Date(ms + OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
/** The date `days` after `date`. */
export const addDays = (date: string, days: number): string => dateOf(instantOf(date, 0) + days * DAY);

/** The fixture seed's week, written out: Friday's prayer break is longer; 19 March is Nyepi. */
type Hours = { readonly closed: 'holiday' | 'weekend' } | { readonly periods: readonly (readonly [number, number])[] };
const WEEKDAY: Hours = {
  periods: [
    [8 * 60, 12 * 60],
    [13 * 60, 15 * 60],
  ],
};
const FRIDAY: Hours = {
  periods: [
    [8 * 60, 11 * 60 + 30],
    [13 * 60, 15 * 60],
  ],
};

/** The opening periods of a date, or why it is closed. */
export function hoursOf(date: string): Hours {
  if (date === '2026-03-19') return { closed: 'holiday' };
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return { closed: 'weekend' };
  return weekday === 5 ? FRIDAY : WEEKDAY;
}

/** Why the site turns visitors away at an instant (a break still serves: the line waits), or null. */
function closedAt(ms: number): ErrorCode | null {
  const hours = hoursOf(dateOf(ms));
  if ('closed' in hours) return hours.closed === 'holiday' ? 'holiday' : 'site_closed';
  const first = hours.periods[0]?.[0] ?? 0;
  const last = hours.periods.at(-1)?.[1] ?? 0;
  const minute = minuteOf(ms);
  return minute >= first && minute < last ? null : 'site_closed';
}

const seed = fixtureSeed();
export const SERVICES = new Map(seed.services.map((service) => [service.id, service]));
export const RECALL_LIMIT = seed.settings.recallLimit;
/** Check-in opens an hour before the slot and closes 15 minutes after it (the contract's rule, in its words). */
const CHECK_IN_BEFORE_MS = 60 * MINUTE;
const CHECK_IN_AFTER_MS = 15 * MINUTE;
/** The `serving` a counter action sends for a counter that serves nobody. */
export const NOBODY = 'none';

const ACTIVE: readonly BookingStatus[] = ['confirmed', 'checked-in'];

export interface ModelTicket {
  readonly id: string;
  readonly serviceId: string;
  readonly localDate: string;
  readonly sequence: number;
  readonly number: string;
  readonly priority: boolean;
  readonly bookingCode: string | null;
  /** Checked-in bookings are called first, by their slot; then every ticket by issue order. */
  readonly slotStartMs: number | null;
  readonly issueOrder: number;
  status: TicketStatus;
  counterId: string | null;
  recalls: number;
}

export interface ModelCounter {
  readonly id: string;
  readonly serviceIds: readonly string[];
  status: CounterStatus;
  current: string | null;
}

export interface ModelBooking {
  readonly code: string;
  readonly secret: string;
  readonly serviceId: string;
  readonly nik: string;
  slotStartMs: number;
  slotEndMs: number;
  localDate: string;
  status: BookingStatus;
  ticketId: string | null;
}

/** A slot the model would accept: its span, or the error that refuses it. */
type SlotCheck = { readonly startMs: number; readonly endMs: number } | { readonly error: ErrorCode };

const lineOrder = (a: ModelTicket, b: ModelTicket): number =>
  (a.slotStartMs === null ? 1 : 0) - (b.slotStartMs === null ? 1 : 0) ||
  (a.slotStartMs ?? 0) - (b.slotStartMs ?? 0) ||
  a.issueOrder - b.issueOrder;

/** What the engines should hold: tickets, counters and bookings, and the clock. */
export class EngineModel {
  readonly tickets: ModelTicket[] = [];
  readonly bookings: ModelBooking[] = [];
  readonly counters: Map<string, ModelCounter>;
  private issued = 0;

  constructor(public nowMs: number) {
    this.counters = new Map(
      seed.counters.map((counter) => [
        counter.id,
        { id: counter.id, serviceIds: counter.serviceIds, status: 'open', current: null },
      ]),
    );
  }

  get today(): string {
    return dateOf(this.nowMs);
  }

  counter(id: string): ModelCounter {
    const counter = this.counters.get(id);
    if (!counter) throw new Error(`the model has no counter ${id}`);
    return counter;
  }

  ticket(id: string): ModelTicket {
    const ticket = this.tickets.find((item) => item.id === id);
    if (!ticket) throw new Error(`the model has no ticket ${id}`);
    return ticket;
  }

  /** Today's waiting tickets of a service, first in line first. */
  waiting(serviceIds: readonly string[]): ModelTicket[] {
    return this.tickets
      .filter((t) => t.status === 'waiting' && t.localDate === this.today && serviceIds.includes(t.serviceId))
      .sort(lineOrder);
  }

  // --- the queue -------------------------------------------------------------

  private refuseServing(serviceId: string): ErrorCode | null {
    const closed = closedAt(this.nowMs);
    if (closed) return closed;
    const service = SERVICES.get(serviceId);
    const open = service?.counterIds.some((id) => this.counter(id).status !== 'closed');
    return open ? null : 'queue_closed';
  }

  refuseTake(serviceId: string): ErrorCode | null {
    const service = SERVICES.get(serviceId);
    if (!service) return 'not_found';
    if (!service.channels.some((channel) => channel.kind === 'queue')) return 'queue_closed';
    const refusal = this.refuseServing(serviceId);
    if (refusal) return refusal;
    const walkIns = this.tickets.filter((t) => t.serviceId === serviceId && t.localDate === this.today && !t.priority);
    return service.dailyQuota !== null && walkIns.length >= service.dailyQuota ? 'quota_exceeded' : null;
  }

  /** Issues the service's next number today (gap-free from 1). */
  issue(serviceId: string, id: string, booking?: ModelBooking): ModelTicket {
    const prefix = SERVICES.get(serviceId)?.queuePrefix ?? '?';
    const sequence = this.tickets.filter((t) => t.serviceId === serviceId && t.localDate === this.today).length + 1;
    this.issued += 1;
    const ticket: ModelTicket = {
      id,
      serviceId,
      localDate: this.today,
      sequence,
      number: `${prefix}-${String(sequence).padStart(3, '0')}`,
      priority: booking !== undefined,
      bookingCode: booking?.code ?? null,
      slotStartMs: booking?.slotStartMs ?? null,
      issueOrder: this.issued,
      status: 'waiting',
      counterId: null,
      recalls: 0,
    };
    this.tickets.push(ticket);
    return ticket;
  }

  refuseCancelTicket(ticket: ModelTicket | undefined): ErrorCode | null {
    if (!ticket) return 'not_found';
    return ticket.status === 'waiting' ? null : 'conflict';
  }

  /** The ticket leaves the line; a checked-in booking's holder who leaves cancels the booking. */
  cancelTicket(ticket: ModelTicket): void {
    ticket.status = 'cancelled';
    const booking = this.bookings.find((item) => item.code === ticket.bookingCode);
    if (booking) booking.status = 'cancelled';
  }

  /** `counter_changed` when the caller saw the counter serve another ticket (or none). */
  private refuseStale(counter: ModelCounter, serving: string | undefined): ErrorCode | null {
    return serving !== undefined && (counter.current ?? NOBODY) !== serving ? 'counter_changed' : null;
  }

  refuseCall(counter: ModelCounter, serving: string | undefined): ErrorCode | null {
    const stale = this.refuseStale(counter, serving);
    if (stale) return stale;
    if (counter.status !== 'open') return 'counter_closed';
    return this.waiting(counter.serviceIds).length === 0 ? 'queue_empty' : null;
  }

  refuseRecall(counter: ModelCounter, serving: string | undefined): ErrorCode | null {
    const stale = this.refuseStale(counter, serving);
    if (stale) return stale;
    if (counter.status === 'closed') return 'counter_closed';
    if (!counter.current) return 'conflict';
    return this.ticket(counter.current).recalls >= RECALL_LIMIT ? 'recall_limit' : null;
  }

  refuseFinish(counter: ModelCounter, serving: string | undefined): ErrorCode | null {
    return this.refuseStale(counter, serving) ?? (counter.current ? null : 'conflict');
  }

  refuseStatus(counter: ModelCounter, status: CounterStatus): ErrorCode | null {
    return status === 'closed' && counter.current ? 'conflict' : null;
  }

  /** The counter's ticket ends as done or skipped; its booking, if any, as completed or no-show. */
  finish(counter: ModelCounter, outcome: 'done' | 'skipped'): ModelTicket {
    const ticket = this.ticket(counter.current ?? '');
    ticket.status = outcome;
    counter.current = null;
    const booking = this.bookings.find((item) => item.code === ticket.bookingCode);
    if (booking) booking.status = outcome === 'done' ? 'completed' : 'no-show';
    return ticket;
  }

  /** Calls the first in line to the counter, completing the one it served. */
  call(counter: ModelCounter): { completed: ModelTicket | null; called: ModelTicket } {
    const called = this.waiting(counter.serviceIds)[0];
    if (!called) throw new Error('the model calls from an empty line');
    const completed = counter.current ? this.finish(counter, 'done') : null;
    called.status = 'called';
    called.counterId = counter.id;
    counter.current = called.id;
    return { completed, called };
  }

  // --- bookings --------------------------------------------------------------

  /** Whether `startMs` starts a slot of the service that can be booked now, on the service's grid. */
  checkSlot(serviceId: string, startMs: number): SlotCheck {
    const config = SERVICES.get(serviceId)?.booking;
    if (!config) return { error: 'slot_unavailable' };
    const date = dateOf(startMs);
    if (date < this.today || date > addDays(this.today, config.horizonDays) || startMs <= this.nowMs) {
      return { error: 'slot_unavailable' };
    }
    const hours = hoursOf(date);
    if ('closed' in hours) return { error: hours.closed === 'holiday' ? 'holiday' : 'site_closed' };
    const minute = minuteOf(startMs);
    const length = config.slotMinutes;
    const onGrid = hours.periods.some(
      ([start, end]) => minute >= start && (minute - start) % length === 0 && minute + length <= end,
    );
    return onGrid ? { startMs, endMs: startMs + length * MINUTE } : { error: 'slot_unavailable' };
  }

  active(filter: (booking: ModelBooking) => boolean): ModelBooking[] {
    return this.bookings.filter((booking) => ACTIVE.includes(booking.status) && filter(booking));
  }

  /** The refusal of a booking (or a move, `moving`) of `nik` into the slot; null when it fits. */
  refuseSlot(serviceId: string, nik: string, startMs: number, moving?: ModelBooking): ErrorCode | null {
    const slot = this.checkSlot(serviceId, startMs);
    if ('error' in slot) return slot.error;
    if (moving && moving.slotStartMs === startMs) return null;
    const date = dateOf(startMs);
    const sameDay = (b: ModelBooking) => b !== moving && b.nik === nik && b.serviceId === serviceId;
    if (this.active((b) => sameDay(b) && b.localDate === date).length > 0) return 'booking_exists';
    const capacity = SERVICES.get(serviceId)?.booking?.onlineCapacity ?? 0;
    const taken = this.active((b) => b.serviceId === serviceId && b.slotStartMs === startMs).length;
    return taken >= capacity ? 'slot_full' : null;
  }

  book(booking: Omit<ModelBooking, 'slotEndMs' | 'localDate' | 'status' | 'ticketId'>): ModelBooking {
    const slot = this.checkSlot(booking.serviceId, booking.slotStartMs);
    if ('error' in slot) throw new Error('the model books a refused slot');
    const created: ModelBooking = {
      ...booking,
      slotEndMs: slot.endMs,
      localDate: dateOf(slot.startMs),
      status: 'confirmed',
      ticketId: null,
    };
    this.bookings.push(created);
    return created;
  }

  /** Cancelling and moving need a confirmed booking before its service's deadline. */
  refuseChange(booking: ModelBooking | undefined, secretKnown: boolean): ErrorCode | null {
    if (!booking || !secretKnown) return 'not_found';
    const minutes = SERVICES.get(booking.serviceId)?.booking?.cancelUntilMinutesBefore ?? 0;
    const deadline = booking.slotStartMs - minutes * MINUTE;
    return booking.status === 'confirmed' && this.nowMs < deadline ? null : 'booking_not_modifiable';
  }

  move(booking: ModelBooking, startMs: number): void {
    const slot = this.checkSlot(booking.serviceId, startMs);
    if ('error' in slot) throw new Error('the model moves to a refused slot');
    booking.slotStartMs = slot.startMs;
    booking.slotEndMs = slot.endMs;
    booking.localDate = dateOf(slot.startMs);
  }

  refuseCheckIn(booking: ModelBooking | undefined): ErrorCode | null {
    if (!booking) return 'not_found';
    if (booking.status === 'checked-in') return 'already_checked_in';
    if (booking.status !== 'confirmed') return 'booking_not_modifiable';
    if (this.nowMs < booking.slotStartMs - CHECK_IN_BEFORE_MS) return 'check_in_too_early';
    if (this.nowMs >= booking.slotEndMs + CHECK_IN_AFTER_MS) return 'check_in_too_late';
    if (booking.localDate !== this.today) {
      return booking.localDate > this.today ? 'check_in_too_early' : 'check_in_too_late';
    }
    return this.refuseServing(booking.serviceId);
  }

  checkIn(booking: ModelBooking, ticketId: string): ModelTicket {
    const ticket = this.issue(booking.serviceId, ticketId, booking);
    booking.status = 'checked-in';
    booking.ticketId = ticket.id;
    return ticket;
  }
}
