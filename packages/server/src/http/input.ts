import { describeIssues, HEADERS, type Locale, type RouteDefinition } from '@mpp-kit/contract';
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import { ApiError } from './api-error.js';
import type { AppEnv } from './env.js';
import { pickLanguage } from './locale.js';

type Output<S> = S extends z.ZodMiniType ? z.output<S> : undefined;

/** A route's parsed input: path parameters, query and body, typed by its schemas. */
export interface RouteInput<R extends RouteDefinition> {
  readonly params: R extends { readonly params: infer P } ? Output<P> : Record<string, never>;
  readonly query: R extends { readonly query: infer Q } ? Output<Q> : Record<string, never>;
  readonly body: R extends { readonly body: infer B } ? Output<B> : undefined;
  /** The body as sent (JSON), e.g. to hash it for idempotency. */
  readonly rawBody: unknown;
}

/** The media types accepted as JSON: `application/json` and `application/*+json`, any parameters. */
const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

/** Reads a body stream, but no further than `maxBytes` (then `payload_too_large`). */
async function readLimited(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw new ApiError('payload_too_large');
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads a JSON body of at most `maxBytes` bytes: `unsupported_media_type` for
 * another type, `payload_too_large` past the limit (read no further),
 * `bad_request` for an empty body, invalid UTF-8 or malformed JSON.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  if (!JSON_TYPE.test(request.headers.get('content-type') ?? '')) throw new ApiError('unsupported_media_type');
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) throw new ApiError('payload_too_large');
  // A declared length bounds the body (an HTTP parser delivers no more), so it is read at once:
  // on Node that skips building a web stream per request. Without one, read no further than the limit.
  const bytes =
    Number.isSafeInteger(declared) || !request.body
      ? new Uint8Array(await request.arrayBuffer())
      : await readLimited(request.body, maxBytes);
  if (bytes.byteLength > maxBytes) throw new ApiError('payload_too_large');
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.trim() === '') throw new SyntaxError('empty body');
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError('bad_request');
  }
}

/**
 * Validates `value` with `schema`, or throws `validation_failed` with the
 * contract's description of each issue, in `locale`.
 */
export function validate<S extends z.ZodMiniType>(schema: S, value: unknown, locale: Locale): z.output<S> {
  // reportInput tells a missing field from a wrong type; the details never echo the input.
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  const details = describeIssues(result.error.issues).map(({ path, message }) => ({
    path,
    message: pickLanguage(message, locale),
  }));
  throw new ApiError('validation_failed', { details });
}

/** Query parameters as one value per name; a repeated name is a validation error. */
function queryObject(url: URL, locale: Locale): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) {
    if (Object.hasOwn(query, name)) {
      const message = locale === 'en' ? 'given more than once' : 'diberikan lebih dari sekali';
      throw new ApiError('validation_failed', { details: [{ path: name, message }] });
    }
    query[name] = value;
  }
  return query;
}

/**
 * The refusal of a booking's secret sent in the query string. A URL lands in
 * access logs, proxies, browser history and `Referer` headers, so the secret is
 * taken from `X-Booking-Secret` only; one in the query is refused outright (never
 * read, even when it is right), so a client that sends it learns at once.
 */
export function secretInQueryError(): ApiError {
  return new ApiError('bad_request', {
    messages: {
      id: `Rahasia pemesanan tidak boleh dikirim di alamat (?secret=): kirim di header ${HEADERS.bookingSecret}.`,
      en: `The booking secret must not be sent in the address (?secret=): send it in the ${HEADERS.bookingSecret} header.`,
    },
  });
}

/**
 * Parses a request against its route: path parameters (`not_found` when they
 * fail, as no such resource can exist), query (`validation_failed`), and the JSON
 * body (see {@link readJsonBody}, then `validation_failed`). On a route that
 * needs a booking's secret, a `secret` query parameter is `bad_request` (see
 * {@link secretInQueryError}) before anything else is read.
 */
export async function routeInput<R extends RouteDefinition>(
  c: Context<AppEnv>,
  route: R,
  maxBodyBytes: number,
): Promise<RouteInput<R>> {
  const locale = c.get('locale');
  // Only these routes pay for parsing the URL here: the others are the hot paths (taking a ticket).
  if (route.auth === 'booking-secret' && new URL(c.req.url).searchParams.has('secret')) throw secretInQueryError();
  let params: unknown = {};
  if (route.params) {
    const result = route.params.safeParse(c.req.param());
    if (!result.success) throw new ApiError('not_found');
    params = result.data;
  }
  let query: unknown = {};
  if (route.query) {
    query = validate(route.query, queryObject(new URL(c.req.url), locale), locale);
  }
  let rawBody: unknown;
  let body: unknown;
  if (route.body) {
    rawBody = await readJsonBody(c.req.raw, maxBodyBytes);
    body = validate(route.body, rawBody, locale);
  }
  return { params, query, body, rawBody } as RouteInput<R>;
}
