// The live queue stream's events. A module apart from the snapshot's schemas
// (`queue.ts`), so a page that reads only snapshots bundles none of them: a
// bundler puts a whole module in the chunk that first needs it, and the SDK
// loads the stream's code (the only user of these) with `import()`.
import * as z from 'zod/mini';
import { IdSchema, InstantSchema } from './common.js';
import { QueueCounterSchema, QueueLineSchema, QueueSnapshotSchema } from './queue.js';
import { TicketSchema } from './ticket.js';

/** Types of events about a ticket. */
export const TICKET_EVENT_TYPES = [
  'ticket.issued',
  'ticket.called',
  'ticket.recalled',
  'ticket.skipped',
  'ticket.completed',
  'ticket.cancelled',
] as const;
/** A ticket event type. */
export type TicketEventType = (typeof TICKET_EVENT_TYPES)[number];

const eventBase = {
  /** The Server-Sent Events id, increasing; send the last one as `Last-Event-ID` to resume. */
  id: z.string().check(z.minLength(1)),
  /** When it happened, ISO 8601 with offset. */
  at: InstantSchema,
};

/** The full state, sent first on every (re)connection. */
export const SnapshotEventSchema = z.object({
  ...eventBase,
  /** `snapshot`: replace everything you hold with `snapshot`. */
  type: z.literal('snapshot'),
  /** The full state, as `GET /v1/queues` returns it. */
  snapshot: QueueSnapshotSchema,
});
/** A snapshot event. */
export type SnapshotEvent = z.infer<typeof SnapshotEventSchema>;

/** A ticket changed: with the counter involved (if any) and the service's line afterwards. */
export const TicketEventSchema = z.object({
  ...eventBase,
  /** What happened to the ticket, e.g. `ticket.called`. */
  type: z.enum(TICKET_EVENT_TYPES),
  /** The ticket after the change. */
  ticket: TicketSchema,
  /** The counter involved (calling, recalling, skipping, completing); `null` for issue and cancel. */
  counterId: z.nullable(IdSchema),
  /** The ticket's service line after the change. */
  line: QueueLineSchema,
});
/** A ticket event. */
export type TicketEvent = z.infer<typeof TicketEventSchema>;

/** A counter opened, paused or closed (or was renamed). */
export const CounterEventSchema = z.object({
  ...eventBase,
  /** `counter.updated`: replace the counter with the same id. */
  type: z.literal('counter.updated'),
  /** The counter after the change. */
  counter: QueueCounterSchema,
});
/** A counter event. */
export type CounterEvent = z.infer<typeof CounterEventSchema>;

/**
 * An event of the live queue stream (`GET /v1/queues/stream`), discriminated on
 * `type`. Apply them in order with `applyQueueEvent` to keep a snapshot current.
 */
export const QueueEventSchema = z.discriminatedUnion('type', [
  SnapshotEventSchema,
  TicketEventSchema,
  CounterEventSchema,
]);
/** A live queue event. */
export type QueueEvent = z.infer<typeof QueueEventSchema>;
