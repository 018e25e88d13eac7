import * as z from 'zod/mini';
import { AgencyPageSchema } from './schemas/agency.js';
import { AvailabilityQuerySchema, AvailabilitySchema } from './schemas/availability.js';
import {
  BookingReceiptSchema,
  BookingSchema,
  CreateBookingInputSchema,
  RescheduleBookingInputSchema,
} from './schemas/booking.js';
import { IdSchema } from './schemas/common.js';
import { CounterSchema, CounterUpdateSchema, StaffCallResultSchema } from './schemas/counter.js';
import type { ErrorCode } from './schemas/errors.js';
import { QueueEventSchema, QueueFilterSchema, QueueSnapshotSchema } from './schemas/queue.js';
import { ListServicesQuerySchema, ServiceSchema, ServiceSummaryPageSchema } from './schemas/service.js';
import { SiteSchema } from './schemas/site.js';
import { TakeTicketInputSchema, TicketSchema } from './schemas/ticket.js';

/** Names of the HTTP headers the API reads or writes. */
export const HEADERS = {
  /** Makes a POST safe to retry: the same key replays the first answer (`tickets.take`, `bookings.create`). */
  idempotencyKey: 'Idempotency-Key',
  /** The booking's secret, required to read or change it. */
  bookingSecret: 'X-Booking-Secret',
  /** `Bearer <token>` for staff routes. */
  authorization: 'Authorization',
  /** `id` (default) or `en`: the language of error messages. */
  acceptLanguage: 'Accept-Language',
  /** Resumes the queue stream after the event with this id. */
  lastEventId: 'Last-Event-ID',
  /** Seconds to wait before retrying, sent with 429 and 503. */
  retryAfter: 'Retry-After',
  /** `true` on an answer replayed for a repeated `Idempotency-Key` (nothing was done twice). */
  idempotentReplayed: 'Idempotent-Replayed',
  /** Identifies a request; the same id is in the error envelope's `requestId`. */
  requestId: 'X-Request-Id',
} as const;

/**
 * Who may call a route: anyone, staff with a bearer token, or the holder of a
 * booking's secret (`X-Booking-Secret`).
 */
export type RouteAuth = 'public' | 'staff' | 'booking-secret';

/** One endpoint of API v1, described as data so the SDK, the server and the OpenAPI document share it. */
export interface RouteDefinition {
  /** HTTP method of the endpoint. */
  readonly method: 'GET' | 'POST' | 'PATCH';
  /** OpenAPI path template, e.g. `/v1/services/{id}`. */
  readonly path: string;
  /** English one-liner for the OpenAPI document. */
  readonly summary: string;
  /** Who may call it: anyone, staff (bearer token) or the booking's holder (its secret). */
  readonly auth: RouteAuth;
  /** Path parameters; a value that fails them is answered `not_found`. */
  readonly params?: z.ZodMiniObject;
  /** Query parameters (strings on the wire). */
  readonly query?: z.ZodMiniObject;
  /** JSON request body. */
  readonly body?: z.ZodMiniType;
  /** Honours `Idempotency-Key`. @default false */
  readonly idempotencyKey?: boolean;
  /** Answers a `text/event-stream` of `response` events. @default false */
  readonly stream?: boolean;
  /** Status of a successful answer. */
  readonly status: 200 | 201;
  /** Schema of the successful answer (of each event, for a stream). */
  readonly response: z.ZodMiniType;
  /** Error codes this route can answer with. */
  readonly errors: readonly ErrorCode[];
}

/** Path parameters of routes addressed by id. */
export const IdParamsSchema = z.strictObject({
  /** Id of the addressed service, ticket or counter (per the route), e.g. `ktp-el`, `loket-3`. */
  id: IdSchema,
});
/** Path parameters of routes addressed by booking code. */
export const BookingCodeParamsSchema = z.strictObject({
  /** The booking code (kode booking), e.g. `KDR-7QX4M2`. */
  code: IdSchema,
});

