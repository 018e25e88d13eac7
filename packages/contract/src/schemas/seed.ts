import * as z from 'zod/mini';
import { LocalizedTextSchema, LocalTimeSchema, NonNegativeIntSchema, PositiveIntSchema } from './common.js';
import { AgencySchema } from './agency.js';
import { CounterSchema } from './counter.js';
import {
  channelUnion,
  completionUnion,
  costUnion,
  RequirementSchema,
  ServiceSchema,
  type ObjectMode,
} from './service.js';
import {
  AddressSchema,
  BreakSchema,
  ContactSchema,
  DayHoursSchema,
  FacilitySchema,
  GeoPointSchema,
  HolidaySchema,
  SiteSchema,
} from './site.js';

// The seed is written by hand by a regency, so every object is strict: a typo in
// a field name is an error, never silently dropped. The API's own schemas strip
// unknown keys (clients must ignore newer fields), so the seed rebuilds each
// object strictly from the API schema's shape and replaces the nested objects;
// the service's unions are built by service.ts in the strict mode.

const TextSchema = z.strictObject(LocalizedTextSchema.shape);

/** The seed's mode for the service unions: unknown keys are errors. */
const SEED_OBJECTS: ObjectMode<z.core.$strict> = { object: z.strictObject, text: TextSchema };

const SeedBreakSchema = z.strictObject({
  ...BreakSchema.shape,
  /** What to call the break, e.g. `Istirahat salat Jumat`. */
  label: TextSchema,
});

const SeedDayHoursSchema = z
  .strictObject({
    ...DayHoursSchema.shape,
    /** Breaks within the day, in time order and inside the opening hours; empty on a closed day. */
    breaks: z.array(SeedBreakSchema),
  })
  .check(z.superRefine((day, ctx) => checkDay(day, ctx)));

const SeedAddressSchema = z.strictObject({
  ...AddressSchema.shape,
  /** Map position, for a map link or directions. */
  geo: z.optional(z.strictObject(GeoPointSchema.shape)),
});

const SeedFacilitySchema = z.strictObject({
  ...FacilitySchema.shape,
  /** Name shown to visitors, e.g. `Ruang laktasi`. */
  name: TextSchema,
  /** Where it is or what it offers. */
  description: z.optional(TextSchema),
});

const SeedHolidaySchema = z.strictObject({
  ...HolidaySchema.shape,
  /** Name of the holiday, e.g. `Hari Raya Idulfitri 1447 H`. */
  name: TextSchema,
});

/** The site as a seed describes it: the API's Site, with strict objects. */
const SeedSiteSchema = z.strictObject({
  ...SiteSchema.shape,
  /** Where the MPP is. */
  address: SeedAddressSchema,
  /** How to reach it, if published. */
  contact: z.optional(z.strictObject(ContactSchema.shape)),
  /** Regular opening hours (jam layanan): seven days, Monday (1) to Sunday (7). */
  openingHours: z.array(SeedDayHoursSchema),
  /** Facilities for visitors (fasilitas), each with a unique `id`. */
  facilities: z.array(SeedFacilitySchema),
  /** Days the MPP is closed although its weekday is open, at most one per date. */
  holidays: z.array(SeedHolidaySchema),
});

/** An agency as a seed describes it: the API's Agency without the computed `serviceCount`. */
const SeedAgencySchema = z.strictObject({
  ...z.omit(AgencySchema, { serviceCount: true }).shape,
  /** What the agency does at the MPP, in a sentence or two. */
  description: z.optional(TextSchema),
});

const SeedRequirementSchema = z.strictObject({
  ...RequirementSchema.shape,
  /** The document, e.g. `Kartu Keluarga (KK)`. */
  name: TextSchema,
  /** When or why it is needed, or how to prepare it. */
  note: z.optional(TextSchema),
});

/**
 * How a bookable service hands out slots: slot length, places per slot for
 * online bookings and for walk-ins, how many days ahead one may book, and until
 * when a booking may be cancelled or moved.
 */
