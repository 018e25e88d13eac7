import { expect } from '@open-wc/testing';
import { pickLanguage, preferredLocale } from './locale.js';

describe('Accept-Language', () => {
  it('picks the supported language with the highest weight, Indonesian by default', () => {
    expect(preferredLocale(undefined)).to.equal('id');
    expect(preferredLocale('')).to.equal('id');
    expect(preferredLocale('en')).to.equal('en');
    expect(preferredLocale('en-GB,en;q=0.9')).to.equal('en');
    expect(preferredLocale('id-ID,id;q=0.9,en;q=0.8')).to.equal('id');
    expect(preferredLocale('fr,de;q=0.9,en;q=0.1')).to.equal('en');
    expect(preferredLocale('en;q=0, id;q=0.1')).to.equal('id');
    expect(preferredLocale('in')).to.equal('id');
    expect(preferredLocale('ja')).to.equal('id');
  });

  it('picks one side of a bilingual message', () => {
    expect(pickLanguage('NIK harus 16 digit / NIK must be 16 digits', 'en')).to.equal('NIK must be 16 digits');
    expect(pickLanguage('NIK harus 16 digit / NIK must be 16 digits', 'id')).to.equal('NIK harus 16 digit');
    expect(pickLanguage('Data tidak valid.', 'en')).to.equal('Data tidak valid.');
  });
});
