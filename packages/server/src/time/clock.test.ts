import { expect } from '@open-wc/testing';
import { fixedClock, startingAt, systemClock, type Clock } from './clock.js';

describe('clocks', () => {
  it('the system clock tells the machine time', () => {
    const before = Date.now();
    const now = systemClock.now().getTime();
    expect(now).to.be.within(before, Date.now());
  });

  it('a fixed clock stands still until set or advanced', () => {
    const clock = fixedClock('2026-03-02T08:00:00+07:00');
    expect(clock.now().toISOString()).to.equal('2026-03-02T01:00:00.000Z');
    expect(clock.now().toISOString()).to.equal('2026-03-02T01:00:00.000Z');
    clock.advance(90_000);
    expect(clock.now().toISOString()).to.equal('2026-03-02T01:01:30.000Z');
    clock.set(new Date('2026-03-03T00:00:00Z'));
    expect(clock.now().toISOString()).to.equal('2026-03-03T00:00:00.000Z');
    expect(() => fixedClock('yesterday')).to.throw(RangeError);
  });

  it('a clock starting at an instant runs on at its base clock’s pace', () => {
    const base = fixedClock('2020-01-01T00:00:00Z');
    const clock: Clock = startingAt('2026-03-02T08:00:00+07:00', base);
    expect(clock.now().toISOString()).to.equal('2026-03-02T01:00:00.000Z');
    base.advance(10_000);
    expect(clock.now().toISOString()).to.equal('2026-03-02T01:00:10.000Z');
    expect(() => startingAt('not a time')).to.throw(RangeError);
  });
});
