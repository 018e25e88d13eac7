// The Store contract as tests: every rule stated above the Store interface, for
// any implementation. runSuites (test-support/suites.ts) registers it with the
// app's suites; each store's test file calls runSuites once.
import { assert, assertEqual, assertThrows, type SuiteApi } from '../test-support/assert.js';
import { fixtureHistory, fixtureSeed } from '../test-support/fixture-seed.js';
import type { StoreFactory } from '../test-support/harness.js';
import { bookingRecord, DAY, ticketRecord } from '../test-support/records.js';
import { StoreConflictError, type Store, type SurveyInvitationRecord, type SurveyResponseRecord } from './store.js';

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

const conflict = (constraint: string) => (error: unknown) =>
  error instanceof StoreConflictError && error.constraint === constraint;

/** Registers the Store contract tests for the stores `makeStore` creates. */
export function storeSuite(api: SuiteApi, name: string, makeStore: StoreFactory): void {
  const { describe, it } = api;
  const fresh = (): Store => makeStore(fixtureSeed());

  describe(`${name}: the Store contract`, () => {
    it('serves the seed in seed order, counters open and idle', () => {
      const store = fresh();
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
        store.listCounters().map((counter) => [counter.id, counter.status, counter.currentTicketId]),
        [
          ['loket-1', 'open', null],
          ['loket-2', 'open', null],
          ['loket-3', 'open', null],
        ],
      );
      assertThrows(() => store.loadSeed(fixtureSeed()), conflict('seeded'));
    });

    it('keeps counter state', () => {
      const store = fresh();
      store.updateCounter('loket-2', { status: 'paused', currentTicketId: 't1' });
      assertEqual(store.getCounter('loket-2')?.status, 'paused');
      assertEqual(store.getCounter('loket-2')?.currentTicketId, 't1');
      assertEqual(store.getCounter('loket-2')?.serviceIds, ['ktp-el', 'kk']);
      store.updateCounter('loket-2', { currentTicketId: null });
      assertEqual(store.getCounter('loket-2')?.status, 'paused');
      assertEqual(store.getCounter('nope'), undefined);
    });

    it('numbers per service per day', () => {
      const store = fresh();
      assertEqual(store.lastSequence('ktp-el', DAY), 0);
      store.saveSequence('ktp-el', DAY, 7);
      store.saveSequence('ktp-el', DAY, 8);
      assertEqual(store.lastSequence('ktp-el', DAY), 8);
      assertEqual(store.lastSequence('ktp-el', '2026-03-03'), 0);
      assertEqual(store.lastSequence('kk', DAY), 0);
    });

    it('stores tickets, lists them in queueKey order and enforces unique ids and numbers', () => {
      const store = fresh();
      store.insertTicket(ticketRecord({ id: 'b', sequence: 1, queueKey: '1:002' }));
      store.insertTicket(ticketRecord({ id: 'a', sequence: 2, number: 'A-002', queueKey: '1:003' }));
      store.insertTicket(ticketRecord({ id: 'c', sequence: 3, number: 'A-003', queueKey: '0:001', priority: true }));
      store.insertTicket(ticketRecord({ id: 'd', serviceId: 'kk', sequence: 1, number: 'B-001', queueKey: '1:001' }));
      store.insertTicket(ticketRecord({ id: 'e', localDate: '2026-03-03', sequence: 1, queueKey: '1:000' }));
      assertEqual(
        store.listTickets({ localDate: DAY }).map((ticket) => ticket.id),
        ['c', 'd', 'b', 'a'],
      );
      assertEqual(
        store.listTickets({ localDate: DAY, serviceIds: ['ktp-el'] }).map((ticket) => ticket.id),
        ['c', 'b', 'a'],
      );
      assertEqual(store.listTickets({ localDate: DAY, serviceIds: [] }).length, 0);
      assertEqual(
        store.listTickets({ localDate: DAY, priority: false }).map((ticket) => ticket.id),
        ['d', 'b', 'a'],
      );
      store.updateTicket('b', { status: 'called', counterId: 'loket-1', calledAt: '2026-03-02T09:05:00+07:00' });
      assertEqual(
        store.listTickets({ localDate: DAY, statuses: ['waiting'] }).map((ticket) => ticket.id),
        ['c', 'd', 'a'],
      );
      assertEqual(store.countTickets({ localDate: DAY, serviceIds: ['ktp-el'], statuses: ['waiting', 'called'] }), 3);
      assertEqual(
        store.listTickets({ localDate: DAY, queueKeyBefore: '1:002' }).map((ticket) => ticket.id),
        ['c', 'd'],
      );
      assertEqual(
        store.countTickets({ localDate: DAY, serviceIds: ['ktp-el'], statuses: ['waiting'], queueKeyBefore: '1:003' }),
        1,
      );
      assertEqual(store.getTicket('b')?.counterId, 'loket-1');
      assertEqual(store.getTicket('b')?.number, 'A-001');
      assertEqual(store.getTicket('nope'), undefined);
      assertThrows(() => store.insertTicket(ticketRecord({ id: 'a', sequence: 9 })), conflict('ticket_id'));
      assertThrows(() => store.insertTicket(ticketRecord({ id: 'z', sequence: 2 })), conflict('ticket_number'));
    });

    it('hands out copies', () => {
      const store = fresh();
      store.insertTicket(ticketRecord());
      const ticket = store.getTicket('ticket-1') as { status: string };
      ticket.status = 'done';
      assertEqual(store.getTicket('ticket-1')?.status, 'waiting');
      const counter = store.getCounter('loket-1') as { status: string };
      counter.status = 'closed';
      assertEqual(store.getCounter('loket-1')?.status, 'open');
    });

    it('stores bookings and allows one active booking per NIK, service and day', () => {
      const store = fresh();
      store.insertBooking(bookingRecord());
      assertEqual(store.getBooking('KDR-AAAAAA')?.nikHash, 'nik-hash-1');
      assertThrows(() => store.insertBooking(bookingRecord({ nikHash: 'other' })), conflict('booking_code'));
      assertThrows(
        () => store.insertBooking(bookingRecord({ code: 'KDR-BBBBBB', slotStart: '2026-03-03T09:00:00+07:00' })),
        conflict('booking_active_nik'),
      );
      // Another service, another day, or an inactive booking do not clash.
      store.insertBooking(bookingRecord({ code: 'KDR-CCCCCC', serviceId: 'paspor' }));
      store.insertBooking(
        bookingRecord({ code: 'KDR-DDDDDD', localDate: '2026-03-04', slotStart: '2026-03-04T08:00:00+07:00' }),
      );
      store.insertBooking(bookingRecord({ code: 'KDR-EEEEEE', status: 'cancelled' }));
      assertThrows(() => store.updateBooking('KDR-EEEEEE', { status: 'confirmed' }), conflict('booking_active_nik'));
      assertThrows(
        () => store.updateBooking('KDR-DDDDDD', { localDate: '2026-03-03' }),
        conflict('booking_active_nik'),
      );
      store.updateBooking('KDR-AAAAAA', { status: 'cancelled' });
      store.updateBooking('KDR-EEEEEE', { status: 'confirmed' });
      assertEqual(store.getBooking('KDR-EEEEEE')?.status, 'confirmed');
    });

    it('finds and counts bookings by every filter, in slot order', () => {
      const store = fresh();
      store.insertBooking(bookingRecord({ code: 'KDR-B', slotStart: '2026-03-03T09:00:00+07:00' }));
      store.insertBooking(bookingRecord({ code: 'KDR-A', nikHash: 'n2' }));
      store.insertBooking(bookingRecord({ code: 'KDR-C', nikHash: 'n3', status: 'cancelled' }));
      store.insertBooking(
        bookingRecord({
          code: 'KDR-D',
          nikHash: 'n4',
          localDate: '2026-03-05',
          slotStart: '2026-03-05T08:00:00+07:00',
        }),
      );
      store.insertBooking(bookingRecord({ code: 'KDR-E', nikHash: 'n5', serviceId: 'paspor' }));
      const codes = (filter: Parameters<Store['findBookings']>[0]) =>
        store.findBookings(filter).map((booking) => booking.code);
      assertEqual(codes({ serviceId: 'ktp-el' }), ['KDR-A', 'KDR-C', 'KDR-B', 'KDR-D']);
      assertEqual(codes({ serviceId: 'ktp-el', slotStart: '2026-03-03T08:00:00+07:00', statuses: ['confirmed'] }), [
        'KDR-A',
      ]);
      assertEqual(codes({ localDates: { from: '2026-03-04', to: '2026-03-05' } }), ['KDR-D']);
      assertEqual(codes({ nikHash: 'nik-hash-1' }), ['KDR-B']);
      assertEqual(store.countBookings({ serviceId: 'ktp-el', statuses: ['confirmed', 'checked-in'] }), 3);
      assertEqual(store.countBookings({}), 5);
    });

    it('erases an applicant: personal fields emptied, the rest kept, out of the one-per-NIK rule', () => {
      const store = fresh();
      const kept = bookingRecord({ code: 'KDR-AAAAAA', status: 'checked-in', ticketId: null });
      store.insertBooking(kept);
      store.insertBooking(bookingRecord({ code: 'KDR-BBBBBB', nikHash: 'nik-hash-2', status: 'completed' }));
      store.eraseApplicant('KDR-AAAAAA', '2026-04-03T00:00:00+07:00');
      assertEqual(store.getBooking('KDR-AAAAAA'), {
        ...kept,
        nikHash: '',
        applicantCipher: '',
        applicantName: '',
        erasedAt: '2026-04-03T00:00:00+07:00',
      });
      // A second erasure keeps the first date.
      store.eraseApplicant('KDR-AAAAAA', '2026-04-04T00:00:00+07:00');
      assertEqual(store.getBooking('KDR-AAAAAA')?.erasedAt, '2026-04-03T00:00:00+07:00');
      assertThrows(
        () => store.eraseApplicant('KDR-ZZZZZZ', '2026-04-03T00:00:00+07:00'),
        (error) => error instanceof Error,
      );
      // Two erased active bookings of one service and day do not clash, and the NIK may book that day again.
      store.insertBooking(bookingRecord({ code: 'KDR-CCCCCC', nikHash: 'nik-hash-3' }));
      store.eraseApplicant('KDR-CCCCCC', '2026-04-03T00:00:00+07:00');
      store.insertBooking(bookingRecord({ code: 'KDR-DDDDDD' }));
      assertThrows(() => store.insertBooking(bookingRecord({ code: 'KDR-EEEEEE' })), conflict('booking_active_nik'));
      const codes = (erased: boolean) => store.findBookings({ erased }).map((booking) => booking.code);
      assertEqual(codes(true), ['KDR-AAAAAA', 'KDR-CCCCCC']);
      assertEqual(codes(false), ['KDR-BBBBBB', 'KDR-DDDDDD']);
      assertEqual(store.countBookings({ erased: false, nikHash: 'nik-hash-1' }), 1);
      // Rolled back with its transaction like any write.
      assertThrows(
        () =>
          store.transaction(() => {
            store.eraseApplicant('KDR-DDDDDD', '2026-04-03T00:00:00+07:00');
            throw new Error('boom');
          }),
        (error) => error instanceof Error && error.message === 'boom',
      );
      assertEqual(store.getBooking('KDR-DDDDDD')?.nikHash, 'nik-hash-1');
    });

    it('stores idempotency records once, forgets one, and forgets old ones', () => {
      const store = fresh();
      const record = { scope: 'takeTicket', key: 'k1', requestHash: 'h', status: 201, body: '{}', createdAtMs: 1_000 };
      store.insertIdempotency(record);
      store.insertIdempotency({ ...record, scope: 'createBooking', createdAtMs: 5_000 });
      assertEqual(store.getIdempotency('takeTicket', 'k1'), record);
      assertEqual(store.getIdempotency('takeTicket', 'k2'), undefined);
      assertThrows(() => store.insertIdempotency({ ...record, body: 'x' }), conflict('idempotency_key'));
      store.deleteIdempotencyBefore(2_000);
      assertEqual(store.getIdempotency('takeTicket', 'k1'), undefined);
      assertEqual(store.getIdempotency('createBooking', 'k1')?.createdAtMs, 5_000);
      store.insertIdempotency({ ...record, key: 'k2' });
      store.deleteIdempotency('createBooking', 'k1');
      store.deleteIdempotency('createBooking', 'never-stored');
      assertEqual(store.getIdempotency('createBooking', 'k1'), undefined);
      assertEqual(store.getIdempotency('takeTicket', 'k2'), { ...record, key: 'k2' });
      // Forgotten, the key can be stored again.
      store.insertIdempotency({ ...record, scope: 'createBooking', body: 'again' });
      assertEqual(store.getIdempotency('createBooking', 'k1')?.body, 'again');
    });

    it('logs events with monotonic ids that survive pruning', () => {
      const store = fresh();
      assertEqual([store.lastEventId(), store.firstEventId()], [0, null]);
      const ids = [1, 2, 3].map((n) =>
        store.appendEvent({ type: 'ticket.issued', atMs: n * 1_000, data: `{"n":${n}}` }),
      );
      assertEqual(ids, [1, 2, 3]);
      assertEqual(
        store.eventsAfter(1, 10).map((event) => [event.id, event.data, event.atMs, event.type]),
        [
          [2, '{"n":2}', 2_000, 'ticket.issued'],
          [3, '{"n":3}', 3_000, 'ticket.issued'],
        ],
      );
      assertEqual(
        store.eventsAfter(0, 1).map((event) => event.id),
        [1],
      );
      assertEqual(store.eventsAfter(3, 10), []);
      store.deleteEventsBefore(2_500);
      assertEqual([store.firstEventId(), store.lastEventId()], [3, 3]);
      assertEqual(
        store.eventsAfter(0, 10).map((event) => event.id),
        [3],
      );
      store.deleteEventsBefore(10_000);
      assertEqual([store.firstEventId(), store.lastEventId()], [null, 3]);
      assertEqual(store.appendEvent({ type: 'counter.updated', atMs: 11_000, data: '{}' }), 4);
    });

    it('sums service times per service and day', () => {
      const store = fresh();
      assertEqual(store.serviceTimes('ktp-el', DAY), { count: 0, totalSeconds: 0 });
      store.addServiceTime('ktp-el', DAY, 300);
      store.addServiceTime('ktp-el', DAY, 420);
      store.addServiceTime('ktp-el', '2026-03-03', 60);
      assertEqual(store.serviceTimes('ktp-el', DAY), { count: 2, totalSeconds: 720 });
    });

    it('rolls back every write of a failed transaction', () => {
      const store = fresh();
      store.insertTicket(ticketRecord({ id: 'kept' }));
      store.appendEvent({ type: 'ticket.issued', atMs: 1, data: '{}' });
      const claim = { scope: 's', key: 'claimed', requestHash: 'h', status: 102, body: '', createdAtMs: 1 };
      store.insertIdempotency(claim);
      assertThrows(
        () =>
          store.transaction(() => {
            store.saveSequence('ktp-el', DAY, 5);
            store.insertTicket(ticketRecord({ id: 'lost', sequence: 2, number: 'A-002' }));
            store.updateTicket('kept', { status: 'called' });
            store.updateCounter('loket-1', { status: 'closed', currentTicketId: 'kept' });
            store.insertBooking(bookingRecord());
            store.insertIdempotency({
              scope: 's',
              key: 'k',
              requestHash: 'h',
              status: 201,
              body: '{}',
              createdAtMs: 1,
            });
            store.deleteIdempotency('s', 'claimed');
            store.appendEvent({ type: 'ticket.called', atMs: 2, data: '{}' });
            store.addServiceTime('ktp-el', DAY, 60);
            store.transaction(() => store.saveSequence('kk', DAY, 3)); // joins the outer one
            throw new Error('boom');
          }),
        (error) => error instanceof Error && error.message === 'boom',
      );
      assertEqual(store.lastSequence('ktp-el', DAY), 0);
      assertEqual(store.lastSequence('kk', DAY), 0);
      assertEqual(store.getTicket('lost'), undefined);
      assertEqual(
        store.listTickets({ localDate: DAY }).map((ticket) => ticket.id),
        ['kept'],
      );
      assertEqual(store.getTicket('kept')?.status, 'waiting');
      assertEqual([store.getCounter('loket-1')?.status, store.getCounter('loket-1')?.currentTicketId], ['open', null]);
      assertEqual(store.getBooking('KDR-AAAAAA'), undefined);
      assertEqual(store.getIdempotency('s', 'k'), undefined);
      assertEqual(store.getIdempotency('s', 'claimed'), claim);
      assertEqual(store.lastEventId(), 1);
      assertEqual(store.serviceTimes('ktp-el', DAY).count, 0);
      // The rolled-back number can be used again, and the store still works.
      store.insertTicket(ticketRecord({ id: 'again', sequence: 2, number: 'A-002' }));
      assertEqual(store.appendEvent({ type: 'ticket.issued', atMs: 3, data: '{}' }), 2);
    });

    it('keeps the seed history in seed order', () => {
      assertEqual(fresh().listHistory(), fixtureHistory);
      assertEqual(makeStore({ ...fixtureSeed(), history: [] }).listHistory(), []);
    });

    it('lists and counts tickets between days, by day then queue order, and knows the first day', () => {
      const store = fresh();
      assertEqual(store.firstTicketDate(), null);
      assertEqual(store.countTicketsBetween({ from: '2000-01-01', to: '2999-12-31' }), 0);
      store.insertTicket(ticketRecord({ id: 'late', localDate: '2026-03-04', queueKey: '1:001' }));
      store.insertTicket(ticketRecord({ id: 'b', sequence: 1, queueKey: '1:002' }));
      store.insertTicket(ticketRecord({ id: 'a', sequence: 2, number: 'A-002', queueKey: '0:001', priority: true }));
      store.insertTicket(ticketRecord({ id: 'c', serviceId: 'kk', sequence: 1, number: 'B-001', queueKey: '1:002' }));
      store.insertTicket(ticketRecord({ id: 'd', localDate: '2026-03-03', queueKey: '1:001' }));
      const ids = (from: string, to: string) => store.listTicketsBetween({ from, to }).map((ticket) => ticket.id);
      assertEqual(ids(DAY, '2026-03-04'), ['a', 'b', 'c', 'd', 'late']);
      assertEqual(ids('2026-03-03', '2026-03-03'), ['d']);
      assertEqual(ids('2026-03-05', '2026-03-31'), []);
      assertEqual(store.countTicketsBetween({ from: DAY, to: '2026-03-03' }), 4);
      assertEqual(store.countTicketsBetween({ from: '2026-03-04', to: '2026-03-04' }), 1);
      store.updateTicket('a', { status: 'done' });
      store.updateTicket('c', { status: 'done' });
      const range = { from: DAY, to: '2026-03-04' };
      assertEqual(store.countTicketsBetween(range, { statuses: ['done'] }), 2);
      assertEqual(store.countTicketsBetween(range, { statuses: ['done'], serviceIds: ['kk'] }), 1);
      assertEqual(store.countTicketsBetween(range, { serviceIds: ['ktp-el'] }), 4);
      assertEqual(store.countTicketsBetween(range, { serviceIds: [] }), 0);
      assertEqual(store.countTicketsBetween(range, { statuses: ['skipped', 'cancelled'] }), 0);
      assertEqual(store.listTicketsBetween({ from: DAY, to: DAY })[0], store.getTicket('a'));
      // What statistics read: service, day, status and times only, of the same tickets.
      store.updateTicket('b', { status: 'done', calledAt: '2026-03-02T09:10:00+07:00' });
      const times = store
        .listTicketTimesBetween({ from: DAY, to: '2026-03-03' })
        .map((ticket) => JSON.stringify(ticket))
        .sort();
      const expected = ['a', 'b', 'c', 'd'].map((id) => {
        const { serviceId, localDate, status, issuedAt, calledAt, finishedAt } = store.getTicket(id) ?? ticketRecord();
        return JSON.stringify({ serviceId, localDate, status, issuedAt, calledAt, finishedAt });
      });
      assertEqual(times, expected.sort());
      assertEqual(store.listTicketTimesBetween({ from: '2026-03-05', to: '2026-03-31' }), []);
      // A rolled-back ticket on an earlier day is not the first.
      assertThrows(
        () =>
          store.transaction(() => {
            store.insertTicket(ticketRecord({ id: 'gone', localDate: '2026-02-27' }));
            throw new Error('boom');
          }),
        (error) => error instanceof Error && error.message === 'boom',
      );
      assertEqual(store.firstTicketDate(), DAY);
      assertEqual(store.countTicketsBetween({ from: '2026-02-01', to: '2026-02-28' }), 0);
    });

    it('gives each ticket at most one survey code and marks it answered', () => {
      const store = fresh();
      store.insertTicket(ticketRecord());
      store.insertTicket(ticketRecord({ id: 'ticket-2', sequence: 2, number: 'A-002', queueKey: '1:002' }));
      assertEqual(store.getSurveyInvitation('7QX4-M2KP'), undefined);
      assertEqual(store.getSurveyInvitationForTicket('ticket-1'), undefined);
      store.insertSurveyInvitation(invitation());
      assertEqual(store.getSurveyInvitation('7QX4-M2KP'), invitation());
      assertEqual(store.getSurveyInvitationForTicket('ticket-1'), invitation());
      assertThrows(() => store.insertSurveyInvitation(invitation({ ticketId: 'ticket-2' })), conflict('survey_code'));
      assertThrows(() => store.insertSurveyInvitation(invitation({ code: 'AAAA-BBBB' })), conflict('survey_ticket'));
      store.insertSurveyInvitation(invitation({ code: 'AAAA-BBBB', ticketId: 'ticket-2' }));
      store.markSurveyAnswered('7QX4-M2KP', '2026-03-02T10:00:00+07:00');
      assertEqual(store.getSurveyInvitation('7QX4-M2KP')?.answeredAt, '2026-03-02T10:00:00+07:00');
      assertEqual(store.getSurveyInvitationForTicket('ticket-2')?.answeredAt, null);
      assertThrows(
        () => store.markSurveyAnswered('ZZZZ-ZZZZ', '2026-03-02T10:00:00+07:00'),
        (error) => error instanceof Error && !(error instanceof StoreConflictError),
      );
      const copy = store.getSurveyInvitation('AAAA-BBBB') as { answeredAt: string | null };
      copy.answeredAt = 'changed';
      assertEqual(store.getSurveyInvitation('AAAA-BBBB')?.answeredAt, null);
    });

    it('sums survey scores per service in seed order, by day, agency and service', () => {
      const store = fresh();
      assertEqual(store.surveyTotals({ localDates: { from: DAY, to: DAY } }), []);
      store.insertSurveyResponse(response({ id: 'r1', serviceId: 'paspor', agencyId: 'imigrasi' }));
      store.insertSurveyResponse(response({ id: 'r2', scores: [1, 2, 3, 4, 1, 2, 3, 4, 1] }));
      store.insertSurveyResponse(response({ id: 'r3', scores: [3, 3, 3, 3, 3, 3, 3, 3, 3] }));
      store.insertSurveyResponse(response({ id: 'r4', serviceId: 'kk', localDate: '2026-03-05' }));
      store.insertSurveyResponse(response({ id: 'r5', localDate: '2026-03-01' }));
      assertThrows(() => store.insertSurveyResponse(response({ id: 'r2' })), conflict('survey_response_id'));
      const totals = (filter: Partial<Parameters<Store['surveyTotals']>[0]> = {}) =>
        store.surveyTotals({ localDates: { from: DAY, to: '2026-03-05' }, ...filter });
      assertEqual(totals(), [
        { agencyId: 'dukcapil', serviceId: 'ktp-el', respondents: 2, scoreTotals: [4, 5, 6, 7, 4, 5, 6, 7, 4] },
        { agencyId: 'dukcapil', serviceId: 'kk', respondents: 1, scoreTotals: [4, 4, 4, 4, 4, 4, 4, 4, 4] },
        { agencyId: 'imigrasi', serviceId: 'paspor', respondents: 1, scoreTotals: [4, 4, 4, 4, 4, 4, 4, 4, 4] },
      ]);
      assertEqual(
        totals({ agencyId: 'dukcapil' }).map((total) => [total.serviceId, total.respondents]),
        [
          ['ktp-el', 2],
          ['kk', 1],
        ],
      );
      assertEqual(
        totals({ serviceId: 'ktp-el', localDates: { from: '2026-03-01', to: DAY } }).map((t) => t.respondents),
        [3],
      );
      assertEqual(totals({ agencyId: 'imigrasi', serviceId: 'ktp-el' }), []);
    });

    it('pages suggestions newest day first, ties by id descending, without the empty ones', () => {
      const store = fresh();
      const said = (id: string, localDate: string, suggestion: string | null, serviceId = 'ktp-el') =>
        store.insertSurveyResponse(response({ id, localDate, suggestion, serviceId }));
      said('a', '2026-03-02', 'Antrean terlalu panjang');
      said('b', '2026-03-04', 'Ruang tunggu panas');
      said('c', '2026-03-04', null);
      said('d', '2026-03-04', 'Petugas ramah', 'kk');
      said('e', '2026-03-03', 'Parkir sempit');
      said('f', '2026-03-06', 'Di luar rentang');
      const range = { localDates: { from: DAY, to: '2026-03-05' } };
      const first = store.listSuggestions(range, 2);
      assertEqual(first, [
        { id: 'd', serviceId: 'kk', localDate: '2026-03-04', suggestion: 'Petugas ramah' },
        { id: 'b', serviceId: 'ktp-el', localDate: '2026-03-04', suggestion: 'Ruang tunggu panas' },
      ]);
      const last = first[first.length - 1];
      assert(last, 'a first page');
      const second = store.listSuggestions(range, 2, { localDate: last.localDate, id: last.id });
      assertEqual(
        second.map((item) => item.id),
        ['e', 'a'],
      );
      assertEqual(store.listSuggestions(range, 2, { localDate: DAY, id: 'a' }), []);
      assertEqual(
        store.listSuggestions({ ...range, serviceId: 'kk' }, 10).map((item) => item.id),
        ['d'],
      );
      assertEqual(
        store.listSuggestions({ ...range, agencyId: 'imigrasi' }, 10).map((item) => item.id),
        [],
      );
      assertEqual(store.listSuggestions(range, 0), []);
    });

    it('rolls back survey writes with their transaction', () => {
      const store = fresh();
      store.insertTicket(ticketRecord());
      store.insertSurveyInvitation(invitation());
      assertThrows(
        () =>
          store.transaction(() => {
            store.markSurveyAnswered('7QX4-M2KP', '2026-03-02T10:00:00+07:00');
            store.insertSurveyResponse(response({ suggestion: 'hilang' }));
            throw new Error('boom');
          }),
        (error) => error instanceof Error && error.message === 'boom',
      );
      assertEqual(store.getSurveyInvitation('7QX4-M2KP')?.answeredAt, null);
      assertEqual(store.surveyTotals({ localDates: { from: DAY, to: DAY } }), []);
      assertEqual(store.listSuggestions({ localDates: { from: DAY, to: DAY } }, 10), []);
    });

    it('returns the result of a committed transaction', () => {
      const store = fresh();
      const result = store.transaction(() => {
        store.saveSequence('ktp-el', DAY, 1);
        return 'done';
      });
      assertEqual([result, store.lastSequence('ktp-el', DAY)], ['done', 1]);
    });
  });
}
