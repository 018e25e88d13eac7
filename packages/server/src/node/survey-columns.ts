/**
 * The score columns of the SQL stores' `survey_responses` table, in
 * `SURVEY_ELEMENTS` order (fixed by SQLite's migration 3 and PostgreSQL's first).
 */
export const SCORE_COLUMNS = [
  'requirements',
  'procedure',
  'time',
  'cost',
  'product',
  'competence',
  'conduct',
  'complaints',
  'facilities',
] as const;

/** A score column's name. */
export type ScoreColumn = (typeof SCORE_COLUMNS)[number];
