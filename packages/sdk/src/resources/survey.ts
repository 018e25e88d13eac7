import {
  getSurveyInvitationRoute,
  getSurveyResultsRoute,
  listSurveySuggestionsRoute,
  submitSurveyRoute,
  type Page,
  type SurveyInvitation,
  type SurveyReceipt,
  type SurveyResponseInput,
  type SurveyResults,
  type SurveyResultsQuery,
  type SurveySuggestion,
  type SurveySuggestionsQuery,
} from '@mpp-kit/contract';
import type { ClientCore } from '../core.js';
import type { CallOptions, IdempotentCallOptions } from '../http.js';

/** The satisfaction survey (Survei Kepuasan Masyarakat, SKM): `client.survey`. */
export interface SurveyResource {
  /**
   * The survey code of a completed ticket, for its holder (the ticket id is the
   * credential). Refused with `survey_not_available` until the ticket is completed.
   *
   * @example
   * ```ts
   * const { code, expiresAt } = await client.survey.invitation(ticket.id);
   * ```
   */
  invitation(ticketId: string, options?: CallOptions): Promise<SurveyInvitation>;
  /**
   * Answers the survey once with a code. Sends an `Idempotency-Key` kept across
   * retries, so a retry after a lost answer gets the receipt, not `survey_answered`.
   * Refused with `survey_code_unknown`, `survey_code_expired` or `survey_answered`.
   *
   * @example
   * ```ts
   * await client.survey.submit({
   *   code: '7QX4-M2KP',
   *   answers: { requirements: 4, procedure: 3, time: 3, cost: 4, product: 4, competence: 4, conduct: 4, complaints: 3, facilities: 4 },
   * });
   * ```
   */
  submit(input: SurveyResponseInput, options?: IdempotentCallOptions): Promise<SurveyReceipt>;
  /**
   * The results over a range of visit days (the last 90 by default), for the
   * whole MPP, an agency or a service: element averages, the IKM and its grade,
   * respondents and the regulation's minimum sample. Aggregates only.
   *
   * @example
   * ```ts
   * const { index, grade } = await client.survey.results({ agencyId: 'dukcapil' });
   * ```
   */
  results(query?: SurveyResultsQuery, options?: CallOptions): Promise<SurveyResults>;
  /**
   * Staff: one page of the respondents' suggestions, newest visit first. Needs `staffToken`.
   *
   * @throws {@link MppConfigError} when the client has no `staffToken`, before any request
   * @example
   * ```ts
   * const { items } = await staff.survey.suggestions({ from: '2026-01-01' });
   * ```
   */
  suggestions(query?: Partial<SurveySuggestionsQuery>, options?: CallOptions): Promise<Page<SurveySuggestion>>;
}

/**
 * Builds `client.survey` (the satisfaction survey) over a {@link ClientCore},
 * for a client with only the resources a page uses.
 *
 * @example
 * ```ts
 * const survey = surveyResource(createCore({ baseUrl }));
 * ```
 */
export function surveyResource({ send }: ClientCore): SurveyResource {
  return {
    invitation: (ticketId, options) => send(getSurveyInvitationRoute, { params: { id: ticketId }, options }),
    submit: (input, options) => send(submitSurveyRoute, { body: input, options }),
    results: (query, options) => send(getSurveyResultsRoute, { query: query ?? {}, options }),
    suggestions: (query, options) => send(listSurveySuggestionsRoute, { query: query ?? {}, options }),
  };
}
