// The Survei Kepuasan Masyarakat (SKM) arithmetic of PermenPAN-RB No. 14 of 2017:
// nine elements (unsur), each answered 1 to 4; the index (IKM) is the weighted
// mean of the elements' averages (NRR) on the 25-100 scale, then graded A to D.

/** The key of one of the regulation's nine survey elements (unsur pelayanan). */
export type SurveyElementKey =
  'requirements' | 'procedure' | 'time' | 'cost' | 'product' | 'competence' | 'conduct' | 'complaints' | 'facilities';

/** One survey element: its key and its name as the regulation writes it (and in English). */
export interface SurveyElement {
  /** Stable key, used in the API's answers and results. */
  readonly key: SurveyElementKey;
  /** The element's name (`id`: the regulation's words; `en`: a translation). */
  readonly name: {
    /** The regulation's words. */
    readonly id: string;
    /** An English translation. */
    readonly en: string;
  };
}

/** The nine elements (unsur) in the regulation's order (U1 to U9); answers follow this order. */
export const SURVEY_ELEMENTS: readonly SurveyElement[] = [
  { key: 'requirements', name: { id: 'Persyaratan', en: 'Requirements' } },
  {
    key: 'procedure',
    name: { id: 'Sistem, mekanisme dan prosedur', en: 'Systems, mechanisms and procedures' },
  },
  { key: 'time', name: { id: 'Waktu penyelesaian', en: 'Completion time' } },
  { key: 'cost', name: { id: 'Biaya/tarif', en: 'Cost/fee' } },
  { key: 'product', name: { id: 'Produk spesifikasi jenis pelayanan', en: 'Service product specification' } },
  { key: 'competence', name: { id: 'Kompetensi pelaksana', en: 'Staff competence' } },
  { key: 'conduct', name: { id: 'Perilaku pelaksana', en: 'Staff conduct' } },
  {
    key: 'complaints',
    name: { id: 'Penanganan pengaduan, saran dan masukan', en: 'Handling of complaints, suggestions and feedback' },
  },
  { key: 'facilities', name: { id: 'Sarana dan prasarana', en: 'Facilities and infrastructure' } },
];

/** How many elements every response answers. */
export const SURVEY_ELEMENT_COUNT = 9;

/** The lowest and highest score of the regulation's four-point scale. */
export const SURVEY_SCORE_MIN = 1;
/** The highest score of the four-point scale. */
export const SURVEY_SCORE_MAX = 4;

/** The quality grade (mutu pelayanan) of an index. */
export type SurveyGrade = 'A' | 'B' | 'C' | 'D';

/** One grade of the regulation's table: the lowest index it starts at (25-100 scale, two decimals) and its name. */
export interface SurveyGradeBand {
  /** The grade's letter. */
  readonly grade: SurveyGrade;
  /** The lowest index of the band, inclusive; the band ends where the next higher one starts. */
  readonly from: number;
  /** The grade's name (kinerja unit pelayanan) in Indonesian and English. */
  readonly name: {
    /** As the regulation writes it, e.g. `Sangat Baik`. */
    readonly id: string;
    /** In English. */
    readonly en: string;
  };
}

/** The regulation's conversion table, highest grade first. */
export const SURVEY_GRADES: readonly SurveyGradeBand[] = [
  { grade: 'A', from: 88.31, name: { id: 'Sangat Baik', en: 'Very good' } },
  { grade: 'B', from: 76.61, name: { id: 'Baik', en: 'Good' } },
  { grade: 'C', from: 65, name: { id: 'Kurang Baik', en: 'Fair' } },
  { grade: 'D', from: 25, name: { id: 'Tidak Baik', en: 'Poor' } },
];

/** The summed scores of a group of respondents, as a store can add them up. */
export interface SurveyTotals {
  /** How many responses. */
  readonly respondents: number;
  /** The sum of each element's scores over all responses, in {@link SURVEY_ELEMENTS} order (nine numbers). */
  readonly scoreTotals: readonly number[];
}

/** The index of a group of respondents. */
export interface SurveyIndex {
  /** How many responses it is computed from. */
  readonly respondents: number;
  /** Each element's average score (nilai rata-rata, NRR, 1 to 4) in {@link SURVEY_ELEMENTS} order; empty with no respondents. */
  readonly elements: readonly number[];
  /** The IKM on the 25-100 scale, rounded half up to two decimals; `null` with no respondents. */
  readonly index: number | null;
  /** The grade of `index`; `null` with no respondents. */
  readonly grade: SurveyGrade | null;
}

/**
 * The grade of an index on the 25-100 scale.
 *
 * @throws RangeError when `index` is outside 25-100
 * @example surveyGrade(88.31) // 'A'
 * @example surveyGrade(88.3) // 'B'
 */
