import * as z from 'zod/mini';
import { SURVEY_ELEMENTS, type SurveyElementKey } from '../rules/survey-index.js';
import {
  IdSchema,
  InstantSchema,
  LocalDateSchema,
  NonNegativeIntSchema,
  PageLimitSchema,
  PageSchema,
} from './common.js';

// The Survei Kepuasan Masyarakat (PermenPAN-RB No. 14 of 2017). A response is
// never linked to a person: it carries a one-time code, not a NIK, phone or name,
// and the server keeps no link from the response to the ticket the code was for.

/** A survey code as a person types it; the server reads it with `normalizeSurveyCode`. */
export const SurveyCodeInputSchema = z.string().check(z.minLength(1), z.maxLength(32));

/** The quality grade (mutu pelayanan). */
export const SurveyGradeSchema = z.enum(['A', 'B', 'C', 'D']);
/** An element key (see `SURVEY_ELEMENTS`). */
export const SurveyElementKeySchema = z.enum([
  'requirements',
  'procedure',
  'time',
  'cost',
  'product',
  'competence',
  'conduct',
  'complaints',
  'facilities',
]);

// Each element's score schema names the element, so a 422 says which answer is wrong.
const answerShape = Object.fromEntries(
  SURVEY_ELEMENTS.map(({ key, name }) => {
    const error = `${name.id}: jawab 1 sampai 4 / ${name.en}: answer 1 to 4`;
    return [key, z.int({ error }).check(z.gte(1, { error }), z.lte(4, { error }))];
  }),
) as Record<SurveyElementKey, z.ZodMiniInt>;

/** The nine answers of a response, each 1 (worst) to 4 (best), keyed by element. */
export const SurveyAnswersSchema = z.strictObject(answerShape);
/** The nine answers of a response. */
export type SurveyAnswers = z.infer<typeof SurveyAnswersSchema>;

/** Age groups of the respondent profile. */
export const AgeGroupSchema = z.enum(['under-20', '20-29', '30-39', '40-49', '50-59', '60-plus']);
/** Sex as the regulation's profile asks it (jenis kelamin). */
export const SexSchema = z.enum(['male', 'female']);
/** Highest education (pendidikan terakhir): SD, SMP, SMA, D1-D3, D4/S1, S2, S3. */
export const EducationSchema = z.enum([
  'primary',
  'junior-secondary',
  'senior-secondary',
  'diploma',
  'bachelor',
  'master',
  'doctorate',
]);
/** Occupation (pekerjaan): PNS, TNI, Polri, swasta, wirausaha, pelajar/mahasiswa, lainnya. */
export const OccupationSchema = z.enum([
  'civil-servant',
  'military',
  'police',
  'private',
  'entrepreneur',
  'student',
  'other',
]);

/** The respondent profile the regulation lists; every field is optional. */
export const SurveyProfileSchema = z.strictObject({
  /** Age group (umur). */
  ageGroup: z.optional(AgeGroupSchema),
  /** Sex (jenis kelamin). */
  sex: z.optional(SexSchema),
  /** Highest education (pendidikan). */
  education: z.optional(EducationSchema),
  /** Occupation (pekerjaan). */
  occupation: z.optional(OccupationSchema),
});
/** A respondent profile. */
export type SurveyProfile = z.infer<typeof SurveyProfileSchema>;

/** The longest suggestion accepted, in characters. */
export const SURVEY_SUGGESTION_MAX_LENGTH = 1000;

/** Body of `POST /v1/survey/responses`. */
export const SurveyResponseInputSchema = z.strictObject({
  /** The survey code of the completed visit, e.g. `7QX4-M2KP` (case, spaces and dashes do not matter). */
  code: SurveyCodeInputSchema,
  /** The nine answers. */
  answers: SurveyAnswersSchema,
  /** The optional respondent profile. */
  profile: z.optional(SurveyProfileSchema),
  /** Optional suggestion or complaint (saran), up to 1,000 characters; shown only to staff. */
  suggestion: z.optional(z.string().check(z.maxLength(SURVEY_SUGGESTION_MAX_LENGTH))),
});
/** A survey response as sent. */
export type SurveyResponseInput = z.infer<typeof SurveyResponseInputSchema>;

/** What the server answers to a response: which service it was counted for. */
export const SurveyReceiptSchema = z.object({
  /** The service of the visit the code was for. */
  serviceId: IdSchema,
  /** The agency of that service. */
  agencyId: IdSchema,
});
/** A survey receipt. */
export type SurveyReceipt = z.infer<typeof SurveyReceiptSchema>;