export const BookingConfigSchema = z.strictObject({
  /** Length of one slot in minutes; equals the service's `booking` channel `slotMinutes`. */
  slotMinutes: z.int().check(z.gte(5), z.lte(240)),
  /** Places per slot bookable online. */
  onlineCapacity: PositiveIntSchema,
  /** Places per slot kept for walk-in citizens, shown in availability; walk-ins take queue numbers. */
  walkInCapacity: NonNegativeIntSchema,
  /** How many days ahead of today (local) a slot may be booked; today counts as day 0. */
  horizonDays: z.int().check(z.gte(1), z.lte(366)),
  /** A booking can be cancelled or rescheduled until this many minutes before its slot starts. */
  cancelUntilMinutesBefore: NonNegativeIntSchema,
});
/** Booking configuration of a service (the seed's `booking` of a service, as the server keeps it). */
export type BookingConfig = z.infer<typeof BookingConfigSchema>;

/** A service as a seed describes it: every field of the API's Service, plus its booking configuration. */
const SeedServiceSchema = z.strictObject({
  ...ServiceSchema.shape,
  /** Name shown to citizens, e.g. `Perekaman dan penerbitan KTP-el`. */
  name: TextSchema,
  /** Who the service is for and what happens at the counter. */
  description: z.optional(TextSchema),
  /** What it costs (biaya). */
  cost: costUnion(SEED_OBJECTS),
  /** How long until the result is ready (waktu penyelesaian). */
  completion: completionUnion(SEED_OBJECTS),
  /** The ways to use it (queue, booking, online), at most one of each kind. */
  channels: z.array(channelUnion(SEED_OBJECTS)),
  /** Documents to bring (persyaratan), in the order to show them. */
  requirements: z.array(SeedRequirementSchema),
  /** Slot configuration, or `null` when the service cannot be booked ahead. */
  booking: z.nullable(BookingConfigSchema),
});

/** A counter (loket) as a seed describes it: the API's Counter without its live `status`. */
const SeedCounterSchema = z.strictObject(z.omit(CounterSchema, { status: true }).shape);

/** Defaults of {@link SeedSettingsSchema}. */
export const DEFAULT_SEED_SETTINGS = {
  /** Recalls (panggil ulang) allowed per ticket. */
  recallLimit: 3,
  /** Hours an `Idempotency-Key` and its first response are kept. */
  idempotencyRetentionHours: 24,
  /** Minutes of queue events the stream can replay for `Last-Event-ID`. */
  streamReplayMinutes: 10,
} as const;

/** Operating settings a regency may tune; every one has a default. */
export const SeedSettingsSchema = z.strictObject({
  /**
   * How many times staff may recall (panggil ulang) the same ticket.
   * @default 3
   */
  recallLimit: z._default(z.int().check(z.gte(0), z.lte(10)), DEFAULT_SEED_SETTINGS.recallLimit),
  /**
   * How long an `Idempotency-Key` and its first response are kept, in hours.
   * @default 24
   */
  idempotencyRetentionHours: z._default(
    z.int().check(z.gte(1), z.lte(168)),
    DEFAULT_SEED_SETTINGS.idempotencyRetentionHours,
  ),
  /**
   * How far back the queue stream replays missed events for `Last-Event-ID`, in minutes.
   * @default 10
   */
  streamReplayMinutes: z._default(z.int().check(z.gte(5), z.lte(1440)), DEFAULT_SEED_SETTINGS.streamReplayMinutes),
});
/** Operating settings after defaults. */
export type SeedSettings = z.infer<typeof SeedSettingsSchema>;

/**
 * Everything a regency controls about its MPP, as one JSON document: the site
 * (address, opening hours with breaks, facilities, holidays), the agencies, their
 * services with requirements, costs and booking configuration, the counters, and
 * operating settings. The reference server validates it on load; objects are
 * strict and cross-references are checked, so a typo is an error with a path.
 *
 * Cross-reference checks run once every field has the right shape.
 *
 * @example
 * const result = SeedSchema.safeParse(JSON.parse(text));
 * if (!result.success) console.error(formatSeedIssues(result.error.issues).join('\n'));
 */
