import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  entryOf,
  fold,
  highlightRanges,
  mergeRanges,
  queryTerms,
  refines,
  search,
  textRuns,
  warmEntries,
  type SearchEntry,
} from './search.js';

const entries: SearchEntry<string>[] = [
  entryOf(
    { id: 'ktp-el', agencyId: 'dukcapil', category: 'kependudukan' },
    'Perekaman KTP-el',
    ['e-ktp', 'Dispendukcapil'],
    'a',
  ),
  entryOf({ id: 'akta', agencyId: 'dukcapil', category: 'kependudukan' }, 'Akta kelahiran', ['birth certificate'], 'b'),
  entryOf({ id: 'paspor', agencyId: 'imigrasi', category: 'keimigrasian' }, 'Paspor biasa', ['Imigrasi'], 'c'),
  entryOf(
    { id: 'e-paspor', agencyId: 'imigrasi', category: 'keimigrasian' },
    'Penggantian dokumen',
    ['paspor hilang', 'Imigrasi'],
    'd',
  ),
  entryOf(
    { id: 'nib-oss', agencyId: 'dpmptsp', category: 'perizinan' },
    'Pendampingan OSS',
    ['DPMPTSP', 'izin usaha'],
    'e',
  ),
  entryOf({ id: 'cafe', agencyId: 'dpmptsp', category: 'perizinan' }, 'Izin usaha Café Ñusantara', ['DPMPTSP'], 'f'),
];

const ids = (text: string, agencyId = '', category = ''): string[] =>
  search(entries, { text, agencyId, category }).groups.flatMap((group) => group.entries.map((entry) => entry.id));

