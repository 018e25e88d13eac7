import * as z from 'zod/mini';
import { QUEUE_PREFIX_PATTERN } from '../rules/queue-number.js';
import {
  HttpUrlSchema,
  IdSchema,
  LocalizedTextSchema,
  PageLimitSchema,
  PageSchema,
  PositiveIntSchema,
  RupiahSchema,
} from './common.js';

/**
 * How a family of schemas builds its objects. The API's `z.object` drops unknown
 * keys (a newer server may add fields); the seed's `z.strictObject` rejects them
 * (in a hand-written file an unknown key is a typo). `text` is
 * {@link LocalizedTextSchema} built the same way. The unions below are written
 * once and built in both modes.
 */
export interface ObjectMode<C extends z.core.$ZodObjectConfig> {
  /** `z.object` or `z.strictObject`. */
  readonly object: <T extends z.core.$ZodLooseShape>(shape: T) => z.ZodMiniObject<z.core.util.Writeable<T>, C>;
  /** Localized text, as `object` builds it. */
  readonly text: z.ZodMiniObject<typeof LocalizedTextSchema.shape, C>;
}

/** The API's mode: unknown keys are dropped. */
const API_OBJECTS: ObjectMode<z.core.$strip> = { object: z.object, text: LocalizedTextSchema };

/** {@link CostSchema}, with its objects built in `mode`. */
export function costUnion<C extends z.core.$ZodObjectConfig>({ object, text }: ObjectMode<C>) {
  return z.discriminatedUnion('kind', [
    object({
      /** `free`: no charge (gratis), e.g. every civil-registry document. */
      kind: z.literal('free'),
    }),
    object({
      /** `fixed`: one set fee. */
      kind: z.literal('fixed'),
      /** The fee in whole rupiah. */
      amount: RupiahSchema,
    }),
    object({
      /** `range`: the fee lies between `min` and `max`, e.g. by document type. */
      kind: z.literal('range'),
      /** Lowest fee in whole rupiah. */
      min: RupiahSchema,
      /** Highest fee in whole rupiah, not below `min`. */
      max: RupiahSchema,
    }).check(
      z.refine((cost) => cost.min <= cost.max, { error: 'min harus ≤ max / min must not exceed max', path: ['max'] }),
    ),
    object({
      /** `variable`: the fee depends on the case and is explained in `note`. */
      kind: z.literal('variable'),
      /** How the fee is worked out, e.g. vehicle tax by the vehicle's type and value. */
      note: text,
    }),
  ]);
}

/**
 * What a service costs (biaya). `free` is explicit so "no data" and "free" are
 * never confused; `variable` explains in words (e.g. tax depends on the vehicle).
 */
export const CostSchema = costUnion(API_OBJECTS);
/** The cost of a service. */
export type Cost = z.infer<typeof CostSchema>;

/** {@link CompletionSchema}, with its objects built in `mode`. */
export function completionUnion<C extends z.core.$ZodObjectConfig>({ object, text }: ObjectMode<C>) {
  return z.discriminatedUnion('kind', [
    object({
      /** `same-day`: the result is ready on the day of the visit. */
      kind: z.literal('same-day'),
    }),
    object({
      /** The unit of `value`: minutes, hours, or working days (hari kerja, excluding weekends and holidays). */
      kind: z.enum(['minutes', 'hours', 'working-days']),
      /** How many of `kind` until the result is ready, at least 1. */
      value: PositiveIntSchema,
    }),
    object({
      /** `variable`: it depends on the case, explained in `note`. */
      kind: z.literal('variable'),
      /** What the completion time depends on. */
      note: text,
    }),
  ]);
}

/**
 * How long until the result is ready (waktu penyelesaian): the same day, a number
 * of minutes, hours or working days, or a description when it varies.
 */
export const CompletionSchema = completionUnion(API_OBJECTS);
/** The completion time of a service. */
export type Completion = z.infer<typeof CompletionSchema>;

/** {@link ChannelSchema}, with its objects built in `mode`. */
export function channelUnion<C extends z.core.$ZodObjectConfig>({ object, text }: ObjectMode<C>) {
  return z.discriminatedUnion('kind', [
    object({
      /** `queue`: take a queue number (nomor antrean) on the day, at the MPP or online. */
      kind: z.literal('queue'),
    }),
    object({
      /**
       * `booking`: book a time slot ahead (`GET /v1/services/{id}/availability`);
       * in a seed, the service also needs its `booking` configuration.
       */
      kind: z.literal('booking'),
      /** Length of one bookable slot, in minutes; in a seed, equals `booking.slotMinutes`. */
      slotMinutes: PositiveIntSchema,
    }),
    object({
      /** `online`: use it on another portal instead of coming in, e.g. OSS for a business ID (NIB). */
      kind: z.literal('online'),
      /** Absolute http(s) URL of the portal. */
      url: HttpUrlSchema,
      /** Link text to show instead of the bare URL, e.g. `Ajukan sendiri di OSS`. */
      label: z.optional(text),
    }),
  ]);
}

