import {
  addDays,
  checkInTiming,
  checkInWindow,
  localDateOf,
  type Availability,
  type AvailabilityQuery,
  type Booking,
  type BookingConfig,
  type BookingReceipt,
  type CheckInPreview,
  type CheckInState,
  type CreateBookingInput,
  type ErrorCode,
  type LocalDate,
  type Ticket,
} from '@mpp-kit/contract';
import { NO_IDEMPOTENCY_KEY, type Engine, type IdempotencyClaim, type WriteContext } from '../engine.js';
import { ApiError } from '../http/api-error.js';
import { checkInTicket, requireService } from '../queue/queue-engine.js';
import type { ViewContext } from '../queue/views.js';
import { ACTIVE_BOOKING_STATUSES, StoreConflictError, type BookingRecord, type ServiceRecord } from '../store/store.js';
import { formatInstant } from '../time/instant.js';
import { constantTimeEqual, randomToken } from '../util/bytes.js';
import { bookingCodePrefix, generateBookingCode, normalizeBookingCode } from './booking-code.js';
import { maskName } from './mask-name.js';
import { availabilityDays, bookingWindow, findBookableSlot, type SlotTime } from './slots.js';

/** Days shown when the query names no end. */
const DEFAULT_DAYS = 14;
/** Most days one availability answer covers. */
const MAX_DAYS = 62;
/** Attempts to draw an unused booking code before giving up (a collision is already rare). */
const CODE_ATTEMPTS = 8;

/** Hash domains: a hash of one kind never equals a hash of another. */
const NIK_DOMAIN = 'nik';
const SECRET_DOMAIN = 'booking-secret';

/** A booking as its holder sees it. */
export function bookingView(booking: BookingRecord): Booking {
  return {
    code: booking.code,
    status: booking.status,
    serviceId: booking.serviceId,
    slotStart: booking.slotStart,
    slotEnd: booking.slotEnd,
    applicantName: booking.applicantName,
    createdAt: booking.createdAt,
    ticketId: booking.ticketId,
  };
}

function bookingConfig(service: ServiceRecord): BookingConfig {
  if (!service.booking) throw new ApiError('slot_unavailable');
  return service.booking;
}

/** The slot starting at `slotStart`, or the error that says why it cannot be booked. */
function requireSlot(context: Pick<WriteContext, 'site' | 'now'>, config: BookingConfig, slotStart: string): SlotTime {
  const check = findBookableSlot(context.site, config, context.now, new Date(slotStart));
  if (!check.ok) throw new ApiError(check.reason);
  return check.slot;
}

/**
 * Availability of a service: from today (or `from`) for two weeks (or to `to`),
 * within the booking horizon and at most 62 days. A service that cannot be booked
 * ahead has no days.
 */
export function availability(engine: Engine, serviceId: string, query: AvailabilityQuery): Promise<Availability> {
  return engine.read((view) => availabilityIn(view, serviceId, query));
}

/** {@link availability} in a consistent view. */
async function availabilityIn(view: ViewContext, serviceId: string, query: AvailabilityQuery): Promise<Availability> {
  const { store, now, today } = view;
  const site = store.getSite();
  const service = store.getService(serviceId);
  if (!service) throw new ApiError('not_found');
  if (!service.booking) return { serviceId, timeZone: site.timeZone, days: [] };
  const config = service.booking;
  const from = query.from && query.from > today ? query.from : today;
  const window = bookingWindow(site, config, now);
  let to = query.to ?? addDays(from, DEFAULT_DAYS - 1);
  if (to > addDays(from, MAX_DAYS - 1)) to = addDays(from, MAX_DAYS - 1);
  if (to > window.to) to = window.to;

  const online = new Map<number, number>();
  for (const booking of await store.findBookings({
    serviceId,
    localDates: { from, to },
    statuses: ACTIVE_BOOKING_STATUSES,
  })) {
    const start = Date.parse(booking.slotStart);
    online.set(start, (online.get(start) ?? 0) + 1);
  }
  // Walk-ins happen today only; their tickets count against the slot they were issued in.
  const walkIns = (await store.listTickets({ localDate: today, serviceIds: [serviceId], priority: false })).map(
    (ticket) => Date.parse(ticket.issuedAt),
  );
  const days = availabilityDays({
    site,
    config,
    now,
    from,
    to,
    usage: {
      online: (startMs) => online.get(startMs) ?? 0,
      walkIn: (startMs, endMs) => walkIns.filter((at) => at >= startMs && at < endMs).length,
    },
  });
  return { serviceId, timeZone: site.timeZone, days };
}

/** Refuses a second active booking of the same NIK for the same service on the same day. */
async function requireNoOtherBooking(
  context: WriteContext,
  nikHash: string,
  serviceId: string,
  localDate: string,
  except?: string,
): Promise<void> {
  const others = (
    await context.store.findBookings({
      nikHash,
      serviceId,
      localDates: { from: localDate, to: localDate },
      statuses: ACTIVE_BOOKING_STATUSES,
    })
  ).filter((booking) => booking.code !== except);
  if (others.length > 0) throw new ApiError('booking_exists');
}

