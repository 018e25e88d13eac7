import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { errorMessages } from '../schemas/errors.js';
import {
  CHECK_IN_CLOSES_MINUTES_AFTER,
  CHECK_IN_OPENS_MINUTES_BEFORE,
  checkInTiming,
  checkInWindow,
} from './check-in.js';

const slot = { slotStart: '2026-03-02T09:00:00+07:00', slotEnd: '2026-03-02T09:30:00+07:00' };
const at = (local: string) => new Date(`2026-03-02T${local}+07:00`);

describe('checkInWindow', () => {
  it('opens an hour before the slot and closes a quarter of an hour after it', () => {
    const { opensAt, closesAt } = checkInWindow(slot);
    expect(opensAt.toISOString()).to.equal('2026-03-02T01:00:00.000Z'); // 08:00 WIB
    expect(closesAt.toISOString()).to.equal('2026-03-02T02:45:00.000Z'); // 09:45 WIB
    expect(CHECK_IN_OPENS_MINUTES_BEFORE).to.equal(60);
    expect(CHECK_IN_CLOSES_MINUTES_AFTER).to.equal(15);
  });

  it('reads the slot as instants, whatever offset it is written in', () => {
    const utc = checkInWindow({ slotStart: '2026-03-02T02:00:00Z', slotEnd: '2026-03-02T02:30:00Z' });
    expect(utc.opensAt.getTime()).to.equal(checkInWindow(slot).opensAt.getTime());
  });
});

describe('checkInTiming', () => {
  it('is open from exactly opensAt, and too late from exactly closesAt', () => {
    expect(checkInTiming(slot, at('07:59:59.999'))).to.equal('too-early');
    expect(checkInTiming(slot, at('08:00:00'))).to.equal('open');
    expect(checkInTiming(slot, at('09:15:00'))).to.equal('open');
    expect(checkInTiming(slot, at('09:44:59.999'))).to.equal('open');
    expect(checkInTiming(slot, at('09:45:00'))).to.equal('too-late');
  });

  it('agrees with the window at every instant', () => {
    const { opensAt, closesAt } = checkInWindow(slot);
    const day = at('00:00:00').getTime();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 24 * 3_600_000 - 1 }), (offset) => {
        const now = new Date(day + offset);
        const expected = now < opensAt ? 'too-early' : now.getTime() < closesAt.getTime() ? 'open' : 'too-late';
        return checkInTiming(slot, now) === expected;
      }),
    );
  });

  it('names the same opening time in the too-early message as the rule, in both languages', () => {
    const { id, en } = errorMessages.check_in_too_early;
    expect(id).to.contain(`${CHECK_IN_OPENS_MINUTES_BEFORE} menit`);
    expect(en).to.contain(`${CHECK_IN_OPENS_MINUTES_BEFORE} minutes`);
  });
});
