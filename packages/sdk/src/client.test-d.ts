// Type tests (checked by `npx tsc -p tsconfig.json`, never run).
import { expectTypeOf } from 'expect-type';
import {
  createClient,
  createCore,
  servicesResource,
  siteResource,
  type ClientCore,
  isMppApiError,
  type Booking,
  type BookingReceipt,
  type ConnectionState,
  type Counter,
  type MppClient,
  type Page,
  type QueueEvent,
  type QueueSnapshot,
  type Service,
  type ServiceSummary,
  type Site,
  type StaffCallResult,
  type Ticket,
  type Unsubscribe,
} from './index.js';

declare const client: MppClient;

expectTypeOf(createClient({ baseUrl: 'https://mpp.example.go.id/api' })).toEqualTypeOf<MppClient>();

// The global fetch and an in-process server's fetch (Hono's `app.fetch` shape) are both accepted.
declare const appFetch: (request: Request, env?: unknown, executionCtx?: unknown) => Response | Promise<Response>;
createClient({ baseUrl: 'https://mpp.example.go.id', fetch: globalThis.fetch });
createClient({ baseUrl: 'https://mpp.example.go.id', fetch: appFetch });

// Resources resolve to the contract's types.
expectTypeOf(client.site.get()).resolves.toEqualTypeOf<Site>();
expectTypeOf(client.services.get('ktp-el')).resolves.toEqualTypeOf<Service>();
expectTypeOf(client.services.list({ q: 'ktp', limit: 10 })).resolves.toEqualTypeOf<Page<ServiceSummary>>();
expectTypeOf(client.tickets.take({ serviceId: 'ktp-el' })).resolves.toEqualTypeOf<Ticket>();
expectTypeOf(client.queues.snapshot()).resolves.toEqualTypeOf<QueueSnapshot>();
expectTypeOf(client.bookings.get('K7Q2', 'secret')).resolves.toEqualTypeOf<Booking>();
expectTypeOf(
  client.bookings.reschedule('K7Q2', 'secret', { slotStart: '2025-03-03T08:00:00+07:00' }),
).resolves.toEqualTypeOf<BookingReceipt>();

// Staff methods exist.
expectTypeOf(client.counters.callNext('loket-1')).resolves.toEqualTypeOf<StaffCallResult>();
expectTypeOf(client.counters.update('loket-1', { status: 'paused' })).resolves.toEqualTypeOf<Counter>();
expectTypeOf(client.bookings.checkIn('K7Q2')).resolves.toEqualTypeOf<Ticket>();

// The subscription returns an unsubscribe function; handlers get typed values.
const unsubscribe = client.queues.subscribe(
  { agency: 'dukcapil' },
  {
    onSnapshot: (snapshot) => expectTypeOf(snapshot).toEqualTypeOf<QueueSnapshot>(),
    onEvent: (event) => expectTypeOf(event).toEqualTypeOf<QueueEvent>(),
    onStateChange: (state) => expectTypeOf(state).toEqualTypeOf<ConnectionState>(),
  },
);
expectTypeOf(unsubscribe).toEqualTypeOf<Unsubscribe>();
expectTypeOf<ConnectionState>().toEqualTypeOf<'connecting' | 'live' | 'reconnecting' | 'polling' | 'offline'>();

// Call options on every method.
void client.tickets.get('t_1', { signal: AbortSignal.timeout(1_000), timeout: 500 });
void client.bookings.create(
  {
    serviceId: 'ktp-el',
    slotStart: '2025-03-03T08:00:00+07:00',
    applicant: { name: 'Budi', nik: '3571011201900001', phone: '081234567890' },
    consent: true,
  },
  { idempotencyKey: 'k' },
);

// Guards narrow.
declare const unknownError: unknown;
if (isMppApiError(unknownError)) {
  expectTypeOf(unknownError.name).toEqualTypeOf<'MppApiError'>();
  expectTypeOf(unknownError.retryAfter).toEqualTypeOf<number | null>();
}

// @ts-expect-error serviceId is required
void client.tickets.take({});
// @ts-expect-error an id, not an object
void client.services.get({ id: 'ktp-el' });
const withoutConsent = {
  serviceId: 'a',
  slotStart: 'b',
  applicant: { name: 'c', nik: 'd', phone: 'e' },
  consent: false,
};
// @ts-expect-error consent must be literally true
void client.bookings.create(withoutConsent);
// @ts-expect-error the secret is required
void client.bookings.get('K7Q2');
// @ts-expect-error counter status is open | paused | closed
void client.counters.update('loket-1', { status: 'busy' });
// @ts-expect-error only tickets.take and bookings.create take an idempotencyKey
void client.tickets.cancel('t_1', { idempotencyKey: 'k' });
// @ts-expect-error unknown option key
createClient({ baseUrl: 'https://mpp.example.go.id', retries: 3 });
// @ts-expect-error baseUrl is required
createClient({ locale: 'en' });
// @ts-expect-error locale is id | en
createClient({ baseUrl: 'https://mpp.example.go.id', locale: 'fr' });
// @ts-expect-error unknown retry key
createClient({ baseUrl: 'https://mpp.example.go.id', retry: { tries: 3 } });

// A client of a few resources over one core has exactly their types.
const core = createCore({ baseUrl: 'https://mpp.example.go.id/api' });
expectTypeOf(core).toEqualTypeOf<ClientCore>();
expectTypeOf(client.core).toEqualTypeOf<ClientCore>();
expectTypeOf(servicesResource(core)).toEqualTypeOf<MppClient['services']>();
expectTypeOf(siteResource(core).get()).resolves.toEqualTypeOf<Site>();
// @ts-expect-error a resource is built over a core, not over options
servicesResource({ baseUrl: 'https://mpp.example.go.id/api' });
