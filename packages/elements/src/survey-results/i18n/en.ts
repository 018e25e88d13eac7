import type { SurveyResultsStrings } from './id.js';

const plural = (count: number, formatted: string, one: string, many: string): string =>
  `${formatted} ${count === 1 ? one : many}`;

/** English strings of `<mpp-survey-results>`, typed by the Indonesian ones. */
export const surveyResultsEn: SurveyResultsStrings = {
  heading: 'Community Satisfaction Index',
  periodLabel: 'Period',
  periodThisMonth: 'This month',
  periodLast3Months: 'Last 3 months',
  periodThisYear: 'This year',
  periodLastYear: 'Last year',
  visits: (range) => `Visits ${range}`,
  indexLabel: 'IKM score',
  indexScale: 'scale 25–100',
  gradeLabel: 'Service quality',
  grade: (letter, name) => `${letter} (${name})`,
  sample: (respondents, respondentsText, minimumText, populationText) =>
    `${plural(respondents, respondentsText, 'respondent', 'respondents')} of at least ${minimumText} (population ${populationText})`,
  sampleShort: (missing, missingText) =>
    `The sample is below the minimum: ${plural(missing, missingText, 'more respondent', 'more respondents')} needed. These results do not yet represent the population.`,
  sampleMet: 'The number of respondents meets the minimum sample.',
  elementsHeading: 'Average per element',
  elementsNote: 'Average score (NRR) of the nine service elements, scale 1–4; higher is better.',
  elementsTable: 'Show the table of element scores',
  elementColumn: 'Service element',
  averageColumn: 'Average (1–4)',
  weakestMark: 'lowest',
  weakestLabel: (count, formatted) => (count === 1 ? 'Lowest element' : `${formatted} lowest elements`),
  weakest: (count, names, average) => (count === 1 ? `${names} (${average})` : `${names} (${average} each)`),
  groupsByAgency: 'IKM per agency',
  groupsByService: 'IKM per service',
  groupIndex: (index) => `IKM ${index}`,
  respondents: (count, formatted) => plural(count, formatted, 'respondent', 'respondents'),
  empty: 'No survey responses in this period yet.',
  suggestionsHeading: 'Suggestions and feedback',
  suggestionsNote: 'For staff only; not shown to the public.',
  suggestionsEmpty: 'No suggestions in this period.',
  tokenUnusable: 'This staff token cannot be used. Check the token, then set it again.',
  loadMore: 'Load more',
  loadingMore: 'Loading…',
  moreLoaded: (count, formatted) => `${plural(count, formatted, 'more suggestion', 'more suggestions')} loaded.`,
  suggestionMeta: (service, date) => `${service} · ${date}`,
};
