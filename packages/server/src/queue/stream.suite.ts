// The live queue stream (Server-Sent Events) over HTTP, for any store.
import { applyQueueEvent, HEADERS, routes, type QueueEvent, type QueueSnapshot } from '@mpp-kit/contract';
import type { AppOptions } from '../app.js';
import { assert, assertEqual, until, type SuiteApi } from '../test-support/assert.js';
import { Harness, type StoreFactory } from '../test-support/harness.js';
import { StreamReader } from '../test-support/sse.js';

async function open(h: Harness, query = '', headers: Record<string, string> = {}): Promise<StreamReader> {
  const response = await h.app.request(`${routes.streamQueue.path}${query}`, { headers });
  assertEqual(response.status, routes.streamQueue.status);
  return new StreamReader(response);
}

function withoutTimes(snapshot: QueueSnapshot): unknown {
  return { ...snapshot, asOf: undefined };
}

/** Registers the stream tests. */
export function streamSuite(api: SuiteApi, name: string, makeStore: StoreFactory): void {
  const { describe, it } = api;
  const harness = (options: Partial<AppOptions> = {}) => Harness.open(makeStore, options);

  describe(`${name}: the queue stream`, () => {
    it('opens with a snapshot, then sends every change; applied in order they give the live state', async () => {
      const h = await harness();
      const stream = await open(h);
      assertEqual(stream.response.headers.get('Content-Type'), 'text/event-stream');
      assertEqual(stream.response.headers.get('Cache-Control'), 'no-store');
      assertEqual(stream.response.headers.get('X-Accel-Buffering'), 'no');
      const [first] = await stream.waitForEvents(1);
      assertEqual(first?.type, 'snapshot');
      await h.take('ktp-el');
      await h.take('kk');
      await h.staff(routes.callNext, 'loket-2');
      await h.staff(routes.callNext, 'loket-2');
      await h.staff(routes.updateCounter, 'loket-1', { status: 'paused' });
      const events = await stream.waitForEvents(7);
      assertEqual(
        events.map((event) => event.type),
        [
          'snapshot',
          'ticket.issued',
          'ticket.issued',
          'ticket.called',
          'ticket.completed',
          'ticket.called',
          'counter.updated',
        ],
      );
      const ids = events.map((event) => Number(event.id));
      assert(
        ids.every((id, index) => index === 0 || id === (ids[index - 1] ?? 0) + 1),
        `ids ${ids.join(',')} increase by one`,
      );
      const [opening, ...changes] = events;
      assert(opening?.type === 'snapshot', 'a snapshot first');
      const live = changes.reduce(
        (state, event) => (event.type === 'snapshot' ? event.snapshot : applyQueueEvent(state, event)),
        opening.snapshot,
      );
      const fresh = await h.call(routes.getQueueSnapshot);
      assertEqual(withoutTimes(live), withoutTimes(fresh.body));
      await stream.close();
    });

    it('replays exactly the missed events after a disconnect (Last-Event-ID)', async () => {
      const h = await harness();
      const first = await open(h);
      await h.take('ktp-el');
      const seen = await first.waitForEvents(2);
      const lastId = seen[1]?.id ?? '';
      await first.close();
      const missed = await h.take('ktp-el');
      await h.take('kk');
      await h.call(routes.cancelTicket, { params: { id: missed.body.id } });
      const second = await open(h, '', { [HEADERS.lastEventId]: lastId });
      const replayed = await second.waitForEvents(3);
      assertEqual(
        replayed.map((event) => [event.type, 'ticket' in event ? event.ticket.number : null]),
        [
          ['ticket.issued', 'A-002'],
          ['ticket.issued', 'B-001'],
          ['ticket.cancelled', 'A-002'],
        ],
      );
      assertEqual(replayed[0]?.id, String(Number(lastId) + 1));
      // And it goes on live.
      await h.take('kk');
      const live = await second.waitForEvents(4);
      assertEqual(live[3]?.type === 'ticket.issued' && live[3].ticket.number, 'B-002');
      // Up to date already: nothing to replay, then live events.
      const third = await open(h, '', { [HEADERS.lastEventId]: live[3]?.id ?? '' });
      await h.take('kk');
      const next = await third.waitForEvents(1);
      assertEqual(next[0]?.type === 'ticket.issued' && next[0].ticket.number, 'B-003');
      await Promise.all([second.close(), third.close()]);
    });

    it('sends a fresh snapshot when the id is older than the log, unknown or not an id', async () => {
      const h = await harness();
      await h.take('ktp-el');
      await h.take('ktp-el');
      h.clock.advance(11 * 60_000); // past the 10 minutes the fixture keeps
      await h.take('ktp-el');
      for (const lastEventId of ['1', '999', 'abc']) {
        const stream = await open(h, '', { [HEADERS.lastEventId]: lastEventId });
        const [event] = await stream.waitForEvents(1);
        assert(event?.type === 'snapshot', `${lastEventId}: a snapshot`);
        assertEqual([event.id, event.snapshot.services[0]?.waiting], ['3', 3], lastEventId);
        await stream.close();
      }
    });

    it('sends only the events of the filtered service or agency', async () => {
      const h = await harness();
      const byService = await open(h, '?service=kk');
      const byAgency = await open(h, '?agency=imigrasi');
      const [snapshot] = await byService.waitForEvents(1);
      assert(snapshot?.type === 'snapshot', 'a snapshot first');
      assertEqual(
        snapshot.snapshot.services.map((line) => line.serviceId),
        ['kk'],
      );
      assertEqual(
        snapshot.snapshot.counters.map((counter) => counter.id),
        ['loket-2'],
      );
      await h.take('ktp-el');
      await h.take('paspor');
      await h.take('kk');
      await h.staff(routes.updateCounter, 'loket-3', { status: 'paused' });
      const kk = await byService.waitForEvents(2);
      const imigrasi = await byAgency.waitForEvents(3);
      const summary = (events: QueueEvent[]) =>
        events
          .slice(1)
          .map((event) =>
            event.type === 'counter.updated' ? event.counter.id : event.type === 'snapshot' ? '' : event.ticket.number,
          );
      assertEqual(summary(kk), ['B-001']);
      assertEqual(summary(imigrasi), ['P-001', 'loket-3']);
      assertEqual((await h.get('/v1/queues/stream?service=nope')).status, 404);
      await Promise.all([byService.close(), byAgency.close()]);
    });

    it('sends heartbeat comments while idle', async () => {
      const h = await harness({ heartbeatMs: 20 });
      const stream = await open(h);
      await stream.waitForFrame((frame) => frame.comment === 'heartbeat');
      await stream.close();
    });

    it('ends every stream on shutdown', async () => {
      const controller = new AbortController();
      const h = await harness({ signal: controller.signal });
      const streams = [await open(h), await open(h, '?service=kk')];
      await Promise.all(streams.map((stream) => stream.waitForEvents(1)));
      controller.abort();
      await until(() => streams.every((stream) => stream.ended));
    });

    it('sends each event once to streams that open while it is written', async () => {
      const h = await harness();
      const streams: StreamReader[] = [];
      for (let round = 0; round < 8; round += 1) {
        // Opened and written at once: the stream's catch-up may or may not see the ticket.
        const [stream] = await Promise.all([open(h), h.take('ktp-el')]);
        streams.push(stream);
      }
      const last = await h.take('kk');
      for (const stream of streams) {
        await stream.waitForFrame((frame) => frame.data?.includes(last.body.id) === true);
        const ids = stream.events.map((event) => Number(event.id));
        assert(
          ids.every((id, index) => index === 0 || id > (ids[index - 1] ?? 0)),
          `ids ${ids.join(',')} go up, each once`,
        );
        await stream.close();
      }
    });

    it('never carries a NIK, also around bookings and check-ins', async () => {
      const h = await harness();
      const stream = await open(h);
      const { body: receipt } = await h.book('paspor', '2026-03-02T13:00:00+07:00');
      h.clock.set('2026-03-02T12:50:00+07:00');
      const ticket = await h.staff(routes.checkInBooking, receipt.code);
      assertEqual(ticket.status, 201);
      const events = await stream.waitForEvents(2);
      const issued = events[1];
      assert(
        issued?.type === 'ticket.issued' && issued.ticket.bookingCode === receipt.code,
        'the check-in is announced',
      );
      await stream.close();
    });
  });
}
