import { expect } from '@open-wc/testing';
import { maskName } from './mask-name.js';

describe('maskName', () => {
  it('keeps a little of each word', () => {
    expect(maskName('Budi Santoso')).to.equal('Bud* S******');
    expect(maskName('  Siti   Nur Aisyah ')).to.equal('Sit* N** A*****');
    expect(maskName('Ani')).to.equal('An*');
    expect(maskName('Yo')).to.equal('Y*');
  });
});
