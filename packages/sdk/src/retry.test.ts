import { HEADERS } from '@mpp-kit/contract';
import { expect } from '@open-wc/testing';
import { createClient } from './client.js';
import { isMppApiError, type MppApiError } from './errors/api-error.js';
import { isMppNetworkError } from './errors/network-error.js';
import { isMppTimeoutError } from './errors/timeout-error.js';
import { backoff } from './retry.js';
import { apiError, BASE_URL, json, rejection, scriptedFetch, ticket, type Reply } from './test-support/fake-server.js';

const fast = { limit: 2, delay: 1, backoffLimit: 5 };

function clientOver(replies: Reply[], retry: object = fast, timeout?: number) {
  const server = scriptedFetch(...replies);
  const client = createClient({ baseUrl: BASE_URL, fetch: server.fetch, retry, ...(timeout ? { timeout } : {}) });
  return { client, requests: server.requests };
}

describe('retry policy', () => {
  for (const status of [408, 429, 500, 502, 503, 504]) {
    it(`retries a GET answered ${status}`, async () => {
      const { client, requests } = clientOver([apiError(status, 'unavailable'), json(ticket)]);
      expect(await client.tickets.get(ticket.id)).to.deep.equal(ticket);
      expect(requests).to.have.length(2);
    });
  }

  for (const status of [400, 401, 403, 404, 409, 422]) {
    it(`never retries ${status}`, async () => {
      const { client, requests } = clientOver([apiError(status, 'conflict'), json(ticket)]);
      const error = await rejection(client.tickets.get(ticket.id));
      expect((error as MppApiError).status).to.equal(status);
      expect(requests).to.have.length(1);
    });
  }

  it('retries a GET after a network error', async () => {
    const { client, requests } = clientOver([new TypeError('Failed to fetch'), json(ticket)]);
    expect(await client.tickets.get(ticket.id)).to.deep.equal(ticket);
    expect(requests).to.have.length(2);
  });

  it('stops at the attempt cap (limit retries after the first attempt) and throws the last error', async () => {
    const { client, requests } = clientOver([apiError(503, 'unavailable')], { ...fast, limit: 3 });
    const error = await rejection(client.site.get());
    expect(isMppApiError(error) && error.code).to.equal('unavailable');
    expect(requests).to.have.length(4);
  });

  it('limit 0 turns retrying off', async () => {
    const { client, requests } = clientOver([apiError(503, 'unavailable'), json(ticket)], { limit: 0 });
    await rejection(client.tickets.get(ticket.id));
    expect(requests).to.have.length(1);
  });

  it('honours Retry-After: a 2 s wait outlasts a 300 ms call timeout although backoff is 1 ms', async () => {
    const { client, requests } = clientOver(
      [apiError(429, 'rate_limited', { [HEADERS.retryAfter]: '2' }), json(ticket)],
      fast,
      300,
    );
    const error = await rejection(client.tickets.get(ticket.id));
    expect(isMppTimeoutError(error)).to.equal(true);
    expect(requests).to.have.length(1);
  });

  it('caps Retry-After at maxRetryAfter: an hour-long wait becomes 10 ms and the retry succeeds', async () => {
    const { client, requests } = clientOver(
      [apiError(503, 'unavailable', { [HEADERS.retryAfter]: '3600' }), json(ticket)],
      { ...fast, maxRetryAfter: 10 },
      5_000,
    );
    expect(await client.tickets.get(ticket.id)).to.deep.equal(ticket);
    expect(requests).to.have.length(2);
  });

  it('retries tickets.take (it carries an Idempotency-Key) on 503', async () => {
    const { client, requests } = clientOver([apiError(503, 'unavailable'), json(ticket, 201)]);
    expect(await client.tickets.take({ serviceId: 'ktp-el' })).to.deep.equal(ticket);
    expect(requests).to.have.length(2);
  });

  it('never retries other POSTs (tickets.cancel), neither on 503 nor on a network error', async () => {
    const first = clientOver([apiError(503, 'unavailable'), json(ticket)]);
    await rejection(first.client.tickets.cancel(ticket.id));
    expect(first.requests).to.have.length(1);

    const second = clientOver([new TypeError('connection reset'), json(ticket)]);
    expect(isMppNetworkError(await rejection(second.client.tickets.cancel(ticket.id)))).to.equal(true);
    expect(second.requests).to.have.length(1);
  });

  it('retries tickets.take with the same key when its answer is cut off mid-body', async () => {
    const { client, requests } = clientOver([cutShort(json(ticket, 201)), json(ticket, 201)]);
    expect(await client.tickets.take({ serviceId: 'ktp-el' })).to.deep.equal(ticket);
    const keys = requests.map((request) => request.headers.get(HEADERS.idempotencyKey));
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
  });

  it('retries a GET whose answer is cut off mid-body, an error answer too', async () => {
    const { client, requests } = clientOver([
      cutShort(json(ticket)),
      cutShort(apiError(503, 'unavailable')),
      json(ticket),
    ]);
    expect(await client.tickets.get(ticket.id)).to.deep.equal(ticket);
    expect(requests).to.have.length(3);
  });

  it('never retries another POST cut off mid-body: it may have been done', async () => {
    const { client, requests } = clientOver([cutShort(json(ticket)), json(ticket)]);
    expect(isMppNetworkError(await rejection(client.tickets.cancel(ticket.id)))).to.equal(true);
    expect(requests).to.have.length(1);
  });
});

/**
 * A reply whose head arrives whole and whose body breaks off halfway, as when
 * the connection drops: reading it fails with fetch's TypeError.
 */
function cutShort(answer: Response): () => Promise<Response> {
  return async () => {
    const bytes = new Uint8Array(await answer.clone().arrayBuffer());
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, bytes.length >> 1));
        controller.error(new TypeError('network error: the connection was reset'));
      },
    });
    return new Response(body, { status: answer.status, headers: answer.headers });
  };
}

describe('backoff', () => {
  it('doubles from delay per attempt, up to backoffLimit', () => {
    const policy = { delay: 100, backoffLimit: 1_000, jitter: false };
    expect([1, 2, 3, 4, 5, 6].map((attempt) => backoff(attempt, policy))).to.deep.equal([
      100, 200, 400, 800, 1_000, 1_000,
    ]);
  });

  it('with jitter, waits a random share of the capped wait (full jitter)', () => {
    const policy = { delay: 100, backoffLimit: 1_000, jitter: true };
    expect(backoff(3, policy, () => 0)).to.equal(0);
    expect(backoff(3, policy, () => 0.5)).to.equal(200);
    expect(backoff(9, policy, () => 0.5)).to.equal(500);
  });
});
