import {
  isMppApiError,
  isMppConfigError,
  isMppContractError,
  isMppNetworkError,
  isMppTimeoutError,
  isMppValidationError,
} from '@mpp-kit/sdk';

/** What kind of failure an `mpp-error` reports; the SDK's error classes, plus `unknown`. */
export type MppErrorKind = 'api' | 'network' | 'timeout' | 'contract' | 'config' | 'validation' | 'unknown';

/**
 * Detail of `mpp-error`: an element could not load or send data. Meant for the
 * host's logging and monitoring; the element shows the problem itself.
 */
export interface MppErrorDetail {
  /** Which kind of failure. */
  readonly kind: MppErrorKind;
  /** The API's error code (e.g. `not_found`) for `api` errors, else `null`. */
  readonly code: string | null;
  /** The HTTP status for `api` errors, else `null`. */
  readonly status: number | null;
  /** The error's message (the server's, in the element's language, for `api` errors). */
  readonly message: string;
  /** The server's request id, to quote in a support ticket, or `null`. */
  readonly requestId: string | null;
}

/**
 * Detail of `mpp-service-select`: a visitor chose what to do with a service.
 * The host opens its queue widget or booking form in response.
 */
export interface ServiceSelectDetail {
  /** The service's id in the catalog. */
  readonly serviceId: string;
  /** `queue`: take a queue number; `booking`: book a slot. */
  readonly action: 'queue' | 'booking';
}

/**
 * Detail of `mpp-query-change`: the search text of `<mpp-service-catalog>`
 * changed because the visitor typed or the URL changed (not when the host set
 * `query`). A host that keeps it (a router, a store) sets it back as `query`.
 */
export interface QueryChangeDetail {
  /** The search text now, `''` when the field is empty. */
  readonly query: string;
}

/**
 * Detail of `mpp-service-change`: the service whose detail is open in
 * `<mpp-service-catalog>` changed because the visitor opened or closed one or
 * the URL changed (not when the host set `service`). A host that keeps it sets
 * it back as `service`.
 */
export interface ServiceChangeDetail {
  /** The open service's id, `''` when the detail was closed. */
  readonly service: string;
}

/**
 * Detail of `mpp-ticket-taken`: a visitor took a queue number. Holds no
 * personal data; the ticket id (unguessable) lets the host show its status.
 */
export interface TicketTakenDetail {
  /** The ticket's id, for `client.tickets.get`. */
  readonly ticketId: string;
  /** The queue number as displayed, e.g. `A-012`. */
  readonly number: string;
  /** The service the ticket is for. */
  readonly serviceId: string;
}

/**
 * `detail` of `mpp-ticket-called`: the visitor's number was called to a counter.
 * Ids and numbers only, never personal data.
 */
export interface TicketCalledDetail extends TicketTakenDetail {
  /** The counter to go to, e.g. `loket-3`. */
  readonly counterId: string;
  /** Its name as the display shows it, e.g. `Loket 3`. */
  readonly counterName: string;
  /** Whether the counter called the number again. */
  readonly recall: boolean;
}

/** `detail` of `mpp-ticket-cancelled`: the visitor left the queue. Ids and numbers only. */
export type TicketCancelledDetail = TicketTakenDetail;

/**
 * Detail of `mpp-booking-created`: a visitor booked a slot. Deliberately
 * without the booking secret and without any of the applicant's data (name,
 * NIK, phone, email): events are seen by every script on the page.
 */
export interface BookingCreatedDetail {
  /** The booking code shown to the visitor. */
  readonly code: string;
  /** The booked service. */
  readonly serviceId: string;
  /** Start of the booked slot (ISO 8601 with offset). */
  readonly slotStart: string;
  /** End of the booked slot (ISO 8601 with offset). */
  readonly slotEnd: string;
}

/**
 * Detail of `mpp-booking-rescheduled`: a booking moved to another slot. The
 * code and the new slot only, never the secret or the applicant's data.
 */
export type BookingRescheduledDetail = BookingCreatedDetail;

/** Detail of `mpp-booking-cancelled`: a booking was cancelled by its holder. Code and service only. */
export interface BookingCancelledDetail {
  /** The cancelled booking's code. */
  readonly code: string;
  /** The service it was for. */
  readonly serviceId: string;
}

/**
 * Detail of `mpp-booking-checked-in`: staff checked a booking in and it joined
 * the queue. The booking code and the ticket it became, nothing personal.
 */
export interface BookingCheckedInDetail extends TicketTakenDetail {
  /** The booking's code. */
  readonly code: string;
}