export const SeedSchema = z
  .strictObject({
    /** Version of the seed format; this is version 1. */
    version: z.literal(1),
    /** The MPP: name, time zone, address, opening hours, facilities and holidays. */
    site: SeedSiteSchema,
    /** The tenant agencies (instansi), each with a unique `id`. */
    agencies: z.array(SeedAgencySchema),
    /** The services, each of a listed agency, with a unique `id` and `queuePrefix`. */
    services: z.array(SeedServiceSchema),
    /** The counters (loket), each of a listed agency, with a unique `id` and `name`. */
    counters: z.array(SeedCounterSchema),
    /** Operating settings; omit any (or all) for the defaults. */
    settings: z.prefault(SeedSettingsSchema, {}),
  })
  .check(z.superRefine((seed, ctx) => checkSeed(seed, ctx)));

/** A validated seed (defaults applied). */
export type Seed = z.infer<typeof SeedSchema>;
/** A seed as written in its JSON file (settings optional). */
export type SeedInput = z.input<typeof SeedSchema>;
/** The site part of a seed. */
export type SeedSite = Seed['site'];
/** An agency in a seed. */
export type SeedAgency = Seed['agencies'][number];
/** A service in a seed. */
export type SeedService = Seed['services'][number];
/** A counter in a seed. */
export type SeedCounter = Seed['counters'][number];

// ---------------------------------------------------------------------------
// Cross-reference checks

type Path = (string | number)[];
type Ctx = { addIssue(issue: { code: 'custom'; message: string; path: Path; input: unknown }): void };
type SeedShape = z.output<typeof SeedSchema>;
type DayShape = z.output<typeof SeedDayHoursSchema>;

const WEEKDAY_NAMES = [
  ['Senin', 'Monday'],
  ['Selasa', 'Tuesday'],
  ['Rabu', 'Wednesday'],
  ['Kamis', 'Thursday'],
  ['Jumat', 'Friday'],
  ['Sabtu', 'Saturday'],
  ['Minggu', 'Sunday'],
] as const;

/** Adds a custom issue whose message is Indonesian, then English. */
function report(ctx: Ctx, path: Path, id: string, en: string): void {
  ctx.addIssue({ code: 'custom', message: `${id} / ${en}`, path, input: undefined });
}

const isTime = (value: string | null) => value === null || LocalTimeSchema.safeParse(value).success;

/** One weekday: open and close both set (open first) or both null; breaks inside the hours, in order. */
function checkDay(day: DayShape, ctx: Ctx): void {
  // A malformed time is reported by its own field; comparing it would only add noise.
  if (![day.open, day.close, ...day.breaks.flatMap((pause) => [pause.start, pause.end])].every(isTime)) return;
  const { open, close } = day;
  if (open === null || close === null) {
    if (open !== close) {
      report(
        ctx,
        [open === null ? 'open' : 'close'],
        'isi jam buka dan tutup, atau keduanya null',
        'set both open and close, or both null',
      );
    } else if (day.breaks.length > 0) {
      report(ctx, ['breaks'], 'hari tutup tidak punya jam istirahat', 'a closed day has no breaks');
    }
    return;
  }
  if (open >= close) {
    report(
      ctx,
      ['close'],
      `jam tutup ${close} harus setelah jam buka ${open}`,
      `close ${close} must be after open ${open}`,
    );
  }
  let previousEnd = open;
  day.breaks.forEach(({ start, end }, index) => {
    if (start >= end) {
      report(
        ctx,
        ['breaks', index, 'end'],
        `istirahat harus berakhir setelah ${start}`,
        `break must end after ${start}`,
      );
    } else if (start <= open || end >= close) {
      report(
        ctx,
        ['breaks', index],
        `istirahat ${start}-${end} harus di dalam jam buka ${open}-${close}`,
        `break ${start}-${end} must lie inside opening hours ${open}-${close}`,
      );
    } else if (start < previousEnd) {
      report(
        ctx,
        ['breaks', index, 'start'],
        'istirahat tumpang tindih atau tidak berurutan',
        'breaks overlap or are out of order',
      );
    }
    if (end > previousEnd) previousEnd = end;
  });
}

