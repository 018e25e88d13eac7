import { css } from 'lit';
import { cardBox, factTiles } from '../styles/panels.js';

/** Layout of the statistics card; colours and lengths come from the token locals only. */
export const visitorStatsStyles = css`
  /* The space a page reserves before the element is defined (README, "Before the module loads"): kept once defined. */
  :host {
    min-block-size: 24rem;
  }
  .card {
    ${cardBox}
    gap: var(--_space-3);
    container-type: inline-size;
  }
  .heading {
    font-size: 1.25em;
    line-height: 1.3;
  }
  .overview {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11em), 1fr));
    gap: var(--_space-2);
  }
  ${factTiles}
  .overview dd {
    font-size: 1.5em;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }
  .ranges {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .ranges > legend {
    margin-block-end: var(--_space-1);
    padding: 0;
    font-weight: 700;
  }
  .range-options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  /* A whole option is the touch target; the radio stays visible, so the choice does not rest on colour. */
  .range-option {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    min-height: 2.75em;
    max-width: 100%;
    padding: var(--_space-1) var(--_space-3) var(--_space-1) var(--_space-2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  .range-option:has(input:checked) {
    border-color: var(--_primary);
    background: var(--_surface-muted);
    font-weight: 700;
  }
  .range-option input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_primary);
  }
  .charts {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-3);
  }
  .charts > .chart + .chart {
    padding-block-start: var(--_space-3);
    border-block-start: 1px solid var(--_border);
  }
`;
