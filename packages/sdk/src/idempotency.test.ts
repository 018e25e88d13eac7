import { HEADERS } from '@mpp-kit/contract';
import { expect } from '@open-wc/testing';
import { createClient } from './client.js';
import { BASE_URL, bookingInput, json, receipt, scriptedFetch, ticket } from './test-support/fake-server.js';
import { randomUuid } from './uuid.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const fast = { limit: 2, delay: 1, backoffLimit: 5 };

describe('Idempotency-Key', () => {
  it('is the same on a retry after the connection dropped mid-request', async () => {
    const { fetch, requests } = scriptedFetch(new TypeError('network connection was lost'), json(ticket, 201));
    const client = createClient({ baseUrl: BASE_URL, fetch, retry: fast });
    expect(await client.tickets.take({ serviceId: 'ktp-el' })).to.deep.equal(ticket);
    expect(requests).to.have.length(2);
    const [first, second] = requests.map((request) => request.headers.get(HEADERS.idempotencyKey));
    expect(first).to.match(UUID_V4);
    expect(second).to.equal(first);
    // The retry resends the same body.
    expect(await requests[1]?.json()).to.deep.equal({ serviceId: 'ktp-el' });
  });

  it('is the same across retries of bookings.create', async () => {
    const { fetch, requests } = scriptedFetch(
      new TypeError('reset'),
      new Response('', { status: 502 }),
      json(receipt, 201),
    );
    const client = createClient({ baseUrl: BASE_URL, fetch, retry: fast });
    await client.bookings.create(bookingInput);
    const keys = new Set(requests.map((request) => request.headers.get(HEADERS.idempotencyKey)));
    expect(requests).to.have.length(3);
    expect(keys.size).to.equal(1);
  });

  it('differs between two separate calls', async () => {
    const { fetch, requests } = scriptedFetch(json(ticket, 201));
    const client = createClient({ baseUrl: BASE_URL, fetch });
    await client.tickets.take({ serviceId: 'ktp-el' });
    await client.tickets.take({ serviceId: 'ktp-el' });
    const [first, second] = requests.map((request) => request.headers.get(HEADERS.idempotencyKey));
    expect(first).to.match(UUID_V4);
    expect(second).to.match(UUID_V4);
    expect(second).not.to.equal(first);
  });

  it('can be chosen by the caller', async () => {
    const { fetch, requests } = scriptedFetch(json(receipt, 201));
    await createClient({ baseUrl: BASE_URL, fetch }).bookings.create(bookingInput, { idempotencyKey: 'form-7' });
    expect(requests[0]?.headers.get(HEADERS.idempotencyKey)).to.equal('form-7');
  });

  it('is not sent by requests that do not honour it', async () => {
    const { fetch, requests } = scriptedFetch(json(ticket));
    await createClient({ baseUrl: BASE_URL, fetch }).tickets.cancel(ticket.id);
    expect(requests[0]?.headers.has(HEADERS.idempotencyKey)).to.equal(false);
  });
});

describe('randomUuid', () => {
  it('uses crypto.randomUUID when present', () => {
    expect(randomUuid({ randomUUID: () => 'from-native', getRandomValues: (array) => array })).to.equal('from-native');
  });

  it('builds a v4 UUID from getRandomValues when randomUUID is missing (plain-http pages)', () => {
    const source = { getRandomValues: (array: Uint8Array<ArrayBuffer>) => crypto.getRandomValues(array) };
    const ids = new Set(Array.from({ length: 50 }, () => randomUuid(source)));
    expect(ids.size).to.equal(50);
    for (const id of ids) expect(id).to.match(UUID_V4);
  });
});
