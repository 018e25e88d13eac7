/**
 * The mpp-kit API over real HTTP in Node: {@link startServer} serves
 * {@link createApp} with `@hono/node-server` (optionally with a static folder
 * beside it), rate limits by the socket's address, hashes and encrypts with
 * `node:crypto`, and shuts down gracefully. Everything of the main entry is
 * re-exported, so a Node program needs this entry only.
 *
 * @example
 * import { kediriSeed, SqliteStore, startServer } from '@mpp-kit/server/node';
 * const store = new SqliteStore('./data/mpp.db');
 * if (!store.isSeeded()) await store.loadSeed(kediriSeed());
 * const server = await startServer({ store, staffTokens: [token], secret });
 * console.log(`API on ${server.url}/v1`);
 * process.on('SIGTERM', () => void server.close().then(() => store.close()));
 *
 * @packageDocumentation
 */
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { createApp, type AppOptions } from './app.js';
import type { DataProtectionFactory } from './booking/nik-protection.js';
import type { AppEnv } from './http/env.js';
import { withCompression } from './node/compression.js';
import { gracefulCloser } from './node/graceful-close.js';
import { createNodeDataProtection } from './node/node-data-protection.js';
import { withStaticSite } from './node/static-site.js';

export * from './index.js';
export { SqliteStore, type SqliteStoreOptions } from './node/sqlite-store.js';
export { PostgresStore, type PostgresStoreOptions } from './node/postgres-store.js';
export { createNodeDataProtection } from './node/node-data-protection.js';
export { clientAddressBehind, parseTrustProxy, type TrustProxy } from './node/client-address.js';

/** Options of {@link startServer}: the app's options, where to listen, and what to serve beside the API. */
export interface NodeServerOptions extends Omit<AppOptions, 'signal' | 'getClientAddress'> {
  /**
   * TCP port; `0` picks a free one (see the result's `port`).
   * @default 8787
   */
  readonly port?: number;
  /**
   * Address to listen on; `0.0.0.0` for every interface.
   * @default '127.0.0.1'
   */
  readonly hostname?: string;
  /**
   * The client's address for rate limiting. Behind a reverse proxy, read the
   * proxy's header here (only if the proxy sets it, or clients could forge it).
   * @default the socket's remote address
   */
  readonly getClientAddress?: (c: Context<AppEnv>) => string;
  /**
   * A folder served at `/` beside the API (which stays under `/v1`), e.g. a demo
   * portal: with a strict Content Security Policy and the other security
   * headers, never a file outside the folder, and the API's `404` envelope for
   * paths that are neither. `null` serves the API alone.
   * @default null
   */
  readonly staticDir?: string | null;
  /**
   * How long {@link NodeServer.close} waits for the requests in flight before it
   * cuts the connections that remain.
   * @default 10000
   */
  readonly closeGraceMs?: number;
  /**
   * Hashing and encryption of personal data.
   * @default createNodeDataProtection (`node:crypto`; the same results as Web Crypto)
   */
  readonly dataProtection?: DataProtectionFactory;
}

/** A listening server. */
export interface NodeServer {
  /** `http://host:port`, without a trailing slash. */
  readonly url: string;
  readonly port: number;
  /**
   * Stops accepting connections, ends every queue stream, and resolves once the
   * requests in flight have been answered (their writes are committed by then)
   * or `closeGraceMs` has passed. Calling it again returns the same promise.
   */
  close(): Promise<void>;
}

/** The remote address of the request's socket. */
export function socketAddress(c: Context): string {
  return getConnInfo(c).remote.address ?? 'unknown';
}

/**
 * Serves the API over HTTP (with `staticDir`, a folder beside it) and resolves
 * once it listens. Answers are compressed with brotli or gzip when the client
 * accepts them (never the live queue stream, which must reach the client event
 * by event), with `Vary: Accept-Encoding`.
 *
 * @throws TypeError for invalid app options (see {@link createApp}); rejects when the port is taken
 * @example
 * const server = await startServer({ store, staffTokens: [token], secret, staticDir: './public' });
 */
export function startServer(options: NodeServerOptions): Promise<NodeServer> {
  const {
    port = 8787,
    hostname = '127.0.0.1',
    getClientAddress = socketAddress,
    staticDir = null,
    closeGraceMs = 10_000,
    dataProtection = createNodeDataProtection,
    ...appOptions
  } = options;
  const shutdown = new AbortController();
  const app = createApp({ ...appOptions, dataProtection, getClientAddress, signal: shutdown.signal });
  const fetch = withCompression(staticDir === null ? app.fetch : withStaticSite(app, staticDir));
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port, hostname }, (info) => {
      server.off('error', reject);
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      // Set up while no request has come yet: the closer follows every response.
      const closeServer = gracefulCloser(server as Server, closeGraceMs);
      resolve({
        url: `http://${host}:${info.port}`,
        port: info.port,
        close: () => {
          shutdown.abort();
          return closeServer();
        },
      });
    });
    server.once('error', reject);
  });
}
