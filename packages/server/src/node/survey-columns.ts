import { SURVEY_ELEMENTS, type SurveyElementKey } from '@mpp-kit/contract';

/**
 * The score columns of the SQL stores' `survey_responses` table: one per survey
 * element, named by its key, in `SURVEY_ELEMENTS` order (the order of a
 * response's `scores`).
 */
export const SCORE_COLUMNS: readonly SurveyElementKey[] = SURVEY_ELEMENTS.map(({ key }) => key);

/** A score column's name. */
export type ScoreColumn = SurveyElementKey;
