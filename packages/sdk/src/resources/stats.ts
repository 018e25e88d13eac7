import { getStatsRoute, type Stats, type StatsQueryInput } from '@mpp-kit/contract';
import type { ClientCore } from '../core.js';
import type { CallOptions } from '../http.js';

/** Visitor statistics: `client.stats`. */
export interface StatsResource {
  /**
   * Visitors, tickets, bookings and waits over a range of days (local dates,
   * inclusive; the last 30 days by default), bucketed per `period` and ranked
   * per agency or service (`by`). Counts only: nothing about a person.
   *
   * @example
   * ```ts
   * const stats = await client.stats.get({ from: '2026-01-01', to: '2026-12-31', period: 'month' });
   * console.log(stats.overview.total, stats.groups[0]?.agencyId);
   * ```
   */
  get(query?: StatsQueryInput, options?: CallOptions): Promise<Stats>;
}

/**
 * Builds `client.stats` (visitor statistics) over a {@link ClientCore}, for a
 * client with only the resources a page uses.
 *
 * @example
 * ```ts
 * const stats = statsResource(createCore({ baseUrl }));
 * ```
 */
export function statsResource({ send }: ClientCore): StatsResource {
  return { get: (query, options) => send(getStatsRoute, { query: query ?? {}, options }) };
}
