import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { DayHours } from '../schemas/site.js';
import { instant as instantText, localDate, site as anySite } from '../test-support/arbitraries.js';
import { addDays, localDateOf, localMinutesOf, localTimeOf, minutesOfDay } from './dates.js';
import { dayOpening, nextOpening, openingAt, upcomingHolidays, type SiteHours } from './opening.js';

const label = (id: string) => ({ id, en: id });
const lunch = { start: '12:00', end: '13:00', label: label('ISHOMA') };
const fridayPrayer = { start: '11:30', end: '13:00', label: label('Istirahat salat Jumat') };
const closedDay = (weekday: number): DayHours => ({ weekday, open: null, close: null, breaks: [] });

/** A small MPP in Makassar time (WITA, UTC+8): weekdays with a lunch break on Monday, a Friday prayer break, a short Saturday. */
const site: SiteHours = {
  timeZone: 'Asia/Makassar',
  openingHours: [
    { weekday: 1, open: '08:00', close: '16:00', breaks: [lunch] },
    { weekday: 2, open: '08:00', close: '16:00', breaks: [] },
    { weekday: 3, open: '08:00', close: '16:00', breaks: [] },
    { weekday: 4, open: '08:00', close: '16:00', breaks: [] },
    { weekday: 5, open: '08:00', close: '16:00', breaks: [fridayPrayer] },
    { weekday: 6, open: '08:00', close: '12:00', breaks: [] },
    closedDay(7),
  ],
  holidays: [
    { date: '2026-03-19', name: label('Hari Suci Nyepi'), kind: 'national' },
    { date: '2026-03-20', name: label('Cuti bersama'), kind: 'collective-leave' },
  ],
};

/** Kota Kediri in Jakarta time (WIB, UTC+7): 08:00-15:00 on weekdays with a lunch break, closed at the weekend. */
const kediri: SiteHours = {
  timeZone: 'Asia/Jakarta',
  openingHours: [
    ...[1, 2, 3, 4].map((weekday) => ({ weekday, open: '08:00', close: '15:00', breaks: [lunch] })),
    { weekday: 5, open: '08:00', close: '15:00', breaks: [fridayPrayer] },
    closedDay(6),
    closedDay(7),
  ],
  holidays: [{ date: '2026-03-19', name: label('Hari Suci Nyepi'), kind: 'national' }],
};

/** An instant in WITA. */
const wita = (local: string): Date => new Date(`${local}+08:00`);
/** An instant in WIB. */
const wib = (local: string): Date => new Date(`${local}+07:00`);

describe('dayOpening', () => {
  it('cuts the day at its breaks, Friday prayer included', () => {
    const monday = dayOpening(kediri, '2026-03-02');
    expect(!monday.closed && monday.periods).to.deep.equal([
      { start: 480, end: 720, afterBreak: null },
      { start: 780, end: 900, afterBreak: lunch },
    ]);
    const friday = dayOpening(kediri, '2026-03-06');
    expect(!friday.closed && friday.periods).to.deep.equal([
      { start: 480, end: 690, afterBreak: null },
      { start: 780, end: 900, afterBreak: fridayPrayer },
    ]);
    expect(dayOpening(site, '2026-03-07')).to.deep.include({ closed: false, hours: site.openingHours[5] });
  });

  it('closes holidays and weekdays without hours all day', () => {
    expect(dayOpening(kediri, '2026-03-07')).to.deep.equal({
      date: '2026-03-07',
      closed: true,
      reason: 'weekend',
      holiday: null,
    });
    expect(dayOpening(site, '2026-03-20')).to.deep.equal({
      date: '2026-03-20',
      closed: true,
      reason: 'holiday',
      holiday: site.holidays[1],
    });
  });

  it('lets a break outside the hours cut nothing, overlapping breaks cut once, and ignores empty breaks', () => {
    const odd = (breaks: { start: string; end: string }[]): SiteHours => ({
      ...kediri,
      openingHours: kediri.openingHours.map((day) =>
        day.weekday === 1 ? { ...day, breaks: breaks.map((pause) => ({ ...pause, label: label('x') })) } : day,
      ),
    });
    const periods = (breaks: { start: string; end: string }[]) => {
      const day = dayOpening(odd(breaks), '2026-03-02');
      return day.closed ? null : day.periods.map(({ start, end }) => [start, end]);
    };
    expect(periods([{ start: '06:00', end: '07:00' }])).to.deep.equal([[480, 900]]);
    expect(periods([{ start: '07:00', end: '09:00' }])).to.deep.equal([[540, 900]]);
    expect(periods([{ start: '14:00', end: '16:00' }])).to.deep.equal([[480, 840]]);
    expect(periods([{ start: '15:00', end: '16:00' }])).to.deep.equal([[480, 900]]);
    expect(
      periods([
        { start: '14:00', end: '16:00' },
        { start: '16:30', end: '17:00' },
      ]),
    ).to.deep.equal([[480, 840]]);
    expect(
      periods([
        { start: '12:30', end: '14:00' },
        { start: '12:00', end: '13:00' },
      ]),
    ).to.deep.equal([
      [480, 720],
      [840, 900],
    ]);
    expect(periods([{ start: '13:00', end: '12:00' }])).to.deep.equal([[480, 900]]);
    expect(periods([{ start: '07:00', end: '16:00' }])).to.deep.equal([]);
  });
});

