import { expect } from '@open-wc/testing';
import { manageLink, readManageLink } from './manage-link.js';

describe('manageLink', () => {
  it('puts code and secret in the fragment, never the query', () => {
    const link = manageLink('https://mpp.kedirikota.go.id/kelola/', 'KDR-7QX4M2', 's3cr3t');
    expect(link).to.equal('https://mpp.kedirikota.go.id/kelola/#kode=KDR-7QX4M2&rahasia=s3cr3t');
    const url = new URL(link);
    expect(url.search).to.equal('');
    expect(url.searchParams.size).to.equal(0);
    expect(readManageLink(url.hash)).to.deep.equal({ code: 'KDR-7QX4M2', secret: 's3cr3t' });
  });

  it('replaces a fragment of the page and keeps its own query', () => {
    expect(manageLink('/portal/?halaman=kelola#atas', 'A1', 'x')).to.equal('/portal/?halaman=kelola#kode=A1&rahasia=x');
  });

  it('encodes what a URL cannot carry, and reads it back unchanged', () => {
    const secret = 'a+b/c=d&e#f g%h~ü';
    const link = manageLink('https://mpp.example/kelola/', 'KDR 1&2', secret);
    expect(link.split('#')).to.have.length(2);
    expect(link).to.not.include(' ');
    expect(readManageLink(new URL(link).hash)).to.deep.equal({ code: 'KDR 1&2', secret });
  });

  it('reads a hash with or without its #', () => {
    expect(readManageLink('kode=K7Q2M9&rahasia=s')).to.deep.equal({ code: 'K7Q2M9', secret: 's' });
    expect(readManageLink('#rahasia=s&kode=K7Q2M9')).to.deep.equal({ code: 'K7Q2M9', secret: 's' });
  });

  for (const [label, hash] of [
    ['an empty hash', ''],
    ['a bare #', '#'],
    ['another fragment', '#layanan'],
    ['a code without a secret', '#kode=K7Q2M9'],
    ['a secret without a code', '#rahasia=s'],
    ['an empty secret', '#kode=K7Q2M9&rahasia='],
    ['an empty code', '#kode=&rahasia=s'],
    ['a key given twice', '#kode=A&kode=B&rahasia=s'],
    ['an extra key', '#kode=A&rahasia=s&lain=1'],
    ['English keys', '#code=A&secret=s'],
  ] as const) {
    it(`reads ${label} as no link`, () => {
      expect(readManageLink(hash)).to.equal(null);
    });
  }
});
