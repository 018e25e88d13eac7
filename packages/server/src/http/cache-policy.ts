import {
  CACHE_CONTROL,
  CACHE_KINDS,
  isRevalidated,
  routes,
  type CacheKind,
  type RouteDefinition,
  type RouteName,
} from '@mpp-kit/contract';
import type { MiddlewareHandler } from 'hono';
import { etag, RETAINED_304_HEADERS } from 'hono/etag';
import type { AppEnv } from './env.js';

const kinds = new Map<RouteDefinition, CacheKind>(
  (Object.entries(routes) as [RouteName, RouteDefinition][]).map(([name, route]) => [route, CACHE_KINDS[name]]),
);

/** The cache kind of a route of the contract's table (see `CACHE_KINDS`); anything else is `private`. */
function cacheKindOf(route: RouteDefinition): CacheKind {
  return kinds.get(route) ?? 'private';
}

/** Sets `Cache-Control` on a successful answer that did not set its own. */
const cacheControl =
  (value: string): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    await next();
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', value);
  };

/** A `304` keeps the request id too: it is on every answer, so a log line can always be found. */
const RETAINED_ON_304 = [...RETAINED_304_HEADERS, 'x-request-id'];

/**
 * The middleware that states how a route's answers may be cached, as the
 * contract's `CACHE_KINDS` says: its `Cache-Control`, and for revalidated
 * (catalog) answers an `ETag` (a digest of the body) with a matching
 * `If-None-Match` answered `304 Not Modified`. The tag is weak (`W/"…"`): it
 * stands for the content in any encoding, compressed or not.
 */
export function cacheHeaders(route: RouteDefinition): MiddlewareHandler<AppEnv>[] {
  const kind = cacheKindOf(route);
  const control = cacheControl(CACHE_CONTROL[kind]);
  return isRevalidated(kind) ? [control, etag({ weak: true, retainedHeaders: RETAINED_ON_304 })] : [control];
}