/** The week: the seven ISO weekdays, each once, Monday first. */
function checkWeek(days: readonly DayShape[], ctx: Ctx): void {
  const path = ['site', 'openingHours'];
  days.forEach((day, index) => {
    const expected = index + 1;
    if (day.weekday !== expected && expected <= 7) {
      const [id, en] = WEEKDAY_NAMES[expected - 1] ?? ['', ''];
      report(
        ctx,
        [...path, index, 'weekday'],
        `harus ${expected} (${id}); urutkan Senin (1) sampai Minggu (7)`,
        `expected ${expected} (${en}); list Monday (1) to Sunday (7)`,
      );
    }
  });
  WEEKDAY_NAMES.forEach(([id, en], index) => {
    if (!days.some((day) => day.weekday === index + 1)) {
      report(ctx, path, `hari ${index + 1} (${id}) tidak ada`, `weekday ${index + 1} (${en}) is missing`);
    }
  });
  if (days.length > 7)
    report(ctx, path, `harus tepat 7 hari, ada ${days.length}`, `expected exactly 7 days, got ${days.length}`);
}

/**
 * Reports every value of `key` that appears more than once in `items`, at its
 * later positions (`field` names the property within an item, if any).
 */
function checkUnique<T>(
  ctx: Ctx,
  items: readonly T[],
  path: Path,
  key: (item: T) => string,
  field: string | null,
  what: readonly [string, string],
): void {
  const first = new Map<string, number>();
  items.forEach((item, index) => {
    const value = key(item);
    const earlier = first.get(value);
    if (earlier === undefined) {
      first.set(value, index);
      return;
    }
    const also = pathText([...path, earlier]);
    const at = field === null ? [...path, index] : [...path, index, field];
    report(
      ctx,
      at,
      `${what[0]} "${value}" ganda (juga di ${also})`,
      `duplicate ${what[1]} "${value}" (also at ${also})`,
    );
  });
}

/** Services: a known agency, counters that list them back, and a consistent booking set-up. */
function checkServices(seed: SeedShape, ctx: Ctx): void {
  const agencyIds = new Set(seed.agencies.map((agency) => agency.id));
  const counters = new Map(seed.counters.map((counter) => [counter.id, counter]));
  seed.services.forEach((service, index) => {
    const at: Path = ['services', index];
    if (!agencyIds.has(service.agencyId)) {
      report(
        ctx,
        [...at, 'agencyId'],
        `instansi "${service.agencyId}" tidak dikenal`,
        `unknown agency "${service.agencyId}"`,
      );
    }
    service.counterIds.forEach((counterId, position) => {
      const path = [...at, 'counterIds', position];
      const counter = counters.get(counterId);
      if (!counter) {
        report(ctx, path, `loket "${counterId}" tidak dikenal`, `unknown counter "${counterId}"`);
      } else if (!counter.serviceIds.includes(service.id)) {
        report(
          ctx,
          path,
          `loket "${counterId}" tidak mencantumkan layanan "${service.id}" di serviceIds`,
          `counter "${counterId}" does not list service "${service.id}" in its serviceIds`,
        );
      }
    });
    const inPerson = service.channels.some((channel) => channel.kind !== 'online');
    if (inPerson && service.counterIds.length === 0) {
      report(
        ctx,
        [...at, 'counterIds'],
        'layanan antrean/booking perlu minimal satu loket',
        'a queue or booking service needs at least one counter',
      );
    }
    checkBooking(service, at, ctx);
    checkUnique(ctx, service.channels, [...at, 'channels'], (channel) => channel.kind, 'kind', ['kanal', 'channel']);
    checkUnique(ctx, service.counterIds, [...at, 'counterIds'], (id) => id, null, ['loket', 'counter']);
  });
}

