import type { BookingReceipt, Slot } from '@mpp-kit/contract';
import type { QrMatrix } from '../booking/qr-code.js';
import { EMPTY_DRAFT, type ApplicantDraft, type ApplicantField } from './applicant-step.js';
import type { BookingFormStep } from './steps.js';

/** Where sending stands: nothing sent, sending, or the last answer that keeps the visitor on the review. */
export type SendState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'sending' }
  /** No answer settled it: "Coba lagi" sends the same request with the same key. */
  | { readonly kind: 'unsure'; readonly error: unknown }
  /** Refused in a way the review step explains (e.g. `booking_exists`). */
  | { readonly kind: 'refused'; readonly message: string };

/** A message at the top of a step after a refusal, with the times offered instead (after `slot_full`). */
export interface StepNotice {
  readonly step: BookingFormStep;
  readonly text: string;
  readonly alternatives: readonly Slot[] | null;
}

/** The form's own state, changed only through the form's `patch` so every change re-renders. */
export interface FormState {
  readonly step: BookingFormStep;
  /** The service chosen in the service step (when the host did not preset one). */
  readonly chosenService: string | null;
  /** The radio ticked in the service step, before "Lanjut". */
  readonly pickedService: string | null;
  readonly draft: ApplicantDraft;
  /** Fields whose rule messages show (left once, or checked by "Lanjut"). */
  readonly touched: ReadonlySet<ApplicantField>;
  /** The server's messages per field, until the field changes. */
  readonly serverMessages: Partial<Record<ApplicantField, string>>;
  /** A step's own message, e.g. "Pilih jam yang tersedia terlebih dahulu." */
  readonly stepMessage: string | null;
  readonly notice: StepNotice | null;
  readonly send: SendState;
  readonly receipt: BookingReceipt | null;
  readonly qr: { readonly code: string; readonly matrix: QrMatrix } | 'loading' | 'failed';
  readonly announcement: string;
}

/** The state of a form before anything happened. */
export const INITIAL_STATE: FormState = {
  step: 'date',
  chosenService: null,
  pickedService: null,
  draft: EMPTY_DRAFT,
  touched: new Set(),
  serverMessages: {},
  stepMessage: null,
  notice: null,
  send: { kind: 'idle' },
  receipt: null,
  qr: 'loading',
  announcement: '',
};
