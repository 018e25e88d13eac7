import { HEADERS } from '@mpp-kit/contract';
import { expect } from '@open-wc/testing';
import { createClient } from '../client.js';
import { BASE_URL, json, rejection, scriptedFetch, ticket } from '../test-support/fake-server.js';
import { MppApiError, isMppApiError } from './api-error.js';
import { codeForStatus, retryAfterSeconds } from './api-error-from.js';
import { MppConfigError, isMppConfigError } from './config-error.js';
import { MppContractError, isMppContractError } from './contract-error.js';
import { MppError, isMppError } from './mpp-error.js';
import { MppNetworkError, isMppNetworkError } from './network-error.js';
import { MppTimeoutError, isMppTimeoutError } from './timeout-error.js';
import { MppValidationError, isMppValidationError } from './validation-error.js';

const noRetry = { limit: 0 };

describe('error classes', () => {
  const cases = [
    [
      new MppApiError({ status: 409, code: 'slot_full', message: 'm', requestId: 'r', retryAfter: null, details: [] }),
      'MppApiError',
      isMppApiError,
    ],
    [new MppNetworkError(new TypeError('Failed to fetch')), 'MppNetworkError', isMppNetworkError],
    [new MppTimeoutError(100), 'MppTimeoutError', isMppTimeoutError],
    [new MppContractError('GET /v1/site', []), 'MppContractError', isMppContractError],
    [new MppConfigError('bad'), 'MppConfigError', isMppConfigError],
    [new MppValidationError('POST /v1/tickets', []), 'MppValidationError', isMppValidationError],
  ] as const;

  for (const [error, name, guard] of cases) {
    it(`${name} has a literal name, extends MppError and is recognised by its guard only`, () => {
      expect(error.name).to.equal(name);
      expect(error).to.be.instanceOf(MppError).and.instanceOf(Error);
      expect(isMppError(error)).to.equal(true);
      expect(guard(error)).to.equal(true);
      for (const [, otherName, otherGuard] of cases) if (otherName !== name) expect(otherGuard(error)).to.equal(false);
    });
  }

  it('guards work across realms: they read the name, not the prototype', () => {
    const foreign = Object.assign(new Error('from another copy'), { name: 'MppApiError' });
    expect(isMppApiError(foreign)).to.equal(true);
    expect(isMppError(foreign)).to.equal(true);
    expect(isMppError(new TypeError('x'))).to.equal(false);
    expect(isMppError(null)).to.equal(false);
    expect(isMppError('MppApiError')).to.equal(false);
  });

  it('MppNetworkError keeps the original failure as its cause', () => {
    const cause = new TypeError('Failed to fetch');
    expect(new MppNetworkError(cause).cause).to.equal(cause);
  });
});

describe('errors thrown by calls', () => {
  it('an error envelope becomes an MppApiError with code, message, requestId, retryAfter and details', async () => {
    const body = {
      error: {
        code: 'validation_failed',
        message: 'Data yang dikirim tidak valid.',
        requestId: 'req_42',
        details: [{ path: 'serviceId', message: 'wajib' }],
      },
    };
    const { fetch } = scriptedFetch(json(body, 422, { [HEADERS.retryAfter]: '7' }));
    const error = await rejection(createClient({ baseUrl: BASE_URL, fetch }).tickets.take({ serviceId: 'ktp-el' }));
    expect(isMppApiError(error)).to.equal(true);
    const api = error as MppApiError;
    expect(api.status).to.equal(422);
    expect(api.code).to.equal('validation_failed');
    expect(api.message).to.equal('Data yang dikirim tidak valid.');
    expect(api.requestId).to.equal('req_42');
    expect(api.retryAfter).to.equal(7);
    expect(api.details).to.deep.equal([{ path: 'serviceId', code: 'validation_failed', message: 'wajib' }]);
  });

  it('an HTML 502 page from a proxy still becomes an MppApiError coded from the status', async () => {
    const html = new Response('<html><body>Bad Gateway</body></html>', {
      status: 502,
      headers: { 'Content-Type': 'text/html' },
    });
    const { fetch } = scriptedFetch(html);
    const error = (await rejection(
      createClient({ baseUrl: BASE_URL, fetch, retry: noRetry }).site.get(),
    )) as MppApiError;
    expect(isMppApiError(error)).to.equal(true);
    expect(error.status).to.equal(502);
    expect(error.code).to.equal('unavailable');
    expect(error.requestId).to.equal(null);
    expect(error.message).to.contain('HTTP 502').and.contain('proxy');
  });

  it('a non-envelope 500 is "internal", a bare 404 is "not_found"', async () => {
    const { fetch } = scriptedFetch(new Response('oops', { status: 500 }), new Response(null, { status: 404 }));
    const client = createClient({ baseUrl: BASE_URL, fetch, retry: noRetry });
    expect(((await rejection(client.site.get())) as MppApiError).code).to.equal('internal');
    expect(((await rejection(client.tickets.get('t_1'))) as MppApiError).code).to.equal('not_found');
  });

  it('a rejected fetch becomes an MppNetworkError', async () => {
    const { fetch } = scriptedFetch(new TypeError('Failed to fetch'));
    const error = await rejection(createClient({ baseUrl: BASE_URL, fetch, retry: noRetry }).site.get());
    expect(isMppNetworkError(error)).to.equal(true);
  });

  it('a successful call returns the parsed body', async () => {
    const { fetch } = scriptedFetch(json(ticket));
    expect(await createClient({ baseUrl: BASE_URL, fetch }).tickets.get(ticket.id)).to.deep.equal(ticket);
  });
});

describe('reading error responses', () => {
  it('Retry-After is read as seconds or as an HTTP date', () => {
    const now = Date.parse('Wed, 21 Oct 2025 07:28:00 GMT');
    expect(retryAfterSeconds('120', now)).to.equal(120);
    expect(retryAfterSeconds('Wed, 21 Oct 2025 07:28:05 GMT', now)).to.equal(5);
    expect(retryAfterSeconds('Wed, 21 Oct 2025 07:00:00 GMT', now)).to.equal(0);
    expect(retryAfterSeconds('soon', now)).to.equal(null);
    expect(retryAfterSeconds(null, now)).to.equal(null);
  });

  it('a bare status maps to the contract code it stands for', () => {
    const codes = [400, 401, 403, 404, 409, 418, 422, 429, 500, 502, 503, 504, 507].map(codeForStatus);
    expect(codes).to.deep.equal([
      'bad_request',
      'unauthorized',
      'forbidden',
      'not_found',
      'conflict',
      'bad_request',
      'validation_failed',
      'rate_limited',
      'internal',
      'unavailable',
      'unavailable',
      'unavailable',
      'internal',
    ]);
  });
});
