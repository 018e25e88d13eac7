import { routes, type RouteDefinition, type RouteName } from '@mpp-kit/contract';
import type { MiddlewareHandler } from 'hono';
import { etag } from 'hono/etag';
import type { AppEnv } from './env.js';

/**
 * How long an answer may be kept, by what it means:
 * - `catalog`: the site, its agencies and services change when the regency
 *   edits its data, not with every visit. Anyone (a browser, a shared proxy)
 *   may keep them a minute, then use the old copy for five more while it asks
 *   again with `If-None-Match` (their `ETag`), which costs a `304` when nothing changed.
 * - `aggregate`: counts with no link to a person, the same for every visitor
 *   (the contract allows caching them a minute): a portal's visitors share one.
 * - `live`: public but stale within seconds (the queue, places left, figures
 *   that grow with each visitor): never kept, always asked again.
 * - `private`: answers that hold a secret or a capability (staff answers, a
 *   booking and its secret, a ticket by its unguessable id, a survey code) or
 *   the outcome of a write: never kept, not even by the visitor's own browser.
 */
export type CacheKind = 'catalog' | 'aggregate' | 'live' | 'private';

/** The `Cache-Control` of each kind (error answers are always `no-store`). */
export const CACHE_CONTROL: Readonly<Record<CacheKind, string>> = {
  catalog: 'public, max-age=60, stale-while-revalidate=300',
  aggregate: 'public, max-age=60',
  live: 'no-store',
  private: 'private, no-store',
};

/** Every route's kind: a new route in the contract does not type-check here until someone decides. */
const KIND_OF_ROUTE: Readonly<Record<RouteName, CacheKind>> = {
  getSite: 'catalog',
  listAgencies: 'catalog',
  listServices: 'catalog',
  getService: 'catalog',
  getQueueSnapshot: 'live',
  streamQueue: 'live',
  getAvailability: 'live',
  getStats: 'aggregate',
  getSurveyResults: 'live',
  takeTicket: 'private',
  getTicket: 'private',
  cancelTicket: 'private',
  createBooking: 'private',
  getBooking: 'private',
  cancelBooking: 'private',
  rescheduleBooking: 'private',
  getCheckIn: 'private',
  checkInBooking: 'private',
  callNext: 'private',
  recallTicket: 'private',
  skipTicket: 'private',
  completeTicket: 'private',
  updateCounter: 'private',
  getSurveyInvitation: 'private',
  submitSurvey: 'private',
  listSurveySuggestions: 'private',
};

const kinds = new Map<RouteDefinition, CacheKind>(
  Object.entries(KIND_OF_ROUTE).map(([name, kind]) => [routes[name as RouteName], kind]),
);

/** The cache kind of a route of the contract's table; anything else is `private`. */
export function cacheKindOf(route: RouteDefinition): CacheKind {
  return kinds.get(route) ?? 'private';
}

/** Sets `Cache-Control` on a successful answer that did not set its own. */
const cacheControl =
  (value: string): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    await next();
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', value);
  };

/**
 * The middleware that states how a route's answers may be cached: its
 * `Cache-Control`, and for catalog answers an `ETag` (a digest of the body)
 * with `If-None-Match` answered `304 Not Modified`. The tag is weak (`W/"…"`):
 * it stands for the content in any encoding, compressed or not.
 */
export function cacheHeaders(route: RouteDefinition): MiddlewareHandler<AppEnv>[] {
  const kind = cacheKindOf(route);
  const control = cacheControl(CACHE_CONTROL[kind]);
  return kind === 'catalog' ? [control, etag({ weak: true })] : [control];
}