/**
 * How a citizen can use a service: take a queue number on the day, book a slot
 * (`slotMinutes` long), or go online (an agency's own portal).
 */
export const ChannelSchema = channelUnion(API_OBJECTS);
/** A way to use a service. */
export type Channel = z.infer<typeof ChannelSchema>;

/** A document to bring (persyaratan) and in what form. */
export const RequirementSchema = z.object({
  /** The document, e.g. `Kartu Keluarga (KK)`. */
  name: LocalizedTextSchema,
  /** Bring the `original` (asli), a photo`copy` (fotokopi), both, or a `digital` file. */
  form: z.enum(['original', 'copy', 'original-and-copy', 'digital']),
  /** How many to bring, at least 1 (e.g. 2 photos 4x6). */
  quantity: PositiveIntSchema,
  /** `true` when only needed in some cases, explained in `note`. */
  optional: z.boolean(),
  /** When or why it is needed, or how to prepare it. */
  note: z.optional(LocalizedTextSchema),
});
/** A required document. */
export type Requirement = z.infer<typeof RequirementSchema>;

/** A service as listed in the catalog: enough to choose one. */
export const ServiceSummarySchema = z.object({
  /** Stable identifier of the service, e.g. `ktp-el`. */
  id: IdSchema,
  /** The {@link Agency} (instansi) that provides it. */
  agencyId: IdSchema,
  /** Name shown to citizens, e.g. `Perekaman dan penerbitan KTP-el`. */
  name: LocalizedTextSchema,
  /** Category slug the catalog filters on exactly, e.g. `kependudukan`, `perizinan`. */
  category: z.string().check(z.minLength(1)),
  /** Extra search words, synonyms and abbreviations (e.g. `e-ktp`, `id card`), matched by `q`. */
  keywords: z.array(z.string()),
  /** What it costs (biaya). */
  cost: CostSchema,
  /** How long until the result is ready (waktu penyelesaian). */
  completion: CompletionSchema,
  /** The ways to use it (queue, booking, online), at most one of each kind. */
  channels: z.array(ChannelSchema),
});
/** A catalog entry. */
export type ServiceSummary = z.infer<typeof ServiceSummarySchema>;

/**
 * A service in full: the summary plus requirements, legal basis (dasar hukum), the
 * queue prefix, the counters that serve it, the daily quota (`null` = unlimited)
 * and the average time at the counter.
 */
export const ServiceSchema = z.extend(ServiceSummarySchema, {
  /** Who the service is for and what happens at the counter. */
  description: z.optional(LocalizedTextSchema),
  /** Documents to bring (persyaratan), in the order to show them. */
  requirements: z.array(RequirementSchema),
  /** Regulations it rests on (dasar hukum), as cited, e.g. `UU No. 24 Tahun 2013`. */
  legalBasis: z.array(z.string()),
  /** Letters before its queue numbers, 1-2 capitals unique within the site, e.g. `A` for `A-012`. */
  queuePrefix: z
    .string()
    .check(z.regex(QUEUE_PREFIX_PATTERN, 'Prefiks 1-2 huruf kapital / prefix is 1-2 capital letters')),
  /** The counters (loket) that call its tickets; empty only for an online-only service. */
  counterIds: z.array(IdSchema),
  /** Walk-in queue numbers issued per day (checked-in bookings not counted); `null` = unlimited. */
  dailyQuota: z.nullable(PositiveIntSchema),
  /** Typical minutes at the counter per ticket; the wait estimate uses it until the day has its own data. */
  averageServiceMinutes: z.number().check(z.positive()),
});
/** A service with all its details. */
export type Service = z.infer<typeof ServiceSchema>;

/** A page of the catalog (`GET /v1/services`). */
export const ServiceSummaryPageSchema = PageSchema(ServiceSummarySchema);

/** Query of `GET /v1/services`: filter by agency, free text and category, and page. */
export const ListServicesQuerySchema = z.strictObject({
  /** Only services of this agency id, e.g. `dukcapil`. */
  agency: z.optional(IdSchema),
  /** Free-text search (up to 100 characters): every word must occur in the name, keywords or category. */
  q: z.optional(z.string().check(z.maxLength(100))),
  /** Only services of this exact category slug, e.g. `kependudukan`. */
  category: z.optional(z.string()),
  /** The `nextCursor` of the previous page; omit for the first page. */
  cursor: z.optional(z.string()),
  /** Items per page, 1 to 100. @default 20 */
  limit: z._default(PageLimitSchema, 20),
});
/** The catalog query after parsing (`limit` is a number, defaulted). */
export type ListServicesQuery = z.infer<typeof ListServicesQuerySchema>;
/** The catalog query as a caller writes it (`limit` optional, number or string). */
export type ListServicesQueryInput = z.input<typeof ListServicesQuerySchema>;
