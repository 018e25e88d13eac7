import { expect } from '@open-wc/testing';
import { clampHeadingLevel, subheadingLevel } from './heading-level.js';

describe('clampHeadingLevel', () => {
  it('keeps the levels 1 to 6', () => {
    expect([1, 2, 3, 4, 5, 6].map(clampHeadingLevel)).to.deep.equal([1, 2, 3, 4, 5, 6]);
  });

  it('moves a level out of range to the nearest end, and cuts fractions', () => {
    expect(clampHeadingLevel(9)).to.equal(6);
    expect(clampHeadingLevel(Infinity)).to.equal(6);
    expect(clampHeadingLevel(-3)).to.equal(1);
    expect(clampHeadingLevel(3.7)).to.equal(3);
  });

  it('gives the default 2 for 0 and for what is not a number', () => {
    expect(clampHeadingLevel(0)).to.equal(2);
    expect(clampHeadingLevel(0.4)).to.equal(2);
    expect(clampHeadingLevel(Number('h3'))).to.equal(2);
  });
});

describe('subheadingLevel', () => {
  it('goes one or more levels down, and stops at 6', () => {
    expect(subheadingLevel(2)).to.equal(3);
    expect(subheadingLevel(2, 2)).to.equal(4);
    expect(subheadingLevel(5, 2)).to.equal(6);
    expect(subheadingLevel(6)).to.equal(6);
  });
});
