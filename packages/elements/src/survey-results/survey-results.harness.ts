import { ChartReader } from '../charts/chart.harness.js';
import { ElementHarness, textOf } from '../core/harness.js';
import type { SurveyPeriod } from './periods.js';
import type { MppSurveyResults } from './survey-results.js';

/** One agency's (or service's) row as a visitor reads it. */
export interface SurveyGroupRow {
  /** The agency's short name or the service's name, e.g. `Dispendukcapil`. */
  readonly name: string;
  /** Its figures, e.g. `IKM 86,11 · B (Baik) · 12 responden`. */
  readonly figures: string;
  /** Its grade letter. */
  readonly grade: string | null;
}

/** A suggestion as staff read it. */
export interface SurveySuggestionRow {
  /** What the respondent wrote. */
  readonly text: string;
  /** The service and the day of the visit, e.g. `Perekaman KTP-el · Senin, 2 Maret 2026`. */
  readonly meta: string;
}

/**
 * Reads and drives `<mpp-survey-results>` the way a visitor (or staff) does:
 * the index and grade, the sample line, the elements' chart and its table, the
 * groups, the period selector and the suggestions.
 *
 * @example
 * ```ts
 * const results = new SurveyResultsHarness(element);
 * await results.settled();
 * results.index; // '86,11'
 * results.grade; // 'B (Baik)'
 * await results.choosePeriod('this-year');
 * ```
 */
export class SurveyResultsHarness extends ElementHarness<MppSurveyResults> {
  protected override get pendingWork(): string | null {
    return this.find('[part~="more-button"][disabled]') ? 'loading more suggestions' : null;
  }

  /** What the results cover: the MPP, agency or service and the visit days, or `null` before any. */
  get scope(): string | null {
    return this.textAt('[part~="scope"]');
  }

  /** The period selector. */
  get periodSelect(): HTMLSelectElement {
    const select = this.root.querySelector<HTMLSelectElement>('[part~="period-select"]');
    if (!select) throw new Error('no period selector is shown');
    return select;
  }

  /** The period chosen now. */
  get period(): SurveyPeriod {
    return this.periodSelect.value as SurveyPeriod;
  }

  /** The periods offered, as their labels, e.g. `['Bulan ini', '3 bulan terakhir', …]`. */
  get periodOptions(): string[] {
    return [...this.periodSelect.options].map((option) => textOf(option));
  }

  /** Chooses `period` in the selector, as a visitor does, and waits until settled. */
  async choosePeriod(period: SurveyPeriod): Promise<void> {
    const select = this.periodSelect;
    select.value = period;
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await this.settled();
  }

  /** The index as written, e.g. `86,11`, or `null` when none is shown (no respondents). */
  get index(): string | null {
    return this.textAt('[part~="index"]');
  }

  /** The grade as written, e.g. `B (Baik)`, or `null`. */
  get grade(): string | null {
    return this.textAt('[part~="grade"]');
  }

  /** The grade letter, or `null`. */
  get gradeLetter(): string | null {
    return this.find('[part~="grade"]')?.getAttribute('data-grade') ?? null;
  }

  /** The respondents beside the minimum sample, e.g. `120 responden dari minimal 92 (populasi 120)`. */
  get sample(): string | null {
    return this.textAt('[part~="sample"] > p');
  }

  /** The warning shown when the sample is below the minimum, or `null`. */
  get sampleShort(): string | null {
    return this.textAt('[part~="sample-short"]');
  }

  /** Whether the sample reaches the minimum; `null` when no sample line is shown. */
  get sampleEnough(): boolean | null {
    const sample = this.find('[part~="sample"]');
    return sample ? sample.getAttribute('data-enough') === 'true' : null;
  }

  /** The chart of the nine elements (bars, data table). */
  get elementsChart(): ChartReader {
    return new ChartReader(this.root, 'elements-chart');
  }

  /** The weakest element(s) and their average, e.g. `Waktu penyelesaian (2,33)`, or `null`. */
  get weakest(): string | null {
    return this.textAt('[part~="weakest"] dd');
  }

  /** The per-agency (or per-service) heading, or `null` when no groups are shown. */
  get groupsHeading(): string | null {
    return this.textAt('[part~="groups"] > [role="heading"]');
  }

  /** The per-agency (or per-service) rows, best index first. */
  get groups(): SurveyGroupRow[] {
    return [...this.root.querySelectorAll('[part~="group"]')].map((row) => ({
      name: textOf(row.querySelector('.group-name')),
      figures: textOf(row.querySelector('.group-figures')),
      grade: row.getAttribute('data-grade'),
    }));
  }

  /** The empty state's sentence, or `null`. */
  get empty(): string | null {
    return this.textAt('[part~="card"] > [part~="empty"]');
  }

  /** Whether the suggestions section is shown (only with a staff token). */
  get suggestionsShown(): boolean {
    return this.find('[part~="suggestions"]') !== null;
  }

  /** The suggestions shown, newest first. */
  get suggestions(): SurveySuggestionRow[] {
    return [...this.root.querySelectorAll('[part~="suggestion"]')].map((item) => ({
      text: textOf(item.querySelector('.suggestion-text')),
      meta: textOf(item.querySelector('.muted')),
    }));
  }

  /** The suggestions' empty state, or `null`. */
  get suggestionsEmpty(): string | null {
    return this.textAt('[part~="suggestions"] [part~="empty"]');
  }

  /** The suggestions' error panel, or `null`. */
  get suggestionsError(): string | null {
    return this.textAt('[part~="suggestions"] [part~="error"]');
  }

  /** What was last announced about the suggestions' paging, e.g. `20 saran lagi dimuat.`, or `null`. */
  get announcement(): string | null {
    return this.textAt('.more-status') || null;
  }

  /** Whether "Muat lebih banyak" is offered. */
  get canLoadMore(): boolean {
    return this.find('[part~="more-button"]') !== null;
  }

  /** Presses "Muat lebih banyak" and waits until the page is shown. */
  async loadMore(): Promise<void> {
    await this.pressPart('more-button');
  }
}
