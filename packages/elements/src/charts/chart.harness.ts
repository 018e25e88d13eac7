import { textOf } from '../core/harness.js';

/** A bar of a bar chart as a visitor reads it. */
export interface ChartBarRow {
  /** The label, with the highlight note when highlighted, e.g. `Biaya/tarif (terendah)`. */
  readonly label: string;
  /** The value as written beside the bar, e.g. `26.203`. */
  readonly value: string;
  /** Whether the bar is highlighted. */
  readonly highlighted: boolean;
  /** The bar's drawn length, in percent of the scale. */
  readonly percent: number;
}

/** A chart's data table as text: its caption, column headers and rows (row header first). */
export interface ChartTable {
  /** The table's caption, e.g. `Pengunjung per bulan`. */
  readonly caption: string;
  /** The column headers, the row headers' column first. */
  readonly headers: readonly string[];
  /** Each row's cells as shown, its row header first, e.g. `['Maret 2026', '0', '2', '2']`. */
  readonly rows: readonly (readonly string[])[];
}

/**
 * Reads the shared charts (see `charts.ts`) inside an element's shadow root, by
 * the `id` the element gave each chart; element harnesses build on it.
 *
 * @example
 * ```ts
 * const ranking = new ChartReader(element.shadowRoot!, 'ranking-chart');
 * ranking.bars[0]?.label; // 'Dispendukcapil'
 * ```
 */
export class ChartReader {
  private readonly root: ParentNode;
  private readonly id: string;

  /**
   * @param root the shadow root (or any node) holding the chart
   * @param id the `id` the element gave the chart, e.g. `ranking-chart`
   */
  constructor(root: ParentNode, id: string) {
    this.root = root;
    this.id = id;
  }

  /** The chart's `<figure>`, or `null` when it is not shown. */
  get figure(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(`figure[part~="${this.id}"]`);
  }

  private get shownFigure(): HTMLElement {
    const figure = this.figure;
    if (!figure) throw new Error(`the chart ${this.id} is not shown`);
    return figure;
  }

  /** The chart's title. */
  get title(): string {
    return textOf(this.shownFigure.querySelector('.chart-title'));
  }

  /** The chart's description under the title, or `''`. */
  get description(): string {
    return textOf(this.shownFigure.querySelector('.chart-description'));
  }

  /** A bar chart's bars, top to bottom. */
  get bars(): ChartBarRow[] {
    return [...this.shownFigure.querySelectorAll('.chart-row')].map((row) => ({
      label: textOf(row.querySelector('.chart-label')),
      value: textOf(row.querySelector('.chart-value')),
      highlighted: row.classList.contains('chart-highlighted'),
      percent: Number.parseFloat(row.querySelector('.chart-fill')?.getAttribute('width') ?? '0'),
    }));
  }

  /** A time chart's legend entries, bottom series first. */
  get legend(): string[] {
    return [...this.shownFigure.querySelectorAll('[part~="chart-legend"] li')].map((item) => textOf(item));
  }

  /** A time chart's columns as their tooltips say them, oldest first, e.g. `Maret 2026: 1.020`. */
  get columns(): string[] {
    return [...this.shownFigure.querySelectorAll('.chart-column > title')].map((title) => title.textContent.trim());
  }

  /** The accessible name and description of a time chart's image: `[title, summary]`. */
  get image(): [string, string] {
    const plot = this.shownFigure.querySelector('[part~="chart-plot"]');
    const text = (ids: string | null | undefined): string =>
      (ids ?? '')
        .split(/\s+/)
        .map((id) => (plot?.querySelector(`#${id}`)?.textContent ?? '').trim())
        .join(' ');
    return [text(plot?.getAttribute('aria-labelledby')), text(plot?.getAttribute('aria-describedby'))];
  }

  /** Whether the data table is open. */
  get tableShown(): boolean {
    return this.shownFigure.querySelector<HTMLDetailsElement>('details.chart-data')?.open ?? false;
  }

  /** Presses the data table's toggle (opens it when closed, closes it when open). */
  toggleTable(): void {
    const toggle = this.shownFigure.querySelector<HTMLElement>('[part~="chart-table-toggle"]');
    if (!toggle) throw new Error(`the chart ${this.id} has no data table toggle`);
    toggle.click();
  }

  /** The data table's content (read from the DOM whether or not it is open). */
  get table(): ChartTable {
    const table = this.shownFigure.querySelector('[part~="chart-table"]');
    const cells = (row: Element): string[] =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim());
    return {
      caption: (table?.querySelector('caption')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      headers: table?.querySelector('thead tr') ? cells(table.querySelector('thead tr') as Element) : [],
      rows: [...(table?.querySelectorAll('tbody tr') ?? [])].map(cells),
    };
  }
}
