import { HEADERS } from '@mpp-kit/contract';
import { expect } from '@open-wc/testing';
import { createClient } from './client.js';
import { baseUrlOf, createCore, withStaffToken } from './core.js';
import { countersResource } from './resources/counters.js';
import { isMppConfigError } from './errors/config-error.js';
import { isMppValidationError } from './errors/validation-error.js';
import { servicesResource } from './resources/services.js';
import { siteResource } from './resources/site.js';
import { ticketsResource } from './resources/tickets.js';
import { BASE_URL, json, rejection, scriptedFetch, service, ticket } from './test-support/fake-server.js';

describe('a client of only the resources a page uses', () => {
  it('reads through resources built over one core, with the core options', async () => {
    const { fetch, requests } = scriptedFetch(json({ items: [], nextCursor: null }), json(service));
    const core = createCore({ baseUrl: BASE_URL, fetch, locale: 'en', headers: { 'X-Portal': 'kediri' } });
    const catalog = { services: servicesResource(core) };
    await catalog.services.list({ q: 'ktp' });
    expect(await catalog.services.get('ktp-el')).to.deep.equal(service);
    expect(requests.map((request) => request.url)).to.deep.equal([
      `${BASE_URL}/v1/services?q=ktp`,
      `${BASE_URL}/v1/services/ktp-el`,
    ]);
    expect(requests.every((request) => request.headers.get(HEADERS.acceptLanguage) === 'en')).to.equal(true);
    expect(requests.every((request) => request.headers.get('X-Portal') === 'kediri')).to.equal(true);
  });

  it('validates inputs and answers like the full client', async () => {
    const { fetch, requests } = scriptedFetch(json({ ...ticket, number: 12 }));
    const tickets = ticketsResource(createCore({ baseUrl: BASE_URL, fetch }));
    expect(isMppValidationError(await rejection(tickets.take({ serviceId: '' })))).to.equal(true);
    expect(requests).to.have.length(0);
    expect(await rejection(tickets.get('t_8f2c'))).to.have.property('name', 'MppContractError');
  });

  it('rejects bad options when the core is made, as createClient does', () => {
    expect(() => createCore({ baseUrl: '/relative' }))
      .to.throw()
      .that.satisfies(isMppConfigError);
  });

  it("is what createClient builds on: a client's core makes more resources with the same settings", async () => {
    const { fetch, requests } = scriptedFetch(json({ message: 'not a site' }));
    const client = createClient({ baseUrl: BASE_URL, fetch, staffToken: 'staff-secret' });
    await rejection(siteResource(client.core).get());
    expect(requests[0]?.url).to.equal(`${BASE_URL}/v1/site`);
    expect(requests[0]?.headers.get(HEADERS.acceptLanguage)).to.equal('id');
  });

  it('tells its base URL, normalised', () => {
    expect(baseUrlOf(createCore({ baseUrl: `${BASE_URL}/` }))).to.equal(BASE_URL);
  });

  it('makes a staff core on the same API that sends the token, leaving the first core without it', async () => {
    const result = {
      counter: { id: 'loket-1', name: 'Loket 1', agencyId: 'dukcapil', serviceIds: [], status: 'open' },
      ticket: null,
    };
    const { fetch, requests } = scriptedFetch(json(result));
    const core = createCore({ baseUrl: BASE_URL, fetch, headers: { 'X-Portal': 'kediri' } });
    const staff = withStaffToken(core, 'rahasia-petugas', 'en');
    expect(await countersResource(staff).callNext('loket-1')).to.deep.equal(result);
    const [request] = requests;
    expect(request?.url).to.equal(`${BASE_URL}/v1/counters/loket-1/call-next`);
    expect(request?.headers.get('Authorization')).to.equal('Bearer rahasia-petugas');
    expect(request?.headers.get('X-Portal')).to.equal('kediri');
    expect(request?.headers.get(HEADERS.acceptLanguage)).to.equal('en');
    expect(isMppConfigError(await rejection(countersResource(core).callNext('loket-1')))).to.equal(true);
    expect(() => withStaffToken(core, ''))
      .to.throw()
      .that.satisfies(isMppConfigError);
  });
});
