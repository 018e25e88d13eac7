import { expect } from '@open-wc/testing';
import { averageServiceSeconds, estimateWaitSeconds } from './wait-estimate.js';

describe('wait estimate', () => {
  it('averages the day’s service times once there are enough, else uses the configured average', () => {
    expect(averageServiceSeconds({ count: 0, totalSeconds: 0 }, 10)).to.equal(600);
    expect(averageServiceSeconds({ count: 2, totalSeconds: 100 }, 10)).to.equal(600);
    expect(averageServiceSeconds({ count: 4, totalSeconds: 1200 }, 10)).to.equal(300);
    expect(averageServiceSeconds({ count: 1, totalSeconds: 90 }, 10, 1)).to.equal(90);
  });

  it('shares the line among the serving counters, and knows nothing without one', () => {
    expect(estimateWaitSeconds(6, 300, 2)).to.equal(900);
    expect(estimateWaitSeconds(0, 300, 2)).to.equal(0);
    expect(estimateWaitSeconds(5, 100, 3)).to.equal(167);
    expect(estimateWaitSeconds(5, 300, 0)).to.equal(null);
  });
});
