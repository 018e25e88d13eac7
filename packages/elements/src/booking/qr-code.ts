import { svg, type SVGTemplateResult } from 'lit';

/**
 * A QR code's modules: `size` by `size`, `get(x, y)` is `true` for a dark
 * module. The shape of `lean-qr`'s result, declared here so that nothing in
 * the static import graph names the library (its code is fetched only when
 * {@link loadQrCode} runs, on the confirmation step).
 */
export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  readonly size: number;
  /** Whether the module at column `x`, row `y` is dark. */
  get(x: number, y: number): boolean;
}

/** The light margin every QR code needs around it to be found by a scanner: 4 modules (ISO/IEC 18004). */
export const QR_QUIET_ZONE = 4;

/**
 * The QR code of `text`, from `lean-qr`'s small build, imported on demand so
 * bundlers put it in a chunk of its own that a page fetches only when a
 * booking is confirmed.
 *
 * @throws when the library cannot be fetched (offline): show the code as text, which is always there
 * @example const matrix = await loadQrCode('KDR-7QX4M2');
 */
export async function loadQrCode(text: string): Promise<QrMatrix> {
  const { generate } = await import('lean-qr/nano');
  return generate(text);
}

/**
 * The SVG path data of a matrix's dark modules, each row's runs of dark
 * modules as one rectangle (`M x y h w v 1 h -w z`), offset by the quiet zone.
 */
export function qrCodePath(matrix: QrMatrix): string {
  const parts: string[] = [];
  for (let y = 0; y < matrix.size; y += 1) {
    for (let x = 0; x < matrix.size; x += 1) {
      if (!matrix.get(x, y)) continue;
      const start = x;
      while (x + 1 < matrix.size && matrix.get(x + 1, y)) x += 1;
      const width = x - start + 1;
      parts.push(`M${start + QR_QUIET_ZONE} ${y + QR_QUIET_ZONE}h${width}v1h-${width}z`);
    }
  }
  return parts.join('');
}

/**
 * A QR code as an inline SVG drawn with Lit's `svg` (no `innerHTML`): a light
 * square with the quiet zone and the dark modules as one `<path>`, named by
 * `label` (`role="img"`). Always dark on light, whatever the theme, because
 * scanners expect it; it scales to the width of its box (`part="qr-code"`).
 *
 * @example html`${qrCodeSvg(matrix, t.qrCodeLabel(code))}`
 */
export function qrCodeSvg(matrix: QrMatrix, label: string): SVGTemplateResult {
  const side = matrix.size + 2 * QR_QUIET_ZONE;
  return svg`<svg
    class="qr-code"
    part="qr-code"
    role="img"
    aria-label=${label}
    viewBox=${`0 0 ${side} ${side}`}
    shape-rendering="crispEdges"
    xmlns="http://www.w3.org/2000/svg"
  ><rect width=${side} height=${side} fill="#ffffff"></rect><path d=${qrCodePath(matrix)} fill="#000000"></path></svg>`;
}
