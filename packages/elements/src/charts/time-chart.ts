import { html, nothing, svg, type TemplateResult } from 'lit';
import { chartCaption } from './bar-chart.js';
import { chartDataTable } from './data-table.js';
import { niceCeiling } from './scale.js';

/**
 * One stacked series of a {@link timeChart}, e.g. visitors counted live and
 * visitors imported from records kept before.
 */
export interface TimeChartSeries {
  /** Its name in the legend and the data table's header, e.g. `Tercatat langsung`. */
  readonly name: string;
  /**
   * How its columns are drawn: `solid` (filled), or `outline` (pale fill with a
   * solid edge). Two series differ in shape, not only in colour.
   */
  readonly style: 'solid' | 'outline';
}

/** One point in time of a {@link timeChart}: a day, a week or a month. */
export interface TimeChartPoint {
  /** Its full name, for the data table's row header and the column's tooltip, e.g. `Maret 2026`. */
  readonly label: string;
  /** Its short name under the axis, e.g. `Mar 2026` or `2 Mar` (only the first and last are shown). */
  readonly axisLabel: string;
  /** One value per series, in the order of {@link TimeChartOptions.series}; stacked bottom to top. */
  readonly values: readonly number[];
}

/** What {@link timeChart} draws. */
export interface TimeChartOptions {
  /** A name for the chart, unique in the shadow root: the prefix of its ids and an extra `part` of the figure. */
  readonly id: string;
  /** The chart's title: its caption, the image's name and the data table's caption. */
  readonly title: string;
  /** A sentence under the title, e.g. the range the chart covers. */
  readonly description?: string;
  /** Makes the title a heading of this level (1 to 6); unset, it is a plain caption. */
  readonly headingLevel?: number;
  /**
   * What the picture shows, in a sentence or two, e.g. the total and the
   * busiest month: the image's description for screen readers, who get every
   * value from the data table.
   */
  readonly summary: string;
  /** The stacked series, bottom first; a legend is shown when there are two or more. */
  readonly series: readonly TimeChartSeries[];
  /** The points, oldest first. */
  readonly points: readonly TimeChartPoint[];
  /** Writes a value in the visitor's language, e.g. `(value) => this.format.number(value)`. */
  readonly format: (value: number) => string;
  /** The data table's header of the points' column, e.g. `Bulan`. */
  readonly periodHeader: string;
  /** The data table's header of the sum of the series, shown when there are two or more, e.g. `Jumlah`. */
  readonly totalHeader: string;
  /** The label of the data table's disclosure, e.g. `Tampilkan tabel data`. */
  readonly tableToggle: string;
  /** Renders the data table open (see `chartDataTable`). @default false */
  readonly tableOpen?: boolean;
  /** Called after the visitor opened or closed the data table (see `chartDataTable`). */
  readonly onTableToggle?: (open: boolean) => void;
}

/** Width of one point's slot in the plot's own units; its column takes 70 % of it. */
const SLOT = 10;
const COLUMN = 7;

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + Math.max(0, value), 0);

/** A small sample of a series' drawing, for the legend. */
function swatch(style: TimeChartSeries['style']): TemplateResult {
  return html`<svg class="chart-swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
    <rect class="chart-${style}" x="0.5" y="0.5" width="9" height="9"></rect>
  </svg>`;
}

/**
 * A column chart over time: one column per day, week or month, its series
 * stacked and told apart by shape (filled or outlined) and by a legend, a
 * value axis at 0, half and the top, the first and last point named under it,
 * and the data table one click away (see {@link chartDataTable}), with a
 * column per series and their sum. Render it into an element's shadow root
 * whose styles include `chartStyles`.
 *
 * The plot is an SVG `role="img"` named by the title and described by
 * `summary`; it stretches to any width (its geometry is in its own units,
 * drawn with `preserveAspectRatio="none"` and strokes that do not scale),
 * while the axis labels are HTML text that keeps the visitor's text size.
 * Hovering a column shows its values as a tooltip (SVG `<title>`).
 *
 * Parts (document them on the element that renders the chart): `chart` and
 * the chart's `id` (the `<figure>`), `chart-plot` (the SVG), `chart-legend`,
 * `chart-table-toggle`, `chart-table`.
 *
 * @example
 * ```ts
 * timeChart({
 *   id: 'time-chart',
 *   title: 'Pengunjung per bulan',
 *   summary: 'Jumlah 26.203; terbanyak Agustus 2024 dengan 1.050.',
 *   series: [{ name: 'Data impor', style: 'outline' }, { name: 'Tercatat langsung', style: 'solid' }],
 *   points: [{ label: 'Januari 2026', axisLabel: 'Jan 2026', values: [640, 0] }],
 *   format: (value) => this.format.number(value),
 *   periodHeader: 'Bulan',
 *   totalHeader: 'Jumlah',
 *   tableToggle: 'Tampilkan tabel data',
 * });
 * ```
 */
