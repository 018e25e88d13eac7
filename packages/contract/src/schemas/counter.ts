import * as z from 'zod/mini';
import { IdSchema } from './common.js';
import { TicketSchema } from './ticket.js';

/** Whether a counter (loket) calls numbers: `open`, `paused` (a short break) or `closed`. */
export const CounterStatusSchema = z.enum(['open', 'paused', 'closed']);
/** A counter's status. */
export type CounterStatus = z.infer<typeof CounterStatusSchema>;

/** A service counter (loket) of an agency and the services it handles. */
export const CounterSchema = z.object({
  id: IdSchema,
  name: z.string().check(z.minLength(1)),
  agencyId: IdSchema,
  serviceIds: z.array(IdSchema),
  status: CounterStatusSchema,
});
/** A service counter. */
export type Counter = z.infer<typeof CounterSchema>;

/** Body of `PATCH /v1/counters/{id}`: open, pause or close a counter. */
export const CounterUpdateSchema = z.strictObject({ status: CounterStatusSchema });
/** A counter update. */
export type CounterUpdate = z.infer<typeof CounterUpdateSchema>;

/**
 * Answer to a staff action at a counter: the counter after the action and the
 * ticket it concerned (`null` when none).
 */
export const StaffCallResultSchema = z.object({ counter: CounterSchema, ticket: z.nullable(TicketSchema) });
/** The result of a staff action. */
export type StaffCallResult = z.infer<typeof StaffCallResultSchema>;
