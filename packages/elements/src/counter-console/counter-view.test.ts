// The console's own result against the live feed: which one it shows, transition by transition.
import type { QueueCounter, QueueSnapshot } from '@mpp-kit/contract';
import { expect } from '@open-wc/testing';
import { isAhead, newestSnapshot, shownCounter, type OwnResult } from './counter-view.js';

const ticket = (number: string) =>
  ({
    id: `t-${number}`,
    number,
    serviceId: 'ktp-el',
    status: 'called',
    position: 0,
    estimatedWaitSeconds: 0,
    issuedAt: '2026-03-02T09:00:00+07:00',
  }) as const;

const counter = (serving: string | null, status: QueueCounter['status'] = 'open'): QueueCounter => ({
  id: 'loket-1',
  name: 'Loket 1',
  agencyId: 'dukcapil',
  serviceIds: ['ktp-el'],
  status,
  serving: serving ? ticket(serving) : null,
});

const snapshot = (asOf: string, loket: QueueCounter): QueueSnapshot => ({
  asOf: `2026-03-02T09:00:${asOf}+07:00`,
  counters: [loket],
  services: [],
});

describe('the console’s view of its counter', () => {
  const before = snapshot('10', counter(null));
  const own: OwnResult = { counter: counter('A-001'), atMs: Date.parse('2026-03-02T09:00:20+07:00'), baseline: before };

  it('shows its own result while the feed has not changed since', () => {
    expect(isAhead(before, own)).to.equal(true);
    expect(shownCounter(before, 'loket-1', own)?.serving?.number).to.equal('A-001');
  });

  it('shows its own result while the feed only brings older news', () => {
    const older = snapshot('15', counter(null));
    expect(isAhead(older, own)).to.equal(true);
  });

  it('hands over to the feed once the feed shows the same state', () => {
    const caughtUp = snapshot('19', counter('A-001'));
    expect(isAhead(caughtUp, own)).to.equal(false);
    expect(shownCounter(caughtUp, 'loket-1', own)).to.equal(caughtUp.counters[0]);
  });

  it('hands over to the feed once it is past the call (another console acted since)', () => {
    const later = snapshot('25', counter(null));
    expect(isAhead(later, own)).to.equal(false);
    expect(shownCounter(later, 'loket-1', own)?.serving).to.equal(null);
  });

  it('shows the feed for another counter', () => {
    expect(shownCounter(before, 'loket-2', own)).to.equal(null);
  });

  it('takes the newer of two snapshots', () => {
    const later = snapshot('25', counter(null));
    expect(newestSnapshot(before, later)).to.equal(later);
    expect(newestSnapshot(later, before)).to.equal(later);
    expect(newestSnapshot(null, before)).to.equal(before);
    expect(newestSnapshot(null, null)).to.equal(null);
  });
});