export function timeChart(options: TimeChartOptions): TemplateResult {
  const { id, series, points, format } = options;
  const top = niceCeiling(Math.max(0, ...points.map((point) => sum(point.values))));
  const height = 100;
  const width = Math.max(1, points.length) * SLOT;
  const scaled = (value: number): number => Math.round((Math.max(0, value) / top) * height * 100) / 100;
  const several = series.length > 1;
  const valuesText = (point: TimeChartPoint): string =>
    several
      ? `${point.label}: ${format(sum(point.values))} (${series
          .map((one, index) => `${one.name} ${format(point.values[index] ?? 0)}`)
          .join(', ')})`
      : `${point.label}: ${format(point.values[0] ?? 0)}`;

  const columns = points.map((point, index) => {
    let base = height;
    const x = index * SLOT + (SLOT - COLUMN) / 2;
    const parts = series.map((one, seriesIndex) => {
      const length = scaled(point.values[seriesIndex] ?? 0);
      base -= length;
      return length > 0
        ? svg`<rect class="chart-${one.style}" x=${x} y=${base} width=${COLUMN} height=${length}></rect>`
        : nothing;
    });
    return svg`<g class="chart-column"><title>${valuesText(point)}</title>${parts}</g>`;
  });

  const first = points[0];
  const last = points.length > 1 ? points[points.length - 1] : undefined;
  return html`<figure class="chart chart-time" part="chart ${id}" aria-labelledby="${id}-title">
    ${chartCaption(id, options.title, options.description, options.headingLevel)}
    ${
      several
        ? html`<ul class="chart-legend" part="chart-legend">
            ${series.map((one) => html`<li>${swatch(one.style)}<span>${one.name}</span></li>`)}
          </ul>`
        : nothing
    }
    <div class="chart-plot-area">
      <div class="chart-axis-y" aria-hidden="true">
        <span>${format(top)}</span><span>${format(top / 2)}</span><span>${format(0)}</span>
      </div>
      <svg
        class="chart-plot"
        part="chart-plot"
        role="img"
        aria-labelledby="${id}-plot-title"
        aria-describedby="${id}-plot-summary"
        viewBox="0 0 ${width} ${height}"
        preserveAspectRatio="none"
        focusable="false"
      >
        <title id="${id}-plot-title">${options.title}</title>
        <desc id="${id}-plot-summary">${options.summary}</desc>
        <line class="chart-grid" x1="0" x2=${width} y1="0" y2="0"></line>
        <line class="chart-grid" x1="0" x2=${width} y1=${height / 2} y2=${height / 2}></line>
        ${columns}
        <line class="chart-baseline" x1="0" x2=${width} y1=${height} y2=${height}></line>
      </svg>
      <div class="chart-axis-x" aria-hidden="true">
        <span>${first?.axisLabel ?? ''}</span>${last ? html`<span>${last.axisLabel}</span>` : nothing}
      </div>
    </div>
    ${chartDataTable({
      id,
      caption: options.title,
      headers: [options.periodHeader, ...series.map((one) => one.name), ...(several ? [options.totalHeader] : [])],
      rows: points.map((point) => ({
        header: point.label,
        cells: [
          ...series.map((_one, index) => format(point.values[index] ?? 0)),
          ...(several ? [format(sum(point.values))] : []),
        ],
      })),
      toggle: options.tableToggle,
      open: options.tableOpen ?? false,
      ...(options.onTableToggle ? { onToggle: options.onTableToggle } : {}),
    })}
  </figure>`;
}
