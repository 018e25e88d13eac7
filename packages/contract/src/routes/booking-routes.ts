// Slots and bookings: the holder's routes need the booking's secret; check-in is staff's.
import { AvailabilityQuerySchema, AvailabilitySchema } from '../schemas/availability.js';
import {
  BookingReceiptSchema,
  BookingSchema,
  CheckInPreviewSchema,
  CreateBookingInputSchema,
  RescheduleBookingInputSchema,
} from '../schemas/booking.js';
import { TicketSchema } from '../schemas/ticket.js';
import { BookingCodeParamsSchema, IdParamsSchema } from './params.js';
import { always, errorCodes, idempotent, staff, withBody, type RouteDefinition } from './route.js';

// A missing or wrong secret is `not_found`, like an unknown code, so codes cannot be probed;
// a secret sent as `?secret=` is `bad_request` (it belongs in `X-Booking-Secret`, never in a URL).
const booking = ['bad_request', 'not_found'] as const;
// Why a slot cannot be had.
const bookable = ['slot_full', 'slot_unavailable', 'holiday', 'site_closed'] as const;

/** `GET /v1/services/{id}/availability`: bookable slots day by day, with the places left. */
export const getAvailabilityRoute = {
  /** `GET`: read-only, safe to retry. */
  method: 'GET',
  /** `{id}` is the service's id; the days go in `?from=&to=`. */
  path: '/v1/services/{id}/availability',
  /** English one-liner for the OpenAPI document. */
  summary: 'Bookable slots of a service with remaining capacity',
  /** Public: no credentials. */
  auth: 'public',
  /** The service's `id`. */
  params: IdParamsSchema,
  /** Optional `from` and `to`, local dates `YYYY-MM-DD`. */
  query: AvailabilityQuerySchema,
  /** `200 OK`. */
  status: 200,
  /** The service's {@link Availability}. */
  response: AvailabilitySchema,
  /** `validation_failed` for a bad date or `from` after `to`; `not_found` for an unknown service. */
  errors: /* @__PURE__ */ errorCodes(['validation_failed', 'not_found'], always),
} as const satisfies RouteDefinition;

/** `POST /v1/bookings`: book a slot; never overbooks, even under concurrent requests. */
export const createBookingRoute = {
  /** `POST`: creates a booking. */
  method: 'POST',
  /** The service, slot and applicant go in the body. */
  path: '/v1/bookings',
  /** English one-liner for the OpenAPI document. */
  summary: 'Book a slot; the receipt carries the secret to manage it',
  /** Public: no credentials; the answer carries the booking's secret. */
  auth: 'public',
  /** A {@link CreateBookingInput}: service, slot start, applicant, consent. */
  body: CreateBookingInputSchema,
  /** `true`: a retry with the same `Idempotency-Key` gets the same booking, never a second one. */
  idempotencyKey: true,
  /** `201 Created`. */
  status: 201,
  /** A {@link BookingReceipt}: the booking and its secret, shown only here and on reschedule. */
  response: BookingReceiptSchema,
  /**
   * `slot_full` when no place is left; `slot_unavailable` for a slot that is not
   * offered; `holiday`/`site_closed` for a closed day; `booking_exists` when the
   * same NIK already booked this service that day; `quota_exceeded` when the day's
   * quota is used up; plus body, idempotency and `not_found` errors.
   */
  errors: /* @__PURE__ */ errorCodes(
    withBody,
    idempotent,
    ['not_found'],
    bookable,
    ['booking_exists', 'quota_exceeded'],
    always,
  ),
} as const satisfies RouteDefinition;

/** `GET /v1/bookings/{code}`: a booking, for its holder. */
export const getBookingRoute = {
  /** `GET`: read-only, safe to retry. */
  method: 'GET',
  /** `{code}` is the booking code; the secret goes in `X-Booking-Secret`. */
  path: '/v1/bookings/{code}',
  /** English one-liner for the OpenAPI document. */
  summary: 'A booking (needs its secret)',
  /** The booking's secret in `X-Booking-Secret` (a manage link carries it in the URL fragment; `?secret=` is refused). */
  auth: 'booking-secret',
  /** The booking `code`. */
  params: BookingCodeParamsSchema,
  /** `200 OK`. */
  status: 200,
  /** The {@link Booking}, name masked, without its secret. */
  response: BookingSchema,
  /**
   * An unknown code and a wrong secret both answer `not_found`, so codes cannot be
   * probed; `bad_request` when the secret comes as `?secret=` (refused even when right).
   */
  errors: /* @__PURE__ */ errorCodes(booking, always),
} as const satisfies RouteDefinition;

