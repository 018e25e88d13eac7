/**
 * The mpp-kit API over real HTTP in Node: {@link startServer} serves
 * {@link createApp} with `@hono/node-server`, rate limits by the socket's
 * address and shuts down gracefully. Everything of the main entry is
 * re-exported, so a Node program needs this entry only.
 *
 * @example
 * import { kediriSeed, SqliteStore, startServer } from '@mpp-kit/server/node';
 * const store = new SqliteStore('./data/mpp.db');
 * if (!store.isSeeded()) store.loadSeed(kediriSeed());
 * const server = await startServer({ store, staffTokens: [token], secret });
 * console.log(`API on ${server.url}/v1`);
 * process.on('SIGTERM', () => void server.close().then(() => store.close()));
 *
 * @packageDocumentation
 */
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { createApp, type AppOptions } from './app.js';
import type { AppEnv } from './http/env.js';

export * from './index.js';
export { SqliteStore, type SqliteStoreOptions } from './node/sqlite-store.js';

/** Options of {@link startServer}: the app's options, and where to listen. */
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
}

/** A listening server. */
export interface NodeServer {
  /** `http://host:port`, without a trailing slash. */
  readonly url: string;
  readonly port: number;
  /**
   * Stops accepting connections, ends every queue stream, and resolves once the
   * requests in flight have been answered (their writes are committed by then).
   */
  close(): Promise<void>;
}

/** The remote address of the request's socket. */
export function socketAddress(c: Context): string {
  return getConnInfo(c).remote.address ?? 'unknown';
}

/**
 * Serves the API over HTTP and resolves once it listens.
 *
 * @throws TypeError for invalid app options (see {@link createApp}); rejects when the port is taken
 */
export function startServer(options: NodeServerOptions): Promise<NodeServer> {
  const { port = 8787, hostname = '127.0.0.1', getClientAddress = socketAddress, ...appOptions } = options;
  const shutdown = new AbortController();
  const app = createApp({ ...appOptions, getClientAddress, signal: shutdown.signal });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
      server.off('error', reject);
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done, fail) => {
            shutdown.abort();
            server.close((error?: Error) => (error ? fail(error) : done()));
            // Idle keep-alive connections would hold close() open; busy ones finish first.
            if ('closeIdleConnections' in server) server.closeIdleConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}
