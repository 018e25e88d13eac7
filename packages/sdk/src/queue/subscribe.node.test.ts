// The live queue in Node 20: a streaming fetch body read without EventSource,
// over an injected fetch, and no timer left behind (the test process would hang).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HEADERS, type QueueSnapshot } from '@mpp-kit/contract';
import { createClient } from '../index.js';
import type { FetchLike } from '../options.js';
import { BASE_URL, eventStream, issuedEvent, nth, snapshotEvent, until } from '../test-support/fake-server.js';
import type { ConnectionState } from './state.js';

test('subscribes over an injected fetch in Node and keeps the snapshot current', async () => {
  const streams: ReturnType<typeof eventStream>[] = [];
  const requests: Request[] = [];
  const fetch: FetchLike = (request) => {
    requests.push(request);
    const stream = eventStream();
    streams.push(stream);
    return stream.response();
  };
  const states: ConnectionState[] = [];
  const snapshots: QueueSnapshot[] = [];
  const client = createClient({ baseUrl: BASE_URL, fetch, locale: 'en' });
  const unsubscribe = client.queues.subscribe(
    { service: 'ktp-el' },
    { onStateChange: (state) => states.push(state), onSnapshot: (snapshot) => snapshots.push(snapshot) },
    { heartbeatInterval: 20, reconnectDelay: 1 },
  );

  await until(() => streams.length === 1);
  nth(streams, 0).send(snapshotEvent('1', 2));
  nth(streams, 0).send(issuedEvent('2', 3), true);
  await until(() => snapshots.length === 2);
  assert.deepEqual(
    snapshots.map((snapshot) => snapshot.services[0]?.waiting),
    [2, 3],
  );
  assert.equal(nth(requests, 0).url, `${BASE_URL}/v1/queues/stream?service=ktp-el`);
  assert.equal(nth(requests, 0).headers.get(HEADERS.acceptLanguage), 'en');

  // Silence: the stream is declared dead and resumed after the last event.
  await until(() => requests.length === 2);
  assert.equal(nth(requests, 1).headers.get(HEADERS.lastEventId), '2');
  assert.deepEqual(states.slice(0, 3), ['connecting', 'live', 'reconnecting']);

  unsubscribe();
  assert.equal(nth(streams, 0).cancelled, true);
  await until(() => streams[1]?.cancelled === true);
});
