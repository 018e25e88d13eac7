// The reference API server inside the Storybook page (the Kota Kediri seed,
// in memory), and clients of it for the element stories: the stories run the
// real API logic, never hand-written mocks. Failing and slow clients only
// wrap its fetch, the way a network would fail or stall.
import { createClient, type ClientLocale, type FetchLike, type MppClient } from '@mpp-kit/sdk';
import { createBrowserServer } from '@mpp-kit/server/browser';

/** One server for all stories. */
export const storyServer = createBrowserServer();

/** A client of the in-page server. */
export function storyClient(options: { fetch?: FetchLike; locale?: ClientLocale; path?: string } = {}): MppClient {
  const { fetch = storyServer.fetch, locale = 'id', path = '' } = options;
  return createClient({ baseUrl: `${storyServer.baseUrl}${path}`, fetch, locale, retry: { limit: 0 } });
}

/** A client whose requests never finish: the loading state, held still. */
export function stalledClient(): MppClient {
  return storyClient({ fetch: () => new Promise<Response>(() => undefined) });
}

/** A client whose first request fails like a dropped connection; the retry button then works. */
export function flakyClient(): MppClient {
  let calls = 0;
  return storyClient({
    fetch: (request) => {
      calls += 1;
      return calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : storyServer.fetch(request);
    },
  });
}

/** An instant in WIB (Kota Kediri's time zone, UTC+7), as the `now` attribute takes it. */
export const wib = (local: string): string => `${local}+07:00`;
