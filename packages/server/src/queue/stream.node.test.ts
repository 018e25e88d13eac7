// A queue stream whose client stops reading: dropped after MAX_UNREAD frames
// instead of piling up frames without end, then resumed with Last-Event-ID.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HEADERS, routes } from '@mpp-kit/contract';
import { MemoryStore } from '../store/memory-store.js';
import { until } from '../test-support/assert.js';
import { Harness } from '../test-support/harness.js';
import { StreamReader } from '../test-support/sse.js';

const UNREAD_LIMIT = 1_000;
const TAKES = UNREAD_LIMIT + 5;

test('drops a client that leaves 1,000 frames unread; it resumes with Last-Event-ID', async () => {
  const h = await Harness.open((seed) => new MemoryStore(seed));
  // Opened and not read: every frame stays queued in its body.
  const idle = await h.app.request('/v1/queues/stream');
  for (let taken = 0; taken < TAKES; taken += 1) {
    assert.equal((await h.take('ktp-el', { staff: true })).status, 201);
  }
  const dropped = new StreamReader(idle);
  await until(() => dropped.ended);
  // The snapshot and the events that fitted (a runtime may hold a frame or two besides), in order, then the end.
  const [snapshot, ...events] = dropped.events;
  assert.equal(snapshot?.type, 'snapshot');
  assert.ok(events.length >= UNREAD_LIMIT - 1 && events.length < TAKES, `${events.length} events before the drop`);
  assert.deepEqual(
    events.map((event) => event.id),
    events.map((_, index) => String(Number(snapshot.id) + index + 1)),
  );
  const resumed = new StreamReader(
    await h.app.request(routes.streamQueue.path, { headers: { [HEADERS.lastEventId]: events.at(-1)?.id ?? '' } }),
  );
  const missed = await resumed.waitForEvents(TAKES - events.length);
  assert.deepEqual(
    missed.map((event) => (event.type === 'ticket.issued' ? event.ticket.number : event.type)),
    Array.from(
      { length: TAKES - events.length },
      (_, index) => `A-${String(events.length + 1 + index).padStart(3, '0')}`,
    ),
  );
  await resumed.close();
});
