// fast-check arbitraries of valid contract values, for property tests of the
// contract and of the packages built on it. Not shipped (see tsconfig.build.json).
import fc from 'fast-check';
import { NIK_PROVINCE_CODES } from '../rules/nik.js';
import { formatQueueNumber, MAX_QUEUE_SEQUENCE } from '../rules/queue-number.js';
import type { Agency } from '../schemas/agency.js';
import type { Availability, Slot } from '../schemas/availability.js';
import type { Booking, BookingReceipt } from '../schemas/booking.js';
import type { LocalizedText } from '../schemas/common.js';
import type { Counter, StaffCallResult } from '../schemas/counter.js';
import type { ErrorEnvelope } from '../schemas/errors.js';
import { ERROR_CODES } from '../schemas/errors.js';
import { TICKET_EVENT_TYPES, type QueueEvent } from '../schemas/queue-event.js';
import type { QueueCounter, QueueLine, QueueSnapshot } from '../schemas/queue.js';
import type { Cost, Completion, Channel, Requirement, Service, ServiceSummary } from '../schemas/service.js';
import type { DayHours, Site } from '../schemas/site.js';
import type { Ticket } from '../schemas/ticket.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export const id = fc.stringMatching(/^[\w-]{1,64}$/);
export const text = fc.string({ minLength: 1, maxLength: 40 });
export const localizedText: fc.Arbitrary<LocalizedText> = fc.record({ id: text, en: text }, { requiredKeys: ['id'] });
export const rupiah = fc.nat({ max: 50_000_000 });
export const count = fc.nat({ max: 500 });
export const queuePrefix = fc.stringMatching(/^[A-Z]{1,2}$/);
export const queueNumber = fc
  .tuple(queuePrefix, fc.integer({ min: 1, max: MAX_QUEUE_SEQUENCE }))
  .map(([p, s]) => formatQueueNumber(p, s));

const dates = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2099-12-31T23:59:59Z'),
  noInvalidDate: true,
});

