import { getQueueSnapshotRoute, type QueueFilter, type QueueSnapshot } from '@mpp-kit/contract';
import type { ClientCore } from '../core.js';
import { MppNetworkError } from '../errors/network-error.js';
import { MppValidationError } from '../errors/validation-error.js';
import { wireQuery, type CallOptions } from '../http.js';
import type { QueueHandlers, SubscribeOptions, Unsubscribe } from '../queue/subscribe.js';
import { check } from '../schema.js';

/** The live queue: `client.queues`. */
export interface QueuesResource {
  /**
   * Now serving per counter, and each service's waiting line and estimated wait.
   *
   * @example
   * ```ts
   * const snapshot = await client.queues.snapshot({ agency: 'dukcapil' });
   * ```
   */
  snapshot(filter?: QueueFilter, options?: CallOptions): Promise<QueueSnapshot>;
  /**
   * Follows the queue live over Server-Sent Events read from `fetch` (so an
   * injected `fetch` and headers apply), keeping a snapshot current with each
   * event. Resumes with `Last-Event-ID` after a drop, treats a stream without
   * heartbeats as dead, reconnects with backoff and jitter, and falls back to
   * polling {@link QueuesResource.snapshot} when the stream is refused or keeps
   * failing (retrying the stream now and then). Works in browsers and Node 20+.
   * The stream code is loaded (`import()`) on the first call, so a page that
   * only reads snapshots never fetches it; a failure to load it is reported to
   * `onError` as an {@link MppNetworkError}.
   *
   * @returns a function that ends the subscription (closes the stream, cancels every timer)
   * @throws {@link MppValidationError} when the filter is invalid
   * @example
   * ```ts
   * const unsubscribe = client.queues.subscribe({ agency: 'dukcapil' }, {
   *   onSnapshot: (snapshot) => render(snapshot),
   *   onEvent: (event) => { if (event.type === 'ticket.called') announce(event.ticket.number); },
   *   onStateChange: (state) => showStaleness(state !== 'live'),
   * });
   * // later
   * unsubscribe();
   * ```
   */
  subscribe(filter: QueueFilter, handlers: QueueHandlers, options?: SubscribeOptions): Unsubscribe;
}

/**
 * Builds `client.queues` (queue snapshots and the live subscription, whose
 * stream code is loaded on the first `subscribe()`) over a {@link ClientCore},
 * for a client with only the resources a page uses.
 *
 * @example
 * ```ts
 * const queues = queuesResource(createCore({ baseUrl }));
 * ```
 */
export function queuesResource({ send, options }: ClientCore): QueuesResource {
  return {
    snapshot: (filter, callOptions) => send(getQueueSnapshotRoute, { query: filter ?? {}, options: callOptions }),
    subscribe: (filter, handlers, settings) => {
      // Checked here, with the filter schema the snapshot shares, so a bad filter
      // throws at once although the stream code arrives later.
      const filtered = check(getQueueSnapshotRoute.query, wireQuery(filter));
      if (!filtered.ok) throw new MppValidationError('queues.subscribe', filtered.issues);
      let stopped = false;
      let stop: Unsubscribe | undefined;
      void import('../queue/subscribe.js').then(
        ({ subscribeQueue }) => {
          if (!stopped) stop = subscribeQueue(options, send, filter, handlers, settings);
        },
        (error: unknown) => {
          if (!stopped) handlers.onError?.(new MppNetworkError(error));
        },
      );
      return () => {
        stopped = true;
        stop?.();
      };
    },
  };
}
