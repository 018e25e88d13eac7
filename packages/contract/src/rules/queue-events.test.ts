import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { QueueEvent } from '../schemas/queue-event.js';
import type { QueueSnapshot } from '../schemas/queue.js';
import type { Ticket } from '../schemas/ticket.js';
import { queueEvent, queueSnapshot } from '../test-support/arbitraries.js';
import { applyQueueEvent, callOf, callsBetween } from './queue-events.js';

const at = '2025-03-03T09:00:00+07:00';

function ticket(id: string, number: string, status: Ticket['status'] = 'called'): Ticket {
  return {
    id,
    number,
    serviceId: 'ktp',
    status,
    position: null,
    estimatedWaitSeconds: null,
    issuedAt: '2025-03-03T08:00:00+07:00',
  };
}

const base: QueueSnapshot = {
  asOf: '2025-03-03T08:30:00+07:00',
  counters: [
    {
      id: 'c1',
      name: 'Loket 1',
      agencyId: 'dukcapil',
      serviceIds: ['ktp'],
      status: 'open',
      serving: ticket('t1', 'A-001', 'serving'),
    },
    { id: 'c2', name: 'Loket 2', agencyId: 'dukcapil', serviceIds: ['ktp'], status: 'open', serving: null },
  ],
  services: [{ serviceId: 'ktp', agencyId: 'dukcapil', prefix: 'A', waiting: 4, estimatedWaitSeconds: 600 }],
};

const line = { serviceId: 'ktp', agencyId: 'dukcapil', prefix: 'A', waiting: 3, estimatedWaitSeconds: 450 };

function ticketEvent(
  type: Extract<QueueEvent, { ticket: Ticket }>['type'],
  value: Ticket,
  counterId: string | null,
): QueueEvent {
  return { id: '42', at, type, ticket: value, counterId, line };
}

describe('applyQueueEvent', () => {
  it('replaces everything on a snapshot event', () => {
    const snapshot: QueueSnapshot = { asOf: at, counters: [], services: [] };
    expect(applyQueueEvent(base, { id: '1', at, type: 'snapshot', snapshot })).to.deep.equal(snapshot);
  });

  it('puts a called ticket on its counter and updates the line', () => {
    const called = ticket('t2', 'A-002');
    const next = applyQueueEvent(base, ticketEvent('ticket.called', called, 'c2'));
    expect(next.counters[1]?.serving).to.deep.equal(called);
    expect(next.counters[0]).to.deep.equal(base.counters[0]);
    expect(next.services).to.deep.equal([line]);
    expect(next.asOf).to.equal(at);
  });

  it('moves a ticket recalled at another counter', () => {
    const next = applyQueueEvent(base, ticketEvent('ticket.recalled', ticket('t1', 'A-001'), 'c2'));
    expect(next.counters.map((counter) => counter.serving?.id ?? null)).to.deep.equal([null, 't1']);
  });

  for (const type of ['ticket.completed', 'ticket.skipped', 'ticket.cancelled'] as const) {
    it(`frees the counter on ${type}`, () => {
      const next = applyQueueEvent(base, ticketEvent(type, ticket('t1', 'A-001', 'done'), 'c1'));
      expect(next.counters[0]?.serving).to.equal(null);
    });
  }

  it('leaves counters alone when a ticket is issued, and adds a new line', () => {
    const other = { serviceId: 'kk', agencyId: 'dukcapil', prefix: 'B', waiting: 1, estimatedWaitSeconds: 300 };
    const event: QueueEvent = {
      id: '7',
      at,
      type: 'ticket.issued',
      ticket: ticket('t9', 'B-001', 'waiting'),
      counterId: null,
      line: other,
    };
    const next = applyQueueEvent(base, event);
    expect(next.counters).to.equal(base.counters);
    expect(next.services).to.deep.equal([...base.services, other]);
  });

  it('replaces or adds a counter on counter.updated', () => {
    const paused = {
      id: 'c2',
      name: 'Loket 2',
      agencyId: 'dukcapil',
      serviceIds: ['ktp'],
      status: 'paused' as const,
      serving: null,
    };
    const added = {
      id: 'c3',
      name: 'Loket 3',
      agencyId: 'dukcapil',
      serviceIds: ['ktp'],
      status: 'open' as const,
      serving: null,
    };
    const once = applyQueueEvent(base, { id: '8', at, type: 'counter.updated', counter: paused });
    expect(once.counters).to.deep.equal([base.counters[0], paused]);
    expect(applyQueueEvent(once, { id: '9', at, type: 'counter.updated', counter: added }).counters).to.have.length(3);
  });

  it('never changes its input and always yields a snapshot with the event time', () => {
    fc.assert(
      fc.property(queueSnapshot, queueEvent, (snapshot, event) => {
        const copy = structuredClone(snapshot);
        const next = applyQueueEvent(snapshot, event);
        expect(snapshot).to.deep.equal(copy);
        expect(next.asOf).to.equal(event.type === 'snapshot' ? event.snapshot.asOf : event.at);
        const servingIds = next.counters.flatMap((counter) => (counter.serving ? [counter.serving.id] : []));
        if (event.type !== 'snapshot' && 'ticket' in event && event.type !== 'ticket.issued') {
          const holders = servingIds.filter((value) => value === event.ticket.id).length;
          const calling = event.type === 'ticket.called' || event.type === 'ticket.recalled';
          // Called: exactly the counters with that id serve it; otherwise none does.
          expect(holders).to.equal(
            calling ? next.counters.filter((counter) => counter.id === event.counterId).length : 0,
          );
        }
      }),
    );
  });
});

