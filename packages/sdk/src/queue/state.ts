/**
 * Where a queue subscription stands, so a widget can show how fresh its data is:
 * - `connecting`: first connection, no data yet;
 * - `live`: the event stream is open, updates arrive as they happen;
 * - `reconnecting`: the stream broke (server restart, silent proxy); retrying with backoff;
 * - `polling`: the stream is refused or keeps failing; snapshots are fetched periodically
 *   (and the stream retried now and then);
 * - `offline`: the network is down (`navigator.onLine` is false or requests fail to connect).
 */
export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'polling' | 'offline';

/** Whether the browser says it has no network (`navigator.onLine`); never true where unknown (Node). */
export function browserOffline(): boolean {
  return (globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine === false;
}

/** Calls `listener` when the browser is back online (no-op where there is no such event, as in Node); returns the undo. */
export function whenOnline(listener: () => void): () => void {
  const target: Partial<EventTarget> = globalThis;
  target.addEventListener?.('online', listener);
  return () => target.removeEventListener?.('online', listener);
}
