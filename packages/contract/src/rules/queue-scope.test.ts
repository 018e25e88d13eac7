import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { QueueFilter } from '../schemas/queue.js';
import { queueSnapshot } from '../test-support/arbitraries.js';
import { counterInScope, lineInScope, scopeQueueSnapshot } from './queue-scope.js';

/** The next id of an endless stream of them. */
function next(stream: fc.Stream<string>): string {
  const item = stream.next();
  return item.done ? 'a' : item.value;
}

const passport = { agencyId: 'imigrasi', serviceIds: ['paspor-baru', 'paspor-ganti'] };

describe('counterInScope', () => {
  it('keeps the counters of the agency, or those that call the service', () => {
    expect(counterInScope(passport, {})).to.equal(true);
    expect(counterInScope(passport, { agency: 'imigrasi' })).to.equal(true);
    expect(counterInScope(passport, { agency: 'dukcapil' })).to.equal(false);
    expect(counterInScope(passport, { service: 'paspor-ganti' })).to.equal(true);
    expect(counterInScope(passport, { service: 'ktp-el' })).to.equal(false);
    expect(counterInScope(passport, { agency: 'dukcapil', service: 'paspor-baru' })).to.equal(false);
  });
});

describe('lineInScope', () => {
  it('keeps the lines of the agency, or the service’s own', () => {
    const line = { agencyId: 'dukcapil', serviceId: 'kk' };
    expect(lineInScope(line, {})).to.equal(true);
    expect(lineInScope(line, { agency: 'dukcapil' })).to.equal(true);
    expect(lineInScope(line, { service: 'kk' })).to.equal(true);
    expect(lineInScope(line, { service: 'ktp-el' })).to.equal(false);
    expect(lineInScope(line, { agency: 'imigrasi' })).to.equal(false);
  });
});

describe('scopeQueueSnapshot', () => {
  it('returns the whole snapshot for no filter', () => {
    fc.assert(fc.property(queueSnapshot, (snapshot) => scopeQueueSnapshot(snapshot, {}) === snapshot));
  });

  it('keeps exactly the counters and lines in scope, in their order, at the same time', () => {
    const filter: fc.Arbitrary<QueueFilter> = fc.record(
      { agency: fc.constantFrom('a', 'b'), service: fc.constantFrom('a', 'b') },
      { requiredKeys: [] },
    );
    // Ids from a small set, so filters match some counters and lines and miss others.
    const small = fc.constantFrom('a', 'b');
    const snapshots = fc.tuple(queueSnapshot, fc.infiniteStream(small)).map(([snapshot, picks]) => ({
      ...snapshot,
      counters: snapshot.counters.map((counter) => ({
        ...counter,
        agencyId: next(picks),
        serviceIds: [next(picks)],
      })),
      services: snapshot.services.map((line) => ({
        ...line,
        agencyId: next(picks),
        serviceId: next(picks),
      })),
    }));
    fc.assert(
      fc.property(snapshots, filter, (snapshot, narrow) => {
        const scoped = scopeQueueSnapshot(snapshot, narrow);
        expect(scoped.asOf).to.equal(snapshot.asOf);
        expect(scoped.counters).to.deep.equal(snapshot.counters.filter((counter) => counterInScope(counter, narrow)));
        expect(scoped.services).to.deep.equal(snapshot.services.filter((line) => lineInScope(line, narrow)));
      }),
    );
  });
});
