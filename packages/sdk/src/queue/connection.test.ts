import type { QueueEvent, QueueSnapshot } from '@mpp-kit/contract';
import { expect } from '@open-wc/testing';
import { MppApiError } from '../errors/api-error.js';
import { MppContractError } from '../errors/contract-error.js';
import { MppNetworkError } from '../errors/network-error.js';
import { issuedEvent, snapshot, snapshotEvent } from '../test-support/fake-server.js';
import {
  initialConnection,
  reportedState,
  transition,
  type Connection,
  type ConnectionEvent,
  type Phase,
} from './connection.js';

/** A connection in `phase` (three failures allowed), with `more` on top. */
function at(phase: Phase, more: Partial<Connection> = {}): Connection {
  return { ...initialConnection(3), phase, ...more };
}

const queue = (waiting: number) => snapshot(waiting) as QueueSnapshot;
const unavailable = new MppApiError({
  status: 503,
  code: 'unavailable',
  message: 'm',
  requestId: null,
  retryAfter: null,
  details: [],
});
const notFound = new MppApiError({
  status: 404,
  code: 'not_found',
  message: 'm',
  requestId: null,
  retryAfter: null,
  details: [],
});
const networkDown = new MppNetworkError(new TypeError('Failed to fetch'));
const broke = (more: Partial<Extract<ConnectionEvent, { type: 'stream-failed' }>> = {}): ConnectionEvent => ({
  type: 'stream-failed',
  error: null,
  refused: false,
  offline: false,
  ...more,
});

const live = at('live', { lastEventId: '41', snapshot: queue(2) });
const polling = at('polling');
const probing = at('probing');
const backingOffOffline = at('backing-off', { offline: true, failures: 1, lastEventId: '41' });

