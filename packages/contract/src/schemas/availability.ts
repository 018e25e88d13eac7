import * as z from 'zod/mini';
import { IdSchema, InstantSchema, LocalDateSchema, NonNegativeIntSchema, TimeZoneSchema } from './common.js';

// One check object serves both quotas of a slot.
const withinCapacity = z.refine<{ capacity: number; remaining: number }>(
  (quota) => quota.remaining <= quota.capacity,
  'Sisa melebihi kapasitas / remaining exceeds capacity',
);

/** Capacity and what is left of it. */
const QuotaSchema = z
  .object({
    /** Walk-in places in this slot: queue numbers taken on the day during it. */
    capacity: NonNegativeIntSchema,
    /** Walk-in places still free, `0` to `capacity`. */
    remaining: NonNegativeIntSchema,
  })
  .check(withinCapacity);

/**
 * A bookable time slot. `capacity`/`remaining` are the online booking quota;
 * `walkIn` is the separate quota kept for people who come without booking.
 */
export const SlotSchema = z
  .object({
    /** When the slot starts, ISO 8601 with the site's offset; send it as `slotStart` to book. */
    start: InstantSchema,
    /** When the slot ends (`start` plus the service's `slotMinutes`). */
    end: InstantSchema,
    /** Places in this slot bookable online. */
    capacity: NonNegativeIntSchema,
    /** Online places still free, `0` (full) to `capacity`. */
    remaining: NonNegativeIntSchema,
    /** The separate walk-in quota of this slot, not bookable online. */
    walkIn: QuotaSchema,
  })
  .check(withinCapacity);
/** A bookable slot. */
export type Slot = z.infer<typeof SlotSchema>;

/** One day of availability; a closed day has no slots and says why. */
export const AvailabilityDaySchema = z.object({
  /** The day, `YYYY-MM-DD` in the site's time zone. */
  date: LocalDateSchema,
  /**
   * Why the MPP is closed that day: `weekend` (no opening hours on that weekday)
   * or `holiday`; `null` or absent on an open day.
   */
  closedReason: z.optional(z.nullable(z.enum(['weekend', 'holiday']))),
  /** Slots that have not started yet, in time order; empty on a closed day or once the day is over. */
  slots: z.array(SlotSchema),
});
/** A day of availability. */
export type AvailabilityDay = z.infer<typeof AvailabilityDaySchema>;

/** The bookable slots of a service, day by day, in the site's time zone. */
export const AvailabilitySchema = z.object({
  /** The service the slots are for. */
  serviceId: IdSchema,
  /** The site's time zone, in which `date`s are given. */
  timeZone: TimeZoneSchema,
  /** Consecutive days asked for, from today at the earliest to the end of the booking horizon at the latest. */
  days: z.array(AvailabilityDaySchema),
});
/** Availability of a service. */
export type Availability = z.infer<typeof AvailabilitySchema>;

/**
 * Query of `GET /v1/services/{id}/availability`: the days to show (local dates,
 * inclusive). The server picks the range when omitted.
 */
export const AvailabilityQuerySchema = z
  .strictObject({
    /** First day, `YYYY-MM-DD` in the site's time zone; days before today are left out. */
    from: z.optional(LocalDateSchema),
    /** Last day (inclusive), not before `from`; days past the booking horizon are left out. */
    to: z.optional(LocalDateSchema),
  })
  .check(
    z.refine((query) => !query.from || !query.to || query.from <= query.to, {
      error: '`from` setelah `to` / `from` is after `to`',
      path: ['to'],
    }),
  );
/** An availability query. */
export type AvailabilityQuery = z.infer<typeof AvailabilityQuerySchema>;
