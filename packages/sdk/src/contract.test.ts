import { expect } from '@open-wc/testing';
import { createClient } from './client.js';
import { isMppContractError, type MppContractError } from './errors/contract-error.js';
import { BASE_URL, json, scriptedFetch, service, ticket, without } from './test-support/fake-server.js';

async function contractError(body: Response): Promise<MppContractError> {
  const { fetch } = scriptedFetch(body);
  try {
    await createClient({ baseUrl: BASE_URL, fetch }).tickets.get(ticket.id);
  } catch (error) {
    expect(isMppContractError(error)).to.equal(true);
    return error as MppContractError;
  }
  throw new Error('expected an MppContractError');
}

describe('response validation against the contract', () => {
  it('a missing required field throws MppContractError naming the field', async () => {
    const error = await contractError(json(without(ticket, 'number')));
    expect(error.route).to.equal('GET /v1/tickets/{id}');
    expect(error.issues).to.deep.equal([{ path: 'number', code: 'invalid_type', message: 'wajib diisi / required' }]);
    expect(error.message).to.contain('number: wajib diisi / required');
  });

  it('a wrong type throws MppContractError with one issue per field', async () => {
    const error = await contractError(json({ ...ticket, position: 'third', status: 'lost' }));
    expect(error.issues.map((issue) => issue.path).sort()).to.deep.equal(['position', 'status']);
    expect(error.issues.find((issue) => issue.path === 'position')?.message).to.equal(
      'harus angka, bukan teks / expected a number, got a string',
    );
  });

  it('a non-JSON success body throws MppContractError', async () => {
    const error = await contractError(
      new Response('<html>maintenance</html>', { headers: { 'Content-Type': 'text/html' } }),
    );
    expect(error.issues.map((issue) => issue.code)).to.deep.equal(['invalid_json']);
    expect(error.message).to.contain('not JSON');
  });

  it('unknown extra fields are ignored (a newer server may add fields) and not returned', async () => {
    const { fetch } = scriptedFetch(json({ ...service, newField: 'from v1.3', requirements: [] }));
    const result = await createClient({ baseUrl: BASE_URL, fetch }).services.get(service.id);
    expect(result).to.deep.equal(service);
    expect(result).not.to.have.property('newField');
  });

  it('nested violations carry the path as the server writes it', async () => {
    const { fetch } = scriptedFetch(json({ items: [{ ...service, cost: { kind: 'fixed' } }], nextCursor: null }));
    try {
      await createClient({ baseUrl: BASE_URL, fetch }).services.list();
      throw new Error('expected an MppContractError');
    } catch (error) {
      expect(isMppContractError(error)).to.equal(true);
      expect((error as MppContractError).issues.map((issue) => issue.path)).to.deep.equal(['items[0].cost.amount']);
    }
  });
});
