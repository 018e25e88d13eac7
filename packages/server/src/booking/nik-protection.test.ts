import { expect } from '@open-wc/testing';
import { createDataProtection } from './nik-protection.js';

const NIK = '3571015505900001';

describe('data protection (Web Crypto)', () => {
  it('hashes with a key: stable, secret-dependent and separated by domain', async () => {
    const one = await createDataProtection('first secret, long enough');
    const two = await createDataProtection('other secret, long enough');
    const hash = await one.hash('nik', NIK);
    expect(hash).to.match(/^[\w-]{43}$/);
    expect(await one.hash('nik', NIK)).to.equal(hash);
    expect(await two.hash('nik', NIK)).to.not.equal(hash);
    expect(await one.hash('booking-secret', NIK)).to.not.equal(hash);
    expect(hash).to.not.contain(NIK);
  });

  it('encrypts with a fresh IV each time and decrypts only with the same secret', async () => {
    const one = await createDataProtection('first secret, long enough');
    const sealed = await one.seal(JSON.stringify({ nik: NIK }));
    expect(sealed.startsWith('v1.')).to.equal(true);
    expect(sealed).to.not.contain(NIK);
    expect(await one.seal(JSON.stringify({ nik: NIK }))).to.not.equal(sealed);
    expect(JSON.parse(await one.open(sealed))).to.deep.equal({ nik: NIK });
    const other = await createDataProtection('other secret, long enough');
    let failed = false;
    await other.open(sealed).catch(() => (failed = true));
    expect(failed).to.equal(true);
    const tampered = `${sealed.slice(0, -2)}${sealed.endsWith('A') ? 'B' : 'A'}A`;
    failed = false;
    await one.open(tampered).catch(() => (failed = true));
    expect(failed).to.equal(true);
  });

  it('refuses a short secret', async () => {
    let error: unknown;
    await createDataProtection('short').catch((caught: unknown) => (error = caught));
    expect(error).to.be.instanceOf(TypeError);
  });
});
