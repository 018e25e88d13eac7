/**
 * `@mpp-kit/elements`: Lit web components that put a Mal Pelayanan Publik's
 * services on any regency portal. This entry exports the element classes and
 * their building blocks without registering anything; register a tag by
 * importing its define module (`@mpp-kit/elements/site-info/define.js`), or load
 * the self-contained `dist/mpp-kit.min.js`, which registers every element.
 *
 * @example
 * ```ts
 * import '@mpp-kit/elements/provider/define.js';
 * import '@mpp-kit/elements/site-info/define.js';
 *
 * document.addEventListener('mpp-error', (event) => console.warn(event.detail.kind, event.detail.message));
 * ```
 *
 * @packageDocumentation
 */

import type { SubscribeOptions as SdkSubscribeOptions } from '@mpp-kit/sdk';

export { MppProvider } from './provider/provider.js';
export { MppSiteInfo } from './site-info/site-info.js';
export { MppServiceCatalog } from './service-catalog/service-catalog.js';
export type { SyncUrlMode } from './service-catalog/url-state.js';
export { MppQueueStatus, type CounterDisplayState, type QueueStatusMode } from './queue-status/queue-status.js';
export { browserSpeaker, voiceFor, type BrowserSpeakerOptions, type QueueSpeaker } from './queue-status/speaker.js';
export { MppTicket } from './ticket/ticket.js';
export { MppCounterConsole, type ConsoleStep } from './counter-console/counter-console.js';
export { MppBookingForm } from './booking-form/booking-form.js';
export type { BookingFormStep } from './booking-form/steps.js';
export { MppBookingManager } from './booking-manager/booking-manager.js';
export { MppVisitorStats } from './visitor-stats/visitor-stats.js';
export type { VisitorStatsRange } from './visitor-stats/ranges.js';
export { MppSurvey, type SurveyScreen } from './survey/survey.js';
export { MppSurveyResults, type SurveyPeriod } from './survey-results/survey-results.js';
export { SURVEY_PERIODS } from './survey-results/periods.js';
export { defineElement } from './define-element.js';

export { MppElement, type TaskViews } from './core/mpp-element.js';
export { ApiTask, type ApiTaskOptions, type ClientChoice, type LoadState } from './core/api-task.js';
export { apiBaseSource, clientSourceContext, fixedSource, sharedCore, type ClientSource } from './core/client.js';
export {
  errorDetailOf,
  mppEvent,
  type BookingCancelledDetail,
  type BookingCheckedInDetail,
  type SurveySubmittedDetail,
  type BookingCreatedDetail,
  type BookingRescheduledDetail,
  type MppErrorDetail,
  type MppErrorKind,
  type MppEvent,
  type MppEventDetails,
  type ServiceSelectDetail,
  type QueryChangeDetail,
  type ServiceChangeDetail,
  type TicketCalledDetail,
  type TicketCancelledDetail,
  type TicketTakenDetail,
} from './core/events.js';
export { formatterFor, type Formatter } from './core/format.js';
export { DEFAULT_LOCALE, toLocale } from './core/lang.js';
export { safeUrl } from './core/safe-url.js';
export { LazyTable, loadTables, stringsFor, type StringOverrides, type Translations } from './i18n/translations.js';
export type { CommonStrings } from './i18n/id.js';
export type { SiteInfoStrings } from './site-info/i18n/id.js';
export type { CatalogStrings } from './service-catalog/i18n/id.js';
export type { QueueStatusStrings } from './queue-status/i18n/id.js';
export type { TicketStrings } from './ticket/i18n/id.js';
export type { CounterConsoleStrings } from './counter-console/i18n/id.js';
export type { SlotPickerStrings } from './booking/i18n/id.js';
export type { BookingFormStrings } from './booking-form/i18n/id.js';
export type { BookingManagerStrings } from './booking-manager/i18n/id.js';
export type { VisitorStatsStrings } from './visitor-stats/i18n/id.js';
export type { SurveyStrings, SurveyQuestion } from './survey/i18n/id.js';
export type { SurveyResultsStrings } from './survey-results/i18n/id.js';
export { LiveQueue, type LiveQueueOptions } from './core/live-queue.js';
export { joinQueueFeed, RECENT_CALLS, type QueueFeed, type QueueFeedListener } from './core/queue-feed.js';
export { baseStyles } from './styles/base.js';
// Types the elements' properties name (and custom-elements.json with them), so
// a consumer imports every one of them from here.
export type { Booking, Locale, Ticket } from '@mpp-kit/contract';
export type { MppClient } from '@mpp-kit/sdk';
/**
 * Tuning of a live queue subscription (heartbeat, reconnection), as the
 * `subscribeOptions` of `<mpp-queue-status>` and `<mpp-ticket>` take it: the
 * SDK's `SubscribeOptions`, whose documentation describes each field.
 */
export type SubscribeOptions = SdkSubscribeOptions;
