// What the OpenAPI document says of each route beyond what a client needs to
// call it: a one-line summary and the error codes it can answer with. It lives
// apart from the route objects, which the SDK bundles into every page, and is
// keyed by route name, so each fact has one home and a route without docs does
// not type-check. Only the OpenAPI generator and the tests read it.
import type { ErrorCode } from '../schemas/errors.js';
import type { RouteName } from './table.js';

/** The documentation of one route. */
export interface RouteDocs {
  /** English one-liner for the OpenAPI document. */
  readonly summary: string;
  /** Error codes the route can answer with (`internal` and `unavailable` included, `rate_limited` where the route is rate-limited or guards a credential). */
  readonly errors: readonly ErrorCode[];
}

/**
 * Joins groups of error codes into one list. Unlike an array spread, a call can
 * carry a pure annotation where it is made, so a bundle that imports the
 * contract for anything else drops the whole table.
 */
function errorCodes<const T extends readonly (readonly ErrorCode[])[]>(...groups: T): readonly T[number][number][] {
  // Groups may share a code (a public write that checks a booking secret is limited twice over).
  return [...new Set(groups.flat())];
}

// Errors any route can answer.
const always = ['internal', 'unavailable'] as const;
// Errors of a route whose requests are counted per client (`isRateLimited`: the public writes).
const limited = ['rate_limited'] as const;
// Errors of a route that reads a JSON body.
const withBody = ['bad_request', 'validation_failed', 'payload_too_large', 'unsupported_media_type'] as const;
// Errors of a route that honours `Idempotency-Key`.
const idempotent = ['idempotency_mismatch', 'idempotency_in_progress'] as const;
// Errors of a staff route without a valid token; too many wrong tokens from one client (`isCredentialGuarded`).
const staff = ['unauthorized', 'forbidden', 'rate_limited'] as const;
// A missing or wrong booking secret is `not_found`, like an unknown code, so codes cannot be probed;
// a secret sent as `?secret=` is `bad_request` (it belongs in `X-Booking-Secret`, never in a URL);
// too many misses from one client are `rate_limited` (`isCredentialGuarded`).
const booking = ['bad_request', 'not_found', 'rate_limited'] as const;
// Why a slot cannot be had.
const bookable = ['slot_full', 'slot_unavailable', 'holiday', 'site_closed'] as const;
// Every counter action: no valid token, a malformed query, an unknown counter, or a counter that
// no longer serves what the caller's `serving` says.
const counterAction = /* @__PURE__ */ errorCodes(staff, ['validation_failed', 'not_found', 'counter_changed']);

/**
 * The summary and error codes of every route of {@link routes}, by route name.
 *
 * @example
 * routeDocs.getService.errors // ['not_found', 'internal', 'unavailable']
 */
