import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { TimeZone } from '../schemas/common.js';
import {
  addDays,
  isCalendarDate,
  localDateOf,
  localMinutesOf,
  localTimeOf,
  minutesOfDay,
  timeOfMinutes,
  utcOffsetMinutes,
  weekdayOf,
  zonedInstant,
} from './dates.js';

const ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const satisfies readonly TimeZone[];
/** Instants from 1965 (the last Indonesian offset change was 1964) to 2100. */
const instants = fc.integer({ min: Date.UTC(1965, 0, 1), max: Date.UTC(2100, 0, 1) }).map((ms) => new Date(ms));

/** Date, time and UTC offset as the platform's time zone database (Intl) gives them. */
function intlReading(instant: Date, timeZone: TimeZone): { date: string; time: string; offset: number } {
  const parts: Record<string, string> = {};
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  });
  for (const part of format.formatToParts(instant)) parts[part.type] = part.value;
  const [, hours = '0', minutes = '0'] = /GMT\+(\d\d):(\d\d)/.exec(parts['timeZoneName'] ?? '') ?? [];
  return {
    date: `${parts['year']}-${parts['month']}-${parts['day']}`,
    time: `${parts['hour']}:${parts['minute']}`,
    offset: Number(hours) * 60 + Number(minutes),
  };
}

describe('utcOffsetMinutes', () => {
  it('knows the offsets of WIB, WITA and WIT, and refuses other zones', () => {
    expect(ZONES.map((zone) => utcOffsetMinutes(zone))).to.deep.equal([420, 480, 540]);
    expect(() => utcOffsetMinutes('Europe/Amsterdam' as TimeZone)).to.throw(RangeError);
  });

  it('agrees with the time zone database (Intl) at every instant since 1965, as do the local dates and times', () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...ZONES), (instant, zone) => {
        const intl = intlReading(instant, zone);
        return (
          utcOffsetMinutes(zone) === intl.offset &&
          localDateOf(instant, zone) === intl.date &&
          localTimeOf(instant, zone) === intl.time
        );
      }),
    );
  });
});

describe('localDateOf / localTimeOf', () => {
  it('reads an instant in each Indonesian zone', () => {
    const instant = '2025-03-02T16:30:00Z';
    expect([localDateOf(instant, 'Asia/Jakarta'), localTimeOf(instant, 'Asia/Jakarta')]).to.deep.equal([
      '2025-03-02',
      '23:30',
    ]);
    expect([localDateOf(instant, 'Asia/Makassar'), localTimeOf(instant, 'Asia/Makassar')]).to.deep.equal([
      '2025-03-03',
      '00:30',
    ]);
    expect([localDateOf(instant, 'Asia/Jayapura'), localTimeOf(instant, 'Asia/Jayapura')]).to.deep.equal([
      '2025-03-03',
      '01:30',
    ]);
  });

  it('accepts Date objects and offsets, and writes midnight as 00:00', () => {
    expect(localTimeOf(new Date('2025-03-02T17:00:00Z'), 'Asia/Jakarta')).to.equal('00:00');
    expect(localDateOf('2025-12-31T23:59:00+07:00', 'Asia/Jakarta')).to.equal('2025-12-31');
    expect(localDateOf('2025-12-31T23:59:00+07:00', 'Asia/Jayapura')).to.equal('2026-01-01');
  });

  it('throws on an invalid instant', () => {
    expect(() => localDateOf('not a date', 'Asia/Jakarta')).to.throw(RangeError);
    expect(() => localTimeOf(new Date(Number.NaN), 'Asia/Jakarta')).to.throw(RangeError);
    expect(() => localMinutesOf(new Date(Number.NaN), 'Asia/Jakarta')).to.throw(RangeError);
  });

  it('reads dates and times at local midnight', () => {
    expect(localDateOf(new Date('2026-03-02T16:59:59.999Z'), 'Asia/Jakarta')).to.equal('2026-03-02');
    expect(localDateOf(new Date('2026-03-02T17:00:00Z'), 'Asia/Jakarta')).to.equal('2026-03-03');
    expect(localMinutesOf(new Date('2026-03-02T17:00:00Z'), 'Asia/Jakarta')).to.equal(0);
    expect(localMinutesOf('2026-03-02T01:30:00Z', 'Asia/Makassar')).to.equal(570);
  });
});

