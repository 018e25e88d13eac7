// The Store contract as tests: every rule stated above the Store interface, for
// any implementation. runSuites (test-support/suites.ts) registers it with the
// app's suites; each store's test file calls runSuites once.
import { assert, assertEqual, type SuiteApi } from '../test-support/assert.js';
import { fixtureHistory, fixtureSeed } from '../test-support/fixture-seed.js';
import type { StoreFactory } from '../test-support/harness.js';
import { bookingRecord, DAY, ticketRecord } from '../test-support/records.js';
import {
  StoreConflictError,
  type Store,
  type SurveyInvitationRecord,
  type SurveyResponseRecord,
  type TicketRecord,
} from './store.js';

/** A survey invitation of `ticket-1` with `overrides`. */
const invitation = (overrides: Partial<SurveyInvitationRecord> = {}): SurveyInvitationRecord => ({
  code: '7QX4-M2KP',
  ticketId: 'ticket-1',
  serviceId: 'ktp-el',
  localDate: DAY,
  expiresAt: '2026-03-09T09:30:00+07:00',
  answeredAt: null,
  ...overrides,
});

/** A survey response to `ktp-el` on {@link DAY}, all fours, with `overrides`. */
const response = (overrides: Partial<SurveyResponseRecord> = {}): SurveyResponseRecord => ({
  id: 'r1',
  serviceId: 'ktp-el',
  agencyId: 'dukcapil',
  localDate: DAY,
  scores: [4, 4, 4, 4, 4, 4, 4, 4, 4],
  ageGroup: null,
  sex: null,
  education: null,
  occupation: null,
  suggestion: null,
  ...overrides,
});

/** Throws unless `run()` rejects with an error for which `check` holds. */
async function assertRejects(
  run: () => Promise<unknown>,
  check: (error: unknown) => boolean,
  message = 'expected a rejection',
): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (check(error)) return;
    throw new Error(`${message}: got ${String(error)}`, { cause: error });
  }
  throw new Error(message);
}

const boom = (error: unknown) => error instanceof Error && error.message === 'boom';

const conflict = (constraint: string) => (error: unknown) =>
  error instanceof StoreConflictError && error.constraint === constraint;

/**
 * Registers the Store contract tests for the stores `makeStore` creates. With
 * `sameDatabase` (a second store on the database of the one given), concurrent
 * transactions are also raced across the two stores.
 */
