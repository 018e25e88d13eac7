import { css } from 'lit';
import { cardBox, factTiles, fieldControl, secondaryButton } from '../styles/panels.js';

/** Layout of the survey results; colours and lengths come from the token locals only. */
export const surveyResultsStyles = css`
  /* The space a page reserves before the element is defined (README, "Before the module loads"): kept once defined. */
  :host {
    min-block-size: 24rem;
  }
  .card {
    /* Names of services and suggestions are data: a long one must wrap on a 320 px phone with large text. */
    ${cardBox}
    gap: var(--_space-3);
    container-type: inline-size;
  }
  .head,
  .field,
  .elements,
  .groups,
  .suggestions {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-2);
  }
  [part~='heading'] {
    font-size: 1.25em;
    line-height: 1.3;
  }
  .scope {
    display: grid;
  }
  .scope-name {
    font-weight: 600;
  }
  .field {
    gap: var(--_space-1);
    justify-items: start;
  }
  label {
    font-weight: 600;
  }
  select {
    ${fieldControl}
    max-width: 100%;
  }
  .summary {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11em), 1fr));
    gap: var(--_space-2);
  }
  ${factTiles}
  .figure {
    font-size: 1.75em;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }
  /* A column a dozen letters wide (a phone with 200 % text): large type would break words in two. */
  @container (max-width: 12em) {
    [part~='heading'] {
      font-size: 1.125em;
    }
    .figure {
      font-size: 1.25em;
    }
    .summary > div {
      padding: var(--_space-1);
    }
  }
  .scale {
    color: var(--_muted);
    font-weight: 400;
    white-space: nowrap;
  }
  /* The grade's colour repeats what its letter and name say; it is never the only sign. */
  .grade[data-grade='A'] {
    color: var(--_success);
  }
  .grade[data-grade='C'] {
    color: var(--_warning);
  }
  .grade[data-grade='D'] {
    color: var(--_danger);
  }
  .sample {
    display: grid;
    gap: var(--_space-1);
    /* Slim insets: on a 320 px phone at 200 % text every em of padding is a word less per line. */
    padding: var(--_space-1) var(--_space-2);
    border-inline-start: var(--_space-1) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-muted);
  }
  .sample[data-enough='false'] {
    border-inline-start-color: var(--_warning);
  }
  .short {
    font-weight: 600;
  }
  /* Inline with the words rather than a column of its own, which would narrow them on a small screen. */
  .short > .icon {
    margin-inline-end: var(--_space-1);
    color: var(--_warning);
  }
  /* Marked like the weakest bar of the chart, whose note says the same in words. */
  .summary > [part~='weakest'] {
    border-inline-start: var(--_space-1) solid var(--_warning);
  }
  .group-list,
  .suggestion-list {
    display: grid;
    gap: var(--_space-2);
  }
  .group,
  .suggestion {
    display: grid;
    gap: var(--_space-1);
    padding-block-end: var(--_space-2);
    border-block-end: 1px solid var(--_border);
  }
  .group-name {
    font-weight: 600;
  }
  .group-figures {
    color: var(--_muted);
  }
  .suggestion-text {
    white-space: pre-line;
  }
  .suggestion:focus {
    outline: none;
  }
  .suggestion:focus-visible {
    outline: var(--_focus-width) solid var(--_focus-color);
  }
  button.more {
    ${secondaryButton}
    justify-self: start;
    max-width: 100%;
    white-space: normal;
  }
  button.more[disabled] {
    cursor: progress;
    opacity: 0.7;
  }
`;
