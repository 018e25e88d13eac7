// Black-box checks that a backend speaks the mpp-kit v1 contract, run over
// HTTP against any base URL: every answer's body parses with the contract's
// zod schema (or is the error envelope), and carries the headers that
// docs/openapi.json requires for that route and status, with values that fit.
// scripts/conformance.node.test.ts runs them against the reference server, or
// against a regency's own backend when MPP_CONFORMANCE_URL is set.
//
// What they cannot see from outside (gap-free numbering under concurrency, no
// overbooking, the NIK stored hashed) is the backend's own tests' job; see
// docs/backend.md.
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import {
  ErrorEnvelopeSchema,
  HEADERS,
  routes,
  type RouteDefinition,
  type RouteName,
} from '../packages/contract/src/index.js';

type Schema = { const?: string; enum?: string[]; pattern?: string; type?: string };
type Header = { required?: boolean; schema: Schema };
/** The parts of an OpenAPI document the header checks read. */
export type OpenApiDocument = {
  paths: Record<string, Record<string, { responses: Record<string, { headers?: Record<string, { $ref: string }> }> }>>;
  components: { headers: Record<string, Header> };
};

/** The committed OpenAPI document, the one a backend of its own is held to. */
export const OPENAPI_DOCUMENT = JSON.parse(
  readFileSync(new URL('../docs/openapi.json', import.meta.url), 'utf8'),
) as OpenApiDocument;

/** The headers `document` declares for `name`'s answer with `status`, by lower-case name. */
function declaredHeaders(document: OpenApiDocument, name: RouteName, status: number): Map<string, Header> {
  const route = routes[name];
  const answer = document.paths[route.path]?.[route.method.toLowerCase()]?.responses[String(status)];
  if (!answer) throw new Error(`${route.method} ${route.path} answered ${status}, which the document does not declare`);
  const declared = new Map<string, Header>();
  for (const [header, { $ref }] of Object.entries(answer.headers ?? {})) {
    const component = document.components.headers[$ref.replace('#/components/headers/', '')];
    if (!component) throw new Error(`${$ref} does not resolve`);
    declared.set(header.toLowerCase(), component);
  }
  return declared;
}

function fits(value: string, schema: Schema): boolean {
  if (schema.const !== undefined && value !== schema.const) return false;
  if (schema.enum !== undefined && !schema.enum.includes(value)) return false;
  if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(value)) return false;
  return schema.type !== 'integer' || /^\d+$/.test(value);
}

/** Headers about the message, not the API: HTTP itself, the compression layer and CORS. */
const NOT_THE_DOCUMENTS = new Set([
  'connection',
  'content-encoding',
  'content-length',
  'content-type',
  'date',
  'keep-alive',
  'transfer-encoding',
]);

/**
 * Throws unless `response` carries every header the document requires for
 * `name` and its status, and every declared header it sends fits its schema.
 * With `exact`, a header the document does not declare fails too (the
 * reference server's own test); a backend behind a proxy may add its own.
 */
export function assertDeclaredHeaders(
  document: OpenApiDocument,
  name: RouteName,
  response: Response,
  { exact = false } = {},
): void {
  const what = `${routes[name].method} ${routes[name].path} ${response.status}`;
  const declared = declaredHeaders(document, name, response.status);
  for (const [header, value] of response.headers) {
    if (NOT_THE_DOCUMENTS.has(header) || header.startsWith('access-control-')) continue;
    const declaration = declared.get(header);
    if (declaration === undefined) {
      if (exact) throw new Error(`${what} sends ${header}, which the document does not declare`);
    } else if (!fits(value, declaration.schema)) {
      throw new Error(`${what}: ${header} "${value}" does not fit ${JSON.stringify(declaration.schema)}`);
    }
  }
  for (const [header, { required }] of declared) {
    if (required && !response.headers.has(header)) {
      throw new Error(`${what} lacks ${header}, which the document requires`);
    }
  }
}

