// Drives the real app over a store for the shared suites: every answer is
// checked against the contract (the route's response schema, or the error
// envelope with its request id) and for leaked NIKs.
import { ErrorEnvelopeSchema, routes, type RouteDefinition } from '@mpp-kit/contract';
import { createApp, type AppOptions } from '../app.js';
import { fixedClock, type ManualClock } from '../time/clock.js';
import type { Store, StoreSeed } from '../store/store.js';
import { assert } from './assert.js';
import { fixtureSeed, MONDAY_9AM, NIKS } from './fixture-seed.js';

/** Makes a fresh store with `seed` loaded: `new MemoryStore(seed)`, or a SqliteStore on a new database. */
export type StoreFactory = (seed: StoreSeed) => Store;

/** What a test sends. */
export interface Send {
  /** A JSON body (serialised). */
  readonly body?: unknown;
  /** A body sent as is (with `Content-Type: application/json` unless a header says otherwise). */
  readonly raw?: string | Uint8Array;
  readonly headers?: Readonly<Record<string, string>>;
  /** Sends the staff token. */
  readonly staff?: boolean;
}

/** What came back. */
export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The parsed JSON; typed loosely, as the contract schemas have checked its shape already. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- suites read fields the schemas have checked
  readonly body: any;
}

export const STAFF_TOKEN = 'staff-token-for-tests';
export const SECRET = 'a-test-secret-of-enough-length';

const routeList = Object.values(routes) as RouteDefinition[];
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

/** The app over a fresh store, a manual clock at Monday 09:00, and helpers to call it. */
export class Harness {
  readonly store: Store;
  readonly clock: ManualClock;
  readonly app: ReturnType<typeof createApp>;

  constructor(makeStore: StoreFactory, options: Partial<AppOptions> = {}, seed: StoreSeed = fixtureSeed()) {
    this.store = makeStore(seed);
    this.clock = fixedClock(MONDAY_9AM);
    this.app = createApp({
      rateLimit: false,
      staffTokens: [STAFF_TOKEN],
      secret: SECRET,
      clock: this.clock,
      ...options,
      store: this.store,
    });
  }

  /** Sends a request and checks the answer against the contract. */
  async request(method: string, path: string, send: Send = {}): Promise<Reply> {
    const headers = new Headers(send.headers);
    if (send.staff) headers.set('Authorization', `Bearer ${STAFF_TOKEN}`);
    let body: BodyInit | undefined;
    if (send.body !== undefined || send.raw !== undefined) {
      body = (send.raw ?? JSON.stringify(send.body)) as BodyInit;
      if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
    }
    const init: RequestInit = { method, headers };
    if (body !== undefined) init.body = body;
    const response = await this.app.request(path, init);
    const text = await response.text();
    assertNoNik(text);
    const json: unknown = text ? JSON.parse(text) : undefined;
    if (response.status >= 400) {
      const envelope = ErrorEnvelopeSchema.safeParse(json);
      assert(envelope.success, `not an error envelope: ${text}`);
      assert(
        envelope.data.error.requestId === response.headers.get('X-Request-Id'),
        'requestId differs from X-Request-Id',
      );
      assert(!/\bat\s.+:\d+:\d+/.test(text), 'a stack trace leaked');
    } else {
      const route = routeOf(method, path);
      if (route) {
        const parsed = route.response.safeParse(json);
        assert(parsed.success, `${method} ${path}: answer breaks the contract: ${text.slice(0, 300)}`);
      }
    }
    return { status: response.status, headers: response.headers, text, body: json };
  }

  get(path: string, send?: Send): Promise<Reply> {
    return this.request('GET', path, send);
  }

  post(path: string, send?: Send): Promise<Reply> {
    return this.request('POST', path, send);
  }

  /** Takes a ticket (anonymously unless `staff`). */
  take(serviceId: string, send: Send = {}): Promise<Reply> {
    return this.post('/v1/tickets', { ...send, body: { serviceId } });
  }

  /** A booking request body. */
  static bookingBody(serviceId: string, slotStart: string, nik: string = NIKS[0], name = 'Budi Santoso') {
    return { serviceId, slotStart, applicant: { name, nik, phone: '0812-3456-7890' }, consent: true };
  }

  /** Books a slot. */
  book(serviceId: string, slotStart: string, nik: string = NIKS[0], send: Send = {}): Promise<Reply> {
    return this.post('/v1/bookings', { ...send, body: Harness.bookingBody(serviceId, slotStart, nik) });
  }
}
