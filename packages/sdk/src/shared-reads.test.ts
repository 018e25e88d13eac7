// Identical reads of one core share a request and, for `cacheTime`, its answer:
// against the real server running in the page, counting the requests it gets.
import { HEADERS } from '@mpp-kit/contract';
import { startingAt } from '@mpp-kit/server';
import { createBrowserServer } from '@mpp-kit/server/browser';
import { expect } from '@open-wc/testing';
import { createClient } from './client.js';
import { isMppApiError } from './errors/api-error.js';
import type { ClientOptions } from './options.js';
import { rejection, until } from './test-support/fake-server.js';

/** A Monday of the Kediri seed, 09:00 WIB: the MPP is open, tickets can be taken. */
const MONDAY_9AM = '2026-03-02T09:00:00+07:00';

/**
 * A client over the in-page server that records every request it sends. With
 * `held`, requests wait at a gate until `release()`, so a test can act while
 * they are in flight.
 */
function setUp(options: Partial<ClientOptions> = {}, held = false) {
  const server = createBrowserServer({ clock: startingAt(MONDAY_9AM) });
  const requests: Request[] = [];
  let release = (): void => undefined;
  const gate = held ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
  const fetch = async (request: Request): Promise<Response> => {
    requests.push(request);
    await gate;
    return server.fetch(request);
  };
  const client = createClient({ baseUrl: server.baseUrl, fetch, ...options });
  /** How many requests went to `path` (after the base URL, query included). */
  const sent = (path: string, method = 'GET'): number =>
    requests.filter((request) => request.method === method && request.url === `${server.baseUrl}${path}`).length;
  return { server, client, requests, sent, release };
}

