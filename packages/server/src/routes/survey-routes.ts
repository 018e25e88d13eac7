import { normalizeSurveyCode, routes } from '@mpp-kit/contract';
import type { Engine } from '../engine.js';
import { ok, type Mount } from '../http/router.js';
import {
  submitSurveyResponse,
  surveyInvitation,
  surveyResults,
  surveySuggestionPage,
} from '../survey/survey-engine.js';

/**
 * The satisfaction survey (SKM): a completed ticket's code, the response (public,
 * idempotent, rate-limited as every anonymous write), the aggregate results
 * (public) and the suggestions (staff).
 */
export function mountSurveyRoutes(mount: Mount, engine: Engine): void {
  mount(routes.getSurveyInvitation, (c, { params }) =>
    ok(c, routes.getSurveyInvitation, surveyInvitation(engine, params.id)),
  );
  mount(
    routes.submitSurvey,
    (c, { body }) => ok(c, routes.submitSurvey, submitSurveyResponse(engine, body, c.var.idempotencyClaim)),
    {
      // The key is bound to the code alone: a hash of code and answers, kept for
      // the retry window, would let whoever holds the data key match a stored
      // response to its code, and so to the visit.
      idempotencyFingerprint: ({ body }) => ({ code: normalizeSurveyCode(body.code) ?? body.code }),
    },
  );
  mount(routes.getSurveyResults, (c, { query }) => ok(c, routes.getSurveyResults, surveyResults(engine, query)));
  mount(routes.listSurveySuggestions, (c, { query }) =>
    ok(c, routes.listSurveySuggestions, surveySuggestionPage(engine, query)),
  );
}