describe('catalog search', () => {
  it('folds case and diacritics, precomposed or not', () => {
    expect(fold('CAFÉ Ñusantara')).to.equal('cafe nusantara');
    expect(fold('Cafe\u0301')).to.equal('cafe');
  });

  it('splits a query into distinct words, each with its synonyms', () => {
    expect(queryTerms('  Paspor  baru paspor ')).to.deep.equal([['paspor', 'passport'], ['baru']]);
    expect(queryTerms('')).to.deep.equal([]);
    expect(queryTerms('constructor')).to.deep.equal([['constructor']]);
  });

  it('lists everything in catalog order without a query', () => {
    expect(ids('')).to.deep.equal(['ktp-el', 'akta', 'paspor', 'e-paspor', 'nib-oss', 'cafe']);
    expect(search(entries, { text: '', agencyId: '', category: '' }).total).to.equal(6);
  });

  it('ignores case and diacritics in the query and the data', () => {
    expect(ids('CAFE')).to.deep.equal(['cafe']);
    expect(ids('nusantára')).to.deep.equal(['cafe']);
  });

  it('finds by keyword, agency short name and synonym', () => {
    expect(ids('ktp')).to.deep.equal(['ktp-el']);
    expect(ids('dispendukcapil')).to.deep.equal(['ktp-el']);
    expect(ids('passport')).to.deep.equal(['paspor', 'e-paspor']);
    expect(ids('nib')).to.deep.equal(['nib-oss']);
    expect(ids('akte')).to.deep.equal(['akta']);
    expect(ids('ijin usaha')).to.deep.equal(['cafe', 'nib-oss']);
  });

  it('needs every word to match', () => {
    expect(ids('paspor hilang')).to.deep.equal(['e-paspor']);
    expect(ids('paspor kelahiran')).to.deep.equal([]);
  });

  it('ranks name matches first and puts the group with the best match first', () => {
    // "Izin usaha" is in Café's name and only in the keywords of OSS.
    expect(
      search(entries, { text: 'izin', agencyId: '', category: '' }).groups[0]?.entries.map((e) => e.id),
    ).to.deep.equal(['cafe', 'nib-oss']);
    // Imigrasi holds the name match for "paspor", so it comes before any other group.
    expect(ids('paspor')).to.deep.equal(['paspor', 'e-paspor']);
    expect(ids('e')[0]).to.equal('ktp-el');
  });

  it('filters by agency and category, with or without text', () => {
    expect(ids('', 'imigrasi')).to.deep.equal(['paspor', 'e-paspor']);
    expect(ids('', '', 'perizinan')).to.deep.equal(['nib-oss', 'cafe']);
    expect(ids('paspor', 'dukcapil')).to.deep.equal([]);
    expect(ids('usaha', 'dpmptsp', 'perizinan')).to.deep.equal(['cafe', 'nib-oss']);
  });

  it('highlights every form of every word, in original positions', () => {
    expect(highlightRanges('Paspor biasa', queryTerms('pas'))).to.deep.equal([[0, 3]]);
    expect(highlightRanges('Izin usaha Café', queryTerms('ijin cafe'))).to.deep.equal([
      [0, 4],
      [11, 15],
    ]);
    // A decomposed é is two units; the mark takes both.
    expect(highlightRanges('Cafe\u0301 x', queryTerms('café'))).to.deep.equal([[0, 5]]);
    expect(highlightRanges('KTP-el, e-KTP', queryTerms('ktp'))).to.deep.equal([
      [0, 6],
      [8, 13],
    ]);
    expect(highlightRanges('anything', [])).to.deep.equal([]);
  });

  it('merges overlapping and touching ranges', () => {
    expect(
      mergeRanges([
        [4, 6],
        [0, 2],
        [1, 3],
        [3, 4],
      ]),
    ).to.deep.equal([[0, 6]]);
    expect(
      mergeRanges([
        [5, 6],
        [0, 1],
      ]),
    ).to.deep.equal([
      [0, 1],
      [5, 6],
    ]);
  });

  it('cuts text into marked and plain runs', () => {
    expect(textRuns('Paspor', [[0, 3]])).to.deep.equal([
      { text: 'Pas', mark: true },
      { text: 'por', mark: false },
    ]);
    expect(textRuns('', [])).to.deep.equal([{ text: '', mark: false }]);
  });

  it('keeps the text whole and the marks on matches, for any text and query', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme-composite' }),
        fc.string({ minLength: 1, maxLength: 4 }),
        (text, query) => {
          const terms = queryTerms(query);
          const runs = textRuns(text, highlightRanges(text, terms));
          expect(runs.map((run) => run.text).join('')).to.equal(text);
          for (const run of runs.filter((r) => r.mark)) {
            // Per code point, as highlightRanges folds.
            const folded = Array.from(run.text, fold).join('');
            expect(terms.some((term) => term.some((form) => folded.includes(form)))).to.equal(true);
          }
        },
      ),
    );
  });

  it('knows when a keystroke only narrows the results', () => {
    const q = (text: string, agencyId = '', category = '') => ({ text, agencyId, category });
    expect(refines(q('ak'), q('akt'))).to.equal(true);
    expect(refines(q('Ák'), q('ÁKT kel'))).to.equal(true);
    // Synonyms can widen: `ijin` also finds `izin`.
    expect(refines(q('iji'), q('ijin'))).to.equal(false);
    expect(refines(q(''), q('a'))).to.equal(false);
    expect(refines(q('akta'), q('ak'))).to.equal(false);
    expect(refines(q('ak'), q('akt', 'dukcapil'))).to.equal(false);
  });

  it('finds the same within the previous matches as in the whole catalog when a query narrows', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('p', 'pa', 'a', 'i', 'u', 'e', 'ka', 'k'),
        fc.constantFrom('', 's', 'k', 'r', 'a', 'n'),
        (before, more) => {
          const previous = { text: before, agencyId: '', category: '' };
          const next = { text: before + more, agencyId: '', category: '' };
          fc.pre(refines(previous, next));
          const narrowed = search(search(entries, previous).matches, next);
          expect(narrowed).to.deep.equal(search(entries, next));
        },
      ),
    );
  });

  it('gathers an entry’s texts from its item on its first search only', () => {
    let calls = 0;
    const entry = entryOf(
      { id: 'kia', agencyId: 'dukcapil', category: 'kependudukan' },
      'Kartu Identitas Anak',
      (item: string) => {
        calls += 1;
        return [item];
      },
      'KIA',
    );
    expect(calls).to.equal(0);
    expect(search([entry], { text: 'kia', agencyId: '', category: '' }).total).to.equal(1);
    expect(search([entry], { text: 'anak', agencyId: '', category: '' }).total).to.equal(1);
    expect(calls).to.equal(1);
  });

  it('folds entries ahead of time while there is time', () => {
    let budget = 2;
    const next = warmEntries(entries, 0, () => budget-- > 0);
    expect(next).to.equal(entries.length);
    expect(warmEntries(entries, next, () => true)).to.equal(entries.length);
    expect(warmEntries(entries, 0, () => false)).to.equal(0);
  });
});
