import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { localDateOf, localTimeOf, type TimeZone } from '@mpp-kit/contract';
import { formatInstant } from './instant.js';

const ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const satisfies readonly TimeZone[];
/** Instants from 1965 (the last Indonesian offset change was 1964) to 2100. */
const instants = fc.integer({ min: Date.UTC(1965, 0, 1), max: Date.UTC(2100, 0, 1) }).map((ms) => new Date(ms));

describe('formatInstant', () => {
  it('writes instants in the site’s offset, milliseconds only when there are some', () => {
    expect(formatInstant(new Date('2026-03-02T01:00:00Z'), 'Asia/Jakarta')).to.equal('2026-03-02T08:00:00+07:00');
    expect(formatInstant(new Date('2026-03-02T16:30:00.250Z'), 'Asia/Makassar')).to.equal(
      '2026-03-03T00:30:00.250+08:00',
    );
    expect(formatInstant(new Date('2026-03-02T15:00:00.007Z'), 'Asia/Jayapura')).to.equal(
      '2026-03-03T00:00:00.007+09:00',
    );
    expect(() => formatInstant(new Date(Number.NaN), 'Asia/Jakarta')).to.throw(RangeError);
  });

  it('writes the same instant back, on the contract’s local date and time, at every instant since 1965', () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...ZONES), (instant, zone) => {
        const text = formatInstant(instant, zone);
        return (
          new Date(text).getTime() === instant.getTime() &&
          text.slice(0, 10) === localDateOf(instant, zone) &&
          text.slice(11, 16) === localTimeOf(instant, zone)
        );
      }),
    );
  });
});
