import { css } from 'lit';
import { fieldControl } from '../styles/panels.js';

/**
 * Layout of the catalog; colours and lengths come from the token locals only.
 * Everything stacks in one column and wraps, so 320 px and 200% zoom need no
 * horizontal scrolling. Container queries on the element's own width (a
 * portal's sidebar is not the viewport): from 48em the detail goes beside the
 * list; narrower, the open detail replaces the search and the list, with a
 * back button at its top. Without container queries it stacks below the list.
 */
export const catalogStyles = css`
  /* The space a page reserves before the element is defined (README, "Before the module loads"): kept once defined. */
  :host {
    min-block-size: 24rem;
  }
  .catalog {
    display: grid;
    gap: var(--_space-2);
    container-type: inline-size;
    /* Large text on a small phone: a long word (an agency's name) breaks rather than sticking out. */
    overflow-wrap: anywhere;
  }
  /* Single columns as wide as the element: no long word may widen them. */
  .catalog,
  .layout,
  .listbox,
  .detail {
    grid-template-columns: minmax(0, 1fr);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-3);
  }
  .field {
    display: grid;
    gap: var(--_space-1);
    flex: 1 1 12em;
    min-width: 0;
  }
  .field.search {
    flex: 3 1 16em;
  }
  label {
    font-weight: 600;
  }
  input[type='search'],
  select {
    box-sizing: border-box;
    width: 100%;
    ${fieldControl}
  }
  .hint,
  .muted {
    color: var(--_muted);
  }
  .hint {
    font-size: 0.875em;
  }
  .count {
    font-weight: 600;
  }
  .layout {
    display: grid;
    gap: var(--_space-3);
    align-items: start;
  }
  .back {
    display: none;
    justify-self: start;
  }
  @container (width < 48em) {
    .open > .controls,
    .open > .count,
    .layout.open > .results,
    .open .close {
      display: none;
    }
    .open .back {
      display: inline-flex;
    }
  }
  @container (min-width: 48em) {
    .layout.open {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    }
    .layout.open .detail {
      position: sticky;
      top: var(--_space-2);
    }
  }
  .results {
    display: grid;
    gap: var(--_space-2);
    min-width: 0;
  }
  .listbox {
    display: grid;
    gap: var(--_space-3);
  }
  .group {
    display: grid;
    gap: var(--_space-1);
  }
  .group-header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-1) var(--_space-2);
    padding-block-end: var(--_space-1);
    border-block-end: 2px solid var(--_border);
  }
  .group-name {
    font-weight: 700;
  }
  .group-count {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .option {
    display: grid;
    gap: 0.125em;
    padding: var(--_space-2);
    border: 1px solid transparent;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .option:hover {
    background: var(--_surface-muted);
  }
  .option[aria-selected='true'] {
    border-color: var(--_primary);
    background: var(--_surface-muted);
  }
  .option-name {
    font-weight: 600;
  }
  .option-facts {
    color: var(--_muted);
    font-size: 0.875em;
  }
  mark {
    background: var(--_surface-muted);
    color: inherit;
    font: inherit;
    text-decoration: underline;
    text-decoration-thickness: 0.15em;
    text-decoration-color: var(--_primary);
    text-underline-offset: 0.15em;
  }
  .option[aria-selected='true'] mark {
    background: transparent;
  }
  .more {
    justify-self: start;
  }
  .sentinel {
    height: 1px;
  }
  button.secondary,
  .close {
    background: var(--_surface);
    color: var(--_primary);
  }
  .detail {
    display: grid;
    gap: var(--_space-3);
    min-width: 0;
    padding: var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .detail-head {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_space-2);
  }
  .detail-title {
    flex: 1 1 12em;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .facts {
    display: grid;
    gap: var(--_space-2);
  }
  @container (min-width: 32em) {
    .facts {
      grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    }
  }
  dt {
    font-weight: 600;
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  .line {
    display: block;
  }
  .section {
    display: grid;
    gap: var(--_space-2);
  }
  .channels {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
  }
  .online {
    display: inline-flex;
    align-items: center;
    min-height: 2.75em;
  }
  .checklist,
  .legal {
    display: grid;
    gap: var(--_space-2);
  }
  .legal {
    padding-inline-start: var(--_space-3);
    list-style: disc;
  }
  .requirement {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-2);
  }
  .requirement input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0.125em 0 0;
    accent-color: var(--_primary);
  }
  .requirement label {
    display: grid;
    gap: 0.125em;
    font-weight: 400;
  }
  .requirement-name {
    font-weight: 600;
  }
  .requirement-form,
  .note {
    color: var(--_muted);
  }
  .badge {
    justify-self: start;
    padding: 0 var(--_space-1);
    border: 1px solid var(--_warning);
    border-radius: var(--_radius);
    color: var(--_warning);
    font-size: 0.875em;
  }
  .input-bone {
    display: block;
    min-height: 2.75em;
  }
  /* The loading skeleton lays out as the loaded catalog does (see skeletons.ts). */
  .catalog-skeleton {
    display: grid;
    gap: var(--_space-2);
  }
  /* The loaded list's sentinel takes this room; the skeleton's is not one (nothing may observe it). */
  .sentinel-space {
    height: 1px;
  }
  @media (forced-colors: active) {
    .option[aria-selected='true'] {
      border-color: Highlight;
    }
    mark {
      background: Mark;
      color: MarkText;
    }
  }
`;
