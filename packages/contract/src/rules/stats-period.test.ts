import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { addDays } from './dates.js';
import {
  monthAfter,
  monthWithin,
  statsBucketEnd,
  statsBuckets,
  statsBucketStart,
  type StatsPeriod,
} from './stats-period.js';

describe('statsBucketStart and statsBucketEnd', () => {
  it('starts a week on Monday and a month on its first day', () => {
    expect(statsBucketStart('2026-03-05', 'day')).to.equal('2026-03-05');
    expect(statsBucketStart('2026-03-05', 'week')).to.equal('2026-03-02');
    expect(statsBucketStart('2026-03-08', 'week')).to.equal('2026-03-02'); // a Sunday
    expect(statsBucketStart('2026-03-05', 'month')).to.equal('2026-03-01');
  });

  it('ends a week on Sunday and a month on its last day, leap years included', () => {
    expect(statsBucketEnd('2026-03-02', 'week')).to.equal('2026-03-08');
    expect(statsBucketEnd('2026-02-01', 'month')).to.equal('2026-02-28');
    expect(statsBucketEnd('2028-02-01', 'month')).to.equal('2028-02-29');
    expect(statsBucketEnd('2026-12-01', 'month')).to.equal('2026-12-31');
  });

  it('turns the year after December', () => {
    expect(monthAfter('2026-12')).to.equal('2027-01');
    expect(monthAfter('2026-01')).to.equal('2026-02');
  });
});

describe('statsBuckets', () => {
  it('cuts the first and last bucket to the range', () => {
    expect(statsBuckets('2026-03-05', '2026-03-16', 'week')).to.deep.equal([
      { start: '2026-03-05', end: '2026-03-08' },
      { start: '2026-03-09', end: '2026-03-15' },
      { start: '2026-03-16', end: '2026-03-16' },
    ]);
    expect(statsBuckets('2026-01-15', '2026-03-01', 'month')).to.deep.equal([
      { start: '2026-01-15', end: '2026-01-31' },
      { start: '2026-02-01', end: '2026-02-28' },
      { start: '2026-03-01', end: '2026-03-01' },
    ]);
  });

  it('covers every day of any range once, in order', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((offset) => addDays('2023-01-01', offset));
    const period = fc.constantFrom<StatsPeriod>('day', 'week', 'month');
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), period, (from, length, size) => {
        const to = addDays(from, length);
        const buckets = statsBuckets(from, to, size);
        expect(buckets[0]?.start).to.equal(from);
        expect(buckets.at(-1)?.end).to.equal(to);
        buckets.forEach((bucket, index) => {
          expect(bucket.start <= bucket.end).to.equal(true);
          expect(statsBucketStart(bucket.end, size)).to.equal(statsBucketStart(bucket.start, size));
          const previous = buckets[index - 1];
          if (previous) expect(bucket.start).to.equal(addDays(previous.end, 1));
        });
      }),
    );
  });
});

describe('monthWithin', () => {
  it('counts a month only when the range covers all of it', () => {
    expect(monthWithin('2026-02', '2026-02-01', '2026-02-28')).to.equal(true);
    expect(monthWithin('2026-02', '2026-01-01', '2026-12-31')).to.equal(true);
    expect(monthWithin('2026-02', '2026-02-02', '2026-03-31')).to.equal(false);
    expect(monthWithin('2026-02', '2026-01-01', '2026-02-27')).to.equal(false);
  });
});
