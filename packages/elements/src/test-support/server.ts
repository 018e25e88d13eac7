// Test doubles around the real in-browser reference server: every test talks
// to the same API logic as production; these wrappers only delay, fail or
// tamper with its answers, the way a network or a hostile backend would.
import type { Site } from '@mpp-kit/contract';
import { createClient, type ClientLocale, type FetchLike, type MppClient } from '@mpp-kit/sdk';
import { startingAt } from '@mpp-kit/server';
import { createBrowserServer, type BrowserServer } from '@mpp-kit/server/browser';

/** One server for a test file: the site data is read-only, so tests can share it. */
let shared: BrowserServer | undefined;

/** The Kota Kediri reference server, in this page. */
export function server(): BrowserServer {
  shared ??= createBrowserServer();
  return shared;
}

/** A client of the in-page server, without retries (a failure shows at once). */
export function testClient(options: { fetch?: FetchLike; locale?: ClientLocale; path?: string } = {}): MppClient {
  const { fetch = server().fetch, locale = 'id', path = '' } = options;
  return createClient({ baseUrl: `${server().baseUrl}${path}`, fetch, locale, retry: { limit: 0 } });
}

/**
 * A fetch that fails like a dropped connection while set down, and reaches
 * `target` (the shared reference server unless given) otherwise.
 */
export function switchableFetch(
  target?: BrowserServer,
  options: { down?: boolean } = {},
): { fetch: FetchLike; setDown(down: boolean): void; calls(): number } {
  let down = options.down ?? false;
  let calls = 0;
  return {
    fetch: (request) => {
      calls += 1;
      return down ? Promise.reject(new TypeError('Failed to fetch')) : (target ?? server()).fetch(request);
    },
    setDown: (value) => {
      down = value;
    },
    calls: () => calls,
  };
}

/** A fetch whose requests to `target` (the shared reference server unless given) wait until `release()`: the loading state, held still. */
export function heldFetch(target?: BrowserServer): { fetch: FetchLike; release(): void } {
  const waiting: (() => void)[] = [];
  let released = false;
  return {
    fetch: async (request) => {
      if (!released) await new Promise<void>((resolve) => waiting.push(resolve));
      return (target ?? server()).fetch(request);
    },
    release: () => {
      released = true;
      for (const resolve of waiting.splice(0)) resolve();
    },
  };
}

/** A fetch whose `GET /v1/site` answer is rewritten by `tamper`, like a compromised backend's would be. */
export function tamperedSiteFetch(tamper: (site: Site) => Site): FetchLike {
  return async (request) => {
    const response = await server().fetch(request);
    if (!new URL(request.url).pathname.endsWith('/v1/site')) return response;
    const site = tamper((await response.json()) as Site);
    return new Response(JSON.stringify(site), { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
}

/** Instants in Kota Kediri (WIB, UTC+7). */
export const at = (local: string): Date => new Date(`${local}+07:00`);

/** A Monday morning in Kota Kediri, when every counter of the seed is open. */
export const OPEN_MONDAY = '2026-03-02T09:00:00+07:00';

/**
 * A fresh server of its own whose clock starts at `start` and runs on: for
 * tests that change the queue (take numbers, call them), so they never share
 * state with another test.
 */
export function queueServer(start: string = OPEN_MONDAY): BrowserServer {
  return createBrowserServer({ clock: startingAt(start) });
}

/** A client of `queue` without retries. */
export function queueClient(
  queue: BrowserServer,
  options: { fetch?: FetchLike; locale?: ClientLocale; staffToken?: string } = {},
): MppClient {
  const { fetch = queue.fetch, locale = 'id', staffToken } = options;
  return createClient({
    baseUrl: queue.baseUrl,
    fetch,
    locale,
    retry: { limit: 0 },
    ...(staffToken ? { staffToken } : {}),
  });
}

/** A staff client of `queue`: the counters' actions, as a test's scripted counter uses them. */
export function staffClient(queue: BrowserServer): MppClient {
  return queueClient(queue, { staffToken: queue.staffToken });
}
