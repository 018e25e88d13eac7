import {
  cancelBookingRoute,
  checkInBookingRoute,
  createBookingRoute,
  getAvailabilityRoute,
  getBookingRoute,
  getCheckInRoute,
  rescheduleBookingRoute,
  type Availability,
  type AvailabilityQuery,
  type Booking,
  type BookingReceipt,
  type CheckInPreview,
  type CreateBookingInput,
  type RescheduleBookingInput,
  type Ticket,
} from '@mpp-kit/contract';
import type { ClientCore } from '../core.js';
import type { CallOptions, IdempotentCallOptions } from '../http.js';

/** Appointments (booking a slot): `client.bookings`. */
export interface BookingsResource {
  /**
   * Bookable slots of a service with their remaining capacity, day by day
   * (`from`/`to` are local dates, inclusive; the server picks a range when omitted).
   *
   * @example
   * ```ts
   * const { days } = await client.bookings.availability('ktp-el', { from: '2025-03-03', to: '2025-03-07' });
   * ```
   */
  availability(serviceId: string, query?: AvailabilityQuery, options?: CallOptions): Promise<Availability>;
  /**
   * Books a slot. The NIK and phone are checked before sending (an invalid NIK
   * throws {@link MppValidationError} without a request). Sends an `Idempotency-Key`
   * kept across retries, so a retry never books twice. Keep the receipt's `secret`:
   * it is needed to read, cancel or reschedule the booking.
   *
   * @example
   * ```ts
   * const receipt = await client.bookings.create({
   *   serviceId: 'ktp-el',
   *   slotStart: '2025-03-03T08:00:00+07:00',
   *   applicant: { name: 'Budi Santoso', nik: '3571010101900001', phone: '0812-3456-7890' },
   *   consent: true,
   * });
   * ```
   */
  create(input: CreateBookingInput, options?: IdempotentCallOptions): Promise<BookingReceipt>;
  /**
   * A booking, by its code and secret. The secret travels in the
   * `X-Booking-Secret` header, never in the URL (the server refuses `?secret=`).
   *
   * @example
   * ```ts
   * const booking = await client.bookings.get(receipt.code, receipt.secret);
   * ```
   */
  get(code: string, secret: string, options?: CallOptions): Promise<Booking>;
  /**
   * Cancels a booking. Not retried (it may already have reached the server).
   *
   * @example
   * ```ts
   * await client.bookings.cancel(receipt.code, receipt.secret);
   * ```
   */
  cancel(code: string, secret: string, options?: CallOptions): Promise<Booking>;
  /**
   * Moves a booking to another slot; returns the new receipt. Not retried.
   *
   * @example
   * ```ts
   * const moved = await client.bookings.reschedule(code, secret, { slotStart: slot.start });
   * ```
   */
  reschedule(
    code: string,
    secret: string,
    slot: RescheduleBookingInput,
    options?: CallOptions,
  ): Promise<BookingReceipt>;
  /**
   * Staff: a booking as the check-in desk sees it, before checking it in: the
   * booking (name masked, never the NIK), its check-in window (`opensAt`,
   * `closesAt`, in the site's time) and `state`: `open`, or why not
   * (`too-early`, `too-late`, `checked-in`, `not-checkable`). Needs `staffToken`.
   *
   * @throws {@link MppConfigError} when the client has no `staffToken`, before any request
   * @example
   * ```ts
   * const preview = await staff.bookings.checkInPreview('KDR-7QX4M2');
   * if (preview.state === 'open') await staff.bookings.checkIn(preview.booking.code);
   * ```
   */
  checkInPreview(code: string, options?: CallOptions): Promise<CheckInPreview>;
  /**
   * Staff: checks a booking in at the MPP, which issues a priority ticket. Needs `staffToken`.
   * Refused with `check_in_too_early`, `check_in_too_late`, `already_checked_in` or
   * `booking_not_modifiable` (cancelled, completed or missed), each an {@link MppApiError} with that `code`.
   *
   * @throws {@link MppConfigError} when the client has no `staffToken`, before any request
   * @example
   * ```ts
   * const ticket = await staff.bookings.checkIn('K7Q2M9');
   * ```
   */
  checkIn(code: string, options?: CallOptions): Promise<Ticket>;
}

/**
 * Builds `client.bookings` (slot availability and bookings) over a {@link ClientCore}, for a client
 * with only the resources a page uses.
 *
 * @example
 * ```ts
 * const bookings = bookingsResource(createCore({ baseUrl }));
 * ```
 */
export function bookingsResource({ send }: ClientCore): BookingsResource {
  return {
    availability: (serviceId, query, options) =>
      send(getAvailabilityRoute, { params: { id: serviceId }, query: query ?? {}, options }),
    create: (input, options) => send(createBookingRoute, { body: input, options }),
    get: (code, secret, options) => send(getBookingRoute, { params: { code }, secret, options }),
    cancel: (code, secret, options) => send(cancelBookingRoute, { params: { code }, secret, options }),
    reschedule: (code, secret, slot, options) =>
      send(rescheduleBookingRoute, { params: { code }, secret, body: slot, options }),
    checkInPreview: (code, options) => send(getCheckInRoute, { params: { code }, options }),
    checkIn: (code, options) => send(checkInBookingRoute, { params: { code }, options }),
  };
}
