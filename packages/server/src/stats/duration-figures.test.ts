import { expect } from '@open-wc/testing';
import { durationFigures, nearestRank, secondsBetween } from './duration-figures.js';

describe('duration figures (nearest rank)', () => {
  it('takes the value at rank ⌈p/100 · n⌉, never an interpolation', () => {
    const ten = Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    expect(nearestRank(ten, 50)).to.equal(5);
    expect(nearestRank(ten, 90)).to.equal(9);
    expect(nearestRank(ten, 91)).to.equal(10);
    expect(nearestRank(ten, 100)).to.equal(10);
    expect(nearestRank(Float64Array.of(7), 90)).to.equal(7);
    expect(nearestRank(Float64Array.of(10, 20, 30, 40), 50)).to.equal(20);
    expect(() => nearestRank(new Float64Array(0), 50)).to.throw(RangeError);
  });

  it('gives the median and p90 of unsorted durations in whole seconds', () => {
    expect(durationFigures([300, 60, 120])).to.deep.equal({ medianSeconds: 120, p90Seconds: 300, count: 3 });
    // 20 waits of 1..20 minutes: the median is the 10th (600 s), p90 the 18th (1080 s).
    const waits = Array.from({ length: 20 }, (_, index) => (20 - index) * 60);
    expect(durationFigures(waits)).to.deep.equal({ medianSeconds: 600, p90Seconds: 1080, count: 20 });
    expect(durationFigures([59.6, 0.4])).to.deep.equal({ medianSeconds: 0, p90Seconds: 60, count: 2 });
  });

  it('knows nothing of no durations, and counts a negative one as zero', () => {
    expect(durationFigures([])).to.equal(null);
    expect(durationFigures([-5, 10])).to.deep.equal({ medianSeconds: 0, p90Seconds: 10, count: 2 });
  });

  it('measures seconds between instants, read from their digits or parsed', () => {
    expect(secondsBetween('2026-03-02T09:00:00+07:00', '2026-03-02T09:05:30+07:00')).to.equal(330);
    expect(secondsBetween('2026-03-02T09:00:00.250+07:00', '2026-03-02T10:00:00+07:00')).to.equal(3599.75);
    // Across midnight and across offsets: parsed.
    expect(secondsBetween('2026-03-02T23:59:00+07:00', '2026-03-03T00:01:00+07:00')).to.equal(120);
    expect(secondsBetween('2026-03-02T09:00:00+07:00', '2026-03-02T09:00:00+08:00')).to.equal(-3600);
    expect(secondsBetween('2026-03-02T02:00:00Z', '2026-03-02T09:30:00+07:00')).to.equal(30 * 60);
  });
});
