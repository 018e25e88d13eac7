import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { normalizePhone } from './phone.js';

const E164_ID = /^\+62[1-9]\d{7,11}$/;

describe('normalizePhone', () => {
  it('normalises the notations people write', () => {
    const cases: Record<string, string> = {
      '0812-3456-7890': '+6281234567890',
      '+62 812 3456 7890': '+6281234567890',
      '6281234567890': '+6281234567890',
      '0812.3456.789': '+628123456789',
      '(0354) 123456': '+62354123456',
      '021 5550 1234': '+622155501234',
      ' +62 (21) 555-0123 ': '+62215550123',
      '+6281234567890': '+6281234567890',
    };
    for (const [input, expected] of Object.entries(cases)) expect(normalizePhone(input), input).to.equal(expected);
  });

  it('returns null for anything else', () => {
    for (const input of [
      '',
      '   ',
      '+1 202 555 0100',
      '+44 20 7946 0958',
      '112',
      '1500-123',
      '0812',
      '08123456789012345',
      '0012345678',
      '01234567890',
      '+0812345678',
      '62-0812-3456-789',
      '0812 3456 789a',
      '0812+3456789',
      '++6281234567890',
      '+62 8123',
      'phone: 08123456789',
    ]) {
      expect(normalizePhone(input), input).to.equal(null);
    }
  });

  it('accepts national numbers of 8 to 12 digits only', () => {
    expect(normalizePhone('021-5550123')).to.equal('+62215550123');
    expect(normalizePhone('0215550')).to.equal(null);
    expect(normalizePhone('0812345678901')).to.equal('+62812345678901');
    expect(normalizePhone('08123456789012')).to.equal(null);
  });

  const phoneLike = fc
    .tuple(fc.constantFrom('0', '62', '+62', '+62 ', '(0', ''), fc.stringMatching(/^[\d .()-]{0,20}$/))
    .map(([prefix, rest]) => prefix + rest);

  it('is idempotent and only ever yields Indonesian E.164', () => {
    fc.assert(
      fc.property(fc.oneof(phoneLike, fc.string()), (input) => {
        const once = normalizePhone(input);
        if (once === null) return;
        expect(once).to.match(E164_ID);
        expect(normalizePhone(once)).to.equal(once);
      }),
    );
  });

  it('normalises every valid national number', () => {
    const national = fc.stringMatching(/^[2-9]\d{7,11}$/);
    fc.assert(
      fc.property(national, fc.constantFrom('0', '62', '+62'), (nsn, prefix) => {
        expect(normalizePhone(prefix + nsn)).to.equal(`+62${nsn}`);
      }),
    );
  });
});
