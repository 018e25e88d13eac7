import { HEADERS, routes, type QueueEvent, type QueueFilter, type SnapshotEvent } from '@mpp-kit/contract';
import type { Context } from 'hono';
import type { Engine } from '../engine.js';
import type { AppEnv } from '../http/env.js';
import { formatInstant } from '../time/instant.js';
import { encodeFrame, eventFrame, scopeMatches } from './broadcaster.js';
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
  const event: SnapshotEvent = {
    id: String(id),
    type: 'snapshot',
    at: formatInstant(view.now, timeZone),
    snapshot: queueSnapshot(view, filter, timeZone),
  };
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
    last !== null &&
    last <= newest &&
    newest - last <= MAX_REPLAY &&
    (last === newest || (oldest !== null && oldest <= last + 1));
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
 *
 * Frames go straight into the response's body stream, one hop from the
 * broadcaster to the socket (hono's `streamSSE` adds a TransformStream and a
 * second stream per client, which showed with thousands of clients). Its queue
 * counts the frames a client has not read: past `MAX_UNREAD` the client is
 * dropped, and reconnects with `Last-Event-ID`.
 */
export function queueStream(c: Context<AppEnv>, engine: Engine, filter: QueueFilter): Response {
  const abort = c.req.raw.signal;
  let finish: () => void = () => undefined;
  const body = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        let open = true;
        let leave: () => void = () => undefined;
        finish = () => {
          if (!open) return;
          open = false;
          leave();
          abort.removeEventListener('abort', finish);
          try {
            // The frames already queued are still read before the end.
            controller.close();
          } catch {
            // The client cancelled the body: nothing left to close.
          }
        };
        const send = (frame: Uint8Array): void => {
          if (!open) return;
          if ((controller.desiredSize ?? 0) <= 0) finish();
          else controller.enqueue(frame);
        };
        for (const frame of catchUpFrames(engine, filter, c.req.header(HEADERS.lastEventId))) send(encodeFrame(frame));
        leave = engine.broadcaster.add({ filter, send, close: finish });
        // An in-page fetch (or a Node adapter) may signal the client leaving only through the request.
        if (abort.aborted) finish();
        else abort.addEventListener('abort', finish, { once: true });
      },
      cancel: () => finish(),
    },
    new CountQueuingStrategy({ highWaterMark: MAX_UNREAD }),
  );
  // A live stream must not be stored at all, nor buffered by a proxy in front (nginx).
  return c.body(body, routes.streamQueue.status, {
    'Content-Type': 'text/event-stream',
    'Cache-Control': 'no-store',
    'X-Accel-Buffering': 'no',
  });
}
