import { expect } from '@open-wc/testing';
import { fixtureSite } from '../test-support/fixture-seed.js';
import { dayOpening, nextOpening, openingAt } from './opening.js';

const at = (text: string) => new Date(text);

describe('opening hours', () => {
  it('cuts the day at its breaks, Friday prayer included', () => {
    const monday = dayOpening(fixtureSite, '2026-03-02');
    expect(!monday.closed && monday.periods).to.deep.equal([
      { start: 480, end: 720 },
      { start: 780, end: 900 },
    ]);
    const friday = dayOpening(fixtureSite, '2026-03-06');
    expect(!friday.closed && friday.periods).to.deep.equal([
      { start: 480, end: 690 },
      { start: 780, end: 900 },
    ]);
    expect(dayOpening(fixtureSite, '2026-03-07')).to.deep.equal({ closed: true, reason: 'weekend', holiday: null });
    const nyepi = dayOpening(fixtureSite, '2026-03-19');
    expect(nyepi.closed && nyepi.reason).to.equal('holiday');
  });

  it('tells whether the site is open at an instant, and why not', () => {
    expect(openingAt(fixtureSite, at('2026-03-02T08:00:00+07:00'))).to.deep.equal({
      open: true,
      localDate: '2026-03-02',
    });
    expect(openingAt(fixtureSite, at('2026-03-02T07:59:00+07:00'))).to.deep.include({
      open: false,
      reason: 'before-hours',
    });
    expect(openingAt(fixtureSite, at('2026-03-06T12:00:00+07:00'))).to.deep.include({ open: false, reason: 'break' });
    expect(openingAt(fixtureSite, at('2026-03-02T15:00:00+07:00'))).to.deep.include({
      open: false,
      reason: 'after-hours',
    });
    expect(openingAt(fixtureSite, at('2026-03-07T10:00:00+07:00'))).to.deep.include({ open: false, reason: 'weekend' });
    expect(openingAt(fixtureSite, at('2026-03-19T10:00:00+07:00'))).to.deep.include({ open: false, reason: 'holiday' });
    // 23:30 UTC on Sunday is Monday 06:30 in Kediri.
    expect(openingAt(fixtureSite, at('2026-03-01T23:30:00Z'))).to.deep.include({
      localDate: '2026-03-02',
      reason: 'before-hours',
    });
  });

  it('finds the next opening: now when open, after a break, over weekends and holidays', () => {
    const next = (text: string) => nextOpening(fixtureSite, at(text))?.toISOString();
    expect(next('2026-03-02T09:00:00+07:00')).to.equal(new Date('2026-03-02T09:00:00+07:00').toISOString());
    expect(next('2026-03-06T11:45:00+07:00')).to.equal(new Date('2026-03-06T13:00:00+07:00').toISOString());
    expect(next('2026-03-06T16:00:00+07:00')).to.equal(new Date('2026-03-09T08:00:00+07:00').toISOString());
    expect(next('2026-03-18T15:30:00+07:00')).to.equal(new Date('2026-03-20T08:00:00+07:00').toISOString());
    const neverOpen = {
      ...fixtureSite,
      openingHours: fixtureSite.openingHours.map((day) => ({ ...day, open: null, close: null, breaks: [] })),
    };
    expect(nextOpening(neverOpen, at('2026-03-02T09:00:00+07:00'), 30)).to.equal(null);
  });
});
