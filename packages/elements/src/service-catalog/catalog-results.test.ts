import type { Agency, ServiceSummary } from '@mpp-kit/contract';
import { expect } from '@open-wc/testing';
import type { CatalogData } from '../core/catalog-data.js';
import { CatalogResults, listing, resultIdAt, visibleGroups, type CatalogResult } from './catalog-results.js';

const service = (
  id: string,
  agencyId: string,
  category: string,
  name: ServiceSummary['name'],
  keywords: string[] = [],
): ServiceSummary => ({
  id,
  agencyId,
  category,
  name,
  keywords,
  cost: { kind: 'free' },
  completion: { kind: 'same-day' },
  channels: [],
});

const agency = (id: string, shortName: string, name: string): Agency => ({ id, shortName, name, serviceCount: 0 });

const data: CatalogData = {
  agencies: [
    agency('dukcapil', 'Dispendukcapil', 'Dinas Kependudukan'),
    agency('imigrasi', 'Imigrasi', 'Kantor Imigrasi'),
    agency('dpmptsp', 'DPMPTSP', 'Dinas Penanaman Modal'),
  ],
  services: [
    service('ktp-el', 'dukcapil', 'kependudukan', { id: 'Perekaman KTP-el', en: 'Electronic ID card' }, ['e-ktp']),
    service('paspor', 'imigrasi', 'keimigrasian', { id: 'Paspor biasa', en: 'Ordinary passport' }),
    service('akta', 'dukcapil', 'kependudukan', { id: 'Akta kelahiran', en: 'Birth certificate' }),
    service('nib', 'dpmptsp', 'perizinan', { id: 'Nomor Induk Berusaha' }, ['oss']),
    service('pajak', 'dukcapil', 'pajak-daerah', { id: 'Pajak parkir' }),
  ],
};

const query = (text: string, agencyId = '', category = '') => ({ text, agencyId, category });
const ids = (result: CatalogResult): string[] =>
  result.groups.flatMap((group) => group.services.map((item) => item.id));

describe('catalog results', () => {
  it('lists the catalog without search text, grouped by agency in order of first appearance', () => {
    const result = new CatalogResults().resultOf(data, 'id', query(''));
    expect(result.total).to.equal(5);
    expect(result.terms).to.deep.equal([]);
    expect(result.groups.map((group) => group.agencyId)).to.deep.equal(['dukcapil', 'imigrasi', 'dpmptsp']);
    expect(ids(result)).to.deep.equal(['ktp-el', 'akta', 'pajak', 'paspor', 'nib']);
  });

  it('filters the listing by agency and category', () => {
    expect(ids({ ...listing(data.services, query('', 'dukcapil')), terms: [] })).to.deep.equal([
      'ktp-el',
      'akta',
      'pajak',
    ]);
    expect(ids({ ...listing(data.services, query('', 'dukcapil', 'kependudukan')), terms: [] })).to.deep.equal([
      'ktp-el',
      'akta',
    ]);
    expect(listing(data.services, query('', 'imigrasi', 'perizinan')).total).to.equal(0);
  });

  it('finds by names in both languages, keywords, agency names and category labels, before any idle time', () => {
    const results = new CatalogResults();
    expect(ids(results.resultOf(data, 'id', query('birth')))).to.deep.equal(['akta']);
    expect(ids(results.resultOf(data, 'id', query('passport')))).to.deep.equal(['paspor']);
    expect(ids(results.resultOf(data, 'id', query('oss')))).to.deep.equal(['nib']);
    expect(ids(results.resultOf(data, 'id', query('dispendukcapil')))).to.deep.equal(['ktp-el', 'akta', 'pajak']);
    expect(ids(results.resultOf(data, 'id', query('kantor imigrasi')))).to.deep.equal(['paspor']);
    expect(ids(results.resultOf(data, 'id', query('civil registry')))).to.deep.equal(['ktp-el', 'akta']);
    expect(ids(results.resultOf(data, 'en', query('pajak daerah')))).to.deep.equal(['pajak']);
    expect(results.resultOf(data, 'id', query('paspor')).terms).to.deep.equal([['paspor', 'passport']]);
  });

  it('finds the same when a keystroke narrows the previous results as a fresh search does', () => {
    const typing = new CatalogResults();
    for (const text of ['a', 'ak', 'akt', 'akta']) typing.resultOf(data, 'id', query(text));
    const narrowed = typing.resultOf(data, 'id', query('akta k'));
    expect(narrowed).to.deep.equal(new CatalogResults().resultOf(data, 'id', query('akta k')));
    expect(ids(narrowed)).to.deep.equal(['akta']);
  });

  it('keeps a result while nothing changes, and searches anew after a change or a stop', () => {
    const results = new CatalogResults();
    const first = results.resultOf(data, 'id', query('paspor'));
    expect(results.resultOf(data, 'id', query('paspor'))).to.equal(first);
    expect(results.last).to.equal(first);
    expect(results.resultOf(data, 'id', query('paspor', 'dukcapil')).total).to.equal(0);
    results.stop();
    const again = results.resultOf(data, 'id', query('paspor'));
    expect(again).to.not.equal(first);
    expect(again).to.deep.equal(first);
  });

  it('knows agencies by id and the categories in use', () => {
    const lookups = new CatalogResults().lookupsOf(data);
    expect(lookups.agencies.get('imigrasi')?.shortName).to.equal('Imigrasi');
    expect(lookups.categories).to.deep.equal(['kependudukan', 'keimigrasian', 'perizinan', 'pajak-daerah']);
  });

  it('slices the first rows of the groups, keeping each group’s count, and finds a row by position', () => {
    const result = new CatalogResults().resultOf(data, 'id', query(''));
    const visible = visibleGroups(result, 4);
    expect(visible.map((group) => [group.agencyId, group.total, group.services.map((item) => item.id)])).to.deep.equal([
      ['dukcapil', 3, ['ktp-el', 'akta', 'pajak']],
      ['imigrasi', 1, ['paspor']],
    ]);
    expect(visibleGroups(result, 0)).to.deep.equal([]);
    expect([0, 2, 3, 4, 5].map((position) => resultIdAt(result, position))).to.deep.equal([
      'ktp-el',
      'pajak',
      'paspor',
      'nib',
      '',
    ]);
    expect(resultIdAt(undefined, 0)).to.equal('');
  });
});
