// The live queue as Server-Sent Events. A module apart from the other queue
// routes, so a page that reads only snapshots bundles neither this route nor
// its event schemas (the SDK loads the stream's code with `import()`).
import { QueueFilterSchema } from '../schemas/queue.js';
import { QueueEventSchema } from '../schemas/queue-event.js';
import type { RouteDefinition } from './route.js';

/** `GET /v1/queues/stream`: the same view live, as Server-Sent Events resumable with `Last-Event-ID`. */
export const streamQueueRoute = {
  /** `GET`: read-only; reconnect with `Last-Event-ID` to resume. */
  method: 'GET',
  /** Narrowed with `?agency=` or `?service=`, like the snapshot. */
  path: '/v1/queues/stream',
  /** Public: no credentials. */
  auth: 'public',
  /** Optional `agency` and `service` ids. */
  query: QueueFilterSchema,
  /** `true`: the answer is a `text/event-stream`. */
  stream: true,
  /** `200 OK`, then events until the client disconnects. */
  status: 200,
  /** Each event's data: a {@link QueueEvent}, a `snapshot` first on every connection. */
  response: QueueEventSchema,
} as const satisfies RouteDefinition;
