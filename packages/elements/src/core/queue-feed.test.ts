// The page's shared live queue: one subscription per API, however many elements follow it.
import type { QueueCall } from '@mpp-kit/contract';
import type { FetchLike } from '@mpp-kit/sdk';
import type { BrowserServer } from '@mpp-kit/server/browser';
import { expect, waitUntil } from '@open-wc/testing';
import { queueClient, queueServer, staffClient } from '../test-support/server.js';
import { sharedCore } from './client.js';
import { joinQueueFeed, type QueueFeed, type QueueFeedListener } from './queue-feed.js';

/** A fetch to `server` that counts the stream requests and can refuse the stream. */
function countingFetch(server: BrowserServer, options: { refuseStream?: boolean } = {}) {
  const streams: Request[] = [];
  const fetch: FetchLike = (request) => {
    if (new URL(request.url).pathname.endsWith('/v1/queues/stream')) {
      streams.push(request);
      if (options.refuseStream) return new Response('{}', { status: 404 });
    }
    return server.fetch(request);
  };
  return { fetch, streams };
}

/** A listener that keeps what it heard. */
function recorder(): QueueFeedListener & { feed: QueueFeed | null; calls: QueueCall[] } {
  const heard = {
    feed: null as QueueFeed | null,
    calls: [] as QueueCall[],
    update(feed: QueueFeed, calls: readonly QueueCall[]) {
      heard.feed = feed;
      heard.calls.push(...calls);
    },
  };
  return heard;
}

/** Background tabs get timers at most once a second: waiting takes longer than one poll there. */
const patiently = { timeout: 10_000 };

const quickPolling = { pollInterval: 50, maxFailures: 1, reconnectDelay: 10, streamRetryInterval: 60_000 };

describe('joinQueueFeed', () => {
  it('opens one stream for every listener of an API, and closes it when the last one leaves', async () => {
    const server = queueServer();
    const { fetch, streams } = countingFetch(server);
    const core = queueClient(server, { fetch }).core;
    const first = recorder();
    const second = recorder();
    const leaveFirst = joinQueueFeed(core, first);
    const leaveSecond = joinQueueFeed(core, second);
    await waitUntil(() => first.feed?.state === 'live', 'the feed never went live', patiently);
    expect(streams).to.have.length(1);
    expect(second.feed).to.equal(first.feed);

    leaveFirst();
    expect(streams[0]?.signal.aborted).to.equal(false);
    leaveSecond();
    expect(streams[0]?.signal.aborted).to.equal(true);
  });

  it('gives a late listener the current queue at once', async () => {
    const server = queueServer();
    const core = queueClient(server).core;
    const early = recorder();
    const leave = joinQueueFeed(core, early);
    await waitUntil(() => early.feed?.snapshot !== null && early.feed?.state === 'live', undefined, patiently);
    const late = recorder();
    const leaveLate = joinQueueFeed(core, late);
    expect(late.feed?.snapshot?.counters).to.have.length(20);
    leaveLate();
    leave();
  });

  it('tells of each call once, as it happens, and not of the calls made before it joined', async () => {
    const server = queueServer();
    const citizen = queueClient(server);
    const staff = staffClient(server);
    await citizen.tickets.take({ serviceId: 'ktp-el' });
    await citizen.tickets.take({ serviceId: 'ktp-el' });
    await staff.counters.callNext('loket-1');
    const heard = recorder();
    const leave = joinQueueFeed(citizen.core, heard);
    await waitUntil(() => heard.feed?.state === 'live', undefined, patiently);

    await staff.counters.callNext('loket-2');
    await waitUntil(() => heard.calls.length > 0, 'the call never arrived', patiently);
    await staff.counters.recall('loket-2');
    await waitUntil(() => heard.calls.length > 1, 'the recall never arrived', patiently);
    expect(heard.calls.map((call) => [call.ticket.number, call.counter.name, call.recall])).to.deep.equal([
      ['A-002', 'Loket 2', false],
      ['A-002', 'Loket 2', true],
    ]);
    expect(heard.feed?.recentCalls.map((call) => call.recall)).to.deep.equal([true, false]);
    leave();
  });

  it('finds the calls between two polls when the stream is refused', async () => {
    const server = queueServer();
    const { fetch } = countingFetch(server, { refuseStream: true });
    const core = queueClient(server, { fetch }).core;
    const heard = recorder();
    const leave = joinQueueFeed(core, heard, quickPolling);
    await waitUntil(() => heard.feed?.state === 'polling' && heard.feed.snapshot !== null, undefined, patiently);

    await queueClient(server).tickets.take({ serviceId: 'ktp-el' });
    await staffClient(server).counters.callNext('loket-1');
    await waitUntil(() => heard.calls.length > 0, 'no poll saw the call', patiently);
    expect(heard.calls.map((call) => `${call.ticket.number} ${call.counter.id}`)).to.deep.equal(['A-001 loket-1']);
    leave();
  });

  it('keeps the server’s time, whatever the device’s clock says', async () => {
    const server = queueServer('2026-03-02T09:00:00+07:00');
    const heard = recorder();
    const leave = joinQueueFeed(queueClient(server).core, heard);
    await waitUntil(() => heard.feed?.snapshot !== null, undefined, patiently);
    const now = heard.feed?.serverNow().getTime() ?? 0;
    // The server's clock started minutes ago at that Monday morning; the device's says today.
    expect(Math.abs(now - Date.parse('2026-03-02T09:00:00+07:00'))).to.be.below(60_000);
    expect(heard.feed?.confirmedAt?.getTime()).to.be.closeTo(now, 60_000);
    leave();
  });

  it('shares one stream between the api-base clients of two languages', async () => {
    const server = queueServer();
    const original = globalThis.fetch;
    const { fetch, streams } = countingFetch(server);
    globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      return Promise.resolve(
        fetch(new Request(request.url.replace('https://feed.example.go.id/api', server.baseUrl), request)),
      );
    };
    try {
      const indonesian = recorder();
      const english = recorder();
      const leaveId = joinQueueFeed(sharedCore('https://feed.example.go.id/api', 'id'), indonesian);
      const leaveEn = joinQueueFeed(sharedCore('https://feed.example.go.id/api', 'en'), english);
      await waitUntil(() => indonesian.feed?.state === 'live', undefined, patiently);
      expect(english.feed).to.equal(indonesian.feed);
      expect(streams).to.have.length(1);
      leaveId();
      leaveEn();
    } finally {
      globalThis.fetch = original;
    }
  });
});