describe('openingAt', () => {
  it('is open until the next break, then until closing', () => {
    expect(openingAt(site, wita('2026-03-02T09:00'))).to.deep.equal({
      kind: 'open',
      localDate: '2026-03-02',
      until: '12:00',
      minutesLeft: 180,
      nextBreak: lunch,
      closingSoon: false,
    });
    expect(openingAt(site, wita('2026-03-02T13:00'))).to.deep.equal({
      kind: 'open',
      localDate: '2026-03-02',
      until: '16:00',
      minutesLeft: 180,
      nextBreak: null,
      closingSoon: false,
    });
    expect(openingAt(site, wita('2026-03-02T08:00')).kind).to.equal('open');
  });

  it('is closing soon in the last half hour before closing time, not before a break', () => {
    expect(openingAt(site, wita('2026-03-02T15:29:59'))).to.deep.include({ minutesLeft: 31, closingSoon: false });
    expect(openingAt(site, wita('2026-03-02T15:30'))).to.deep.include({ minutesLeft: 30, closingSoon: true });
    expect(openingAt(site, wita('2026-03-02T15:59:59'))).to.deep.include({ minutesLeft: 1, closingSoon: true });
    expect(openingAt(site, wita('2026-03-02T11:45'))).to.deep.include({ until: '12:00', closingSoon: false });
    expect(openingAt(site, wita('2026-03-02T15:00'), { closingSoonMinutes: 60 })).to.deep.include({
      closingSoon: true,
    });
  });

  it('is on a break from its start up to (not including) its end, and says when it resumes', () => {
    expect(openingAt(site, wita('2026-03-06T11:30'))).to.deep.equal({
      kind: 'break',
      localDate: '2026-03-06',
      break: fridayPrayer,
      next: { at: wita('2026-03-06T13:00'), date: '2026-03-06', time: '13:00', inDays: 0 },
    });
    expect(openingAt(site, wita('2026-03-06T12:59')).kind).to.equal('break');
    expect(openingAt(site, wita('2026-03-06T13:00')).kind).to.equal('open');
  });

  it('is closed before and after hours, and says when it opens', () => {
    expect(openingAt(site, wita('2026-03-02T07:59'))).to.deep.equal({
      kind: 'closed',
      localDate: '2026-03-02',
      reason: 'before-hours',
      holiday: null,
      next: { at: wita('2026-03-02T08:00'), date: '2026-03-02', time: '08:00', inDays: 0 },
    });
    expect(openingAt(site, wita('2026-03-02T16:00'))).to.deep.include({
      reason: 'after-hours',
      next: { at: wita('2026-03-03T08:00'), date: '2026-03-03', time: '08:00', inDays: 1 },
    });
    // Saturday afternoon: Sunday has no hours, so Monday.
    expect(openingAt(site, wita('2026-03-07T12:00'))).to.deep.include({
      reason: 'after-hours',
      next: { at: wita('2026-03-09T08:00'), date: '2026-03-09', time: '08:00', inDays: 2 },
    });
    expect(openingAt(site, wita('2026-03-08T10:00'))).to.deep.include({ reason: 'weekend', holiday: null });
  });

  it('is closed on holidays, naming them, and skips them when looking ahead', () => {
    expect(openingAt(site, wita('2026-03-19T10:00'))).to.deep.equal({
      kind: 'closed',
      localDate: '2026-03-19',
      reason: 'holiday',
      holiday: site.holidays[0],
      next: { at: wita('2026-03-21T08:00'), date: '2026-03-21', time: '08:00', inDays: 2 },
    });
    expect(openingAt(site, wita('2026-03-18T17:00'))).to.deep.include({
      next: { at: wita('2026-03-21T08:00'), date: '2026-03-21', time: '08:00', inDays: 3 },
    });
  });

  it('uses the site’s time zone, not the device’s', () => {
    // 23:30 UTC on Sunday is 07:30 on Monday in Makassar, 06:30 in Kediri.
    expect(openingAt(site, new Date('2026-03-01T23:30:00Z'))).to.deep.include({
      localDate: '2026-03-02',
      reason: 'before-hours',
      next: { at: wita('2026-03-02T08:00'), date: '2026-03-02', time: '08:00', inDays: 0 },
    });
    expect(openingAt(kediri, new Date('2026-03-01T23:30:00Z'))).to.deep.include({
      localDate: '2026-03-02',
      reason: 'before-hours',
    });
    expect(openingAt(kediri, wib('2026-03-06T12:00')).kind).to.equal('break');
    expect(openingAt(kediri, wib('2026-03-02T15:00'))).to.deep.include({ kind: 'closed', reason: 'after-hours' });
  });

  it('finds no next opening for a site that never opens, or not within the days asked', () => {
    const never: SiteHours = { ...site, openingHours: site.openingHours.map((day) => closedDay(day.weekday)) };
    expect(openingAt(never, wita('2026-03-02T10:00'))).to.deep.include({ reason: 'weekend', next: null });
    expect(openingAt(site, wita('2026-03-07T12:00'), { withinDays: 1 })).to.deep.include({ next: null });
    expect(openingAt(site, wita('2026-03-07T12:00'), { withinDays: 2 })).to.deep.include({
      next: { at: wita('2026-03-09T08:00'), date: '2026-03-09', time: '08:00', inDays: 2 },
    });
  });
});

