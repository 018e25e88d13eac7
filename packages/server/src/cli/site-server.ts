import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { createApp, type AppOptions } from '../app.js';
import type { AppEnv } from '../http/env.js';
import { socketAddress } from '../node.js';

/** Options of {@link startSiteServer}. */
export interface SiteServerOptions {
  /** The API's options; the socket address and the shutdown signal are filled in. */
  readonly app: Omit<AppOptions, 'signal' | 'getClientAddress'>;
  readonly port: number;
  readonly hostname: string;
  /** A folder served at `/` beside the API, or `null` for the API alone. */
  readonly staticDir: string | null;
  /**
   * How long {@link SiteServer.close} waits for requests in flight before it
   * cuts the remaining connections.
   * @default 10000
   */
  readonly graceMs?: number;
}

/** A listening server. */
export interface SiteServer {
  /** `http://host:port`, without a trailing slash. */
  readonly url: string;
  readonly port: number;
  /**
   * Stops accepting connections, ends every queue stream and resolves once the
   * requests in flight have been answered (each write is committed by then).
   */
  close(): Promise<void>;
}

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
 * The request handler: the API under `/v1`; with `staticDir`, the folder's
 * files everywhere else (with {@link portalSecureHeaders}), and the API's
 * `404 not_found` envelope for paths that are neither.
 */
export function siteHandler(api: Hono<AppEnv>, staticDir: string | null): Hono<AppEnv>['fetch'] {
  if (staticDir === null) return api.fetch;
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

/**
 * Serves the API (and optionally a folder) over HTTP with `@hono/node-server`
 * and resolves once it listens. Like `startServer` of `@mpp-kit/server/node`,
 * with a static folder in front and a bounded graceful close.
 *
 * @throws TypeError for invalid app options; rejects when the address is taken or unavailable
 */
export function startSiteServer(options: SiteServerOptions): Promise<SiteServer> {
  const shutdown = new AbortController();
  const api = createApp({ ...options.app, getClientAddress: socketAddress, signal: shutdown.signal });
  const fetch = siteHandler(api, options.staticDir);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port: options.port, hostname: options.hostname }, (info) => {
      server.off('error', reject);
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      let closing: Promise<void> | undefined;
      const close = (): Promise<void> =>
        new Promise<void>((done, fail) => {
          shutdown.abort();
          // Keep-alive connections that fall idle (streams just ended, requests answered)
          // would hold close() open until their timeout: close them as they do.
          const sweep = setInterval(() => {
            if ('closeIdleConnections' in server) server.closeIdleConnections();
          }, 50);
          const cut = setTimeout(() => {
            if ('closeAllConnections' in server) server.closeAllConnections();
          }, options.graceMs ?? 10_000);
          server.close((error?: Error) => {
            clearInterval(sweep);
            clearTimeout(cut);
            if (error) fail(error);
            else done();
          });
          if ('closeIdleConnections' in server) server.closeIdleConnections();
        });
      resolve({
        url: `http://${host}:${info.port}`,
        port: info.port,
        close: () => (closing ??= close()),
      });
    });
    server.once('error', reject);
  });
}
