/**
 * Shared charts of the elements: a horizontal bar chart (optionally with a
 * highlighted bar) and a column chart over time (stacked series told apart by
 * shape), each with its data as a real table one click away, and the styles
 * they need. They are Lit templates, not elements: an element renders them
 * into its own shadow root, in its own language and theme, and documents the
 * parts they add (`chart`, `chart-bar`, `chart-plot`, `chart-legend`,
 * `chart-table-toggle`, `chart-table`, and each chart's `id`).
 *
 * @example
 * ```ts
 * import { barChart, chartStyles } from '../charts/charts.js';
 *
 * static override styles = [...baseStyles, chartStyles, myStyles];
 * // in render:
 * barChart({ id: 'elements-chart', title, bars, format: (value) => this.format.number(value), scale: [1, 4],
 *   highlightNote: 'terendah', labelHeader, valueHeader, tableToggle });
 * ```
 *
 * @packageDocumentation
 */
export { barChart, chartCaption, type BarChartBar, type BarChartOptions } from './bar-chart.js';
export { chartStyles } from './chart.styles.js';
export { chartDataTable, type DataTableOptions, type DataTableRow } from './data-table.js';
export { niceCeiling, percentOf } from './scale.js';
export { timeChart, type TimeChartOptions, type TimeChartPoint, type TimeChartSeries } from './time-chart.js';
