import { HEADERS } from '@mpp-kit/contract';
import { expect } from '@open-wc/testing';
import { createClient } from './client.js';
import { isMppConfigError } from './errors/config-error.js';
import { isMppValidationError, type MppValidationError } from './errors/validation-error.js';
import type { ClientOptions } from './options.js';
import {
  BASE_URL,
  bookingInput,
  counter,
  json,
  receipt,
  rejection,
  scriptedFetch,
  snapshot,
  ticket,
  without,
} from './test-support/fake-server.js';

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('createClient options', () => {
  for (const baseUrl of [
    'mpp.example.go.id',
    '/api',
    'ftp://mpp.example.go.id',
    'https://',
    'https://x.go.id/api?v=1',
  ]) {
    it(`rejects the base URL ${JSON.stringify(baseUrl)} with an MppConfigError naming it`, () => {
      const error = thrown(() => createClient({ baseUrl }));
      expect(isMppConfigError(error)).to.equal(true);
      expect((error as Error).message).to.contain('baseUrl');
    });
  }

  it('rejects an unknown option key, naming it', () => {
    const options = { baseUrl: BASE_URL, retries: 3 } as unknown as ClientOptions;
    const error = thrown(() => createClient(options));
    expect(isMppConfigError(error)).to.equal(true);
    expect((error as Error).message).to.contain('"retries"');
  });

  it('rejects malformed option values', () => {
    const bad = [
      { locale: 'fr' },
      { timeout: 0 },
      { timeout: -1 },
      { retry: { limit: 1.5 } },
      { retry: { tries: 3 } },
      { fetch: 'no' },
      { staffToken: '' },
      { headers: { 'X-Portal': 1 } },
    ];
    for (const extra of bad) {
      const error = thrown(() => createClient({ baseUrl: BASE_URL, ...extra } as unknown as ClientOptions));
      expect(isMppConfigError(error), JSON.stringify(extra)).to.equal(true);
    }
    expect(isMppConfigError(thrown(() => createClient(undefined as unknown as ClientOptions)))).to.equal(true);
  });

  it('builds URLs from the route table under the base path, encoding path parameters and queries', async () => {
    const { fetch, requests } = scriptedFetch(json(ticket), json({ items: [], nextCursor: null }));
    const client = createClient({ baseUrl: `${BASE_URL}/`, fetch });
    await client.tickets.get('t_8f2c');
    await client.services.list({ agency: 'dukcapil', q: 'akta kelahiran', limit: 10 });
    expect(requests[0]?.url).to.equal(`${BASE_URL}/v1/tickets/t_8f2c`);
    expect(requests[1]?.url).to.equal(`${BASE_URL}/v1/services?agency=dukcapil&q=akta+kelahiran&limit=10`);
  });

  it('sends Accept-Language id by default and en when asked', async () => {
    const { fetch, requests } = scriptedFetch(json(ticket));
    await createClient({ baseUrl: BASE_URL, fetch }).tickets.get(ticket.id);
    await createClient({ baseUrl: BASE_URL, fetch, locale: 'en' }).tickets.get(ticket.id);
    expect(requests.map((request) => request.headers.get(HEADERS.acceptLanguage))).to.deep.equal(['id', 'en']);
  });

  it('sends extra headers, but its own headers win', async () => {
    const { fetch, requests } = scriptedFetch(json(ticket));
    const headers = { 'X-Portal': 'kediri', [HEADERS.acceptLanguage]: 'fr' };
    await createClient({ baseUrl: BASE_URL, fetch, headers }).tickets.get(ticket.id);
    expect(requests[0]?.headers.get('X-Portal')).to.equal('kediri');
    expect(requests[0]?.headers.get(HEADERS.acceptLanguage)).to.equal('id');
  });
});

describe('staff token', () => {
  it('is sent as Authorization: Bearer on staff routes only', async () => {
    const { fetch, requests } = scriptedFetch(json({ counter, ticket }), json(ticket));
    const staff = createClient({ baseUrl: BASE_URL, fetch, staffToken: 'tok-123' });
    await staff.counters.callNext('loket-1');
    await staff.tickets.get(ticket.id);
    expect(requests[0]?.method).to.equal('POST');
    expect(requests[0]?.url).to.equal(`${BASE_URL}/v1/counters/loket-1/call-next`);
    expect(requests[0]?.headers.get(HEADERS.authorization)).to.equal('Bearer tok-123');
    expect(requests[1]?.headers.has(HEADERS.authorization)).to.equal(false);
  });

  it('staff methods without a staffToken throw MppConfigError before any request', async () => {
    const { fetch, requests } = scriptedFetch(json({ counter, ticket }));
    const client = createClient({ baseUrl: BASE_URL, fetch });
    const calls = [
      () => client.counters.callNext('loket-1'),
      () => client.counters.recall('loket-1'),
      () => client.counters.skip('loket-1'),
      () => client.counters.complete('loket-1'),
      () => client.counters.update('loket-1', { status: 'paused' }),
      () => client.bookings.checkIn('K7Q2M9'),
      () => client.bookings.checkInPreview('K7Q2M9'),
    ];
    for (const call of calls) {
      const error = await rejection(call());
      expect(isMppConfigError(error)).to.equal(true);
      expect((error as Error).message).to.contain('staffToken');
    }
    expect(requests).to.have.length(0);
  });

  it('counters.update sends a PATCH with the body', async () => {
    const { fetch, requests } = scriptedFetch(json({ ...counter, status: 'paused' }));
    const staff = createClient({ baseUrl: BASE_URL, fetch, staffToken: 'tok' });
    expect((await staff.counters.update('loket-1', { status: 'paused' })).status).to.equal('paused');
    expect(requests[0]?.method).to.equal('PATCH');
    expect(await requests[0]?.json()).to.deep.equal({ status: 'paused' });
  });
});

