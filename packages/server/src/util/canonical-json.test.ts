import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { canonicalJson } from './canonical-json.js';

describe('canonicalJson', () => {
  it('ignores key order and spacing, not values', () => {
    expect(canonicalJson(JSON.parse('{ "b": 1, "a": [ { "d": 2, "c": 3 } ] }'))).to.equal(
      '{"a":[{"c":3,"d":2}],"b":1}',
    );
    expect(canonicalJson({ a: 1 })).to.not.equal(canonicalJson({ a: '1' }));
    fc.assert(
      fc.property(fc.jsonValue(), (value) => canonicalJson(JSON.parse(JSON.stringify(value))) === canonicalJson(value)),
    );
  });
});
