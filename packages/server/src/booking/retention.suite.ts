// Erasure of personal data after the retention period (UU PDP 27/2022), driven
// by the server's clock, for any store.
import { HEADERS, routes } from '@mpp-kit/contract';
import { createApp } from '../app.js';
import { Engine } from '../engine.js';
import { Broadcaster } from '../queue/broadcaster.js';
import { assert, assertEqual, assertThrows, until, type SuiteApi } from '../test-support/assert.js';
import { fixtureSeed, NIKS } from '../test-support/fixture-seed.js';
import { Harness, SECRET, type StoreFactory } from '../test-support/harness.js';
import { fixedClock } from '../time/clock.js';
import { createDataProtection } from './nik-protection.js';
import { eraseExpiredApplicants } from './retention.js';

const TUESDAY_8 = '2026-03-03T08:00:00+07:00';
const THURSDAY_8 = '2026-03-05T08:00:00+07:00';
/** The Tuesday 08:00 slot ends at 08:30; thirty days later is Thursday 2 April. */
const THIRTY_DAYS_AFTER = '2026-04-02T08:30:00+07:00';
const MINUTE = 60_000;

/** An engine over the harness's store and clock, as the app builds it. */
function engineOf(h: Harness, retentionDays = 30): Engine {
  return new Engine(h.store, h.clock, createDataProtection(SECRET), new Broadcaster(), retentionDays);
}

