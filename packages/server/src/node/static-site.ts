import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { etag } from 'hono/etag';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from '../http/env.js';

/**
 * Headers of the served folder: a Content Security Policy with no
 * `unsafe-inline` or `unsafe-eval` (the portal proves the widgets need neither),
 * no framing, no referrer, no sniffing, and hono's defaults for a page besides
 * (`Cross-Origin-Resource-Policy` and `Cross-Origin-Opener-Policy:
 * same-origin`: the folder serves this origin's own pages). Strict-Transport-Security
 * is left to the TLS terminator in front: this server speaks plain HTTP. A
 * header already set is kept, so the API's `404` for a missing file keeps the
 * API's own, stricter headers.
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
    overwrite: false,
  });

/**
 * A file name that carries a content hash the way rollup, Vite and esbuild name
 * their chunks: `-` or `.` then eight letters, digits, `_` or `-` with at least
 * one capital or digit (words in file names are lower case), then `.js`,
 * `.mjs` or `.css`, maybe `.min` before and `.map` after:
 * `mpp-kit.nano-KA_ALdNV.min.js`, `index-B4x9qT2c.css`. Such a file never
 * changes under its name: a new build gives a new name.
 */
export const VERSIONED_FILE = /[.-](?=[\w-]{0,7}[A-Z0-9])[\w-]{8}\.(?:min\.)?(?:m?js|css)(?:\.map)?$/;

/** Versioned files: a year, never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (HTML first): kept, but asked again each time with its `ETag`, so a new deploy shows at once. */
export const REVALIDATE = 'no-cache';

/** `Cache-Control` for the served files (see {@link VERSIONED_FILE}). */
const staticCacheControl: MiddlewareHandler = async (c, next) => {
  await next();
  if (!c.res.ok || c.res.headers.has('Cache-Control')) return;
  c.res.headers.set('Cache-Control', VERSIONED_FILE.test(c.req.path) ? IMMUTABLE : REVALIDATE);
};

/**
 * The request handler of a site: the API under `/v1`, the files of `staticDir`
 * everywhere else (with {@link portalSecureHeaders}, never outside the folder,
 * versioned files cached for a year and the rest revalidated with an `ETag`), and the API's `404 not_found` envelope for paths that are neither.
 */
export function withStaticSite(api: Hono<AppEnv>, staticDir: string): Hono<AppEnv>['fetch'] {
  const site = new Hono();
  // The socket bindings (c.env) travel along: the API rate limits by socket address.
  const forward = (c: Context) => api.fetch(c.req.raw, c.env);
  site.all('/v1', forward);
  site.all('/v1/*', forward);
  site.use('*', portalSecureHeaders());
  site.use('*', staticCacheControl);
  site.use('*', etag({ weak: true }));
  site.use('*', serveStatic({ root: staticDir }));
  site.notFound(forward);
  return site.fetch;
}
