import { HEADERS, type QueueEvent, type QueueSnapshot } from '@mpp-kit/contract';
import { expect } from '@open-wc/testing';
import { createClient } from '../client.js';
import { createCore } from '../core.js';
import { isMppApiError } from '../errors/api-error.js';
import { isMppContractError } from '../errors/contract-error.js';
import type { MppError } from '../errors/mpp-error.js';
import { isMppValidationError } from '../errors/validation-error.js';
import type { FetchLike } from '../options.js';
import {
  BASE_URL,
  apiError,
  eventStream,
  hang,
  issuedEvent,
  json,
  nth,
  snapshot,
  snapshotEvent,
  until,
} from '../test-support/fake-server.js';
import { manualClock } from '../test-support/manual-clock.js';
import type { ConnectionState } from './state.js';
import { subscribeQueue, type SubscribeOptions } from './subscribe.js';

type Stream = ReturnType<typeof eventStream>;
type Reply = Response | Error | ((request: Request) => Promise<Response>) | undefined;

/** The reconnect backoff the tests use: 1 ms doubling, at most 5 ms (advancing 5 ms always ends it). */
const BACKOFF = { reconnectDelay: 1, maxReconnectDelay: 5 };

/**
 * A fake server: `/v1/queues/stream` answers with `streamReply(n)` (a new
 * controllable stream by default), `/v1/queues` with `pollReply(n)` (by default
 * a snapshot whose `waiting` counts the polls).
 */
function queueServer(streamReply?: (attempt: number) => Reply, pollReply?: (attempt: number) => Reply) {
  const streams: Stream[] = [];
  const streamRequests: Request[] = [];
  const pollRequests: Request[] = [];
  const answer = (reply: Reply, request: Request): Response | Promise<Response> | undefined => {
    if (reply instanceof Error) throw reply;
    return typeof reply === 'function' ? reply(request) : reply;
  };
  const fetch: FetchLike = (request) => {
    if (new URL(request.url).pathname.endsWith('/v1/queues/stream')) {
      streamRequests.push(request);
      const reply = answer(streamReply?.(streamRequests.length), request);
      if (reply) return reply;
      const stream = eventStream();
      streams.push(stream);
      return stream.response();
    }
    pollRequests.push(request);
    return answer(pollReply?.(pollRequests.length), request) ?? json(snapshot(100 + pollRequests.length));
  };
  return { fetch, streams, streamRequests, pollRequests, stream: (index: number) => nth(streams, index) };
}

/** Subscribes on a manual clock with fast settings and records everything the handlers receive. */
function record(fetch: FetchLike, settings: SubscribeOptions = {}) {
  const clock = manualClock();
  const states: ConnectionState[] = [];
  const events: QueueEvent[] = [];
  const snapshots: QueueSnapshot[] = [];
  const errors: MppError[] = [];
  const { options, send } = createCore({ baseUrl: BASE_URL, fetch, retry: { limit: 0 } });
  const unsubscribe = subscribeQueue(
    options,
    send,
    { agency: 'dukcapil' },
    {
      onStateChange: (state) => states.push(state),
      onEvent: (event) => events.push(event),
      onSnapshot: (next) => snapshots.push(next),
      onError: (error) => errors.push(error),
    },
    { ...BACKOFF, pollInterval: 10, streamRetryInterval: 10_000, ...settings },
    clock.schedule,
  );
  return { clock, states, events, snapshots, errors, unsubscribe };
}

const waitingOf = (value: QueueSnapshot | undefined): number | undefined => value?.services[0]?.waiting;

