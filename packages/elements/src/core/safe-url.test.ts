import { expect } from '@open-wc/testing';
import { safeUrl } from './safe-url.js';

describe('safeUrl', () => {
  it('lets absolute http and https URLs through, normalised', () => {
    expect(safeUrl('https://kedirikota.go.id')).to.equal('https://kedirikota.go.id/');
    expect(safeUrl(' http://mpp.example.go.id/layanan?q=ktp ')).to.equal('http://mpp.example.go.id/layanan?q=ktp');
  });

  it('refuses scripts, data, other schemes, relative URLs and garbage', () => {
    for (const value of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'mailto:mpp@example.go.id',
      'ftp://example.go.id',
      '/relative',
      '//evil.example',
      'not a url',
      '',
      null,
      undefined,
    ]) {
      expect(safeUrl(value), String(value)).to.equal(null);
    }
  });
});