export function storeSuite(
  api: SuiteApi,
  name: string,
  makeStore: StoreFactory,
  sameDatabase?: (store: Store) => Promise<Store>,
): void {
  const { describe, it } = api;
  const fresh = async (): Promise<Store> => makeStore(fixtureSeed());

  describe(`${name}: the Store contract`, () => {
    it('serves the seed in seed order, counters open and idle', async () => {
      const store = await fresh();
      assert(store.isSeeded());
      assertEqual(store.getSite().id, 'mpp-kota-kediri');
      assertEqual(store.getSettings().recallLimit, 2);
      assertEqual(
        store.listAgencies().map((agency) => agency.id),
        ['dukcapil', 'imigrasi'],
      );
      assertEqual(
        store.listServices().map((service) => service.id),
        ['ktp-el', 'kk', 'paspor', 'info-paspor'],
      );
      assertEqual(store.getService('paspor')?.booking?.onlineCapacity, 1);
      assertEqual(store.getService('nope'), undefined);
      assertEqual(
        (await store.listCounters()).map((counter) => [counter.id, counter.status, counter.currentTicketId]),
        [
          ['loket-1', 'open', null],
          ['loket-2', 'open', null],
          ['loket-3', 'open', null],
        ],
      );
      await assertRejects(() => store.loadSeed(fixtureSeed()), conflict('seeded'));
    });

    it('keeps counter state', async () => {
      const store = await fresh();
      await store.updateCounter('loket-2', { status: 'paused', currentTicketId: 't1' });
      assertEqual((await store.getCounter('loket-2'))?.status, 'paused');
      assertEqual((await store.getCounter('loket-2'))?.currentTicketId, 't1');
      assertEqual((await store.getCounter('loket-2'))?.serviceIds, ['ktp-el', 'kk']);
      await store.updateCounter('loket-2', { currentTicketId: null });
      assertEqual((await store.getCounter('loket-2'))?.status, 'paused');
      assertEqual(await store.getCounter('nope'), undefined);
    });

    it('numbers per service per day', async () => {
      const store = await fresh();
      assertEqual(await store.lastSequence('ktp-el', DAY), 0);
      await store.saveSequence('ktp-el', DAY, 7);
      await store.saveSequence('ktp-el', DAY, 8);
      assertEqual(await store.lastSequence('ktp-el', DAY), 8);
      assertEqual(await store.lastSequence('ktp-el', '2026-03-03'), 0);
      assertEqual(await store.lastSequence('kk', DAY), 0);
    });

    it('stores tickets, lists them in queueKey order and enforces unique ids and numbers', async () => {
      const store = await fresh();
      await store.insertTicket(ticketRecord({ id: 'b', sequence: 1, queueKey: '1:002' }));
      await store.insertTicket(ticketRecord({ id: 'a', sequence: 2, number: 'A-002', queueKey: '1:003' }));
      await store.insertTicket(
        ticketRecord({ id: 'c', sequence: 3, number: 'A-003', queueKey: '0:001', priority: true }),
      );
      await store.insertTicket(
        ticketRecord({ id: 'd', serviceId: 'kk', sequence: 1, number: 'B-001', queueKey: '1:001' }),
      );
      await store.insertTicket(ticketRecord({ id: 'e', localDate: '2026-03-03', sequence: 1, queueKey: '1:000' }));
      assertEqual(
        (await store.listTickets({ localDate: DAY })).map((ticket) => ticket.id),
        ['c', 'd', 'b', 'a'],
      );
      assertEqual(
        (await store.listTickets({ localDate: DAY, serviceIds: ['ktp-el'] })).map((ticket) => ticket.id),
        ['c', 'b', 'a'],
      );
      assertEqual((await store.listTickets({ localDate: DAY, serviceIds: [] })).length, 0);
      assertEqual(
        (await store.listTickets({ localDate: DAY, priority: false })).map((ticket) => ticket.id),
        ['d', 'b', 'a'],
      );
      await store.updateTicket('b', { status: 'called', counterId: 'loket-1', calledAt: '2026-03-02T09:05:00+07:00' });
      assertEqual(
        (await store.listTickets({ localDate: DAY, statuses: ['waiting'] })).map((ticket) => ticket.id),
        ['c', 'd', 'a'],
      );
      assertEqual(
        await store.countTickets({ localDate: DAY, serviceIds: ['ktp-el'], statuses: ['waiting', 'called'] }),
        3,
      );
      assertEqual(
        (await store.listTickets({ localDate: DAY, queueKeyBefore: '1:002' })).map((ticket) => ticket.id),
        ['c', 'd'],
      );
      assertEqual(
        await store.countTickets({
          localDate: DAY,
          serviceIds: ['ktp-el'],
          statuses: ['waiting'],
          queueKeyBefore: '1:003',
        }),
        1,
      );
      assertEqual((await store.getTicket('b'))?.counterId, 'loket-1');
      assertEqual((await store.getTicket('b'))?.number, 'A-001');
      assertEqual(await store.getTicket('nope'), undefined);
      await assertRejects(() => store.insertTicket(ticketRecord({ id: 'a', sequence: 9 })), conflict('ticket_id'));
      await assertRejects(() => store.insertTicket(ticketRecord({ id: 'z', sequence: 2 })), conflict('ticket_number'));
    });

    it('hands out copies', async () => {
      const store = await fresh();
      await store.insertTicket(ticketRecord());
      const ticket = (await store.getTicket('ticket-1')) as { status: string };
      ticket.status = 'done';
      assertEqual((await store.getTicket('ticket-1'))?.status, 'waiting');
      const counter = (await store.getCounter('loket-1')) as { status: string };
      counter.status = 'closed';
      assertEqual((await store.getCounter('loket-1'))?.status, 'open');
    });

    it('stores bookings and allows one active booking per NIK, service and day', async () => {
      const store = await fresh();
      await store.insertBooking(bookingRecord());
      assertEqual((await store.getBooking('KDR-AAAAAA'))?.nikHash, 'nik-hash-1');
      await assertRejects(() => store.insertBooking(bookingRecord({ nikHash: 'other' })), conflict('booking_code'));
      await assertRejects(
        () => store.insertBooking(bookingRecord({ code: 'KDR-BBBBBB', slotStart: '2026-03-03T09:00:00+07:00' })),
        conflict('booking_active_nik'),
      );
      // Another service, another day, or an inactive booking do not clash.
      await store.insertBooking(bookingRecord({ code: 'KDR-CCCCCC', serviceId: 'paspor' }));
      await store.insertBooking(
        bookingRecord({ code: 'KDR-DDDDDD', localDate: '2026-03-04', slotStart: '2026-03-04T08:00:00+07:00' }),
      );
      await store.insertBooking(bookingRecord({ code: 'KDR-EEEEEE', status: 'cancelled' }));
      await assertRejects(
        () => store.updateBooking('KDR-EEEEEE', { status: 'confirmed' }),
        conflict('booking_active_nik'),
      );
      await assertRejects(
        () => store.updateBooking('KDR-DDDDDD', { localDate: '2026-03-03' }),
        conflict('booking_active_nik'),
      );
      await store.updateBooking('KDR-AAAAAA', { status: 'cancelled' });
      await store.updateBooking('KDR-EEEEEE', { status: 'confirmed' });
      assertEqual((await store.getBooking('KDR-EEEEEE'))?.status, 'confirmed');
    });

    it('finds and counts bookings by every filter, in slot order', async () => {
      const store = await fresh();
      await store.insertBooking(bookingRecord({ code: 'KDR-B', slotStart: '2026-03-03T09:00:00+07:00' }));
      await store.insertBooking(bookingRecord({ code: 'KDR-A', nikHash: 'n2' }));
      await store.insertBooking(bookingRecord({ code: 'KDR-C', nikHash: 'n3', status: 'cancelled' }));
      await store.insertBooking(
        bookingRecord({
          code: 'KDR-D',
          nikHash: 'n4',
          localDate: '2026-03-05',
          slotStart: '2026-03-05T08:00:00+07:00',
        }),
      );
      await store.insertBooking(bookingRecord({ code: 'KDR-E', nikHash: 'n5', serviceId: 'paspor' }));
      const codes = async (filter: Parameters<Store['findBookings']>[0]) =>
        (await store.findBookings(filter)).map((booking) => booking.code);
      assertEqual(await codes({ serviceId: 'ktp-el' }), ['KDR-A', 'KDR-C', 'KDR-B', 'KDR-D']);
      assertEqual(
        await codes({ serviceId: 'ktp-el', slotStart: '2026-03-03T08:00:00+07:00', statuses: ['confirmed'] }),
        ['KDR-A'],
      );
      assertEqual(await codes({ localDates: { from: '2026-03-04', to: '2026-03-05' } }), ['KDR-D']);
      assertEqual(await codes({ nikHash: 'nik-hash-1' }), ['KDR-B']);
      assertEqual(await store.countBookings({ serviceId: 'ktp-el', statuses: ['confirmed', 'checked-in'] }), 3);
      assertEqual(await store.countBookings({}), 5);
    });

    it('erases an applicant: personal fields emptied, the rest kept, out of the one-per-NIK rule', async () => {
      const store = await fresh();
      const kept = bookingRecord({ code: 'KDR-AAAAAA', status: 'checked-in', ticketId: null });
      await store.insertBooking(kept);
      await store.insertBooking(bookingRecord({ code: 'KDR-BBBBBB', nikHash: 'nik-hash-2', status: 'completed' }));
      await store.eraseApplicant('KDR-AAAAAA', '2026-04-03T00:00:00+07:00');
      assertEqual(await store.getBooking('KDR-AAAAAA'), {
        ...kept,
        nikHash: '',
        applicantCipher: '',
        applicantName: '',
        erasedAt: '2026-04-03T00:00:00+07:00',
      });
      // A second erasure keeps the first date.
      await store.eraseApplicant('KDR-AAAAAA', '2026-04-04T00:00:00+07:00');
      assertEqual((await store.getBooking('KDR-AAAAAA'))?.erasedAt, '2026-04-03T00:00:00+07:00');
      await assertRejects(
        () => store.eraseApplicant('KDR-ZZZZZZ', '2026-04-03T00:00:00+07:00'),
        (error) => error instanceof Error,
      );
      // Two erased active bookings of one service and day do not clash, and the NIK may book that day again.
      await store.insertBooking(bookingRecord({ code: 'KDR-CCCCCC', nikHash: 'nik-hash-3' }));
      await store.eraseApplicant('KDR-CCCCCC', '2026-04-03T00:00:00+07:00');
      await store.insertBooking(bookingRecord({ code: 'KDR-DDDDDD' }));
      await assertRejects(
        () => store.insertBooking(bookingRecord({ code: 'KDR-EEEEEE' })),
        conflict('booking_active_nik'),
      );
      const codes = async (erased: boolean) => (await store.findBookings({ erased })).map((booking) => booking.code);
      assertEqual(await codes(true), ['KDR-AAAAAA', 'KDR-CCCCCC']);
      assertEqual(await codes(false), ['KDR-BBBBBB', 'KDR-DDDDDD']);
      assertEqual(await store.countBookings({ erased: false, nikHash: 'nik-hash-1' }), 1);
      // Rolled back with its transaction like any write.
      await assertRejects(
        () =>
          store.transaction(async (tx) => {
            await tx.eraseApplicant('KDR-DDDDDD', '2026-04-03T00:00:00+07:00');
            throw new Error('boom');
          }),
        boom,
      );
      assertEqual((await store.getBooking('KDR-DDDDDD'))?.nikHash, 'nik-hash-1');
    });

    it('stores idempotency records once, forgets one, and forgets old ones', async () => {
      const store = await fresh();
      const record = { scope: 'takeTicket', key: 'k1', requestHash: 'h', status: 201, body: '{}', createdAtMs: 1_000 };
      await store.insertIdempotency(record);
      await store.insertIdempotency({ ...record, scope: 'createBooking', createdAtMs: 5_000 });
      assertEqual(await store.getIdempotency('takeTicket', 'k1'), record);
      assertEqual(await store.getIdempotency('takeTicket', 'k2'), undefined);
      await assertRejects(() => store.insertIdempotency({ ...record, body: 'x' }), conflict('idempotency_key'));
      await store.deleteIdempotencyBefore(2_000);
      assertEqual(await store.getIdempotency('takeTicket', 'k1'), undefined);
      assertEqual((await store.getIdempotency('createBooking', 'k1'))?.createdAtMs, 5_000);
      await store.insertIdempotency({ ...record, key: 'k2' });
      await store.deleteIdempotency('createBooking', 'k1');
      await store.deleteIdempotency('createBooking', 'never-stored');
      assertEqual(await store.getIdempotency('createBooking', 'k1'), undefined);
      assertEqual(await store.getIdempotency('takeTicket', 'k2'), { ...record, key: 'k2' });
      // Forgotten, the key can be stored again.
      await store.insertIdempotency({ ...record, scope: 'createBooking', body: 'again' });
      assertEqual((await store.getIdempotency('createBooking', 'k1'))?.body, 'again');
    });

    it('logs events with monotonic ids that survive pruning', async () => {
      const store = await fresh();
      assertEqual([await store.lastEventId(), await store.firstEventId()], [0, null]);
      const ids = [];
      for (const n of [1, 2, 3]) {
        ids.push(await store.appendEvent({ type: 'ticket.issued', atMs: n * 1_000, data: `{"n":${n}}` }));
      }
      assertEqual(ids, [1, 2, 3]);
      assertEqual(
        (await store.eventsAfter(1, 10)).map((event) => [event.id, event.data, event.atMs, event.type]),
        [
          [2, '{"n":2}', 2_000, 'ticket.issued'],
          [3, '{"n":3}', 3_000, 'ticket.issued'],
        ],
      );
      assertEqual(
        (await store.eventsAfter(0, 1)).map((event) => event.id),
        [1],
      );
      assertEqual(await store.eventsAfter(3, 10), []);
      await store.deleteEventsBefore(2_500);
      assertEqual([await store.firstEventId(), await store.lastEventId()], [3, 3]);
      assertEqual(
        (await store.eventsAfter(0, 10)).map((event) => event.id),
        [3],
      );
      await store.deleteEventsBefore(10_000);
      assertEqual([await store.firstEventId(), await store.lastEventId()], [null, 3]);
      assertEqual(await store.appendEvent({ type: 'counter.updated', atMs: 11_000, data: '{}' }), 4);
    });

    it('sums service times per service and day', async () => {
      const store = await fresh();
      assertEqual(await store.serviceTimes('ktp-el', DAY), { count: 0, totalSeconds: 0 });
      await store.addServiceTime('ktp-el', DAY, 300);
      await store.addServiceTime('ktp-el', DAY, 420);
      await store.addServiceTime('ktp-el', '2026-03-03', 60);
      assertEqual(await store.serviceTimes('ktp-el', DAY), { count: 2, totalSeconds: 720 });
    });

    it('rolls back every write of a failed transaction', async () => {
      const store = await fresh();
      await store.insertTicket(ticketRecord({ id: 'kept' }));
      await store.appendEvent({ type: 'ticket.issued', atMs: 1, data: '{}' });
      const claim = { scope: 's', key: 'claimed', requestHash: 'h', status: 102, body: '', createdAtMs: 1 };
      await store.insertIdempotency(claim);
      await assertRejects(
        () =>
          store.transaction(async (tx) => {
            await tx.saveSequence('ktp-el', DAY, 5);
            await tx.insertTicket(ticketRecord({ id: 'lost', sequence: 2, number: 'A-002' }));
            await tx.updateTicket('kept', { status: 'called' });
            await tx.updateCounter('loket-1', { status: 'closed', currentTicketId: 'kept' });
            await tx.insertBooking(bookingRecord());
            await tx.insertIdempotency({
              scope: 's',
              key: 'k',
              requestHash: 'h',
              status: 201,
              body: '{}',
              createdAtMs: 1,
            });
            await tx.deleteIdempotency('s', 'claimed');
            await tx.appendEvent({ type: 'ticket.called', atMs: 2, data: '{}' });
            await tx.addServiceTime('ktp-el', DAY, 60);
            await tx.transaction(() => tx.saveSequence('kk', DAY, 3)); // joins the outer one
            throw new Error('boom');
          }),
        boom,
      );
      assertEqual(await store.lastSequence('ktp-el', DAY), 0);
      assertEqual(await store.lastSequence('kk', DAY), 0);
      assertEqual(await store.getTicket('lost'), undefined);
      assertEqual(
        (await store.listTickets({ localDate: DAY })).map((ticket) => ticket.id),
        ['kept'],
      );
      assertEqual((await store.getTicket('kept'))?.status, 'waiting');
      assertEqual(
        [(await store.getCounter('loket-1'))?.status, (await store.getCounter('loket-1'))?.currentTicketId],
        ['open', null],
      );
      assertEqual(await store.getBooking('KDR-AAAAAA'), undefined);
      assertEqual(await store.getIdempotency('s', 'k'), undefined);
      assertEqual(await store.getIdempotency('s', 'claimed'), claim);
      assertEqual(await store.lastEventId(), 1);
      assertEqual((await store.serviceTimes('ktp-el', DAY)).count, 0);
      // The rolled-back number can be used again, and the store still works.
      await store.insertTicket(ticketRecord({ id: 'again', sequence: 2, number: 'A-002' }));
      assertEqual(await store.appendEvent({ type: 'ticket.issued', atMs: 3, data: '{}' }), 2);
    });

    it('keeps the seed history in seed order', async () => {
      assertEqual(await (await fresh()).listHistory(), fixtureHistory);
      assertEqual(await (await makeStore({ ...fixtureSeed(), history: [] })).listHistory(), []);
    });

    it('lists and counts tickets between days, by day then queue order, and knows the first day', async () => {
      const store = await fresh();
      assertEqual(await store.firstTicketDate(), null);
      assertEqual(await store.countTicketsBetween({ from: '2000-01-01', to: '2999-12-31' }), 0);
      await store.insertTicket(ticketRecord({ id: 'late', localDate: '2026-03-04', queueKey: '1:001' }));
      await store.insertTicket(ticketRecord({ id: 'b', sequence: 1, queueKey: '1:002' }));
      await store.insertTicket(
        ticketRecord({ id: 'a', sequence: 2, number: 'A-002', queueKey: '0:001', priority: true }),
      );
      await store.insertTicket(
        ticketRecord({ id: 'c', serviceId: 'kk', sequence: 1, number: 'B-001', queueKey: '1:002' }),
      );
      await store.insertTicket(ticketRecord({ id: 'd', localDate: '2026-03-03', queueKey: '1:001' }));
      const ids = async (from: string, to: string) =>
        (await store.listTicketsBetween({ from, to })).map((ticket) => ticket.id);
      assertEqual(await ids(DAY, '2026-03-04'), ['a', 'b', 'c', 'd', 'late']);
      assertEqual(await ids('2026-03-03', '2026-03-03'), ['d']);
      assertEqual(await ids('2026-03-05', '2026-03-31'), []);
      assertEqual(await store.countTicketsBetween({ from: DAY, to: '2026-03-03' }), 4);
      assertEqual(await store.countTicketsBetween({ from: '2026-03-04', to: '2026-03-04' }), 1);
      await store.updateTicket('a', { status: 'done' });
      await store.updateTicket('c', { status: 'done' });
      const range = { from: DAY, to: '2026-03-04' };
      assertEqual(await store.countTicketsBetween(range, { statuses: ['done'] }), 2);
      assertEqual(await store.countTicketsBetween(range, { statuses: ['done'], serviceIds: ['kk'] }), 1);
      assertEqual(await store.countTicketsBetween(range, { serviceIds: ['ktp-el'] }), 4);
      assertEqual(await store.countTicketsBetween(range, { serviceIds: [] }), 0);
      assertEqual(await store.countTicketsBetween(range, { statuses: ['skipped', 'cancelled'] }), 0);
      assertEqual((await store.listTicketsBetween({ from: DAY, to: DAY }))[0], await store.getTicket('a'));
      // What statistics read: service, day, status and times only, of the same tickets.
      await store.updateTicket('b', { status: 'done', calledAt: '2026-03-02T09:10:00+07:00' });
      const times = (await store.listTicketTimesBetween({ from: DAY, to: '2026-03-03' }))
        .map((ticket) => JSON.stringify(ticket))
        .sort();
      const expected = [];
      for (const id of ['a', 'b', 'c', 'd']) {
        const { serviceId, localDate, status, issuedAt, calledAt, finishedAt } =
          (await store.getTicket(id)) ?? ticketRecord();
        expected.push(JSON.stringify({ serviceId, localDate, status, issuedAt, calledAt, finishedAt }));
      }
      assertEqual(times, expected.sort());
      assertEqual(await store.listTicketTimesBetween({ from: '2026-03-05', to: '2026-03-31' }), []);
      // A rolled-back ticket on an earlier day is not the first.
      await assertRejects(
        () =>
          store.transaction(async (tx) => {
            await tx.insertTicket(ticketRecord({ id: 'gone', localDate: '2026-02-27' }));
            throw new Error('boom');
          }),
        boom,
      );
      assertEqual(await store.firstTicketDate(), DAY);
      assertEqual(await store.countTicketsBetween({ from: '2026-02-01', to: '2026-02-28' }), 0);
    });

    it('gives each ticket at most one survey code and marks it answered', async () => {
      const store = await fresh();
      await store.insertTicket(ticketRecord());
      await store.insertTicket(ticketRecord({ id: 'ticket-2', sequence: 2, number: 'A-002', queueKey: '1:002' }));
      assertEqual(await store.getSurveyInvitation('7QX4-M2KP'), undefined);
      assertEqual(await store.getSurveyInvitationForTicket('ticket-1'), undefined);
      await store.insertSurveyInvitation(invitation());
      assertEqual(await store.getSurveyInvitation('7QX4-M2KP'), invitation());
      assertEqual(await store.getSurveyInvitationForTicket('ticket-1'), invitation());
      await assertRejects(
        () => store.insertSurveyInvitation(invitation({ ticketId: 'ticket-2' })),
        conflict('survey_code'),
      );
      await assertRejects(
        () => store.insertSurveyInvitation(invitation({ code: 'AAAA-BBBB' })),
        conflict('survey_ticket'),
      );
      await store.insertSurveyInvitation(invitation({ code: 'AAAA-BBBB', ticketId: 'ticket-2' }));
      await store.markSurveyAnswered('7QX4-M2KP', '2026-03-02T10:00:00+07:00');
      assertEqual((await store.getSurveyInvitation('7QX4-M2KP'))?.answeredAt, '2026-03-02T10:00:00+07:00');
      assertEqual((await store.getSurveyInvitationForTicket('ticket-2'))?.answeredAt, null);
      await assertRejects(
        () => store.markSurveyAnswered('ZZZZ-ZZZZ', '2026-03-02T10:00:00+07:00'),
        (error) => error instanceof Error && !(error instanceof StoreConflictError),
      );
      const copy = (await store.getSurveyInvitation('AAAA-BBBB')) as { answeredAt: string | null };
      copy.answeredAt = 'changed';
      assertEqual((await store.getSurveyInvitation('AAAA-BBBB'))?.answeredAt, null);
    });

    it('sums survey scores per service in seed order, by day, agency and service', async () => {
      const store = await fresh();
      assertEqual(await store.surveyTotals({ localDates: { from: DAY, to: DAY } }), []);
      await store.insertSurveyResponse(response({ id: 'r1', serviceId: 'paspor', agencyId: 'imigrasi' }));
      await store.insertSurveyResponse(response({ id: 'r2', scores: [1, 2, 3, 4, 1, 2, 3, 4, 1] }));
      await store.insertSurveyResponse(response({ id: 'r3', scores: [3, 3, 3, 3, 3, 3, 3, 3, 3] }));
      await store.insertSurveyResponse(response({ id: 'r4', serviceId: 'kk', localDate: '2026-03-05' }));
      await store.insertSurveyResponse(response({ id: 'r5', localDate: '2026-03-01' }));
      await assertRejects(() => store.insertSurveyResponse(response({ id: 'r2' })), conflict('survey_response_id'));
      const totals = (filter: Partial<Parameters<Store['surveyTotals']>[0]> = {}) =>
        store.surveyTotals({ localDates: { from: DAY, to: '2026-03-05' }, ...filter });
      assertEqual(await totals(), [
        { agencyId: 'dukcapil', serviceId: 'ktp-el', respondents: 2, scoreTotals: [4, 5, 6, 7, 4, 5, 6, 7, 4] },
        { agencyId: 'dukcapil', serviceId: 'kk', respondents: 1, scoreTotals: [4, 4, 4, 4, 4, 4, 4, 4, 4] },
        { agencyId: 'imigrasi', serviceId: 'paspor', respondents: 1, scoreTotals: [4, 4, 4, 4, 4, 4, 4, 4, 4] },
      ]);
      assertEqual(
        (await totals({ agencyId: 'dukcapil' })).map((total) => [total.serviceId, total.respondents]),
        [
          ['ktp-el', 2],
          ['kk', 1],
        ],
      );
      assertEqual(
        (await totals({ serviceId: 'ktp-el', localDates: { from: '2026-03-01', to: DAY } })).map((t) => t.respondents),
        [3],
      );
      assertEqual(await totals({ agencyId: 'imigrasi', serviceId: 'ktp-el' }), []);
    });

    it('pages suggestions newest day first, ties by id descending, without the empty ones', async () => {
      const store = await fresh();
      const said = (id: string, localDate: string, suggestion: string | null, serviceId = 'ktp-el') =>
        store.insertSurveyResponse(response({ id, localDate, suggestion, serviceId }));
      await said('a', '2026-03-02', 'Antrean terlalu panjang');
      await said('b', '2026-03-04', 'Ruang tunggu panas');
      await said('c', '2026-03-04', null);
      await said('d', '2026-03-04', 'Petugas ramah', 'kk');
      await said('e', '2026-03-03', 'Parkir sempit');
      await said('f', '2026-03-06', 'Di luar rentang');
      const range = { localDates: { from: DAY, to: '2026-03-05' } };
      const first = await store.listSuggestions(range, 2);
      assertEqual(first, [
        { id: 'd', serviceId: 'kk', localDate: '2026-03-04', suggestion: 'Petugas ramah' },
        { id: 'b', serviceId: 'ktp-el', localDate: '2026-03-04', suggestion: 'Ruang tunggu panas' },
      ]);
      const last = first[first.length - 1];
      assert(last, 'a first page');
      const second = await store.listSuggestions(range, 2, { localDate: last.localDate, id: last.id });
      assertEqual(
        second.map((item) => item.id),
        ['e', 'a'],
      );
      assertEqual(await store.listSuggestions(range, 2, { localDate: DAY, id: 'a' }), []);
      assertEqual(
        (await store.listSuggestions({ ...range, serviceId: 'kk' }, 10)).map((item) => item.id),
        ['d'],
      );
      assertEqual(
        (await store.listSuggestions({ ...range, agencyId: 'imigrasi' }, 10)).map((item) => item.id),
        [],
      );
      assertEqual(await store.listSuggestions(range, 0), []);
    });

    it('rolls back survey writes with their transaction', async () => {
      const store = await fresh();
      await store.insertTicket(ticketRecord());
      await store.insertSurveyInvitation(invitation());
      await assertRejects(
        () =>
          store.transaction(async (tx) => {
            await tx.markSurveyAnswered('7QX4-M2KP', '2026-03-02T10:00:00+07:00');
            await tx.insertSurveyResponse(response({ suggestion: 'hilang' }));
            throw new Error('boom');
          }),
        boom,
      );
      assertEqual((await store.getSurveyInvitation('7QX4-M2KP'))?.answeredAt, null);
      assertEqual(await store.surveyTotals({ localDates: { from: DAY, to: DAY } }), []);
      assertEqual(await store.listSuggestions({ localDates: { from: DAY, to: DAY } }, 10), []);
    });

    it("keeps a transaction's writes from calls outside it until it commits", async () => {
      const store = await fresh();
      let committed = false;
      let outside: Promise<{ readonly ticket: TicketRecord | undefined; readonly afterCommit: boolean }> | undefined;
      await store.transaction(async (tx) => {
        await tx.insertTicket(ticketRecord());
        // Not awaited: a store may answer it at once (from the committed data) or after the commit.
        outside = store.getTicket('ticket-1').then((ticket) => ({ ticket, afterCommit: committed }));
        for (let round = 0; round < 5; round += 1) assertEqual((await tx.getTicket('ticket-1'))?.id, 'ticket-1');
      });
      committed = true;
      const seen = await outside;
      assert(seen, 'the outside read started');
      assertEqual(seen.ticket?.id, seen.afterCommit ? 'ticket-1' : undefined, 'what the outside read saw');
      assertEqual((await store.getTicket('ticket-1'))?.id, 'ticket-1');
    });

    it('joins the open transaction from tx.transaction: one commit, one rollback', async () => {
      const store = await fresh();
      const result = await store.transaction(async (tx) => {
        const inner = await tx.transaction(async (joined) => {
          await joined.saveSequence('ktp-el', DAY, 4);
          return 'inner';
        });
        // The joined call's write is part of this transaction already.
        assertEqual(await tx.lastSequence('ktp-el', DAY), 4);
        return inner;
      });
      assertEqual([result, await store.lastSequence('ktp-el', DAY)], ['inner', 4]);
      await assertRejects(
        () =>
          store.transaction(async (tx) => {
            await tx.transaction((joined) => joined.saveSequence('ktp-el', DAY, 5));
            throw new Error('boom');
          }),
        boom,
      );
      assertEqual(await store.lastSequence('ktp-el', DAY), 4);
    });

    it('runs transactions started at once one at a time: no read-then-write is lost', async () => {
      const store = await fresh();
      const stores = [store, sameDatabase ? await sameDatabase(store) : store];
      const takes = Array.from({ length: 24 }, (_, index) => {
        const on = stores[index % stores.length] ?? store;
        return on.transaction(async (tx) => {
          const last = await tx.lastSequence('ktp-el', DAY);
          // Gives every other transaction the chance to read the same number, if it could run now.
          for (let round = 0; round < 3; round += 1) await tx.countTickets({ localDate: DAY });
          await tx.saveSequence('ktp-el', DAY, last + 1);
          await tx.appendEvent({ type: 'ticket.issued', atMs: index, data: `{"sequence":${last + 1}}` });
          return last + 1;
        });
      });
      const numbers = await Promise.all(takes);
      assertEqual(
        [...numbers].sort((a, b) => a - b),
        Array.from({ length: 24 }, (_, index) => index + 1),
      );
      assertEqual(await store.lastSequence('ktp-el', DAY), 24);
      // Event ids follow the order the transactions committed in, which is the numbers' order.
      const events = await store.eventsAfter(0, 100);
      assertEqual(
        events.map((event) => (JSON.parse(event.data) as { sequence: number }).sequence),
        Array.from({ length: 24 }, (_, index) => index + 1),
      );
    });

    it('returns the result of a committed transaction', async () => {
      const store = await fresh();
      const result = await store.transaction(async (tx) => {
        await tx.saveSequence('ktp-el', DAY, 1);
        return 'done';
      });
      assertEqual([result, await store.lastSequence('ktp-el', DAY)], ['done', 1]);
    });
  });
}
