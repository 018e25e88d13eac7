// A queue to show in the stories: its own in-page server (the Kota Kediri
// seed) whose clock starts on an open Monday morning, a few people in line,
// and a scripted counter that calls numbers while a story is on screen. Every
// number comes from the real queue engine, never from a mock.
import { createClient, type ClientLocale, type FetchLike, type MppClient } from '@mpp-kit/sdk';
import { startingAt } from '@mpp-kit/server';
import { createBrowserServer, type BrowserServer } from '@mpp-kit/server/browser';

/** A Monday morning in Kota Kediri, every counter open. */
export const OPEN_MONDAY = '2026-03-02T09:00:00+07:00';

/** A fresh queue server, its clock running from `start`. */
export function queueStoryServer(start: string = OPEN_MONDAY): BrowserServer {
  return createBrowserServer({ clock: startingAt(start) });
}

/** A client of `server` (no retries, so failures show at once). */
export function queueStoryClient(
  server: BrowserServer,
  options: { fetch?: FetchLike; locale?: ClientLocale; staffToken?: string } = {},
): MppClient {
  const { fetch = server.fetch, locale = 'id', staffToken } = options;
  return createClient({
    baseUrl: server.baseUrl,
    fetch,
    locale,
    retry: { limit: 0 },
    ...(staffToken ? { staffToken } : {}),
  });
}

/** Takes `count` numbers for each service, so the lines are not empty. */
export async function fillQueue(server: BrowserServer, services: Record<string, number>): Promise<void> {
  const client = queueStoryClient(server);
  for (const [serviceId, count] of Object.entries(services)) {
    for (let taken = 0; taken < count; taken += 1) await client.tickets.take({ serviceId });
  }
}

/**
 * A counter that calls the next number every `everyMs` (taking a new one when
 * the line is empty), until the returned function is called or `signal` aborts.
 */
export function scriptedCounter(
  server: BrowserServer,
  options: { counters: readonly string[]; serviceId: string; everyMs?: number; signal?: AbortSignal },
): () => void {
  const staff = queueStoryClient(server, { staffToken: server.staffToken });
  const citizen = queueStoryClient(server);
  const { counters, serviceId, everyMs = 4000 } = options;
  let turn = 0;
  const timer = setInterval(() => {
    const counterId = counters[turn % counters.length] ?? '';
    turn += 1;
    void citizen.tickets
      .take({ serviceId })
      .then(() => staff.counters.callNext(counterId))
      .catch((error: unknown) => console.warn('scripted counter:', error));
  }, everyMs);
  const stop = (): void => clearInterval(timer);
  options.signal?.addEventListener('abort', stop);
  return stop;
}

/** A fetch that never answers: the loading state, held still. */
export const stalledFetch: FetchLike = () => new Promise<Response>(() => undefined);

/** A network between a story's element and its server that the story's play function can drop and restore. */
export interface StoryConnection {
  /** While false, every request fails like a dropped connection. */
  online: boolean;
  readonly fetch: FetchLike;
}

/** A connection to `server`, offline at first unless `online`. */
export function connectionTo(server: BrowserServer, online = false): StoryConnection {
  const connection: StoryConnection = {
    online,
    fetch: (request) => (connection.online ? server.fetch(request) : Promise.reject(new TypeError('Failed to fetch'))),
  };
  return connection;
}

/** A story loader: what `load` prepares, with an online connection to its server that the play function can drop. */
export function withConnection<T extends { server: BrowserServer }>(
  load: () => Promise<T>,
): () => Promise<T & { connection: StoryConnection }> {
  return async () => {
    const loaded = await load();
    return { ...loaded, connection: connectionTo(loaded.server, true) };
  };
}
