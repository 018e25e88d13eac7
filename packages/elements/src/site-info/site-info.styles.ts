import { css } from 'lit';
import { cardBox } from '../styles/panels.js';

/** Layout of the site card; colours and lengths come from the token locals only. */
export const siteInfoStyles = css`
  /* The space a page reserves before the element is defined (README, "Before the module loads"): kept once defined. */
  :host {
    min-block-size: 24rem;
  }
  .card {
    /* One column as wide as the card: no child's minimum width (a 14em facility column) may widen it. */
    /* A web address or email is one long word: on a small phone with large text it must wrap. */
    ${cardBox}
    gap: var(--_space-3);
    container-type: inline-size;
  }
  /* Skeleton lines that only a phone-wide card wraps onto (the name's second, the address's third). */
  @container (min-width: 26em) {
    .narrow-only {
      display: none;
    }
  }
  .head {
    display: grid;
    gap: var(--_space-1);
  }
  .name {
    font-size: 1.25em;
    line-height: 1.3;
  }
  .address {
    font-style: normal;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
  }
  .status {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-2);
    padding: var(--_space-2) var(--_space-3);
    border-inline-start: var(--_space-1) solid currentColor;
    border-radius: var(--_radius);
    background: var(--_surface-muted);
  }
  .status > span {
    color: var(--_text);
  }
  .status.open {
    color: var(--_success);
  }
  .status.break {
    color: var(--_warning);
  }
  .status.closed {
    color: var(--_danger);
  }
  .sections {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-3);
  }
  @container (min-width: 40em) {
    .sections {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }
  .section {
    display: grid;
    align-content: start;
    gap: var(--_space-2);
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: var(--_space-1) var(--_space-2);
    border-block-end: 1px solid var(--_border);
    font: inherit;
    text-align: start;
    vertical-align: top;
  }
  th {
    font-weight: 600;
  }
  /* A time range stays on one line, unless the card is too narrow for it (large text on a phone). */
  @container (max-width: 24em) {
    td .nowrap {
      white-space: normal;
    }
  }
  tr.today > * {
    background: var(--_surface-muted);
    font-weight: 700;
  }
  .today-label {
    font-weight: 400;
    color: var(--_muted);
  }
  .detail {
    display: block;
    font-weight: 400;
    color: var(--_muted);
  }
  .list {
    display: grid;
    gap: var(--_space-2);
  }
  .facilities {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
  }
  .item {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-2);
  }
  .item > .icon {
    color: var(--_primary);
  }
  .item > div {
    display: grid;
  }
  .item-name {
    font-weight: 600;
  }
`;
