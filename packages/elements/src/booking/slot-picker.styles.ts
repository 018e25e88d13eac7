import { css } from 'lit';

/**
 * Styles of the slot picker's calendar and times; the host adds them to its
 * `static styles` after the base styles. Colours and lengths come from the
 * token locals only, so a portal's `--mpp-*` theme (and dark mode) apply.
 */
export const slotPickerStyles = css`
  .calendar {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-2);
    max-width: 26em;
    /* The grid's text follows the calendar's width on a narrow phone with large text (see below). */
    container-type: inline-size;
  }
  .calendar-bone {
    display: block;
    width: 100%;
    height: 16em;
  }
  .calendar-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-1);
  }
  .month {
    flex: 1 1 auto;
    min-width: 0;
    font-weight: 700;
    text-align: center;
    font-size: 1.0625em;
  }
  .month-button {
    flex: none;
    min-width: 2.75em;
    padding: var(--_space-1);
    background: var(--_surface);
    color: var(--_primary);
    border-color: var(--_border);
  }
  .month-button[aria-disabled='true'] {
    color: var(--_muted);
    cursor: default;
    filter: none;
  }
  .grid {
    width: 100%;
    table-layout: fixed;
    border-collapse: collapse;
    text-align: center;
  }
  .grid th {
    padding-block: var(--_space-1);
    font-weight: 600;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .weekday-narrow {
    display: none;
  }
  .grid td {
    padding: 1px;
  }
  .day {
    position: relative;
    width: 100%;
    min-width: 0;
    min-height: 2.5em;
    padding: 0;
    border: 1px solid transparent;
    background: transparent;
    color: var(--_text);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .day[data-state='bookable'] {
    border-color: var(--_border);
    background: var(--_surface);
    color: var(--_primary);
  }
  .day[data-state='bookable']:hover {
    border-color: var(--_primary);
  }
  .day[aria-disabled='true'] {
    color: var(--_muted);
    font-weight: 400;
    cursor: default;
    filter: none;
  }
  /* Full and past days are crossed out, so the state does not rest on colour alone. */
  .day[data-state='full'],
  .day[data-state='past'],
  .day[data-state='over'] {
    text-decoration: line-through;
  }
  .day[data-state='holiday'] {
    color: var(--_danger);
  }
  /* A dot under holidays, a dash under full days: marks that survive forced colours. */
  .day[data-state='holiday']::after,
  .day[data-state='full']::after {
    content: '';
    position: absolute;
    inset-inline: 35%;
    bottom: 0.3em;
    height: 0.2em;
    border-radius: 0.1em;
    background: currentColor;
  }
  .day[data-state='holiday']::after {
    inset-inline: calc(50% - 0.1em);
  }
  .day[aria-current='date'] {
    text-decoration-line: underline;
    text-underline-offset: 0.2em;
  }
  .day[aria-current='date'][data-state='full'],
  .day[aria-current='date'][data-state='over'] {
    text-decoration-line: underline line-through;
  }
  .day[aria-pressed='true'] {
    border-color: var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .day-note {
    min-height: 1.5em;
    color: var(--_muted);
  }
  /* A narrow calendar with large text (320 px at 200%): one-letter weekdays, tighter days. */
  @container (max-width: 17em) {
    .weekday-short {
      display: none;
    }
    .weekday-narrow {
      display: inline;
    }
    .grid td {
      padding: 0;
    }
    .day {
      font-size: 0.9em;
      min-height: 2.25em;
    }
  }
  .times {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-2);
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .times-legend {
    padding: 0;
    font-weight: 700;
  }
  .times-status {
    color: var(--_danger);
    font-weight: 600;
  }
  .time-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 9.5em), 1fr));
    gap: var(--_space-1);
  }
  .time {
    position: relative;
    display: grid;
    gap: 0.125em;
    padding: var(--_space-1) var(--_space-2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  .time input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    opacity: 0;
    cursor: inherit;
  }
  .time .range {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .time .left {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .time:hover {
    border-color: var(--_primary);
  }
  .time:has(input:checked) {
    border-color: var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .time:has(input:checked) .left {
    color: inherit;
  }
  .time:has(input:focus-visible) {
    outline: var(--_focus-width) solid var(--_focus-color);
    outline-offset: 2px;
  }
  .time[data-state='full'],
  .time[data-state='current'] {
    cursor: default;
    border-style: dashed;
    background: var(--_surface-muted);
  }
  .time[data-state='full'] .range {
    text-decoration: line-through;
    color: var(--_muted);
  }
  .time[data-state='full']:hover,
  .time[data-state='current']:hover {
    border-color: var(--_border);
  }
  @media (forced-colors: active) {
    .day[aria-pressed='true'],
    .time:has(input:checked) {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
