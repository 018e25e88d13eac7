// Visitor statistics, counted from what the store records (tickets, bookings)
// and the seed's historical monthly totals: in one pass over the range's
// tickets and one over its bookings, never a query per day.
import {
  addDays,
  monthAfter,
  monthWithin,
  STATS_MAX_RANGE_DAYS,
  statsBucketStart,
  statsBuckets,
  type LocalDate,
  type Locale,
  type Stats,
  type StatsCounts,
  type StatsGroup,
  type StatsOverview,
  type StatsPeriod,
  type StatsQuery,
} from '@mpp-kit/contract';
import { ApiError } from '../http/api-error.js';
import type { Store, TicketTimesRecord } from '../store/store.js';
import { durationFigures, secondsBetween } from './duration-figures.js';

/** Days of the default range: `to` and the 29 days before it. */
export const STATS_DEFAULT_DAYS = 30;

/** The days a statistics query covers, both inclusive. */
export interface StatsRange {
  readonly from: LocalDate;
  readonly to: LocalDate;
}

/** `validation_failed` with one detail on `from`, in the caller's language. */
function invalidFrom(locale: Locale, messages: Readonly<Record<Locale, string>>): ApiError {
  return new ApiError('validation_failed', { details: [{ path: 'from', message: messages[locale] }] });
}

/**
 * The range of a query: `to` defaults to `today` (site-local), `from` to 29 days
 * before `to`, so the default is the last 30 days.
 *
 * @throws ApiError `validation_failed` (detail on `from`) when `from` is after `to`
 *   (a `from` in the future with the default `to`), or the range has more than
 *   `STATS_MAX_RANGE_DAYS` days
 */
export function statsRange(query: Pick<StatsQuery, 'from' | 'to'>, today: LocalDate, locale: Locale): StatsRange {
  const to = query.to ?? today;
  const from = query.from ?? addDays(to, 1 - STATS_DEFAULT_DAYS);
  if (from > to) {
    throw invalidFrom(locale, { id: '`from` setelah `to`', en: '`from` is after `to`' });
  }
  // The last day a range from `from` may reach: comparing dates needs no day count.
  if (addDays(from, STATS_MAX_RANGE_DAYS - 1) < to) {
    throw invalidFrom(locale, {
      id: `Rentang paling panjang ${STATS_MAX_RANGE_DAYS} hari`,
      en: `The range is at most ${STATS_MAX_RANGE_DAYS} days`,
    });
  }
  return { from, to };
}

/** Counts being added up; {@link Tally.counts} turns them into {@link StatsCounts}. */
class Tally {
  historical = 0;
  ticketsIssued = 0;
  served = 0;
  noShows = 0;
  bookings = 0;
  bookingsCheckedIn = 0;
  readonly waits: number[] = [];
  readonly services: number[] = [];

  counts(): StatsCounts {
    return {
      visitors: this.ticketsIssued + this.historical,
      historical: this.historical,
      ticketsIssued: this.ticketsIssued,
      served: this.served,
      noShows: this.noShows,
      bookings: this.bookings,
      bookingsCheckedIn: this.bookingsCheckedIn,
      wait: durationFigures(this.waits),
      service: durationFigures(this.services),
    };
  }
}

/** A group of the ranking while it is counted; `order` is its place in the seed, for ties. */
interface GroupTally {
  readonly agencyId: string;
  readonly serviceId: string | null;
  readonly order: number;
  readonly tally: Tally;
}

/**
 * The groups of a grouping, made on first use: by agency, one per agency (its
 * historical totals included); by service, one per service, plus one per agency
 * with `serviceId: null` for its historical totals, which were counted per agency
 * only. Ties of the ranking keep the seed's order: agencies in seed order; by
 * service, services in seed order, then the agencies' historical groups.
 */
class Groups {
  private readonly groups = new Map<string, GroupTally>();
  private readonly agencyOrder: ReadonlyMap<string, number>;
  private readonly serviceOrder: ReadonlyMap<string, number>;
  private readonly agencyOfService: ReadonlyMap<string, string>;

