import { css } from 'lit';
import {
  actionButton,
  actionRow,
  cardBox,
  fieldControl,
  invalidInput,
  refusalPanel,
  secondaryButton,
} from '../styles/panels.js';

/**
 * Layout of the survey; colours and lengths come from the token locals only.
 * Every control a finger presses is at least 48 px high (and 3em with large
 * text): the survey runs on a kiosk tablet as well as a phone.
 */
export const surveyStyles = css`
  /* The space a page reserves before the element is defined (README, "Before the module loads"): kept once defined. */
  :host {
    min-block-size: 19.5rem;
    --_survey-target: max(48px, 3em);
  }
  .card {
    ${cardBox}
    gap: var(--_space-3);
  }
  .progress,
  .code-in-use {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .progress-bar {
    display: grid;
    grid-template-columns: repeat(9, minmax(0, 1fr));
    gap: 2px;
  }
  .progress-bar > span {
    height: 0.375em;
    border-radius: var(--_radius);
    background: var(--_surface-muted);
  }
  .progress-bar > span.done {
    background: var(--_primary);
  }
  .title {
    font-size: 1.25em;
    line-height: 1.3;
  }
  .title:focus {
    outline: none;
  }
  .title:focus-visible {
    outline: var(--_focus-width) solid var(--_focus-color);
  }
  fieldset {
    display: grid;
    gap: var(--_space-2);
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--_space-2);
    font-size: 1.125em;
    font-weight: 600;
  }
  .option {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    min-height: var(--_survey-target);
    padding: var(--_space-1) var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .option:has(input:checked) {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 2px var(--_primary);
    font-weight: 600;
  }
  .option:has(input:focus-visible) {
    outline: var(--_focus-width) solid var(--_focus-color);
    outline-offset: 2px;
  }
  input[type='radio'] {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: var(--_primary);
  }
  .fields {
    display: grid;
    gap: var(--_space-3);
  }
  .field {
    display: grid;
    gap: var(--_space-1);
  }
  label {
    font-weight: 600;
  }
  .option {
    font-weight: 400;
  }
  input[type='text'],
  select,
  textarea {
    width: 100%;
    ${fieldControl}
    min-height: var(--_survey-target);
  }
  #code {
    font-size: 1.25em;
    letter-spacing: 0.08em;
    text-transform: uppercase;
  }
  textarea {
    resize: vertical;
  }
  ${invalidInput}
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .message {
    color: var(--_danger);
    font-weight: 600;
  }
  ${refusalPanel}
  .ikm {
    display: grid;
    gap: var(--_space-1);
    padding: var(--_space-3);
    border-radius: var(--_radius);
    background: var(--_surface-muted);
  }
  .ikm-value {
    font-size: 2em;
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .ikm-grade {
    font-weight: 600;
  }
  button {
    min-height: var(--_survey-target);
  }
  ${actionRow}
  .actions > button {
    ${actionButton}
  }
  button.secondary {
    ${secondaryButton}
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }
  @media (forced-colors: active) {
    .option:has(input:checked) {
      border: 3px solid Highlight;
    }
    .progress-bar > span {
      border: 1px solid CanvasText;
    }
    .progress-bar > span.done {
      background: Highlight;
    }
    button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
