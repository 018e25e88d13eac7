import { html, nothing, type TemplateResult } from 'lit';
import { chartDataTable } from './data-table.js';
import { niceCeiling, percentOf } from './scale.js';

/** One bar of a {@link barChart}. */
export interface BarChartBar {
  /** What the bar stands for, e.g. an agency's name; rendered as text. */
  readonly label: string;
  /** Its value; negative values draw no bar. */
  readonly value: number;
  /**
   * Points this bar out (e.g. the weakest survey element): drawn in the
   * highlight colour, in bold, and followed by {@link BarChartOptions.highlightNote}
   * in words, so the highlight does not rest on colour alone.
   */
  readonly highlighted?: boolean;
}

/** What {@link barChart} draws. */
export interface BarChartOptions {
  /**
   * A name for the chart, unique in the element's shadow root: the prefix of
   * its ids and an extra `part` name of the figure (so a host can style
   * `::part(ranking-chart)`); lowercase letters, digits and dashes.
   */
  readonly id: string;
  /** The chart's title: its caption and its data table's caption. */
  readonly title: string;
  /** A sentence under the title, e.g. the range the chart covers. */
  readonly description?: string;
  /**
   * Makes the title a heading of this level (1 to 6, `role="heading"`), so a
   * screen reader user can jump to the chart; unset, it is a plain caption.
   */
  readonly headingLevel?: number;
  /** The bars, top to bottom. */
  readonly bars: readonly BarChartBar[];
  /** Writes a value in the visitor's language, e.g. `(value) => this.format.number(value)`. */
  readonly format: (value: number) => string;
  /**
   * The value axis, `[min, max]`: bars grow from `min`. Default from 0 to a
   * round number at or above the largest value (see `niceCeiling`); give a
   * fixed scale when the values have one (survey averages: `[1, 4]`).
   */
  readonly scale?: readonly [number, number];
  /** Said after a highlighted bar's label, e.g. `terendah`; required when a bar is highlighted. */
  readonly highlightNote?: string;
  /** Whether the bars are a ranking (most first): an ordered list (`<ol>`), so screen readers say each position. */
  readonly ranked?: boolean;
  /** The data table's header of the labels' column, e.g. `Instansi`. */
  readonly labelHeader: string;
  /** The data table's header of the values' column, e.g. `Pengunjung`. */
  readonly valueHeader: string;
  /** The label of the data table's disclosure, e.g. `Tampilkan tabel data`. */
  readonly tableToggle: string;
  /** Renders the data table open (see `chartDataTable`). @default false */
  readonly tableOpen?: boolean;
  /** Called after the visitor opened or closed the data table (see `chartDataTable`). */
  readonly onTableToggle?: (open: boolean) => void;
}

/** The caption of a chart: its title (a heading when a level is given) and its description. */
export function chartCaption(
  id: string,
  title: string,
  description: string | undefined,
  headingLevel: number | undefined,
): TemplateResult {
  const level = headingLevel === undefined ? undefined : Math.min(6, Math.max(1, Math.round(headingLevel)));
  return html`<figcaption class="chart-caption">
    ${
      level === undefined
        ? html`<span id="${id}-title" class="chart-title">${title}</span>`
        : html`<span id="${id}-title" class="chart-title" role="heading" aria-level=${level}>${title}</span>`
    }
    ${description ? html`<span id="${id}-description" class="chart-description">${description}</span>` : nothing}
  </figcaption>`;
}

/**
 * A horizontal bar chart: one row per bar with its label, its bar and its
 * value in words, optionally with one or more bars highlighted, and its data
 * table one click away (see {@link chartDataTable}). Render it into an
 * element's shadow root whose styles include `chartStyles`.
 *
 * Labels and values are HTML text beside the bars, not SVG text: they wrap on
 * a 320 px phone, grow with the visitor's text size, and a screen reader reads
 * each row as "label, value" (in a ranked list, with its position). The bars
 * themselves are decoration (`aria-hidden` SVG) of what the text already says.
 *
 * Parts (document them on the element that renders the chart): `chart` and
 * the chart's `id` (the `<figure>`), `chart-bar` (each bar's SVG),
 * `chart-table-toggle`, `chart-table`.
 *
 * @example
 * ```ts
 * barChart({
 *   id: 'ranking-chart',
 *   title: 'Pengunjung per instansi',
 *   bars: [{ label: 'Dispendukcapil', value: 12_034 }, { label: 'DPMPTSP', value: 5_210 }],
 *   format: (value) => this.format.number(value),
 *   ranked: true,
 *   labelHeader: 'Instansi',
 *   valueHeader: 'Pengunjung',
 *   tableToggle: 'Tampilkan tabel data',
 * });
 * ```
 */
export function barChart(options: BarChartOptions): TemplateResult {
  const { id, bars, format } = options;
  const [min, max] = options.scale ?? [0, niceCeiling(Math.max(0, ...bars.map((bar) => bar.value)))];
  const note = (bar: BarChartBar): string =>
    bar.highlighted && options.highlightNote ? ` (${options.highlightNote})` : '';
  const rows = bars.map(
    (bar) =>
      html`<li class="chart-row ${bar.highlighted ? 'chart-highlighted' : ''}">
        <span class="chart-label">${bar.label}${note(bar)}</span>
        <svg class="chart-bar" part="chart-bar" aria-hidden="true" focusable="false">
          <rect class="chart-fill" x="0" y="0" height="100%" width="${percentOf(bar.value, min, max)}%"></rect>
        </svg>
        <span class="chart-value">${format(bar.value)}</span>
      </li>`,
  );
  return html`<figure class="chart chart-bars" part="chart ${id}" aria-labelledby="${id}-title">
    ${chartCaption(id, options.title, options.description, options.headingLevel)}
    ${
      options.ranked
        ? html`<ol class="chart-list">
            ${rows}
          </ol>`
        : html`<ul class="chart-list">
            ${rows}
          </ul>`
    }
    ${chartDataTable({
      id,
      caption: options.title,
      headers: [options.labelHeader, options.valueHeader],
      rows: bars.map((bar) => ({ header: `${bar.label}${note(bar)}`, cells: [format(bar.value)] })),
      toggle: options.tableToggle,
      open: options.tableOpen ?? false,
      ...(options.onTableToggle ? { onToggle: options.onTableToggle } : {}),
    })}
  </figure>`;
}
