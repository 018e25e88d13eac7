import * as z from 'zod/mini';
import { IdSchema } from './common.js';
import { TicketSchema } from './ticket.js';

/** Whether a counter (loket) calls numbers: `open`, `paused` (a short break) or `closed`. */
export const CounterStatusSchema = z.enum(['open', 'paused', 'closed']);
/** A counter's status. */
export type CounterStatus = z.infer<typeof CounterStatusSchema>;

/** A service counter (loket) of an agency and the services it handles. */
export const CounterSchema = z.object({
  /** Stable identifier of the counter, used in staff URLs, e.g. `loket-3`. */
  id: IdSchema,
  /** Name shown on displays and announced when a number is called, e.g. `Loket 3`. */
  name: z.string().check(z.minLength(1)),
  /** The agency (instansi) that staffs it. */
  agencyId: IdSchema,
  /** Services whose tickets it calls, all of the same agency. */
  serviceIds: z.array(IdSchema),
  /** Whether it is calling numbers now. */
  status: CounterStatusSchema,
});
/** A service counter. */
export type Counter = z.infer<typeof CounterSchema>;

/** Body of `PATCH /v1/counters/{id}`: open, pause or close a counter. */
export const CounterUpdateSchema = z.strictObject({
  /** The new status: `open`, `paused` or `closed`. */
  status: CounterStatusSchema,
});
/** A counter update. */
export type CounterUpdate = z.infer<typeof CounterUpdateSchema>;

/**
 * Answer to a staff action at a counter: the counter after the action and the
 * ticket it concerned (`null` when none).
 */
export const StaffCallResultSchema = z.object({
  /** The counter after the action. */
  counter: CounterSchema,
  /** The ticket called, recalled, skipped or completed, as it is now; `null` when none. */
  ticket: z.nullable(TicketSchema),
});
/** The result of a staff action. */
export type StaffCallResult = z.infer<typeof StaffCallResultSchema>;

/**
 * Query of the counter actions (call next, recall, skip, complete): what the
 * caller believes the counter serves, so an action taken on a stale view (a
 * second console at the same counter, a slow network) is refused with
 * `counter_changed` instead of finishing a citizen nobody has seen.
 */
export const StaffActionQuerySchema = z.strictObject({
  /** The id of the ticket the caller sees at the counter, or `none` when it sees none; omitted, nothing is checked. */
  serving: z.optional(IdSchema),
});
/** A counter action's query. */
export type StaffActionQuery = z.infer<typeof StaffActionQuerySchema>;