describe('nextOpening', () => {
  it('is now when open, the end of a break, or the next open day over weekends and holidays', () => {
    const next = (local: string) => nextOpening(kediri, wib(local))?.at.toISOString();
    expect(next('2026-03-02T09:00:30')).to.equal(wib('2026-03-02T09:00:30').toISOString());
    expect(next('2026-03-06T11:45')).to.equal(wib('2026-03-06T13:00').toISOString());
    expect(next('2026-03-06T16:00')).to.equal(wib('2026-03-09T08:00').toISOString());
    expect(next('2026-03-18T15:30')).to.equal(wib('2026-03-20T08:00').toISOString());
    expect(nextOpening(kediri, wib('2026-03-02T09:00:30'))).to.deep.include({
      date: '2026-03-02',
      time: '09:00',
      inDays: 0,
    });
  });

  it('is null when the site does not open within the days asked', () => {
    const never: SiteHours = { ...kediri, openingHours: kediri.openingHours.map((day) => closedDay(day.weekday)) };
    expect(nextOpening(never, wib('2026-03-02T09:00'), 30)).to.equal(null);
    expect(nextOpening(kediri, wib('2026-03-07T09:00'), 1)).to.equal(null);
    expect(nextOpening(kediri, wib('2026-03-07T09:00'), 2)).to.deep.include({ date: '2026-03-09' });
  });
});

describe('upcomingHolidays', () => {
  it('lists holidays from today for the given number of days', () => {
    expect(upcomingHolidays(site, wita('2026-03-10T10:00')).map((day) => day.date)).to.deep.equal([
      '2026-03-19',
      '2026-03-20',
    ]);
    expect(upcomingHolidays(site, wita('2026-03-10T10:00'), 9)).to.deep.equal([]);
    expect(upcomingHolidays(site, wita('2026-03-20T10:00')).map((day) => day.date)).to.deep.equal(['2026-03-20']);
    const reversed = { ...site, holidays: [...site.holidays].reverse() };
    expect(upcomingHolidays(reversed, wita('2026-03-10T10:00'))).to.deep.equal(site.holidays);
  });
});

