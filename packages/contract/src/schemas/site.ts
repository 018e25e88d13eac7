import * as z from 'zod/mini';
import {
  HttpUrlSchema,
  IdSchema,
  PositiveIntSchema,
  LocalDateSchema,
  LocalizedTextSchema,
  LocalTimeSchema,
  TimeZoneSchema,
} from './common.js';

/** A break in a day's opening hours, e.g. the Friday prayer (istirahat salat Jumat). */
export const BreakSchema = z.object({
  /** When the break starts, `HH:MM` local time. */
  start: LocalTimeSchema,
  /** When service resumes, `HH:MM` local time, after `start`. */
  end: LocalTimeSchema,
  /** What to call it, e.g. `Istirahat salat Jumat`. */
  label: LocalizedTextSchema,
});
/** A break within opening hours. */
export type Break = z.infer<typeof BreakSchema>;

/**
 * Opening hours of one weekday (ISO numbering, 1 = Monday … 7 = Sunday). A closed
 * day has `open` and `close` both `null`.
 */
export const DayHoursSchema = z
  .object({
    /** ISO weekday: 1 = Monday (Senin) … 7 = Sunday (Minggu). */
    weekday: z.int().check(z.gte(1), z.lte(7)),
    /** Opening time `HH:MM` in the site's time zone; `null` = closed all day. */
    open: z.nullable(LocalTimeSchema),
    /** Closing time `HH:MM` in the site's time zone, after `open`; `null` = closed all day. */
    close: z.nullable(LocalTimeSchema),
    /** Breaks within the day, in time order; empty on a closed day. */
    breaks: z.array(BreakSchema),
  })
  .check(
    z.refine((day) => (day.open === null ? day.close === null : day.close !== null && day.open < day.close), {
      error: 'Jam buka harus sebelum jam tutup / open must precede close',
    }),
  );
/** Opening hours of one weekday. */
export type DayHours = z.infer<typeof DayHoursSchema>;

/** The week's opening hours: exactly one entry per weekday, Monday first. */
export const WeeklyHoursSchema = z.array(DayHoursSchema).check(
  z.refine((days) => days.length === 7 && days.every((day, index) => day.weekday === index + 1), {
    error: 'Harus 7 hari, Senin dulu / expected 7 days, Monday first',
  }),
);
/** Seven {@link DayHours}, Monday to Sunday. */
export type WeeklyHours = z.infer<typeof WeeklyHoursSchema>;

/** Kinds of facility an MPP offers visitors. */
export const FacilityKindSchema = z.enum([
  'waiting-room',
  'play-room',
  'lactation-room',
  'prayer-room',
  'toilet',
  'accessible-toilet',
  'parking',
  'wifi',
  'canteen',
  'atm',
  'other',
]);
/** A facility kind. */
export type FacilityKind = z.infer<typeof FacilityKindSchema>;

/** A facility (fasilitas) at the site: waiting room, play room, lactation room, mushola… */
export const FacilitySchema = z.object({
  /** Stable identifier of the facility within the site, e.g. `ruang-laktasi`. */
  id: IdSchema,
  /** What kind of facility it is, so clients can pick an icon. */
  kind: FacilityKindSchema,
  /** Name shown to visitors, e.g. `Ruang laktasi`. */
  name: LocalizedTextSchema,
  /** Where it is or what it offers. */
  description: z.optional(LocalizedTextSchema),
});
/** A facility at the site. */
export type Facility = z.infer<typeof FacilitySchema>;

/** A day the site is closed: national holiday, collective leave (cuti bersama) or local holiday. */
export const HolidaySchema = z.object({
  /** The closed day, `YYYY-MM-DD` in the site's time zone. */
  date: LocalDateSchema,
  /** Name of the holiday, e.g. `Hari Raya Idulfitri`. */
  name: LocalizedTextSchema,
  /** A `national` holiday (libur nasional), `collective-leave` (cuti bersama) or a `local` closure. */
  kind: z.enum(['national', 'collective-leave', 'local']),
});
/** A closed day. */
export type Holiday = z.infer<typeof HolidaySchema>;

/** A point on the map (WGS 84 degrees). */
export const GeoPointSchema = z.object({
  /** Latitude in degrees, -90 to 90 (negative south of the equator). */
  lat: z.number().check(z.gte(-90), z.lte(90)),
  /** Longitude in degrees, -180 to 180 (east is positive). */
  lng: z.number().check(z.gte(-180), z.lte(180)),
});
/** A map point. */
export type GeoPoint = z.infer<typeof GeoPointSchema>;

/** The site's postal address. */
export const AddressSchema = z.object({
  /** Street address including building and floor, e.g. `Dhoho Plaza Lantai 2, Jl. Basuki Rahmat`. */
  street: z.string(),
  /** Regency or city (kabupaten/kota), e.g. `Kota Kediri`. */
  city: z.string(),
  /** Province, e.g. `Jawa Timur`. */
  province: z.string(),
  /** Five-digit postal code (kode pos). */
  postalCode: z.optional(z.string().check(z.regex(/^\d{5}$/, 'Kode pos 5 digit / postal code has 5 digits'))),
  /** Map position, for a map link or directions. */
  geo: z.optional(GeoPointSchema),
});
/** A postal address. */
export type Address = z.infer<typeof AddressSchema>;

/** How to reach the site. */
export const ContactSchema = z.object({
  /** Phone number as the site publishes it (free text, not normalised). */
  phone: z.optional(z.string()),
  /** Email address for enquiries. */
  email: z.optional(z.email()),
  /** The MPP's or regency's website, an absolute http(s) URL. */
  website: z.optional(HttpUrlSchema),
});
/** Contact details. */
export type Contact = z.infer<typeof ContactSchema>;

/**
 * How the site keeps the personal data of bookings (UU PDP 27/2022). The server
 * states its own setting here, so the consent text a citizen reads names the
 * period the server actually applies.
 */
export const PersonalDataPolicySchema = z.object({
  /** Days after a booked slot ends until the applicant's name, NIK, phone and email are erased. */
  retentionDays: PositiveIntSchema,
});
/** How long personal data is kept. */
export type PersonalDataPolicy = z.infer<typeof PersonalDataPolicySchema>;

/** The MPP itself: where it is, when it is open, what it offers and when it is closed. */
export const SiteSchema = z.object({
  /** Stable identifier of the site, e.g. `mpp-kota-kediri`. */
  id: IdSchema,
  /** Public name, e.g. `Mal Pelayanan Publik Kota Kediri`. */
  name: z.string().check(z.minLength(1)),
  /** The regency or city (kabupaten/kota) that runs it, e.g. `Kota Kediri`. */
  regency: z.string().check(z.minLength(1)),
  /** The site's IANA time zone: every local date and `HH:MM` time in the API is in it. */
  timeZone: TimeZoneSchema,
  /** Where the MPP is. */
  address: AddressSchema,
  /** How to reach it, if published. */
  contact: z.optional(ContactSchema),
  /** Regular opening hours (jam layanan), Monday to Sunday. */
  openingHours: WeeklyHoursSchema,
  /** Facilities for visitors (fasilitas). */
  facilities: z.array(FacilitySchema),
  /** Days the MPP is closed although its weekday is open, by date. */
  holidays: z.array(HolidaySchema),
  /** How long the personal data of bookings is kept; set by the server, not by a seed. */
  personalData: z.optional(PersonalDataPolicySchema),
});
/** A Mal Pelayanan Publik site. */
export type Site = z.infer<typeof SiteSchema>;
