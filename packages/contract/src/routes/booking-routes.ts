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
import type { RouteDefinition } from './route.js';

/** `GET /v1/services/{id}/availability`: bookable slots day by day, with the places left. */
export const getAvailabilityRoute = {
  /** `GET`: read-only, safe to retry. */
  method: 'GET',
  /** `{id}` is the service's id; the days go in `?from=&to=`. */
  path: '/v1/services/{id}/availability',
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
} as const satisfies RouteDefinition;

/** `POST /v1/bookings`: book a slot; never overbooks, even under concurrent requests. */
export const createBookingRoute = {
  /** `POST`: creates a booking. */
  method: 'POST',
  /** The service, slot and applicant go in the body. */
  path: '/v1/bookings',
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
} as const satisfies RouteDefinition;

/** `GET /v1/bookings/{code}`: a booking, for its holder. */
export const getBookingRoute = {
  /** `GET`: read-only, safe to retry. */
  method: 'GET',
  /** `{code}` is the booking code; the secret goes in `X-Booking-Secret`. */
  path: '/v1/bookings/{code}',
  /** The booking's secret in `X-Booking-Secret` (a manage link carries it in the URL fragment; `?secret=` is refused). */
  auth: 'booking-secret',
  /** The booking `code`. */
  params: BookingCodeParamsSchema,
  /** `200 OK`. */
  status: 200,
  /** The {@link Booking}, name masked, without its secret. */
  response: BookingSchema,
} as const satisfies RouteDefinition;

/** `POST /v1/bookings/{code}/cancel`: cancel a booking, up to the service's deadline before the slot. */
export const cancelBookingRoute = {
  /** `POST`: changes the booking's status. */
  method: 'POST',
  /** `{code}` is the booking code; the secret goes in `X-Booking-Secret`. */
  path: '/v1/bookings/{code}/cancel',
  /** The booking's secret in `X-Booking-Secret` (a manage link carries it in the URL fragment; `?secret=` is refused). */
  auth: 'booking-secret',
  /** The booking `code`. */
  params: BookingCodeParamsSchema,
  /** `200 OK`. */
  status: 200,
  /** The booking, now `cancelled`. */
  response: BookingSchema,
} as const satisfies RouteDefinition;

/** `POST /v1/bookings/{code}/reschedule`: move a booking to another slot of the same service. */
export const rescheduleBookingRoute = {
  /** `POST`: changes the booking's slot. */
  method: 'POST',
  /** `{code}` is the booking code; the secret goes in `X-Booking-Secret`. */
  path: '/v1/bookings/{code}/reschedule',
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
} as const satisfies RouteDefinition;

/** `GET /v1/bookings/{code}/check-in`: staff see a booking and whether it can be checked in now. */
export const getCheckInRoute = {
  /** `GET`: read-only, safe to retry. */
  method: 'GET',
  /** `{code}` is the booking code the citizen shows or the desk scans. */
  path: '/v1/bookings/{code}/check-in',
  /** Staff only: `Authorization: Bearer <token>`. */
  auth: 'staff',
  /** The booking `code`. */
  params: BookingCodeParamsSchema,
  /** `200 OK`. */
  status: 200,
  /** A {@link CheckInPreview}: the booking (name masked), its check-in window and state. */
  response: CheckInPreviewSchema,
} as const satisfies RouteDefinition;

/** `POST /v1/bookings/{code}/check-in`: staff check the holder in on the day; issues a priority ticket. */
export const checkInBookingRoute = {
  /** `POST`: changes the booking and issues a ticket. */
  method: 'POST',
  /** `{code}` is the booking code the citizen shows. */
  path: '/v1/bookings/{code}/check-in',
  /** Staff only: `Authorization: Bearer <token>`. */
  auth: 'staff',
  /** The booking `code`. */
  params: BookingCodeParamsSchema,
  /** `201 Created`: a ticket was issued. */
  status: 201,
  /** The new priority {@link Ticket}, called before walk-ins. */
  response: TicketSchema,
} as const satisfies RouteDefinition;
