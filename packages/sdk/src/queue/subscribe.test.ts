import type { QueueEvent, QueueSnapshot } from '@mpp-kit/contract';
import { expect } from '@open-wc/testing';
import { createClient } from '../client.js';
import { isMppApiError } from '../errors/api-error.js';
import { isMppContractError } from '../errors/contract-error.js';
import type { MppError } from '../errors/mpp-error.js';
import { isMppValidationError } from '../errors/validation-error.js';
import type { FetchLike } from '../options.js';
import {
  BASE_URL,
  apiError,
  eventStream,
  issuedEvent,
  json,
  sleep,
  snapshot,
  snapshotEvent,
  until,
} from '../test-support/fake-server.js';
import type { ConnectionState } from './state.js';
import type { SubscribeOptions } from './subscribe.js';

type Stream = ReturnType<typeof eventStream>;

/**
 * A fake server: `/v1/queues/stream` answers with `streamReply(n)` (a new
 * controllable stream by default), `/v1/queues` with a snapshot whose `waiting`
 * counts the polls.
 */
function queueServer(streamReply?: (attempt: number) => Response | Error | undefined) {
  const streams: Stream[] = [];
  const streamRequests: Request[] = [];
  const pollRequests: Request[] = [];
  const fetch: FetchLike = async (request) => {
    if (new URL(request.url).pathname.endsWith('/v1/queues/stream')) {
      streamRequests.push(request);
      const reply = streamReply?.(streamRequests.length);
      if (reply instanceof Error) throw reply;
      if (reply) return reply;
      const stream = eventStream();
      streams.push(stream);
      return stream.response();
    }
    pollRequests.push(request);
    return json(snapshot(100 + pollRequests.length));
  };
  return { fetch, streams, streamRequests, pollRequests };
}

