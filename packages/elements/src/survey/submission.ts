import {
  SURVEY_ELEMENTS,
  type SurveyAnswers,
  type SurveyElementKey,
  type SurveyProfile,
  type SurveyReceipt,
  type SurveyResponseInput,
} from '@mpp-kit/contract';
import { isMppApiError, isMppValidationError, surveyResource, type ClientCore } from '@mpp-kit/sdk';
import { refusalOf, type WriteAttempt } from '../core/write-attempt.js';

/** The answers given so far: a score of 1 to 4 per element answered. */
export type AnswerDraft = Readonly<Partial<Record<SurveyElementKey, 1 | 2 | 3 | 4>>>;

/** The first element without an answer, in the regulation's order, or `null` when all nine are answered. */
export function firstUnanswered(answers: AnswerDraft): number | null {
  const index = SURVEY_ELEMENTS.findIndex((element) => answers[element.key] === undefined);
  return index === -1 ? null : index;
}

/**
 * The request for a code and what was answered (the suggestion trimmed, empty
 * profile fields and an empty suggestion left out), or `null` while an element
 * is unanswered.
 */
export function responseOf(
  code: string,
  answers: AnswerDraft,
  profile: SurveyProfile,
  suggestion: string,
): SurveyResponseInput | null {
  if (firstUnanswered(answers) !== null) return null;
  const given = Object.fromEntries(Object.entries(profile).filter(([, value]) => value !== undefined));
  const text = suggestion.trim();
  return {
    code,
    // In the regulation's order, whatever order they were given in.
    answers: Object.fromEntries(SURVEY_ELEMENTS.map(({ key }) => [key, answers[key]])) as SurveyAnswers,
    ...(Object.keys(given).length > 0 ? { profile: given } : {}),
    ...(text ? { suggestion: text } : {}),
  };
}

/** The refusals the survey explains in its own words. */
export type Refusal = 'survey_code_unknown' | 'survey_code_expired' | 'survey_answered' | 'validation_failed';

const REFUSALS: readonly string[] = ['survey_code_unknown', 'survey_code_expired', 'survey_answered'];

/** How sending ended. */
export type Outcome =
  | { readonly kind: 'received'; readonly receipt: SurveyReceipt }
  /**
   * No answer that settles it (offline, timeout, 5xx, 429, the same request
   * still running): the response may be stored, so the retry must reuse the key.
   */
  | { readonly kind: 'unsure'; readonly error: unknown }
  /** The server (or the client's check of the contract) refused it. */
  | {
      readonly kind: 'refused';
      readonly code: Refusal | 'other';
      readonly error: unknown;
      /** For `validation_failed`: the first element whose answer was refused, when one is named. */
      readonly element: SurveyElementKey | null;
    };

/** The element an issue path such as `answers.cost` names, or `null`. */
export function elementOfPath(path: string): SurveyElementKey | null {
  const key = /^answers\.(\w+)$/.exec(path)?.[1];
  return SURVEY_ELEMENTS.find((element) => element.key === key)?.key ?? null;
}

/** Sends `input` once with the attempt's key and says how it ended; never throws. */
export async function sendResponse(
  core: ClientCore,
  input: SurveyResponseInput,
  attempt: WriteAttempt,
): Promise<Outcome> {
  try {
    const receipt = await surveyResource(core).submit(input, { idempotencyKey: attempt.key });
    return { kind: 'received', receipt };
  } catch (error) {
    const issues = isMppValidationError(error) ? error.issues : isMppApiError(error) ? error.details : [];
    const element = issues.map((issue) => elementOfPath(issue.path)).find((key) => key !== null) ?? null;
    if (isMppValidationError(error)) return { kind: 'refused', code: 'validation_failed', error, element };
    const refusal = refusalOf(error);
    if (!refusal) return { kind: 'unsure', error };
    if (refusal.code === 'validation_failed') return { kind: 'refused', code: 'validation_failed', error, element };
    const code = REFUSALS.includes(refusal.code) ? (refusal.code as Refusal) : 'other';
    return { kind: 'refused', code, error, element };
  }
}