describe('callOf', () => {
  it('is the call of a called or recalled ticket, at its counter as it is now', () => {
    const called = ticket('t2', 'A-002');
    const event: QueueEvent = { id: '5', at, type: 'ticket.called', ticket: called, counterId: 'c2', line };
    const after = applyQueueEvent(base, event);
    expect(callOf(event, after)).to.deep.equal({ counter: after.counters[1], ticket: called, recall: false, at });
    const recalled = { ...event, id: '6', type: 'ticket.recalled' as const };
    expect(callOf(recalled, after)?.recall).to.equal(true);
  });

  it('is null for events that call nobody, and for a counter outside the snapshot', () => {
    const issued: QueueEvent = {
      id: '5',
      at,
      type: 'ticket.issued',
      ticket: ticket('t3', 'A-003', 'waiting'),
      counterId: null,
      line,
    };
    expect(callOf(issued, base)).to.equal(null);
    const elsewhere: QueueEvent = {
      id: '6',
      at,
      type: 'ticket.called',
      ticket: ticket('t3', 'A-003'),
      counterId: 'c9',
      line,
    };
    expect(callOf(elsewhere, base)).to.equal(null);
  });
});

describe('callsBetween', () => {
  it('finds the counters that serve a new ticket, and nothing else', () => {
    const called = { ...ticket('t2', 'A-002'), calledAt: at };
    const after = applyQueueEvent(base, { id: '5', at, type: 'ticket.called', ticket: called, counterId: 'c2', line });
    expect(callsBetween(base, after)).to.deep.equal([
      { counter: after.counters[1], ticket: called, recall: false, at },
    ]);
    expect(callsBetween(after, after)).to.deep.equal([]);
    const freed = applyQueueEvent(after, {
      id: '6',
      at,
      type: 'ticket.completed',
      ticket: called,
      counterId: 'c2',
      line,
    });
    expect(callsBetween(after, freed)).to.deep.equal([]);
  });

  it('agrees with the events: a call still standing at the end is found by comparing the ends', () => {
    fc.assert(
      fc.property(queueSnapshot, fc.array(queueEvent, { maxLength: 8 }), (start, events) => {
        let current = start;
        const called = new Map<string, string>();
        for (const event of events) {
          current = applyQueueEvent(current, event);
          const call = callOf(event, current);
          if (call) called.set(call.counter.id, call.ticket.id);
        }
        const found = new Map(callsBetween(start, current).map((call) => [call.counter.id, call.ticket.id]));
        for (const counter of current.counters) {
          const before = start.counters.find((candidate) => candidate.id === counter.id)?.serving?.id;
          const standing =
            counter.serving && called.get(counter.id) === counter.serving.id && before !== counter.serving.id;
          if (standing) expect(found.get(counter.id)).to.equal(counter.serving?.id);
        }
      }),
    );
  });
});
