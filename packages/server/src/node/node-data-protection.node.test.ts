// The node:crypto data protection against the Web Crypto one: the same hashes,
// and each opens what the other sealed, so a database never depends on which
// implementation wrote it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createDataProtection } from '../booking/nik-protection.js';
import { createNodeDataProtection } from './node-data-protection.js';

const SECRET = 'a-server-secret-of-enough-length';
/** Secrets of any characters (also outside ASCII), at least 16 UTF-16 units long. */
const secrets = fc.string({ minLength: 16, maxLength: 64, unit: 'binary' });
const texts = fc.string({ maxLength: 200, unit: 'binary' });

test('gives the same keyed hashes as Web Crypto, for any secret, domain and value', async () => {
  await fc.assert(
    fc.asyncProperty(secrets, texts, texts, async (secret, domain, value) => {
      const [web, node] = await Promise.all([createDataProtection(secret), createNodeDataProtection(secret)]);
      assert.equal(await node.hash(domain, value), await web.hash(domain, value));
    }),
    { numRuns: 100 },
  );
  const node = await createNodeDataProtection(SECRET);
  assert.match(await node.hash('nik', '3571015505900001'), /^[\w-]{43}$/);
  assert.notEqual(await node.hash('nik', 'a:b'), await node.hash('nik:a', 'b'));
});

test('opens what Web Crypto sealed, and Web Crypto opens what it sealed', async () => {
  const [web, node] = await Promise.all([createDataProtection(SECRET), createNodeDataProtection(SECRET)]);
  await fc.assert(
    fc.asyncProperty(texts, async (plain) => {
      const byNode = await node.seal(plain);
      const byWeb = await web.seal(plain);
      assert.ok(byNode.startsWith('v1.'));
      // Same layout: prefix, 12-byte IV, ciphertext as long as the UTF-8 text, 16-byte tag.
      assert.equal(byNode.length, byWeb.length);
      assert.equal(await web.open(byNode), await web.open(byWeb));
      assert.equal(await node.open(byWeb), await node.open(byNode));
      assert.equal(await node.open(byNode), new TextDecoder().decode(new TextEncoder().encode(plain)));
    }),
    { numRuns: 100 },
  );
});

test('seals with a fresh IV and refuses changed values, other secrets and non-sealed text', async () => {
  const node = await createNodeDataProtection(SECRET);
  const other = await createNodeDataProtection('another-secret-of-enough-length');
  const sealed = await node.seal('{"nik":"3571015505900001"}');
  assert.notEqual(await node.seal('{"nik":"3571015505900001"}'), sealed);
  assert.doesNotMatch(sealed, /3571015505900001/);
  await assert.rejects(other.open(sealed));
  const tampered = `${sealed.slice(0, 10)}${sealed[10] === 'A' ? 'B' : 'A'}${sealed.slice(11)}`;
  await assert.rejects(node.open(tampered));
  for (const value of ['', 'v1.', 'v1.AAAA', 'v2.' + sealed.slice(3), 'v1.a+b/c='])
    await assert.rejects(node.open(value), /Not a sealed value/);
});

test('refuses a short secret like the Web Crypto one', async () => {
  await assert.rejects(createNodeDataProtection('short'), TypeError);
  await assert.rejects(createDataProtection('short'), TypeError);
});
