import { html, type TemplateResult } from 'lit';
import { bone, boneLines } from '../core/bones.js';

/*
 * Charts while their data loads: the boxes of a chart (its caption, its rows
 * or its plot, its data-table toggle) without content, in the chart's own
 * classes, so a skeleton is as tall as the chart that replaces it. Hidden from
 * screen readers, who hear the element's status line instead.
 */

/** A chart's caption: its title, and its description on `descriptionLines` lines. */
function captionSkeleton(descriptionLines: number): TemplateResult {
  return html`<div class="chart-caption">
    <span class="chart-title">${bone()}</span><span class="chart-description">${boneLines(descriptionLines)}</span>
  </div>`;
}

/** The closed "show as a table" toggle, its label on `lines` lines. */
function tableToggleSkeleton(lines: number): TemplateResult {
  return html`<div class="chart-data"><div class="table-toggle-bone">${boneLines(lines)}</div></div>`;
}

/** The size of a chart's text, as its data makes it on a phone. */
export interface ChartSkeletonShape {
  /** Lines of the caption's description. */
  readonly descriptionLines: number;
  /** Lines of the data-table toggle's label. */
  readonly toggleLines: number;
}

/** A bar chart: one row per entry of `labelLines` (the lines its label takes), each with its bar and value. */
export function barChartSkeleton(
  shape: ChartSkeletonShape & { readonly labelLines: readonly number[] },
): TemplateResult {
  return html`<div class="chart chart-bars" aria-hidden="true">
    ${captionSkeleton(shape.descriptionLines)}
    <div class="chart-list">
      ${shape.labelLines.map(
        (lines) =>
          html`<div class="chart-row">
            <span class="chart-label">${boneLines(lines)}</span><span class="chart-bar bone">&nbsp;</span
            ><span class="chart-value">${bone('short')}</span>
          </div>`,
      )}
    </div>
    ${tableToggleSkeleton(shape.toggleLines)}
  </div>`;
}

/** A time chart: its plot (as tall as the chart's) over the first and last labels of its axis. */
export function timeChartSkeleton(shape: ChartSkeletonShape): TemplateResult {
  return html`<div class="chart chart-time" aria-hidden="true">
    ${captionSkeleton(shape.descriptionLines)}
    <div class="chart-plot-area">
      <span class="chart-axis-y"></span><span class="bone chart-plot">&nbsp;</span>
      <span class="chart-axis-x">${bone('short')}</span>
    </div>
    ${tableToggleSkeleton(shape.toggleLines)}
  </div>`;
}
