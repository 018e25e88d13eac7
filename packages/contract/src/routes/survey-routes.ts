// The satisfaction survey (SKM): the holder of a completed ticket gets a code,
// anyone with a code answers once, anyone reads the aggregate results, staff read the suggestions.
import {
  SurveyInvitationSchema,
  SurveyReceiptSchema,
  SurveyResponseInputSchema,
  SurveyResultsQuerySchema,
  SurveyResultsSchema,
  SurveySuggestionPageSchema,
  SurveySuggestionsQuerySchema,
} from '../schemas/survey.js';
import type { RouteDefinition } from './route.js';
import { IdParamsSchema } from './params.js';

/** `GET /v1/tickets/{id}/survey`: the survey code of a completed ticket. */
export const getSurveyInvitationRoute = {
  /** `GET`: read-only; the code is made when the ticket is completed. */
  method: 'GET',
  /** `{id}` is the ticket's unguessable id. */
  path: '/v1/tickets/{id}/survey',
  /** Public: knowing the ticket id is the credential. */
  auth: 'public',
  /** The ticket's `id`. */
  params: IdParamsSchema,
  /** `200 OK`. */
  status: 200,
  /** The {@link SurveyInvitation}: the code, until when it can be used, and whether it was. */
  response: SurveyInvitationSchema,
} as const satisfies RouteDefinition;

/** `POST /v1/survey/responses`: answer the survey once with a code. */
export const submitSurveyRoute = {
  /** `POST`: stores one response. */
  method: 'POST',
  /** The code and answers go in the body. */
  path: '/v1/survey/responses',
  /** Public: the survey code is the credential; nothing identifies the respondent. */
  auth: 'public',
  /** A {@link SurveyResponseInput}: code, nine answers, optional profile and suggestion. */
  body: SurveyResponseInputSchema,
  /**
   * `true`: a retry with the same `Idempotency-Key` gets the same receipt, not `survey_answered`.
   * The key is bound to the code, not to the answers (so that nothing kept for
   * the retry ties the answers to the code): the same key with another code is
   * `idempotency_mismatch`, with the same code it is the first receipt again.
   */
  idempotencyKey: true,
  /** `201 Created`. */
  status: 201,
  /** A {@link SurveyReceipt}: the service the response was counted for. */
  response: SurveyReceiptSchema,
} as const satisfies RouteDefinition;

/** `GET /v1/survey/results`: the IKM, grade and element averages over a range, per agency or service. */
export const getSurveyResultsRoute = {
  /** `GET`: read-only, safe to retry. */
  method: 'GET',
  /** The range and scope go in the query. */
  path: '/v1/survey/results',
  /** Public: aggregates only; the suggestions are staff's. */
  auth: 'public',
  /** `from`, `to` (visit days), `agencyId`, `serviceId`. */
  query: SurveyResultsQuerySchema,
  /** `200 OK`. */
  status: 200,
  /** The {@link SurveyResults}. */
  response: SurveyResultsSchema,
} as const satisfies RouteDefinition;

/** `GET /v1/survey/suggestions`: the respondents' suggestions, for staff. */
export const listSurveySuggestionsRoute = {
  /** `GET`: read-only, safe to retry. */
  method: 'GET',
  /** The range, scope and page go in the query. */
  path: '/v1/survey/suggestions',
  /** Staff only: free text may say more than the respondent meant to publish. */
  auth: 'staff',
  /** `from`, `to`, `agencyId`, `serviceId`, `cursor`, `limit`. */
  query: SurveySuggestionsQuerySchema,
  /** `200 OK`. */
  status: 200,
  /** A page of {@link SurveySuggestion}s, newest visit first. */
  response: SurveySuggestionPageSchema,
} as const satisfies RouteDefinition;
