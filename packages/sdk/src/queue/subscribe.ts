import {
  HEADERS,
  QueueEventSchema,
  applyQueueEvent,
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
import { MppValidationError } from '../errors/validation-error.js';
import { wireQuery, type Send } from '../http.js';
import type { ResolvedOptions } from '../options.js';
import { check } from '../schema.js';
import { readEventStream } from './event-stream.js';
import { backoff, browserOffline, type ConnectionState } from './state.js';

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

/** Whether a response can be read as the event stream; otherwise what went wrong. */
async function refusalOf(response: Response, name: string): Promise<{ error: MppError; refused: boolean } | null> {
  if (!response.ok) {
    return { error: await apiErrorFrom(response), refused: REFUSED.includes(response.status) };
  }
  const type = response.headers.get('Content-Type') ?? '';
  if (/^text\/event-stream\b/i.test(type) && response.body) return null;
  void response.body?.cancel().catch(() => undefined);
  const issue = { path: '', code: 'invalid_content_type', message: `expected text/event-stream, got "${type}"` };
  return { error: new MppContractError(name, [issue]), refused: true };
}

/** Subscribes to the live queue; see {@link QueuesResource.subscribe}. */
export function subscribeQueue(
  options: ResolvedOptions,
  send: Send,
  filter: QueueFilter,
  handlers: QueueHandlers,
  settings: SubscribeOptions = {},
): Unsubscribe {
  const route = streamQueueRoute;
  const name = `${route.method} ${route.path}`;
  const filtered = check(route.query, wireQuery(filter));
  if (!filtered.ok) throw new MppValidationError(name, filtered.issues);
  const query = new URLSearchParams(wireQuery(filter)).toString();
  const url = `${options.baseUrl}${buildPath(route.path, {})}${query ? `?${query}` : ''}`;
  const tuning = { ...DEFAULTS, ...settings };

  let stopped = false;
  let state: ConnectionState | undefined;
  let snapshot: QueueSnapshot | null = null;
  let lastEventId: string | null = null;
  let failures = 0;
  let polling = false;
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  let pollTimer: ReturnType<typeof setTimeout> | undefined;
  let probeTimer: ReturnType<typeof setTimeout> | undefined;
  const requests = new Set<AbortController>();
  let pollRequest: AbortController | undefined;

  const emit = <A>(handler: ((argument: A) => void) | undefined, argument: A): void => {
    if (stopped || !handler) return;
    try {
      handler(argument);
    } catch (error) {
      reportLater(error);
    }
  };
  const setState = (next: ConnectionState): void => {
    if (next === state) return;
    state = next;
    emit(handlers.onStateChange, next);
  };
  const later = (ms: number, task: () => void): ReturnType<typeof setTimeout> => setTimeout(task, ms);
  const request = (): AbortController => {
    const controller = new AbortController();
    requests.add(controller);
    return controller;
  };

  function onMessage(message: EventSourceMessage): void {
    let data: unknown;
    try {
      data = JSON.parse(message.data);
    } catch {
      emit(
        handlers.onError,
        new MppContractError(name, [{ path: '', code: 'invalid_json', message: 'event data is not JSON' }]),
      );
      return;
    }
    const parsed = check(QueueEventSchema, data);
    if (!parsed.ok) {
      emit(handlers.onError, new MppContractError(name, parsed.issues));
      return;
    }
    const event = parsed.data;
    lastEventId = message.id ?? event.id;
    // The server opens every connection with a snapshot event; until then there is nothing to apply to.
    snapshot = snapshot ? applyQueueEvent(snapshot, event) : event.type === 'snapshot' ? event.snapshot : null;
    emit(handlers.onEvent, event);
    if (snapshot) emit(handlers.onSnapshot, snapshot);
  }

  function streamHeaders(): Headers {
    const headers = new Headers(options.headers);
    headers.set('Accept', 'text/event-stream');
    headers.set(HEADERS.acceptLanguage, options.locale);
    if (lastEventId !== null) headers.set(HEADERS.lastEventId, lastEventId);
    return headers;
  }

  /** Opens the stream; `probe` is a quiet attempt made while polling. */
  async function connect(probe: boolean): Promise<void> {
    reconnectTimer = undefined;
    const controller = request();
    try {
      const response = await options.fetch(new Request(url, { headers: streamHeaders(), signal: controller.signal }));
      const refusal = stopped ? null : await refusalOf(response, name);
      if (stopped) return void response.body?.cancel().catch(() => undefined);
      if (refusal) return streamFailed(probe, refusal.error, refusal.refused);
      stopPolling();
      setState('live');
      const end = await readEventStream(response.body as ReadableStream<Uint8Array>, {
        signal: controller.signal,
        deadAfter: tuning.heartbeatInterval * 2.5,
        onMessage,
        // Only a stream that delivered something counts as working: one that is
        // accepted and closed at once keeps counting towards the polling fallback.
        onActivity: () => (failures = 0),
      });
      if (end !== 'aborted') streamFailed(false, null, false);
    } catch (error) {
      if (!stopped) streamFailed(probe, new MppNetworkError(error), false, true);
    } finally {
      requests.delete(controller);
    }
  }

  function streamFailed(probe: boolean, error: MppError | null, refused: boolean, network = false): void {
    if (stopped) return;
    if (probe) {
      // Still refused: keep polling, try again later, without reporting the same failure every minute.
      probeTimer = later(tuning.streamRetryInterval, () => void connect(true));
      return;
    }
    if (error) emit(handlers.onError, error);
    failures += 1;
    if (refused || failures >= tuning.maxFailures) return startPolling();
    setState(network || browserOffline() ? 'offline' : 'reconnecting');
    const wait = backoff(failures, tuning.reconnectDelay, tuning.maxReconnectDelay);
    reconnectTimer = later(wait, () => void connect(false));
  }

  function startPolling(): void {
    polling = true;
    failures = 0;
    // Events replayed after a polled snapshot could be older than it: start the stream afresh later.
    lastEventId = null;
    setState('polling');
    void poll();
    probeTimer = later(tuning.streamRetryInterval, () => void connect(true));
  }

  function stopPolling(): void {
    polling = false;
    clearTimeout(pollTimer);
    clearTimeout(probeTimer);
    pollRequest?.abort();
  }

  async function poll(): Promise<void> {
    const controller = request();
    pollRequest = controller;
    try {
      const next = await send(getQueueSnapshotRoute, { query: filter, options: { signal: controller.signal } });
      if (stopped || !polling) return;
      snapshot = next;
      setState('polling');
      emit(handlers.onSnapshot, next);
    } catch (error) {
      if (stopped || !polling) return;
      emit(handlers.onError, isMppError(error) ? error : new MppNetworkError(error));
      if (isMppNetworkError(error) || browserOffline()) setState('offline');
    } finally {
      requests.delete(controller);
    }
    if (!stopped && polling) pollTimer = later(tuning.pollInterval, () => void poll());
  }

  /** Back online: reopen at once instead of waiting out the backoff. */
  const onOnline = (): void => {
    if (state !== 'offline' || polling || reconnectTimer === undefined) return;
    clearTimeout(reconnectTimer);
    void connect(false);
  };

  const unsubscribe: Unsubscribe = () => {
    if (stopped) return;
    stopped = true;
    for (const timer of [reconnectTimer, pollTimer, probeTimer]) clearTimeout(timer);
    for (const controller of requests) controller.abort();
    globalThis.removeEventListener?.('online', onOnline);
    settings.signal?.removeEventListener('abort', unsubscribe);
  };

  if (settings.signal?.aborted) return unsubscribe;
  settings.signal?.addEventListener('abort', unsubscribe);
  globalThis.addEventListener?.('online', onOnline);
  setState('connecting');
  void connect(false);
  return unsubscribe;
}
