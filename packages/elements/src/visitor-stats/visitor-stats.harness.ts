import { ChartReader } from '../charts/chart.harness.js';
import { ElementHarness, textOf } from '../core/harness.js';
import type { VisitorStatsRange } from './ranges.js';
import type { MppVisitorStats } from './visitor-stats.js';

export { ChartReader, type ChartBarRow, type ChartTable } from '../charts/chart.harness.js';

/**
 * Reads and drives `<mpp-visitor-stats>` the way a visitor does.
 *
 * @example
 * ```ts
 * const stats = new VisitorStatsHarness(element);
 * await stats.settled();
 * stats.overview; // { 'Pengunjung sejak 1 September 2023': '26.203', 'Bulan ini (Maret 2026)': '0', 'Hari ini': '0' }
 * await stats.choosePeriod('12-months');
 * stats.ranking.bars[0]?.label; // 'Dispendukcapil'
 * ```
 */
export class VisitorStatsHarness extends ElementHarness<MppVisitorStats> {
  /** The visitors at a glance, label to figure as shown, e.g. `{ 'Hari ini': '3' }`; `{}` while loading. */
  get overview(): Record<string, string> {
    return this.factsIn('[part~="overview-item"]');
  }

  /** The figures of the overview in order: since opening, this month, today (as shown, e.g. `26.203`). */
  get figures(): string[] {
    return [...this.root.querySelectorAll('[part~="overview-item"] dd')].map((value) => textOf(value));
  }

  /** The period choices as labelled, e.g. `['30 hari terakhir', '12 bulan terakhir', 'Sejak dibuka']`. */
  get periods(): string[] {
    return [...this.root.querySelectorAll('[part~="period-option"]')].map((option) => textOf(option));
  }

  /** The chosen period's value (`30-days`, `12-months`, `all`), or `null` when no selector is shown. */
  get period(): VisitorStatsRange | null {
    const input = this.find('[part~="period"] input:checked');
    return input instanceof HTMLInputElement ? (input.value as VisitorStatsRange) : null;
  }

  /** Chooses a period by its value or its label, as a click on it, and waits until the element has loaded it. */
  async choosePeriod(valueOrLabel: string): Promise<void> {
    const option = [...this.root.querySelectorAll<HTMLElement>('[part~="period-option"]')].find(
      (candidate) => candidate.querySelector('input')?.value === valueOrLabel || textOf(candidate) === valueOrLabel,
    );
    if (!option) throw new Error(`no period ${valueOrLabel} is offered`);
    option.querySelector('input')?.click();
    await this.settled();
  }

  /** The chart of agencies ranked by visitors (its bars, table, toggle). */
  get ranking(): ChartReader {
    return new ChartReader(this.root, 'ranking-chart');
  }

  /** The chart of visitors over time (its columns, legend, image text, table, toggle). */
  get overTime(): ChartReader {
    return new ChartReader(this.root, 'time-chart');
  }

  /** Whether the charts are shown (not while loading, failed, or empty). */
  get chartsShown(): boolean {
    return this.ranking.figure !== null;
  }

  /** The sentence shown instead of the charts when the period has no visitors, or `null`. */
  get empty(): string | null {
    return this.textAt('[part~="empty"]');
  }
}
