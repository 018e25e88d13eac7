import * as z from 'zod/mini';
import { LocalizedTextSchema, NonNegativeIntSchema, PositiveIntSchema } from './common.js';
import { AgencySchema } from './agency.js';
import { CounterSchema } from './counter.js';
import { checkDay, checkSeed } from './seed-references.js';
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
// the service's unions are built by service.ts in the strict mode. The checks
// across fields are in seed-references.ts, the error lines in seed-messages.ts.

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

// The retention period is the server's setting (`--retention-days`), never the seed's.
const { personalData: _serverSetting, ...siteShape } = SiteSchema.shape;

/** The site as a seed describes it: the API's Site, with strict objects. */
const SeedSiteSchema = z.strictObject({
  ...siteShape,
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

/** A calendar month, `YYYY-MM`. */
const MonthSchema = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Bulan harus YYYY-MM / month must be YYYY-MM'));

/**
 * Visitors an agency counted per month before the MPP used mpp-kit, imported so
 * statistics show the whole history. Only whole months are known, so a range of
 * `GET /v1/stats` counts a month when it covers all of it.
 *
 * @example { "agencyId": "dukcapil", "firstMonth": "2023-09", "monthlyVisitors": [212, 198, 240] }
 */
export const SeedHistorySchema = z.strictObject({
  /** The agency that counted them. */
  agencyId: z.string(),
  /** The month of the first number, `YYYY-MM`. */
  firstMonth: MonthSchema,
  /** Visitors of consecutive months from `firstMonth` (at most 600 months). */
  monthlyVisitors: z.array(NonNegativeIntSchema).check(z.maxLength(600)),
});
/** One agency's historical monthly visitors. */
export type SeedHistory = z.infer<typeof SeedHistorySchema>;

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
    /** Historical monthly visitors per agency from before mpp-kit, at most one entry per agency. @default [] */
    history: z._default(z.array(SeedHistorySchema), []),
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
