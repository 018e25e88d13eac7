/**
 * The mpp-kit reference API server: one Hono app ({@link createApp}) with the
 * queue and booking engines over a {@link Store}. This entry runs in any
 * JavaScript runtime; `@mpp-kit/server/browser` runs it in a page over memory,
 * and `@mpp-kit/server/node` serves it over HTTP with SQLite.
 *
 * @example
 * import { createApp, MemoryStore } from '@mpp-kit/server';
 * const app = createApp({ store: new MemoryStore(seed), staffTokens: [token], secret });
 *
 * @packageDocumentation
 */

export { createApp, type AppOptions, type CorsOptions } from './app.js';
export type { RateLimitOptions } from './http/rate-limit.js';
export type { AppEnv, StaffCredential } from './http/env.js';
export { fixedClock, startingAt, systemClock, type Clock, type ManualClock } from './time/clock.js';
export { MemoryStore } from './store/memory-store.js';
export {
  ACTIVE_BOOKING_STATUSES,
  StoreConflictError,
  StoreUnavailableError,
  type AgencyRecord,
  type BookingFilter,
  type BookingPatch,
  type BookingRecord,
  type CounterPatch,
  type CounterRecord,
  type IdempotencyRecord,
  type LocalDateRange,
  type NewQueueEvent,
  type QueueEventRecord,
  type SeedCounterRecord,
  type ServiceRecord,
  type ServiceTimeStats,
  type Store,
  type StoreConstraint,
  type StoreSeed,
  type StoreSettings,
  type SuggestionCursor,
  type SuggestionRecord,
  type SurveyFilter,
  type SurveyInvitationRecord,
  type SurveyResponseRecord,
  type SurveyServiceTotals,
  type TicketCountFilter,
  type TicketFilter,
  type TicketPatch,
  type TicketRecord,
  type TicketTimesRecord,
} from './store/store.js';
export {
  createDataProtection,
  MIN_SECRET_LENGTH,
  type DataProtection,
  type DataProtectionFactory,
} from './booking/nik-protection.js';
export { kediriSeed, parseSeed, parseSeedText, SeedError } from './seed/load-seed.js';
export { DEFAULT_RETENTION_DAYS } from './booking/retention.js';