/** The survey code of a completed ticket, for the ticket's holder. */
export const SurveyInvitationSchema = z.object({
  /** The code to answer with, e.g. `7QX4-M2KP`. */
  code: z.string(),
  /** The service of the visit. */
  serviceId: IdSchema,
  /** Until when the code can be answered. */
  expiresAt: InstantSchema,
  /** Whether a response was already given with it. */
  answered: z.boolean(),
});
/** A survey invitation. */
export type SurveyInvitation = z.infer<typeof SurveyInvitationSchema>;

const surveyScope = {
  /** First day of visits, `YYYY-MM-DD`. @default 89 days before `to` */
  from: z.optional(LocalDateSchema),
  /** Last day of visits, inclusive. @default today (site-local) */
  to: z.optional(LocalDateSchema),
  /** Only responses about services of this agency. */
  agencyId: z.optional(IdSchema),
  /** Only responses about this service. */
  serviceId: z.optional(IdSchema),
};
const fromBeforeTo = z.refine<{ from?: string | undefined; to?: string | undefined }>(
  (query) => !query.from || !query.to || query.from <= query.to,
  {
    error: '`from` setelah `to` / `from` is after `to`',
    path: ['to'],
  },
);

/** Query of `GET /v1/survey/results`. */
export const SurveyResultsQuerySchema = z.strictObject(surveyScope).check(fromBeforeTo);
/** A results query. */
export type SurveyResultsQuery = z.infer<typeof SurveyResultsQuerySchema>;

/** One element's average score (NRR). */
export const SurveyElementResultSchema = z.object({
  /** The element. */
  key: SurveyElementKeySchema,
  /** Its average score, 1 to 4; `null` with no respondents. */
  average: z.nullable(z.number()),
});
/** An element's result. */
export type SurveyElementResult = z.infer<typeof SurveyElementResultSchema>;

/** The index of one agency or service within the results. */
export const SurveyGroupResultSchema = z.object({
  /** The agency. */
  agencyId: IdSchema,
  /** The service, when the results are scoped to an agency or a service; `null` per agency. */
  serviceId: z.nullable(IdSchema),
  /** How many responses. */
  respondents: NonNegativeIntSchema,
  /** The IKM, 25 to 100. */
  index: z.number(),
  /** Its grade. */
  grade: SurveyGradeSchema,
});
/** A group's result. */
export type SurveyGroupResult = z.infer<typeof SurveyGroupResultSchema>;

/**
 * The survey's results over a range of visit days: each element's average, the
 * IKM on the 25-100 scale and its grade, and the respondents beside the
 * regulation's minimum sample for the people served. Aggregates only: the
 * suggestions are staff's (`GET /v1/survey/suggestions`).
 */
export const SurveyResultsSchema = z.object({
  /** First day of the range. */
  from: LocalDateSchema,
  /** Last day (inclusive). */
  to: LocalDateSchema,
  /** The agency the results are scoped to, or `null` for the whole MPP. */
  agencyId: z.nullable(IdSchema),
  /** The service the results are scoped to, or `null`. */
  serviceId: z.nullable(IdSchema),
  /** How many responses. */
  respondents: NonNegativeIntSchema,
  /** The nine elements in the regulation's order. */
  elements: z.array(SurveyElementResultSchema),
  /** The IKM, 25 to 100, two decimals; `null` with no respondents. */
  index: z.nullable(z.number()),
  /** Its grade; `null` with no respondents. */
  grade: z.nullable(SurveyGradeSchema),
  /** People served (tickets completed) in the scope and range: the survey's population. */
  population: NonNegativeIntSchema,
  /** The regulation's minimum sample for `population`. */
  minimumSample: NonNegativeIntSchema,
  /** Per agency (or per service, when scoped to an agency or a service) with respondents, best index first (ties in seed order). */
  groups: z.array(SurveyGroupResultSchema),
});
/** Survey results. */
export type SurveyResults = z.infer<typeof SurveyResultsSchema>;

/** Query of `GET /v1/survey/suggestions` (staff). */
export const SurveySuggestionsQuerySchema = z
  .strictObject({
    ...surveyScope,
    /** The `nextCursor` of the previous page; omit for the first page. */
    cursor: z.optional(z.string()),
    /** Items per page, 1 to 100. @default 20 */
    limit: z._default(PageLimitSchema, 20),
  })
  .check(fromBeforeTo);
/** A suggestions query after parsing. */
export type SurveySuggestionsQuery = z.infer<typeof SurveySuggestionsQuerySchema>;

/** One suggestion (saran), with only the service and the day of the visit. */
export const SurveySuggestionSchema = z.object({
  /** What the respondent wrote. */
  text: z.string(),
  /** The service of the visit. */
  serviceId: IdSchema,
  /** The day of the visit. */
  date: LocalDateSchema,
});
/** A suggestion. */
export type SurveySuggestion = z.infer<typeof SurveySuggestionSchema>;

/** A page of suggestions, newest first. */
export const SurveySuggestionPageSchema = PageSchema(SurveySuggestionSchema);