describe('the live queue connection', () => {
  describe('opening', () => {
    it('starts by reporting connecting and opening the stream from scratch', () => {
      const { state, effects } = transition(initialConnection(3), { type: 'start' });
      expect(state.phase).to.equal('connecting');
      expect(effects).to.deep.equal([
        { type: 'report-state', state: 'connecting' },
        { type: 'open-stream', lastEventId: null },
      ]);
    });

    it('goes live when the stream opens', () => {
      const { state, effects } = transition(at('connecting'), { type: 'stream-opened' });
      expect(state).to.deep.include({ phase: 'live', offline: false });
      expect(effects).to.deep.equal([{ type: 'report-state', state: 'live' }]);
    });

    it('goes live when the stream reopens, without a second report while offline turns into live', () => {
      const { state, effects } = transition(at('reopening', { offline: true }), { type: 'stream-opened' });
      expect(state).to.deep.include({ phase: 'live', offline: false });
      expect(effects).to.deep.equal([{ type: 'report-state', state: 'live' }]);
    });
  });

  describe('live', () => {
    it('keeps the first snapshot event, then applies each event to it (contract applyQueueEvent)', () => {
      const first = snapshotEvent('1', 2) as QueueEvent;
      const opened = transition(at('live'), { type: 'stream-event', id: '1', event: first });
      expect(opened.state.snapshot).to.deep.equal(queue(2));
      expect(opened.state.lastEventId).to.equal('1');

      const issued = issuedEvent('2', 3) as QueueEvent;
      const { state, effects } = transition(opened.state, { type: 'stream-event', id: '2', event: issued });
      expect(state.snapshot?.services[0]?.waiting).to.equal(3);
      expect(state.lastEventId).to.equal('2');
      expect(effects).to.deep.equal([
        { type: 'report-event', event: issued },
        { type: 'report-snapshot', snapshot: state.snapshot },
      ]);
    });

    it('reports an event before the first snapshot, with no snapshot to go with it', () => {
      const issued = issuedEvent('2', 3) as QueueEvent;
      const { state, effects } = transition(at('live'), { type: 'stream-event', id: '2', event: issued });
      expect(state.snapshot).to.equal(null);
      expect(state.lastEventId).to.equal('2');
      expect(effects).to.deep.equal([{ type: 'report-event', event: issued }]);
    });

    it('reports an event that breaks the contract and stays live', () => {
      const error = new MppContractError('GET /v1/queues/stream', []);
      const { state, effects } = transition(live, { type: 'stream-bad-event', error });
      expect(state).to.deep.equal(live);
      expect(effects).to.deep.equal([{ type: 'report-error', error }]);
    });

    it('counts a stream that delivers something as working again', () => {
      const { state, effects } = transition({ ...live, failures: 2 }, { type: 'stream-activity' });
      expect(state.failures).to.equal(0);
      expect(effects).to.deep.equal([]);
    });
  });

  describe('after a failure', () => {
    it('backs off before reopening, keeping the Last-Event-ID to resume from', () => {
      const { state, effects } = transition(live, broke());
      expect(state).to.deep.include({ phase: 'backing-off', offline: false });
      expect(state.failures).to.equal(1);
      expect(state.lastEventId).to.equal('41');
      expect(effects).to.deep.equal([
        { type: 'report-state', state: 'reconnecting' },
        { type: 'start-timer', timer: 'reconnect', attempt: 1 },
      ]);
    });

    it('reports the error first, and is offline when the network is down', () => {
      const { state, effects } = transition(at('connecting'), broke({ error: networkDown, offline: true }));
      expect(state).to.deep.include({ phase: 'backing-off', offline: true });
      expect(effects).to.deep.equal([
        { type: 'report-error', error: networkDown },
        { type: 'report-state', state: 'offline' },
        { type: 'start-timer', timer: 'reconnect', attempt: 1 },
      ]);
    });

    it('waits a longer backoff for each failure in a row, without reporting reconnecting twice', () => {
      const reopening = at('reopening', { failures: 1 });
      const { state, effects } = transition(reopening, broke({ error: unavailable }));
      expect(state.failures).to.equal(2);
      expect(effects).to.deep.equal([
        { type: 'report-error', error: unavailable },
        { type: 'start-timer', timer: 'reconnect', attempt: 2 },
      ]);
    });

    it('reopens the stream with the Last-Event-ID when the backoff is over', () => {
      const { state, effects } = transition(backingOffOffline, { type: 'timer-fired', timer: 'reconnect' });
      expect(state).to.deep.include({ phase: 'reopening', offline: true });
      expect(effects).to.deep.equal([{ type: 'open-stream', lastEventId: '41' }]);
    });

    it('reopens at once when the browser is back online, instead of waiting out the backoff', () => {
      const { state, effects } = transition(backingOffOffline, { type: 'online' });
      expect(state).to.deep.include({ phase: 'reopening', offline: true });
      expect(effects).to.deep.equal([
        { type: 'cancel-timer', timer: 'reconnect' },
        { type: 'open-stream', lastEventId: '41' },
      ]);
    });

    it('back online matters only while waiting out an offline backoff', () => {
      const others = [live, polling, at('backing-off', { offline: false }), at('reopening', { offline: true })];
      for (const connection of others) {
        expect(transition(connection, { type: 'online' }).effects, connection.phase).to.deep.equal([]);
      }
    });
  });

  describe('falling back to polling', () => {
    const polled = [{ type: 'fetch-snapshot' }, { type: 'start-timer', timer: 'probe' }] as const;

    it('when the stream is refused: polls at once, probes the stream later, and forgets the Last-Event-ID', () => {
      const { state, effects } = transition(
        at('connecting', { lastEventId: '9' }),
        broke({ error: notFound, refused: true }),
      );
      expect(state).to.deep.include({ phase: 'polling', offline: false, failures: 0, lastEventId: null });
      expect(effects).to.deep.equal([
        { type: 'report-error', error: notFound },
        { type: 'report-state', state: 'polling' },
        ...polled,
      ]);
    });

    it('when the stream fails maxFailures times in a row, even while offline', () => {
      const third = at('reopening', { offline: true, failures: 2 });
      const { state, effects } = transition(third, broke({ error: networkDown, offline: true }));
      expect(state).to.deep.include({ phase: 'polling', offline: false });
      expect(effects).to.deep.equal([
        { type: 'report-error', error: networkDown },
        { type: 'report-state', state: 'polling' },
        ...polled,
      ]);
    });

    it('reports each polled snapshot and polls again after the interval', () => {
      const { state, effects } = transition(polling, { type: 'snapshot-fetched', snapshot: queue(5) });
      expect(state.snapshot).to.deep.equal(queue(5));
      expect(effects).to.deep.equal([
        { type: 'report-snapshot', snapshot: queue(5) },
        { type: 'start-timer', timer: 'poll' },
      ]);
      expect(transition(state, { type: 'timer-fired', timer: 'poll' }).effects).to.deep.equal([
        { type: 'fetch-snapshot' },
      ]);
    });

    it('is offline when a poll cannot reach the server, and polling again when one does', () => {
      const failed = transition(polling, { type: 'snapshot-failed', error: networkDown, offline: true });
      expect(failed.effects).to.deep.equal([
        { type: 'report-error', error: networkDown },
        { type: 'report-state', state: 'offline' },
        { type: 'start-timer', timer: 'poll' },
      ]);
      const { effects } = transition(failed.state, { type: 'snapshot-fetched', snapshot: queue(1) });
      expect(effects[0]).to.deep.equal({ type: 'report-state', state: 'polling' });
    });

    it('a failed poll while online reports the error and stays polling', () => {
      const { state, effects } = transition(polling, { type: 'snapshot-failed', error: unavailable, offline: false });
      expect(reportedState(state)).to.equal('polling');
      expect(effects).to.deep.equal([
        { type: 'report-error', error: unavailable },
        { type: 'start-timer', timer: 'poll' },
      ]);
    });

    it('probes the stream afresh (no Last-Event-ID) when the probe timer fires', () => {
      const { state, effects } = transition(polling, { type: 'timer-fired', timer: 'probe' });
      expect(state.phase).to.equal('probing');
      expect(effects).to.deep.equal([{ type: 'open-stream', lastEventId: null }]);
    });

    it('a probe that fails quietly tries again later, still polling', () => {
      const { state, effects } = transition(probing, broke({ error: notFound, refused: true }));
      expect(state.phase).to.equal('polling');
      expect(effects).to.deep.equal([{ type: 'start-timer', timer: 'probe' }]);
    });

    it('a probe that opens the stream stops polling and goes live', () => {
      const { state, effects } = transition(probing, { type: 'stream-opened' });
      expect(state).to.deep.include({ phase: 'live', offline: false });
      expect(effects).to.deep.equal([
        { type: 'report-state', state: 'live' },
        { type: 'cancel-timer', timer: 'poll' },
        { type: 'abort-snapshot' },
      ]);
    });

    it('ignores what a poll brings back once the stream is live again', () => {
      const answers: ConnectionEvent[] = [
        { type: 'snapshot-fetched', snapshot: queue(9) },
        { type: 'snapshot-failed', error: unavailable, offline: false },
        { type: 'timer-fired', timer: 'poll' },
      ];
      for (const event of answers)
        expect(transition(live, event), event.type).to.deep.equal({ state: live, effects: [] });
    });
  });

  describe('closing', () => {
    const phases: Phase[] = ['idle', 'connecting', 'live', 'backing-off', 'reopening', 'polling', 'probing'];

    it('stop closes the connection from every phase, and close lets go of everything', () => {
      for (const phase of phases) {
        const { state, effects } = transition(at(phase), { type: 'stop' });
        expect(state.phase, phase).to.equal('closed');
        expect(effects).to.deep.equal([{ type: 'close' }]);
      }
    });

    it('a closed connection ignores every event, so nothing is reported or started after unsubscribe', () => {
      const closed = at('closed', { snapshot: queue(2) });
      const events: ConnectionEvent[] = [
        { type: 'start' },
        { type: 'stream-opened' },
        { type: 'stream-activity' },
        { type: 'stream-event', id: '2', event: issuedEvent('2', 3) as QueueEvent },
        { type: 'stream-bad-event', error: new MppContractError('GET /v1/queues/stream', []) },
        broke({ error: networkDown, offline: true }),
        { type: 'snapshot-fetched', snapshot: queue(1) },
        { type: 'snapshot-failed', error: unavailable, offline: false },
        { type: 'timer-fired', timer: 'reconnect' },
        { type: 'timer-fired', timer: 'poll' },
        { type: 'timer-fired', timer: 'probe' },
        { type: 'online' },
        { type: 'stop' },
      ];
      for (const event of events) {
        expect(transition(closed, event), event.type).to.deep.equal({ state: closed, effects: [] });
      }
    });
  });

  it('reports what a widget needs to know, and nothing before the start or after the end', () => {
    const reported = (phase: Phase, offline: boolean) => reportedState(at(phase, { offline }));
    expect(reported('idle', false)).to.equal(undefined);
    expect(reported('connecting', false)).to.equal('connecting');
    expect(reported('live', false)).to.equal('live');
    expect(reported('backing-off', false)).to.equal('reconnecting');
    expect(reported('reopening', true)).to.equal('offline');
    expect(reported('probing', false)).to.equal('polling');
    expect(reported('polling', true)).to.equal('offline');
    expect(reported('closed', false)).to.equal(undefined);
  });
});