describe('shared reads', () => {
  it('two identical reads at once make one request, and each caller gets a copy of its own', async () => {
    const { client, sent } = setUp();
    const [first, second] = await Promise.all([client.services.list({ q: 'ktp' }), client.services.list({ q: 'ktp' })]);
    expect(sent('/v1/services?q=ktp')).to.equal(1);
    expect(second).to.deep.equal(first);
    expect(second).not.to.equal(first);
    first.items.length = 0;
    const again = await client.services.list({ q: 'ktp' });
    expect(again.items).to.deep.equal(second.items);
    expect(again.items.length).to.be.greaterThan(0);
  });

  it('a read soon after reuses the answer (an element remounted); another URL is its own request', async () => {
    const { client, sent } = setUp();
    const site = await client.site.get();
    expect(await client.site.get()).to.deep.equal(site);
    await client.services.list({ q: 'ktp' });
    await client.services.list({ q: 'paspor' });
    expect([sent('/v1/site'), sent('/v1/services?q=ktp'), sent('/v1/services?q=paspor')]).to.deep.equal([1, 1, 1]);
  });

  it('an answer is kept for cacheTime only', async () => {
    const { client, sent } = setUp({ cacheTime: 1 });
    await client.site.get();
    await new Promise((resolve) => setTimeout(resolve, 20)); // well past the 1 ms it is kept
    await client.site.get();
    expect(sent('/v1/site')).to.equal(2);
  });

  it('cacheTime 0 turns sharing and keeping off', async () => {
    const { client, sent } = setUp({ cacheTime: 0 });
    await Promise.all([client.site.get(), client.site.get()]);
    await client.site.get();
    expect(sent('/v1/site')).to.equal(3);
  });

  it('one caller aborting ends its own call only: the others still get the answer', async () => {
    const { client, requests, sent, release } = setUp({}, true);
    const leaving = new AbortController();
    const left = rejection(client.site.get({ signal: leaving.signal }));
    const staying = client.site.get();
    await until(() => requests.length === 1);
    leaving.abort();
    expect(await left).to.have.property('name', 'AbortError');
    expect(requests[0]?.signal.aborted, 'the shared request goes on').to.equal(false);
    release();
    expect((await staying).id).to.be.a('string');
    expect(sent('/v1/site')).to.equal(1);
  });

  it('the request is aborted once every caller has aborted, and a new read starts afresh', async () => {
    const { client, requests, sent, release } = setUp({}, true);
    const callers = [new AbortController(), new AbortController()];
    const calls = callers.map((caller) => rejection(client.site.get({ signal: caller.signal })));
    await until(() => requests.length === 1);
    callers[0]?.abort();
    expect(requests[0]?.signal.aborted).to.equal(false);
    callers[1]?.abort();
    expect(requests[0]?.signal.aborted).to.equal(true);
    for (const call of calls) expect(await call).to.have.property('name', 'AbortError');
    release();
    await client.site.get();
    expect(sent('/v1/site')).to.equal(2);
  });

  it('a failure is not kept: the next read asks again', async () => {
    const { client, sent } = setUp();
    const errors = await Promise.all([
      rejection(client.services.get('tidak-ada')),
      rejection(client.services.get('tidak-ada')),
    ]);
    expect(errors.every((error) => isMppApiError(error) && error.code === 'not_found')).to.equal(true);
    expect(sent('/v1/services/tidak-ada')).to.equal(1);
    await rejection(client.services.get('tidak-ada'));
    expect(sent('/v1/services/tidak-ada')).to.equal(2);
  });

  it('a live answer (the queue: no-store) is shared while in flight, never kept', async () => {
    const { client, sent } = setUp();
    await Promise.all([client.queues.snapshot({ service: 'ktp-el' }), client.queues.snapshot({ service: 'ktp-el' })]);
    expect(sent('/v1/queues?service=ktp-el')).to.equal(1);
    await client.queues.snapshot({ service: 'ktp-el' });
    expect(sent('/v1/queues?service=ktp-el')).to.equal(2);
  });

  it('writes are never shared, and a write empties what is kept so the next read asks again', async () => {
    const { client, sent } = setUp();
    await client.stats.get();
    await client.stats.get();
    expect(sent('/v1/stats'), 'statistics are kept a moment').to.equal(1);
    await Promise.all([client.tickets.take({ serviceId: 'ktp-el' }), client.tickets.take({ serviceId: 'ktp-el' })]);
    expect(sent('/v1/tickets', 'POST')).to.equal(2);
    await client.stats.get();
    expect(sent('/v1/stats')).to.equal(2);
  });

  it('a booking read with its secret is never shared', async () => {
    const { client, sent } = setUp();
    const { days } = await client.bookings.availability('ktp-el', { from: '2026-03-03', to: '2026-03-03' });
    const slot = days[0]?.slots.find((candidate) => candidate.remaining > 0);
    if (!slot) throw new Error('no free slot');
    const receipt = await client.bookings.create({
      serviceId: 'ktp-el',
      slotStart: slot.start,
      applicant: { name: 'Siti Rahayu', nik: '3571014507950003', phone: '0812-3456-7890' },
      consent: true,
    });
    await Promise.all([
      client.bookings.get(receipt.code, receipt.secret),
      client.bookings.get(receipt.code, receipt.secret),
    ]);
    await client.bookings.get(receipt.code, receipt.secret);
    expect(sent(`/v1/bookings/${receipt.code}`)).to.equal(3);
  });

  it('a core that sends credentials shares nothing, not even its public reads', async () => {
    const { server } = setUp();
    for (const options of [{ staffToken: server.staffToken }, { headers: { authorization: 'Bearer portal-sso' } }]) {
      const { client, sent } = setUp(options);
      await Promise.all([client.site.get(), client.site.get()]);
      await client.site.get();
      expect(sent('/v1/site'), JSON.stringify(options)).to.equal(3);
    }
    const { client, requests } = setUp({ headers: { [HEADERS.bookingSecret]: 'x' } });
    await Promise.all([client.site.get(), client.site.get()]);
    expect(requests).to.have.length(2);
  });

  it('each live subscription opens its own stream', async () => {
    const { client, sent } = setUp();
    await client.queues.snapshot({ service: 'ktp-el' });
    const stops = [0, 1].map(() => client.queues.subscribe({ service: 'ktp-el' }, {}));
    await until(() => sent('/v1/queues/stream?service=ktp-el') === 2);
    for (const stop of stops) stop();
  });
});