describe('opening rules, for any site and instant', () => {
  const instants = instantText.map((text) => new Date(text));
  const MINUTE = 60_000;

  it('cuts every day of a week into periods in order, apart, inside the hours and outside every break', () => {
    fc.assert(
      fc.property(anySite, localDate, (any, date) => {
        for (const day of [0, 1, 2, 3, 4, 5, 6].map((days) => dayOpening(any, addDays(date, days)))) {
          if (day.closed) continue;
          const [open, close] = [minutesOfDay(day.hours.open), minutesOfDay(day.hours.close)];
          const breaks = day.hours.breaks
            .filter((pause) => pause.start < pause.end)
            .map((pause) => [minutesOfDay(pause.start), minutesOfDay(pause.end)] as const);
          let previousEnd = -1;
          for (const { start, end } of day.periods) {
            expect(start, 'after the previous period, apart from it').to.be.greaterThan(previousEnd);
            expect(end).to.be.greaterThan(start);
            expect(start).to.be.at.least(open);
            expect(end).to.be.at.most(close);
            for (const [from, to] of breaks) expect(end <= from || start >= to, 'overlaps a break').to.equal(true);
            previousEnd = end;
          }
        }
      }),
    );
  });

  it('is open exactly in the periods of the day, and for minutesLeft after', () => {
    fc.assert(
      fc.property(anySite, instants, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (any, now, u) => {
        const state = openingAt(any, now);
        const day = dayOpening(any, localDateOf(now, any.timeZone));
        const minute = localMinutesOf(now, any.timeZone);
        const inPeriod = !day.closed && day.periods.some((period) => period.start <= minute && minute < period.end);
        expect(state.kind === 'open', 'open iff in a period').to.equal(inPeriod);
        if (state.kind !== 'open') return;
        expect(minutesOfDay(state.until)).to.equal(minute + state.minutesLeft);
        expect(state.closingSoon).to.equal(state.nextBreak === null && state.minutesLeft <= 30);
        // Open at any instant before `until`…
        const later = new Date(now.getTime() + Math.floor(u * state.minutesLeft) * MINUTE);
        expect(openingAt(any, later).kind).to.equal('open');
        // … and not in the minute that starts there (unless that is the next day).
        if (state.until !== '24:00') {
          const untilMinute = new Date(now.getTime() + state.minutesLeft * MINUTE);
          expect(openingAt(any, untilMinute).kind).not.to.equal('open');
        }
      }),
    );
  });

  it('names the next opening: open then, and closed at every instant before it', () => {
    fc.assert(
      fc.property(anySite, instants, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (any, now, u) => {
        const state = openingAt(any, now);
        if (state.kind === 'open') {
          expect(nextOpening(any, now)?.at).to.equal(now);
          return;
        }
        expect(nextOpening(any, now)).to.deep.equal(state.next);
        const { next } = state;
        if (!next) {
          // Nothing opens within the 31 days looked ahead.
          const later = new Date(now.getTime() + Math.floor(u * 31 * 24 * 60) * MINUTE);
          expect(openingAt(any, later).kind).not.to.equal('open');
          return;
        }
        expect(next.at.getTime()).to.be.greaterThan(now.getTime());
        expect(openingAt(any, next.at).kind).to.equal('open');
        const before = new Date(now.getTime() + Math.floor(u * (next.at.getTime() - now.getTime())));
        expect(openingAt(any, before).kind).not.to.equal('open');
        expect([next.date, next.time]).to.deep.equal([
          localDateOf(next.at, any.timeZone),
          localTimeOf(next.at, any.timeZone),
        ]);
        expect(addDays(state.localDate, next.inDays)).to.equal(next.date);
        if (state.kind === 'break') {
          expect(next.inDays).to.equal(0);
          expect(minutesOfDay(state.break.start)).to.be.at.most(localMinutesOf(now, any.timeZone));
        }
      }),
    );
  });

  it('closes a holiday all day, naming it', () => {
    fc.assert(
      fc.property(anySite, instants, (any, now) => {
        const holiday = { date: localDateOf(now, any.timeZone), name: label('Libur'), kind: 'local' as const };
        const state = openingAt({ ...any, holidays: [...any.holidays, holiday] }, now);
        const named = any.holidays.find((item) => item.date === holiday.date) ?? holiday;
        expect(state).to.deep.include({ kind: 'closed', reason: 'holiday', holiday: named });
      }),
    );
  });
});
