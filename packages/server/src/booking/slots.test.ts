import type { BookingConfig } from '@mpp-kit/contract';
import { expect } from '@open-wc/testing';
import { fixtureSite } from '../test-support/fixture-seed.js';
import { availabilityDays, bookingWindow, findBookableSlot, slotsOfDay } from './slots.js';

const config: BookingConfig = {
  slotMinutes: 45,
  onlineCapacity: 2,
  walkInCapacity: 1,
  horizonDays: 3,
  cancelUntilMinutesBefore: 60,
};
const monday9 = new Date('2026-03-02T09:00:00+07:00');
const none = { online: () => 0, walkIn: () => 0 };

describe('slots', () => {
  it('fit whole slots into the open periods, never across a break or closing', () => {
    const starts = slotsOfDay(fixtureSite, '2026-03-06', 45).map((slot) => slot.start.toISOString());
    // Friday: 08:00-11:30 holds four (to 11:00), 13:00-15:00 holds two (to 14:30).
    expect(starts.length).to.equal(6);
    expect(starts[3]).to.equal(new Date('2026-03-06T10:15:00+07:00').toISOString());
    expect(starts[4]).to.equal(new Date('2026-03-06T13:00:00+07:00').toISOString());
    expect(slotsOfDay(fixtureSite, '2026-03-07', 45)).to.deep.equal([]);
    expect(slotsOfDay(fixtureSite, '2026-03-19', 45)).to.deep.equal([]);
  });

  it('run from today to the horizon', () => {
    expect(bookingWindow(fixtureSite, config, monday9)).to.deep.equal({ from: '2026-03-02', to: '2026-03-05' });
  });

  it('are offered only when in the future and within the horizon, with both quotas', () => {
    const days = availabilityDays({
      site: fixtureSite,
      config,
      now: monday9,
      from: '2026-03-01',
      to: '2026-03-09',
      usage: {
        online: (start) => (start === new Date('2026-03-03T08:00:00+07:00').getTime() ? 3 : 1),
        walkIn: (start, end) => (end - start === 45 * 60_000 ? 1 : 0),
      },
    });
    expect(days.map((day) => day.date)).to.deep.equal(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05']);
    expect(days[0]?.slots[0]?.start).to.equal('2026-03-02T09:30:00+07:00');
    expect(days[1]?.slots[0]).to.deep.equal({
      start: '2026-03-03T08:00:00+07:00',
      end: '2026-03-03T08:45:00+07:00',
      capacity: 2,
      remaining: 0,
      walkIn: { capacity: 1, remaining: 0 },
    });
    expect(days[1]?.slots[1]?.remaining).to.equal(1);
  });

  it('say why a day is closed', () => {
    const days = availabilityDays({
      site: fixtureSite,
      config: { ...config, horizonDays: 20 },
      now: monday9,
      from: '2026-03-07',
      to: '2026-03-19',
      usage: none,
    });
    expect(days[0]).to.deep.equal({ date: '2026-03-07', closedReason: 'weekend', slots: [] });
    expect(days.at(-1)).to.deep.equal({ date: '2026-03-19', closedReason: 'holiday', slots: [] });
  });

  it('are found for booking only on the grid, open, ahead and within the horizon', () => {
    const check = (text: string, horizonDays = 3) => {
      const result = findBookableSlot(fixtureSite, { ...config, horizonDays }, monday9, new Date(text));
      return result.ok ? result.slot.end.toISOString() : result.reason;
    };
    expect(check('2026-03-03T08:45:00+07:00')).to.equal(new Date('2026-03-03T09:30:00+07:00').toISOString());
    expect(check('2026-03-03T08:30:00+07:00')).to.equal('slot_unavailable');
    expect(check('2026-03-02T08:45:00+07:00')).to.equal('slot_unavailable');
    expect(check('2026-03-06T08:00:00+07:00')).to.equal('slot_unavailable');
    expect(check('2026-03-07T08:00:00+07:00', 10)).to.equal('site_closed');
    expect(check('2026-03-19T08:00:00+07:00', 20)).to.equal('holiday');
  });
});