/** An ISO 8601 instant with one of the offsets the API uses (`Z`, +07:00, +08:00, +09:00). */
export const instant = fc.tuple(dates, fc.constantFrom(0, 7, 8, 9)).map(([date, hours]) => {
  const local = new Date(date.getTime() + hours * 3_600_000).toISOString().slice(0, 19);
  return hours === 0 ? `${local}Z` : `${local}+${pad(hours)}:00`;
});
export const localDate = dates.map((date) => date.toISOString().slice(0, 10));
export const localTime = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${pad(h)}:${pad(m)}`);
export const timeZone = fc.constantFrom<'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura'>(
  'Asia/Jakarta',
  'Asia/Makassar',
  'Asia/Jayapura',
);

export interface NikSample {
  nik: string;
  birthDate: string;
  sex: 'female' | 'male';
}

/** Valid NIKs with what they encode, for births up to `today` within the century window. */
export function nikSample(today: Date): fc.Arbitrary<NikSample> {
  const min = new Date(Date.UTC(today.getUTCFullYear() - 99, 0, 1));
  return fc
    .record({
      province: fc.constantFrom(...NIK_PROVINCE_CODES),
      regency: fc.integer({ min: 1, max: 99 }),
      district: fc.integer({ min: 1, max: 99 }),
      birth: fc.date({ min, max: today, noInvalidDate: true }),
      sex: fc.constantFrom<'female' | 'male'>('female', 'male'),
      serial: fc.integer({ min: 1, max: 9999 }),
    })
    .map(({ province, regency, district, birth, sex, serial }) => {
      const birthDate = birth.toISOString().slice(0, 10);
      const day = birth.getUTCDate() + (sex === 'female' ? 40 : 0);
      const yymmdd = `${pad(day)}${pad(birth.getUTCMonth() + 1)}${birthDate.slice(2, 4)}`;
      return { nik: `${province}${pad(regency)}${pad(district)}${yymmdd}${pad(serial, 4)}`, birthDate, sex };
    });
}

export const ticket: fc.Arbitrary<Ticket> = fc.record(
  {
    id,
    number: queueNumber,
    serviceId: id,
    status: fc.constantFrom('waiting', 'called', 'serving', 'done', 'skipped', 'cancelled'),
    position: fc.option(count),
    estimatedWaitSeconds: fc.option(fc.nat({ max: 86_400 })),
    issuedAt: instant,
    calledAt: fc.option(instant),
    counterId: fc.option(id),
    bookingCode: fc.option(id),
    priority: fc.boolean(),
  },
  { requiredKeys: ['id', 'number', 'serviceId', 'status', 'position', 'estimatedWaitSeconds', 'issuedAt'] },
);

export const counter: fc.Arbitrary<Counter> = fc.record({
  id,
  name: text,
  agencyId: id,
  serviceIds: fc.array(id, { maxLength: 4 }),
  status: fc.constantFrom('open', 'paused', 'closed'),
});

export const queueCounter: fc.Arbitrary<QueueCounter> = fc.record({
  id,
  name: text,
  agencyId: id,
  serviceIds: fc.array(id, { maxLength: 4 }),
  status: fc.constantFrom('open', 'paused', 'closed'),
  serving: fc.option(ticket),
});

export const queueLine: fc.Arbitrary<QueueLine> = fc.record({
  serviceId: id,
  agencyId: id,
  prefix: queuePrefix,
  waiting: count,
  estimatedWaitSeconds: fc.option(fc.nat({ max: 86_400 })),
});

export const queueSnapshot: fc.Arbitrary<QueueSnapshot> = fc.record({
  asOf: instant,
  counters: fc.array(queueCounter, { maxLength: 5 }),
  services: fc.array(queueLine, { maxLength: 5 }),
});

const eventId = fc.nat().map(String);

export const queueEvent: fc.Arbitrary<QueueEvent> = fc.oneof(
  fc.record({ id: eventId, at: instant, type: fc.constant('snapshot' as const), snapshot: queueSnapshot }),
  fc.record({
    id: eventId,
    at: instant,
    type: fc.constantFrom(...TICKET_EVENT_TYPES),
    ticket,
    counterId: fc.option(id),
    line: queueLine,
  }),
  fc.record({ id: eventId, at: instant, type: fc.constant('counter.updated' as const), counter: queueCounter }),
);

export const cost: fc.Arbitrary<Cost> = fc.oneof(
  fc.constant({ kind: 'free' as const }),
  fc.record({ kind: fc.constant('fixed' as const), amount: rupiah }),
  fc.tuple(rupiah, rupiah).map(([a, b]) => ({ kind: 'range' as const, min: Math.min(a, b), max: Math.max(a, b) })),
  fc.record({ kind: fc.constant('variable' as const), note: localizedText }),
);

export const completion: fc.Arbitrary<Completion> = fc.oneof(
  fc.constant({ kind: 'same-day' as const }),
  fc.record({ kind: fc.constantFrom('minutes', 'hours', 'working-days'), value: fc.integer({ min: 1, max: 90 }) }),
  fc.record({ kind: fc.constant('variable' as const), note: localizedText }),
);

export const channel: fc.Arbitrary<Channel> = fc.oneof(
  fc.constant({ kind: 'queue' as const }),
  fc.record({ kind: fc.constant('booking' as const), slotMinutes: fc.integer({ min: 5, max: 240 }) }),
  fc.record(
    { kind: fc.constant('online' as const), url: fc.webUrl({ validSchemes: ['https', 'http'] }), label: localizedText },
    { requiredKeys: ['kind', 'url'] },
  ),
);

export const requirement: fc.Arbitrary<Requirement> = fc.record(
  {
    name: localizedText,
    form: fc.constantFrom('original', 'copy', 'original-and-copy', 'digital'),
    quantity: fc.integer({ min: 1, max: 5 }),
    optional: fc.boolean(),
    note: localizedText,
  },
  { requiredKeys: ['name', 'form', 'quantity', 'optional'] },
);

const summaryFields = {
  id,
  agencyId: id,
  name: localizedText,
  category: text,
  keywords: fc.array(text, { maxLength: 4 }),
  cost,
  completion,
  channels: fc.array(channel, { maxLength: 3 }),
};

export const serviceSummary: fc.Arbitrary<ServiceSummary> = fc.record(summaryFields);

export const service: fc.Arbitrary<Service> = fc.record(
  {
    ...summaryFields,
    description: localizedText,
    requirements: fc.array(requirement, { maxLength: 4 }),
    legalBasis: fc.array(text, { maxLength: 3 }),
    queuePrefix,
    counterIds: fc.array(id, { maxLength: 3 }),
    dailyQuota: fc.option(fc.integer({ min: 1, max: 1000 })),
    averageServiceMinutes: fc.integer({ min: 1, max: 240 }),
  },
  {
    requiredKeys: [
      ...(Object.keys(summaryFields) as (keyof typeof summaryFields)[]),
      'requirements',
      'legalBasis',
      'queuePrefix',
      'counterIds',
      'dailyQuota',
      'averageServiceMinutes',
    ],
  },
);

export const agency: fc.Arbitrary<Agency> = fc.record(
  {
    id,
    name: text,
    shortName: text,
    description: localizedText,
    floor: text,
    serviceCount: count,
    logoUrl: fc.webUrl(),
  },
  { requiredKeys: ['id', 'name', 'shortName', 'serviceCount'] },
);

/** Opening hours of one weekday: closed, or open with `open` before `close`. */
function dayHours(weekday: number): fc.Arbitrary<DayHours> {
  const closed = fc.constant<DayHours>({ weekday, open: null, close: null, breaks: [] });
  const breaks = fc.array(fc.record({ start: localTime, end: localTime, label: localizedText }), { maxLength: 2 });
  const open = fc
    .tuple(fc.integer({ min: 0, max: 719 }), fc.integer({ min: 720, max: 1440 }), breaks)
    .map(([a, b, list]): DayHours => ({ weekday, open: minutes(a), close: minutes(b), breaks: list }));
  return fc.oneof(closed, open);
}

const minutes = (total: number) => `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;