// Errors any route can answer.
const always = ['rate_limited', 'internal', 'unavailable'] as const;
// Errors of a route that reads a JSON body.
const withBody = ['bad_request', 'validation_failed', 'payload_too_large', 'unsupported_media_type'] as const;
const idempotent = ['idempotency_mismatch', 'idempotency_in_progress'] as const;
const staff = ['unauthorized', 'forbidden'] as const;
// A missing or wrong secret is `not_found`, like an unknown code, so codes cannot be probed.
const booking = ['not_found'] as const;
const bookable = ['slot_full', 'slot_unavailable', 'holiday', 'site_closed'] as const;

// The four counter actions share one shape, so their members are documented once here.
const staffAction = (path: string, summary: string, errors: readonly ErrorCode[]) =>
  ({
    /** `POST`: an action at the counter; repeating it acts again. */
    method: 'POST',
    /** `/v1/counters/{id}/<action>`, `{id}` being the counter's id. */
    path,
    /** English one-liner for the OpenAPI document. */
    summary,
    /** Staff only: `Authorization: Bearer <token>`. */
    auth: 'staff',
    /** The counter's `id`. */
    params: IdParamsSchema,
    /** `200 OK`. */
    status: 200,
    /** The counter after the action and the ticket it concerned. */
    response: StaffCallResultSchema,
    /** `unauthorized`/`forbidden` without a valid token, `not_found` for an unknown counter, then the action's own. */
    errors: [...staff, 'not_found', ...errors, ...always],
  }) as const;

/**
 * The API v1 route table. Keys are the operation ids the SDK exposes.
 *
 * Every route can also answer `rate_limited` (429, with `Retry-After`),
 * `internal` (500) and `unavailable` (503); the `errors` comments below name
 * only the route's own codes.
 *
 * @example
 * const { method, path } = routes.getService; // 'GET', '/v1/services/{id}'
 */
