import * as z from 'zod/mini';
import { QUEUE_PREFIX_PATTERN } from '../rules/queue-number.js';
import { IdSchema, InstantSchema } from './common.js';
import { CounterStatusSchema } from './counter.js';
import { TicketSchema } from './ticket.js';

const nonNegativeInt = () => z.int().check(z.nonnegative());

/** A counter as the queue display shows it: its status and the ticket now being served. */
export const QueueCounterSchema = z.object({
  id: IdSchema,
  name: z.string(),
  status: CounterStatusSchema,
  serving: z.nullable(TicketSchema),
});
/** A counter on the queue display. */
export type QueueCounter = z.infer<typeof QueueCounterSchema>;

/** One service's line: how many are waiting and the estimated wait for a new ticket. */
export const QueueLineSchema = z.object({
  serviceId: IdSchema,
  prefix: z.string().check(z.regex(QUEUE_PREFIX_PATTERN)),
  waiting: nonNegativeInt(),
  estimatedWaitSeconds: z.nullable(nonNegativeInt()),
});
/** A service's line. */
export type QueueLine = z.infer<typeof QueueLineSchema>;

/** The state of the queues at `asOf`: now serving per counter, and each service's line. */
export const QueueSnapshotSchema = z.object({
  asOf: InstantSchema,
  counters: z.array(QueueCounterSchema),
  services: z.array(QueueLineSchema),
});
/** A queue snapshot. */
export type QueueSnapshot = z.infer<typeof QueueSnapshotSchema>;

/** Types of events about a ticket. */
export const TICKET_EVENT_TYPES = [
  'ticket.issued', 'ticket.called', 'ticket.recalled', 'ticket.skipped', 'ticket.completed', 'ticket.cancelled',
] as const;
/** A ticket event type. */
export type TicketEventType = (typeof TICKET_EVENT_TYPES)[number];

const eventBase = {
  /** The Server-Sent Events id, increasing; send the last one as `Last-Event-ID` to resume. */
  id: z.string().check(z.minLength(1)),
  at: InstantSchema,
};

/** The full state, sent first on every (re)connection. */
export const SnapshotEventSchema = z.object({ ...eventBase, type: z.literal('snapshot'), snapshot: QueueSnapshotSchema });
/** A snapshot event. */
export type SnapshotEvent = z.infer<typeof SnapshotEventSchema>;

/** A ticket changed: with the counter involved (if any) and the service's line afterwards. */
export const TicketEventSchema = z.object({
  ...eventBase,
  type: z.enum(TICKET_EVENT_TYPES),
  ticket: TicketSchema,
  counterId: z.nullable(IdSchema),
  line: QueueLineSchema,
});
/** A ticket event. */
export type TicketEvent = z.infer<typeof TicketEventSchema>;

/** A counter opened, paused or closed (or was renamed). */
export const CounterEventSchema = z.object({ ...eventBase, type: z.literal('counter.updated'), counter: QueueCounterSchema });
/** A counter event. */
export type CounterEvent = z.infer<typeof CounterEventSchema>;

/**
 * An event of the live queue stream (`GET /v1/queues/stream`), discriminated on
 * `type`. Apply them in order with `applyQueueEvent` to keep a snapshot current.
 */
export const QueueEventSchema = z.discriminatedUnion('type', [SnapshotEventSchema, TicketEventSchema, CounterEventSchema]);
/** A live queue event. */
export type QueueEvent = z.infer<typeof QueueEventSchema>;

/** Query of `GET /v1/queues` and its stream: narrow to one agency or one service. */
export const QueueFilterSchema = z.strictObject({ agency: z.optional(IdSchema), service: z.optional(IdSchema) });
/** A queue filter. */
export type QueueFilter = z.infer<typeof QueueFilterSchema>;
