import { html, type TemplateResult } from 'lit';

/** One row of a chart's data table: its header cell and its data cells, already formatted. */
export interface DataTableRow {
  /** The row header (`<th scope="row">`), e.g. an agency's name or a month. */
  readonly header: string;
  /** The data cells, in the order of {@link DataTableOptions.headers} after the first. */
  readonly cells: readonly string[];
}

/** What {@link chartDataTable} shows. */
export interface DataTableOptions {
  /** A name unique in the shadow root, the prefix of the table's ids (a chart passes its own `id`). */
  readonly id: string;
  /** The table's `<caption>`: what the data is, usually the chart's title. */
  readonly caption: string;
  /** The column headers, the row headers' column first (`<th scope="col">`). */
  readonly headers: readonly string[];
  /** The rows, in the chart's order. */
  readonly rows: readonly DataTableRow[];
  /** The disclosure's label, e.g. `Tampilkan tabel data` (name the chart if a page has several). */
  readonly toggle: string;
  /**
   * Renders the table open. The disclosure keeps its own state while it stays
   * in the DOM; an element that replaces the chart (a skeleton while another
   * period loads) passes the state it heard from `onToggle`, so the table is
   * open again when the chart comes back. @default false
   */
  readonly open?: boolean;
  /** Called after the visitor opened (`true`) or closed (`false`) the table. */
  readonly onToggle?: (open: boolean) => void;
}

/**
 * A chart's data as a real table, one click away: a `<details>` disclosure
 * whose `<summary>` (part `chart-table-toggle`) opens a `<table>` (part
 * `chart-table`) with a caption and column and row headers, for screen reader
 * users who want every figure and for anyone copying the numbers into a
 * spreadsheet. A native disclosure rather than a button with state of its own:
 * browsers announce it as an expandable button and toggle it with Enter and
 * Space, and its open state is the DOM's, so it stays open while the element
 * re-renders the chart for another period.
 *
 * Values are text (never HTML). Numbers are right-aligned, in tabular
 * figures, and never broken across lines; a row header wraps within 12em,
 * breaking a word longer than that, so a long name never widens the table. When the table is wider than its
 * box (four columns on a 320 px phone with large text), it scrolls sideways
 * inside a focusable region named by its caption, so keyboard users can
 * scroll it too, and the page itself never does (WCAG 1.4.10 lets data tables
 * scroll in two dimensions).
 */
export function chartDataTable(options: DataTableOptions): TemplateResult {
  const [first = '', ...rest] = options.headers;
  const captionId = `${options.id}-table-caption`;
  const onToggle = options.onToggle;
  const toggled = onToggle
    ? (event: Event): void => onToggle((event.currentTarget as HTMLDetailsElement).open)
    : undefined;
  return html`<details class="chart-data" ?open=${options.open ?? false} @toggle=${toggled}>
    <summary part="chart-table-toggle">${options.toggle}</summary>
    <div class="chart-table-scroll" role="region" tabindex="0" aria-labelledby=${captionId}>
      <table part="chart-table">
        <caption id=${captionId}>
          ${options.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${first}</th>
            ${rest.map((header) => html`<th scope="col" class="chart-number">${header}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${options.rows.map(
            (row) =>
              html`<tr>
                <th scope="row"><span class="chart-row-name">${row.header}</span></th>
                ${row.cells.map((cell) => html`<td class="chart-number">${cell}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </details>`;
}