/** `POST /v1/bookings/{code}/cancel`: cancel a booking, up to the service's deadline before the slot. */
export const cancelBookingRoute = {
  /** `POST`: changes the booking's status. */
  method: 'POST',
  /** `{code}` is the booking code; the secret goes in `X-Booking-Secret`. */
  path: '/v1/bookings/{code}/cancel',
  /** English one-liner for the OpenAPI document. */
  summary: 'Cancel a booking (needs its secret)',
  /** The booking's secret in `X-Booking-Secret` (a manage link carries it in the URL fragment; `?secret=` is refused). */
  auth: 'booking-secret',
  /** The booking `code`. */
  params: BookingCodeParamsSchema,
  /** `200 OK`. */
  status: 200,
  /** The booking, now `cancelled`. */
  response: BookingSchema,
  /**
   * `booking_not_modifiable` when it is no longer `confirmed` or the deadline has
   * passed; `not_found` for an unknown code or a wrong secret; `bad_request` for `?secret=`.
   */
  errors: /* @__PURE__ */ errorCodes(booking, ['booking_not_modifiable'], always),
} as const satisfies RouteDefinition;

/** `POST /v1/bookings/{code}/reschedule`: move a booking to another slot of the same service. */
export const rescheduleBookingRoute = {
  /** `POST`: changes the booking's slot. */
  method: 'POST',
  /** `{code}` is the booking code; the secret goes in `X-Booking-Secret`. */
  path: '/v1/bookings/{code}/reschedule',
  /** English one-liner for the OpenAPI document. */
  summary: 'Move a booking to another slot (needs its secret)',
  /** The booking's secret in `X-Booking-Secret` (a manage link carries it in the URL fragment; `?secret=` is refused). */
  auth: 'booking-secret',
  /** The booking `code`. */
  params: BookingCodeParamsSchema,
  /** `{ "slotStart" }`: the new slot. */
  body: RescheduleBookingInputSchema,
  /** `200 OK`. */
  status: 200,
  /** The moved booking with the same secret. */
  response: BookingReceiptSchema,
  /**
   * As for a new booking (`slot_full`, `slot_unavailable`, `holiday`, `site_closed`),
   * plus `booking_not_modifiable`, and `booking_exists` when the NIK already holds one
   * that day; `not_found` for an unknown code or a wrong secret; `bad_request` for `?secret=`.
   */
  errors: /* @__PURE__ */ errorCodes(
    withBody, // has `bad_request`, for `?secret=` too
    ['not_found', 'booking_not_modifiable', 'booking_exists'],
    bookable,
    always,
  ),
} as const satisfies RouteDefinition;

/** `GET /v1/bookings/{code}/check-in`: staff see a booking and whether it can be checked in now. */
export const getCheckInRoute = {
  /** `GET`: read-only, safe to retry. */
  method: 'GET',
  /** `{code}` is the booking code the citizen shows or the desk scans. */
  path: '/v1/bookings/{code}/check-in',
  /** English one-liner for the OpenAPI document. */
  summary: 'A booking as the check-in desk sees it (no personal data)',
  /** Staff only: `Authorization: Bearer <token>`. */
  auth: 'staff',
  /** The booking `code`. */
  params: BookingCodeParamsSchema,
  /** `200 OK`. */
  status: 200,
  /** A {@link CheckInPreview}: the booking (name masked), its check-in window and state. */
  response: CheckInPreviewSchema,
  /** `not_found` for an unknown code; plus staff errors. The state, not an error, says why check-in would be refused. */
  errors: /* @__PURE__ */ errorCodes(staff, ['not_found'], always),
} as const satisfies RouteDefinition;

/** `POST /v1/bookings/{code}/check-in`: staff check the holder in on the day; issues a priority ticket. */
export const checkInBookingRoute = {
  /** `POST`: changes the booking and issues a ticket. */
  method: 'POST',
  /** `{code}` is the booking code the citizen shows. */
  path: '/v1/bookings/{code}/check-in',
  /** English one-liner for the OpenAPI document. */
  summary: 'Check a booking in: issues a priority ticket',
  /** Staff only: `Authorization: Bearer <token>`. */
  auth: 'staff',
  /** The booking `code`. */
  params: BookingCodeParamsSchema,
  /** `201 Created`: a ticket was issued. */
  status: 201,
  /** The new priority {@link Ticket}, called before walk-ins. */
  response: TicketSchema,
  /**
   * `check_in_too_early` / `check_in_too_late` outside its check-in window;
   * `already_checked_in` when it has its ticket; `booking_not_modifiable` when
   * it was cancelled, completed or missed; `queue_closed` or `site_closed` when
   * it cannot be queued now; plus staff and `not_found` errors.
   */
  errors: /* @__PURE__ */ errorCodes(
    staff,
    [
      'not_found',
      'check_in_too_early',
      'check_in_too_late',
      'already_checked_in',
      'booking_not_modifiable',
      'queue_closed',
      'site_closed',
      'holiday',
    ],
    always,
  ),
} as const satisfies RouteDefinition;
