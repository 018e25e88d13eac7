// The live queue and its tickets. Public: a ticket's unguessable id is its key.
import { QueueFilterSchema, QueueSnapshotSchema } from '../schemas/queue.js';
import { TakeTicketInputSchema, TicketSchema } from '../schemas/ticket.js';
import type { RouteDefinition } from './route.js';
import { IdParamsSchema } from './params.js';

/** `GET /v1/queues`: now serving per counter and the waiting line per service, at one moment. */
export const getQueueSnapshotRoute = {
  /** `GET`: read-only, safe to retry. */
  method: 'GET',
  /** Narrowed with `?agency=` or `?service=`. */
  path: '/v1/queues',
  /** Public: no credentials (no personal data in a queue view). */
  auth: 'public',
  /** Optional `agency` and `service` ids. */
  query: QueueFilterSchema,
  /** `200 OK`. */
  status: 200,
  /** A {@link QueueSnapshot}. */
  response: QueueSnapshotSchema,
} as const satisfies RouteDefinition;

/** `POST /v1/tickets`: take a queue number (nomor antrean) for a service, from anywhere. */
export const takeTicketRoute = {
  /** `POST`: creates a ticket. */
  method: 'POST',
  /** The service goes in the body. */
  path: '/v1/tickets',
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
} as const satisfies RouteDefinition;

/** `GET /v1/tickets/{id}`: a ticket's status, position in line and estimated wait. */
export const getTicketRoute = {
  /** `GET`: read-only, safe to poll (or follow the stream instead). */
  method: 'GET',
  /** `{id}` is the ticket's unguessable id. */
  path: '/v1/tickets/{id}',
  /** Public: knowing the ticket id is the credential. */
  auth: 'public',
  /** The ticket's `id`. */
  params: IdParamsSchema,
  /** `200 OK`. */
  status: 200,
  /** The {@link Ticket} as it is now. */
  response: TicketSchema,
} as const satisfies RouteDefinition;

/** `POST /v1/tickets/{id}/cancel`: leave the queue before being called. */
export const cancelTicketRoute = {
  /** `POST`: changes the ticket's status. */
  method: 'POST',
  /** `{id}` is the ticket's unguessable id. */
  path: '/v1/tickets/{id}/cancel',
  /** Public: knowing the ticket id is the credential. */
  auth: 'public',
  /** The ticket's `id`. */
  params: IdParamsSchema,
  /** `200 OK`. */
  status: 200,
  /** The ticket, now `cancelled`. */
  response: TicketSchema,
} as const satisfies RouteDefinition;
