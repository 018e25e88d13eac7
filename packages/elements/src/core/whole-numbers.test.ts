import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatterFor } from './format.js';
import { groupDigits, wholeNumberFormat } from './whole-numbers.js';

const LOCALES = ['id', 'en'] as const;

describe('wholeNumberFormat', () => {
  it('is shared per language', () => {
    expect(wholeNumberFormat('id')).to.equal(wholeNumberFormat('id'));
    expect(wholeNumberFormat('en').locale).to.equal('en');
  });

  it('groups thousands', () => {
    expect(groupDigits(0, '.')).to.equal('0');
    expect(groupDigits(999, '.')).to.equal('999');
    expect(groupDigits(1000, '.')).to.equal('1.000');
    expect(groupDigits(1_234_567, ',')).to.equal('1,234,567');
    expect(wholeNumberFormat('id').money(350_000)).to.equal('Rp\u00a0350.000');
    expect(wholeNumberFormat('en').duration(90 * 60)).to.equal('1 hour 30 minutes');
  });

  // This browser's Intl is the reference: the catalog must read the same as the other elements.
  for (const locale of LOCALES) {
    const intl = formatterFor(locale);
    const mine = wholeNumberFormat(locale);

    it(`writes whole numbers and rupiah exactly as Intl does (${locale})`, () => {
      const whole = fc.oneof(
        fc.integer({ min: 0, max: 10_000 }),
        fc.maxSafeInteger().filter((value) => value >= 0),
      );
      fc.assert(
        fc.property(whole, (value) => {
          expect(mine.number(value)).to.equal(intl.number(value));
          expect(mine.money(value)).to.equal(intl.money(value));
        }),
      );
    });

    it(`writes durations exactly as Intl does (${locale})`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 400 * 3600 }), (seconds) => {
          expect(mine.duration(seconds)).to.equal(intl.duration(seconds));
        }),
      );
      for (const minutes of [1, 2, 59, 60, 61, 90, 120, 121, 1440])
        expect(mine.duration(minutes * 60)).to.equal(intl.duration(minutes * 60));
    });

    it(`leaves fractions and negative numbers to Intl (${locale})`, () => {
      for (const value of [1.5, 1234.25, -5, -1250, 0.1]) {
        expect(mine.number(value)).to.equal(intl.number(value));
        expect(mine.money(value)).to.equal(intl.money(value));
      }
    });
  }
});
