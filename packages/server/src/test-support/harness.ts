// Drives the real app over a store for the shared suites: every answer is
// checked against the contract (the route's response schema, or the error
// envelope with its request id), for leaked NIKs and for the security
// headers, and comes back typed.
import {
  buildPath,
  ErrorEnvelopeSchema,
  HEADERS,
  routes,
  type BookingReceipt,
  type CreateBookingInput,
  type ErrorEnvelope,
  type RouteDefinition,
  type Ticket,
} from '@mpp-kit/contract';
import type * as z from 'zod/mini';
import { createApp, type AppOptions } from '../app.js';
import { fixedClock, type ManualClock } from '../time/clock.js';
import type { Store, StoreSeed } from '../store/store.js';
import { assert } from './assert.js';
import { fixtureSeed, MONDAY_9AM, NIKS } from './fixture-seed.js';
import { assertApiSecurityHeaders } from './security-headers.js';

/**
 * Makes a fresh store with `seed` loaded: `new MemoryStore(seed)`, a SqliteStore
 * on a new database, or a PostgresStore on a new database of a test cluster.
 */
export type StoreFactory = (seed: StoreSeed) => Store | Promise<Store>;

/** What a test sends. */
export interface Send {
  /** A JSON body (serialised). */
  readonly body?: unknown;
  /** A body sent as is (with `Content-Type: application/json` unless a header says otherwise). */
  readonly raw?: string | Uint8Array<ArrayBuffer>;
  readonly headers?: Readonly<Record<string, string>>;
  /** Sends the staff token. */
  readonly staff?: boolean;
}

/** What a test sends to a route of the table: its path parameters and query besides. */
export interface Call extends Send {
  readonly params?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string>>;
}

/** The `error` of an error envelope. */
export type ErrorBody = ErrorEnvelope['error'];

type Answer<T> = { readonly ok: true; readonly body: T } | { readonly ok: false; readonly error: ErrorBody };

/** What came back: a success typed by its route's response schema, or an error envelope. */
export class Reply<T = unknown> {
  constructor(
    readonly status: number,
    readonly headers: Headers,
    readonly text: string,
    private readonly answer: Answer<T>,
  ) {}

  /** The successful answer. @throws Error when the answer is an error */
  get body(): T {
    if (!this.answer.ok) throw new Error(`expected a success, got ${this.status} ${this.answer.error.code}`);
    return this.answer.body;
  }

  /** The error envelope's `error`. @throws Error when the answer is a success */
  get error(): ErrorBody {
    if (this.answer.ok) throw new Error(`expected an error, got ${this.status}: ${this.text.slice(0, 200)}`);
    return this.answer.error;
  }
}

export const STAFF_TOKEN = 'staff-token-for-tests';
export const SECRET = 'a-test-secret-of-enough-length';

const routeList: readonly RouteDefinition[] = Object.values(routes);
const routePatterns = routeList.map((route) => ({
  route,
  pattern: new RegExp(`^${route.path.replace(/\{\w+\}/g, '[^/]+')}$`),
}));

/** The route a request goes to, if any. */
export function routeOf(method: string, path: string): RouteDefinition | undefined {
  const pathname = path.split('?')[0] ?? path;
  return routePatterns.find(({ route, pattern }) => route.method === method && pattern.test(pathname))?.route;
}

/** Fails when a text holds any of the test NIKs. */
export function assertNoNik(text: string): void {
  for (const nik of NIKS) assert(!text.includes(nik), `a NIK leaked: ${text.slice(0, 200)}`);
}

/** The JSON a route answers with: what its response schema accepts. */
export type Answered<R extends RouteDefinition> = z.input<R['response']>;

/** Whether `json` is what `schema` accepts. The JSON itself is kept: parsing would drop fields the schema does not know. */
function conforms<S extends z.ZodMiniType>(schema: S, json: unknown): json is z.input<S> {
  return schema.safeParse(json).success;
}

/** Fails unless `json` is what `schema` accepts. */
function checked<S extends z.ZodMiniType>(schema: S, json: unknown, what: string): z.input<S> {
  const shown = json === undefined ? 'no body' : JSON.stringify(json).slice(0, 300);
  assert(conforms(schema, json), `${what}: ${shown}`);
  return json;
}

/** The app over a fresh store, a manual clock at Monday 09:00, and helpers to call it. */
export class Harness {
  readonly store: Store;
  readonly clock: ManualClock;
  readonly app: ReturnType<typeof createApp>;

