/**
 * Test helpers for pages that embed mpp-kit elements: harnesses read and drive
 * an element through its shadow DOM, so a portal's own tests do not depend on
 * our markup. Side-effect free; works with any test runner in a real browser.
 *
 * @example
 * ```ts
 * import { SiteInfoHarness } from '@mpp-kit/elements/testing.js';
 *
 * const card = new SiteInfoHarness(document.querySelector('mpp-site-info')!);
 * await card.settled();
 * expect(card.status).to.match(/^Buka/);
 * ```
 *
 * @packageDocumentation
 */
export { ElementHarness } from './core/harness.js';
export { SiteInfoHarness, type WeekRow } from './site-info/site-info.harness.js';
export { ServiceCatalogHarness, type RequirementRow } from './service-catalog/service-catalog.harness.js';
export { CounterConsoleHarness, type ConsoleLine } from './counter-console/counter-console.harness.js';
export { TicketHarness } from './ticket/ticket.harness.js';
export {
  QueueStatusHarness,
  type CounterRow,
  type LineRow,
  type CallRow,
} from './queue-status/queue-status.harness.js';
export { BookingManagerHarness } from './booking-manager/booking-manager.harness.js';
export {
  BookingFormHarness,
  type ApplicantEntry,
  type CalendarDay,
  type BookingConfirmationView,
} from './booking-form/booking-form.harness.js';
export { SlotPickerHarness, type SlotPickerDay, type SlotPickerTime } from './booking/slot-picker.harness.js';
export { SurveyHarness, type SurveyProfileEntry } from './survey/survey.harness.js';
export {
  SurveyResultsHarness,
  type SurveyGroupRow,
  type SurveySuggestionRow,
} from './survey-results/survey-results.harness.js';
export {
  VisitorStatsHarness,
  ChartReader,
  type ChartBarRow,
  type ChartTable,
} from './visitor-stats/visitor-stats.harness.js';
