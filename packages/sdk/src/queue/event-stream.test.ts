import { expect } from '@open-wc/testing';
import type { EventSourceMessage } from 'eventsource-parser';
import { eventStream, issuedEvent } from '../test-support/fake-server.js';
import { manualClock } from '../test-support/manual-clock.js';
import { readEventStream } from './event-stream.js';

/** Reads a fresh fake stream with a watchdog of `deadAfter` ms on a manual clock, recording what it hands over. */
function reading(deadAfter: number, signal = new AbortController().signal) {
  const clock = manualClock();
  const stream = eventStream();
  const messages: EventSourceMessage[] = [];
  let nextActivity: (() => void) | undefined;
  const body = stream.response().body;
  if (!body) throw new Error('the fake stream has no body');
  const end = readEventStream(body, {
    signal,
    deadAfter,
    onMessage: (message) => messages.push(message),
    onActivity: () => nextActivity?.(),
    schedule: clock.schedule,
  });
  /** Resolves when bytes next arrive. */
  const activity = (): Promise<void> => new Promise((resolve) => (nextActivity = resolve));
  return { clock, stream, messages, end, activity };
}

describe('readEventStream', () => {
  it('hands over each message, also when it arrives in pieces, and ends when the server closes', async () => {
    const read = reading(1_000);
    read.stream.send(issuedEvent('7', 2), true);
    read.stream.heartbeat();
    read.stream.close();
    expect(await read.end).to.equal('ended');
    expect(read.messages.map((message) => message.id)).to.deep.equal(['7']);
  });

  it('cancels a stream silent for deadAfter ms as dead, and not a moment before', async () => {
    const read = reading(250);
    read.clock.advance(249);
    expect(read.stream.cancelled).to.equal(false);
    expect(read.clock.pending).to.deep.equal([1]);
    read.clock.advance(1);
    expect(read.stream.cancelled).to.equal(true);
    expect(await read.end).to.equal('dead');
  });

  it('keeps a stream whose heartbeats come more often than deadAfter', async () => {
    const read = reading(250);
    // Ten heartbeats 100 ms apart: a second past the first deadline, alive throughout.
    for (let beat = 1; beat <= 10; beat++) {
      const arrived = read.activity();
      read.stream.heartbeat();
      await arrived;
      read.clock.advance(100);
    }
    expect(read.clock.pending).to.deep.equal([150]);
    read.stream.close();
    expect(await read.end).to.equal('ended');
  });

  it('stops at once, disarming the watchdog, when its signal aborts', async () => {
    const controller = new AbortController();
    const read = reading(250, controller.signal);
    controller.abort();
    expect(read.stream.cancelled).to.equal(true);
    expect(await read.end).to.equal('aborted');
    expect(read.clock.pending).to.deep.equal([]);
  });
});
