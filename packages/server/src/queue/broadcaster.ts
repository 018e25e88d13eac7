import type { QueueFilter } from '@mpp-kit/contract';

/** Which agencies and services an event concerns, to route it to filtered streams. */
export interface EventScope {
  readonly agencyIds: readonly string[];
  readonly serviceIds: readonly string[];
}

/** Whether an event of `scope` belongs in a stream with `filter`. */
export function scopeMatches(scope: EventScope, filter: QueueFilter): boolean {
  return (
    (filter.agency === undefined || scope.agencyIds.includes(filter.agency)) &&
    (filter.service === undefined || scope.serviceIds.includes(filter.service))
  );
}

/** One connected stream. */
export interface StreamClient {
  readonly filter: QueueFilter;
  /**
   * Queues bytes for the client; must not throw. `eventId` is the id of the
   * event the frame carries (none for a heartbeat).
   */
  send(frame: Uint8Array, eventId?: number): void;
  /** Ends the client's stream. */
  close(): void;
}

/** An event ready to fan out: its id, its stream frame (encoded once) and its scope. */
export interface Broadcast {
  readonly id: number;
  readonly frame: Uint8Array;
  readonly scope: EventScope;
}

const encoder = new TextEncoder();

/**
 * The Server-Sent Events frame of a stored event. `data` is the event's JSON
 * without its id (as stored); the id is spliced in front so the JSON is never
 * parsed or written twice.
 *
 * @example eventFrame(7, '{"type":"ticket.called",…}') // 'id: 7\ndata: {"id":"7","type":"ticket.called",…}\n\n'
 */
export function eventFrame(id: number, data: string): string {
  return `id: ${id}\ndata: {"id":"${id}",${data.slice(1)}\n\n`;
}

/** Encodes a frame once for every client. */
export function encodeFrame(frame: string): Uint8Array {
  return encoder.encode(frame);
}

const HEARTBEAT = encoder.encode(': heartbeat\n\n');

/** Options of a {@link Broadcaster}. */
export interface BroadcasterOptions {
  /**
   * Milliseconds between heartbeat comments, which keep proxies from closing an idle stream.
   * @default 15000
   */
  readonly heartbeatMs?: number;
}

/** Runs `fn` once the current task is over: after Node's pending I/O (setImmediate), or a zero timeout in browsers. */
const runSoon: (fn: () => void) => void = (() => {
  const immediate = (globalThis as { setImmediate?: (fn: () => void) => unknown }).setImmediate;
  return immediate ? (fn) => void immediate(fn) : (fn) => void setTimeout(fn, 0);
})();

/**
 * Fans queue events out to every connected stream in this process. Each event is
 * serialised and encoded once, whatever the number of clients; one timer sends
 * the heartbeat to all, and runs only while someone listens.
 *
 * Events are sent once the task that published them is over, so the write that
 * caused them answers its own request first instead of waiting for thousands of
 * streams. Queued events go out in publish order, before any client joins or
 * the streams close. A client gets every event published after it joined, with
 * its id, so a stream that joins before it reads the store (snapshot or replay)
 * can drop the events its reading already covered.
 */
export class Broadcaster {
  private readonly clients = new Set<StreamClient>();
  private readonly heartbeatMs: number;
  private timer: ReturnType<typeof setInterval> | undefined;
  /** Events published and not sent yet, in order. */
  private queued: Broadcast[] = [];
  private flushScheduled = false;

  constructor(options: BroadcasterOptions = {}) {
    this.heartbeatMs = options.heartbeatMs ?? 15_000;
  }

  /** How many streams are connected. */
  get size(): number {
    return this.clients.size;
  }

  /** Adds a client (after sending the queued events to the others); returns the function that removes it. */
  add(client: StreamClient): () => void {
    this.flush();
    this.clients.add(client);
    if (!this.timer && this.heartbeatMs > 0) {
      this.timer = setInterval(() => this.each(() => HEARTBEAT), this.heartbeatMs);
      // In Node, a heartbeat alone must not keep the process alive.
      (this.timer as { unref?: () => void }).unref?.();
    }
    return () => this.remove(client);
  }

  private remove(client: StreamClient): void {
    this.clients.delete(client);
    if (this.clients.size === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }

  private each(frameFor: (client: StreamClient) => Uint8Array | null, eventId?: number): void {
    for (const client of this.clients) {
      const frame = frameFor(client);
      if (frame) client.send(frame, eventId);
    }
  }

  /**
   * Queues events for the clients whose filter they match; they are sent in
   * order once the current task is over (or earlier, by {@link Broadcaster.flush}).
   */
  publish(broadcasts: readonly Broadcast[]): void {
    // Nobody to tell: a client that joins later catches up from the store.
    if (this.clients.size === 0 || broadcasts.length === 0) return;
    this.queued.push(...broadcasts);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    runSoon(() => {
      this.flushScheduled = false;
      this.flush();
    });
  }

  /** Sends the queued events now. */
  flush(): void {
    if (this.queued.length === 0) return;
    const events = this.queued;
    this.queued = [];
    for (const { id, frame, scope } of events) {
      this.each((client) => (scopeMatches(scope, client.filter) ? frame : null), id);
    }
  }

  /** Sends what is queued, then ends every stream (on shutdown). */
  closeAll(): void {
    this.flush();
    for (const client of [...this.clients]) {
      this.remove(client);
      client.close();
    }
  }
}
