import { expect } from '@open-wc/testing';
import { HEADERS, QueueEventSchema, SiteSchema, TicketSchema } from '@mpp-kit/contract';
import { createBrowserServer } from './browser.js';
import { fixedClock } from './time/clock.js';
import { fixtureSeed, MONDAY_9AM } from './test-support/fixture-seed.js';
import { StreamReader } from './test-support/sse.js';

describe('createBrowserServer', () => {
  it('answers fetch calls under its base URL, staff routes with its token', async () => {
    const server = createBrowserServer({
      seed: fixtureSeed(),
      clock: fixedClock(MONDAY_9AM),
      baseUrl: 'https://mpp.test/api/',
    });
    expect(server.baseUrl).to.equal('https://mpp.test/api');
    const taken = await server.fetch(`${server.baseUrl}/v1/tickets`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ serviceId: 'ktp-el' }),
    });
    expect(taken.status).to.equal(201);
    expect(TicketSchema.parse(await taken.json()).number).to.equal('A-001');
    const called = await server.fetch(
      new Request(`${server.baseUrl}/v1/counters/loket-1/call-next`, {
        method: 'POST',
        headers: { [HEADERS.authorization]: `Bearer ${server.staffToken}` },
      }),
    );
    expect(called.status).to.equal(200);
    expect((await server.store.getCounter('loket-1'))?.currentTicketId).to.be.a('string');
    let error: unknown;
    await server.fetch('https://elsewhere.test/v1/site').catch((caught: unknown) => (error = caught));
    expect(error).to.be.instanceOf(TypeError);
  });

  it('serves the bundled Kota Kediri seed by default', async () => {
    const server = createBrowserServer();
    const agencies = (await (await server.fetch(`${server.baseUrl}/v1/agencies`)).json()) as { items: unknown[] };
    expect(agencies.items.length).to.equal(13);
    const site = (await (await server.fetch(`${server.baseUrl}/v1/site`)).json()) as { regency: string };
    expect(site.regency).to.equal('Kota Kediri');
  });

  it('takes the retention of personal data like the Node server, and states it on the site', async () => {
    const server = createBrowserServer({ seed: fixtureSeed(), clock: fixedClock(MONDAY_9AM), retentionDays: 7 });
    const site = SiteSchema.parse(await (await server.fetch(`${server.baseUrl}/v1/site`)).json());
    expect(site.personalData).to.deep.equal({ retentionDays: 7 });
    const byDefault = createBrowserServer({ seed: fixtureSeed(), clock: fixedClock(MONDAY_9AM) });
    const standard = SiteSchema.parse(await (await byDefault.fetch(`${byDefault.baseUrl}/v1/site`)).json());
    expect(standard.personalData).to.deep.equal({ retentionDays: 30 });
    expect(() => createBrowserServer({ retentionDays: 0 })).to.throw(TypeError, /retentionDays/);
  });

  it('streams the live queue through fetch', async () => {
    const server = createBrowserServer({ seed: fixtureSeed(), clock: fixedClock(MONDAY_9AM) });
    const controller = new AbortController();
    const response = await server.fetch(`${server.baseUrl}/v1/queues/stream?service=kk`, { signal: controller.signal });
    const stream = new StreamReader(response);
    await stream.waitForEvents(1);
    await server.fetch(`${server.baseUrl}/v1/tickets`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"serviceId":"kk"}',
    });
    const [snapshot, issued] = await stream.waitForEvents(2);
    expect(QueueEventSchema.parse(snapshot).type).to.equal('snapshot');
    expect(issued?.type === 'ticket.issued' && issued.ticket.number).to.equal('B-001');
    await stream.close();
  });
});