describe('input validation before sending', () => {
  it('an invalid NIK throws MppValidationError naming applicant.nik, without a request', async () => {
    const { fetch, requests } = scriptedFetch(json(receipt, 201));
    const input = { ...bookingInput, applicant: { ...bookingInput.applicant, nik: '9971011201900001' } };
    const error = (await rejection(
      createClient({ baseUrl: BASE_URL, fetch }).bookings.create(input),
    )) as MppValidationError;
    expect(isMppValidationError(error)).to.equal(true);
    expect(error.issues.map((issue) => issue.path)).to.deep.equal(['applicant.nik']);
    expect(error.issues[0]?.message).to.contain('NIK');
    expect(requests).to.have.length(0);
  });

  it('a missing serviceId and an unknown field are rejected', async () => {
    const { fetch, requests } = scriptedFetch(json(ticket, 201));
    const client = createClient({ baseUrl: BASE_URL, fetch });
    expect(isMppValidationError(await rejection(client.tickets.take({} as never)))).to.equal(true);
    const extra = { serviceId: 'ktp-el', priority: true } as never;
    expect(isMppValidationError(await rejection(client.tickets.take(extra)))).to.equal(true);
    expect(requests).to.have.length(0);
  });

  it('invalid queries and path ids are rejected', async () => {
    const { fetch, requests } = scriptedFetch(json(ticket));
    const client = createClient({ baseUrl: BASE_URL, fetch });
    expect(isMppValidationError(await rejection(client.services.list({ limit: 500 })))).to.equal(true);
    expect(isMppValidationError(await rejection(client.tickets.get('../admin')))).to.equal(true);
    expect(
      isMppValidationError(await rejection(client.bookings.availability('ktp-el', { from: '2025-02-30' }))),
    ).to.equal(true);
    expect(requests).to.have.length(0);
  });

  it('a valid booking is sent as entered, with its secret-free receipt validated', async () => {
    const { fetch, requests } = scriptedFetch(json(receipt, 201));
    expect(await createClient({ baseUrl: BASE_URL, fetch }).bookings.create(bookingInput)).to.deep.equal(receipt);
    expect(await requests[0]?.json()).to.deep.equal(bookingInput);
  });
});

describe('booking secret', () => {
  it('is sent as X-Booking-Secret, never in the URL', async () => {
    const booking = without(receipt, 'secret');
    const { fetch, requests } = scriptedFetch(json(booking), json(booking), json(receipt));
    const client = createClient({ baseUrl: BASE_URL, fetch });
    await client.bookings.get(receipt.code, receipt.secret);
    await client.bookings.cancel(receipt.code, receipt.secret);
    await client.bookings.reschedule(receipt.code, receipt.secret, { slotStart: '2025-03-04T09:00:00+07:00' });
    for (const request of requests) {
      expect(request.headers.get(HEADERS.bookingSecret)).to.equal('s3cr3t');
      expect(request.url).not.to.contain('s3cr3t');
    }
    expect(requests.map((request) => new URL(request.url).pathname)).to.deep.equal([
      '/api/v1/bookings/K7Q2M9',
      '/api/v1/bookings/K7Q2M9/cancel',
      '/api/v1/bookings/K7Q2M9/reschedule',
    ]);
  });

  it('an empty secret throws MppValidationError without a request', async () => {
    const { fetch, requests } = scriptedFetch(json(receipt));
    expect(
      isMppValidationError(await rejection(createClient({ baseUrl: BASE_URL, fetch }).bookings.get('K7Q2M9', ''))),
    ).to.equal(true);
    expect(requests).to.have.length(0);
  });
});

describe('resources', () => {
  it('queues.snapshot sends the filter and returns the snapshot', async () => {
    const { fetch, requests } = scriptedFetch(json(snapshot(4)));
    expect(await createClient({ baseUrl: BASE_URL, fetch }).queues.snapshot({ agency: 'dukcapil' })).to.deep.equal(
      snapshot(4),
    );
    expect(requests[0]?.url).to.equal(`${BASE_URL}/v1/queues?agency=dukcapil`);
  });
});
