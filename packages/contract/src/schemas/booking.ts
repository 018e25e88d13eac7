import * as z from 'zod/mini';
import { parseNik, type NikRejection } from '../rules/nik.js';
import { normalizePhone } from '../rules/phone.js';
import { IdSchema, InstantSchema } from './common.js';

const nikMessages: Record<NikRejection, string> = {
  format: 'NIK harus 16 digit / NIK must be 16 digits',
  region: 'Kode wilayah NIK tidak dikenal / unknown NIK region code',
  'birth-date': 'Tanggal lahir dalam NIK tidak valid / invalid birth date in NIK',
  serial: 'Nomor urut NIK tidak valid / invalid NIK serial number',
};

/** A NIK (Nomor Induk Kependudukan) that passes `parseNik`. */
export const NikSchema = z.string().check(z.regex(/^\d{16}$/, nikMessages.format), (payload) => {
  const result = parseNik(payload.value);
  if (!result.ok && result.reason !== 'format') {
    payload.issues.push({ code: 'custom', input: payload.value, message: nikMessages[result.reason] });
  }
});

/** An Indonesian phone number in any common notation, parsed to E.164 (`+62…`) by `normalizePhone`. */
export const PhoneSchema = z.pipe(
  z.string(),
  z.transform((value: string, payload) => {
    const e164 = normalizePhone(value);
    if (e164 === null) {
      payload.issues.push({
        code: 'custom',
        input: value,
        message: 'Nomor telepon Indonesia tidak valid / invalid Indonesian phone number',
      });
      return z.NEVER;
    }
    return e164;
  }),
);

/**
 * The person a booking is for. The NIK is checked and kept by the server, never
 * returned; the phone number is normalised to E.164.
 */
export const ApplicantSchema = z.strictObject({
  /** Full name as on the KTP, 2 to 100 characters after trimming. */
  name: z
    .string()
    .check(
      z.trim(),
      z.minLength(2, 'Nama minimal 2 huruf / name needs at least 2 characters'),
      z.maxLength(100, 'Nama maksimal 100 huruf / name can have at most 100 characters'),
    ),
  /** The applicant's NIK, 16 digits; checked, stored protected, never returned. */
  nik: NikSchema,
  /** Phone number to reach the applicant, in any common notation (`0812…`, `+62 812…`); parsed to E.164 `+62…`. */
  phone: PhoneSchema,
  /** Email address to reach the applicant; optional. */
  email: z.optional(z.email('Alamat email tidak valid / invalid email address')),
});
/** An applicant after parsing (phone in E.164). */
export type Applicant = z.infer<typeof ApplicantSchema>;
/** An applicant as entered. */
export type ApplicantInput = z.input<typeof ApplicantSchema>;

/**
 * Body of `POST /v1/bookings`. `consent` must be `true`: the applicant agreed to
 * the processing of their personal data (UU 27/2022 on personal data protection).
 */
export const CreateBookingInputSchema = z.strictObject({
  /** The service to book (one with a `booking` channel). */
  serviceId: IdSchema,
  /** The chosen slot's `start`, exactly as availability returned it (ISO 8601 with offset). */
  slotStart: InstantSchema,
  /** Who is coming. */
  applicant: ApplicantSchema,
  /** Always `true`: the applicant agreed to the processing of their personal data. */
  consent: z.literal(true, 'Persetujuan wajib / consent is required'),
});
/** A booking request after parsing. */
export type CreateBookingInput = z.infer<typeof CreateBookingInputSchema>;

/** Where a booking is in its life. */
export const BookingStatusSchema = z.enum(['confirmed', 'checked-in', 'cancelled', 'completed', 'no-show']);
/** A booking's status. */
export type BookingStatus = z.infer<typeof BookingStatusSchema>;

/**
 * A booking as its holder sees it. It never carries the NIK, and the name is
 * masked (e.g. `Bud* S*****`) so a leaked code reveals little.
 */
export const BookingSchema = z.object({
  /** Booking code (kode booking) to show and read out, e.g. `KDR-7QX4M2`; not a secret on its own. */
  code: IdSchema,
  /** Where the booking is in its life. */
  status: BookingStatusSchema,
  /** The booked service. */
  serviceId: IdSchema,
  /** Start of the booked slot, ISO 8601 with the site's offset. */
  slotStart: InstantSchema,
  /** End of the booked slot, ISO 8601 with the site's offset. */
  slotEnd: InstantSchema,
  /** The applicant's name, masked (e.g. `Bud* S*****`). */
  applicantName: z.string(),
  /** When the booking was made, ISO 8601 with offset. */
  createdAt: InstantSchema,
  /** The ticket issued at check-in. */
  ticketId: z.optional(z.nullable(IdSchema)),
});
/** A booking. */
export type Booking = z.infer<typeof BookingSchema>;

/**
 * A booking with its secret, returned only by create and reschedule. The secret
 * is sent back as `X-Booking-Secret` to read, cancel or reschedule the booking.
 */
export const BookingReceiptSchema = z.extend(BookingSchema, {
  /** Opaque secret that proves holding the booking; keep it, it cannot be shown again. */
  secret: z.string().check(z.minLength(1)),
});
/** A booking with its secret. */
export type BookingReceipt = z.infer<typeof BookingReceiptSchema>;

/**
 * Whether a booking can be checked in now, as the check-in desk sees it:
 * `open`, or why not (`too-early`, `too-late`, `checked-in` already, or
 * `not-checkable` when it was cancelled, completed or missed).
 */
export const CheckInStateSchema = z.enum(['open', 'too-early', 'too-late', 'checked-in', 'not-checkable']);
/** A check-in state. */
export type CheckInState = z.infer<typeof CheckInStateSchema>;

/**
 * A booking as the check-in desk sees it before checking it in: the booking
 * (name masked, never the NIK), its check-in window and whether check-in is
 * possible now.
 */
export const CheckInPreviewSchema = z.object({
  /** The booking; `applicantName` is masked. */
  booking: BookingSchema,
  /** When check-in opens (`CHECK_IN_OPENS_MINUTES_BEFORE` before the slot), ISO 8601 with offset. */
  opensAt: InstantSchema,
  /** When check-in closes (`CHECK_IN_CLOSES_MINUTES_AFTER` after the slot), ISO 8601 with offset. */
  closesAt: InstantSchema,
  /** Whether `POST …/check-in` would succeed now, and if not, why. */
  state: CheckInStateSchema,
});
/** A booking before check-in. */
export type CheckInPreview = z.infer<typeof CheckInPreviewSchema>;

/** Body of `POST /v1/bookings/{code}/reschedule`: the new slot. */
export const RescheduleBookingInputSchema = z.strictObject({
  /** The new slot's `start`, exactly as availability returned it (ISO 8601 with offset). */
  slotStart: InstantSchema,
});
/** A reschedule request. */
export type RescheduleBookingInput = z.infer<typeof RescheduleBookingInputSchema>;