/** Refuses when the slot's online places are all taken. */
async function requirePlace(
  context: WriteContext,
  config: BookingConfig,
  serviceId: string,
  slotStart: string,
): Promise<void> {
  const taken = await context.store.countBookings({ serviceId, slotStart, statuses: ACTIVE_BOOKING_STATUSES });
  if (taken >= config.onlineCapacity) throw new ApiError('slot_full');
}

/** Turns the store's "second active booking" constraint into the API's error. */
function asApiError(error: unknown): unknown {
  return error instanceof StoreConflictError && error.constraint === 'booking_active_nik'
    ? new ApiError('booking_exists')
    : error;
}

/**
 * Books a slot. Hashing and encryption happen first; then one transaction checks
 * the slot, the applicant's other bookings and the remaining places and inserts
 * the booking, so concurrent requests for the last place cannot both succeed.
 * `key` (the request's `Idempotency-Key`) is checked and answered in that transaction.
 */
export async function createBooking(
  engine: Engine,
  input: CreateBookingInput,
  key: IdempotencyClaim = NO_IDEMPOTENCY_KEY,
): Promise<BookingReceipt> {
  const protection = await engine.protection;
  const { store, now } = engine.view();
  const site = store.getSite();
  const service = store.getService(input.serviceId);
  if (!service) throw new ApiError('not_found');
  const config = bookingConfig(service);
  const slot = requireSlot({ site, now }, config, input.slotStart);
  const localDate = localDateOf(slot.start, site.timeZone);
  const { nik, ...contact } = input.applicant;
  const secret = randomToken();
  const [nikHash, applicantCipher, secretHash] = await Promise.all([
    protection.hash(NIK_DOMAIN, nik),
    protection.seal(JSON.stringify({ nik, ...contact })),
    protection.hash(SECRET_DOMAIN, secret),
  ]);

  try {
    for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt += 1) {
      const code = generateBookingCode(bookingCodePrefix(site.regency));
      const createdAt = formatInstant(now, site.timeZone);
      const receipt: BookingReceipt = {
        code,
        status: 'confirmed',
        serviceId: service.id,
        slotStart: formatInstant(slot.start, site.timeZone),
        slotEnd: formatInstant(slot.end, site.timeZone),
        applicantName: maskName(contact.name),
        createdAt,
        ticketId: null,
        secret,
      };
      const created = await engine.write(async (context) => {
        if (await context.store.getBooking(code)) return false; // a collision: draw again
        await key.claim(context.store);
        requireSlot(context, config, receipt.slotStart);
        await requireNoOtherBooking(context, nikHash, service.id, localDate);
        await requirePlace(context, config, service.id, receipt.slotStart);
        await context.store.insertBooking({
          code,
          secretHash,
          serviceId: service.id,
          slotStart: receipt.slotStart,
          slotEnd: receipt.slotEnd,
          localDate,
          status: 'confirmed',
          nikHash,
          applicantCipher,
          applicantName: receipt.applicantName,
          createdAt,
          updatedAt: createdAt,
          ticketId: null,
          erasedAt: null,
        });
        await key.answer(context.store, receipt);
        return true;
      });
      if (created) return receipt;
    }
  } catch (error) {
    throw asApiError(error);
  }
  throw new ApiError('unavailable');
}

/**
 * The booking with `code`, when `secret` is its secret; otherwise `not_found`
 * (also for a wrong or missing secret, so codes cannot be probed). The secret's
 * hash is compared in constant time.
 */
export async function authorizedBooking(
  engine: Engine,
  code: string,
  secret: string | undefined,
): Promise<BookingRecord> {
  const protection = await engine.protection;
  // Hash even without a secret, so a missing one takes as long as a wrong one.
  const hash = await protection.hash(SECRET_DOMAIN, secret ?? '');
  const booking = await engine.store.getBooking(normalizeBookingCode(code));
  if (!booking || !secret || !constantTimeEqual(hash, booking.secretHash)) throw new ApiError('not_found');
  return booking;
}

/** The booking again, inside a transaction, and still changeable by its holder at `now`. */
async function changeableBooking(
  context: WriteContext,
  code: string,
): Promise<{ booking: BookingRecord; config: BookingConfig }> {
  const booking = await context.store.getBooking(code);
  if (!booking) throw new ApiError('not_found');
  const service = requireService(context, booking.serviceId);
  const config = bookingConfig(service);
  const deadline = Date.parse(booking.slotStart) - config.cancelUntilMinutesBefore * 60_000;
  if (booking.status !== 'confirmed' || context.now.getTime() >= deadline) throw new ApiError('booking_not_modifiable');
  return { booking, config };
}

