import { expect } from '@open-wc/testing';
import { readHash, writeHash } from './url-state.js';

describe('catalog URL state', () => {
  it('reads the open service and the search', () => {
    expect(readHash('#layanan=ktp-el&q=ktp')).to.deep.equal({ service: 'ktp-el', query: 'ktp' });
    expect(readHash('#tab=2&q=kartu%20tanda+penduduk')).to.deep.equal({ service: '', query: 'kartu tanda penduduk' });
    expect(readHash('')).to.deep.equal({ service: '', query: '' });
    expect(readHash('#top')).to.deep.equal({ service: '', query: '' });
    expect(readHash('#q=%E0%A4%A')).to.deep.equal({ service: '', query: '%E0%A4%A' });
  });

  it('writes them after the host’s own parts, which stay as they were', () => {
    expect(writeHash('', { service: 'ktp-el', query: 'ktp' })).to.equal('#layanan=ktp-el&q=ktp');
    expect(writeHash('#top&tab=2&q=old', { service: '', query: 'paspor baru' })).to.equal('#top&tab=2&q=paspor%20baru');
    expect(writeHash('#layanan=ktp-el', { service: '', query: '' })).to.equal('');
    expect(writeHash('#x=a%26b', { service: 'a&b', query: '' })).to.equal('#x=a%26b&layanan=a%26b');
  });

  it('reads back what it writes', () => {
    for (const state of [
      { service: 'ktp-el', query: 'Café & co = 100%' },
      { service: '', query: '#hash?' },
      { service: 'x', query: '' },
    ]) {
      expect(readHash(writeHash('#keep=1', state))).to.deep.equal(state);
    }
  });
});
