// The QR code is drawn as a visitor's phone sees it: the SVG rendered in the
// page, painted onto a canvas, and decoded with jsQR (a well-kept decoder).
import { expect, fixtureSync } from '@open-wc/testing';
import { html, render } from 'lit';
import { decodeQrSvg } from '../test-support/qr.js';
import { loadQrCode, qrCodePath, qrCodeSvg, QR_QUIET_ZONE, type QrMatrix } from './qr-code.js';

describe('QR code', () => {
  // First in the file, before anything has asked for a QR code.
  it('fetches the QR library only when a code is drawn', async () => {
    const fetched = (): string[] =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.includes('lean-qr'));
    expect(fetched()).to.deep.equal([]);
    await loadQrCode('KDR-7QX4M2');
    expect(fetched()).to.have.length.above(0);
  });

  it('draws the booking code so that a decoder reads it back', async () => {
    const matrix = await loadQrCode('KDR-7QX4M2');
    const host = fixtureSync<HTMLDivElement>(html`<div style="width: 200px"></div>`);
    render(qrCodeSvg(matrix, 'Kode QR pemesanan KDR-7QX4M2'), host);
    const element = host.querySelector('svg') as SVGSVGElement;
    expect(element.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(element.getAttribute('role')).to.equal('img');
    expect(element.getAttribute('aria-label')).to.equal('Kode QR pemesanan KDR-7QX4M2');
    expect(element.querySelectorAll('path')).to.have.length(1);
    expect(await decodeQrSvg(element, 330)).to.equal('KDR-7QX4M2');
    await expect(host).to.be.accessible();
  });

  it('keeps a quiet zone of four light modules around the code', async () => {
    const matrix = await loadQrCode('KDR-7QX4M2');
    const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
    render(qrCodeSvg(matrix, 'QR'), host);
    const side = matrix.size + 2 * QR_QUIET_ZONE;
    expect(host.querySelector('svg')?.getAttribute('viewBox')).to.equal(`0 0 ${side} ${side}`);
    // Every dark run starts inside the code's square.
    const starts = [...qrCodePath(matrix).matchAll(/M(\d+) (\d+)/g)].map((match) => [
      Number(match[1]),
      Number(match[2]),
    ]);
    expect(starts.length).to.be.above(0);
    for (const [x = 0, y = 0] of starts) {
      expect(x).to.be.within(QR_QUIET_ZONE, QR_QUIET_ZONE + matrix.size - 1);
      expect(y).to.be.within(QR_QUIET_ZONE, QR_QUIET_ZONE + matrix.size - 1);
    }
  });

  it('draws each row of dark modules as runs', () => {
    const rows = ['##.#', '....', '####', '.#..'];
    const matrix: QrMatrix = { size: 4, get: (x, y) => rows[y]?.[x] === '#' };
    expect(qrCodePath(matrix)).to.equal('M4 4h2v1h-2zM7 4h1v1h-1zM4 6h4v1h-4zM5 7h1v1h-1z');
  });
});
