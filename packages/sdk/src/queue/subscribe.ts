import {
  HEADERS,
  QueueEventSchema,
  buildPath,
  getQueueSnapshotRoute,
  streamQueueRoute,
  type QueueEvent,
  type QueueFilter,
  type QueueSnapshot,
} from '@mpp-kit/contract';
import type { EventSourceMessage } from 'eventsource-parser';
import { apiErrorFrom } from '../errors/api-error-from.js';
import { MppContractError } from '../errors/contract-error.js';
import { isMppError, type MppError } from '../errors/mpp-error.js';
import { MppNetworkError, isMppNetworkError } from '../errors/network-error.js';
import { wireQuery, type Send } from '../http.js';
import type { ResolvedOptions } from '../options.js';
import { backoff } from '../retry.js';
import { check } from '../schema.js';
import {
  initialConnection,
  transition,
  type Connection,
  type ConnectionEvent,
  type Effect,
  type Timer,
} from './connection.js';
import { readEventStream } from './event-stream.js';
import { realTimers, type Cancel, type Schedule } from './schedule.js';
import { browserOffline, whenOnline, type ConnectionState } from './state.js';

/**
 * Callbacks of {@link QueuesResource.subscribe}. All are optional; a handler
 * that throws does not break the subscription (the error is reported to the page).
 *
 * @example
 * ```ts
 * const handlers: QueueHandlers = {
 *   onSnapshot: (snapshot) => render(snapshot),
 *   onStateChange: (state) => banner.toggleAttribute('hidden', state === 'live'),
 *   onError: (error) => console.warn(error.message),
 * };
 * ```
 */
export interface QueueHandlers {
  /** The current queue state, after the first snapshot and after every event (or poll). */
  readonly onSnapshot?: (snapshot: QueueSnapshot) => void;
  /** Every event of the stream, in order (e.g. `ticket.called`, to announce a number). */
  readonly onEvent?: (event: QueueEvent) => void;
  /** The connection changed; see {@link ConnectionState}. */
  readonly onStateChange?: (state: ConnectionState) => void;
  /** Something failed (the subscription keeps trying): an API, network or contract error. */
  readonly onError?: (error: MppError) => void;
}

/**
 * Tuning of {@link QueuesResource.subscribe}. The defaults suit a waiting-room
 * display; tests shrink the intervals.
 *
 * @example
 * ```ts
 * client.queues.subscribe({ agency: 'dukcapil' }, handlers, { pollInterval: 10_000 });
 * ```
 */
export interface SubscribeOptions {
  /**
   * The server's heartbeat interval in ms; a stream silent for 2.5 times this is treated as dead and reopened.
   * @default 15000
   */
  readonly heartbeatInterval?: number;
  /**
   * Base wait before reopening a broken stream, in ms (doubles per failure, full jitter).
   * @default 1000
   */
  readonly reconnectDelay?: number;
  /**
   * Longest wait before reopening a broken stream, in ms.
   * @default 30000
   */
  readonly maxReconnectDelay?: number;
  /**
   * Consecutive stream failures after which the subscription falls back to polling.
   * @default 3
   */
  readonly maxFailures?: number;
  /**
   * While polling: ms between two snapshot requests.
   * @default 5000
   */
  readonly pollInterval?: number;
  /**
   * While polling: ms between two attempts to reopen the stream.
   * @default 60000
   */
  readonly streamRetryInterval?: number;
  /**
   * Ends the subscription when aborted, like calling the returned function.
   * @default undefined
   */
  readonly signal?: AbortSignal;
}

/** Stops a subscription: closes the stream, cancels requests and timers. Safe to call twice. */
export type Unsubscribe = () => void;

/** Statuses and answers meaning "this server has no stream here": poll instead. */
const REFUSED = [404, 405, 406, 501];
const DEFAULTS = {
  heartbeatInterval: 15_000,
  reconnectDelay: 1_000,
  maxReconnectDelay: 30_000,
  maxFailures: 3,
  pollInterval: 5_000,
  streamRetryInterval: 60_000,
};