export const site: fc.Arbitrary<Site> = fc.record(
  {
    id,
    name: text,
    regency: text,
    timeZone,
    address: fc.record(
      {
        street: text,
        city: text,
        province: text,
        postalCode: fc.stringMatching(/^\d{5}$/),
        geo: fc.record({
          lat: fc.integer({ min: -90_000_000, max: 90_000_000 }).map((n) => n / 1e6),
          lng: fc.integer({ min: -180_000_000, max: 180_000_000 }).map((n) => n / 1e6),
        }),
      },
      { requiredKeys: ['street', 'city', 'province'] },
    ),
    contact: fc.record(
      { phone: text, email: fc.constant('info@mpp.example.go.id'), website: fc.webUrl() },
      { requiredKeys: [] },
    ),
    openingHours: fc.tuple(...[1, 2, 3, 4, 5, 6, 7].map(dayHours)),
    facilities: fc.array(
      fc.record(
        {
          id,
          kind: fc.constantFrom(
            'waiting-room',
            'play-room',
            'lactation-room',
            'prayer-room',
            'toilet',
            'parking',
            'other',
          ),
          name: localizedText,
          description: localizedText,
        },
        { requiredKeys: ['id', 'kind', 'name'] },
      ),
      { maxLength: 4 },
    ),
    holidays: fc.array(
      fc.record({
        date: localDate,
        name: localizedText,
        kind: fc.constantFrom('national', 'collective-leave', 'local'),
      }),
      { maxLength: 4 },
    ),
  },
  { requiredKeys: ['id', 'name', 'regency', 'timeZone', 'address', 'openingHours', 'facilities', 'holidays'] },
);

const quota = fc.tuple(count, count).map(([a, b]) => ({ capacity: Math.max(a, b), remaining: Math.min(a, b) }));

export const slot: fc.Arbitrary<Slot> = fc
  .record({ start: instant, end: instant, quota, walkIn: quota })
  .map(({ quota: online, ...rest }) => ({ ...rest, ...online }));

export const availability: fc.Arbitrary<Availability> = fc.record({
  serviceId: id,
  timeZone,
  days: fc.array(
    fc.record(
      {
        date: localDate,
        closedReason: fc.option(fc.constantFrom('weekend', 'holiday')),
        slots: fc.array(slot, { maxLength: 3 }),
      },
      { requiredKeys: ['date', 'slots'] },
    ),
    { maxLength: 3 },
  ),
});

export const booking: fc.Arbitrary<Booking> = fc.record(
  {
    code: id,
    status: fc.constantFrom('confirmed', 'checked-in', 'cancelled', 'completed', 'no-show'),
    serviceId: id,
    slotStart: instant,
    slotEnd: instant,
    applicantName: text,
    createdAt: instant,
    ticketId: fc.option(id),
  },
  { requiredKeys: ['code', 'status', 'serviceId', 'slotStart', 'slotEnd', 'applicantName', 'createdAt'] },
);

export const bookingReceipt: fc.Arbitrary<BookingReceipt> = fc
  .tuple(booking, fc.string({ minLength: 16, maxLength: 64 }))
  .map(([value, secret]) => ({ ...value, secret }));

export const staffCallResult: fc.Arbitrary<StaffCallResult> = fc.record({ counter, ticket: fc.option(ticket) });

export const errorEnvelope: fc.Arbitrary<ErrorEnvelope> = fc.record({
  error: fc.record(
    {
      code: fc.oneof(fc.constantFrom(...ERROR_CODES), fc.stringMatching(/^[a-z_]{1,30}$/)),
      message: text,
      requestId: id,
      details: fc.array(fc.record({ path: text, message: text }), { maxLength: 3 }),
    },
    { requiredKeys: ['code', 'message', 'requestId'] },
  ),
});
