import { normalizePhone, type BookingReceipt, type CreateBookingInput, type Slot } from '@mpp-kit/contract';
import { bookingsResource, isMppValidationError, type ClientCore, type MppIssue } from '@mpp-kit/sdk';
import { refusalOf, type WriteAttempt } from '../core/write-attempt.js';
import { APPLICANT_FIELDS, nikDigits, type ApplicantDraft, type ApplicantField } from './applicant-step.js';

/**
 * The request for what the visitor chose and typed (trimmed, the NIK's digits,
 * the phone normalised), or `null` when something is missing, consent first.
 */
export function bookingInputOf(
  serviceId: string | null,
  slot: Slot | null,
  draft: ApplicantDraft,
): CreateBookingInput | null {
  if (!serviceId || !slot || !draft.consent) return null;
  const email = draft.email.trim();
  return {
    serviceId,
    slotStart: slot.start,
    applicant: {
      name: draft.name.trim(),
      nik: nikDigits(draft.nik),
      phone: normalizePhone(draft.phone) ?? draft.phone.trim(),
      ...(email ? { email } : {}),
    },
    consent: true,
  };
}

/** The refusals the form explains in its own words. */
export type Refusal =
  | 'slot_full'
  | 'slot_unavailable'
  | 'booking_exists'
  | 'holiday'
  | 'site_closed'
  | 'quota_exceeded'
  | 'validation_failed';

const REFUSALS: readonly string[] = [
  'slot_full',
  'slot_unavailable',
  'booking_exists',
  'holiday',
  'site_closed',
  'quota_exceeded',
  'validation_failed',
];

/** How sending ended. */
export type Outcome =
  | { readonly kind: 'booked'; readonly receipt: BookingReceipt }
  /**
   * No answer that settles it (offline, timeout, 5xx, 429, the same request
   * still running): the booking may exist, so the retry must reuse the key.
   */
  | { readonly kind: 'unsure'; readonly error: unknown }
  /** The server (or the client's own check of the contract) refused the booking. */
  | {
      readonly kind: 'refused';
      readonly code: Refusal | 'other';
      readonly error: unknown;
      /** The applicant's fields the refusal names (from `details` paths such as `applicant.nik`). */
      readonly fields: Partial<Record<ApplicantField, string>>;
    };

/** `applicant.nik` -> `nik`, `consent` -> `consent`; `null` for paths that are not the visitor's input. */
function fieldOf(path: string): ApplicantField | null {
  const name = path.replace(/^applicant\./, '');
  return (APPLICANT_FIELDS as readonly string[]).includes(name) ? (name as ApplicantField) : null;
}

/** The fields named by `issues`, each with its first message. */
export function fieldsOf(issues: readonly MppIssue[]): Partial<Record<ApplicantField, string>> {
  const fields: Partial<Record<ApplicantField, string>> = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (field && !fields[field]) fields[field] = issue.message;
  }
  return fields;
}

/** Sends `input` once with the attempt's key and says how it ended; never throws. */
export async function sendBooking(
  core: ClientCore,
  input: CreateBookingInput,
  attempt: WriteAttempt,
): Promise<Outcome> {
  try {
    const receipt = await bookingsResource(core).create(input, { idempotencyKey: attempt.key });
    return { kind: 'booked', receipt };
  } catch (error) {
    if (isMppValidationError(error)) {
      return { kind: 'refused', code: 'validation_failed', error, fields: fieldsOf(error.issues) };
    }
    const refusal = refusalOf(error);
    if (!refusal) return { kind: 'unsure', error };
    const code = REFUSALS.includes(refusal.code) ? (refusal.code as Refusal) : 'other';
    return { kind: 'refused', code, error, fields: fieldsOf(refusal.details) };
  }
}
