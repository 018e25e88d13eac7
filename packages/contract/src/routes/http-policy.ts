// What a route's answers promise at the HTTP level beyond their schemas: how
// long they may be kept, and whether public-write rate limiting applies. A
// backend implementing the contract honours these, the reference server
// applies them, and the OpenAPI document states them.
import type { RouteDefinition } from './route.js';
import type { RouteName } from './table.js';

/**
 * How long a route's successful answers may be kept, by what they mean:
 * - `catalog`: the site, its agencies and services change when the regency
 *   edits its data, not with every visit. Anyone (a browser, a shared proxy)
 *   may keep them a minute, then use the old copy for five more while it asks
 *   again with `If-None-Match` (their `ETag`), which costs a `304` when nothing changed.
 * - `aggregate`: counts with no link to a person, the same for every visitor:
 *   a portal's visitors share one copy for a minute.
 * - `live`: public but stale within seconds (the queue, places left, figures
 *   that grow with each visitor): never kept, always asked again.
 * - `private`: answers that hold a secret or a capability (staff answers, a
 *   booking and its secret, a ticket by its unguessable id, a survey code) or
 *   the outcome of a write: never kept, not even by the visitor's own browser.
 */
export type CacheKind = 'catalog' | 'aggregate' | 'live' | 'private';

/** The `Cache-Control` of each kind's successful answers. */
export const CACHE_CONTROL = {
  /** A minute fresh, then five more minutes shown while it is asked again with its `ETag`. */
  catalog: 'public, max-age=60, stale-while-revalidate=300',
  /** A minute, by anyone: the same counts for every visitor. */
  aggregate: 'public, max-age=60',
  /** Never kept: always asked again. */
  live: 'no-store',
  /** Never kept, not even by the visitor's own browser. */
  private: 'private, no-store',
} as const satisfies Readonly<Record<CacheKind, string>>;

/** The `Cache-Control` of every error answer, whatever the route: an error is never kept. */
export const ERROR_CACHE_CONTROL = 'no-store';

/**
 * Every route's cache kind. Keyed by route name, so a new route does not
 * type-check until someone decides how its answers may be kept.
 *
 * @example CACHE_KINDS.getService // 'catalog'
 */
export const CACHE_KINDS: Readonly<Record<RouteName, CacheKind>> = {
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

/**
 * Whether answers of `kind` carry an `ETag` (weak: it stands for the content in
 * any encoding) and answer a matching `If-None-Match` with `304 Not Modified`.
 * Only catalog answers do: the others are never kept, or kept too briefly for
 * a validator to pay.
 */
export function isRevalidated(kind: CacheKind): boolean {
  return kind === 'catalog';
}

/**
 * Whether a route is rate-limited per client (`RateLimit-*` headers, then
 * `429 rate_limited` with `Retry-After`): the public writes, which anyone may
 * send and each of which stores something. Staff routes are not, and a
 * request with a valid staff token (a kiosk) is never counted.
 */
export function isRateLimited(route: Pick<RouteDefinition, 'auth' | 'method'>): boolean {
  return route.auth !== 'staff' && route.method !== 'GET';
}

/**
 * Whether a route checks a credential that could be guessed: a staff token
 * (staff routes) or a booking's code and secret (the holder's routes). Failed
 * checks are counted per client; after too many in a window, the client's
 * next attempts are answered `429 rate_limited` with `Retry-After` until the
 * window ends, whatever they send, so guessing gains nothing by going on.
 */
export function isCredentialGuarded(route: Pick<RouteDefinition, 'auth'>): boolean {
  return route.auth !== 'public';
}
