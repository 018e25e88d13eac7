/**
 * Bahasa Indonesia strings of `<mpp-survey-results>`; this module defines their
 * shape ({@link SurveyResultsStrings}). Numbers and dates arrive already
 * formatted; counts come as numbers too, for the plurals of other languages.
 * Element and grade names are the regulation's, from `@mpp-kit/contract`.
 */
export const surveyResultsId = {
  /** Heading of the results: the regulation's name of the index. */
  heading: 'Indeks Kepuasan Masyarakat',
  /** Label of the period selector. */
  periodLabel: 'Periode',
  /** Period: the current month so far. */
  periodThisMonth: 'Bulan ini',
  /** Period: the current month and the two before it. */
  periodLast3Months: '3 bulan terakhir',
  /** Period: the current year so far. */
  periodThisYear: 'Tahun ini',
  /** Period: the whole previous year. */
  periodLastYear: 'Tahun lalu',
  /** The visit days the results cover: a formatted span of dates. */
  visits: (range: string) => `Kunjungan ${range}`,
  /** Label of the index figure. */
  indexLabel: 'Nilai IKM',
  /** The scale of the index, after the figure. */
  indexScale: 'skala 25–100',
  /** Label of the quality grade. */
  gradeLabel: 'Mutu pelayanan',
  /** A grade: its letter and the regulation's name, e.g. `B (Baik)`. */
  grade: (letter: string, name: string) => `${letter} (${name})`,
  /** Respondents beside the regulation's minimum sample for the people served (counts formatted). */
  sample: (_respondents: number, respondentsText: string, minimumText: string, populationText: string) =>
    `${respondentsText} responden dari minimal ${minimumText} (populasi ${populationText})`,
  /** Fewer respondents than the minimum sample: how many more are needed (formatted). */
  sampleShort: (_missing: number, missingText: string) =>
    `Sampel belum memenuhi jumlah minimal: kurang ${missingText} responden. Hasil ini belum mewakili populasi.`,
  /** The minimum sample is reached. */
  sampleMet: 'Jumlah responden memenuhi sampel minimal.',
  /** Heading of the elements' chart. */
  elementsHeading: 'Nilai rata-rata per unsur',
  /** Under the chart's heading: the scale of the averages. */
  elementsNote: 'Nilai rata-rata (NRR) sembilan unsur pelayanan, skala 1–4; makin tinggi makin baik.',
  /** The disclosure that shows the chart's data table. */
  elementsTable: 'Tampilkan tabel nilai per unsur',
  /** Header of the table's element column. */
  elementColumn: 'Unsur pelayanan',
  /** Header of the table's average column. */
  averageColumn: 'Nilai rata-rata (1–4)',
  /** Marks the weakest element's bar and row, in words (not by colour alone). */
  weakestMark: 'terendah',
  /** Label of the weakest element(s) figure; several when they tie (count formatted). */
  weakestLabel: (count: number, formatted: string) => (count === 1 ? 'Unsur terendah' : `${formatted} unsur terendah`),
  /** The weakest element(s) in words: their names (joined) and their average (formatted). */
  weakest: (count: number, names: string, average: string) =>
    count === 1 ? `${names} (${average})` : `${names} (masing-masing ${average})`,
  /** Heading of the per-agency list. */
  groupsByAgency: 'IKM per instansi',
  /** Heading of the per-service list (results of one agency). */
  groupsByService: 'IKM per layanan',
  /** A group's index (formatted). */
  groupIndex: (index: string) => `IKM ${index}`,
  /** A number of respondents (formatted). */
  respondents: (_count: number, formatted: string) => `${formatted} responden`,
  /** No response in the period and scope yet. */
  empty: 'Belum ada responden survei pada periode ini.',
  /** Heading of the suggestions (staff only). */
  suggestionsHeading: 'Saran dan masukan',
  /** Says who sees the suggestions. */
  suggestionsNote: 'Hanya untuk petugas; tidak ditampilkan kepada publik.',
  /** No suggestion in the period and scope. */
  suggestionsEmpty: 'Belum ada saran pada periode ini.',
  /** The staff token given cannot be sent (it has spaces or characters a token never has). */
  tokenUnusable: 'Token petugas tidak dapat dipakai. Periksa token, lalu pasang lagi.',
  /** The button that loads the next page of suggestions. */
  loadMore: 'Muat lebih banyak',
  /** The load-more button while the page loads. */
  loadingMore: 'Memuat…',
  /** Announced when a page of suggestions was added (count formatted). */
  moreLoaded: (_count: number, formatted: string) => `${formatted} saran lagi dimuat.`,
  /** Under a suggestion: the service and the day of the visit. */
  suggestionMeta: (service: string, date: string) => `${service} · ${date}`,
};

/**
 * The strings of `<mpp-survey-results>`, typed by the Indonesian table above,
 * so the English one must have the same keys. Replace some of them per
 * language through the element's `strings` property.
 *
 * @interface
 */
export type SurveyResultsStrings = typeof surveyResultsId;
