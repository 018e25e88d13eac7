import { localDateOf, localTimeOf, type Site } from '@mpp-kit/contract';
import { kediriSeed, nextOpening as serverNextOpening, openingAt } from '@mpp-kit/server';
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { at } from '../test-support/server.js';
import { daySchedule, nextOpening, openingStatusAt, upcomingHolidays, type SiteHours } from './opening-status.js';

const label = (id: string) => ({ id, en: id });

/** A small MPP in Makassar time (WITA, UTC+8): weekdays with a lunch break, a short Saturday, a Friday prayer break. */
const site: SiteHours = {
  timeZone: 'Asia/Makassar',
  openingHours: [
    { weekday: 1, open: '08:00', close: '16:00', breaks: [{ start: '12:00', end: '13:00', label: label('ISHOMA') }] },
    { weekday: 2, open: '08:00', close: '16:00', breaks: [] },
    { weekday: 3, open: '08:00', close: '16:00', breaks: [] },
    { weekday: 4, open: '08:00', close: '16:00', breaks: [] },
    {
      weekday: 5,
      open: '08:00',
      close: '16:00',
      breaks: [{ start: '11:30', end: '13:00', label: label('Istirahat salat Jumat') }],
    },
    { weekday: 6, open: '08:00', close: '12:00', breaks: [] },
    { weekday: 7, open: null, close: null, breaks: [] },
  ],
  holidays: [
    { date: '2026-03-19', name: label('Hari Suci Nyepi'), kind: 'national' },
    { date: '2026-03-20', name: label('Cuti bersama'), kind: 'collective-leave' },
  ],
};

/** An instant in WITA. */
const wita = (local: string): Date => new Date(`${local}+08:00`);

describe('opening status', () => {
  it('is open until the next break, then until closing', () => {
    expect(openingStatusAt(site, wita('2026-03-02T09:00'))).to.deep.equal({
      kind: 'open',
      until: '12:00',
      nextBreak: { start: '12:00', end: '13:00', label: label('ISHOMA') },
    });
    expect(openingStatusAt(site, wita('2026-03-02T13:00'))).to.deep.equal({
      kind: 'open',
      until: '16:00',
      nextBreak: null,
    });
    expect(openingStatusAt(site, wita('2026-03-02T08:00')).kind).to.equal('open');
  });

  it('is on a break from its start up to (not including) its end', () => {
    const friday = openingStatusAt(site, wita('2026-03-06T11:30'));
    expect(friday).to.deep.equal({
      kind: 'break',
      break: { start: '11:30', end: '13:00', label: label('Istirahat salat Jumat') },
    });
    expect(openingStatusAt(site, wita('2026-03-06T12:59')).kind).to.equal('break');
    expect(openingStatusAt(site, wita('2026-03-06T13:00')).kind).to.equal('open');
  });

  it('is closed before and after hours, and says when it opens', () => {
    expect(openingStatusAt(site, wita('2026-03-02T07:59'))).to.deep.equal({
      kind: 'closed',
      reason: 'before-hours',
      holiday: null,
      next: { date: '2026-03-02', time: '08:00', inDays: 0 },
    });
    expect(openingStatusAt(site, wita('2026-03-02T16:00'))).to.deep.include({
      reason: 'after-hours',
      next: { date: '2026-03-03', time: '08:00', inDays: 1 },
    });
    // Saturday afternoon: Sunday has no hours, so Monday.
    expect(openingStatusAt(site, wita('2026-03-07T12:00'))).to.deep.include({
      reason: 'after-hours',
      next: { date: '2026-03-09', time: '08:00', inDays: 2 },
    });
    expect(openingStatusAt(site, wita('2026-03-08T10:00'))).to.deep.include({ reason: 'closed-day', holiday: null });
  });

  it('is closed on holidays, naming them, and skips them when looking ahead', () => {
    const nyepi = openingStatusAt(site, wita('2026-03-19T10:00'));
    expect(nyepi).to.deep.equal({
      kind: 'closed',
      reason: 'holiday',
      holiday: site.holidays[0],
      next: { date: '2026-03-21', time: '08:00', inDays: 2 },
    });
    expect(openingStatusAt(site, wita('2026-03-18T17:00'))).to.deep.include({
      next: { date: '2026-03-21', time: '08:00', inDays: 3 },
    });
  });

  it('uses the site’s time zone, not the device’s', () => {
    // 23:30 UTC on Sunday is 07:30 on Monday in Makassar.
    expect(openingStatusAt(site, new Date('2026-03-01T23:30:00Z'))).to.deep.include({
      reason: 'before-hours',
      next: { date: '2026-03-02', time: '08:00', inDays: 0 },
    });
  });

  it('finds no next opening for a site that never opens', () => {
    const never: SiteHours = {
      ...site,
      openingHours: site.openingHours.map((day) => ({ ...day, open: null, close: null, breaks: [] })),
    };
    expect(openingStatusAt(never, wita('2026-03-02T10:00'))).to.deep.include({ reason: 'closed-day', next: null });
    expect(nextOpening(never, wita('2026-03-02T10:00'), '10:00')).to.equal(null);
  });

  it('gives each date its schedule', () => {
    expect(daySchedule(site, '2026-03-20')).to.deep.include({ holiday: site.holidays[1], hours: null });
    expect(daySchedule(site, '2026-03-08').hours).to.equal(null);
    expect(daySchedule(site, '2026-03-07').hours).to.deep.include({ open: '08:00', close: '12:00' });
  });

  it('lists holidays from today for the given number of days', () => {
    expect(upcomingHolidays(site, wita('2026-03-10T10:00')).map((day) => day.date)).to.deep.equal([
      '2026-03-19',
      '2026-03-20',
    ]);
    expect(upcomingHolidays(site, wita('2026-03-10T10:00'), 9)).to.deep.equal([]);
    expect(upcomingHolidays(site, wita('2026-03-20T10:00')).map((day) => day.date)).to.deep.equal(['2026-03-20']);
  });

  it('agrees with the reference server on the Kota Kediri hours, at any instant of 2026', () => {
    const kediri: Site = kediriSeed().site;
    const reasons = {
      'before-hours': 'before-hours',
      'after-hours': 'after-hours',
      'closed-day': 'weekend',
      holiday: 'holiday',
    };
    fc.assert(
      fc.property(
        fc.date({ min: at('2026-01-01T00:00:00'), max: at('2026-12-24T00:00:00'), noInvalidDate: true }),
        (instant) => {
          const ours = openingStatusAt(kediri, instant);
          const theirs = openingAt(kediri, instant);
          const next = serverNextOpening(kediri, instant, 31);
          if (ours.kind === 'open') {
            expect(theirs.open).to.equal(true);
            return;
          }
          expect(theirs.open).to.equal(false);
          expect(theirs.open === false && theirs.reason).to.equal(
            ours.kind === 'break' ? 'break' : reasons[ours.reason],
          );
          const resumes =
            ours.kind === 'break' ? { date: localDateOf(instant, kediri.timeZone), time: ours.break.end } : ours.next;
          expect(resumes).to.deep.include({
            date: next && localDateOf(next, kediri.timeZone),
            time: next && localTimeOf(next, kediri.timeZone),
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
