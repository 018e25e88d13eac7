// Booking engine behaviour over HTTP, for any store.
import { CHECK_IN_OPENS_MINUTES_BEFORE, HEADERS, routes } from '@mpp-kit/contract';
import { assert, assertEqual, type SuiteApi } from '../test-support/assert.js';
import { MONDAY_9AM, NIKS } from '../test-support/fixture-seed.js';
import { Harness, type StoreFactory } from '../test-support/harness.js';

const TUESDAY_8 = '2026-03-03T08:00:00+07:00';
const TUESDAY_9 = '2026-03-03T09:00:00+07:00';
const PASSPORT_SLOT = '2026-03-04T10:00:00+07:00';

/** Registers the booking tests. */
export function bookingSuite(api: SuiteApi, name: string, makeStore: StoreFactory): void {
  const { describe, it } = api;
  const availability = (h: Harness, id: string, query: Record<string, string> = {}) =>
    h.call(routes.getAvailability, { params: { id }, query });

  describe(`${name}: availability`, () => {
    it('offers future slots from opening hours, around breaks, with online and walk-in quotas', async () => {
      const h = await Harness.open(makeStore);
      const reply = await availability(h, 'ktp-el', { from: '2026-03-02', to: '2026-03-07' });
      assertEqual(reply.body.timeZone, 'Asia/Jakarta');
      assertEqual(
        reply.body.days.map((day) => [day.date, day.closedReason]),
        [
          ['2026-03-02', null],
          ['2026-03-03', null],
          ['2026-03-04', null],
          ['2026-03-05', null],
          ['2026-03-06', null],
          ['2026-03-07', 'weekend'],
        ],
      );
      const [today, tuesday, , , friday, saturday] = reply.body.days;
      assert(today && tuesday && friday && saturday, 'six days');
      // It is 09:00: the 08:00 and 08:30 slots (and 09:00, which has started) are gone.
      assertEqual(today.slots[0]?.start, '2026-03-02T09:30:00+07:00');
      assertEqual(tuesday.slots.length, 12); // 08:00-12:00 and 13:00-15:00, half an hour each
      assertEqual(tuesday.slots[0], {
        start: TUESDAY_8,
        end: '2026-03-03T08:30:00+07:00',
        capacity: 2,
        remaining: 2,
        walkIn: { capacity: 3, remaining: 3 },
      });
      assert(!tuesday.slots.some((slot) => slot.start.includes('T12:')), 'no slot in the lunch break');
      // Friday prayer break 11:30-13:00.
      assertEqual(friday.slots.length, 11);
      assert(
        !friday.slots.some((slot) => slot.start.includes('T11:30') || slot.start.includes('T12:')),
        'no slot in the Friday prayer',
      );
      assertEqual(saturday.slots, []);
    });

    it('closes holidays and stops at the booking horizon', async () => {
      const h = await Harness.open(makeStore);
      const reply = await availability(h, 'ktp-el', { from: '2026-03-16', to: '2026-03-20' });
      // The horizon is 14 days: Monday 16 March is the last bookable day.
      assertEqual(
        reply.body.days.map((day) => day.date),
        ['2026-03-16'],
      );
      const holiday = await availability(h, 'paspor');
      assertEqual(holiday.body.days.length, 8);
      h.clock.set('2026-03-18T09:00:00+07:00');
      const nyepi = await availability(h, 'ktp-el', { from: '2026-03-19', to: '2026-03-19' });
      assertEqual(nyepi.body.days, [{ date: '2026-03-19', closedReason: 'holiday', slots: [] }]);
    });

    it('counts bookings and walk-ins against their own quotas', async () => {
      const h = await Harness.open(makeStore);
      assertEqual((await h.book('ktp-el', TUESDAY_8)).status, 201);
      h.clock.set('2026-03-03T08:10:00+07:00');
      await h.take('ktp-el');
      await h.take('ktp-el');
      h.clock.set('2026-03-03T07:00:00+07:00');
      const [day] = (await availability(h, 'ktp-el', { from: '2026-03-03', to: '2026-03-03' })).body.days;
      const slot = day?.slots[0];
      assertEqual([slot?.remaining, slot?.walkIn.remaining], [1, 1]);
    });

    it('rejects bad queries and unknown services; services without booking have no days', async () => {
      const h = await Harness.open(makeStore);
      const backwards = await availability(h, 'ktp-el', { from: '2026-03-05', to: '2026-03-03' });
      assertEqual([backwards.status, backwards.error.code], [422, 'validation_failed']);
      assertEqual((await h.get('/v1/services/ktp-el/availability?from=2026-02-30')).status, 422);
      assertEqual((await h.get('/v1/services/ktp-el/availability?day=2026-03-03')).status, 422);
      assertEqual((await availability(h, 'nope')).status, 404);
      assertEqual((await availability(h, 'kk')).body.days, []);
    });
  });

  describe(`${name}: bookings`, () => {
    it('books a slot: a receipt with a secret, the name masked, and never the NIK', async () => {
      const h = await Harness.open(makeStore);
      const reply = await h.book('ktp-el', TUESDAY_8);
      assertEqual(reply.status, 201);
      assert(/^KDR-[2-9A-HJKMNP-TV-Z]{6}$/.test(reply.body.code), `booking code ${reply.body.code}`);
      assertEqual(
        [reply.body.status, reply.body.slotEnd, reply.body.applicantName],
        ['confirmed', '2026-03-03T08:30:00+07:00', 'Bud* S******'],
      );
      assert(reply.body.secret.length >= 22, 'the secret has 128 bits');
      const stored = await h.store.getBooking(reply.body.code);
      assert(stored, 'stored');
      assert(!JSON.stringify(stored).includes(NIKS[0]), 'the store keeps no plain NIK');
      assert(stored.secretHash !== reply.body.secret, 'the store keeps no plain secret');
    });

    it('never overbooks: concurrent requests for the last place get one 201 and 409 slot_full', async () => {
      const h = await Harness.open(makeStore);
      const replies = await Promise.all(NIKS.map((nik) => h.book('paspor', PASSPORT_SLOT, nik)));
      assertEqual(replies.filter((reply) => reply.status === 201).length, 1);
      assert(
        replies
          .filter((reply) => reply.status !== 201)
          .every((reply) => reply.status === 409 && reply.error.code === 'slot_full'),
        'the others find the slot full',
      );
      assertEqual(await h.store.countBookings({ serviceId: 'paspor', slotStart: PASSPORT_SLOT }), 1);
    });

    it('keeps one active booking per NIK per service per day', async () => {
      const h = await Harness.open(makeStore);
      assertEqual((await h.book('ktp-el', TUESDAY_8)).status, 201);
      const again = await h.book('ktp-el', TUESDAY_9);
      assertEqual([again.status, again.error.code], [409, 'booking_exists']);
      assertEqual((await h.book('ktp-el', '2026-03-04T09:00:00+07:00')).status, 201);
      assertEqual((await h.book('paspor', PASSPORT_SLOT)).status, 201);
    });

    it('refuses slots that are not offered', async () => {
      const h = await Harness.open(makeStore);
      const code = async (slot: string) => (await h.book('ktp-el', slot)).error.code;
      assertEqual(await code('2026-03-03T08:10:00+07:00'), 'slot_unavailable'); // off the grid
      assertEqual(await code('2026-03-03T12:00:00+07:00'), 'slot_unavailable'); // lunch break
      assertEqual(await code('2026-03-02T08:30:00+07:00'), 'slot_unavailable'); // past
      assertEqual(await code('2026-03-17T08:00:00+07:00'), 'slot_unavailable'); // past the horizon
      assertEqual(await code('2026-03-07T08:00:00+07:00'), 'site_closed'); // Saturday
      h.clock.set('2026-03-16T09:00:00+07:00'); // Nyepi within the horizon
      assertEqual(await code('2026-03-19T08:00:00+07:00'), 'holiday');
      h.clock.set('2026-03-02T09:00:00+07:00');
      assertEqual((await h.book('kk', TUESDAY_8)).error.code, 'slot_unavailable'); // not bookable
      assertEqual((await h.book('nope', TUESDAY_8)).status, 404);
      // The same instant written in UTC is the same slot.
      assertEqual((await h.book('ktp-el', '2026-03-03T01:00:00Z')).body.slotStart, TUESDAY_8);
    });

    it('shows, cancels and reschedules with the secret only; without it the booking does not exist', async () => {
      const h = await Harness.open(makeStore);
      const { body: receipt } = await h.book('ktp-el', TUESDAY_8);
      const params = { code: receipt.code };
      const withSecret = { params, headers: { [HEADERS.bookingSecret]: receipt.secret } };
      const shown = await h.call(routes.getBooking, withSecret);
      assertEqual([shown.status, shown.body.code, 'secret' in shown.body], [200, receipt.code, false]);
      // The code is read in any case.
      const lower = await h.call(routes.getBooking, { ...withSecret, params: { code: receipt.code.toLowerCase() } });
      assertEqual(lower.body.code, receipt.code);
      for (const reply of [
        await h.call(routes.getBooking, { params }),
        await h.call(routes.getBooking, { params, headers: { [HEADERS.bookingSecret]: 'wrong' } }),
        await h.call(routes.getBooking, { ...withSecret, params: { code: 'KDR-222222' } }),
        await h.call(routes.cancelBooking, { params }),
        await h.call(routes.rescheduleBooking, { params, body: { slotStart: TUESDAY_9 } }),
      ]) {
        assertEqual([reply.status, reply.error.code], [404, 'not_found']);
      }
      const moved = await h.call(routes.rescheduleBooking, { ...withSecret, body: { slotStart: TUESDAY_9 } });
      assertEqual([moved.status, moved.body.slotStart, moved.body.secret], [200, TUESDAY_9, receipt.secret]);
      const cancelled = await h.call(routes.cancelBooking, withSecret);
      assertEqual([cancelled.status, cancelled.body.status], [200, 'cancelled']);
      const late = await h.call(routes.rescheduleBooking, { ...withSecret, body: { slotStart: TUESDAY_8 } });
      assertEqual([late.status, late.error.code], [409, 'booking_not_modifiable']);
      // Cancelled, the place and the applicant's day are free again.
      assertEqual((await h.book('ktp-el', TUESDAY_9)).status, 201);
    });

    it('checks the deadline and the new slot when rescheduling', async () => {
      const h = await Harness.open(makeStore);
      const { body: mine } = await h.book('paspor', PASSPORT_SLOT, NIKS[0]);
      await h.book('paspor', '2026-03-04T13:00:00+07:00', NIKS[1]);
      const holder = { params: { code: mine.code }, headers: { [HEADERS.bookingSecret]: mine.secret } };
      const reschedule = (body: unknown) => h.call(routes.rescheduleBooking, { ...holder, body });
      assertEqual((await reschedule({ slotStart: '2026-03-04T13:00:00+07:00' })).error.code, 'slot_full');
      assertEqual((await reschedule({ slotStart: '2026-03-07T10:00:00+07:00' })).error.code, 'site_closed');
      assertEqual((await reschedule({})).status, 422);
      // Two hours before the slot it can no longer be changed.
      h.clock.set('2026-03-04T08:00:00+07:00');
      assertEqual((await h.call(routes.cancelBooking, holder)).error.code, 'booking_not_modifiable');
    });

    it('refuses a secret in the query, even the right one, and reveals nothing of the booking', async () => {
      const h = await Harness.open(makeStore);
      const { body: receipt } = await h.book('ktp-el', TUESDAY_8);
      const inQuery = { params: { code: receipt.code }, query: { secret: receipt.secret } };
      const refusals = [
        await h.call(routes.getBooking, inQuery),
        await h.call(routes.cancelBooking, inQuery),
        await h.call(routes.rescheduleBooking, { ...inQuery, body: { slotStart: TUESDAY_9 } }),
        // Also beside the right header: a URL with the secret must not work anywhere.
        await h.call(routes.getBooking, { ...inQuery, headers: { [HEADERS.bookingSecret]: receipt.secret } }),
        await h.call(routes.getBooking, { ...inQuery, headers: { [HEADERS.acceptLanguage]: 'en' } }),
      ];
      for (const reply of refusals) {
        assertEqual([reply.status, reply.error.code], [400, 'bad_request']);
        for (const revealed of [receipt.applicantName, receipt.slotStart, receipt.status])
          assert(!reply.text.includes(revealed), `the refusal reveals ${revealed}`);
      }
      assert(refusals[0]?.error.message.includes('X-Booking-Secret'), refusals[0]?.error.message);
      assert(refusals[0]?.error.message.startsWith('Rahasia pemesanan'), 'Indonesian by default');
      assert(/send it in the X-Booking-Secret header/.test(refusals[4]?.error.message ?? ''), 'English on request');
      // Nothing was cancelled or moved.
      const stored = await h.store.getBooking(receipt.code);
      assertEqual([stored?.status, stored?.slotStart], ['confirmed', TUESDAY_8]);
    });

    it('checks a booking in within its window as a priority ticket, called before walk-ins', async () => {
      const h = await Harness.open(makeStore);
      const { body: receipt } = await h.book('paspor', PASSPORT_SLOT);
      const holder = { params: { code: receipt.code }, headers: { [HEADERS.bookingSecret]: receipt.secret } };
      const early = await h.staff(routes.checkInBooking, receipt.code);
      assertEqual([early.status, early.error.code], [409, 'check_in_too_early']);
      h.clock.set('2026-03-04T09:40:00+07:00');
      const walkIn = await h.take('paspor');
      const checkIn = await h.staff(routes.checkInBooking, receipt.code);
      assertEqual(
        [checkIn.status, checkIn.body.priority, checkIn.body.bookingCode, checkIn.body.position],
        [201, true, receipt.code, 0],
      );
      assertEqual((await h.call(routes.getTicket, { params: { id: walkIn.body.id } })).body.position, 1);
      const shown = await h.call(routes.getBooking, holder);
      assertEqual([shown.body.status, shown.body.ticketId], ['checked-in', checkIn.body.id]);
      const again = await h.staff(routes.checkInBooking, receipt.code);
      assertEqual([again.status, again.error.code], [409, 'already_checked_in']);
      assertEqual((await h.staff(routes.getCheckIn, receipt.code)).body.state, 'checked-in');
      const called = await h.staff(routes.callNext, 'loket-3');
      assertEqual(called.body.ticket?.id, checkIn.body.id);
      await h.staff(routes.completeTicket, 'loket-3');
      assertEqual((await h.call(routes.getBooking, holder)).body.status, 'completed');
      assertEqual((await h.staff(routes.checkInBooking, receipt.code)).error.code, 'booking_not_modifiable');
      assertEqual((await h.staff(routes.getCheckIn, receipt.code)).body.state, 'not-checkable');
      assertEqual((await h.staff(routes.checkInBooking, 'KDR-222222')).status, 404);
      assertEqual((await h.staff(routes.getCheckIn, 'KDR-222222')).status, 404);
    });

    it('cancels the booking of a checked-in holder who leaves the line', async () => {
      const h = await Harness.open(makeStore);
      const { body: receipt } = await h.book('paspor', PASSPORT_SLOT);
      const holder = { params: { code: receipt.code }, headers: { [HEADERS.bookingSecret]: receipt.secret } };
      h.clock.set('2026-03-04T09:40:00+07:00');
      const ticket = await h.staff(routes.checkInBooking, receipt.code);
      const left = await h.call(routes.cancelTicket, { params: { id: ticket.body.id } });
      assertEqual([left.status, left.body.status], [200, 'cancelled']);
      const shown = await h.call(routes.getBooking, holder);
      assertEqual([shown.body.status, shown.body.ticketId], ['cancelled', ticket.body.id]);
      assertEqual((await h.staff(routes.getCheckIn, receipt.code)).body.state, 'not-checkable');
      // It no longer holds a place.
      assertEqual(await h.store.countBookings({ serviceId: 'paspor', statuses: ['confirmed', 'checked-in'] }), 0);
    });

    it('opens check-in exactly at opensAt and refuses it from closesAt, with the reason', async () => {
      const h = await Harness.open(makeStore);
      // 10:00-11:00: check-in from 09:00 (60 minutes before) until 11:15 (15 minutes after), exclusive.
      const { body: onTime } = await h.book('paspor', PASSPORT_SLOT, NIKS[0]);
      const { body: late } = await h.book('paspor', '2026-03-04T13:00:00+07:00', NIKS[1]);
      const preview = await h.staff(routes.getCheckIn, onTime.code);
      assertEqual(preview.body, {
        booking: {
          code: onTime.code,
          status: 'confirmed',
          serviceId: 'paspor',
          slotStart: PASSPORT_SLOT,
          slotEnd: '2026-03-04T11:00:00+07:00',
          applicantName: 'Bud* S******',
          createdAt: MONDAY_9AM,
          ticketId: null,
        },
        opensAt: '2026-03-04T09:00:00+07:00',
        closesAt: '2026-03-04T11:15:00+07:00',
        state: 'too-early',
      });
      assert(!preview.text.includes('secret') && !preview.text.includes(onTime.secret), 'no secret in the preview');
      h.clock.set('2026-03-04T08:59:59+07:00');
      const tooEarly = await h.staff(routes.checkInBooking, onTime.code);
      assertEqual([tooEarly.status, tooEarly.error.code], [409, 'check_in_too_early']);
      // The message names the same number of minutes as the rule.
      assert(
        tooEarly.error.message.includes(`${CHECK_IN_OPENS_MINUTES_BEFORE} menit`),
        `the message names ${CHECK_IN_OPENS_MINUTES_BEFORE} minutes: ${tooEarly.error.message}`,
      );
      h.clock.set('2026-03-04T09:00:00+07:00');
      assertEqual((await h.staff(routes.getCheckIn, onTime.code)).body.state, 'open');
      assertEqual((await h.staff(routes.checkInBooking, onTime.code)).status, 201);

      h.clock.set('2026-03-04T14:14:59+07:00');
      assertEqual((await h.staff(routes.getCheckIn, late.code)).body.state, 'open');
      h.clock.set('2026-03-04T14:15:00+07:00');
      assertEqual((await h.staff(routes.getCheckIn, late.code)).body.state, 'too-late');
      const tooLate = await h.staff(routes.checkInBooking, late.code);
      assertEqual([tooLate.status, tooLate.error.code], [409, 'check_in_too_late']);
      assertEqual((await h.store.getBooking(late.code))?.status, 'confirmed');
    });

    it('refuses a cancelled booking, and the preview is for staff only', async () => {
      const h = await Harness.open(makeStore);
      const { body: receipt } = await h.book('paspor', PASSPORT_SLOT);
      const holder = { params: { code: receipt.code }, headers: { [HEADERS.bookingSecret]: receipt.secret } };
      assertEqual((await h.call(routes.cancelBooking, holder)).body.status, 'cancelled');
      h.clock.set('2026-03-04T09:30:00+07:00');
      assertEqual((await h.staff(routes.getCheckIn, receipt.code)).body.state, 'not-checkable');
      const refused = await h.staff(routes.checkInBooking, receipt.code);
      assertEqual([refused.status, refused.error.code], [409, 'booking_not_modifiable']);
      const anonymous = await h.call(routes.getCheckIn, { params: { code: receipt.code } });
      assertEqual([anonymous.status, anonymous.error.code], [401, 'unauthorized']);
    });
  });
}
