import { Duplex } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import { parseAccept } from 'hono/utils/accept';
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/utils/compress';

/**
 * The encodings the server offers, in its order of preference when a client
 * accepts several equally: brotli is the smaller, gzip is understood by every
 * client. Brotli runs at quality 5, not zlib's default 11: answers are
 * compressed as they are sent, and on the 419 KB drop-in module quality 5
 * took 40 ms for 115 KB where 11 took 2.1 s for 103 KB (gzip: 35 ms, 126 KB).
 */
const ENCODERS = {
  br: () =>
    createBrotliCompress({
      params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
    }),
  gzip: () => createGzip(),
} as const;

/** An encoding the server can send. */
export type ContentEncoding = keyof typeof ENCODERS;

/** Bodies known to be smaller than this are sent as they are: the encoding's framing would eat the gain. */
const MIN_BYTES = 1024;

/**
 * The encoding to send for an `Accept-Encoding` header: the accepted one with
 * the highest weight, brotli before gzip on a tie, none when neither is
 * acceptable (`identity` is always acceptable, so nothing is ever refused).
 */
export function negotiateEncoding(acceptEncoding: string | null | undefined): ContentEncoding | null {
  if (!acceptEncoding) return null;
  const accepted = parseAccept(acceptEncoding);
  const weightOf = (name: string): number => {
    const named = accepted.find((entry) => entry.type.toLowerCase() === name);
    return named ? named.q : (accepted.find((entry) => entry.type === '*')?.q ?? 0);
  };
  let best: { encoding: ContentEncoding; q: number } | null = null;
  for (const encoding of Object.keys(ENCODERS) as ContentEncoding[]) {
    const q = weightOf(encoding);
    if (q > 0 && (best === null || q > best.q)) best = { encoding, q };
  }
  return best?.encoding ?? null;
}

/** Adds `Accept-Encoding` to `Vary`, keeping what is there (`Origin` from CORS). */
function varyOnEncoding(headers: Headers): void {
  const vary = headers.get('Vary');
  if (vary === '*' || (vary !== null && /(?:^|,)\s*accept-encoding\s*(?:,|$)/i.test(vary))) return;
  headers.set('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
}

/**
 * `response` encoded for `request`: text, JSON, JavaScript, CSS and SVG bodies
 * are compressed with brotli or gzip when the client accepts them, with
 * `Content-Encoding`, no `Content-Length` (it is streamed) and a strong `ETag`
 * made weak (the same validator stands for every encoding of the content).
 * Every answer whose body could be compressed gets `Vary: Accept-Encoding`,
 * so caches keep each encoding apart. Left alone: event streams (compressing
 * them would hold events back in the encoder's buffer; Hono's list of
 * compressible types leaves `text/event-stream` out), images and other
 * compressed formats, bodies already encoded, partial content, and answers
 * marked `Cache-Control: no-transform`.
 */
export function compressResponse(request: Request, response: Response): Response {
  const type = response.headers.get('Content-Type');
  const compressible = type !== null && COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type);
  // A 304 has no type, but stands for a body that varied by encoding.
  if (!compressible && response.status !== 304) return response;
  const headers = new Headers(response.headers);
  varyOnEncoding(headers);
  const length = headers.get('Content-Length');
  const encoding =
    !compressible ||
    response.status === 206 ||
    headers.has('Content-Encoding') ||
    /(?:^|,)\s*no-transform\s*(?:,|$)/i.test(headers.get('Cache-Control') ?? '') ||
    (length !== null && Number(length) < MIN_BYTES)
      ? null
      : negotiateEncoding(request.headers.get('Accept-Encoding'));
  let body = response.body;
  // A HEAD answer has no body but the headers its GET would have.
  if (encoding !== null && (body !== null || request.method === 'HEAD')) {
    headers.set('Content-Encoding', encoding);
    headers.delete('Content-Length');
    const etag = headers.get('ETag');
    if (etag !== null && !etag.startsWith('W/')) headers.set('ETag', `W/${etag}`);
    if (request.method === 'HEAD' || body === null) {
      void body?.cancel();
      body = null;
    } else {
      // Node's web stream types and the DOM's describe the same objects but do not unify.
      const encoder = Duplex.toWeb(ENCODERS[encoding]()) as unknown as ReadableWritablePair<
        Uint8Array<ArrayBuffer>,
        Uint8Array<ArrayBuffer>
      >;
      body = body.pipeThrough(encoder);
    }
  }
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

/** A request handler whose answers go through {@link compressResponse}. */
export function withCompression<Env>(
  handler: (request: Request, env: Env) => Response | Promise<Response>,
): (request: Request, env: Env) => Promise<Response> {
  return async (request, env) => compressResponse(request, await handler(request, env));
}