/** A booking channel and a booking configuration go together, with the same slot length. */
function checkBooking(service: SeedShape['services'][number], at: Path, ctx: Ctx): void {
  const channel = service.channels.find((item) => item.kind === 'booking');
  const config = service.booking;
  if (channel && config === null) {
    report(
      ctx,
      [...at, 'booking'],
      'kanal booking ada, tetapi konfigurasi booking null',
      'has a booking channel but booking is null',
    );
  } else if (!channel && config !== null) {
    report(
      ctx,
      [...at, 'booking'],
      'konfigurasi booking ada, tetapi tidak ada kanal booking',
      'has a booking config but no booking channel',
    );
  } else if (channel?.kind === 'booking' && config && channel.slotMinutes !== config.slotMinutes) {
    report(
      ctx,
      [...at, 'booking', 'slotMinutes'],
      `harus sama dengan slotMinutes kanal booking (${channel.slotMinutes})`,
      `must equal the booking channel's slotMinutes (${channel.slotMinutes})`,
    );
  }
  // Walk-in places are for people who take a queue number on the day.
  if (config && config.walkInCapacity > 0 && !service.channels.some((item) => item.kind === 'queue')) {
    report(
      ctx,
      [...at, 'booking', 'walkInCapacity'],
      'kuota walk-in perlu kanal antrean (queue)',
      'walk-in places need a queue channel',
    );
  }
}

/** Counters: a known agency, and only that agency's services, each listing the counter back. */
function checkCounters(seed: SeedShape, ctx: Ctx): void {
  const agencyIds = new Set(seed.agencies.map((agency) => agency.id));
  const services = new Map(seed.services.map((service) => [service.id, service]));
  seed.counters.forEach((counter, index) => {
    const at: Path = ['counters', index];
    if (!agencyIds.has(counter.agencyId)) {
      report(
        ctx,
        [...at, 'agencyId'],
        `instansi "${counter.agencyId}" tidak dikenal`,
        `unknown agency "${counter.agencyId}"`,
      );
    }
    counter.serviceIds.forEach((serviceId, position) => {
      const path = [...at, 'serviceIds', position];
      const service = services.get(serviceId);
      if (!service) {
        report(ctx, path, `layanan "${serviceId}" tidak dikenal`, `unknown service "${serviceId}"`);
      } else if (service.agencyId !== counter.agencyId) {
        report(
          ctx,
          path,
          `layanan "${serviceId}" milik instansi "${service.agencyId}", bukan "${counter.agencyId}"`,
          `service "${serviceId}" belongs to agency "${service.agencyId}", not "${counter.agencyId}"`,
        );
      } else if (!service.counterIds.includes(counter.id)) {
        report(
          ctx,
          path,
          `layanan "${serviceId}" tidak mencantumkan loket "${counter.id}" di counterIds`,
          `service "${serviceId}" does not list counter "${counter.id}" in its counterIds`,
        );
      }
    });
    checkUnique(ctx, counter.serviceIds, [...at, 'serviceIds'], (id) => id, null, ['layanan', 'service']);
  });
}

/** Every check that needs more than one field: uniqueness and cross-references. */
function checkSeed(seed: SeedShape, ctx: Ctx): void {
  checkWeek(seed.site.openingHours, ctx);
  checkUnique(ctx, seed.site.facilities, ['site', 'facilities'], (item) => item.id, 'id', ['id', 'id']);
  checkUnique(ctx, seed.site.holidays, ['site', 'holidays'], (item) => item.date, 'date', [
    'tanggal libur',
    'holiday date',
  ]);
  checkUnique(ctx, seed.agencies, ['agencies'], (item) => item.id, 'id', ['id', 'id']);
  checkUnique(ctx, seed.services, ['services'], (item) => item.id, 'id', ['id', 'id']);
  checkUnique(ctx, seed.services, ['services'], (item) => item.queuePrefix, 'queuePrefix', [
    'prefiks antrean',
    'queue prefix',
  ]);
  checkUnique(ctx, seed.counters, ['counters'], (item) => item.id, 'id', ['id', 'id']);
  checkUnique(ctx, seed.counters, ['counters'], (item) => item.name, 'name', ['nama loket', 'counter name']);
  checkServices(seed, ctx);
  checkCounters(seed, ctx);
}

// ---------------------------------------------------------------------------
// Issue formatting

