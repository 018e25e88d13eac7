import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from '../http/env.js';

/**
 * Headers of the served folder: a Content Security Policy with no
 * `unsafe-inline` or `unsafe-eval` (the portal proves the widgets need neither),
 * no framing, no referrer, no sniffing. Strict-Transport-Security is left to
 * the TLS terminator in front: this server speaks plain HTTP.
 */
export const portalSecureHeaders = () =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    strictTransportSecurity: false,
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
  });

/**
 * The request handler of a site: the API under `/v1`, the files of `staticDir`
 * everywhere else (with {@link portalSecureHeaders}, never outside the folder),
 * and the API's `404 not_found` envelope for paths that are neither.
 */
export function withStaticSite(api: Hono<AppEnv>, staticDir: string): Hono<AppEnv>['fetch'] {
  const site = new Hono();
  // The socket bindings (c.env) travel along: the API rate limits by socket address.
  const forward = (c: Context) => api.fetch(c.req.raw, c.env);
  site.all('/v1', forward);
  site.all('/v1/*', forward);
  site.use('*', portalSecureHeaders());
  site.use('*', serveStatic({ root: staticDir }));
  site.notFound(forward);
  return site.fetch;
}