/** Hands an error thrown by a user's handler to the page (like an event listener's), without breaking us. */
function reportLater(error: unknown): void {
  queueMicrotask(() => {
    throw error;
  });
}

/** The body of a response that can be read as the event stream; otherwise what went wrong. */
async function acceptStream(
  response: Response,
  name: string,
): Promise<{ body: ReadableStream<Uint8Array> } | { error: MppError; refused: boolean }> {
  if (!response.ok) {
    return { error: await apiErrorFrom(response), refused: REFUSED.includes(response.status) };
  }
  const type = response.headers.get('Content-Type') ?? '';
  if (/^text\/event-stream\b/i.test(type) && response.body) return { body: response.body };
  void response.body?.cancel().catch(() => undefined);
  const issue = { path: '', code: 'invalid_content_type', message: `expected text/event-stream, got "${type}"` };
  return { error: new MppContractError(name, [issue]), refused: true };
}

/** A stream message's data as a queue event, or how it breaks the contract. */
function parseEvent(data: string, name: string): { event: QueueEvent } | { error: MppContractError } {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return {
      error: new MppContractError(name, [{ path: '', code: 'invalid_json', message: 'event data is not JSON' }]),
    };
  }
  const parsed = check(QueueEventSchema, json);
  return parsed.ok ? { event: parsed.data } : { error: new MppContractError(name, parsed.issues) };
}

/**
 * Subscribes to the live queue; see {@link QueuesResource.subscribe}. The
 * connection's rules live in `connection.ts`; this performs what they decide
 * (requests, timers, callbacks) and reports back what happened. `schedule` is
 * the clock: tests pass one they move by hand. The filter comes checked:
 * `queues.subscribe` checks it before it loads this module.
 */