  /** The app over a store `makeStore` makes with `seed`. */
  static async open(
    makeStore: StoreFactory,
    options: Partial<AppOptions> = {},
    seed: StoreSeed = fixtureSeed(),
  ): Promise<Harness> {
    return new Harness(await makeStore(seed), options);
  }

  private constructor(store: Store, options: Partial<AppOptions>) {
    this.store = store;
    this.clock = fixedClock(MONDAY_9AM);
    this.app = createApp({
      rateLimit: false,
      credentialGuard: false,
      staffTokens: [STAFF_TOKEN],
      secret: SECRET,
      clock: this.clock,
      ...options,
      store: this.store,
    });
  }

  /** Sends a request to a path and checks the answer against the contract; a success is read by the route the path names. */
  request(method: string, path: string, send: Send = {}): Promise<Reply> {
    const route = routeOf(method, path);
    return this.send(method, path, send, (json) =>
      route ? checked(route.response, json, `${method} ${path}: answer breaks the contract`) : json,
    );
  }

  /** Calls a route of the table: its success comes back typed by the route's response schema. */
  call<R extends RouteDefinition>(route: R, call: Call = {}): Promise<Reply<Answered<R>>> {
    const query = call.query ? `?${new URLSearchParams(call.query).toString()}` : '';
    const path = `${buildPath(route.path, call.params ?? {})}${query}`;
    return this.send<Answered<R>>(route.method, path, call, (json) =>
      checked<R['response']>(route.response, json, `${route.method} ${path}: answer breaks the contract`),
    );
  }

  get(path: string, send?: Send): Promise<Reply> {
    return this.request('GET', path, send);
  }

  post(path: string, send?: Send): Promise<Reply> {
    return this.request('POST', path, send);
  }

  /** Calls a staff route of the counter or booking `id`. */
  staff<R extends RouteDefinition>(route: R, id: string, body?: unknown): Promise<Reply<Answered<R>>> {
    const params = route.path.includes('{code}') ? { code: id } : { id };
    return this.call(route, { params, staff: true, ...(body === undefined ? {} : { body }) });
  }

  /** Takes a ticket (anonymously unless `staff`). */
  take(serviceId: string, send: Send = {}): Promise<Reply<Ticket>> {
    return this.call(routes.takeTicket, { ...send, body: { serviceId } });
  }

  /** A booking request body. */
  static bookingBody(serviceId: string, slotStart: string, nik: string = NIKS[0], name = 'Budi Santoso') {
    return {
      serviceId,
      slotStart,
      applicant: { name, nik, phone: '0812-3456-7890' },
      consent: true,
    } satisfies CreateBookingInput;
  }

  /** Books a slot. */
  book(serviceId: string, slotStart: string, nik: string = NIKS[0], send: Send = {}): Promise<Reply<BookingReceipt>> {
    return this.call(routes.createBooking, { ...send, body: Harness.bookingBody(serviceId, slotStart, nik) });
  }

  /** Sends a request; a success is read with `read`, an error as the contract's envelope. */
  private async send<T>(method: string, path: string, send: Send, read: (json: unknown) => T): Promise<Reply<T>> {
    const headers = new Headers(send.headers);
    if (send.staff) headers.set(HEADERS.authorization, `Bearer ${STAFF_TOKEN}`);
    let body: BodyInit | undefined;
    if (send.body !== undefined || send.raw !== undefined) {
      body = send.raw ?? JSON.stringify(send.body);
      if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
    }
    const init: RequestInit = { method, headers };
    if (body !== undefined) init.body = body;
    const response = await this.app.request(path, init);
    const text = await response.text();
    assertNoNik(text);
    assertApiSecurityHeaders(response.headers, `${method} ${path} ${response.status}`);
    const json: unknown = text ? JSON.parse(text) : undefined;
    if (response.status < 400)
      return new Reply(response.status, response.headers, text, { ok: true, body: read(json) });
    const { error } = checked(ErrorEnvelopeSchema, json, 'not an error envelope');
    assert(error.requestId === response.headers.get(HEADERS.requestId), 'requestId differs from X-Request-Id');
    assert(!/\bat\s.+:\d+:\d+/.test(text), 'a stack trace leaked');
    return new Reply(response.status, response.headers, text, { ok: false, error });
  }
}