/** Registers the retention tests. */
export function retentionSuite(api: SuiteApi, name: string, makeStore: StoreFactory): void {
  const { describe, it } = api;

  describe(`${name}: retention of personal data`, () => {
    it('erases the applicant N days after the slot ended, not a minute before, keeping what counts need', async () => {
      const h = await Harness.open(makeStore);
      const { body: receipt } = await h.book('ktp-el', TUESDAY_8);
      const { body: other } = await h.book('ktp-el', '2026-03-04T08:00:00+07:00', NIKS[1]);
      const before = await h.store.getBooking(receipt.code);
      assert(before?.nikHash && before.applicantCipher && before.applicantName, 'kept until then');
      const engine = engineOf(h);

      h.clock.set(THIRTY_DAYS_AFTER);
      h.clock.advance(-MINUTE);
      assertEqual(await eraseExpiredApplicants(engine), 0);
      assertEqual(await h.store.getBooking(receipt.code), before);
      h.clock.advance(2 * MINUTE);
      assertEqual(await eraseExpiredApplicants(engine), 1);
      assertEqual(await h.store.getBooking(receipt.code), {
        ...before,
        nikHash: '',
        applicantCipher: '',
        applicantName: '',
        erasedAt: '2026-04-02T08:31:00+07:00',
      });
      // The next day's booking waits for its own thirty days; a second run erases nothing new.
      assertEqual((await h.store.getBooking(other.code))?.erasedAt, null);
      assertEqual(await eraseExpiredApplicants(engine), 0);

      // Its holder still finds it, with nothing personal left; the desk cannot check it in.
      const holder = { params: { code: receipt.code }, headers: { [HEADERS.bookingSecret]: receipt.secret } };
      const shown = await h.call(routes.getBooking, holder);
      assertEqual([shown.body.status, shown.body.applicantName, shown.body.slotStart], ['confirmed', '', TUESDAY_8]);
      assertEqual((await h.staff(routes.getCheckIn, receipt.code)).body.state, 'not-checkable');
      assertEqual((await h.staff(routes.checkInBooking, receipt.code)).error.code, 'booking_not_modifiable');
    });

    it('keeps one active booking per NIK for new bookings after an erasure', async () => {
      const h = await Harness.open(makeStore);
      await h.book('ktp-el', TUESDAY_8, NIKS[0]);
      await h.book('ktp-el', '2026-03-03T09:00:00+07:00', NIKS[1]);
      h.clock.set('2026-04-06T09:00:00+07:00');
      assertEqual(await eraseExpiredApplicants(engineOf(h)), 2);
      assertEqual((await h.book('ktp-el', '2026-04-07T08:00:00+07:00', NIKS[0])).status, 201);
      const again = await h.book('ktp-el', '2026-04-07T09:00:00+07:00', NIKS[0]);
      assertEqual([again.status, again.error.code], [409, 'booking_exists']);
      assertEqual((await h.book('ktp-el', '2026-04-07T09:00:00+07:00', NIKS[1])).status, 201);
    });

    it('runs when the app starts, with the configured number of days', async () => {
      const h = await Harness.open(makeStore, { retentionDays: 2 });
      const { body: receipt } = await h.book('ktp-el', TUESDAY_8);
      assertEqual((await h.call(routes.getSite)).body.personalData, { retentionDays: 2 });
      createApp({
        store: h.store,
        clock: fixedClock('2026-03-05T08:31:00+07:00'),
        staffTokens: [],
        secret: SECRET,
        retentionDays: 2,
      });
      // The first erasure starts with the app and ends on its own.
      await until(async () => (await h.store.getBooking(receipt.code))?.erasedAt !== null);
      assertEqual((await h.store.getBooking(receipt.code))?.erasedAt, '2026-03-05T08:31:00+07:00');
    });

    it('states 30 days by default and refuses a period that is not a positive whole number of days', async () => {
      const h = await Harness.open(makeStore);
      assertEqual((await h.call(routes.getSite)).body.personalData, { retentionDays: 30 });
      const store = await makeStore(fixtureSeed());
      for (const retentionDays of [0, -1, 1.5, Number.NaN]) {
        assertThrows(
          () => createApp({ store, staffTokens: [], secret: SECRET, retentionDays }),
          (error) => error instanceof TypeError && /retentionDays/.test(error.message),
          `retentionDays ${retentionDays}`,
        );
      }
    });

    it('keeps an idempotency record (a sealed receipt) no longer than the retention period', async () => {
      const seed = fixtureSeed();
      // The seed allows a week; a one-day retention wins.
      const h = await Harness.open(
        makeStore,
        { retentionDays: 1 },
        { ...seed, settings: { ...seed.settings, idempotencyRetentionHours: 168 } },
      );
      const engine = engineOf(h, 1);
      assertEqual(engine.idempotencyTtlMs(), 24 * 60 * MINUTE);
      const key = { [HEADERS.idempotencyKey]: 'booking-attempt-1' };
      assertEqual((await h.book('ktp-el', TUESDAY_8, NIKS[0], { headers: key })).status, 201);
      const scope = `${routes.createBooking.method} ${routes.createBooking.path}`;
      assert(await h.store.getIdempotency(scope, 'booking-attempt-1'), 'stored for replays');
      h.clock.advance(24 * 60 * MINUTE - MINUTE);
      await eraseExpiredApplicants(engine);
      assert(await h.store.getIdempotency(scope, 'booking-attempt-1'), 'kept within the day');
      h.clock.advance(2 * MINUTE);
      await eraseExpiredApplicants(engine);
      assertEqual(await h.store.getIdempotency(scope, 'booking-attempt-1'), undefined);
    });

    it('never replays a receipt past its time, even before it is pruned', async () => {
      const h = await Harness.open(makeStore, { retentionDays: 1 });
      const key = { [HEADERS.idempotencyKey]: 'booking-attempt-2' };
      const first = await h.book('ktp-el', THURSDAY_8, NIKS[0], { headers: key });
      h.clock.advance(24 * 60 * MINUTE - MINUTE);
      const replayed = await h.book('ktp-el', THURSDAY_8, NIKS[0], { headers: key });
      assertEqual([replayed.headers.get(HEADERS.idempotentReplayed), replayed.body.code], ['true', first.body.code]);
      h.clock.advance(2 * MINUTE);
      // Run afresh: the applicant's booking exists, and the receipt with its secret is not handed out again.
      const late = await h.book('ktp-el', THURSDAY_8, NIKS[0], { headers: key });
      assertEqual(
        [late.status, late.error.code, late.headers.get(HEADERS.idempotentReplayed)],
        [409, 'booking_exists', null],
      );
      assert(!late.text.includes(first.body.secret), 'no secret in the answer');
    });
  });
}
