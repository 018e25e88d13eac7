import * as z from 'zod/mini';

/** Every error code of API v1. Codes may be added within v1, never renamed or removed. */
export const ERROR_CODES = [
  'bad_request',
  'validation_failed',
  'unauthorized',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'conflict',
  'slot_full',
  'slot_unavailable',
  'booking_exists',
  'booking_not_modifiable',
  'check_in_too_early',
  'check_in_too_late',
  'already_checked_in',
  'survey_code_unknown',
  'survey_code_expired',
  'survey_answered',
  'survey_not_available',
  'idempotency_mismatch',
  'idempotency_in_progress',
  'queue_closed',
  'site_closed',
  'holiday',
  'quota_exceeded',
  'counter_closed',
  'queue_empty',
  'recall_limit',
  'counter_changed',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'internal',
  'unavailable',
] as const;

/** A known error code. */
export const ErrorCodeSchema = z.enum(ERROR_CODES);
/** An error code of API v1. */
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/**
 * Whether `code` is one this version of the contract knows. Envelopes carry the
 * code as a plain string so a newer server's new codes still parse.
 */
export function isKnownErrorCode(code: string): code is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code);
}

/** One field that failed validation: a dotted path (`applicant.nik`) and why. */
export const ErrorDetailSchema = z.object({
  /** Where: a body path as `issuePath` writes it (`applicant.nik`, `items[0].cost`) or a query parameter (`cursor`); empty for the whole body. */
  path: z.string(),
  /** What is wrong with it, in the request's language. */
  message: z.string(),
});
/** A validation detail. */
export type ErrorDetail = z.infer<typeof ErrorDetailSchema>;

/**
 * The body of every error response. `message` is in the request's language
 * (`Accept-Language`); `requestId` identifies the request in the server's logs.
 *
 * @example { "error": { "code": "slot_full", "message": "Slot sudah penuh.", "requestId": "req_8f2c" } }
 */
export const ErrorEnvelopeSchema = z.object({
  /** What went wrong. */
  error: z.object({
    /** Machine-readable {@link ErrorCode}, e.g. `slot_full`; a plain string so newer codes still parse. */
    code: z.string(),
    /** Human-readable message in the request's language (`id` by default, or `en`). */
    message: z.string(),
    /** Identifier of the request in the server's logs; quote it when reporting a problem. */
    requestId: z.string(),
    /** The fields that failed validation (with `validation_failed`). */
    details: z.optional(z.array(ErrorDetailSchema)),
  }),
});
/** An error response body. */
export type ErrorEnvelope = z.infer<typeof ErrorEnvelopeSchema>;

/**
 * The HTTP status of each error code. 409 means the request conflicts with the
 * current state (retrying it unchanged will not help until the state changes);
 * 422 means it is well-formed but unacceptable.
 */