export const routes = {
  /** `GET /v1/site`: the MPP itself (address, time zone, opening hours, facilities, holidays). */
  getSite: {
    /** `GET`: read-only, safe to retry. */
    method: 'GET',
    /** No parameters: one site per API. */
    path: '/v1/site',
    /** English one-liner for the OpenAPI document. */
    summary: 'The MPP: address, opening hours, facilities and holidays',
    /** Public: no credentials. */
    auth: 'public',
    /** `200 OK`. */
    status: 200,
    /** A {@link Site}. */
    response: SiteSchema,
    /** Only the common codes. */
    errors: [...always],
  },
  /** `GET /v1/agencies`: the tenant agencies (instansi) with their service counts. */
  listAgencies: {
    /** `GET`: read-only, safe to retry. */
    method: 'GET',
    /** No parameters: every agency of the site. */
    path: '/v1/agencies',
    /** English one-liner for the OpenAPI document. */
    summary: 'Agencies (instansi) at the MPP with their service counts',
    /** Public: no credentials. */
    auth: 'public',
    /** `200 OK`. */
    status: 200,
    /** A page of {@link Agency} items. */
    response: AgencyPageSchema,
    /** Only the common codes. */
    errors: [...always],
  },
  /** `GET /v1/services`: one page of the service catalog, filtered and searched. */
  listServices: {
    /** `GET`: read-only, safe to retry. */
    method: 'GET',
    /** Filters go in the query string. */
    path: '/v1/services',
    /** English one-liner for the OpenAPI document. */
    summary: 'A page of the service catalog',
    /** Public: no credentials. */
    auth: 'public',
    /** `agency`, `q`, `category`, `cursor` and `limit` (1-100, default 20). */
    query: ListServicesQuerySchema,
    /** `200 OK`. */
    status: 200,
    /** A page of {@link ServiceSummary} items. */
    response: ServiceSummaryPageSchema,
    /** `validation_failed` for a bad query value or cursor. */
    errors: ['validation_failed', ...always],
  },
  /** `GET /v1/services/{id}`: one service in full (persyaratan, biaya, completion time, legal basis). */
  getService: {
    /** `GET`: read-only, safe to retry. */
    method: 'GET',
    /** `{id}` is the service's id, e.g. `ktp-el`. */
    path: '/v1/services/{id}',
    /** English one-liner for the OpenAPI document. */
    summary: 'A service with requirements, cost, completion time and channels',
    /** Public: no credentials. */
    auth: 'public',
    /** The service's `id`. */
    params: IdParamsSchema,
    /** `200 OK`. */
    status: 200,
    /** A {@link Service}. */
    response: ServiceSchema,
    /** `not_found` for an unknown service. */
    errors: ['not_found', ...always],
  },
  /** `GET /v1/queues`: now serving per counter and the waiting line per service, at one moment. */
  getQueueSnapshot: {
    /** `GET`: read-only, safe to retry. */
    method: 'GET',
    /** Narrowed with `?agency=` or `?service=`. */
    path: '/v1/queues',
    /** English one-liner for the OpenAPI document. */
    summary: 'Now serving per counter and the waiting line per service',
    /** Public: no credentials (no personal data in a queue view). */
    auth: 'public',
    /** Optional `agency` and `service` ids. */
    query: QueueFilterSchema,
    /** `200 OK`. */
    status: 200,
    /** A {@link QueueSnapshot}. */
    response: QueueSnapshotSchema,
    /** `validation_failed` for a malformed filter, `not_found` for an unknown agency or service. */
    errors: ['validation_failed', 'not_found', ...always],
  },
  /** `GET /v1/queues/stream`: the same view live, as Server-Sent Events resumable with `Last-Event-ID`. */
  streamQueue: {
    /** `GET`: read-only; reconnect with `Last-Event-ID` to resume. */
    method: 'GET',
    /** Narrowed with `?agency=` or `?service=`, like the snapshot. */
    path: '/v1/queues/stream',
    /** English one-liner for the OpenAPI document. */
    summary: 'Live queue events (Server-Sent Events), a snapshot first',
    /** Public: no credentials. */
    auth: 'public',
    /** Optional `agency` and `service` ids. */
    query: QueueFilterSchema,
    /** `true`: the answer is a `text/event-stream`. */
    stream: true,
    /** `200 OK`, then events until the client disconnects. */
    status: 200,
    /** Each event's data: a {@link QueueEvent}, a `snapshot` first on every connection. */
    response: QueueEventSchema,
    /** `validation_failed` for a malformed filter, `not_found` for an unknown agency or service. */
    errors: ['validation_failed', 'not_found', ...always],
  },
  /** `POST /v1/tickets`: take a queue number (nomor antrean) for a service, from anywhere. */
  takeTicket: {
    /** `POST`: creates a ticket. */
    method: 'POST',
    /** The service goes in the body. */
    path: '/v1/tickets',
    /** English one-liner for the OpenAPI document. */
    summary: 'Take a queue number for a service',
    /** Public: no credentials; the ticket's unguessable `id` is its key. */
    auth: 'public',
    /** `{ "serviceId" }`. */
    body: TakeTicketInputSchema,
    /** `true`: a retry with the same `Idempotency-Key` gets the same ticket, never a second one. */
    idempotencyKey: true,
    /** `201 Created`. */
    status: 201,
    /** The new {@link Ticket}. */
    response: TicketSchema,
    /**
     * `not_found` for an unknown service; `queue_closed` when it has no queue or no
     * counter serves it; `site_closed` outside opening hours, `holiday` on a holiday; `quota_exceeded`
     * once the daily quota is used up; plus body and idempotency errors.
     */
    errors: [...withBody, ...idempotent, 'not_found', 'queue_closed', 'site_closed', 'holiday', 'quota_exceeded', ...always],
  },
  /** `GET /v1/tickets/{id}`: a ticket's status, position in line and estimated wait. */
  getTicket: {
    /** `GET`: read-only, safe to poll (or follow the stream instead). */
    method: 'GET',
    /** `{id}` is the ticket's unguessable id. */
    path: '/v1/tickets/{id}',
    /** English one-liner for the OpenAPI document. */
    summary: "A ticket's status and position in line",
    /** Public: knowing the ticket id is the credential. */
    auth: 'public',
    /** The ticket's `id`. */
    params: IdParamsSchema,
    /** `200 OK`. */
    status: 200,
    /** The {@link Ticket} as it is now. */
    response: TicketSchema,
    /** `not_found` for an unknown ticket. */
    errors: ['not_found', ...always],
  },
  /** `POST /v1/tickets/{id}/cancel`: leave the queue before being called. */
  cancelTicket: {
    /** `POST`: changes the ticket's status. */
    method: 'POST',
    /** `{id}` is the ticket's unguessable id. */
    path: '/v1/tickets/{id}/cancel',
    /** English one-liner for the OpenAPI document. */
    summary: 'Leave the queue',
    /** Public: knowing the ticket id is the credential. */
    auth: 'public',
    /** The ticket's `id`. */
    params: IdParamsSchema,
    /** `200 OK`. */
    status: 200,
    /** The ticket, now `cancelled`. */
    response: TicketSchema,
    /** `not_found` for an unknown ticket; `conflict` once it is no longer `waiting`. */
    errors: ['not_found', 'conflict', ...always],
  },
  /** `GET /v1/services/{id}/availability`: bookable slots day by day, with the places left. */
  getAvailability: {
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
    errors: ['validation_failed', 'not_found', ...always],
  },
  /** `POST /v1/bookings`: book a slot; never overbooks, even under concurrent requests. */
  createBooking: {
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
    errors: [...withBody, ...idempotent, 'not_found', ...bookable, 'booking_exists', 'quota_exceeded', ...always],
  },
  /** `GET /v1/bookings/{code}`: a booking, for its holder. */
  getBooking: {
    /** `GET`: read-only, safe to retry. */
    method: 'GET',
    /** `{code}` is the booking code; the secret goes in `X-Booking-Secret`. */
    path: '/v1/bookings/{code}',
    /** English one-liner for the OpenAPI document. */
    summary: 'A booking (needs its secret)',
    /** The booking's secret in `X-Booking-Secret` (or `?secret=` in a manage link). */
    auth: 'booking-secret',
    /** The booking `code`. */
    params: BookingCodeParamsSchema,
    /** `200 OK`. */
    status: 200,
    /** The {@link Booking}, name masked, without its secret. */
    response: BookingSchema,
    /** An unknown code and a wrong secret both answer `not_found`, so codes cannot be probed. */
    errors: [...booking, ...always],
  },
  /** `POST /v1/bookings/{code}/cancel`: cancel a booking, up to the service's deadline before the slot. */
  cancelBooking: {
    /** `POST`: changes the booking's status. */
    method: 'POST',
    /** `{code}` is the booking code; the secret goes in `X-Booking-Secret`. */
    path: '/v1/bookings/{code}/cancel',
    /** English one-liner for the OpenAPI document. */
    summary: 'Cancel a booking (needs its secret)',
    /** The booking's secret in `X-Booking-Secret` (or `?secret=` in a manage link). */
    auth: 'booking-secret',
    /** The booking `code`. */
    params: BookingCodeParamsSchema,
    /** `200 OK`. */
    status: 200,
    /** The booking, now `cancelled`. */
    response: BookingSchema,
    /** `booking_not_modifiable` when it is no longer `confirmed` or the deadline has passed. */
    errors: [...booking, 'booking_not_modifiable', ...always],
  },
  /** `POST /v1/bookings/{code}/reschedule`: move a booking to another slot of the same service. */
  rescheduleBooking: {
    /** `POST`: changes the booking's slot. */
    method: 'POST',
    /** `{code}` is the booking code; the secret goes in `X-Booking-Secret`. */
    path: '/v1/bookings/{code}/reschedule',
    /** English one-liner for the OpenAPI document. */
    summary: 'Move a booking to another slot (needs its secret)',
    /** The booking's secret in `X-Booking-Secret` (or `?secret=` in a manage link). */
    auth: 'booking-secret',
    /** The booking `code`. */
    params: BookingCodeParamsSchema,
    /** `{ "slotStart" }`: the new slot. */
    body: RescheduleBookingInputSchema,
    /** `200 OK`. */
    status: 200,
    /** The moved booking with the same secret. */
    response: BookingReceiptSchema,
    /** As for a new booking (`slot_full`, `slot_unavailable`, `holiday`, `site_closed`), plus `booking_not_modifiable`, and `booking_exists` when the NIK already holds one that day. */
    errors: [...withBody, ...booking, 'booking_not_modifiable', 'booking_exists', ...bookable, ...always],
  },
  /** `POST /v1/bookings/{code}/check-in`: staff check the holder in on the day; issues a priority ticket. */
  checkInBooking: {
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
     * `booking_not_modifiable` unless it is `confirmed` and for today; `queue_closed`
     * or `site_closed` when it cannot be queued now; plus staff and `not_found` errors.
     */
    errors: [...staff, 'not_found', 'booking_not_modifiable', 'queue_closed', 'site_closed', 'holiday', ...always],
  },
  /**
   * `POST /v1/counters/{id}/call-next`: finish the current ticket and call the next one
   * (checked-in bookings first). `counter_closed` unless the counter is open; `queue_empty` when nobody waits.
   */
  callNext: staffAction('/v1/counters/{id}/call-next', 'Call the next ticket to a counter', ['counter_closed', 'queue_empty']),
  /**
   * `POST /v1/counters/{id}/recall`: announce the current ticket again. `counter_closed` when the
   * counter is closed; `conflict` when it serves no ticket; `recall_limit` past the site's recall limit.
   */
  recallTicket: staffAction('/v1/counters/{id}/recall', "Call the counter's current ticket again", ['counter_closed', 'conflict', 'recall_limit']),
  /** `POST /v1/counters/{id}/skip`: mark the current ticket `skipped` (did not come); `conflict` when there is none. */
  skipTicket: staffAction('/v1/counters/{id}/skip', "Skip the counter's current ticket (did not come)", ['conflict']),
  /** `POST /v1/counters/{id}/complete`: mark the current ticket `done`, freeing the counter; `conflict` when there is none. */
  completeTicket: staffAction('/v1/counters/{id}/complete', "Finish serving the counter's current ticket", ['conflict']),
  /** `PATCH /v1/counters/{id}`: open, pause or close a counter (loket). */
  updateCounter: {
    /** `PATCH`: changes the counter's status. */
    method: 'PATCH',
    /** `{id}` is the counter's id, e.g. `loket-3`. */
    path: '/v1/counters/{id}',
    /** English one-liner for the OpenAPI document. */
    summary: 'Open, pause or close a counter',
    /** Staff only: `Authorization: Bearer <token>`. */
    auth: 'staff',
    /** The counter's `id`. */
    params: IdParamsSchema,
    /** `{ "status" }`: `open`, `paused` or `closed`. */
    body: CounterUpdateSchema,
    /** `200 OK`. */
    status: 200,
    /** The {@link Counter} after the change. */
    response: CounterSchema,
    /** `not_found` for an unknown counter; `conflict` when closing while a ticket is still at the counter. */
    errors: [...withBody, ...staff, 'not_found', 'conflict', ...always],
  },
} as const satisfies Record<string, RouteDefinition>;

/** Name of a route (an operation id). */
export type RouteName = keyof typeof routes;

/**
 * Fills a path template with URL-encoded parameters.
 *
 * @throws TypeError when a parameter of the template is missing or empty
 * @example buildPath('/v1/bookings/{code}', { code: 'K7Q2' }) // '/v1/bookings/K7Q2'
 */
export function buildPath(path: string, params: Readonly<Record<string, string>>): string {
  return path.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params[name];
    if (!value) throw new TypeError(`Missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(value);
  });
}
