import { ServiceSummaryPageSchema, TakeTicketInputSchema } from '@mpp-kit/contract';
import { expect } from '@open-wc/testing';
import { MppValidationError } from './errors/validation-error.js';
import { check } from './schema.js';
import { service } from './test-support/fake-server.js';

describe('check', () => {
  it('returns the parsed value', () => {
    expect(check(TakeTicketInputSchema, { serviceId: 'ktp-el' })).to.deep.equal({
      ok: true,
      data: { serviceId: 'ktp-el' },
    });
  });

  it('describes each problem as the server’s 422 details do, in both languages', () => {
    expect(check(TakeTicketInputSchema, { priority: true })).to.deep.equal({
      ok: false,
      issues: [
        { path: 'serviceId', code: 'invalid_type', message: 'wajib diisi / required' },
        { path: 'priority', code: 'unrecognized_keys', message: 'kolom tidak dikenal / unknown field' },
      ],
    });
  });

  it('writes nested paths with positions in brackets', () => {
    const page = { items: [{ ...service, cost: { kind: 'fixed', amount: -1 } }], nextCursor: null };
    const result = check(ServiceSummaryPageSchema, page);
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).to.deep.equal(['items[0].cost.amount']);
  });

  it('gives MppValidationError a message naming each field', () => {
    const result = check(TakeTicketInputSchema, { serviceId: 12 });
    const error = new MppValidationError('POST /v1/tickets', result.ok ? [] : result.issues);
    expect(error.message).to.equal(
      'Masukan tidak valid / Invalid input (POST /v1/tickets): serviceId: harus teks, bukan angka / expected a string, got a number',
    );
  });
});
