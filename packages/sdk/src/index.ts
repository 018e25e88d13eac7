/**
 * `@mpp-kit/sdk`: a typed, validated, fault-tolerant client of the mpp-kit v1
 * API for a Mal Pelayanan Publik. One factory, {@link createClient}, or a
 * {@link createCore | core} and only the resources a page uses (a smaller
 * bundle); every answer checked against `@mpp-kit/contract`; errors you can tell apart;
 * retries that never take two queue numbers or book twice; a live queue over
 * Server-Sent Events with a polling fallback.
 *
 * @example
 * ```ts
 * import { createClient, isMppApiError } from '@mpp-kit/sdk';
 *
 * const client = createClient({ baseUrl: 'https://mpp.kedirikota.go.id/api' });
 * try {
 *   const ticket = await client.tickets.take({ serviceId: 'ktp-el' });
 * } catch (error) {
 *   if (isMppApiError(error) && error.code === 'quota_exceeded') showQuotaMessage();
 * }
 * ```
 *
 * @packageDocumentation
 */

export { createClient, type MppClient } from './client.js';
export { baseUrlOf, createCore, withStaffToken, type ClientCore } from './core.js';
export { randomUuid, type RandomSource } from './uuid.js';
export type { ClientLocale, ClientOptions, FetchLike, RetryOptions } from './options.js';
export type { CallOptions, IdempotentCallOptions } from './http.js';
export { agenciesResource, type AgenciesResource } from './resources/agencies.js';
export { bookingsResource, type BookingsResource } from './resources/bookings.js';
export { countersResource, type CountersResource, type StaffActionOptions } from './resources/counters.js';
export { queuesResource, type QueuesResource } from './resources/queues.js';
export { servicesResource, type ServicesResource } from './resources/services.js';
export { siteResource, type SiteResource } from './resources/site.js';
export { statsResource, type StatsResource } from './resources/stats.js';
export { surveyResource, type SurveyResource } from './resources/survey.js';
export { ticketsResource, type TicketsResource } from './resources/tickets.js';
export type { QueueHandlers, SubscribeOptions, Unsubscribe } from './queue/subscribe.js';
export type { ConnectionState } from './queue/state.js';

export { MppError, isMppError } from './errors/mpp-error.js';
export { MppApiError, isMppApiError, type MppApiErrorInit } from './errors/api-error.js';
export { MppNetworkError, isMppNetworkError } from './errors/network-error.js';
export { MppTimeoutError, isMppTimeoutError } from './errors/timeout-error.js';
export { MppContractError, isMppContractError } from './errors/contract-error.js';
export { MppConfigError, isMppConfigError } from './errors/config-error.js';
export { MppValidationError, isMppValidationError } from './errors/validation-error.js';
export type { MppIssue } from './errors/issue.js';

// Contract types that appear in the signatures above, so users need not import the contract.
export type {
  Agency,
  ApplicantInput,
  Availability,
  AvailabilityDay,
  AvailabilityQuery,
  Booking,
  BookingReceipt,
  BookingStatus,
  Channel,
  Completion,
  Cost,
  Counter,
  CounterStatus,
  CounterUpdate,
  CreateBookingInput,
  DayHours,
  ErrorCode,
  Facility,
  Holiday,
  ListServicesQueryInput,
  LocalizedText,
  Page,
  QueueCounter,
  QueueEvent,
  QueueFilter,
  QueueLine,
  QueueSnapshot,
  RescheduleBookingInput,
  Requirement,
  Service,
  ServiceSummary,
  Site,
  Slot,
  StaffCallResult,
  TakeTicketInput,
  Ticket,
  TicketStatus,
} from '@mpp-kit/contract';