export function surveyGrade(index: number): SurveyGrade {
  if (!(index >= 25 && index <= 100)) throw new RangeError(`IKM ${index} is outside 25-100`);
  // The bands are contiguous and the table is ordered from the top, so the first band reached wins.
  return SURVEY_GRADES.find((band) => index >= band.from)?.grade ?? 'D';
}

/**
 * The IKM of summed scores (see {@link surveyIndex}); what a server computes
 * from its database's sums without loading every response.
 *
 * @throws RangeError when the totals cannot come from `respondents` answers of 1 to 4
 */
export function surveyIndexOfTotals(totals: SurveyTotals): SurveyIndex {
  const { respondents, scoreTotals } = totals;
  if (!Number.isInteger(respondents) || respondents < 0) throw new RangeError(`Bad respondent count ${respondents}`);
  if (scoreTotals.length !== SURVEY_ELEMENT_COUNT) {
    throw new RangeError(`Expected ${SURVEY_ELEMENT_COUNT} element totals, got ${scoreTotals.length}`);
  }
  scoreTotals.forEach((total, position) => {
    const name = SURVEY_ELEMENTS[position]?.name.en;
    const possible =
      Number.isInteger(total) && total >= respondents * SURVEY_SCORE_MIN && total <= respondents * SURVEY_SCORE_MAX;
    if (!possible) throw new RangeError(`Total ${total} of "${name}" is impossible for ${respondents} respondents`);
  });
  if (respondents === 0) return { respondents, elements: [], index: null, grade: null };

  // Equal weights (1/9 each) make the IKM the mean of all scores times 25. It is
  // computed from integers so the boundaries are exact: 25 * sum / (9 * n), rounded
  // half up to two decimals as floor((2500 * sum * 2 + 9n) / (2 * 9n)) / 100.
  const sum = scoreTotals.reduce((a, b) => a + b, 0);
  const divisor = SURVEY_ELEMENT_COUNT * respondents;
  const hundredths = Math.floor((2 * 2500 * sum + divisor) / (2 * divisor));
  const index = hundredths / 100;
  return {
    respondents,
    elements: scoreTotals.map((total) => total / respondents),
    index,
    grade: surveyGrade(index),
  };
}

/**
 * The Indeks Kepuasan Masyarakat (IKM) of a set of survey responses, per
 * PermenPAN-RB No. 14 of 2017.
 *
 * Each element's average (NRR) is its summed scores over the respondents. Every
 * element weighs the same, 1/9 (the regulation's "bobot nilai rata-rata
 * tertimbang" = 1 / number of elements), so the index is the weighted sum of the
 * averages, times 25 to reach the 25-100 scale.
 *
 * Rounding: the index is rounded half up to two decimals, then graded. The
 * regulation's conversion table gives its bands on the 25-100 scale to two
 * decimals with no gaps between them (64.99 | 65.00, 76.60 | 76.61, 88.30 | 88.31),
 * so a value is graded by its two-decimal form: 88.305 is 88.31 and therefore A,
 * 88.3049 is 88.30 and B. The exact 1/9 weight is used rather than the table's
 * printed 0.111, so four points on every element give 100, not 99.9.
 *
 * @param answers one array of nine scores (1 to 4, integers) per respondent, in {@link SURVEY_ELEMENTS} order
 * @throws RangeError when a response does not have nine scores of 1 to 4; the message names the element
 * @example surveyIndex([[4, 4, 3, 4, 3, 4, 4, 3, 4], [3, 3, 3, 4, 3, 3, 4, 3, 3]])
 * // { respondents: 2, elements: [3.5, 3.5, 3, 4, 3, 3.5, 4, 3, 3.5], index: 86.11, grade: 'B' }
 */
export function surveyIndex(answers: readonly (readonly number[])[]): SurveyIndex {
  const scoreTotals = new Array<number>(SURVEY_ELEMENT_COUNT).fill(0);
  answers.forEach((response, respondent) => {
    if (response.length !== SURVEY_ELEMENT_COUNT) {
      throw new RangeError(
        `Respondent ${respondent + 1} answered ${response.length} elements, not ${SURVEY_ELEMENT_COUNT}`,
      );
    }
    response.forEach((score, position) => {
      if (!isSurveyScore(score)) {
        const name = SURVEY_ELEMENTS[position]?.name.en;
        throw new RangeError(`Respondent ${respondent + 1} scored "${name}" ${score}; scores are 1 to 4`);
      }
      scoreTotals[position] = (scoreTotals[position] ?? 0) + score;
    });
  });
  return surveyIndexOfTotals({ respondents: answers.length, scoreTotals });
}

/** Whether `score` is one of the four points of the scale (an integer from 1 to 4). */
export function isSurveyScore(score: unknown): score is 1 | 2 | 3 | 4 {
  return Number.isInteger(score) && (score as number) >= SURVEY_SCORE_MIN && (score as number) <= SURVEY_SCORE_MAX;
}
