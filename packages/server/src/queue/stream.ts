import { HEADERS, routes, type QueueEvent, type QueueFilter, type SnapshotEvent } from '@mpp-kit/contract';
import type { Context } from 'hono';
import type { Engine } from '../engine.js';
import type { AppEnv } from '../http/env.js';
import { formatInstant } from '../time/instant.js';
import { encodeFrame, eventFrame, scopeMatches } from './broadcaster.js';
import { queueSnapshot, type ViewContext } from './views.js';

/** More missed events than this are answered with a fresh snapshot instead of a replay. */
const MAX_REPLAY = 1_000;
/** Frames a client may leave unread before it is dropped (it reconnects and resumes with Last-Event-ID). */
const MAX_UNREAD = 1_000;

/** What brings a client up to date: the frames, and the id of the last event they cover. */
export interface CatchUp {
  readonly frames: readonly string[];
  /** Events up to this id are in the frames (or their snapshot); later ones are not. */
  readonly upTo: number;
}

/** The snapshot frame that opens a stream, with the id of the last event it includes. */
async function snapshotFrame(engine: Engine, view: ViewContext, filter: QueueFilter, id: number): Promise<string> {
  const timeZone = engine.store.getSite().timeZone;
  const event: SnapshotEvent = {
    id: String(id),
    type: 'snapshot',
    at: formatInstant(view.now, timeZone),
    snapshot: await queueSnapshot(view, filter, timeZone),
  };
  return `id: ${id}\ndata: ${JSON.stringify(event)}\n\n`;
}

/**
 * The frames that bring a client up to date, read in one consistent view: the
 * events it missed since `lastEventId` when the log still has them all, else a
 * fresh snapshot.
 */
export function catchUpFrames(engine: Engine, filter: QueueFilter, lastEventId: string | undefined): Promise<CatchUp> {
  const last = lastEventId !== undefined && /^\d{1,15}$/.test(lastEventId.trim()) ? Number(lastEventId.trim()) : null;
  return engine.read(async (view) => {
    const { store } = view;
    const newest = await store.lastEventId();
    const oldest = await store.firstEventId();
    const replayable =
      last !== null &&
      last <= newest &&
      newest - last <= MAX_REPLAY &&
      (last === newest || (oldest !== null && oldest <= last + 1));
    if (!replayable) return { frames: [await snapshotFrame(engine, view, filter, newest)], upTo: newest };
    const missed = await store.eventsAfter(last, MAX_REPLAY);
    return {
      frames: missed
        .filter((record) => scopeMatches(engine.scopeOf(JSON.parse(record.data) as QueueEvent), filter))
        .map((record) => eventFrame(record.id, record.data)),
      upTo: newest,
    };
  });
}

/**
 * Answers `GET /v1/queues/stream`: catches the client up (snapshot or replay),
 * then streams every matching event until the client leaves or the server
 * shuts down. The stream joins the broadcaster before it reads the store, and
 * holds live events back until it has caught up; from then on it sends only
 * events newer than the last it sent (by id), so no event falls between the
 * two and none comes twice.
 *
 * Frames go straight into the response's body stream, one hop from the
 * broadcaster to the socket (hono's `streamSSE` adds a TransformStream and a
 * second stream per client, which showed with thousands of clients). Its queue
 * counts the frames a client has not read: past `MAX_UNREAD` the client is
 * dropped, and reconnects with `Last-Event-ID`.
 */
export async function queueStream(c: Context<AppEnv>, engine: Engine, filter: QueueFilter): Promise<Response> {
  const abort = c.req.raw.signal;
  /** Live events held back while catching up. */
  const held: { frame: Uint8Array; eventId: number | undefined }[] = [];
  let deliver: ((frame: Uint8Array, eventId: number | undefined) => void) | null = null;
  let finish = (): void => {
    // The broadcaster closed (shutdown) before the stream began: it ends once caught up.
    deliver = () => undefined;
    ended = true;
  };
  let ended = false;
  const leave = engine.broadcaster.add({
    filter,
    send: (frame, eventId) => {
      if (deliver) deliver(frame, eventId);
      else held.push({ frame, eventId });
    },
    close: () => finish(),
  });
  let catchUp: CatchUp;
  try {
    catchUp = await catchUpFrames(engine, filter, c.req.header(HEADERS.lastEventId));
  } catch (error) {
    // Answered as an error (503 when the database is unreachable); the client retries.
    leave();
    throw error;
  }
  const body = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        let open = true;
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
        for (const frame of catchUp.frames) send(encodeFrame(frame));
        // Events the catch-up covered may still be published after it (a write's events go
        // out once its task is over; another process's arrive through the log): each id once.
        let sentUpTo = catchUp.upTo;
        deliver = (frame, eventId) => {
          if (eventId !== undefined) {
            if (eventId <= sentUpTo) return;
            sentUpTo = eventId;
          }
          send(frame);
        };
        for (const live of held) deliver(live.frame, live.eventId);
        // An in-page fetch (or a Node adapter) may signal the client leaving only through the request.
        if (ended || abort.aborted) finish();
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