export const errorStatus: Readonly<Record<ErrorCode, number>> = {
  bad_request: 400,
  validation_failed: 422,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  slot_full: 409,
  slot_unavailable: 422,
  booking_exists: 409,
  booking_not_modifiable: 409,
  check_in_too_early: 409,
  check_in_too_late: 409,
  already_checked_in: 409,
  survey_code_unknown: 404,
  survey_code_expired: 410,
  survey_answered: 409,
  survey_not_available: 409,
  idempotency_mismatch: 422,
  idempotency_in_progress: 409,
  queue_closed: 409,
  site_closed: 409,
  holiday: 409,
  quota_exceeded: 409,
  counter_closed: 409,
  queue_empty: 409,
  recall_limit: 409,
  counter_changed: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

/** Default message of each error code, in Indonesian (`id`) and English (`en`). */
export const errorMessages: Readonly<
  Record<
    ErrorCode,
    {
      /** The message in Bahasa Indonesia. */
      readonly id: string;
      /** The message in English. */
      readonly en: string;
    }
  >
> = {
  bad_request: { id: 'Permintaan tidak dapat dipahami.', en: 'The request could not be understood.' },
  validation_failed: { id: 'Data yang dikirim tidak valid.', en: 'The submitted data is invalid.' },
  unauthorized: { id: 'Perlu masuk atau kode rahasia.', en: 'Authentication is required.' },
  forbidden: { id: 'Anda tidak berhak melakukan ini.', en: 'You are not allowed to do this.' },
  not_found: { id: 'Data tidak ditemukan.', en: 'Not found.' },
  method_not_allowed: { id: 'Metode tidak didukung.', en: 'Method not allowed.' },
  conflict: {
    id: 'Permintaan bertentangan dengan keadaan saat ini.',
    en: 'The request conflicts with the current state.',
  },
  slot_full: { id: 'Slot sudah penuh.', en: 'The slot is full.' },
  slot_unavailable: { id: 'Slot tidak tersedia untuk dipesan.', en: 'The slot cannot be booked.' },
  booking_exists: {
    id: 'Anda sudah punya pemesanan untuk layanan ini.',
    en: 'You already have a booking for this service.',
  },
  booking_not_modifiable: {
    id: 'Pemesanan ini tidak dapat diubah lagi.',
    en: 'This booking can no longer be changed.',
  },
  check_in_too_early: {
    id: 'Terlalu awal untuk check-in: check-in dibuka 60 menit sebelum jadwal.',
    en: 'Too early to check in: check-in opens 60 minutes before the booked time.',
  },
  check_in_too_late: {
    id: 'Waktu check-in sudah lewat: silakan ambil nomor antrean biasa atau pesan jadwal baru.',
    en: 'The check-in time has passed: take a regular queue number or book a new time.',
  },
  already_checked_in: {
    id: 'Pemesanan ini sudah check-in dan sudah punya nomor antrean.',
    en: 'This booking is already checked in and has a queue number.',
  },
  survey_code_unknown: {
    id: 'Kode survei tidak dikenal. Periksa kembali kode pada tiket atau struk Anda.',
    en: 'Unknown survey code. Check the code on your ticket or receipt.',
  },
  survey_code_expired: {
    id: 'Kode survei sudah kedaluwarsa: survei dapat diisi sampai 7 hari setelah layanan selesai.',
    en: 'The survey code has expired: the survey can be answered up to 7 days after the service.',
  },
  survey_answered: {
    id: 'Survei untuk kode ini sudah diisi; jawaban pertama yang dihitung.',
    en: 'The survey for this code was already answered; the first answer counts.',
  },
  survey_not_available: {
    id: 'Survei tersedia setelah layanan selesai.',
    en: 'The survey is available once the service is completed.',
  },
  idempotency_mismatch: {
    id: 'Idempotency-Key sudah dipakai untuk permintaan lain.',
    en: 'The Idempotency-Key was used for a different request.',
  },
  idempotency_in_progress: {
    id: 'Permintaan yang sama masih diproses.',
    en: 'The same request is still being processed.',
  },
  queue_closed: { id: 'Antrean layanan ini sedang ditutup.', en: 'The queue for this service is closed.' },
  site_closed: { id: 'MPP sedang tutup.', en: 'The MPP is closed now.' },
  holiday: { id: 'Hari libur: MPP tutup.', en: 'Holiday: the MPP is closed.' },
  quota_exceeded: { id: 'Kuota hari ini sudah habis.', en: "Today's quota is used up." },
  counter_closed: { id: 'Loket sedang tutup.', en: 'The counter is closed.' },
  queue_empty: { id: 'Tidak ada antrean yang menunggu.', en: 'Nobody is waiting.' },
  recall_limit: { id: 'Nomor ini sudah terlalu sering dipanggil ulang.', en: 'This number was recalled too often.' },
  counter_changed: {
    id: 'Loket ini sudah berubah: nomor lain dipanggil atau diselesaikan dari tempat lain. Periksa tampilan terbaru, lalu coba lagi.',
    en: 'This counter changed meanwhile: another number was called or finished elsewhere. Check the latest view, then try again.',
  },
  payload_too_large: { id: 'Data yang dikirim terlalu besar.', en: 'The request body is too large.' },
  unsupported_media_type: { id: 'Kirim data sebagai JSON.', en: 'Send the body as JSON.' },
  rate_limited: { id: 'Terlalu banyak permintaan; coba lagi nanti.', en: 'Too many requests; try again later.' },
  internal: { id: 'Terjadi kesalahan di server.', en: 'Something went wrong on the server.' },
  unavailable: {
    id: 'Layanan sedang tidak tersedia; coba lagi nanti.',
    en: 'The service is unavailable; try again later.',
  },
};
