import { expect } from '@open-wc/testing';
import { base64url, constantTimeEqual, fromBase64url, randomBytes, randomToken } from './bytes.js';

describe('bytes', () => {
  it('hands out every pooled random byte once, across refills, and never changes bytes handed out', () => {
    const first = randomBytes(16);
    const kept = Uint8Array.from(first);
    // 600 tokens of 16 bytes run through the 4 KiB pool more than twice.
    const tokens = Array.from({ length: 600 }, () => randomToken());
    for (const token of tokens) expect(token).to.match(/^[\w-]{22}$/);
    expect(new Set([base64url(first), ...tokens]).size).to.equal(601);
    expect(first).to.deep.equal(kept);
    // Odd sizes that straddle the end of a pool, and one larger than the pool.
    const sizes = [7, 4095, 13, 5000, 1];
    expect(sizes.map((size) => randomBytes(size).length)).to.deep.equal(sizes);
  });

  it('draws bytes that look uniform: every value shows up in 64 KiB', () => {
    const seen = new Set<number>();
    for (let round = 0; round < 64; round += 1) for (const byte of randomBytes(1024)) seen.add(byte);
    expect(seen.size).to.equal(256);
  });

  it('encodes base64url without padding and decodes it back', () => {
    expect(base64url(new Uint8Array([251, 255]))).to.equal('-_8');
    expect([...fromBase64url('-_8')]).to.deep.equal([251, 255]);
    expect(() => fromBase64url('a+b')).to.throw();
    expect([
      constantTimeEqual('abc', 'abc'),
      constantTimeEqual('abc', 'abd'),
      constantTimeEqual('abc', 'ab'),
    ]).to.deep.equal([true, false, false]);
  });
});