/** Subscribes with fast settings and records everything the handlers receive. */
function record(fetch: FetchLike, settings: SubscribeOptions = {}) {
  const states: ConnectionState[] = [];
  const events: QueueEvent[] = [];
  const snapshots: QueueSnapshot[] = [];
  const errors: MppError[] = [];
  const client = createClient({ baseUrl: BASE_URL, fetch, retry: { limit: 0 } });
  const unsubscribe = client.queues.subscribe(
    { agency: 'dukcapil' },
    {
      onStateChange: (state) => states.push(state),
      onEvent: (event) => events.push(event),
      onSnapshot: (next) => snapshots.push(next),
      onError: (error) => errors.push(error),
    },
    { reconnectDelay: 1, maxReconnectDelay: 5, pollInterval: 10, streamRetryInterval: 10_000, ...settings },
  );
  return { states, events, snapshots, errors, unsubscribe };
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
    const [stream] = server.streams;
    stream!.send(snapshotEvent('1', 2));
    stream!.heartbeat();
    stream!.send(issuedEvent('2', 3), true);
    await until(() => seen.events.length === 2);

    expect(seen.states).to.deep.equal(['connecting', 'live']);
    expect(seen.events.map((event) => event.type)).to.deep.equal(['snapshot', 'ticket.issued']);
    expect(seen.snapshots.map(waitingOf)).to.deep.equal([2, 3]);
    const [request] = server.streamRequests;
    expect(request!.url).to.equal(`${BASE_URL}/v1/queues/stream?agency=dukcapil`);
    expect(request!.headers.get('Accept')).to.equal('text/event-stream');
    expect(request!.headers.get('Accept-Language')).to.equal('id');
    expect(request!.headers.has('Last-Event-ID')).to.equal(false);
  });

  it('reopens a stream that went silent (no heartbeat) with the Last-Event-ID of the last event', async () => {
    const server = queueServer();
    const seen = record(server.fetch, { heartbeatInterval: 20 });
    stop = seen.unsubscribe;
    await until(() => server.streams.length === 1);
    server.streams[0]!.send(snapshotEvent('1', 2));
    server.streams[0]!.send(issuedEvent('2', 3));
    // ...then nothing: the stream is dead after 2.5 heartbeat intervals.
    await until(() => server.streamRequests.length === 2);

    expect(server.streamRequests[1]!.headers.get('Last-Event-ID')).to.equal('2');
    expect(server.streams[0]!.cancelled).to.equal(true);
    await until(() => seen.states.length === 4);
    expect(seen.states).to.deep.equal(['connecting', 'live', 'reconnecting', 'live']);

    server.streams[1]!.send(issuedEvent('3', 1));
    await until(() => waitingOf(seen.snapshots.at(-1)) === 1);
  });

  it('keeps a stream that sends heartbeats', async () => {
    const server = queueServer();
    const seen = record(server.fetch, { heartbeatInterval: 100 });
    stop = seen.unsubscribe;
    await until(() => server.streams.length === 1);
    const timer = setInterval(() => server.streams[0]!.heartbeat(), 20);
    await sleep(400);
    clearInterval(timer);
    expect(server.streamRequests).to.have.length(1);
    expect(seen.states).to.deep.equal(['connecting', 'live']);
  });

  it('reconnects with Last-Event-ID when the server closes the stream', async () => {
    const server = queueServer();
    const seen = record(server.fetch);
    stop = seen.unsubscribe;
    await until(() => server.streams.length === 1);
    server.streams[0]!.send(snapshotEvent('41', 2));
    await until(() => seen.events.length === 1);
    server.streams[0]!.close();
    await until(() => server.streamRequests.length === 2);
    expect(server.streamRequests[1]!.headers.get('Last-Event-ID')).to.equal('41');
  });

  it('falls back to polling when the stream is refused (404), with snapshots from polling', async () => {
    const server = queueServer(() => apiError(404, 'not_found'));
    const seen = record(server.fetch);
    stop = seen.unsubscribe;
    await until(() => seen.snapshots.length >= 2);

    expect(seen.states).to.deep.equal(['connecting', 'polling']);
    expect(seen.snapshots.map(waitingOf).slice(0, 2)).to.deep.equal([101, 102]);
    expect(server.pollRequests[0]!.url).to.equal(`${BASE_URL}/v1/queues?agency=dukcapil`);
    expect(seen.errors).to.have.length(1);
    expect(isMppApiError(seen.errors[0]) && seen.errors[0].status).to.equal(404);
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
    await until(() => seen.states.includes('polling'));
    expect(server.streamRequests).to.have.length(3);
    expect(seen.states).to.deep.equal(['connecting', 'reconnecting', 'polling']);
  });

  it('a stream that is accepted but closes at once, every time, also falls back to polling', async () => {
    const empty = () => new Response('', { headers: { 'Content-Type': 'text/event-stream' } });
    const server = queueServer(empty);
    const seen = record(server.fetch, { maxFailures: 3 });
    stop = seen.unsubscribe;
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

  it('while polling, tries the stream again and goes live when it opens', async () => {
    const server = queueServer((attempt) => (attempt === 1 ? apiError(501, 'internal') : undefined));
    const seen = record(server.fetch, { streamRetryInterval: 30 });
    stop = seen.unsubscribe;
    await until(() => server.streams.length === 1);
    server.streams[0]!.send(snapshotEvent('1', 7));
    await until(() => waitingOf(seen.snapshots.at(-1)) === 7);
    expect(seen.states).to.deep.equal(['connecting', 'polling', 'live']);
    // The first stream after polling starts afresh (no Last-Event-ID), and polling stops.
    expect(server.streamRequests[1]!.headers.has('Last-Event-ID')).to.equal(false);
    const polls = server.pollRequests.length;
    await sleep(60);
    expect(server.pollRequests.length).to.equal(polls);
  });

  it('is offline when the network fails, and reconnects', async () => {
    const server = queueServer((attempt) => (attempt === 1 ? new TypeError('Failed to fetch') : undefined));
    const seen = record(server.fetch);
    stop = seen.unsubscribe;
    await until(() => seen.states.length === 3);
    expect(seen.states).to.deep.equal(['connecting', 'offline', 'live']);
  });

  it('reports an event that breaks the contract and keeps going', async () => {
    const server = queueServer();
    const seen = record(server.fetch);
    stop = seen.unsubscribe;
    await until(() => server.streams.length === 1);
    server.streams[0]!.send(snapshotEvent('1', 2));
    server.streams[0]!.raw('id: 2\ndata: {"type":"ticket.issued","id":"2"}\n\n');
    server.streams[0]!.raw('id: 3\ndata: not json\n\n');
    server.streams[0]!.send(issuedEvent('4', 5));
    await until(() => seen.events.length === 2);
    expect(seen.errors.map((error) => error.name)).to.deep.equal(['MppContractError', 'MppContractError']);
    expect(seen.snapshots.map(waitingOf)).to.deep.equal([2, 5]);
    expect(server.streamRequests).to.have.length(1);
  });

  it('unsubscribe closes the stream and stops every timer and handler', async () => {
    const server = queueServer();
    const seen = record(server.fetch, { heartbeatInterval: 10 });
    await until(() => server.streams.length === 1);
    server.streams[0]!.send(snapshotEvent('1', 2));
    await until(() => seen.snapshots.length === 1);
    seen.unsubscribe();
    seen.unsubscribe(); // twice is harmless
    expect(server.streams[0]!.cancelled).to.equal(true);
    server.streams[0]!.send(issuedEvent('2', 3));
    await sleep(100); // well past the dead-stream timeout and the reconnect delay
    expect(server.streamRequests).to.have.length(1);
    expect(seen.snapshots).to.have.length(1);
    expect(seen.states).to.deep.equal(['connecting', 'live']);
  });

  it('unsubscribe stops polling', async () => {
    const server = queueServer(() => apiError(404, 'not_found'));
    const seen = record(server.fetch, { streamRetryInterval: 15 });
    await until(() => server.pollRequests.length >= 2);
    seen.unsubscribe();
    const streams = server.streamRequests.length;
    const polls = server.pollRequests.length;
    await sleep(80);
    expect(server.pollRequests.length).to.be.at.most(polls + 1); // one may have been in flight
    expect(server.streamRequests.length).to.equal(streams);
  });

  it('an abort signal ends the subscription like unsubscribe', async () => {
    const server = queueServer();
    const controller = new AbortController();
    record(server.fetch, { signal: controller.signal });
    await until(() => server.streams.length === 1);
    controller.abort();
    await until(() => server.streams[0]!.cancelled);
    await sleep(30);
    expect(server.streamRequests).to.have.length(1);
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