/**
 * Detail of `mpp-survey-submitted`: a visitor answered the satisfaction survey.
 * Which service it was counted for, never the code, the answers or the profile.
 */
export interface SurveySubmittedDetail {
  /** The service of the visit. */
  readonly serviceId: string;
  /** The agency of that service. */
  readonly agencyId: string;
}

/**
 * Every event the mpp-kit elements fire, by name, with its detail. Each is a
 * bubbling, composed `CustomEvent`, so a listener on `document` hears all of
 * them. Elements added later declare theirs here by module augmentation.
 */
export interface MppEventDetails {
  /** An element could not load or send data. */
  'mpp-error': MppErrorDetail;
  /** A visitor chose to queue for or book a service in `<mpp-service-catalog>`. */
  'mpp-service-select': ServiceSelectDetail;
  /** The search text of `<mpp-service-catalog>` changed. */
  'mpp-query-change': QueryChangeDetail;
  /** The open service of `<mpp-service-catalog>` changed. */
  'mpp-service-change': ServiceChangeDetail;
  /** A visitor took a queue number. */
  'mpp-ticket-taken': TicketTakenDetail;
  /** The visitor's number was called to a counter. */
  'mpp-ticket-called': TicketCalledDetail;
  /** The visitor left the queue. */
  'mpp-ticket-cancelled': TicketCancelledDetail;
  /** A visitor booked a slot. */
  'mpp-booking-created': BookingCreatedDetail;
  /** A booking's holder moved it to another slot. */
  'mpp-booking-rescheduled': BookingRescheduledDetail;
  /** A booking's holder cancelled it. */
  'mpp-booking-cancelled': BookingCancelledDetail;
  /** Staff checked a booking in; it has a queue number now. */
  'mpp-booking-checked-in': BookingCheckedInDetail;
  /** A visitor answered the satisfaction survey (SKM). */
  'mpp-survey-submitted': SurveySubmittedDetail;
}

/** The event type of an mpp-kit event name. */
export type MppEvent<K extends keyof MppEventDetails> = CustomEvent<MppEventDetails[K]>;

declare global {
  interface GlobalEventHandlersEventMap {
    'mpp-error': MppEvent<'mpp-error'>;
    'mpp-service-select': MppEvent<'mpp-service-select'>;
    'mpp-query-change': MppEvent<'mpp-query-change'>;
    'mpp-service-change': MppEvent<'mpp-service-change'>;
    'mpp-ticket-taken': MppEvent<'mpp-ticket-taken'>;
    'mpp-ticket-called': MppEvent<'mpp-ticket-called'>;
    'mpp-ticket-cancelled': MppEvent<'mpp-ticket-cancelled'>;
    'mpp-booking-created': MppEvent<'mpp-booking-created'>;
    'mpp-booking-rescheduled': MppEvent<'mpp-booking-rescheduled'>;
    'mpp-booking-cancelled': MppEvent<'mpp-booking-cancelled'>;
    'mpp-booking-checked-in': MppEvent<'mpp-booking-checked-in'>;
    'mpp-survey-submitted': MppEvent<'mpp-survey-submitted'>;
  }
}

/**
 * Creates an mpp-kit event: bubbling and composed (it leaves shadow roots, so
 * the host page hears it), and cancelable, so a host can tell the element it
 * handled the action itself.
 *
 * @example
 * element.dispatchEvent(mppEvent('mpp-service-select', { serviceId: 'ktp-el', action: 'queue' }));
 */
export function mppEvent<K extends keyof MppEventDetails>(type: K, detail: MppEventDetails[K]): MppEvent<K> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: true });
}

/** The {@link MppErrorKind} of any thrown value. */
export function errorKindOf(error: unknown): MppErrorKind {
  if (isMppApiError(error)) return 'api';
  if (isMppNetworkError(error)) return 'network';
  if (isMppTimeoutError(error)) return 'timeout';
  if (isMppContractError(error)) return 'contract';
  if (isMppConfigError(error)) return 'config';
  if (isMppValidationError(error)) return 'validation';
  return 'unknown';
}

/** The `mpp-error` detail of any thrown value. */
export function errorDetailOf(error: unknown): MppErrorDetail {
  const api = isMppApiError(error) ? error : null;
  return {
    kind: errorKindOf(error),
    code: api?.code ?? null,
    status: api?.status ?? null,
    // Duck-typed: errors from another realm (an iframe, a second copy of the SDK) count too.
    message:
      typeof (error as { message?: unknown } | null)?.message === 'string' ? (error as Error).message : String(error),
    requestId: api?.requestId ?? null,
  };
}
