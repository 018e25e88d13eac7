import { MppConfigError } from '@mpp-kit/sdk';
import { expect } from '@open-wc/testing';
import { apiBaseSource, fixedSource, sharedCore } from './client.js';
import { testClient } from '../test-support/server.js';

describe('sharedCore', () => {
  it('shares one client core per base URL and language', () => {
    const first = sharedCore('https://share.example.go.id/api', 'id');
    expect(sharedCore('https://share.example.go.id/api/', 'id')).to.equal(first);
    expect(sharedCore('https://share.example.go.id/api', 'en')).to.not.equal(first);
    expect(sharedCore('https://other.example.go.id/api', 'id')).to.not.equal(first);
  });

  it('resolves a relative base URL against the page', () => {
    expect(sharedCore('/share-api', 'id', 'https://portal.example.go.id/layanan/')).to.equal(
      sharedCore('https://portal.example.go.id/share-api', 'id'),
    );
  });

  it('throws the same configuration error every time for a base URL it cannot use', () => {
    const attempt = (apiBase: string): unknown => {
      try {
        sharedCore(apiBase, 'id', 'https://portal.example.go.id/');
        return null;
      } catch (error) {
        return error;
      }
    };
    for (const apiBase of ['http://[broken', 'ftp://files.example.go.id/api', 'https://mpp.example.go.id/api?x=1']) {
      const error = attempt(apiBase);
      expect(error, apiBase).to.be.instanceOf(MppConfigError);
      expect(attempt(apiBase)).to.equal(error);
    }
  });
});

describe('client sources', () => {
  it("answer with the shared core of each language, or with one fixed client's core", () => {
    const source = apiBaseSource('https://source.example.go.id/api');
    expect(source.coreFor('en')).to.equal(sharedCore('https://source.example.go.id/api', 'en'));
    const client = testClient();
    expect(fixedSource(client).coreFor('en')).to.equal(client.core);
  });
});
