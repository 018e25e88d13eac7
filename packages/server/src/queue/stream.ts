import type { QueueEvent, QueueFilter, SnapshotEvent } from '@mpp-kit/contract';
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { Engine } from '../engine.js';
import type { AppEnv } from '../http/env.js';
import { formatInstant } from '../time/zoned.js';
import { eventFrame, scopeMatches, type StreamClient } from './broadcaster.js';
import { queueSnapshot } from './views.js';

/** More missed events than this are answered with a fresh snapshot instead of a replay. */
const MAX_REPLAY = 1_000;
/** Frames a client may leave unread before it is dropped (it reconnects and resumes with Last-Event-ID). */
const MAX_UNREAD = 1_000;

/** The snapshot frame that opens a stream, with the id of the last event it includes. */
function snapshotFrame(engine: Engine, filter: QueueFilter): string {
  const view = engine.view();
  const timeZone = engine.store.getSite().timeZone;
  const id = engine.store.lastEventId();
  const event: SnapshotEvent = { id: String(id), type: 'snapshot', at: formatInstant(view.now, timeZone), snapshot: queueSnapshot(view, filter, timeZone) };
  return `id: ${id}\ndata: ${JSON.stringify(event)}\n\n`;
}

/**
 * The frames that bring a client up to date: the events it missed since
 * `lastEventId` when the log still has them all, else a fresh snapshot.
 */
export function catchUpFrames(engine: Engine, filter: QueueFilter, lastEventId: string | undefined): string[] {
  const { store } = engine;
  const last = lastEventId !== undefined && /^\d{1,15}$/.test(lastEventId.trim()) ? Number(lastEventId.trim()) : null;
  const newest = store.lastEventId();
  const oldest = store.firstEventId();
  const replayable =
    last !== null && last <= newest && newest - last <= MAX_REPLAY && (last === newest || (oldest !== null && oldest <= last + 1));
  if (!replayable) return [snapshotFrame(engine, filter)];
  return store
    .eventsAfter(last, MAX_REPLAY)
    .filter((record) => scopeMatches(engine.scopeOf(JSON.parse(record.data) as QueueEvent), filter))
    .map((record) => eventFrame(record.id, record.data));
}

/**
 * Answers `GET /v1/queues/stream`: catches the client up (snapshot or replay),
 * then streams every matching event until the client leaves or the server
 * shuts down. Catching up and joining the broadcaster happen in one synchronous
 * step, so no event falls between them.
 */
export function queueStream(c: Context<AppEnv>, engine: Engine, filter: QueueFilter): Response {
  c.header('X-Accel-Buffering', 'no');
  const response = streamSSE(c, async (stream) => {
    let unread = 0;
    let finish: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const send = (frame: Uint8Array | string): void => {
      if (stream.closed || stream.aborted) return;
      if (unread >= MAX_UNREAD) {
        finish();
        return;
      }
      unread += 1;
      void stream.write(frame).then(() => {
        unread -= 1;
      });
    };
    for (const frame of catchUpFrames(engine, filter, c.req.header('Last-Event-ID'))) send(frame);
    const client: StreamClient = { filter, send, close: finish };
    const leave = engine.broadcaster.add(client);
    stream.onAbort(finish);
    // An in-page fetch (or a Node adapter) may signal the client leaving only through the request.
    c.req.raw.signal.addEventListener('abort', finish, { once: true });
    try {
      await finished;
    } finally {
      leave();
    }
  });
  // streamSSE sets `no-cache`; a live stream must not be stored at all.
  c.header('Cache-Control', 'no-store');
  response.headers.set('Cache-Control', 'no-store');
  return response;
}
