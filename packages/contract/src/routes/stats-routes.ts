// Visitor statistics: counts only, so public and read-only.
import { StatsQuerySchema, StatsSchema } from '../schemas/stats.js';
import type { RouteDefinition } from './route.js';

/** `GET /v1/stats`: visitors, tickets, bookings and waits over a range of days, per period and per agency or service. */
export const getStatsRoute = {
  /** `GET`: read-only, safe to retry and to cache for a minute. */
  method: 'GET',
  /** The range and grouping go in the query. */
  path: '/v1/stats',
  /** Public: counts only, nothing about a person. */
  auth: 'public',
  /** `from`, `to` (local dates), `period` (`day`, `week`, `month`) and `by` (`agency`, `service`). */
  query: StatsQuerySchema,
  /** `200 OK`. */
  status: 200,
  /** The {@link Stats} of the range. */
  response: StatsSchema,
} as const satisfies RouteDefinition;