describe('minutesOfDay / timeOfMinutes', () => {
  it('count minutes since midnight, 24:00 being the end of the day', () => {
    expect(minutesOfDay('08:30')).to.equal(510);
    expect(minutesOfDay('00:00')).to.equal(0);
    expect(minutesOfDay('24:00')).to.equal(1440);
    expect(timeOfMinutes(510)).to.equal('08:30');
    expect(timeOfMinutes(1440)).to.equal('24:00');
  });

  it('are each other’s inverse, and localMinutesOf reads what localTimeOf writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1440 }), (minutes) => minutesOfDay(timeOfMinutes(minutes)) === minutes),
    );
    fc.assert(
      fc.property(
        instants,
        fc.constantFrom(...ZONES),
        (instant, zone) => timeOfMinutes(localMinutesOf(instant, zone)) === localTimeOf(instant, zone),
      ),
    );
  });

  it('refuses minutes that are no time of day', () => {
    for (const minutes of [-1, 1441, 8.5, Number.NaN])
      expect(() => timeOfMinutes(minutes), String(minutes)).to.throw(RangeError);
  });
});

describe('zonedInstant', () => {
  it('turns a local date and minutes since midnight into the instant, and back', () => {
    expect(zonedInstant('2026-03-02', 480, 'Asia/Jakarta').toISOString()).to.equal('2026-03-02T01:00:00.000Z');
    expect(zonedInstant('2026-03-02', 0, 'Asia/Jayapura').toISOString()).to.equal('2026-03-01T15:00:00.000Z');
    expect(zonedInstant('2026-03-02', 1440, 'Asia/Jakarta').toISOString()).to.equal('2026-03-02T17:00:00.000Z');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3650 }),
        fc.integer({ min: 0, max: 1439 }),
        fc.constantFrom(...ZONES),
        (days, minutes, zone) => {
          const date = addDays('2024-01-01', days);
          const instant = zonedInstant(date, minutes, zone);
          return localDateOf(instant, zone) === date && localMinutesOf(instant, zone) === minutes;
        },
      ),
    );
  });

  it('throws on what is not a date', () => {
    expect(() => zonedInstant('2026-02-30', 0, 'Asia/Jakarta')).to.throw(RangeError);
  });
});

describe('addDays', () => {
  it('adds calendar days across months, years and leap days', () => {
    expect(addDays('2026-02-28', 1)).to.equal('2026-03-01');
    expect(addDays('2024-02-28', 1)).to.equal('2024-02-29');
    expect(addDays('2026-01-01', -1)).to.equal('2025-12-31');
    expect(addDays('2026-03-02', 0)).to.equal('2026-03-02');
  });

  it('moves the weekday along, and undoes itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 36_500 }), fc.integer({ min: -1000, max: 1000 }), (start, days) => {
        const date = addDays('1970-01-01', start);
        const later = addDays(date, days);
        return (
          addDays(later, -days) === date && weekdayOf(later) === ((((weekdayOf(date) - 1 + days) % 7) + 7) % 7) + 1
        );
      }),
    );
  });

  it('throws on what is not a date', () => {
    expect(() => addDays('2026-02-30', 1)).to.throw(RangeError);
    expect(() => addDays('x', 1)).to.throw(RangeError);
  });
});

describe('weekdayOf', () => {
  it('numbers weekdays the ISO way', () => {
    expect(weekdayOf('2025-03-03')).to.equal(1);
    expect(weekdayOf('2025-03-07')).to.equal(5);
    expect(weekdayOf('2025-03-09')).to.equal(7);
    expect(weekdayOf('2024-02-29')).to.equal(4);
  });

  it('throws on what is not a date', () => {
    for (const value of ['2025-3-3', '2025-02-30', '2025-02-28T00:00', 'x'])
      expect(() => weekdayOf(value), value).to.throw(RangeError);
  });
});

describe('isCalendarDate', () => {
  it('knows month lengths and leap years', () => {
    expect(isCalendarDate(2024, 2, 29)).to.equal(true);
    expect(isCalendarDate(2000, 2, 29)).to.equal(true);
    expect(isCalendarDate(1900, 2, 29)).to.equal(false);
    expect(isCalendarDate(2025, 2, 29)).to.equal(false);
    expect(isCalendarDate(2025, 4, 31)).to.equal(false);
    expect(isCalendarDate(2025, 12, 31)).to.equal(true);
    expect(isCalendarDate(2025, 13, 1)).to.equal(false);
    expect(isCalendarDate(2025, 0, 10)).to.equal(false);
    expect(isCalendarDate(2025, 1, 0)).to.equal(false);
    expect(isCalendarDate(99, 1, 1)).to.equal(false);
  });
});
