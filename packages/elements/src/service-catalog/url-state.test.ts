import { expect } from '@open-wc/testing';
import { readHash, readSearch, syncUrlForm, writeHash, writeSearch } from './url-state.js';
import { UNREADABLE } from '../core/property-forms.js';

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

  it('leaves a hash router’s route alone: its state goes into the route’s query', () => {
    expect(writeHash('#/layanan', { service: 'ktp-el', query: 'ktp' })).to.equal('#/layanan?layanan=ktp-el&q=ktp');
    expect(writeHash('#/layanan?tab=2&q=old', { service: '', query: 'paspor' })).to.equal('#/layanan?tab=2&q=paspor');
    expect(writeHash('#/layanan?layanan=ktp-el', { service: '', query: '' })).to.equal('#/layanan');
    expect(writeHash('#!/a/b', { service: 'x', query: '' })).to.equal('#!/a/b?layanan=x');
    expect(readHash('#/layanan?tab=2&layanan=ktp-el&q=ktp')).to.deep.equal({ service: 'ktp-el', query: 'ktp' });
    // The route's path is never read as the catalog's: `#/q=x` is a path.
    expect(readHash('#/q=x')).to.deep.equal({ service: '', query: '' });
  });

  it('reads and writes a query string the same way', () => {
    expect(writeSearch('?page=2', { service: 'kia', query: 'anak' })).to.equal('?page=2&layanan=kia&q=anak');
    expect(writeSearch('?layanan=kia', { service: '', query: '' })).to.equal('');
    expect(readSearch('?page=2&layanan=kia&q=anak')).to.deep.equal({ service: 'kia', query: 'anak' });
  });

  it('takes sync-url as hash, query, or a boolean’s forms', () => {
    const cases: [unknown, unknown][] = [
      ['', 'hash'],
      ['hash', 'hash'],
      ['true', 'hash'],
      [true, 'hash'],
      ['query', 'query'],
      ['false', false],
      [false, false],
      [null, false],
      ['yes', UNREADABLE],
      [1, UNREADABLE],
    ];
    for (const [input, mode] of cases) expect(syncUrlForm.read(input), String(input)).to.equal(mode);
  });
});