  constructor(
    store: Store,
    private readonly by: StatsQuery['by'],
  ) {
    const services = store.listServices();
    this.agencyOrder = new Map(store.listAgencies().map((agency, index) => [agency.id, index]));
    this.serviceOrder = new Map(services.map((service, index) => [service.id, index]));
    this.agencyOfService = new Map(services.map((service) => [service.id, service.agencyId]));
  }

  private group(key: string, agencyId: string, serviceId: string | null, order: number): Tally {
    let group = this.groups.get(key);
    if (!group) {
      group = { agencyId, serviceId, order, tally: new Tally() };
      this.groups.set(key, group);
    }
    return group.tally;
  }

  /** The tally of a service's tickets and bookings, or `undefined` for a service the seed does not know. */
  ofService(serviceId: string): Tally | undefined {
    const agencyId = this.agencyOfService.get(serviceId);
    if (agencyId === undefined) return undefined;
    if (this.by === 'agency') return this.group(agencyId, agencyId, null, this.agencyOrder.get(agencyId) ?? 0);
    return this.group(serviceId, agencyId, serviceId, this.serviceOrder.get(serviceId) ?? 0);
  }

  /** The tally of an agency's historical totals. */
  ofHistory(agencyId: string): Tally {
    const order = this.agencyOrder.get(agencyId) ?? this.agencyOrder.size;
    if (this.by === 'agency') return this.group(agencyId, agencyId, null, order);
    return this.group(`history\u0000${agencyId}`, agencyId, null, this.serviceOrder.size + order);
  }

  /** The groups with visitors, most visitors first, ties in seed order. */
  ranked(): StatsGroup[] {
    return [...this.groups.values()]
      .map((group) => ({ group, counts: group.tally.counts() }))
      .filter(({ counts }) => counts.visitors > 0)
      .sort((a, b) => b.counts.visitors - a.counts.visitors || a.group.order - b.group.order)
      .map(({ group, counts }) => ({ agencyId: group.agencyId, serviceId: group.serviceId, counts }));
  }
}

/** The buckets of the series, and which bucket a day of the range falls in. */
class Series {
  readonly buckets: readonly { readonly start: LocalDate; readonly end: LocalDate; readonly tally: Tally }[];
  private readonly indexByStart: ReadonlyMap<LocalDate, number>;
  /** Bucket of each day seen so far: a year's tickets share a few hundred days. */
  private readonly indexByDay = new Map<LocalDate, number>();

  constructor(
    private readonly range: StatsRange,
    private readonly period: StatsPeriod,
  ) {
    this.buckets = statsBuckets(range.from, range.to, period).map((bucket) => ({ ...bucket, tally: new Tally() }));
    this.indexByStart = new Map(this.buckets.map((bucket, index) => [bucket.start, index]));
  }

  /** The tally of the bucket holding `day`, or `undefined` outside the range. */
  of(day: LocalDate): Tally | undefined {
    let index = this.indexByDay.get(day);
    if (index === undefined) {
      if (day < this.range.from || day > this.range.to) return undefined;
      // The first bucket starts at `from`, also when the period started earlier.
      const start = statsBucketStart(day, this.period);
      index = this.indexByStart.get(start < this.range.from ? this.range.from : start) ?? -1;
      this.indexByDay.set(day, index);
    }
    return this.buckets[index]?.tally;
  }
}

/** Adds one ticket to each of `tallies`. */
function countTicket(ticket: TicketTimesRecord, tallies: readonly (Tally | undefined)[]): void {
  const wait = ticket.calledAt === null ? null : secondsBetween(ticket.issuedAt, ticket.calledAt);
  const service =
    ticket.status === 'done' && ticket.calledAt !== null && ticket.finishedAt !== null
      ? secondsBetween(ticket.calledAt, ticket.finishedAt)
      : null;
  for (const tally of tallies) {
    if (!tally) continue;
    tally.ticketsIssued += 1;
    if (ticket.status === 'done') tally.served += 1;
    else if (ticket.status === 'skipped') tally.noShows += 1;
    if (wait !== null) tally.waits.push(wait);
    if (service !== null) tally.services.push(service);
  }
}