/** `['services', 3, 'agencyId']` -> `services[3].agencyId`; `[]` -> `seed`. */
function pathText(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) text += text ? `.${key}` : key;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text || 'seed';
}

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['teks', 'a string'],
  number: ['angka', 'a number'],
  int: ['bilangan bulat', 'an integer'],
  boolean: ['true/false', 'a boolean'],
  array: ['daftar (array)', 'an array'],
  object: ['objek', 'an object'],
  null: ['null', 'null'],
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function describeType(issue: z.core.$ZodIssueInvalidType): string {
  if ('input' in issue && issue.input === undefined) return 'wajib diisi / required';
  const [id, en] = TYPE_NAMES[issue.expected] ?? [issue.expected, issue.expected];
  if (!('input' in issue)) return `harus ${id} / expected ${en}`;
  const got = typeOf(issue.input);
  return `harus ${id}, bukan ${TYPE_NAMES[got]?.[0] ?? got} / expected ${en}, got ${TYPE_NAMES[got]?.[1] ?? got}`;
}

function describeSize(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  if (issue.origin === 'string' && small && limit <= 1) return 'tidak boleh kosong / must not be empty';
  if (issue.origin === 'string' || issue.origin === 'array') {
    const [id, en] = issue.origin === 'string' ? ['karakter', 'characters'] : ['item', 'items'];
    return small
      ? `minimal ${limit} ${id} / at least ${limit} ${en}`
      : `maksimal ${limit} ${id} / at most ${limit} ${en}`;
  }
  if (small)
    return inclusive
      ? `minimal ${limit} / must be at least ${limit}`
      : `harus lebih dari ${limit} / must be greater than ${limit}`;
  return inclusive
    ? `maksimal ${limit} / must be at most ${limit}`
    : `harus kurang dari ${limit} / must be less than ${limit}`;
}

const quoteAll = (values: readonly unknown[]) => values.map((value) => JSON.stringify(value)).join(', ');

/** One issue as `path: Indonesian / English`; unrecognized keys give one line per key. */
function issueLines(issue: z.core.$ZodIssue): string[] {
  const at = (extra: PropertyKey[] = []) => pathText([...issue.path, ...extra]);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => `${at([key])}: kolom tidak dikenal / unknown field`);
    case 'invalid_type':
      return [`${at()}: ${describeType(issue)}`];
    case 'too_small':
    case 'too_big':
      return [`${at()}: ${describeSize(issue)}`];
    case 'invalid_value':
      return issue.values.length === 1
        ? [`${at()}: harus ${quoteAll(issue.values)} / must be ${quoteAll(issue.values)}`]
        : [`${at()}: harus salah satu dari ${quoteAll(issue.values)} / must be one of ${quoteAll(issue.values)}`];
    case 'invalid_format':
      return [
        `${at()}: ${issue.message.includes(' / ') ? issue.message : `format ${issue.format} tidak valid / invalid ${issue.format}`}`,
      ];
    case 'invalid_union': {
      // A discriminated union reports a bad discriminator at the union's path or at the key itself.
      const key = (issue as { discriminator?: string }).discriminator;
      const extra = key === undefined || issue.path.at(-1) === key ? [] : [key];
      return key
        ? [`${at(extra)}: jenis tidak dikenal / unknown kind`]
        : [`${at()}: bentuk tidak cocok dengan pilihan mana pun / matches none of the allowed shapes`];
    }
    case 'custom':
      return [`${at()}: ${issue.message}`];
    default:
      return [`${at()}: nilai tidak valid / invalid value (${issue.code})`];
  }
}

/**
 * Turns zod issues from {@link SeedSchema} into one line each, path first, text
 * in Indonesian then English, e.g.
 * `services[3].agencyId: instansi "dispenduk" tidak dikenal / unknown agency "dispenduk"`.
 * Parse with `{ reportInput: true }` to tell a missing field from a wrong type.
 *
 * @example
 * const result = SeedSchema.safeParse(json, { reportInput: true });
 * if (!result.success) throw new Error(formatSeedIssues(result.error.issues).join('\n'));
 */
export function formatSeedIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.flatMap(issueLines);
}
