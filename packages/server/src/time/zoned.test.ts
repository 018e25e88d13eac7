import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { localDateOf, localTimeOf, type TimeZone } from '@mpp-kit/contract';
import { addDays, formatInstant, minutesOfDay, zonedInstant, zonedMinutes } from './zoned.js';

const ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const satisfies readonly TimeZone[];
/** Instants from 1965 (the last Indonesian offset change was 1964) to 2100. */
const instants = fc.integer({ min: Date.UTC(1965, 0, 1), max: Date.UTC(2100, 0, 1) }).map((ms) => new Date(ms));

describe('zoned time', () => {
  it("reads the same wall-clock minutes as the contract's localTimeOf at every instant since 1965", () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...ZONES), (instant, zone) => {
        const minutes = zonedMinutes(instant, zone);
        const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        return time === localTimeOf(instant, zone);
      }),
    );
  });

  it('turns a local date and time into the instant, and back', () => {
    expect(zonedInstant('2026-03-02', 480, 'Asia/Jakarta').toISOString()).to.equal('2026-03-02T01:00:00.000Z');
    expect(zonedInstant('2026-03-02', 0, 'Asia/Jayapura').toISOString()).to.equal('2026-03-01T15:00:00.000Z');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3650 }),
        fc.integer({ min: 0, max: 1439 }),
        fc.constantFrom(...ZONES),
        (days, minutes, zone) => {
          const date = addDays('2024-01-01', days);
          const instant = zonedInstant(date, minutes, zone);
          return localDateOf(instant, zone) === date && zonedMinutes(instant, zone) === minutes;
        },
      ),
    );
  });

  it('reads dates and times at local midnight', () => {
    expect(localDateOf(new Date('2026-03-02T16:59:59.999Z'), 'Asia/Jakarta')).to.equal('2026-03-02');
    expect(localDateOf(new Date('2026-03-02T17:00:00Z'), 'Asia/Jakarta')).to.equal('2026-03-03');
    expect(zonedMinutes(new Date('2026-03-02T17:00:00Z'), 'Asia/Jakarta')).to.equal(0);
    expect(zonedMinutes(new Date('2026-03-02T01:30:00Z'), 'Asia/Makassar')).to.equal(570);
    expect(() => localDateOf(new Date(Number.NaN), 'Asia/Jakarta')).to.throw(RangeError);
  });

  it('adds calendar days across months and leap days', () => {
    expect(addDays('2026-02-28', 1)).to.equal('2026-03-01');
    expect(addDays('2024-02-28', 1)).to.equal('2024-02-29');
    expect(addDays('2026-01-01', -1)).to.equal('2025-12-31');
  });

  it('writes instants in the site’s offset, milliseconds only when there are some', () => {
    expect(formatInstant(new Date('2026-03-02T01:00:00Z'), 'Asia/Jakarta')).to.equal('2026-03-02T08:00:00+07:00');
    expect(formatInstant(new Date('2026-03-02T16:30:00.250Z'), 'Asia/Makassar')).to.equal(
      '2026-03-03T00:30:00.250+08:00',
    );
    expect(formatInstant(new Date('2026-03-02T15:00:00.007Z'), 'Asia/Jayapura')).to.equal(
      '2026-03-03T00:00:00.007+09:00',
    );
    expect(() => formatInstant(new Date(Number.NaN), 'Asia/Jakarta')).to.throw(RangeError);
    fc.assert(
      fc.property(
        instants,
        fc.constantFrom(...ZONES),
        (instant, zone) => new Date(formatInstant(instant, zone)).getTime() === instant.getTime(),
      ),
    );
    expect(minutesOfDay('24:00')).to.equal(1440);
    expect(minutesOfDay('08:30')).to.equal(510);
  });
});
