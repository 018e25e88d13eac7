import * as z from 'zod/mini';
import { QUEUE_NUMBER_PATTERN } from '../rules/queue-number.js';
import { IdSchema, InstantSchema, NonNegativeIntSchema } from './common.js';

/** A queue number such as `A-012` (see `formatQueueNumber`). */
export const QueueNumberSchema = z
  .string()
  .check(z.regex(QUEUE_NUMBER_PATTERN, 'Nomor antrean seperti A-012 / queue number like A-012'));
/** A queue number. */
export type QueueNumber = z.infer<typeof QueueNumberSchema>;

/**
 * Where a ticket is: `waiting` in line, `called` to a counter, being `serving`d,
 * then `done`, `skipped` (did not come when called) or `cancelled`.
 */
export const TicketStatusSchema = z.enum(['waiting', 'called', 'serving', 'done', 'skipped', 'cancelled']);
/** A ticket's status. */
export type TicketStatus = z.infer<typeof TicketStatusSchema>;

/**
 * A queue ticket (nomor antrean). Its `id` is unguessable and is the only key
 * needed to follow or cancel it. `position` and `estimatedWaitSeconds` are
 * `null` once it has left the line.
 */
export const TicketSchema = z.object({
  /** Unguessable identifier; whoever holds it can follow or cancel the ticket, so keep it private. */
  id: IdSchema,
  /** The queue number shown and announced, e.g. `A-012`; unique per service and day, not globally. */
  number: QueueNumberSchema,
  /** The service queued for. */
  serviceId: IdSchema,
  /** Where the ticket is in its life. */
  status: TicketStatusSchema,
  /** Tickets ahead in line (0 = next). */
  position: z.nullable(NonNegativeIntSchema),
  /** Estimated wait until it is called, in seconds; `null` once it left the line or when no counter serves it. */
  estimatedWaitSeconds: z.nullable(NonNegativeIntSchema),
  /** When the number was taken, ISO 8601 with the site's offset. */
  issuedAt: InstantSchema,
  /** When it was first called to a counter (a recall keeps it); `null` or absent = not yet called. */
  calledAt: z.optional(z.nullable(InstantSchema)),
  /** The counter (loket) it was called to; `null` or absent = not yet called. */
  counterId: z.optional(z.nullable(IdSchema)),
  /** Set when the ticket came from checking in a booking. */
  bookingCode: z.optional(z.nullable(IdSchema)),
  /** Priority tickets (checked-in bookings) are called before walk-ins. */
  priority: z.optional(z.boolean()),
});
/** A queue ticket. */
export type Ticket = z.infer<typeof TicketSchema>;

/** Body of `POST /v1/tickets`: the service to queue for. */
export const TakeTicketInputSchema = z.strictObject({
  /** The service to queue for (one with a `queue` channel). */
  serviceId: IdSchema,
});
/** Input to take a ticket. */
export type TakeTicketInput = z.infer<typeof TakeTicketInputSchema>;