export const routeDocs: Readonly<Record<RouteName, RouteDocs>> = {
  getSite: {
    summary: 'The MPP: address, opening hours, facilities and holidays',
    /** Only the common codes. */
    errors: /* @__PURE__ */ errorCodes(always),
  },
  listAgencies: {
    summary: 'Agencies (instansi) at the MPP with their service counts',
    /** Only the common codes. */
    errors: /* @__PURE__ */ errorCodes(always),
  },
  listServices: {
    summary: 'A page of the service catalog',
    /** `validation_failed` for a bad query value or cursor. */
    errors: /* @__PURE__ */ errorCodes(['validation_failed'], always),
  },
  getService: {
    summary: 'A service with requirements, cost, completion time and channels',
    /** `not_found` for an unknown service. */
    errors: /* @__PURE__ */ errorCodes(['not_found'], always),
  },
  getQueueSnapshot: {
    summary: 'Now serving per counter and the waiting line per service',
    /** `validation_failed` for a malformed filter, `not_found` for an unknown agency or service. */
    errors: /* @__PURE__ */ errorCodes(['validation_failed', 'not_found'], always),
  },
  streamQueue: {
    summary: 'Live queue events (Server-Sent Events), a snapshot first',
    /** `validation_failed` for a malformed filter, `not_found` for an unknown agency or service. */
    errors: /* @__PURE__ */ errorCodes(['validation_failed', 'not_found'], always),
  },
  takeTicket: {
    summary: 'Take a queue number for a service',
    /**
     * `not_found` for an unknown service; `queue_closed` when it has no queue or no
     * counter serves it; `site_closed` outside opening hours, `holiday` on a holiday; `quota_exceeded`
     * once the daily quota is used up; plus body and idempotency errors.
     */
    errors: /* @__PURE__ */ errorCodes(
      withBody,
      idempotent,
      ['not_found', 'queue_closed', 'site_closed', 'holiday', 'quota_exceeded'],
      limited,
      always,
    ),
  },
  getTicket: {
    summary: "A ticket's status and position in line",
    /** `not_found` for an unknown ticket. */
    errors: /* @__PURE__ */ errorCodes(['not_found'], always),
  },
  cancelTicket: {
    summary: 'Leave the queue',
    /** `not_found` for an unknown ticket; `conflict` once it is no longer `waiting`. */
    errors: /* @__PURE__ */ errorCodes(['not_found', 'conflict'], limited, always),
  },
  getAvailability: {
    summary: 'Bookable slots of a service with remaining capacity',
    /** `validation_failed` for a bad date or `from` after `to`; `not_found` for an unknown service. */
    errors: /* @__PURE__ */ errorCodes(['validation_failed', 'not_found'], always),
  },
  createBooking: {
    summary: 'Book a slot; the receipt carries the secret to manage it',
    /**
     * `slot_full` when no place is left; `slot_unavailable` for a slot that is not
     * offered; `holiday`/`site_closed` for a closed day; `booking_exists` when the
     * same NIK already booked this service that day; `quota_exceeded` when the day's
     * quota is used up; plus body, idempotency and `not_found` errors.
     */
    errors: /* @__PURE__ */ errorCodes(
      withBody,
      idempotent,
      ['not_found'],
      bookable,
      ['booking_exists', 'quota_exceeded'],
      limited,
      always,
    ),
  },
  getBooking: {
    summary: 'A booking (needs its secret)',
    /**
     * An unknown code and a wrong secret both answer `not_found`, so codes cannot be
     * probed; `bad_request` when the secret comes as `?secret=` (refused even when right).
     */
    errors: /* @__PURE__ */ errorCodes(booking, always),
  },
  cancelBooking: {
    summary: 'Cancel a booking (needs its secret)',
    /**
     * `booking_not_modifiable` when it is no longer `confirmed` or the deadline has
     * passed; `not_found` for an unknown code or a wrong secret; `bad_request` for `?secret=`.
     */
    errors: /* @__PURE__ */ errorCodes(booking, ['booking_not_modifiable'], limited, always),
  },
  rescheduleBooking: {
    summary: 'Move a booking to another slot (needs its secret)',
    /**
     * As for a new booking (`slot_full`, `slot_unavailable`, `holiday`, `site_closed`),
     * plus `booking_not_modifiable`, and `booking_exists` when the NIK already holds one
     * that day; `not_found` for an unknown code or a wrong secret; `bad_request` for `?secret=`.
     */
    errors: /* @__PURE__ */ errorCodes(
      withBody, // has `bad_request`, for `?secret=` too
      ['not_found', 'booking_not_modifiable', 'booking_exists'],
      bookable,
      limited,
      always,
    ),
  },
  getCheckIn: {
    summary: 'A booking as the check-in desk sees it (no personal data)',
    /** `not_found` for an unknown code; plus staff errors. The state, not an error, says why check-in would be refused. */
    errors: /* @__PURE__ */ errorCodes(staff, ['not_found'], always),
  },
  checkInBooking: {
    summary: 'Check a booking in: issues a priority ticket',
    /**
     * `check_in_too_early` / `check_in_too_late` outside its check-in window;
     * `already_checked_in` when it has its ticket; `booking_not_modifiable` when
     * it was cancelled, completed or missed; `queue_closed` or `site_closed` when
     * it cannot be queued now; plus staff and `not_found` errors.
     */
    errors: /* @__PURE__ */ errorCodes(
      staff,
      [
        'not_found',
        'check_in_too_early',
        'check_in_too_late',
        'already_checked_in',
        'booking_not_modifiable',
        'queue_closed',
        'site_closed',
        'holiday',
      ],
      always,
    ),
  },
  callNext: {
    summary: 'Call the next ticket to a counter',
    /** `counter_closed` unless the counter is open; `queue_empty` when nobody waits. */
    errors: /* @__PURE__ */ errorCodes(counterAction, ['counter_closed', 'queue_empty'], always),
  },
  recallTicket: {
    summary: "Call the counter's current ticket again",
    /** `counter_closed` when the counter is closed; `conflict` when it serves no ticket; `recall_limit` past the site's recall limit. */
    errors: /* @__PURE__ */ errorCodes(counterAction, ['counter_closed', 'conflict', 'recall_limit'], always),
  },
  skipTicket: {
    summary: "Skip the counter's current ticket (did not come)",
    /** `conflict` when the counter serves no ticket. */
    errors: /* @__PURE__ */ errorCodes(counterAction, ['conflict'], always),
  },
  completeTicket: {
    summary: "Finish serving the counter's current ticket",
    /** `conflict` when the counter serves no ticket. */
    errors: /* @__PURE__ */ errorCodes(counterAction, ['conflict'], always),
  },
  updateCounter: {
    summary: 'Open, pause or close a counter',
    /** `not_found` for an unknown counter; `conflict` when closing while a ticket is still at the counter. */
    errors: /* @__PURE__ */ errorCodes(withBody, staff, ['not_found', 'conflict'], always),
  },
  getStats: {
    summary: 'Visitor statistics: counts and waits per day, week or month and per agency or service',
    /** `validation_failed` for a bad date, `from` after `to`, or a range over ten years. */
    errors: /* @__PURE__ */ errorCodes(['validation_failed'], always),
  },
  getSurveyInvitation: {
    summary: 'The satisfaction survey code of a completed ticket',
    /** `not_found` for an unknown ticket; `survey_not_available` until the ticket is completed. */
    errors: /* @__PURE__ */ errorCodes(['not_found', 'survey_not_available'], always),
  },
  submitSurvey: {
    summary: 'Answer the satisfaction survey (SKM) with a survey code, once',
    /**
     * `survey_code_unknown` for a code that does not exist; `survey_code_expired`
     * past its days; `survey_answered` when the code was used (the first response
     * is kept); `validation_failed` naming the element of an out-of-range answer.
     */
    errors: /* @__PURE__ */ errorCodes(
      withBody,
      idempotent,
      ['survey_code_unknown', 'survey_code_expired', 'survey_answered'],
      limited,
      always,
    ),
  },
  getSurveyResults: {
    summary: 'Satisfaction survey results: element averages, IKM and grade (aggregates only)',
    /** `validation_failed` for a bad date or `from` after `to`; `not_found` for an unknown agency or service. */
    errors: /* @__PURE__ */ errorCodes(['validation_failed', 'not_found'], always),
  },
  listSurveySuggestions: {
    summary: "Respondents' suggestions (staff)",
    /** `validation_failed` for a bad query; `not_found` for an unknown agency or service; staff errors without a token. */
    errors: /* @__PURE__ */ errorCodes(['validation_failed', 'not_found'], staff, always),
  },
} as const satisfies { readonly [Name in RouteName]: RouteDocs };
