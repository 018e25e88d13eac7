/**
 * Bahasa Indonesia strings of `<mpp-visitor-stats>`; this module defines their
 * shape ({@link VisitorStatsStrings}). Numbers and dates arrive already
 * formatted in the element's language.
 */
export const visitorStatsId = {
  /** The element's heading. */
  heading: 'Statistik pengunjung',
  /** Label of the overview's "visitors since opening", with the first day anything was recorded. */
  totalSince: (date: string) => `Pengunjung sejak ${date}`,
  /** Label of the overview's total before anything was recorded (no first day yet). */
  totalNoDate: 'Pengunjung sejak dibuka',
  /** Label of the overview's visitors this calendar month; `month` is e.g. `Maret 2026`. */
  thisMonth: (month: string) => `Bulan ini (${month})`,
  /** Label of the overview's visitors today. */
  today: 'Hari ini',
  /** Name of the group of period choices. */
  periodLegend: 'Periode',
  /** Period choice: the last 30 days, per day. */
  range30Days: '30 hari terakhir',
  /** Period choice: the last 12 months, per month. */
  range12Months: '12 bulan terakhir',
  /** Period choice: everything since the MPP opened, per month. */
  rangeAll: 'Sejak dibuka',
  /** The range a chart covers: its first and last day. */
  rangeText: (from: string, to: string) => `${from} s.d. ${to}`,
  /** Title of the ranking chart. */
  rankingTitle: 'Pengunjung per instansi',
  /** Data table header of the agencies' column. */
  agencyColumn: 'Instansi',
  /** Data table header of the visitors' column, and the series name when nothing is imported. */
  visitorsColumn: 'Pengunjung',
  /** Title of the time chart bucketed per day. */
  perDayTitle: 'Pengunjung per hari',
  /** Title of the time chart bucketed per week. */
  perWeekTitle: 'Pengunjung per minggu',
  /** Title of the time chart bucketed per month. */
  perMonthTitle: 'Pengunjung per bulan',
  /** Data table header of the days' column. */
  dayColumn: 'Tanggal',
  /** Data table header of the weeks' column. */
  weekColumn: 'Minggu',
  /** Data table header of the months' column. */
  monthColumn: 'Bulan',
  /** Series of visitors imported from records kept before this system (the seed's monthly totals). */
  historicalSeries: 'Data historis (impor)',
  /** Series of visitors this system recorded itself (queue numbers issued). */
  liveSeries: 'Tercatat sistem antrean',
  /** Data table header of the sum of both series. */
  totalColumn: 'Jumlah',
  /** The label of a chart's data table toggle; `chart` is the chart's title. */
  tableToggle: (chart: string) => `Tabel data: ${chart}`,
  /** What the time chart shows, for screen readers: the total over the range and the busiest bucket. */
  timeSummary: (total: string, range: string, busiest: string, count: string) =>
    `Jumlah ${total} pengunjung, ${range}. Terbanyak ${busiest}: ${count}.`,
  /** Added to the time chart's summary when part of the visitors are imported historical totals. */
  historicalSummary: (count: string) => `${count} di antaranya data historis (impor).`,
  /** Shown instead of the charts when the range has no visitors. */
  empty: 'Belum ada pengunjung pada periode ini.',
};

/**
 * The strings of `<mpp-visitor-stats>`, typed by the Indonesian table above, so
 * the English one must have the same keys. Replace some of them per language
 * through the element's `strings` property.
 *
 * @interface
 */
export type VisitorStatsStrings = typeof visitorStatsId;
