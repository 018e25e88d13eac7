import { expect } from '@open-wc/testing';
import { validSeed } from '../test-support/seed-drafts.js';
import { formatSeedIssues } from './seed-messages.js';
import { SeedSchema } from './seed.js';

describe('formatSeedIssues', () => {
  it('writes one line per problem, path first; the whole file is "seed"', () => {
    expect(
      formatSeedIssues([
        { code: 'custom', message: 'a / b', path: ['services', 3, 'agencyId'], input: undefined },
        { code: 'custom', message: 'c / d', path: [], input: undefined },
        { code: 'unrecognized_keys', keys: ['$schema', 'my key'], message: 'Invalid input', path: ['site'], input: {} },
      ]),
    ).to.deep.equal([
      'services[3].agencyId: a / b',
      'seed: c / d',
      'site.$schema: kolom tidak dikenal / unknown field',
      'site["my key"]: kolom tidak dikenal / unknown field',
    ]);
  });

  it('says "expected" without the input when parsing did not report it', () => {
    const result = SeedSchema.safeParse({ ...validSeed(), version: '1', agencies: 'none' });
    expect(formatSeedIssues(result.error?.issues ?? [])).to.deep.equal([
      'version: harus 1 / must be 1',
      'agencies: harus daftar (array) / expected an array',
    ]);
  });
});
