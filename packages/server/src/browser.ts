/**
 * The mpp-kit server inside a browser page: the same Hono app as on Node, over
 * a {@link MemoryStore}, behind a `fetch` function. Storybook stories and
 * component tests talk to the real API logic through it instead of mocks.
 *
 * @example
 * import { createBrowserServer } from '@mpp-kit/server/browser';
 * import { createClient } from '@mpp-kit/sdk';
 *
 * const server = createBrowserServer(); // the Kota Kediri MPP
 * const client = createClient({ baseUrl: server.baseUrl, fetch: server.fetch });
 *
 * @packageDocumentation
 */
import type { Hono } from 'hono';
import { createApp, type AppOptions } from './app.js';
import type { Clock } from './time/clock.js';
import type { AppEnv } from './http/env.js';
import { kediriSeed } from './seed/load-seed.js';
import { MemoryStore } from './store/memory-store.js';
import type { StoreSeed } from './store/store.js';
import { randomToken } from './util/bytes.js';

/** Options of {@link createBrowserServer}. */
export interface BrowserServerOptions extends Partial<Omit<AppOptions, 'store' | 'staffTokens'>> {
  /**
   * The MPP to serve: a validated seed (see `parseSeed`).
   * @default the bundled Kota Kediri seed
   */
  readonly seed?: StoreSeed;
  /**
   * Where "now" comes from, e.g. `startingAt('2026-03-02T09:00:00+07:00')` to show an open MPP at any hour.
   * @default systemClock
   */
  readonly clock?: Clock;
  /**
   * Days after a booked slot until the applicant's personal data is erased; the
   * erasure runs on creation and daily (stop it with `signal`), and `GET /v1/site`
   * states it as `personalData.retentionDays` (see `AppOptions.retentionDays`).
   * @default 30
   */
  readonly retentionDays?: number;
  /**
   * The staff token the server accepts.
   * @default a new random token (see the result's `staffToken`)
   */
  readonly staffToken?: string;
  /**
   * The origin and path the `fetch` answers under; requests elsewhere get a network error.
   * @default 'https://mpp.localhost'
   */
  readonly baseUrl?: string;
}

/** A running in-page server. */
export interface BrowserServer {
  /** A drop-in `fetch` for the SDK (`createClient({ baseUrl, fetch })`), queue stream included. */
  readonly fetch: typeof fetch;
  /** The base URL to give the SDK. */
  readonly baseUrl: string;
  /** The Hono app, e.g. for `app.request()`. */
  readonly app: Hono<AppEnv>;
  /** The store behind it, to inspect or prepare state. */
  readonly store: MemoryStore;
  /** A token accepted on staff routes. */
  readonly staffToken: string;
}

/**
 * Starts the API inside the page. Rate limiting is off unless asked for (every
 * caller in a page is the same person).
 *
 * @example
 * const { fetch, baseUrl, staffToken } = createBrowserServer({ clock: startingAt('2026-03-02T09:00:00+07:00') });
 * await fetch(`${baseUrl}/v1/tickets`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"serviceId":"ktp-el"}' });
 */
export function createBrowserServer(options: BrowserServerOptions = {}): BrowserServer {
  const { seed = kediriSeed(), staffToken = randomToken(), baseUrl = 'https://mpp.localhost', ...appOptions } = options;
  const store = new MemoryStore(seed);
  const app = createApp({
    rateLimit: false,
    secret: randomToken(32),
    ...appOptions,
    store,
    staffTokens: [staffToken],
  });
  const base = new URL(baseUrl);
  const basePath = base.pathname.replace(/\/+$/, '');
  const fetchInPage = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.origin !== base.origin || !url.pathname.startsWith(`${basePath}/`)) {
      throw new TypeError(`Failed to fetch: ${url.href} is outside ${baseUrl}`);
    }
    url.pathname = url.pathname.slice(basePath.length);
    // Re-reading the body as bytes: Firefox cannot pass a request's body stream on to a new Request.
    const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.arrayBuffer();
    return app.fetch(
      new Request(url, { method: request.method, headers: request.headers, body, signal: request.signal }),
    );
  };
  return { fetch: fetchInPage, baseUrl: `${base.origin}${basePath}`, app, store, staffToken };
}