/** Cancels a confirmed booking until the service's deadline before its slot. */
export async function cancelBooking(engine: Engine, code: string, secret: string | undefined): Promise<Booking> {
  const { code: found } = await authorizedBooking(engine, code, secret);
  return engine.write(async (context) => {
    const { booking } = await changeableBooking(context, found);
    const updatedAt = formatInstant(context.now, context.site.timeZone);
    await context.store.updateBooking(found, { status: 'cancelled', updatedAt });
    return bookingView({ ...booking, status: 'cancelled', updatedAt });
  });
}

/**
 * Moves a confirmed booking to another slot of its service, with the same checks
 * as a new booking (the applicant keeps one booking per service per day). The
 * answer carries the same secret.
 */
export async function rescheduleBooking(
  engine: Engine,
  code: string,
  secret: string | undefined,
  slotStart: string,
): Promise<BookingReceipt> {
  const { code: found } = await authorizedBooking(engine, code, secret);
  const proven = secret ?? ''; // authorizedBooking refuses a missing secret
  try {
    const booking = await engine.write(async (context) => {
      const { booking: current, config } = await changeableBooking(context, found);
      const slot = requireSlot(context, config, slotStart);
      const start = formatInstant(slot.start, context.site.timeZone);
      if (start === current.slotStart) return current;
      const localDate = localDateOf(slot.start, context.site.timeZone);
      await requireNoOtherBooking(context, current.nikHash, current.serviceId, localDate, current.code);
      await requirePlace(context, config, current.serviceId, start);
      const patch = {
        slotStart: start,
        slotEnd: formatInstant(slot.end, context.site.timeZone),
        localDate,
        updatedAt: formatInstant(context.now, context.site.timeZone),
      };
      await context.store.updateBooking(found, patch);
      return { ...current, ...patch };
    });
    return { ...bookingView(booking), secret: proven };
  } catch (error) {
    throw asApiError(error);
  }
}

/**
 * Whether a booking can be checked in at `now`, and if not, why: its status
 * first (`not-checkable` when cancelled, completed or missed; `checked-in` once
 * it has its ticket; `not-checkable` again when its applicant was erased), then
 * the contract's check-in window, then the day (a window that reaches into
 * another day still checks in on the slot's day only).
 */
export function checkInState(booking: BookingRecord, now: Date, today: LocalDate): CheckInState {
  if (booking.status !== 'confirmed' && booking.status !== 'checked-in') return 'not-checkable';
  if (booking.status === 'checked-in' || booking.ticketId !== null) return 'checked-in';
  if (booking.erasedAt !== null) return 'not-checkable';
  const timing = checkInTiming(booking, now);
  if (timing !== 'open') return timing;
  if (booking.localDate === today) return 'open';
  return booking.localDate > today ? 'too-early' : 'too-late';
}

/** The error `POST …/check-in` answers for each state but `open`. */
const checkInRefusals: Readonly<Record<Exclude<CheckInState, 'open'>, ErrorCode>> = {
  'too-early': 'check_in_too_early',
  'too-late': 'check_in_too_late',
  'checked-in': 'already_checked_in',
  'not-checkable': 'booking_not_modifiable',
};

/**
 * A booking as the check-in desk sees it: the holder's view (name masked, no
 * NIK), its check-in window in the site's time and whether check-in is possible now.
 */
export async function checkInPreview(engine: Engine, code: string): Promise<CheckInPreview> {
  const { store, now, today } = engine.view();
  const booking = await store.getBooking(normalizeBookingCode(code));
  if (!booking) throw new ApiError('not_found');
  const { timeZone } = store.getSite();
  const window = checkInWindow(booking);
  return {
    booking: bookingView(booking),
    opensAt: formatInstant(window.opensAt, timeZone),
    closesAt: formatInstant(window.closesAt, timeZone),
    state: checkInState(booking, now, today),
  };
}

/**
 * Staff check-in within the booking's check-in window (see `checkInWindow`): a
 * priority ticket in the service's line. Refused with the reason: too early,
 * too late, already checked in, or no longer checkable; then by the queue
 * (closed queue, closed site, holiday).
 */
export function checkInBooking(engine: Engine, code: string): Promise<Ticket> {
  return engine.write(async (context) => {
    const booking = await context.store.getBooking(normalizeBookingCode(code));
    if (!booking) throw new ApiError('not_found');
    const state = checkInState(booking, context.now, context.today);
    if (state !== 'open') throw new ApiError(checkInRefusals[state]);
    const service = requireService(context, booking.serviceId);
    const ticket = await checkInTicket(context, service, {
      code: booking.code,
      slotStartMs: Date.parse(booking.slotStart),
    });
    await context.store.updateBooking(booking.code, {
      status: 'checked-in',
      ticketId: ticket.id,
      updatedAt: formatInstant(context.now, context.site.timeZone),
    });
    return ticket;
  });
}
