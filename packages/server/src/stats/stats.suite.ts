// Visitor statistics over HTTP, for any store: the defaults, every period and
// grouping, which historical months count, waits from a scripted day at the
// counters, the Kediri seed's overview, bad queries, and nothing personal.
import { addDays, routes, type StatsCounts, type StatsQueryInput } from '@mpp-kit/contract';
import { kediriSeed } from '../seed/load-seed.js';
import { assert, assertEqual, type SuiteApi } from '../test-support/assert.js';
import { fixtureSeed, MONDAY_9AM, NIKS } from '../test-support/fixture-seed.js';
import { Harness, type StoreFactory } from '../test-support/harness.js';
import { bookingRecord, DAY, ticketRecord } from '../test-support/records.js';

const MINUTE = 60_000;

/** Counts with nothing recorded, and `overrides`. */
const counts = (overrides: Partial<StatsCounts> = {}): StatsCounts => ({
  visitors: 0,
  historical: 0,
  ticketsIssued: 0,
  served: 0,
  noShows: 0,
  bookings: 0,
  bookingsCheckedIn: 0,
  wait: null,
  service: null,
  ...overrides,
});

/** Counts of historical visitors only. */
const history = (visitors: number): StatsCounts => counts({ visitors, historical: visitors });

/** Registers the statistics tests. */
export function statsSuite(api: SuiteApi, name: string, makeStore: StoreFactory): void {
  const { describe, it } = api;

  /** `GET /v1/stats` with `query`. */
  const stats = (h: Harness, query: StatsQueryInput = {}, headers?: Record<string, string>) =>
    h.call(routes.getStats, {
      query: Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined)) as Record<
        string,
        string
      >,
      ...(headers ? { headers } : {}),
    });

  describe(`${name}: visitor statistics`, () => {
    it('answers the last 30 days by day and agency by default, with the whole months of history in them', async () => {
      const h = await Harness.open(makeStore);
      const { body } = await stats(h);
      assertEqual(
        [body.timeZone, body.today, body.from, body.to, body.period, body.by],
        ['Asia/Jakarta', DAY, '2026-02-01', DAY, 'day', 'agency'],
      );
      assertEqual(body.series.length, 30);
      assertEqual(
        [body.series[0]?.start, body.series[0]?.end, body.series[29]?.start],
        ['2026-02-01', '2026-02-01', DAY],
      );
      // February lies wholly within 1 February to 2 March: its totals land on its first day. January does not.
      assertEqual(body.totals, history(190));
      assertEqual(
        body.series.filter((bucket) => bucket.counts.visitors > 0).map((bucket) => [bucket.start, bucket.counts]),
        [['2026-02-01', history(190)]],
      );
      assertEqual(body.groups, [
        { agencyId: 'dukcapil', serviceId: null, counts: history(140) },
        { agencyId: 'imigrasi', serviceId: null, counts: history(50) },
      ]);
      assertEqual(body.overview, { since: '2025-12-01', total: 480, thisMonth: 0, today: 0 });
    });

    it('counts a historical month only when the range covers all of it', async () => {
      const h = await Harness.open(makeStore);
      const historical = async (from: string, to: string) => (await stats(h, { from, to })).body.totals.historical;
      assertEqual(await historical('2026-02-01', '2026-02-28'), 190);
      assertEqual(await historical('2026-02-01', '2026-02-27'), 0);
      assertEqual(await historical('2026-02-02', '2026-03-02'), 0);
      assertEqual(await historical('2025-12-01', '2026-01-31'), 120 + 130 + 40);
      assertEqual(await historical('2025-11-01', '2026-03-31'), 480);
    });

    it('buckets by month and by ISO week, clipped to the range, history in the bucket of its first day', async () => {
      const h = await Harness.open(makeStore);
      const months = (await stats(h, { from: '2025-11-15', to: DAY, period: 'month' })).body;
      assertEqual(
        months.series.map((bucket) => [bucket.start, bucket.end, bucket.counts.historical]),
        [
          ['2025-11-15', '2025-11-30', 0],
          ['2025-12-01', '2025-12-31', 120],
          ['2026-01-01', '2026-01-31', 170],
          ['2026-02-01', '2026-02-28', 190],
          ['2026-03-01', DAY, 0],
        ],
      );
      // Wednesday 28 January: the first week is cut to end on Sunday 1 February and holds February's history.
      const weeks = (await stats(h, { from: '2026-01-28', to: DAY, period: 'week' })).body;
      assertEqual(
        weeks.series.map((bucket) => [bucket.start, bucket.end, bucket.counts.historical]),
        [
          ['2026-01-28', '2026-02-01', 190],
          ['2026-02-02', '2026-02-08', 0],
          ['2026-02-09', '2026-02-15', 0],
          ['2026-02-16', '2026-02-22', 0],
          ['2026-02-23', '2026-03-01', 0],
          [DAY, DAY, 0],
        ],
      );
    });

    it('groups by service, each agency’s history as a group without a service, most visitors first', async () => {
      const h = await Harness.open(makeStore);
      await h.take('paspor');
      await h.take('ktp-el');
      await h.take('kk');
      await h.take('ktp-el');
      const { body } = await stats(h, { from: '2026-02-01', to: DAY, by: 'service' });
      assertEqual(
        body.groups.map((group) => [group.agencyId, group.serviceId, group.counts.visitors, group.counts.historical]),
        [
          ['dukcapil', null, 140, 140],
          ['imigrasi', null, 50, 50],
          ['dukcapil', 'ktp-el', 2, 0],
          // A tie keeps the seed's order: kk before paspor.
          ['dukcapil', 'kk', 1, 0],
          ['imigrasi', 'paspor', 1, 0],
        ],
      );
      assertEqual([body.totals.visitors, body.totals.ticketsIssued, body.totals.historical], [194, 4, 190]);
      // The same range by agency: history and tickets together, and no group without visitors.
      const byAgency = (await stats(h, { from: '2026-02-01', to: DAY })).body;
      assertEqual(
        byAgency.groups.map((group) => [group.agencyId, group.serviceId, group.counts.visitors]),
        [
          ['dukcapil', null, 143],
          ['imigrasi', null, 51],
        ],
      );
      const today = (await stats(h, { from: DAY, to: DAY, by: 'service' })).body;
      assertEqual(
        today.groups.map((group) => group.serviceId),
        ['ktp-el', 'kk', 'paspor'],
      );
    });

    it('measures waits and service times of a day at the counters: median and p90 by nearest rank', async () => {
      const h = await Harness.open(makeStore);
      for (const service of ['ktp-el', 'ktp-el', 'paspor', 'kk']) await h.take(service);
      h.clock.advance(5 * MINUTE); // 09:05
      await h.staff(routes.callNext, 'loket-1'); // A-001 waited 300 s
      h.clock.advance(10 * MINUTE); // 09:15
      await h.staff(routes.completeTicket, 'loket-1'); // served 600 s
      await h.staff(routes.callNext, 'loket-1'); // A-002 waited 900 s
      h.clock.advance(2 * MINUTE); // 09:17
      await h.staff(routes.skipTicket, 'loket-1'); // did not come
      await h.staff(routes.callNext, 'loket-3'); // P-001 waited 1020 s
      h.clock.advance(20 * MINUTE); // 09:37
      await h.staff(routes.completeTicket, 'loket-3'); // served 1200 s
      const { body } = await stats(h, { from: DAY, to: DAY });
      const expected = counts({
        visitors: 4,
        ticketsIssued: 4,
        served: 2,
        noShows: 1,
        // Waits 300, 900, 1020: the median is rank ⌈3/2⌉ = 2, p90 rank ⌈2.7⌉ = 3.
        wait: { medianSeconds: 900, p90Seconds: 1020, count: 3 },
        // Service times 600, 1200: the median is rank 1, p90 rank 2.
        service: { medianSeconds: 600, p90Seconds: 1200, count: 2 },
      });
      assertEqual(body.totals, expected);
      assertEqual(body.series, [{ start: DAY, end: DAY, counts: expected }]);
      assertEqual(
        body.groups.map((group) => [group.agencyId, group.counts.served, group.counts.noShows, group.counts.wait]),
        [
          ['dukcapil', 1, 1, { medianSeconds: 300, p90Seconds: 900, count: 2 }],
          ['imigrasi', 1, 0, { medianSeconds: 1020, p90Seconds: 1020, count: 1 }],
        ],
      );
      assertEqual(body.overview, { since: '2025-12-01', total: 484, thisMonth: 4, today: 4 });
      // The next day: the defaults follow the clock, and "today" starts again.
      h.clock.set('2026-03-03T08:00:00+07:00');
      const tuesday = (await stats(h)).body;
      assertEqual([tuesday.to, tuesday.overview.today, tuesday.overview.thisMonth], ['2026-03-03', 0, 4]);
    });

    it('counts bookings by their slot’s day, and those checked in', async () => {
      const h = await Harness.open(makeStore);
      const store = h.store;
      const tuesday = '2026-03-03';
      // As a check-in does it: the booking, its ticket, then the booking's link to the ticket.
      await store.insertBooking(bookingRecord({ code: 'KDR-AAAAAA', status: 'checked-in' }));
      await store.insertTicket(
        ticketRecord({ id: 't1', localDate: tuesday, bookingCode: 'KDR-AAAAAA', priority: true }),
      );
      await store.updateBooking('KDR-AAAAAA', { status: 'completed', ticketId: 't1' });
      await store.insertBooking(bookingRecord({ code: 'KDR-BBBBBB', nikHash: 'n2', status: 'cancelled' }));
      await store.insertBooking(bookingRecord({ code: 'KDR-CCCCCC', nikHash: 'n3', status: 'no-show' }));
      await store.insertBooking(bookingRecord({ code: 'KDR-DDDDDD', nikHash: 'n4', serviceId: 'paspor' }));
      await store.insertBooking(
        bookingRecord({
          code: 'KDR-EEEEEE',
          localDate: '2026-03-05',
          slotStart: '2026-03-05T08:00:00+07:00',
          slotEnd: '2026-03-05T08:30:00+07:00',
        }),
      );
      const { body } = await stats(h, { from: tuesday, to: '2026-03-04', by: 'service' });
      assertEqual([body.totals.bookings, body.totals.bookingsCheckedIn, body.totals.ticketsIssued], [4, 1, 1]);
      assertEqual(
        body.series.map((bucket) => [bucket.start, bucket.counts.bookings, bucket.counts.bookingsCheckedIn]),
        [
          [tuesday, 4, 1],
          ['2026-03-04', 0, 0],
        ],
      );
      // Ranked by visitors: paspor's booking is no visit, so only ktp-el is a group.
      assertEqual(
        body.groups.map((group) => [group.serviceId, group.counts.bookings, group.counts.bookingsCheckedIn]),
        [['ktp-el', 3, 1]],
      );
    });

    it('knows nothing before the first record, then counts from the first ticket’s day', async () => {
      const h = await Harness.open(makeStore, {}, { ...fixtureSeed(), history: [] });
      const empty = (await stats(h, { period: 'week' })).body;
      assertEqual(empty.overview, { since: null, total: 0, thisMonth: 0, today: 0 });
      assertEqual([empty.totals, empty.groups], [counts(), []]);
      assert(
        empty.series.every((bucket) => bucket.counts.visitors === 0 && bucket.counts.wait === null),
        'empty buckets are listed with zero counts',
      );
      assertEqual(empty.series.length, 6);
      await h.take('kk');
      assertEqual((await stats(h)).body.overview, { since: DAY, total: 1, thisMonth: 1, today: 1 });
    });

    it('adds the seed’s history of the current month to this month’s visitors', async () => {
      const seed = {
        ...fixtureSeed(),
        history: [{ agencyId: 'dukcapil', firstMonth: '2026-02', monthlyVisitors: [10, 7] }],
      };
      const h = await Harness.open(makeStore, {}, seed);
      await h.take('ktp-el');
      const { body } = await stats(h, { from: '2026-03-01', to: DAY });
      assertEqual(body.overview, { since: '2026-02-01', total: 18, thisMonth: 8, today: 1 });
      // March is not over, so the range holds none of its history.
      assertEqual([body.totals.visitors, body.totals.historical], [1, 0]);
    });

    it('shows the Kediri seed’s 26,203 visitors since September 2023, its busiest units first', async () => {
      const h = await Harness.open(makeStore, {}, kediriSeed());
      h.clock.set('2026-12-04T10:00:00+07:00'); // a Friday, open
      const { body } = await stats(h, { from: '2023-09-01', to: '2026-11-30', period: 'month' });
      assertEqual(body.overview, { since: '2023-09-01', total: 26_203, thisMonth: 0, today: 0 });
      assertEqual([body.totals.visitors, body.series.length], [26_203, 39]);
      assertEqual(
        body.groups.slice(0, 4).map((group) => group.agencyId),
        ['dukcapil', 'dpmptsp', 'samsat', 'imigrasi'],
      );
      assertEqual(body.groups.length, 13);
      // The default range (5 November to 4 December) holds no whole month: no history in it.
      assertEqual((await stats(h)).body.totals.visitors, 0);
      // A live ticket comes on top.
      await h.take('ktp-el');
      assertEqual((await stats(h)).body.overview, { since: '2023-09-01', total: 26_204, thisMonth: 1, today: 1 });
    });

    it('refuses bad ranges and values with 422 and a detail naming the field', async () => {
      const h = await Harness.open(makeStore);
      const refused = async (query: Record<string, string>, path: string, headers?: Record<string, string>) => {
        const reply = await stats(h, query, headers);
        assertEqual([reply.status, reply.error.code], [422, 'validation_failed'], JSON.stringify(query));
        assert(
          reply.error.details?.some((detail) => detail.path === path),
          `${JSON.stringify(query)}: ${reply.text}`,
        );
        return reply.error;
      };
      // From a day after today, with the default `to` (today).
      await refused({ from: '2026-03-03' }, 'from');
      await refused({ from: '2026-03-05', to: '2026-03-04' }, 'to');
      await refused({ from: '2026-02-30' }, 'from');
      await refused({ to: 'tomorrow' }, 'to');
      await refused({ period: 'year' }, 'period');
      await refused({ by: 'counter' }, 'by');
      await refused({ counter: 'loket-1' }, 'counter');
      // 3660 days are allowed, one more is not.
      const longest = { from: addDays(DAY, -3659), to: DAY, period: 'month' } as const;
      assertEqual((await stats(h, longest)).status, 200);
      const tooLong = await refused({ ...longest, from: addDays(DAY, -3660) }, 'from');
      assert(tooLong.details?.[0]?.message.includes('3660'), tooLong.message);
      const english = await refused({ from: addDays(DAY, -3660), to: DAY }, 'from', { 'Accept-Language': 'en' });
      assertEqual(english.details?.[0]?.message, 'The range is at most 3660 days');
      const repeated = await h.get('/v1/stats?from=2026-03-01&from=2026-03-02');
      assertEqual(repeated.status, 422);
    });

    it('answers counts only: no ticket, number, booking code, name or NIK', async () => {
      const h = await Harness.open(makeStore);
      const ticket = (await h.take('ktp-el')).body;
      const booking = (await h.book('ktp-el', '2026-03-03T08:00:00+07:00', NIKS[1])).body;
      await h.staff(routes.callNext, 'loket-1');
      const reply = await stats(h, { from: DAY, to: '2026-03-03', by: 'service' });
      assertEqual([reply.body.totals.ticketsIssued, reply.body.totals.bookings], [1, 1]);
      for (const secret of [ticket.id, ticket.number, booking.code, 'Budi', NIKS[1], MONDAY_9AM]) {
        assert(!reply.text.includes(secret), `the statistics show ${secret}`);
      }
      // The harness also checks every answer against the contract and for NIKs. Counts only: shared caches may keep them.
      assertEqual(reply.headers.get('Cache-Control'), 'public, max-age=60');
    });
  });
}
