import { css } from 'lit';

/**
 * Styles of the shared charts (`barChart`, `timeChart` and their
 * data tables); add them to the `styles` of an element that renders one, after
 * `baseStyles`. Every class starts with `chart-`, so they cannot clash with the
 * element's own. Colours come from the token locals only: bars in the primary
 * colour, a highlighted bar in the warning colour (and bold, with a note in
 * words), gridlines in the border colour. Lengths are in `em`, so the charts
 * grow with the visitor's text size, and nothing has a minimum width beyond a
 * word, so they fit a 320 px phone at 200 % text.
 */
export const chartStyles = css`
  /* The chart is the container its rows' layout asks about: an element cannot query its own size. */
  .chart {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-2);
    min-width: 0;
    margin: 0;
    container-type: inline-size;
  }
  .chart-caption {
    display: grid;
    gap: var(--_space-1);
  }
  .chart-title {
    font-weight: 700;
  }
  .chart-description {
    color: var(--_muted);
  }
  /*
   * One grid for all rows (each row a subgrid of it), so every bar starts and
   * ends at the same place and their lengths compare: on a phone the label on
   * its own line above bar and value; with room, label, bar and value in a line.
   */
  .chart-list {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: var(--_space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chart-row {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    align-items: center;
    row-gap: var(--_space-1);
  }
  .chart-label {
    grid-column: 1 / -1;
  }
  @container (min-width: 32em) {
    .chart-list {
      grid-template-columns: minmax(0, max-content) minmax(0, 1fr) auto;
    }
    .chart-label {
      grid-column: 1;
      max-width: 14em;
    }
  }
  .chart-bar {
    display: block;
    width: 100%;
    min-width: 0;
    height: 1.25em;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface-muted);
  }
  .chart-fill {
    fill: var(--_primary);
  }
  .chart-value {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .chart-highlighted .chart-fill {
    fill: var(--_warning);
  }
  .chart-highlighted .chart-label,
  .chart-highlighted .chart-value {
    font-weight: 700;
  }
  .chart-legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chart-legend > li {
    display: flex;
    align-items: center;
    gap: var(--_space-1);
  }
  .chart-swatch {
    flex: none;
    width: 1em;
    height: 1em;
  }
  .chart-solid {
    fill: var(--_primary);
  }
  .chart-outline {
    fill: var(--_surface-muted);
    stroke: var(--_primary);
    stroke-width: 1.5px;
    vector-effect: non-scaling-stroke;
  }
  .chart-plot-area {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    grid-template-rows: 10em auto;
    column-gap: var(--_space-2);
    padding-block: var(--_space-2) 0;
    font-variant-numeric: tabular-nums;
  }
  .chart-axis-y {
    grid-row: 1;
    grid-column: 1;
    display: flex;
    flex-direction: column;
    justify-content: space-between;
    /* Half a line beyond the plot at each end: each label's middle sits on its gridline. */
    margin-block: -0.75em;
    color: var(--_muted);
    font-size: 0.875em;
    line-height: 1.5;
    text-align: end;
  }
  .chart-plot {
    grid-row: 1;
    grid-column: 2;
    display: block;
    width: 100%;
    height: 100%;
    overflow: visible;
  }
  .chart-grid,
  .chart-baseline {
    stroke: var(--_border);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  .chart-baseline {
    stroke: var(--_muted);
  }
  .chart-axis-x {
    grid-row: 2;
    grid-column: 2;
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 var(--_space-2);
    padding-block-start: var(--_space-1);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .chart-data > summary {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    min-height: 2.75em;
    padding: var(--_space-1) var(--_space-2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_primary);
    font-weight: 600;
    cursor: pointer;
  }
  /* The native marker shows only with display: list-item; this chevron points right when closed, down when open. */
  .chart-data > summary::before {
    content: '';
    flex: none;
    width: 0.45em;
    height: 0.45em;
    margin-inline: 0.15em 0.25em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(-45deg);
  }
  .chart-data[open] > summary::before {
    transform: rotate(45deg);
  }
  .chart-data[open] > summary {
    margin-block-end: var(--_space-2);
  }
  .chart-data {
    min-width: 0;
  }
  /* The skeleton's toggle (see skeletons.ts): the summary's box, without being one. */
  .table-toggle-bone {
    display: inline-block;
    min-height: 2.75em;
    padding: var(--_space-1) var(--_space-2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .chart-table-scroll {
    max-width: 100%;
    overflow-x: auto;
  }
  /* Cells wrap between words only, and figures never break: a table too wide scrolls instead. */
  .chart-data table {
    width: 100%;
    border-collapse: collapse;
    overflow-wrap: break-word;
  }
  .chart-data td {
    white-space: nowrap;
  }
  /*
   * A row header (a name from the API) is at most 12em wide: a longer word
   * breaks there instead of widening the table, and shorter names, months
   * included, keep their width (a cell's own max-width is ignored by table layout).
   */
  .chart-row-name {
    display: block;
    max-inline-size: 12em;
  }
  .chart-data caption {
    padding-block-end: var(--_space-1);
    font-weight: 700;
    text-align: start;
  }
  .chart-data th,
  .chart-data td {
    padding: var(--_space-1);
    border-block-end: 1px solid var(--_border);
    font: inherit;
    text-align: start;
    vertical-align: top;
  }
  .chart-data thead th {
    font-weight: 700;
  }
  .chart-data tbody th {
    font-weight: 400;
  }
  .chart-data .chart-number {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
`;
