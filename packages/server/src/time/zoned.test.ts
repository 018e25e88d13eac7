import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { localDateOf, localTimeOf } from '@mpp-kit/contract';
import { addDays, formatInstant, minutesOfDay, offsetMinutes, zonedInstant } from './zoned.js';

describe('zoned time', () => {
  it('knows the offsets of WIB, WITA and WIT', () => {
    const instant = new Date('2026-03-02T00:00:00Z');
    expect([offsetMinutes('Asia/Jakarta', instant), offsetMinutes('Asia/Makassar', instant), offsetMinutes('Asia/Jayapura', instant)]).to.deep.equal([420, 480, 540]);
  });

  it('turns a local date and time into the instant, and back', () => {
    expect(zonedInstant('2026-03-02', 480, 'Asia/Jakarta').toISOString()).to.equal('2026-03-02T01:00:00.000Z');
    expect(zonedInstant('2026-03-02', 0, 'Asia/Jayapura').toISOString()).to.equal('2026-03-01T15:00:00.000Z');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), fc.integer({ min: 0, max: 1439 }), fc.constantFrom('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura' as const), (days, minutes, zone) => {
        const date = addDays('2024-01-01', days);
        const instant = zonedInstant(date, minutes, zone);
        const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        return localDateOf(instant, zone) === date && localTimeOf(instant, zone) === time;
      }),
    );
  });

  it('adds calendar days across months and leap days', () => {
    expect(addDays('2026-02-28', 1)).to.equal('2026-03-01');
    expect(addDays('2024-02-28', 1)).to.equal('2024-02-29');
    expect(addDays('2026-01-01', -1)).to.equal('2025-12-31');
  });

  it('writes instants in the site’s offset, milliseconds only when there are some', () => {
    expect(formatInstant(new Date('2026-03-02T01:00:00Z'), 'Asia/Jakarta')).to.equal('2026-03-02T08:00:00+07:00');
    expect(formatInstant(new Date('2026-03-02T16:30:00.250Z'), 'Asia/Makassar')).to.equal('2026-03-03T00:30:00.250+08:00');
    expect(minutesOfDay('24:00')).to.equal(1440);
    expect(minutesOfDay('08:30')).to.equal(510);
  });
});
