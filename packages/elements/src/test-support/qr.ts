// Reads a QR code the way a visitor's phone does: the SVG painted onto a canvas
// and decoded with jsQR (a well-kept decoder), so a test checks what a scanner
// sees rather than how the code is drawn.
import type { QRCode } from 'jsqr';
// jsQR ships only a UMD build; the test runner serves ES modules without a
// CommonJS transform, so its wrapper puts the function on `self`.
import 'jsqr';

type Decode = (data: Uint8ClampedArray, width: number, height: number) => QRCode | null;

/**
 * Paints a QR code's SVG onto a canvas `pixels` wide (serialised, as an image
 * would load it) and decodes it.
 *
 * @returns the text the code holds, or `null` when no code can be read.
 */
export async function decodeQrSvg(svg: SVGSVGElement, pixels = 400): Promise<string | null> {
  const jsQR = (globalThis as unknown as { jsQR: Decode }).jsQR;
  // Sized on a copy: an SVG without its own size draws as nothing in some
  // browsers once loaded as an image.
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('width', String(pixels));
  copy.setAttribute('height', String(pixels));
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }));
  try {
    const image = new Image(pixels, pixels);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = pixels;
    canvas.height = pixels;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(image, 0, 0, pixels, pixels);
    const { data } = context.getImageData(0, 0, pixels, pixels);
    return jsQR(data, pixels, pixels)?.data ?? null;
  } finally {
    URL.revokeObjectURL(url);
  }
}
