// Queue engine behaviour over HTTP, for any store.
import { HEADERS, routes } from '@mpp-kit/contract';
import { assert, assertEqual, type SuiteApi } from '../test-support/assert.js';
import { Harness, type StoreFactory } from '../test-support/harness.js';

const FRIDAY_BREAK = '2026-03-06T12:00:00+07:00';
const SATURDAY = '2026-03-07T09:00:00+07:00';
const NYEPI = '2026-03-19T09:00:00+07:00';

/** Registers the queue tests. */
export function queueSuite(api: SuiteApi, name: string, makeStore: StoreFactory): void {
  const { describe, it } = api;

  describe(`${name}: taking tickets`, () => {
    it('numbers 200 concurrent takes A-001 to A-200, each once, with every position', async () => {
      const h = await Harness.open(makeStore);
      const replies = await Promise.all(Array.from({ length: 200 }, () => h.take('ktp-el')));
      assert(
        replies.every((reply) => reply.status === 201),
        'every take succeeds',
      );
      const numbers = replies.map((reply) => reply.body.number).sort();
      assertEqual(
        numbers,
        Array.from({ length: 200 }, (_, index) => `A-${String(index + 1).padStart(3, '0')}`),
      );
      assertEqual(new Set(replies.map((reply) => reply.body.id)).size, 200);
      assertEqual(
        replies.map((reply) => reply.body.position ?? -1).sort((a, b) => a - b),
        Array.from({ length: 200 }, (_, index) => index),
      );
      const snapshot = await h.call(routes.getQueueSnapshot, { query: { service: 'ktp-el' } });
      assertEqual(snapshot.body.services[0]?.waiting, 200);
    });

    it('gives each service its own sequence and restarts numbering at local midnight', async () => {
      const h = await Harness.open(makeStore);
      h.clock.set('2026-03-02T14:59:00+07:00');
      assertEqual((await h.take('ktp-el')).body.number, 'A-001');
      assertEqual((await h.take('kk')).body.number, 'B-001');
      assertEqual((await h.take('ktp-el')).body.number, 'A-002');
      h.clock.set('2026-03-03T08:00:00+07:00');
      const tuesday = await h.take('ktp-el');
      assertEqual([tuesday.body.number, tuesday.body.position], ['A-001', 0]);
      assertEqual(
        (await h.call(routes.getQueueSnapshot, { query: { service: 'ktp-el' } })).body.services[0]?.waiting,
        1,
      );
    });

    it('answers with an unguessable id, the position and an estimated wait', async () => {
      const h = await Harness.open(makeStore);
      await h.take('ktp-el');
      await h.take('ktp-el');
      const third = await h.take('ktp-el');
      assert(/^[\w-]{22}$/.test(third.body.id), `ticket id ${third.body.id} is 128 random bits in base64url`);
      // Two ahead, 10 minutes each, two counters: 10 minutes.
      assertEqual([third.body.position, third.body.estimatedWaitSeconds, third.body.status], [2, 600, 'waiting']);
      const again = await h.call(routes.getTicket, { params: { id: third.body.id } });
      assertEqual(again.body, third.body);
      assertEqual((await h.get('/v1/tickets/AAAAAAAAAAAAAAAAAAAAAA')).status, 404);
      assertEqual((await h.get('/v1/tickets/not%20an%20id')).status, 404);
    });

    it('estimates from the day’s observed service times once there are enough', async () => {
      const h = await Harness.open(makeStore);
      for (let index = 0; index < 6; index += 1) await h.take('paspor');
      for (let index = 0; index < 3; index += 1) {
        assertEqual((await h.staff(routes.callNext, 'loket-3')).status, 200);
        h.clock.advance(5 * 60_000);
        assertEqual((await h.staff(routes.completeTicket, 'loket-3')).status, 200);
      }
      const ticket = await h.take('paspor');
      // Three wait ahead of it at the observed 5 minutes (not the configured 20), one counter.
      assertEqual([ticket.body.position, ticket.body.estimatedWaitSeconds], [3, 900]);
    });

    it('refuses on weekends, holidays and outside hours, but not during a break', async () => {
      const h = await Harness.open(makeStore);
      h.clock.set(SATURDAY);
      assertEqual((await h.take('ktp-el')).error.code, 'site_closed');
      h.clock.set(NYEPI);
      const holiday = await h.take('ktp-el');
      assertEqual([holiday.status, holiday.error.code], [409, 'holiday']);
      h.clock.set('2026-03-02T07:59:00+07:00');
      assertEqual((await h.take('ktp-el')).error.code, 'site_closed');
      h.clock.set('2026-03-02T15:00:00+07:00');
      assertEqual((await h.take('ktp-el')).error.code, 'site_closed');
      h.clock.set(FRIDAY_BREAK);
      assertEqual((await h.take('ktp-el')).status, 201);
    });

    it('refuses past the daily quota, for unknown services, services without a queue, and closed counters', async () => {
      const h = await Harness.open(makeStore);
      for (let index = 0; index < 3; index += 1) assertEqual((await h.take('kk')).status, 201);
      const over = await h.take('kk');
      assertEqual([over.status, over.error.code], [409, 'quota_exceeded']);
      assertEqual((await h.take('nope')).status, 404);
      assertEqual((await h.take('info-paspor')).error.code, 'queue_closed');
      assertEqual((await h.staff(routes.updateCounter, 'loket-3', { status: 'closed' })).status, 200);
      assertEqual((await h.take('paspor')).error.code, 'queue_closed');
      // A paused counter comes back: the queue stays open.
      await h.staff(routes.updateCounter, 'loket-3', { status: 'paused' });
      assertEqual((await h.take('paspor')).status, 201);
    });

    it('lets a waiting ticket leave the line, once', async () => {
      const h = await Harness.open(makeStore);
      const first = await h.take('ktp-el');
      const second = await h.take('ktp-el');
      const cancel = (id: string) => h.call(routes.cancelTicket, { params: { id } });
      const cancelled = await cancel(first.body.id);
      assertEqual([cancelled.status, cancelled.body.status, cancelled.body.position], [200, 'cancelled', null]);
      assertEqual((await h.call(routes.getTicket, { params: { id: second.body.id } })).body.position, 0);
      const again = await cancel(first.body.id);
      assertEqual([again.status, again.error.code], [409, 'conflict']);
      assertEqual((await cancel('unknown')).status, 404);
    });
  });

  describe(`${name}: counters`, () => {
    it('needs a staff token: 401 without, 403 with a wrong one', async () => {
      const h = await Harness.open(makeStore);
      assertEqual((await h.post('/v1/counters/loket-1/call-next')).error.code, 'unauthorized');
      const wrong = await h.post('/v1/counters/loket-1/call-next', {
        headers: { [HEADERS.authorization]: 'Bearer wrong' },
      });
      assertEqual([wrong.status, wrong.error.code], [403, 'forbidden']);
      assertEqual(
        (await h.post('/v1/counters/loket-1/call-next', { headers: { [HEADERS.authorization]: 'Basic eDp5' } })).status,
        401,
      );
      assertEqual((await h.request('PATCH', '/v1/counters/loket-1', { body: { status: 'closed' } })).status, 401);
      assertEqual((await h.post('/v1/bookings/KDR-AAAAAA/check-in')).status, 401);
    });

    it('never calls a ticket twice when counters race', async () => {
      const h = await Harness.open(makeStore);
      for (let index = 0; index < 40; index += 1) await h.take('ktp-el');
      const calls = await Promise.all(
        Array.from({ length: 50 }, (_, index) => h.staff(routes.callNext, `loket-${(index % 2) + 1}`)),
      );
      const called = calls.filter((reply) => reply.status === 200).map((reply) => reply.body.ticket?.id);
      assertEqual(called.length, 40);
      assertEqual(new Set(called).size, 40);
      assert(
        calls.filter((reply) => reply.status !== 200).every((reply) => reply.error.code === 'queue_empty'),
        'the rest find the queue empty',
      );
      const tickets = await h.store.listTickets({ localDate: '2026-03-02' });
      assertEqual(tickets.filter((ticket) => ticket.status === 'called').length, 2);
      assertEqual(tickets.filter((ticket) => ticket.status === 'done').length, 38);
    });

    it('calls in order across the counter’s services, completing the previous ticket', async () => {
      const h = await Harness.open(makeStore);
      const a1 = await h.take('ktp-el');
      const b1 = await h.take('kk');
      const first = await h.staff(routes.callNext, 'loket-2');
      assertEqual(
        [first.body.ticket?.id, first.body.ticket?.status, first.body.ticket?.counterId],
        [a1.body.id, 'called', 'loket-2'],
      );
      assertEqual(first.body.counter, {
        id: 'loket-2',
        name: 'Loket 2',
        agencyId: 'dukcapil',
        serviceIds: ['ktp-el', 'kk'],
        status: 'open',
      });
      const second = await h.staff(routes.callNext, 'loket-2');
      assertEqual(second.body.ticket?.id, b1.body.id);
      assertEqual((await h.call(routes.getTicket, { params: { id: a1.body.id } })).body.status, 'done');
      // loket-1 serves only ktp-el: nothing left for it.
      assertEqual((await h.staff(routes.callNext, 'loket-1')).error.code, 'queue_empty');
      assertEqual((await h.staff(routes.callNext, 'loket-9')).status, 404);
    });

    it('recalls up to the limit, skips and completes', async () => {
      const h = await Harness.open(makeStore);
      const ticket = await h.take('paspor');
      assertEqual((await h.staff(routes.recallTicket, 'loket-3')).error.code, 'conflict');
      await h.staff(routes.callNext, 'loket-3');
      assertEqual((await h.staff(routes.recallTicket, 'loket-3')).body.ticket?.status, 'called');
      assertEqual((await h.staff(routes.recallTicket, 'loket-3')).status, 200);
      const third = await h.staff(routes.recallTicket, 'loket-3');
      assertEqual([third.status, third.error.code], [409, 'recall_limit']);
      const skipped = await h.staff(routes.skipTicket, 'loket-3');
      assertEqual([skipped.body.ticket?.id, skipped.body.ticket?.status], [ticket.body.id, 'skipped']);
      assertEqual((await h.staff(routes.skipTicket, 'loket-3')).error.code, 'conflict');
      assertEqual((await h.staff(routes.completeTicket, 'loket-3')).error.code, 'conflict');
      await h.take('paspor');
      await h.staff(routes.callNext, 'loket-3');
      const done = await h.staff(routes.completeTicket, 'loket-3');
      assertEqual(done.body.ticket?.status, 'done');
    });

    it('refuses an action taken on a stale view of the counter, finishing nobody', async () => {
      const h = await Harness.open(makeStore);
      const first = await h.take('paspor');
      await h.take('paspor');
      const serving = (query: string) => ({ params: { id: 'loket-3' }, query: { serving: query }, staff: true });
      const called = await h.call(routes.callNext, serving('none'));
      assertEqual(called.body.ticket?.id, first.body.id);
      // A second console still showing an idle counter presses "call next".
      const stale = await h.call(routes.callNext, serving('none'));
      assertEqual([stale.status, stale.error.code], [409, 'counter_changed']);
      assertEqual((await h.call(routes.getTicket, { params: { id: first.body.id } })).body.status, 'called');
      for (const route of [routes.recallTicket, routes.skipTicket, routes.completeTicket]) {
        assertEqual((await h.call(route, serving('someone-else'))).error.code, 'counter_changed');
      }
      const done = await h.call(routes.completeTicket, serving(first.body.id));
      assertEqual(done.body.ticket?.status, 'done');
      assertEqual(
        (await h.call(routes.callNext, { params: { id: 'loket-3' }, query: { serving: '' }, staff: true })).status,
        422,
      );
    });

    it('opens, pauses and closes counters', async () => {
      const h = await Harness.open(makeStore);
      await h.take('paspor');
      const setStatus = (id: string, status: string) => h.staff(routes.updateCounter, id, { status });
      const paused = await setStatus('loket-3', 'paused');
      assertEqual([paused.status, paused.body.status], [200, 'paused']);
      assertEqual((await h.staff(routes.callNext, 'loket-3')).error.code, 'counter_closed');
      await setStatus('loket-3', 'open');
      await h.staff(routes.callNext, 'loket-3');
      const busy = await setStatus('loket-3', 'closed');
      assertEqual([busy.status, busy.error.code], [409, 'conflict']);
      const bad = await setStatus('loket-3', 'gone');
      assertEqual([bad.status, bad.error.code, bad.error.details?.[0]?.path], [422, 'validation_failed', 'status']);
      assertEqual((await setStatus('loket-9', 'open')).status, 404);
      const snapshot = await h.call(routes.getQueueSnapshot, { query: { agency: 'imigrasi' } });
      assertEqual(
        snapshot.body.counters.map((counter) => [counter.id, counter.serving?.number]),
        [['loket-3', 'P-001']],
      );
    });
  });
}