/** The backend under test. */
export interface ConformanceTarget {
  /** The API root before `/v1`, without a trailing slash: `https://mpp.kedirikota.go.id/api`. */
  readonly baseUrl: string;
  /** A staff token, for the checks of staff routes; without one they are skipped. */
  readonly staffToken?: string | undefined;
  /**
   * Whether checks may write: take a queue number (and cancel it). Only on a
   * staging server: on a live MPP the number would be real.
   */
  readonly writes: boolean;
  /** The `fetch` to call it with. @default globalThis.fetch */
  readonly fetch?: typeof fetch;
}

/** One check; it throws on the first thing the backend gets wrong. */
export interface ConformanceCheck {
  readonly name: string;
  /** What the target must allow for the check to run. */
  readonly needs?: 'staffToken' | 'writes';
  readonly run: (target: ConformanceTarget) => Promise<void>;
}

interface Call {
  readonly path: string;
  readonly status?: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  readonly staff?: boolean;
}

/** Calls route `name`, then checks its status, headers and body; returns the response and the parsed body. */
async function call(
  target: ConformanceTarget,
  name: RouteName,
  { path, status = routes[name].status, body, headers = {}, staff = false }: Call,
): Promise<{ response: Response; body: unknown }> {
  const route: RouteDefinition = routes[name];
  const sent: Record<string, string> = { ...headers };
  if (body !== undefined) sent['Content-Type'] = 'application/json';
  if (staff && target.staffToken !== undefined) sent[HEADERS.authorization] = `Bearer ${target.staffToken}`;
  const init: RequestInit = { method: route.method, headers: sent };
  if (body !== undefined) init.body = JSON.stringify(body);
  const response = await (target.fetch ?? fetch)(`${target.baseUrl}${path}`, init);
  const what = `${route.method} ${path}`;
  if (response.status !== status) {
    const text = await response.text();
    throw new Error(`${what}: expected ${status}, got ${response.status} ${text.slice(0, 300)}`);
  }
  assertDeclaredHeaders(OPENAPI_DOCUMENT, name, response);
  if (status === 304 || route.stream === true) return { response, body: undefined };
  const json: unknown = await response.json();
  const schema = status === route.status ? route.response : ErrorEnvelopeSchema;
  const parsed = z.safeParse(schema, json);
  if (!parsed.success) throw new Error(`${what}: the body does not fit the contract: ${z.prettifyError(parsed.error)}`);
  if (status >= 400) {
    const requestId = response.headers.get(HEADERS.requestId);
    const envelope = parsed.data as { error: { requestId: string } };
    if (envelope.error.requestId !== requestId) {
      throw new Error(`${what}: the envelope's requestId ${envelope.error.requestId} is not X-Request-Id ${requestId}`);
    }
  }
  return { response, body: parsed.data };
}

/** The error code of an envelope `call` has checked. */
const errorCode = (body: unknown): string => (body as { error: { code: string } }).error.code;

function expect(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** Reads a `text/event-stream` until its first event with data; returns its `id` and data. */
async function firstEvent(response: Response): Promise<{ id: string | null; data: unknown }> {
  const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
  if (reader === undefined) throw new Error('the stream has no body');
  let buffered = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) throw new Error('the stream ended before its first event');
      buffered += value;
      let end: number;
      while ((end = buffered.search(/\r?\n\r?\n/)) !== -1) {
        const lines = buffered.slice(0, end).split(/\r?\n/);
        buffered = buffered.slice(end).replace(/^\r?\n\r?\n/, '');
        const data = lines.filter((line) => line.startsWith('data:')).map((line) => line.slice(5).trimStart());
        if (data.length === 0) continue; // a comment, such as a heartbeat
        const id =
          lines
            .find((line) => line.startsWith('id:'))
            ?.slice(3)
            .trim() ?? null;
        return { id, data: JSON.parse(data.join('\n')) as unknown };
      }
    }
  } finally {
    await reader.cancel();
  }
}

