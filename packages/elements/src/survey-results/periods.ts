import { addDays, type LocalDate } from '@mpp-kit/contract';

/**
 * The periods `<mpp-survey-results>` offers: the current month, this month and
 * the two before it, the current year so far, and the whole previous year.
 * Calendar periods rather than "the last 90 days": an SKM report covers months,
 * a quarter or a year, and the regulation's sample applies to the people served
 * in that same span.
 */
export const SURVEY_PERIODS = ['this-month', 'last-3-months', 'this-year', 'last-year'] as const;

/** One of {@link SURVEY_PERIODS}. */
export type SurveyPeriod = (typeof SURVEY_PERIODS)[number];

/** The period shown when the `period` attribute names none (or an unknown one). */
export const DEFAULT_SURVEY_PERIOD: SurveyPeriod = 'last-3-months';

/** Whether `value` names one of the periods. */
export function isSurveyPeriod(value: unknown): value is SurveyPeriod {
  return (SURVEY_PERIODS as readonly unknown[]).includes(value);
}

/** The first day of the month before the one holding `date`. */
function previousMonthStart(date: LocalDate): LocalDate {
  return `${addDays(`${date.slice(0, 7)}-01`, -1).slice(0, 7)}-01`;
}

/**
 * The visit days a period covers, both ends inclusive, for a site whose local
 * date is `today`. The current periods end today: a day still to come has no
 * visits, and the server's population counts only days that happened.
 *
 * @example surveyPeriodRange('last-3-months', '2026-03-02') // { from: '2026-01-01', to: '2026-03-02' }
 * @example surveyPeriodRange('last-year', '2026-03-02') // { from: '2025-01-01', to: '2025-12-31' }
 */
export function surveyPeriodRange(period: SurveyPeriod, today: LocalDate): { from: LocalDate; to: LocalDate } {
  const year = Number(today.slice(0, 4));
  switch (period) {
    case 'this-month':
      return { from: `${today.slice(0, 7)}-01`, to: today };
    case 'last-3-months':
      return { from: previousMonthStart(previousMonthStart(today)), to: today };
    case 'this-year':
      return { from: `${year}-01-01`, to: today };
    case 'last-year':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  }
}
