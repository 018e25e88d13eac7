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
export const IdParamsSchema = z.strictObject({ id: IdSchema });
/** Path parameters of routes addressed by booking code. */
export const BookingCodeParamsSchema = z.strictObject({ code: IdSchema });

// Errors any route can answer.
const always = ['rate_limited', 'internal', 'unavailable'] as const;
// Errors of a route that reads a JSON body.
const withBody = ['bad_request', 'validation_failed', 'payload_too_large', 'unsupported_media_type'] as const;
const idempotent = ['idempotency_mismatch', 'idempotency_in_progress'] as const;
const staff = ['unauthorized', 'forbidden'] as const;
const booking = ['unauthorized', 'not_found'] as const;
const bookable = ['slot_full', 'slot_unavailable', 'holiday', 'site_closed'] as const;

const staffAction = (path: string, summary: string, errors: readonly ErrorCode[]) =>
  ({
    method: 'POST',
    path,
    summary,
    auth: 'staff',
    params: IdParamsSchema,
    status: 200,
    response: StaffCallResultSchema,
    errors: [...staff, 'not_found', ...errors, ...always],
  }) as const;

/**
 * The API v1 route table. Keys are the operation ids the SDK exposes.
 *
 * @example
 * const { method, path } = routes.getService; // 'GET', '/v1/services/{id}'
 */
export const routes = {
  getSite: {
    method: 'GET', path: '/v1/site', summary: 'The MPP: address, opening hours, facilities and holidays',
    auth: 'public', status: 200, response: SiteSchema, errors: [...always],
  },
  listAgencies: {
    method: 'GET', path: '/v1/agencies', summary: 'Agencies (instansi) at the MPP with their service counts',
    auth: 'public', status: 200, response: AgencyPageSchema, errors: [...always],
  },
  listServices: {
    method: 'GET', path: '/v1/services', summary: 'A page of the service catalog',
    auth: 'public', query: ListServicesQuerySchema, status: 200, response: ServiceSummaryPageSchema,
    errors: ['validation_failed', ...always],
  },
  getService: {
    method: 'GET', path: '/v1/services/{id}', summary: 'A service with requirements, cost, completion time and channels',
    auth: 'public', params: IdParamsSchema, status: 200, response: ServiceSchema, errors: ['not_found', ...always],
  },
  getQueueSnapshot: {
    method: 'GET', path: '/v1/queues', summary: 'Now serving per counter and the waiting line per service',
    auth: 'public', query: QueueFilterSchema, status: 200, response: QueueSnapshotSchema,
    errors: ['validation_failed', 'not_found', ...always],
  },
  streamQueue: {
    method: 'GET', path: '/v1/queues/stream', summary: 'Live queue events (Server-Sent Events), a snapshot first',
    auth: 'public', query: QueueFilterSchema, stream: true, status: 200, response: QueueEventSchema,
    errors: ['validation_failed', 'not_found', ...always],
  },
  takeTicket: {
    method: 'POST', path: '/v1/tickets', summary: 'Take a queue number for a service',
    auth: 'public', body: TakeTicketInputSchema, idempotencyKey: true, status: 201, response: TicketSchema,
    errors: [...withBody, ...idempotent, 'not_found', 'queue_closed', 'site_closed', 'holiday', 'quota_exceeded', ...always],
  },
  getTicket: {
    method: 'GET', path: '/v1/tickets/{id}', summary: "A ticket's status and position in line",
    auth: 'public', params: IdParamsSchema, status: 200, response: TicketSchema, errors: ['not_found', ...always],
  },
  cancelTicket: {
    method: 'POST', path: '/v1/tickets/{id}/cancel', summary: 'Leave the queue',
    auth: 'public', params: IdParamsSchema, status: 200, response: TicketSchema,
    errors: ['not_found', 'conflict', ...always],
  },
  getAvailability: {
    method: 'GET', path: '/v1/services/{id}/availability', summary: 'Bookable slots of a service with remaining capacity',
    auth: 'public', params: IdParamsSchema, query: AvailabilityQuerySchema, status: 200, response: AvailabilitySchema,
    errors: ['validation_failed', 'not_found', ...always],
  },
  createBooking: {
    method: 'POST', path: '/v1/bookings', summary: 'Book a slot; the receipt carries the secret to manage it',
    auth: 'public', body: CreateBookingInputSchema, idempotencyKey: true, status: 201, response: BookingReceiptSchema,
    errors: [...withBody, ...idempotent, 'not_found', ...bookable, 'booking_exists', 'quota_exceeded', ...always],
  },
  getBooking: {
    method: 'GET', path: '/v1/bookings/{code}', summary: 'A booking (needs its secret)',
    auth: 'booking-secret', params: BookingCodeParamsSchema, status: 200, response: BookingSchema,
    errors: [...booking, ...always],
  },
  cancelBooking: {
    method: 'POST', path: '/v1/bookings/{code}/cancel', summary: 'Cancel a booking (needs its secret)',
    auth: 'booking-secret', params: BookingCodeParamsSchema, status: 200, response: BookingSchema,
    errors: [...booking, 'booking_not_modifiable', ...always],
  },
  rescheduleBooking: {
    method: 'POST', path: '/v1/bookings/{code}/reschedule', summary: 'Move a booking to another slot (needs its secret)',
    auth: 'booking-secret', params: BookingCodeParamsSchema, body: RescheduleBookingInputSchema, status: 200,
    response: BookingReceiptSchema,
    errors: [...withBody, ...booking, 'booking_not_modifiable', ...bookable, ...always],
  },
  checkInBooking: {
    method: 'POST', path: '/v1/bookings/{code}/check-in', summary: 'Check a booking in: issues a priority ticket',
    auth: 'staff', params: BookingCodeParamsSchema, status: 201, response: TicketSchema,
    errors: [...staff, 'not_found', 'booking_not_modifiable', 'queue_closed', 'site_closed', ...always],
  },
  callNext: staffAction('/v1/counters/{id}/call-next', 'Call the next ticket to a counter', ['counter_closed', 'queue_empty']),
  recallTicket: staffAction('/v1/counters/{id}/recall', "Call the counter's current ticket again", ['counter_closed', 'conflict', 'recall_limit']),
  skipTicket: staffAction('/v1/counters/{id}/skip', "Skip the counter's current ticket (did not come)", ['conflict']),
  completeTicket: staffAction('/v1/counters/{id}/complete', "Finish serving the counter's current ticket", ['conflict']),
  updateCounter: {
    method: 'PATCH', path: '/v1/counters/{id}', summary: 'Open, pause or close a counter',
    auth: 'staff', params: IdParamsSchema, body: CounterUpdateSchema, status: 200, response: CounterSchema,
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
