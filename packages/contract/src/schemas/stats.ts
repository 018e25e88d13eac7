import * as z from 'zod/mini';
import { IdSchema, LocalDateSchema, NonNegativeIntSchema, TimeZoneSchema } from './common.js';

// Visitor statistics: counts only, never anything about a person, so the endpoint is public.

/** How the statistics are bucketed over time. */
export const StatsPeriodSchema = z.enum(['day', 'week', 'month']);
/** How the per-unit ranking is grouped: by agency, or by service. */
export const StatsGroupingSchema = z.enum(['agency', 'service']);

/** The longest range `GET /v1/stats` answers, in days (ten years). */
export const STATS_MAX_RANGE_DAYS = 3660;

/** Query of `GET /v1/stats`. */
export const StatsQuerySchema = z
  .strictObject({
    /** First day, `YYYY-MM-DD` in the site's time zone. @default 29 days before `to` */
    from: z.optional(LocalDateSchema),
    /** Last day, inclusive. @default today (site-local) */
    to: z.optional(LocalDateSchema),
    /** Bucket size of `series`. @default 'day' */
    period: z._default(StatsPeriodSchema, 'day'),
    /** Grouping of `groups`. @default 'agency' */
    by: z._default(StatsGroupingSchema, 'agency'),
  })
  .check(
    z.refine((query) => !query.from || !query.to || query.from <= query.to, {
      error: '`from` setelah `to` / `from` is after `to`',
      path: ['to'],
    }),
  );
/** A statistics query after parsing (`period` and `by` defaulted). */
export type StatsQuery = z.infer<typeof StatsQuerySchema>;
/** A statistics query as sent (every field optional). */
export type StatsQueryInput = z.input<typeof StatsQuerySchema>;

/** The median and 90th percentile of a duration, in whole seconds, and how many it is measured over. */
export const DurationFiguresSchema = z.object({
  /** Half of the measured durations were this long or shorter. */
  medianSeconds: NonNegativeIntSchema,
  /** Nine in ten were this long or shorter. */
  p90Seconds: NonNegativeIntSchema,
  /** How many durations were measured. */
  count: NonNegativeIntSchema,
});
/** Median and p90 of a duration. */
export type DurationFigures = z.infer<typeof DurationFiguresSchema>;

/**
 * The counts of a range, a bucket or a group. `visitors` is every visit: the
 * queue numbers issued (walk-in or checked-in booking) plus the imported
 * historical totals; the other counts are what mpp-kit recorded itself.
 */
export const StatsCountsSchema = z.object({
  /** Visits: `ticketsIssued` plus `historical`. */
  visitors: NonNegativeIntSchema,
  /** The part of `visitors` from historical totals imported with the seed (recorded before mpp-kit). */
  historical: NonNegativeIntSchema,
  /** Queue numbers issued, walk-in and at check-in. */
  ticketsIssued: NonNegativeIntSchema,
  /** Tickets served to completion. */
  served: NonNegativeIntSchema,
  /** Tickets called but skipped because nobody came (tidak hadir). */
  noShows: NonNegativeIntSchema,
  /** Bookings made for slots on these days (cancelled ones too). */
  bookings: NonNegativeIntSchema,
  /** Bookings whose holder checked in. */
  bookingsCheckedIn: NonNegativeIntSchema,
  /** From taking a number to being called; `null` when no ticket was called. */
  wait: z.nullable(DurationFiguresSchema),
  /** From being called to completion; `null` when no ticket was completed. */
  service: z.nullable(DurationFiguresSchema),
});
/** Counts of visitors, tickets and bookings. */
export type StatsCounts = z.infer<typeof StatsCountsSchema>;

/** One bucket of the series: the days it covers within the range and their counts. */
export const StatsBucketSchema = z.object({
  /** First day of the bucket within the range. */
  start: LocalDateSchema,
  /** Last day (inclusive); the first and last bucket may be cut short by the range. */
  end: LocalDateSchema,
  /** The bucket's counts; historical totals land in the bucket holding their month's first day. */
  counts: StatsCountsSchema,
});
/** A bucket of the series. */
export type StatsBucket = z.infer<typeof StatsBucketSchema>;

/** One agency or service with its counts over the range. */
export const StatsGroupSchema = z.object({
  /** The agency. */
  agencyId: IdSchema,
  /**
   * The service when grouping `by=service`; `null` when grouping by agency, and for
   * an agency's historical totals, which were recorded per agency only.
   */
  serviceId: z.nullable(IdSchema),
  /** Counts of the agency or service over the range. */
  counts: StatsCountsSchema,
});
/** A group of the ranking. */
export type StatsGroup = z.infer<typeof StatsGroupSchema>;

/** Visitors at a glance, whatever the range asked: since the first record, this month, today. */
export const StatsOverviewSchema = z.object({
  /** The first day anything was recorded (a historical month's first day or the first ticket's day); `null` before anything. */
  since: z.nullable(LocalDateSchema),
  /** Visitors since `since`, historical totals included. */
  total: NonNegativeIntSchema,
  /** Visitors in the current calendar month so far. */
  thisMonth: NonNegativeIntSchema,
  /** Visitors today. */
  today: NonNegativeIntSchema,
});
/** Visitors at a glance. */
export type StatsOverview = z.infer<typeof StatsOverviewSchema>;

/**
 * Visitor statistics of the MPP over a range of days, in the site's time zone:
 * the totals, a time series, and the agencies or services ranked by visitors.
 */
export const StatsSchema = z.object({
  /** The site's time zone, in which every date is given. */
  timeZone: TimeZoneSchema,
  /** Today in the site's time zone, for "this month" and "today". */
  today: LocalDateSchema,
  /** First day of the range. */
  from: LocalDateSchema,
  /** Last day of the range (inclusive). */
  to: LocalDateSchema,
  /** Bucket size of `series`. */
  period: StatsPeriodSchema,
  /** Grouping of `groups`. */
  by: StatsGroupingSchema,
  /** Visitors at a glance (independent of the range). */
  overview: StatsOverviewSchema,
  /** Counts over the whole range. */
  totals: StatsCountsSchema,
  /** One bucket per day, week or month of the range, in time order, empty ones included. */
  series: z.array(StatsBucketSchema),
  /** Agencies (or services) with visitors in the range, most visitors first (ties in the seed's order). */
  groups: z.array(StatsGroupSchema),
});
/** Visitor statistics. */
export type Stats = z.infer<typeof StatsSchema>;