/**
 * Visitors at a glance, whatever the range: since the first record (a historical
 * month's first day or the first ticket's day), this calendar month and today.
 * Every historical month counts in `total`; the current month's, if the seed
 * has one, also in `thisMonth`.
 */
export async function statsOverview(store: Store, today: LocalDate): Promise<StatsOverview> {
  const currentMonth = today.slice(0, 7);
  const firstTicket = await store.firstTicketDate();
  let since = firstTicket;
  let historical = 0;
  let historicalThisMonth = 0;
  for (const entry of await store.listHistory()) {
    if (entry.monthlyVisitors.length === 0) continue;
    const first = `${entry.firstMonth}-01`;
    if (since === null || first < since) since = first;
    let month = entry.firstMonth;
    for (const visitors of entry.monthlyVisitors) {
      historical += visitors;
      if (month === currentMonth) historicalThisMonth += visitors;
      month = monthAfter(month);
    }
  }
  const tickets = firstTicket === null ? 0 : await store.countTicketsBetween({ from: firstTicket, to: '9999-12-31' });
  return {
    since,
    total: historical + tickets,
    thisMonth: historicalThisMonth + (await store.countTicketsBetween({ from: `${currentMonth}-01`, to: today })),
    today: await store.countTicketsBetween({ from: today, to: today }),
  };
}

/**
 * The visitor statistics of a range (see `StatsSchema` of `@mpp-kit/contract`
 * for what each count means), counted from the store:
 * - tickets by the day they were issued: `ticketsIssued` (every queue number,
 *   walk-in or at check-in, also cancelled ones), `served` (status `done`),
 *   `noShows` (`skipped`); `wait` from `issuedAt` to `calledAt` of every called
 *   ticket, `service` from `calledAt` to `finishedAt` of every completed one;
 * - bookings by the day of their slot: `bookings` (every status, cancelled too)
 *   and `bookingsCheckedIn`, the bookings among them that have a ticket, which
 *   only a check-in issues: so a bucket or group never has more checked-in
 *   bookings than bookings, whatever became of the visit (completed, no-show);
 * - historical monthly totals only for months wholly inside the range
 *   (`monthWithin`), in the bucket holding the month's first day and in the
 *   agency's group (by service: the agency's group with `serviceId: null`).
 *
 * @param range the days, as {@link statsRange} resolved them
 * @param today the site-local day, for the overview
 */
export async function visitorStats(
  store: Store,
  query: Pick<StatsQuery, 'period' | 'by'>,
  range: StatsRange,
  today: LocalDate,
): Promise<Stats> {
  const totals = new Tally();
  const series = new Series(range, query.period);
  const groups = new Groups(store, query.by);

  for (const ticket of await store.listTicketTimesBetween(range)) {
    countTicket(ticket, [totals, series.of(ticket.localDate), groups.ofService(ticket.serviceId)]);
  }

  for (const booking of await store.findBookings({ localDates: range })) {
    const checkedIn = booking.ticketId !== null;
    for (const tally of [totals, series.of(booking.localDate), groups.ofService(booking.serviceId)]) {
      if (!tally) continue;
      tally.bookings += 1;
      if (checkedIn) tally.bookingsCheckedIn += 1;
    }
  }

  for (const entry of await store.listHistory()) {
    let month = entry.firstMonth;
    for (const visitors of entry.monthlyVisitors) {
      const first = `${month}-01`;
      if (first > range.to) break;
      if (visitors > 0 && monthWithin(month, range.from, range.to)) {
        for (const tally of [totals, series.of(first), groups.ofHistory(entry.agencyId)]) {
          if (tally) tally.historical += visitors;
        }
      }
      month = monthAfter(month);
    }
  }

  return {
    timeZone: store.getSite().timeZone,
    today,
    from: range.from,
    to: range.to,
    period: query.period,
    by: query.by,
    overview: await statsOverview(store, today),
    totals: totals.counts(),
    series: series.buckets.map((bucket) => ({ start: bucket.start, end: bucket.end, counts: bucket.tally.counts() })),
    groups: groups.ranked(),
  };
}
