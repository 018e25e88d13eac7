import { expect } from '@open-wc/testing';
import { stringsFor, type Translations } from './translations.js';

describe('stringsFor', () => {
  const common: Translations<{ retry: string; count: (n: number) => string }> = {
    id: { retry: 'Coba lagi', count: (n) => `${n} layanan` },
    en: { retry: 'Try again', count: (n) => (n === 1 ? '1 service' : `${n} services`) },
  };
  const own: Translations<{ title: string }> = { id: { title: 'Jam layanan' }, en: { title: 'Opening hours' } };

  it('merges the tables of a language, later tables winning', () => {
    const strings = stringsFor<{ retry: string; count: (n: number) => string; title: string }>([common, own], 'en');
    expect(strings.retry).to.equal('Try again');
    expect(strings.title).to.equal('Opening hours');
    expect(strings.count(1)).to.equal('1 service');
  });

  it('applies the host’s overrides of that language only, and only for known keys of the same kind', () => {
    const overrides = { id: { retry: 'Muat ulang', title: 42, extra: 'x' } } as never;
    const id = stringsFor<{ retry: string; title: string }>([common, own], 'id', overrides);
    expect(id).to.deep.include({ retry: 'Muat ulang', title: 'Jam layanan' });
    expect('extra' in id).to.equal(false);
    expect(stringsFor<{ retry: string }>([common], 'en', overrides).retry).to.equal('Try again');
  });
});
