import { expect } from '@open-wc/testing';
import { LazyTable, loadTables, stringsFor, type Translations } from './translations.js';

describe('stringsFor', () => {
  const common: Translations<{ retry: string; count: (n: number) => string }> = {
    id: { retry: 'Coba lagi', count: (n) => `${n} layanan` },
    en: { retry: 'Try again', count: (n) => (n === 1 ? '1 service' : `${n} services`) },
  };
  const own: Translations<{ title: string }> = { id: { title: 'Jam layanan' }, en: { title: 'Opening hours' } };

  it('merges the tables of a language, later tables winning', () => {
    const strings = stringsFor<{ retry: string; count: (n: number) => string; title: string }>([common, own], 'en');
    expect(strings?.retry).to.equal('Try again');
    expect(strings?.title).to.equal('Opening hours');
    expect(strings?.count(1)).to.equal('1 service');
  });

  it('applies the host’s overrides of that language only, and only for known keys of the same kind', () => {
    const overrides = { id: { retry: 'Muat ulang', title: 42, extra: 'x' } } as never;
    const id = stringsFor<{ retry: string; title: string }>([common, own], 'id', overrides);
    expect(id).to.deep.include({ retry: 'Muat ulang', title: 'Jam layanan' });
    expect(id && 'extra' in id).to.equal(false);
    expect(stringsFor<{ retry: string }>([common], 'en', overrides)?.retry).to.equal('Try again');
  });
});

describe('LazyTable', () => {
  /** A table whose loads the test counts and settles by hand. */
  function countedTable(): { table: LazyTable<{ title: string }>; loads: () => number; settle: (ok: boolean) => void } {
    let loads = 0;
    let settle: (ok: boolean) => void = () => undefined;
    const table = new LazyTable(() => {
      loads += 1;
      return new Promise<{ title: string }>((resolve, reject) => {
        settle = (ok) => (ok ? resolve({ title: 'Opening hours' }) : reject(new TypeError('Failed to fetch')));
      });
    });
    return { table, loads: () => loads, settle: (ok) => settle(ok) };
  }

  it('gives no strings of a language until its table is loaded, then loads it once for every caller', async () => {
    const { table, loads, settle } = countedTable();
    const translations: Translations<{ title: string }> = { id: { title: 'Jam layanan' }, en: table };
    expect(stringsFor([translations], 'en')).to.equal(undefined);
    expect(loads()).to.equal(0);
    const first = loadTables([translations], 'en');
    const second = loadTables([translations], 'en');
    settle(true);
    await Promise.all([first, second]);
    expect(loads()).to.equal(1);
    expect(stringsFor([translations], 'en')).to.deep.equal({ title: 'Opening hours' });
    await loadTables([translations], 'en');
    expect(loads()).to.equal(1);
  });

  it('loads nothing for a language whose tables are in the bundle', async () => {
    const { table, loads } = countedTable();
    await loadTables([{ id: { title: 'Jam layanan' }, en: table }], 'id');
    expect(loads()).to.equal(0);
  });

  it('forgets a failed load, so the next attempt imports again', async () => {
    const { table, loads, settle } = countedTable();
    const failed = table.load();
    settle(false);
    await failed.then(
      () => expect.fail('the load should fail'),
      (error: unknown) => expect(error).to.be.instanceOf(TypeError),
    );
    expect(table.value).to.equal(undefined);
    const again = table.load();
    settle(true);
    expect(await again).to.deep.equal({ title: 'Opening hours' });
    expect(loads()).to.equal(2);
  });
});