export function subscribeQueue(
  options: ResolvedOptions,
  send: Send,
  filter: QueueFilter,
  handlers: QueueHandlers,
  settings: SubscribeOptions = {},
  schedule: Schedule = realTimers,
): Unsubscribe {
  const route = streamQueueRoute;
  const name = `${route.method} ${route.path}`;
  if (settings.signal?.aborted) return () => undefined;
  const query = new URLSearchParams(wireQuery(filter)).toString();
  const url = `${options.baseUrl}${buildPath(route.path, {})}${query ? `?${query}` : ''}`;
  const tuning = { ...DEFAULTS, ...settings };
  const reconnectBackoff = { delay: tuning.reconnectDelay, backoffLimit: tuning.maxReconnectDelay, jitter: true };

  let connection: Connection = initialConnection(tuning.maxFailures);
  const timers = new Map<Timer, Cancel>();
  const requests = new Set<AbortController>();
  let snapshotRequest: AbortController | undefined;
  const unsubscribe: Unsubscribe = () => dispatch({ type: 'stop' });
  const forgetOnline = whenOnline(() => dispatch({ type: 'online' }));
  settings.signal?.addEventListener('abort', unsubscribe);

  function dispatch(event: ConnectionEvent): void {
    const step = transition(connection, event);
    connection = step.state;
    for (const effect of step.effects) {
      // A handler that unsubscribed has closed the connection: the rest of this step is void.
      if (connection.phase === 'closed' && effect.type !== 'close') return;
      perform(effect);
    }
  }

  function perform(effect: Effect): void {
    switch (effect.type) {
      case 'report-state':
        emit(handlers.onStateChange, effect.state);
        break;
      case 'report-event':
        emit(handlers.onEvent, effect.event);
        break;
      case 'report-snapshot':
        emit(handlers.onSnapshot, effect.snapshot);
        break;
      case 'report-error':
        emit(handlers.onError, effect.error);
        break;
      case 'open-stream':
        void openStream(effect.lastEventId);
        break;
      case 'fetch-snapshot':
        void fetchSnapshot();
        break;
      case 'abort-snapshot':
        snapshotRequest?.abort();
        break;
      case 'start-timer': {
        const { timer } = effect;
        const wait =
          timer === 'reconnect'
            ? backoff(effect.attempt, reconnectBackoff)
            : timer === 'poll'
              ? tuning.pollInterval
              : tuning.streamRetryInterval;
        timers.get(timer)?.();
        timers.set(
          timer,
          schedule(() => {
            timers.delete(timer);
            dispatch({ type: 'timer-fired', timer });
          }, wait),
        );
        break;
      }
      case 'cancel-timer':
        timers.get(effect.timer)?.();
        timers.delete(effect.timer);
        break;
      case 'close':
        for (const cancel of timers.values()) cancel();
        timers.clear();
        for (const request of requests) request.abort();
        forgetOnline();
        settings.signal?.removeEventListener('abort', unsubscribe);
        break;
    }
  }

  function emit<A>(handler: ((argument: A) => void) | undefined, argument: A): void {
    try {
      handler?.(argument);
    } catch (error) {
      reportLater(error);
    }
  }

  function request(): AbortController {
    const controller = new AbortController();
    requests.add(controller);
    return controller;
  }

  function streamHeaders(lastEventId: string | null): Headers {
    const headers = new Headers(options.headers);
    headers.set('Accept', 'text/event-stream');
    headers.set(HEADERS.acceptLanguage, options.locale);
    if (lastEventId !== null) headers.set(HEADERS.lastEventId, lastEventId);
    return headers;
  }

  function onMessage(message: EventSourceMessage): void {
    const parsed = parseEvent(message.data, name);
    dispatch(
      'event' in parsed
        ? { type: 'stream-event', id: message.id ?? parsed.event.id, event: parsed.event }
        : { type: 'stream-bad-event', error: parsed.error },
    );
  }

  async function openStream(lastEventId: string | null): Promise<void> {
    const controller = request();
    try {
      const { signal } = controller;
      const response = await options.fetch(new Request(url, { headers: streamHeaders(lastEventId), signal }));
      const accepted = signal.aborted ? null : await acceptStream(response, name);
      if (!accepted || signal.aborted) {
        void response.body?.cancel().catch(() => undefined);
        return;
      }
      if ('error' in accepted) {
        dispatch({ type: 'stream-failed', ...accepted, offline: browserOffline() });
        return;
      }
      dispatch({ type: 'stream-opened' });
      const end = await readEventStream(accepted.body, {
        signal,
        deadAfter: tuning.heartbeatInterval * 2.5,
        onMessage,
        // Only a stream that delivered something counts as working: one that is
        // accepted and closed at once keeps counting towards the polling fallback.
        onActivity: () => dispatch({ type: 'stream-activity' }),
        schedule,
      });
      if (end !== 'aborted') {
        dispatch({ type: 'stream-failed', error: null, refused: false, offline: browserOffline() });
      }
    } catch (error) {
      dispatch({ type: 'stream-failed', error: new MppNetworkError(error), refused: false, offline: true });
    } finally {
      requests.delete(controller);
    }
  }

  async function fetchSnapshot(): Promise<void> {
    const controller = request();
    snapshotRequest = controller;
    let outcome: ConnectionEvent;
    try {
      const snapshot = await send(getQueueSnapshotRoute, {
        query: filter,
        options: { signal: controller.signal },
        // Polling stands in for the live stream: never an answer kept from a moment ago.
        fresh: true,
      });
      outcome = { type: 'snapshot-fetched', snapshot };
    } catch (error) {
      const offline = isMppNetworkError(error) || browserOffline();
      outcome = { type: 'snapshot-failed', error: isMppError(error) ? error : new MppNetworkError(error), offline };
    } finally {
      requests.delete(controller);
    }
    dispatch(outcome);
  }

  dispatch({ type: 'start' });
  return unsubscribe;
}
