// The live queue's connection as a state machine: `transition(state, event)`
// says what the connection becomes and what to do about it (effects), without
// doing any of it. `subscribe.ts` performs the effects (requests, timers,
// callbacks) and feeds what happens back in as events.
import { applyQueueEvent, type QueueSnapshot, type QueueEvent } from '@mpp-kit/contract';
import type { MppError } from '../errors/mpp-error.js';
import type { ConnectionState } from './state.js';

/**
 * Where the connection is:
 * - `idle`: not started yet;
 * - `connecting`: opening the stream for the first time;
 * - `live`: the stream is open, events arrive as they happen;
 * - `backing-off`: the stream failed; waiting out the backoff before reopening it;
 * - `reopening`: reopening the stream after the backoff (or at once, back online);
 * - `polling`: fetching snapshots periodically, the stream being refused or failing;
 * - `probing`: polling, with a quiet attempt to reopen the stream under way;
 * - `closed`: unsubscribed; every event is ignored.
 */
export type Phase = 'idle' | 'connecting' | 'live' | 'backing-off' | 'reopening' | 'polling' | 'probing' | 'closed';

/** The connection and what it knows. */
export interface Connection {
  readonly phase: Phase;
  /** The network is down (a request could not connect): reported as `offline` until the next success. */
  readonly offline: boolean;
  /** Stream failures in a row; reset by a stream that delivers something, and on falling back to polling. */
  readonly failures: number;
  /** Stream failures in a row after which the connection falls back to polling. */
  readonly maxFailures: number;
  /** The id of the last event, sent as `Last-Event-ID` to resume; cleared on falling back to polling. */
  readonly lastEventId: string | null;
  /** The queue as last known; `null` until the first snapshot (the stream's first event, or a poll). */
  readonly snapshot: QueueSnapshot | null;
}

/** The connection's timers. */
export type Timer = 'reconnect' | 'poll' | 'probe';

/** What happens to the connection: the driver's requests and timers report back as these. */
export type ConnectionEvent =
  | { readonly type: 'start' }
  /** The stream answered as an event stream. */
  | { readonly type: 'stream-opened' }
  /** Bytes arrived on the stream (an event or a heartbeat). */
  | { readonly type: 'stream-activity' }
  /** A valid event arrived on the stream. */
  | { readonly type: 'stream-event'; readonly id: string; readonly event: QueueEvent }
  /** An event broke the contract; it is skipped. */
  | { readonly type: 'stream-bad-event'; readonly error: MppError }
  /**
   * The stream could not be opened, or ended. `error` is what to report (none for a
   * stream that just ended), `refused` means this server has no stream here,
   * `offline` that the network is down.
   */
  | {
      readonly type: 'stream-failed';
      readonly error: MppError | null;
      readonly refused: boolean;
      readonly offline: boolean;
    }
  | { readonly type: 'snapshot-fetched'; readonly snapshot: QueueSnapshot }
  | { readonly type: 'snapshot-failed'; readonly error: MppError; readonly offline: boolean }
  | { readonly type: 'timer-fired'; readonly timer: Timer }
  /** The browser is back online. */
  | { readonly type: 'online' }
  | { readonly type: 'stop' };

/** What the driver does after a transition, in order. */
export type Effect =
  | { readonly type: 'report-state'; readonly state: ConnectionState }
  | { readonly type: 'report-event'; readonly event: QueueEvent }
  | { readonly type: 'report-snapshot'; readonly snapshot: QueueSnapshot }
  | { readonly type: 'report-error'; readonly error: MppError }
  | { readonly type: 'open-stream'; readonly lastEventId: string | null }
  | { readonly type: 'fetch-snapshot' }
  | { readonly type: 'abort-snapshot' }
  /** A reconnect waits the backoff of its attempt; a poll `pollInterval`; a probe `streamRetryInterval`. */
  | { readonly type: 'start-timer'; readonly timer: 'reconnect'; readonly attempt: number }
  | { readonly type: 'start-timer'; readonly timer: 'poll' | 'probe' }
  | { readonly type: 'cancel-timer'; readonly timer: Timer }
  /** Cancel every timer and request, and let go of every listener. */
  | { readonly type: 'close' };

/** The result of a transition. */
export interface Step {
  readonly state: Connection;
  readonly effects: readonly Effect[];
}

/** A connection not started yet. */
export function initialConnection(maxFailures: number): Connection {
  return { phase: 'idle', offline: false, failures: 0, maxFailures, lastEventId: null, snapshot: null };
}

/** What `onStateChange` reports for a connection; nothing before the start and after the end. */
export function reportedState({ phase, offline }: Connection): ConnectionState | undefined {
  if (phase === 'idle' || phase === 'closed') return undefined;
  if (phase === 'connecting' || phase === 'live') return phase;
  if (offline) return 'offline';
  return phase === 'polling' || phase === 'probing' ? 'polling' : 'reconnecting';
}

