// Test helpers: a scripted `fetch` that plays the server, fixtures that satisfy
// the contract, and a controllable Server-Sent Events body. No global mocks.
import type { FetchLike } from '../options.js';

/** One scripted answer: a Response, a function of the request, or an error to reject with. */
export type Reply = Response | Error | ((request: Request) => Response | Promise<Response>);

/** A fake `fetch` that answers with `replies` in order (the last one repeats) and records every request. */
export function scriptedFetch(...replies: Reply[]): { fetch: FetchLike; requests: Request[] } {
  const requests: Request[] = [];
  const fetch: FetchLike = async (input) => {
    requests.push(input.clone());
    const reply = replies[Math.min(requests.length - 1, replies.length - 1)];
    if (reply === undefined) throw new Error('scriptedFetch: no reply scripted');
    if (reply instanceof Error) throw reply;
    if (typeof reply === 'function') return reply(input);
    return reply.clone();
  };
  return { fetch, requests };
}

/** A JSON response. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

/** An error response in the contract's envelope. */
export function apiError(status: number, code: string, headers: Record<string, string> = {}): Response {
  return json({ error: { code, message: `pesan ${code}`, requestId: 'req_1' } }, status, headers);
}

/** A reply that never answers until the request is aborted (then rejects like fetch does). */
export function hang(request: Request): Promise<Response> {
  return new Promise((_resolve, reject) => {
    const { signal } = request;
    if (signal.aborted) reject(signal.reason as Error);
    signal.addEventListener('abort', () => reject(signal.reason as Error));
  });
}

/** Waits until `condition()` holds (polling every few ms); fails after `limit` ms. Not a timing assertion. */
export async function until(condition: () => boolean, limit = 4_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > limit) throw new Error('until: condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** A copy of `value` without `key` (a body missing a field). */
export function without<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  return Object.fromEntries(Object.entries(value).filter(([name]) => name !== key)) as Omit<T, K>;
}

/** `items[index]`, failing the test when there is no such item. */
export function nth<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`expected an item at ${index}, got ${items.length} items`);
  return item;
}

export const BASE_URL = 'https://mpp.example.go.id/api';

/** A valid ticket. */
export const ticket = {
  id: 't_8f2c',
  number: 'A-012',
  serviceId: 'ktp-el',
  status: 'waiting',
  position: 3,
  estimatedWaitSeconds: 600,
  issuedAt: '2025-03-03T08:00:00+07:00',
} as const;

/** A valid service. */
export const service = {
  id: 'ktp-el',
  agencyId: 'dukcapil',
  name: { id: 'Perekaman KTP-el', en: 'e-ID card recording' },
  category: 'kependudukan',
  keywords: ['ktp'],
  cost: { kind: 'free' },
  completion: { kind: 'same-day' },
  channels: [{ kind: 'queue' }],
  requirements: [],
  legalBasis: ['UU 24/2013'],
  queuePrefix: 'A',
  counterIds: ['loket-1'],
  dailyQuota: null,
  averageServiceMinutes: 10,
} as const;

/** A valid counter. */
export const counter = {
  id: 'loket-1',
  name: 'Loket 1',
  agencyId: 'dukcapil',
  serviceIds: ['ktp-el'],
  status: 'open',
} as const;

/** A valid booking receipt. */
export const receipt = {
  code: 'K7Q2M9',
  status: 'confirmed',
  serviceId: 'ktp-el',
  slotStart: '2025-03-03T08:00:00+07:00',
  slotEnd: '2025-03-03T08:30:00+07:00',
  applicantName: 'Bud* S*****',
  createdAt: '2025-03-01T10:00:00+07:00',
  secret: 's3cr3t',
} as const;

/** A valid booking request (NIK 35.71.01, born 1990-01-12). */
export const bookingInput = {
  serviceId: 'ktp-el',
  slotStart: '2025-03-03T08:00:00+07:00',
  applicant: { name: 'Budi Santoso', nik: '3571011201900001', phone: '0812-3456-7890' },
  consent: true,
} as const;

/** A queue snapshot where `waiting` people wait for `ktp-el` and loket-1 serves `serving`. */
export function snapshot(waiting: number, serving: string | null = null) {
  return {
    asOf: '2025-03-03T08:00:00+07:00',
    counters: [
      {
        id: 'loket-1',
        name: 'Loket 1',
        agencyId: 'dukcapil',
        serviceIds: ['ktp-el'],
        status: 'open',
        serving: serving
          ? { ...ticket, number: serving, status: 'called', position: null, estimatedWaitSeconds: null }
          : null,
      },
    ],
    services: [{ serviceId: 'ktp-el', agencyId: 'dukcapil', prefix: 'A', waiting, estimatedWaitSeconds: waiting * 60 }],
  };
}

/** A `snapshot` event. */
export function snapshotEvent(id: string, waiting: number) {
  return { id, at: '2025-03-03T08:00:00+07:00', type: 'snapshot', snapshot: snapshot(waiting) };
}

/** A `ticket.issued` event that leaves `waiting` people in line. */
export function issuedEvent(id: string, waiting: number) {
  return {
    id,
    at: '2025-03-03T08:01:00+07:00',
    type: 'ticket.issued',
    ticket,
    counterId: null,
    line: { serviceId: 'ktp-el', agencyId: 'dukcapil', prefix: 'A', waiting, estimatedWaitSeconds: waiting * 60 },
  };
}

/** A Server-Sent Events body the test writes to: events, heartbeat comments, and the end. */
export function eventStream() {
  const encoder = new TextEncoder();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let cancelled = false;
  let closed = false;
  const body = new ReadableStream<Uint8Array>({
    start: (c) => {
      controller = c;
    },
    cancel: () => {
      cancelled = true;
    },
  });
  const write = (text: string): void => {
    if (!cancelled && !closed) controller.enqueue(encoder.encode(text));
  };
  return {
    response: (): Response => new Response(body, { headers: { 'Content-Type': 'text/event-stream; charset=utf-8' } }),
    /** Sends an event; `split` sends it in two chunks to exercise the parser's buffering. */
    send(event: { id: string }, split = false): void {
      const text = `id: ${event.id}\ndata: ${JSON.stringify(event)}\n\n`;
      if (!split) {
        write(text);
        return;
      }
      write(text.slice(0, 10));
      write(text.slice(10));
    },
    raw: write,
    heartbeat: (): void => write(': heartbeat\n\n'),
    close(): void {
      if (cancelled || closed) return;
      closed = true;
      controller.close();
    },
    get cancelled(): boolean {
      return cancelled;
    },
  };
}

/** A reply that never answers and ignores the request's signal (like an in-process server that is stuck). */
export function ignoreAbort(): Promise<Response> {
  return new Promise(() => undefined);
}

/** What `promise` rejects with; fails the test when it resolves instead. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}
