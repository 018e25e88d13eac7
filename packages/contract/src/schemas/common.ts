import * as z from 'zod/mini';
// The factories behind `z.iso.datetime`, `z.iso.date` and `z.coerce.number`, called by
// name: `z.iso` and `z.coerce` are namespaces nested in `z`, and esbuild keeps a
// whole nested namespace once one of its members is read (every ISO format and
// every coerced type, about 0.9 KB min+gzip for nothing). Same classes, same rules.
import { _coercedNumber, _isoDate, _isoDateTime } from 'zod/v4/core';

/**
 * The three Indonesian time zones an MPP site can be in (WIB, WITA, WIT).
 * Local dates and times in the API are always in the site's zone.
 */
export const TimeZoneSchema = z.enum(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'], {
  error: 'Zona waktu tidak dikenal / unknown time zone',
});
/** An IANA time zone of an Indonesian MPP site. */
export type TimeZone = z.infer<typeof TimeZoneSchema>;

/** Languages the API answers in: Indonesian (`id`, the default) and English (`en`). */
export const LocaleSchema = z.enum(['id', 'en']);
/** A supported language tag. */
export type Locale = z.infer<typeof LocaleSchema>;

/**
 * An instant: ISO 8601 date-time with an explicit offset (`Z` or `+07:00`), so it
 * means the same moment in every time zone.
 *
 * @example '2025-03-03T08:00:00+07:00'
 */
export const InstantSchema = _isoDateTime(z.ZodMiniISODateTime, {
  offset: true,
  error: 'Waktu harus ISO 8601 berzona / expected ISO 8601 with offset',
});
/** An ISO 8601 date-time string with offset. */
export type Instant = z.infer<typeof InstantSchema>;

/**
 * A calendar date `YYYY-MM-DD` in the site's time zone. Zod's ISO date check
 * rejects impossible dates (`2025-02-29`, `2025-04-31`), leap years included.
 */
export const LocalDateSchema = _isoDate(z.ZodMiniISODate, {
  error: 'Tanggal tidak valid (YYYY-MM-DD) / invalid date (YYYY-MM-DD)',
});
/** A `YYYY-MM-DD` calendar date. */
export type LocalDate = z.infer<typeof LocalDateSchema>;

/**
 * A wall-clock time `HH:MM` from `00:00` to `24:00` (the latter only as an end of day).
 */
export const LocalTimeSchema = z
  .string()
  .check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Jam tidak valid (HH:MM) / invalid time (HH:MM)'));
/** An `HH:MM` wall-clock time. */
export type LocalTime = z.infer<typeof LocalTimeSchema>;

/** An amount of money in whole rupiah (no fractions, never negative). */
export const RupiahSchema = z.int({ error: 'Harus rupiah bulat / expected whole rupiah' }).check(z.nonnegative());
/** Whole rupiah. */
export type Rupiah = z.infer<typeof RupiahSchema>;

/** A whole number of at least 1 (a count, minutes, a quantity). */
export const PositiveIntSchema = z.int().check(z.positive());

/** A whole number of at least 0 (places left, people waiting, seconds of wait). */
export const NonNegativeIntSchema = z.int().check(z.nonnegative());

/** An identifier: 1 to 64 characters of `A-Z a-z 0-9 _ -`, safe in a URL path segment. */
export const IdSchema = z.string().check(z.regex(/^[\w-]{1,64}$/, 'ID tidak valid / invalid id'));
/** An entity identifier. */
export type Id = z.infer<typeof IdSchema>;

/**
 * An absolute `http:` or `https:` URL (a pattern check: lighter than zod's URL
 * parser, enough for links the client only displays).
 */
export const HttpUrlSchema = z
  .string()
  .check(z.regex(/^https?:\/\/[^\s/?#]+[^\s]*$/i, 'URL http(s) tidak valid / invalid http(s) URL'));
/** An http(s) URL. */
export type HttpUrl = z.infer<typeof HttpUrlSchema>;

/**
 * Text shown to citizens: Indonesian is required, English optional (clients fall
 * back to Indonesian when `en` is missing).
 */
export const LocalizedTextSchema = z.object({
  /** The text in Bahasa Indonesia; always present, never empty. */
  id: z.string().check(z.minLength(1)),
  /** The English translation, if the regency provided one; show `id` when missing. */
  en: z.optional(z.string().check(z.minLength(1))),
});
/** Indonesian text with an optional English translation. */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** One page of a list: the items and an opaque cursor for the next page (`null` on the last page). */
export interface Page<T> {
  /** The entries of this page, in the server's order. */
  items: T[];
  /** Opaque cursor to pass back as `cursor` for the next page; `null` on the last page. */
  nextCursor: string | null;
}

/**
 * Builds the schema of one page of `item`s. Pass `nextCursor` back as `cursor`
 * to get the next page.
 *
 * @example
 * const AgencyPageSchema = PageSchema(AgencySchema);
 */
export function PageSchema<T extends z.ZodMiniType>(item: T) {
  return z.object({
    /** The entries of this page, in the server's order. */
    items: z.array(item),
    /** Opaque cursor to pass back as `cursor` for the next page; `null` on the last page. */
    nextCursor: z.nullable(z.string()),
  });
}

const limitMessage = 'limit harus 1 sampai 100 / limit must be from 1 to 100';

/** A page limit (1 to 100): a number, or its decimal string as sent in a query string. */
export const PageLimitSchema = z.pipe(
  // Typed as `z.coerce.number<number | string>` types it: the query string's text, or a number.
  _coercedNumber(z.ZodMiniNumber, limitMessage) as z.ZodMiniNumber<number | string>,
  z.int(limitMessage).check(z.gte(1, limitMessage), z.lte(100, limitMessage)),
);
