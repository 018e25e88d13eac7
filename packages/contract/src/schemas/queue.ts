import * as z from 'zod/mini';
import { QUEUE_PREFIX_PATTERN } from '../rules/queue-number.js';
import { IdSchema, InstantSchema, NonNegativeIntSchema } from './common.js';
import { CounterStatusSchema } from './counter.js';
import { TicketSchema } from './ticket.js';

/** A counter as the queue display shows it: its status and the ticket now being served. */
export const QueueCounterSchema = z.object({
  /** The counter's id, e.g. `loket-3`. */
  id: IdSchema,
  /** Name shown on the display and announced, e.g. `Loket 3`. */
  name: z.string(),
  /** The agency (instansi) that staffs it, so a page can narrow one stream to an agency. */
  agencyId: IdSchema,
  /** The services whose tickets it calls. */
  serviceIds: z.array(IdSchema),
  /** Whether it is calling numbers now. */
  status: CounterStatusSchema,
  /** The ticket called to it or being served there; `null` when it serves nobody. */
  serving: z.nullable(TicketSchema),
});
/** A counter on the queue display. */
export type QueueCounter = z.infer<typeof QueueCounterSchema>;

/** One service's line: how many are waiting and the estimated wait for a new ticket. */
export const QueueLineSchema = z.object({
  /** The service this line is for. */
  serviceId: IdSchema,
  /** The agency (instansi) that offers the service. */
  agencyId: IdSchema,
  /** The service's queue prefix, e.g. `A` for `A-012`. */
  prefix: z.string().check(z.regex(QUEUE_PREFIX_PATTERN)),
  /** Tickets of today still waiting to be called. */
  waiting: NonNegativeIntSchema,
  /** Estimated wait for a ticket taken now, in seconds; `null` when no counter serves the service. */
  estimatedWaitSeconds: z.nullable(NonNegativeIntSchema),
});
/** A service's line. */
export type QueueLine = z.infer<typeof QueueLineSchema>;

/** The state of the queues at `asOf`: now serving per counter, and each service's line. */
export const QueueSnapshotSchema = z.object({
  /** When the state was read, ISO 8601 with offset. */
  asOf: InstantSchema,
  /** Every counter in the filter's scope, with the ticket it serves. */
  counters: z.array(QueueCounterSchema),
  /** The line of every service in the filter's scope that takes queue numbers or bookings. */
  services: z.array(QueueLineSchema),
});
/** A queue snapshot. */
export type QueueSnapshot = z.infer<typeof QueueSnapshotSchema>;

/** Query of `GET /v1/queues` and its stream: narrow to one agency or one service. */
export const QueueFilterSchema = z.strictObject({
  /** Only the counters and services of this agency id, e.g. `dukcapil`. */
  agency: z.optional(IdSchema),
  /** Only this service's line and the counters that serve it. */
  service: z.optional(IdSchema),
});
/** A queue filter. */
export type QueueFilter = z.infer<typeof QueueFilterSchema>;
