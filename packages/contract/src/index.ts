/**
 * The mpp-kit API v1 contract: zod/mini schemas with their inferred types, the
 * route table, and the pure domain rules (NIK, phone numbers, queue numbers,
 * local dates and times, opening hours, the live queue reducer) that the SDK,
 * the web components and the server share. It imports nothing but `zod/mini`, so it is small and safe
 * under a strict Content Security Policy.
 *
 * @example
 * import { routes, TicketSchema, formatQueueNumber } from '@mpp-kit/contract';
 *
 * @packageDocumentation
 */

export {
  HttpUrlSchema,
  IdSchema,
  InstantSchema,
  LocalDateSchema,
  LocaleSchema,
  LocalizedTextSchema,
  LocalTimeSchema,
  PageLimitSchema,
  PageSchema,
  RupiahSchema,
  TimeZoneSchema,
  type HttpUrl,
  type Id,
  type Instant,
  type LocalDate,
  type Locale,
  type LocalizedText,
  type LocalTime,
  type Page,
  type Rupiah,
  type TimeZone,
} from './schemas/common.js';
export {
  AddressSchema,
  BreakSchema,
  ContactSchema,
  DayHoursSchema,
  FacilityKindSchema,
  FacilitySchema,
  GeoPointSchema,
  HolidaySchema,
  PersonalDataPolicySchema,
  SiteSchema,
  WeeklyHoursSchema,
  type Address,
  type Break,
  type Contact,
  type DayHours,
  type Facility,
  type FacilityKind,
  type GeoPoint,
  type Holiday,
  type PersonalDataPolicy,
  type Site,
  type WeeklyHours,
} from './schemas/site.js';
export { AgencyPageSchema, AgencySchema, type Agency } from './schemas/agency.js';
export {
  ChannelSchema,
  CompletionSchema,
  CostSchema,
  ListServicesQuerySchema,
  RequirementSchema,
  ServiceSchema,
  ServiceSummaryPageSchema,
  ServiceSummarySchema,
  type Channel,
  type Completion,
  type Cost,
  type ListServicesQuery,
  type ListServicesQueryInput,
  type Requirement,
  type Service,
  type ServiceSummary,
} from './schemas/service.js';
export {
  CounterSchema,
  CounterStatusSchema,
  CounterUpdateSchema,
  StaffActionQuerySchema,
  StaffCallResultSchema,
  type Counter,
  type CounterStatus,
  type CounterUpdate,
  type StaffActionQuery,
  type StaffCallResult,
} from './schemas/counter.js';
export {
  QueueNumberSchema,
  TakeTicketInputSchema,
  TicketSchema,
  TicketStatusSchema,
  type QueueNumber,
  type TakeTicketInput,
  type Ticket,
  type TicketStatus,
} from './schemas/ticket.js';
export {
  QueueCounterSchema,
  QueueFilterSchema,
  QueueLineSchema,
  QueueSnapshotSchema,
  type QueueCounter,
  type QueueFilter,
  type QueueLine,
  type QueueSnapshot,
} from './schemas/queue.js';
export {
  CounterEventSchema,
  QueueEventSchema,
  SnapshotEventSchema,
  TICKET_EVENT_TYPES,
  TicketEventSchema,
  type CounterEvent,
  type QueueEvent,
  type SnapshotEvent,
  type TicketEvent,
  type TicketEventType,
} from './schemas/queue-event.js';
export {
  AvailabilityDaySchema,
  AvailabilityQuerySchema,
  AvailabilitySchema,
  SlotSchema,
  type Availability,
  type AvailabilityDay,
  type AvailabilityQuery,
  type Slot,
} from './schemas/availability.js';
export {
  ApplicantSchema,
  BookingReceiptSchema,
  BookingSchema,
  BookingStatusSchema,
  CheckInPreviewSchema,
  CheckInStateSchema,
  CreateBookingInputSchema,
  NikSchema,
  PhoneSchema,
  RescheduleBookingInputSchema,
  type Applicant,
  type ApplicantInput,
  type Booking,
  type BookingReceipt,
  type BookingStatus,
  type CheckInPreview,
  type CheckInState,
  type CreateBookingInput,
  type RescheduleBookingInput,
} from './schemas/booking.js';
export {
  ERROR_CODES,
  ErrorCodeSchema,
  ErrorDetailSchema,
  ErrorEnvelopeSchema,
  errorMessages,
  errorStatus,
  isKnownErrorCode,
  type ErrorCode,
  type ErrorDetail,
  type ErrorEnvelope,
} from './schemas/errors.js';
export { describeIssues, issuePath, type FieldIssue } from './schemas/issues.js';
export { HEADERS } from './routes/headers.js';
export {
  CACHE_CONTROL,
  CACHE_KINDS,
  ERROR_CACHE_CONTROL,
  isCredentialGuarded,
  isRateLimited,
  isRevalidated,
  type CacheKind,
} from './routes/http-policy.js';
export { buildPath, type RouteAuth, type RouteDefinition } from './routes/route.js';
export { BookingCodeParamsSchema, IdParamsSchema } from './routes/params.js';
export { routes, type RouteName } from './routes/table.js';
export { routeDocs, type RouteDocs } from './routes/docs.js';
export { getServiceRoute, getSiteRoute, listAgenciesRoute, listServicesRoute } from './routes/catalog-routes.js';
export { cancelTicketRoute, getQueueSnapshotRoute, getTicketRoute, takeTicketRoute } from './routes/queue-routes.js';
export { streamQueueRoute } from './routes/queue-stream-route.js';
export {
  cancelBookingRoute,
  checkInBookingRoute,
  createBookingRoute,
  getAvailabilityRoute,
  getBookingRoute,
  getCheckInRoute,
  rescheduleBookingRoute,
} from './routes/booking-routes.js';
export {
  callNextRoute,
  completeTicketRoute,
  recallTicketRoute,
  skipTicketRoute,
  updateCounterRoute,
} from './routes/counter-routes.js';
export {
  isValidNik,
  maskNik,
  NIK_PROVINCE_CODES,
  parseNik,
  type NikParts,
  type NikRejection,
  type NikResult,
} from './rules/nik.js';
export { normalizePhone } from './rules/phone.js';
export {
  CHECK_IN_CLOSES_MINUTES_AFTER,
  CHECK_IN_OPENS_MINUTES_BEFORE,
  checkInTiming,
  checkInWindow,
  type CheckInTiming,
  type CheckInWindow,
} from './rules/check-in.js';
export {
  callAnnouncement,
  formatQueueNumber,
  MAX_QUEUE_SEQUENCE,
  parseQueueNumber,
  QUEUE_NUMBER_PATTERN,
  QUEUE_PREFIX_PATTERN,
  spokenCounterName,
  spokenQueueNumber,
  type QueueNumberParts,
} from './rules/queue-number.js';
export {
  addDays,
  isCalendarDate,
  localDateOf,
  localMinutesOf,
  localTimeOf,
  minutesOfDay,
  timeOfMinutes,
  utcOffsetMinutes,
  weekdayOf,
  zonedInstant,
  type Weekday,
} from './rules/dates.js';
export {
  CLOSING_SOON_MINUTES,
  dayOpening,
  LOOKAHEAD_DAYS,
  nextOpening,
  openingAt,
  upcomingHolidays,
  type ClosedDayReason,
  type ClosedReason,
  type DayOpening,
  type NextOpening,
  type OpenDayHours,
  type OpeningOptions,
  type OpeningState,
  type OpenPeriod,
  type SiteHours,
} from './rules/opening.js';
export { applyQueueEvent, callOf, callsBetween, type QueueCall } from './rules/queue-events.js';
export {
  counterInScope,
  lineInScope,
  scopeQueueSnapshot,
  type ScopedCounter,
  type ScopedLine,
} from './rules/queue-scope.js';
export {
  BookingConfigSchema,
  DEFAULT_SEED_SETTINGS,
  SeedHistorySchema,
  SeedSchema,
  SeedSettingsSchema,
  type BookingConfig,
  type Seed,
  type SeedAgency,
  type SeedHistory,
  type SeedCounter,
  type SeedInput,
  type SeedService,
  type SeedSettings,
  type SeedSite,
} from './schemas/seed.js';
export { formatSeedIssues } from './schemas/seed-messages.js';
export {
  DurationFiguresSchema,
  STATS_MAX_RANGE_DAYS,
  StatsBucketSchema,
  StatsCountsSchema,
  StatsGroupingSchema,
  StatsGroupSchema,
  StatsOverviewSchema,
  StatsPeriodSchema,
  StatsQuerySchema,
  StatsSchema,
  type DurationFigures,
  type Stats,
  type StatsBucket,
  type StatsCounts,
  type StatsGroup,
  type StatsOverview,
  type StatsQuery,
  type StatsQueryInput,
} from './schemas/stats.js';
export {
  AgeGroupSchema,
  EducationSchema,
  OccupationSchema,
  SexSchema,
  SURVEY_SUGGESTION_MAX_LENGTH,
  SurveyAnswersSchema,
  SurveyCodeInputSchema,
  SurveyElementKeySchema,
  SurveyElementResultSchema,
  SurveyGradeSchema,
  SurveyGroupResultSchema,
  SurveyInvitationSchema,
  SurveyProfileSchema,
  SurveyReceiptSchema,
  SurveyResponseInputSchema,
  SurveyResultsQuerySchema,
  SurveyResultsSchema,
  SurveySuggestionPageSchema,
  SurveySuggestionSchema,
  SurveySuggestionsQuerySchema,
  type SurveyAnswers,
  type SurveyElementResult,
  type SurveyGroupResult,
  type SurveyInvitation,
  type SurveyProfile,
  type SurveyReceipt,
  type SurveyResponseInput,
  type SurveyResults,
  type SurveyResultsQuery,
  type SurveySuggestion,
  type SurveySuggestionsQuery,
} from './schemas/survey.js';
export { getStatsRoute } from './routes/stats-routes.js';
export {
  getSurveyInvitationRoute,
  getSurveyResultsRoute,
  listSurveySuggestionsRoute,
  submitSurveyRoute,
} from './routes/survey-routes.js';
export {
  isSurveyScore,
  SURVEY_ELEMENT_COUNT,
  SURVEY_ELEMENTS,
  SURVEY_GRADES,
  SURVEY_SCORE_MAX,
  SURVEY_SCORE_MIN,
  surveyGrade,
  surveyIndex,
  surveyIndexOfTotals,
  type SurveyElement,
  type SurveyElementKey,
  type SurveyGrade,
  type SurveyGradeBand,
  type SurveyIndex,
  type SurveyTotals,
} from './rules/survey-index.js';
export { minimumSurveySample, SURVEY_SAMPLE_TABLE } from './rules/survey-sample.js';
export {
  normalizeSurveyCode,
  SURVEY_CODE_ALPHABET,
  SURVEY_CODE_PATTERN,
  SURVEY_CODE_VALID_DAYS,
} from './rules/survey-code.js';
export {
  monthAfter,
  monthWithin,
  statsBucketEnd,
  statsBucketStart,
  statsBuckets,
  type LocalMonth,
  type StatsBucketDays,
  type StatsPeriod,
} from './rules/stats-period.js';
