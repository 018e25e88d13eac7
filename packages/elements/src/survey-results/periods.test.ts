// The pure parts of <mpp-survey-results>: its periods, its weakest element and its number formats.
import { expect } from '@open-wc/testing';
import { resultsFormatFor } from './numbers.js';
import { isSurveyPeriod, surveyPeriodRange } from './periods.js';
import { weakestElements } from './weakest.js';

describe('survey results periods', () => {
  it('covers this month so far, the two months before it, this year so far and all of last year', () => {
    expect(surveyPeriodRange('this-month', '2026-03-02')).to.deep.equal({ from: '2026-03-01', to: '2026-03-02' });
    expect(surveyPeriodRange('last-3-months', '2026-03-02')).to.deep.equal({ from: '2026-01-01', to: '2026-03-02' });
    expect(surveyPeriodRange('this-year', '2026-03-02')).to.deep.equal({ from: '2026-01-01', to: '2026-03-02' });
    expect(surveyPeriodRange('last-year', '2026-03-02')).to.deep.equal({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('crosses the new year for the last three months', () => {
    expect(surveyPeriodRange('last-3-months', '2026-01-31')).to.deep.equal({ from: '2025-11-01', to: '2026-01-31' });
    expect(surveyPeriodRange('last-3-months', '2026-02-28')).to.deep.equal({ from: '2025-12-01', to: '2026-02-28' });
  });

  it('knows its four periods only', () => {
    expect(['this-month', 'last-3-months', 'this-year', 'last-year'].every(isSurveyPeriod)).to.equal(true);
    expect(isSurveyPeriod('last-week')).to.equal(false);
    expect(isSurveyPeriod(undefined)).to.equal(false);
  });
});

describe('weakestElements', () => {
  it('finds the lowest average, every one when several tie', () => {
    expect(weakestElements([3.5, 2.75, 3, 4])).to.deep.equal([1]);
    expect(weakestElements([3.5, 2.75, 3, 2.75])).to.deep.equal([1, 3]);
  });

  it('finds none without averages, or when every element has the same', () => {
    expect(weakestElements([])).to.deep.equal([]);
    expect(weakestElements([null, null])).to.deep.equal([]);
    expect(weakestElements([4, 4, 4, 4, 4, 4, 4, 4, 4])).to.deep.equal([]);
  });
});

describe('resultsFormatFor', () => {
  it('writes two decimals in each language', () => {
    expect(resultsFormatFor('id').decimal(86.1)).to.equal('86,10');
    expect(resultsFormatFor('en').decimal(86.1)).to.equal('86.10');
    expect(resultsFormatFor('id').decimal(100)).to.equal('100,00');
  });

  it('writes a span of days, and one day alone', () => {
    // Engines differ in the (thin) spaces they put around the dash of a range.
    const range = (locale: 'id' | 'en', from: string, to: string): string =>
      resultsFormatFor(locale)
        .dateRange(from, to)
        .replace(/\s*–\s*/, '–');
    expect(range('id', '2026-01-01', '2026-03-02')).to.equal('1 Januari–2 Maret 2026');
    expect(range('en', '2025-01-01', '2025-12-31')).to.equal('1 January–31 December 2025');
    expect(range('id', '2026-03-01', '2026-03-02')).to.equal('1–2 Maret 2026');
    expect(resultsFormatFor('id').dateRange('2026-03-02', '2026-03-02')).to.equal('2 Maret 2026');
  });

  it('joins names as a sentence does', () => {
    expect(resultsFormatFor('id').list(['Biaya/tarif', 'Waktu penyelesaian'])).to.equal(
      'Biaya/tarif dan Waktu penyelesaian',
    );
    expect(resultsFormatFor('en').list(['Cost/fee', 'Completion time'])).to.equal('Cost/fee and Completion time');
  });
});