/** The next connection, and what to do about it. */
export function transition(connection: Connection, event: ConnectionEvent): Step {
  const { phase } = connection;
  const polling = phase === 'polling' || phase === 'probing';
  if (phase === 'closed') return stay(connection);
  switch (event.type) {
    case 'start':
      return phase === 'idle' ? move(connection, { phase: 'connecting' }, [openStream(connection)]) : stay(connection);
    case 'stream-opened':
      if (phase === 'probing') {
        return move(connection, { phase: 'live', offline: false }, [stop('poll'), { type: 'abort-snapshot' }]);
      }
      return phase === 'connecting' || phase === 'reopening'
        ? move(connection, { phase: 'live', offline: false })
        : stay(connection);
    case 'stream-activity':
      return phase === 'live' ? move(connection, { failures: 0 }) : stay(connection);
    case 'stream-event':
      return phase === 'live' ? streamEvent(connection, event) : stay(connection);
    case 'stream-bad-event':
      return phase === 'live' ? move(connection, {}, [], event.error) : stay(connection);
    case 'stream-failed':
      // A probe still refused: keep polling, try again later, without reporting the same failure every minute.
      if (phase === 'probing') return move(connection, { phase: 'polling' }, [start('probe')]);
      return phase === 'connecting' || phase === 'reopening' || phase === 'live'
        ? streamFailed(connection, event)
        : stay(connection);
    case 'snapshot-fetched': {
      const { snapshot } = event;
      const effects: Effect[] = [{ type: 'report-snapshot', snapshot }, start('poll')];
      return polling ? move(connection, { offline: false, snapshot }, effects) : stay(connection);
    }
    case 'snapshot-failed': {
      const offline = connection.offline || event.offline;
      return polling ? move(connection, { offline }, [start('poll')], event.error) : stay(connection);
    }
    case 'timer-fired':
      if (event.timer === 'reconnect' && phase === 'backing-off') {
        return move(connection, { phase: 'reopening' }, [openStream(connection)]);
      }
      if (event.timer === 'probe' && phase === 'polling') {
        return move(connection, { phase: 'probing' }, [openStream(connection)]);
      }
      return event.timer === 'poll' && polling ? move(connection, {}, [{ type: 'fetch-snapshot' }]) : stay(connection);
    case 'online':
      // Back online: reopen at once instead of waiting out the backoff.
      return phase === 'backing-off' && connection.offline
        ? move(connection, { phase: 'reopening' }, [stop('reconnect'), openStream(connection)])
        : stay(connection);
    case 'stop':
      return { state: { ...connection, phase: 'closed' }, effects: [{ type: 'close' }] };
  }
}

/** Nothing changes: an event the phase has no use for (e.g. a poll's answer after the stream came back). */
function stay(connection: Connection): Step {
  return { state: connection, effects: [] };
}

/**
 * `from` with `changes`, and its effects in a fixed order: the error to report,
 * then the new reported state if it changed, then `effects`.
 */
function move(from: Connection, changes: Partial<Connection>, effects: Effect[] = [], error?: MppError | null): Step {
  const state = { ...from, ...changes };
  const reported = reportedState(state);
  const report: Effect[] =
    reported && reported !== reportedState(from) ? [{ type: 'report-state', state: reported }] : [];
  return { state, effects: [...(error ? [{ type: 'report-error', error } as const] : []), ...report, ...effects] };
}

const openStream = ({ lastEventId }: Connection): Effect => ({ type: 'open-stream', lastEventId });
const start = (timer: 'poll' | 'probe'): Effect => ({ type: 'start-timer', timer });
const stop = (timer: Timer): Effect => ({ type: 'cancel-timer', timer });

function streamEvent(connection: Connection, { id, event }: { id: string; event: QueueEvent }): Step {
  const { snapshot } = connection;
  // The server opens every connection with a snapshot event; until then there is nothing to apply to.
  const next = snapshot ? applyQueueEvent(snapshot, event) : event.type === 'snapshot' ? event.snapshot : null;
  const effects: Effect[] = [{ type: 'report-event', event }];
  if (next) effects.push({ type: 'report-snapshot', snapshot: next });
  return move(connection, { lastEventId: id, snapshot: next }, effects);
}

function streamFailed(connection: Connection, { error, refused, offline }: StreamFailure): Step {
  const failures = connection.failures + 1;
  if (refused || failures >= connection.maxFailures) {
    // Events replayed after a polled snapshot could be older than it: start the stream afresh later.
    const polling = { phase: 'polling', offline: false, failures: 0, lastEventId: null } as const;
    return move(connection, polling, [{ type: 'fetch-snapshot' }, start('probe')], error);
  }
  const reconnect: Effect = { type: 'start-timer', timer: 'reconnect', attempt: failures };
  return move(connection, { phase: 'backing-off', offline, failures }, [reconnect], error);
}

type StreamFailure = Extract<ConnectionEvent, { type: 'stream-failed' }>;