describe('queues.subscribe', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it('parses events from a streaming fetch and keeps the snapshot up to date', async () => {
    const server = queueServer();
    const seen = record(server.fetch);
    stop = seen.unsubscribe;
    await until(() => server.streams.length === 1);
    const stream = server.stream(0);
    stream.send(snapshotEvent('1', 2));
    stream.heartbeat();
    stream.send(issuedEvent('2', 3), true);
    await until(() => seen.events.length === 2);

    expect(seen.states).to.deep.equal(['connecting', 'live']);
    expect(seen.events.map((event) => event.type)).to.deep.equal(['snapshot', 'ticket.issued']);
    expect(seen.snapshots.map(waitingOf)).to.deep.equal([2, 3]);
    const request = nth(server.streamRequests, 0);
    expect(request.url).to.equal(`${BASE_URL}/v1/queues/stream?agency=dukcapil`);
    expect(request.headers.get('Accept')).to.equal('text/event-stream');
    expect(request.headers.get(HEADERS.acceptLanguage)).to.equal('id');
    expect(request.headers.has(HEADERS.lastEventId)).to.equal(false);
  });

  it('reopens a stream that went silent (no heartbeat) with the Last-Event-ID of the last event', async () => {
    const server = queueServer();
    const seen = record(server.fetch, { heartbeatInterval: 20 });
    stop = seen.unsubscribe;
    await until(() => server.streams.length === 1);
    server.stream(0).send(snapshotEvent('1', 2));
    server.stream(0).send(issuedEvent('2', 3));
    await until(() => seen.events.length === 2);
    // ...then nothing: the stream is dead after 2.5 heartbeat intervals.
    seen.clock.advance(50);
    expect(server.stream(0).cancelled).to.equal(true);
    await until(() => seen.states.includes('reconnecting'));
    seen.clock.advance(BACKOFF.maxReconnectDelay);
    await until(() => server.streamRequests.length === 2);

    expect(nth(server.streamRequests, 1).headers.get(HEADERS.lastEventId)).to.equal('2');
    await until(() => seen.states.length === 4);
    expect(seen.states).to.deep.equal(['connecting', 'live', 'reconnecting', 'live']);

    server.stream(1).send(issuedEvent('3', 1));
    await until(() => waitingOf(seen.snapshots.at(-1)) === 1);
  });

  it('keeps a stream that sends heartbeats', async () => {
    const server = queueServer();
    const seen = record(server.fetch, { heartbeatInterval: 100 });
    stop = seen.unsubscribe;
    await until(() => server.streams.length === 1 && seen.states.includes('live'));
    // Ten heartbeats 100 ms apart, a second in all, four times the 250 ms a silent stream lives.
    for (let beat = 0; beat < 10; beat++) {
      seen.clock.advance(100);
      const rearmed = seen.clock.nextTimer();
      server.stream(0).heartbeat();
      // Read: the dead-stream watchdog starts its 250 ms afresh.
      expect(await rearmed).to.equal(250);
    }
    // Still the first stream: an event sent now arrives.
    server.stream(0).send(snapshotEvent('1', 4));
    await until(() => seen.events.length === 1);
    expect(server.streamRequests).to.have.length(1);
    expect(seen.states).to.deep.equal(['connecting', 'live']);
  });

  it('reconnects with Last-Event-ID when the server closes the stream', async () => {
    const server = queueServer();
    const seen = record(server.fetch);
    stop = seen.unsubscribe;
    await until(() => server.streams.length === 1);
    server.stream(0).send(snapshotEvent('41', 2));
    await until(() => seen.events.length === 1);
    server.stream(0).close();
    await until(() => seen.states.includes('reconnecting'));
    seen.clock.advance(BACKOFF.maxReconnectDelay);
    await until(() => server.streamRequests.length === 2);
    expect(nth(server.streamRequests, 1).headers.get(HEADERS.lastEventId)).to.equal('41');
  });

  it('falls back to polling when the stream is refused (404), with snapshots from polling', async () => {
    const server = queueServer(() => apiError(404, 'not_found'));
    const seen = record(server.fetch);
    stop = seen.unsubscribe;
    await until(() => seen.snapshots.length === 1);
    seen.clock.advance(10);
    await until(() => seen.snapshots.length === 2);

    expect(seen.states).to.deep.equal(['connecting', 'polling']);
    expect(seen.snapshots.map(waitingOf)).to.deep.equal([101, 102]);
    expect(nth(server.pollRequests, 0).url).to.equal(`${BASE_URL}/v1/queues?agency=dukcapil`);
    expect(seen.errors).to.have.length(1);
    const [error] = seen.errors;
    expect(isMppApiError(error) && error.status).to.equal(404);
  });

  it('falls back to polling when the answer is not an event stream', async () => {
    const server = queueServer(() => new Response('<html></html>', { headers: { 'Content-Type': 'text/html' } }));
    const seen = record(server.fetch);
    stop = seen.unsubscribe;
    await until(() => seen.snapshots.length >= 1);
    expect(seen.states).to.deep.equal(['connecting', 'polling']);
    expect(isMppContractError(seen.errors[0])).to.equal(true);
  });

  it('falls back to polling after repeated failures, reconnecting with backoff before that', async () => {
    const server = queueServer(() => apiError(503, 'unavailable'));
    const seen = record(server.fetch, { maxFailures: 3 });
    stop = seen.unsubscribe;
    for (const failures of [1, 2]) {
      // Each failure is reported, then waits its backoff before the next attempt.
      await until(() => seen.errors.length === failures);
      expect(server.streamRequests).to.have.length(failures);
      seen.clock.advance(BACKOFF.maxReconnectDelay);
    }
    await until(() => seen.states.includes('polling'));
    expect(server.streamRequests).to.have.length(3);
    expect(seen.states).to.deep.equal(['connecting', 'reconnecting', 'polling']);
  });

  it('a stream that is accepted but closes at once, every time, also falls back to polling', async () => {
    const empty = () => new Response('', { headers: { 'Content-Type': 'text/event-stream' } });
    const server = queueServer(empty);
    const seen = record(server.fetch, { maxFailures: 3 });
    stop = seen.unsubscribe;
    for (const reported of [3, 5]) {
      await until(() => seen.states.length === reported);
      seen.clock.advance(BACKOFF.maxReconnectDelay);
    }
    await until(() => seen.states.includes('polling'));
    expect(server.streamRequests).to.have.length(3);
    expect(seen.states).to.deep.equal([
      'connecting',
      'live',
      'reconnecting',
      'live',
      'reconnecting',
      'live',
      'polling',
    ]);
  });

  it('while polling, tries the stream again and goes live when it opens, and polling stops', async () => {
    const server = queueServer((attempt) => (attempt === 1 ? apiError(501, 'internal') : undefined));
    const seen = record(server.fetch, { streamRetryInterval: 30, pollInterval: 1_000 });
    stop = seen.unsubscribe;
    await until(() => seen.snapshots.length === 1);
    seen.clock.advance(30);
    await until(() => server.streams.length === 1);
    server.stream(0).send(snapshotEvent('1', 7));
    await until(() => waitingOf(seen.snapshots.at(-1)) === 7);
    expect(seen.states).to.deep.equal(['connecting', 'polling', 'live']);
    // The first stream after polling starts afresh (no Last-Event-ID).
    expect(nth(server.streamRequests, 1).headers.has(HEADERS.lastEventId)).to.equal(false);
    // No poll is due any more: the only timer left is the stream's watchdog (2.5 × the 15 s heartbeat).
    expect(seen.clock.pending).to.deep.equal([37_500]);
    expect(server.pollRequests).to.have.length(1);
  });

  it('is offline when the network fails, and reconnects', async () => {
    const server = queueServer((attempt) => (attempt === 1 ? new TypeError('Failed to fetch') : undefined));
    const seen = record(server.fetch);
    stop = seen.unsubscribe;
    await until(() => seen.states.length === 2);
    seen.clock.advance(BACKOFF.maxReconnectDelay);
    await until(() => seen.states.length === 3);
    expect(seen.states).to.deep.equal(['connecting', 'offline', 'live']);
  });

  it('reopens at once when the browser is back online, without waiting out the backoff', async () => {
    const server = queueServer((attempt) => (attempt === 1 ? new TypeError('Failed to fetch') : undefined));
    const seen = record(server.fetch);
    stop = seen.unsubscribe;
    await until(() => seen.states.length === 2);
    expect(seen.states).to.deep.equal(['connecting', 'offline']);
    window.dispatchEvent(new Event('online'));
    await until(() => seen.states.length === 3);
    expect(seen.states).to.deep.equal(['connecting', 'offline', 'live']);
    expect(seen.clock.pending).to.deep.equal([37_500]); // the new stream's watchdog; the backoff was cancelled
  });

  it('reports an event that breaks the contract and keeps going', async () => {
    const server = queueServer();
    const seen = record(server.fetch);
    stop = seen.unsubscribe;
    await until(() => server.streams.length === 1);
    server.stream(0).send(snapshotEvent('1', 2));
    server.stream(0).raw('id: 2\ndata: {"type":"ticket.issued","id":"2"}\n\n');
    server.stream(0).raw('id: 3\ndata: not json\n\n');
    server.stream(0).send(issuedEvent('4', 5));
    await until(() => seen.events.length === 2);
    expect(seen.errors.map((error) => error.name)).to.deep.equal(['MppContractError', 'MppContractError']);
    expect(seen.snapshots.map(waitingOf)).to.deep.equal([2, 5]);
    expect(server.streamRequests).to.have.length(1);
  });

  it('unsubscribe closes the stream and stops every timer and handler', async () => {
    const server = queueServer();
    const seen = record(server.fetch, { heartbeatInterval: 10 });
    await until(() => server.streams.length === 1);
    server.stream(0).send(snapshotEvent('1', 2));
    await until(() => seen.snapshots.length === 1);
    seen.unsubscribe();
    seen.unsubscribe(); // twice is harmless
    expect(server.stream(0).cancelled).to.equal(true);
    expect(nth(server.streamRequests, 0).signal.aborted).to.equal(true);
    // The watchdog goes with the reading; then nothing is left that could fire.
    await until(() => seen.clock.pending.length === 0);
    server.stream(0).send(issuedEvent('2', 3));
    seen.clock.advance(60_000);
    expect(server.streamRequests).to.have.length(1);
    expect(seen.snapshots).to.have.length(1);
    expect(seen.states).to.deep.equal(['connecting', 'live']);
  });

  it('unsubscribe stops polling, and aborts the poll under way', async () => {
    const server = queueServer(
      () => apiError(404, 'not_found'),
      (attempt) => (attempt === 2 ? hang : undefined),
    );
    const seen = record(server.fetch);
    await until(() => seen.snapshots.length === 1);
    seen.clock.advance(10);
    await until(() => server.pollRequests.length === 2);
    seen.unsubscribe();
    expect(nth(server.pollRequests, 1).signal.aborted).to.equal(true);
    // No poll and no stream probe is due any more.
    expect(seen.clock.pending).to.deep.equal([]);
    seen.clock.advance(60_000);
    expect(server.pollRequests).to.have.length(2);
    expect(server.streamRequests).to.have.length(1);
  });

  it('a handler that unsubscribes hears nothing more, and nothing more is started', async () => {
    const clock = manualClock();
    const { options, send } = createCore({ baseUrl: BASE_URL, fetch: queueServer(() => apiError(404, 'x')).fetch });
    const heard: string[] = [];
    await new Promise<void>((resolve) => {
      const unsubscribe = subscribeQueue(
        options,
        send,
        {},
        {
          onError: () => heard.push('error'),
          onStateChange: (state) => heard.push(state),
          // The first polled snapshot ends it; the next poll would be armed right after.
          onSnapshot: () => {
            heard.push('snapshot');
            unsubscribe();
            resolve();
          },
        },
        {},
        clock.schedule,
      );
    });
    expect(heard).to.deep.equal(['connecting', 'error', 'polling', 'snapshot']);
    expect(clock.pending).to.deep.equal([]);
  });

  it('an abort signal ends the subscription like unsubscribe', async () => {
    const server = queueServer();
    const controller = new AbortController();
    const seen = record(server.fetch, { signal: controller.signal });
    await until(() => server.streams.length === 1);
    controller.abort();
    await until(() => server.stream(0).cancelled && seen.clock.pending.length === 0);
    seen.clock.advance(60_000);
    expect(server.streamRequests).to.have.length(1);
  });

  it('an already aborted signal subscribes to nothing', () => {
    const server = queueServer();
    const seen = record(server.fetch, { signal: AbortSignal.abort() });
    expect(seen.states).to.deep.equal([]);
    expect(server.streamRequests).to.have.length(0);
    expect(seen.clock.pending).to.deep.equal([]);
  });

  it('loads the stream code on the first subscribe, and an unsubscribe before it arrives opens nothing', async () => {
    const server = queueServer();
    const client = createClient({ baseUrl: BASE_URL, fetch: server.fetch });
    const early: ConnectionState[] = [];
    client.queues.subscribe({}, { onStateChange: (state) => early.push(state) })();
    // A later subscription starts after the first one's stream code arrived (the same import).
    const states: ConnectionState[] = [];
    stop = client.queues.subscribe({ agency: 'dukcapil' }, { onStateChange: (state) => states.push(state) });
    await until(() => states.length > 0);

    expect(server.streamRequests).to.have.length(1);
    expect(nth(server.streamRequests, 0).url).to.equal(`${BASE_URL}/v1/queues/stream?agency=dukcapil`);
    expect(early).to.deep.equal([]);
  });

  it('rejects an invalid filter synchronously', () => {
    const client = createClient({ baseUrl: BASE_URL, fetch: queueServer().fetch });
    try {
      client.queues.subscribe({ agency: '../x' }, {});
      throw new Error('expected a throw');
    } catch (error) {
      expect(isMppValidationError(error)).to.equal(true);
    }
  });
});
