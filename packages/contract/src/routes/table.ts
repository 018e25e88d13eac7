import type { RouteDefinition } from './route.js';
import { getSiteRoute, listAgenciesRoute, listServicesRoute, getServiceRoute } from './catalog-routes.js';
import { getQueueSnapshotRoute, takeTicketRoute, getTicketRoute, cancelTicketRoute } from './queue-routes.js';
import { streamQueueRoute } from './queue-stream-route.js';
import {
  getAvailabilityRoute,
  createBookingRoute,
  getBookingRoute,
  cancelBookingRoute,
  rescheduleBookingRoute,
  getCheckInRoute,
  checkInBookingRoute,
} from './booking-routes.js';
import {
  callNextRoute,
  recallTicketRoute,
  skipTicketRoute,
  completeTicketRoute,
  updateCounterRoute,
} from './counter-routes.js';
import { getStatsRoute } from './stats-routes.js';
import {
  getSurveyInvitationRoute,
  getSurveyResultsRoute,
  listSurveySuggestionsRoute,
  submitSurveyRoute,
} from './survey-routes.js';

/**
 * The API v1 route table. Keys are the operation ids the SDK exposes.
 *
 * Every route can also answer `rate_limited` (429, with `Retry-After`),
 * `internal` (500) and `unavailable` (503); each route's comment names only
 * its own codes, and `routeDocs` lists them all. Each route is also
 * exported on its own (`getServiceRoute`, ...), so a bundle that uses a few
 * routes leaves the others out.
 *
 * @example
 * const { method, path } = routes.getService; // 'GET', '/v1/services/{id}'
 */
export const routes = {
  /** `GET /v1/site`: the MPP itself (address, time zone, opening hours, facilities, holidays). */
  getSite: getSiteRoute,
  /** `GET /v1/agencies`: the tenant agencies (instansi) with their service counts. */
  listAgencies: listAgenciesRoute,
  /** `GET /v1/services`: one page of the service catalog, filtered and searched. */
  listServices: listServicesRoute,
  /** `GET /v1/services/{id}`: one service in full (persyaratan, biaya, completion time, legal basis). */
  getService: getServiceRoute,
  /** `GET /v1/queues`: now serving per counter and the waiting line per service, at one moment. */
  getQueueSnapshot: getQueueSnapshotRoute,
  /** `GET /v1/queues/stream`: the same view live, as Server-Sent Events resumable with `Last-Event-ID`. */
  streamQueue: streamQueueRoute,
  /** `POST /v1/tickets`: take a queue number (nomor antrean) for a service, from anywhere. */
  takeTicket: takeTicketRoute,
  /** `GET /v1/tickets/{id}`: a ticket's status, position in line and estimated wait. */
  getTicket: getTicketRoute,
  /** `POST /v1/tickets/{id}/cancel`: leave the queue before being called. */
  cancelTicket: cancelTicketRoute,
  /** `GET /v1/services/{id}/availability`: bookable slots day by day, with the places left. */
  getAvailability: getAvailabilityRoute,
  /** `POST /v1/bookings`: book a slot; never overbooks, even under concurrent requests. */
  createBooking: createBookingRoute,
  /** `GET /v1/bookings/{code}`: a booking, for its holder. */
  getBooking: getBookingRoute,
  /** `POST /v1/bookings/{code}/cancel`: cancel a booking, up to the service's deadline before the slot. */
  cancelBooking: cancelBookingRoute,
  /** `POST /v1/bookings/{code}/reschedule`: move a booking to another slot of the same service. */
  rescheduleBooking: rescheduleBookingRoute,
  /** `GET /v1/bookings/{code}/check-in`: staff see a booking and whether it can be checked in now. */
  getCheckIn: getCheckInRoute,
  /** `POST /v1/bookings/{code}/check-in`: staff check the holder in on the day; issues a priority ticket. */
  checkInBooking: checkInBookingRoute,
  /**
   * `POST /v1/counters/{id}/call-next`: finish the current ticket and call the next one
   * (checked-in bookings first). `counter_closed` unless the counter is open; `queue_empty` when nobody waits.
   */
  callNext: callNextRoute,
  /**
   * `POST /v1/counters/{id}/recall`: announce the current ticket again. `counter_closed` when the
   * counter is closed; `conflict` when it serves no ticket; `recall_limit` past the site's recall limit.
   */
  recallTicket: recallTicketRoute,
  /** `POST /v1/counters/{id}/skip`: mark the current ticket `skipped` (did not come); `conflict` when there is none. */
  skipTicket: skipTicketRoute,
  /** `POST /v1/counters/{id}/complete`: mark the current ticket `done`, freeing the counter; `conflict` when there is none. */
  completeTicket: completeTicketRoute,
  /** `PATCH /v1/counters/{id}`: open, pause or close a counter (loket). */
  updateCounter: updateCounterRoute,
  /** `GET /v1/stats`: visitors, tickets, bookings and waits over a range of days, per period and per agency or service. */
  getStats: getStatsRoute,
  /** `GET /v1/tickets/{id}/survey`: the survey code of a completed ticket. */
  getSurveyInvitation: getSurveyInvitationRoute,
  /** `POST /v1/survey/responses`: answer the survey once with a code. */
  submitSurvey: submitSurveyRoute,
  /** `GET /v1/survey/results`: the IKM, grade and element averages over a range, per agency or service. */
  getSurveyResults: getSurveyResultsRoute,
  /** `GET /v1/survey/suggestions`: the respondents' suggestions, for staff. */
  listSurveySuggestions: listSurveySuggestionsRoute,
} as const satisfies Record<string, RouteDefinition>;

/** Name of a route (an operation id). */
export type RouteName = keyof typeof routes;
