// A fetch that counts what an element asks for and what it cancels, in front
// of the in-page reference server: how remount tests see requests in flight.
import type { FetchLike } from '@mpp-kit/sdk';
import { waitUntil } from '@open-wc/testing';
import { server } from './server.js';

/** One request as the fetch saw it. */
export interface CountedRequest {
  /** Path and query, e.g. `/v1/services?limit=100`. */
  readonly path: string;
  /** Whether its signal aborted before it was answered. */
  aborted: boolean;
  /** Whether it was answered. */
  answered: boolean;
}

/** What {@link countingFetch} returns. */
export interface CountingFetch {
  /** The fetch to give a client. */
  readonly fetch: FetchLike;
  /** Every request so far, in order. */
  readonly requests: readonly CountedRequest[];
  /** Answers the requests held so far and every later one at once. */
  release(): void;
  /** Resolves once at least `count` requests were made. */
  made(count: number): Promise<void>;
}

/**
 * Counts requests and aborts. With `hold`, requests wait unanswered (in
 * flight) until `release()`; an aborted request rejects at once with its
 * signal's reason, as the browser's fetch does.
 */
export function countingFetch(options: { hold?: boolean } = {}): CountingFetch {
  const requests: CountedRequest[] = [];
  const waiting: (() => void)[] = [];
  let held = options.hold ?? false;
  const fetch: FetchLike = (request) => {
    const url = new URL(request.url);
    const entry: CountedRequest = { path: `${url.pathname}${url.search}`, aborted: false, answered: false };
    requests.push(entry);
    return new Promise<Response>((resolve, reject) => {
      const abort = (): void => {
        if (entry.answered) return;
        entry.aborted = true;
        reject(request.signal.reason as Error);
      };
      if (request.signal.aborted) {
        abort();
        return;
      }
      request.signal.addEventListener('abort', abort, { once: true });
      const answer = (): void => {
        if (entry.aborted) return;
        server()
          .fetch(request)
          .then((response) => {
            entry.answered = true;
            resolve(response);
          }, reject);
      };
      if (held) waiting.push(answer);
      else answer();
    });
  };
  return {
    fetch,
    requests,
    release: () => {
      held = false;
      for (const answer of waiting.splice(0)) answer();
    },
    made: (count) => waitUntil(() => requests.length >= count, `fewer than ${count} requests were made`),
  };
}