/** Opens the queue stream and returns its first event, checked against the contract. */
async function openStream(target: ConformanceTarget, headers: Record<string, string> = {}) {
  const { response } = await call(target, 'streamQueue', { path: '/v1/queues/stream', headers });
  expect(
    (response.headers.get('Content-Type') ?? '').startsWith('text/event-stream'),
    'the queue stream is not a text/event-stream',
  );
  const event = await firstEvent(response);
  const parsed = z.safeParse(routes.streamQueue.response, event.data);
  if (!parsed.success) throw new Error(`a stream event does not fit the contract: ${z.prettifyError(parsed.error)}`);
  expect(event.id !== null && event.id !== '', 'a stream event has no id, so a client cannot resume');
  return { id: event.id as string, event: parsed.data };
}

type ServicePage = { items: { id: string; channels: { kind: string }[] }[] };

/** The catalog's first page, from which the other checks take real ids. */
async function firstServices(target: ConformanceTarget): Promise<ServicePage['items']> {
  const { body } = await call(target, 'listServices', { path: '/v1/services?limit=50' });
  const { items } = body as ServicePage;
  expect(items.length > 0, 'GET /v1/services lists no service');
  return items;
}

/** Every check, in the order they are best read in a report. */
export const CONFORMANCE_CHECKS: readonly ConformanceCheck[] = [
  {
    name: 'the catalog parses, carries an ETag and answers If-None-Match with 304',
    async run(target) {
      const [service] = await firstServices(target);
      for (const [name, path] of [
        ['getSite', '/v1/site'],
        ['listAgencies', '/v1/agencies'],
        ['listServices', '/v1/services?limit=50'],
        ['getService', `/v1/services/${encodeURIComponent(service?.id ?? '')}`],
      ] as const) {
        const { response } = await call(target, name, { path });
        const etag = response.headers.get('ETag');
        expect(etag !== null, `GET ${path} has no ETag`);
        await call(target, name, { path, headers: { 'If-None-Match': etag ?? '' }, status: 304 });
      }
    },
  },
  {
    name: 'an error is the envelope, its requestId the X-Request-Id, its message in the asked language',
    async run(target) {
      const path = '/v1/services/conformance-no-such-service';
      const messages = [];
      for (const language of ['id', 'en']) {
        const { response, body } = await call(target, 'getService', {
          path,
          headers: { 'Accept-Language': language },
          status: 404,
        });
        expect(errorCode(body) === 'not_found', `GET ${path}: code ${errorCode(body)}, not not_found`);
        expect(
          response.headers.get('Content-Language') === language,
          `GET ${path}: Content-Language is not ${language}`,
        );
        messages.push((body as { error: { message: string } }).error.message);
      }
      expect(messages[0] !== messages[1], 'the Indonesian and English messages are the same');
    },
  },
  {
    name: 'a refused body is 422 validation_failed with the fields in details',
    async run(target) {
      const { body } = await call(target, 'takeTicket', { path: '/v1/tickets', body: {}, status: 422 });
      expect(errorCode(body) === 'validation_failed', `code ${errorCode(body)}, not validation_failed`);
      const details = (body as { error: { details?: { path: string }[] } }).error.details ?? [];
      expect(
        details.some((detail) => detail.path === 'serviceId'),
        'details do not name serviceId',
      );
    },
  },
  {
    name: 'the queue, availability, statistics and survey results parse',
    async run(target) {
      await call(target, 'getQueueSnapshot', { path: '/v1/queues' });
      const bookable = (await firstServices(target)).find((service) =>
        service.channels.some((channel) => channel.kind === 'booking'),
      );
      if (bookable !== undefined) {
        await call(target, 'getAvailability', {
          path: `/v1/services/${encodeURIComponent(bookable.id)}/availability`,
        });
      }
      await call(target, 'getStats', { path: '/v1/stats' });
      await call(target, 'getSurveyResults', { path: '/v1/survey/results' });
    },
  },
  {
    name: 'the live stream opens with a snapshot event that has an id',
    async run(target) {
      const { event } = await openStream(target);
      expect(event.type === 'snapshot', `the stream opens with ${event.type}, not snapshot`);
    },
  },
  {
    name: 'a staff route refuses no token with 401 and WWW-Authenticate, a wrong one with 403',
    async run(target) {
      const path = '/v1/survey/suggestions';
      const { response, body } = await call(target, 'listSurveySuggestions', { path, status: 401 });
      expect(errorCode(body) === 'unauthorized', `no token: code ${errorCode(body)}, not unauthorized`);
      expect(/^Bearer\b/i.test(response.headers.get('WWW-Authenticate') ?? ''), 'a 401 lacks WWW-Authenticate: Bearer');
      const wrong = await call(target, 'listSurveySuggestions', {
        path,
        headers: { [HEADERS.authorization]: 'Bearer conformance-not-a-staff-token' },
        status: 403,
      });
      expect(errorCode(wrong.body) === 'forbidden', `wrong token: code ${errorCode(wrong.body)}, not forbidden`);
    },
  },
  {
    name: 'the staff token is accepted',
    needs: 'staffToken',
    async run(target) {
      await call(target, 'listSurveySuggestions', { path: '/v1/survey/suggestions', staff: true });
    },
  },
  {
    name: 'a repeated Idempotency-Key takes one number, replayed with Idempotent-Replayed; the stream resumes after Last-Event-ID',
    needs: 'writes',
    async run(target) {
      const queued = (await firstServices(target)).find((service) =>
        service.channels.some((channel) => channel.kind === 'queue'),
      );
      expect(queued !== undefined, 'no service takes queue numbers');
      const { id: before } = await openStream(target);
      const take = {
        path: '/v1/tickets',
        body: { serviceId: queued?.id },
        headers: { [HEADERS.idempotencyKey]: `conformance-${crypto.randomUUID()}` },
      };
      const first = await call(target, 'takeTicket', take);
      const ticket = first.body as { id: string };
      expect(first.response.headers.has('RateLimit-Limit'), 'a public write lacks RateLimit-Limit');
      const again = await call(target, 'takeTicket', take);
      expect((again.body as { id: string }).id === ticket.id, 'the repeated key took a second ticket');
      expect(
        again.response.headers.get(HEADERS.idempotentReplayed) === 'true',
        'the replay lacks Idempotent-Replayed: true',
      );
      await call(target, 'getTicket', { path: `/v1/tickets/${encodeURIComponent(ticket.id)}` });
      const resumed = await openStream(target, { [HEADERS.lastEventId]: before });
      expect(
        resumed.event.type !== 'snapshot',
        'after Last-Event-ID the stream sent a snapshot, not the missed events',
      );
      expect(resumed.id !== before, `the resumed stream repeated event ${before}`);
      await call(target, 'cancelTicket', { path: `/v1/tickets/${encodeURIComponent(ticket.id)}/cancel` });
    },
  },
];

/**
 * The target the environment names: `MPP_CONFORMANCE_URL` (the API root before
 * `/v1`), `MPP_CONFORMANCE_STAFF_TOKEN`, and `MPP_CONFORMANCE_WRITES=1` for a
 * staging server; `null` without a URL.
 */
export function targetFromEnv(env: Readonly<Record<string, string | undefined>>): ConformanceTarget | null {
  const url = env['MPP_CONFORMANCE_URL'];
  if (url === undefined || url === '') return null;
  const token = env['MPP_CONFORMANCE_STAFF_TOKEN'];
  return {
    baseUrl: url.replace(/\/+$/, ''),
    staffToken: token === undefined || token === '' ? undefined : token,
    writes: env['MPP_CONFORMANCE_WRITES'] === '1',
  };
}
