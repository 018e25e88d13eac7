import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { lineKey, nextQueueNumber, queueDay } from './numbering.js';

describe('queue numbering', () => {
  it('belongs to the local day, so it restarts at local midnight', () => {
    expect(queueDay(new Date('2026-03-02T16:59:59Z'), 'Asia/Jakarta')).to.equal('2026-03-02');
    expect(queueDay(new Date('2026-03-02T17:00:00Z'), 'Asia/Jakarta')).to.equal('2026-03-03');
    expect(queueDay(new Date('2026-03-02T15:00:00Z'), 'Asia/Jayapura')).to.equal('2026-03-03');
  });

  it('issues the number after the last one, until the day’s numbers run out', () => {
    expect(nextQueueNumber('A', 0)).to.deep.equal({ sequence: 1, number: 'A-001' });
    expect(nextQueueNumber('BC', 11)).to.deep.equal({ sequence: 12, number: 'BC-012' });
    expect(nextQueueNumber('A', 999)).to.deep.equal({ sequence: 1000, number: 'A-1000' });
    expect(nextQueueNumber('A', 9999)).to.equal(null);
  });

  it('orders the line: checked-in bookings by slot, then walk-ins, each in issue order', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            order: fc.integer({ min: 0, max: 1e12 }),
            slotStartMs: fc.option(fc.integer({ min: 0, max: 4e12 })),
          }),
          { maxLength: 30 },
        ),
        (tickets) => {
          const byKey = [...tickets].sort((a, b) => (lineKey(a) < lineKey(b) ? -1 : lineKey(a) > lineKey(b) ? 1 : 0));
          const expected = [...tickets].sort(
            (a, b) =>
              Number(a.slotStartMs === null) - Number(b.slotStartMs === null) ||
              (a.slotStartMs ?? 0) - (b.slotStartMs ?? 0) ||
              a.order - b.order,
          );
          return byKey.every((ticket, index) => lineKey(ticket) === lineKey(expected[index] as typeof ticket));
        },
      ),
    );
  });
});
