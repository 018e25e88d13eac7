import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { minimumSurveySample, SURVEY_SAMPLE_TABLE } from './survey-sample.js';

describe('minimumSurveySample', () => {
  it("reads the regulation's rows", () => {
    const rows = [
      [10, 10],
      [100, 80],
      [500, 217],
      [1000, 278],
      [10_000, 370],
      [100_000 * 10, 384],
    ] as const;
    for (const [population, sample] of rows)
      expect(minimumSurveySample(population), `N=${population}`).to.equal(sample);
  });

  it('takes the next row up between rows, never fewer than the table asks', () => {
    expect(minimumSurveySample(101)).to.equal(86); // the row of 110
    expect(minimumSurveySample(109)).to.equal(86);
    expect(minimumSurveySample(1001)).to.equal(285);
  });

  it('asks everyone below the first row, and the last sample above the last row', () => {
    expect(minimumSurveySample(0)).to.equal(0);
    expect(minimumSurveySample(7)).to.equal(7);
    expect(minimumSurveySample(5_000_000)).to.equal(384);
  });

  it('grows with the population and never exceeds it', () => {
    fc.assert(
      fc.property(fc.nat(2_000_000), fc.nat(2_000_000), (a, b) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        expect(minimumSurveySample(small)).to.be.at.most(minimumSurveySample(large));
        expect(minimumSurveySample(small)).to.be.at.most(small);
      }),
    );
  });

  it('keeps the table ordered', () => {
    SURVEY_SAMPLE_TABLE.slice(1).forEach(([population, sample], index) => {
      const [previousPopulation, previousSample] = SURVEY_SAMPLE_TABLE[index] ?? [0, 0];
      expect(population).to.be.above(previousPopulation);
      expect(sample).to.be.at.least(previousSample);
    });
  });

  it('refuses a population that is not a count', () => {
    expect(() => minimumSurveySample(-1)).to.throw(RangeError);
    expect(() => minimumSurveySample(1.5)).to.throw(RangeError);
  });
});
