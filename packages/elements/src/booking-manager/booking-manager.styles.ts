import { css } from 'lit';
import {
  actionButton,
  actionRow,
  cardBox,
  confirmBox,
  dangerButton,
  factTiles,
  fieldControl,
  invalidInput,
  secondaryButton,
} from '../styles/panels.js';

/** Layout of the booking manager; colours and lengths come from the token locals only. */
export const bookingManagerStyles = css`
  /* The space a page reserves before the element is defined (README, "Before the module loads"): kept once defined. */
  :host {
    min-block-size: 23rem;
  }
  .find,
  .card,
  .reschedule,
  .field {
    display: grid;
    /* One column as wide as the box: nothing inside may widen it on a 320 px phone with large text. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-2);
  }
  .find,
  .card {
    /* Codes and service names are data: a long one must wrap on a narrow screen. */
    ${cardBox}
    gap: var(--_space-3);
  }
  .title {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .subtitle {
    font-size: 1.125em;
    font-weight: 700;
  }
  .title:focus,
  .subtitle:focus,
  [part~='notice']:focus {
    outline: none;
  }
  .title:focus-visible,
  .subtitle:focus-visible,
  [part~='notice']:focus-visible {
    outline: var(--_focus-width) solid var(--_focus-color);
  }
  label,
  .strong {
    font-weight: 600;
  }
  input {
    ${fieldControl}
  }
  #code {
    text-transform: uppercase;
  }
  ${invalidInput}
  .field-error {
    color: var(--_danger);
    font-weight: 600;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11em), 1fr));
    gap: var(--_space-2);
  }
  ${factTiles}
  dd.code {
    font-size: 1.25em;
    letter-spacing: 0.04em;
    font-variant-numeric: tabular-nums;
  }
  [part~='place'] {
    display: grid;
  }
  [part~='place'] .muted {
    font-weight: 400;
  }
  .status.cancelled {
    color: var(--_danger);
  }
  .status.confirmed,
  .status.checked-in {
    color: var(--_success);
  }
  .panel.outcome {
    border-color: var(--_success);
    border-inline-start-width: var(--_space-1);
  }
  .alternatives {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .alternatives li {
    max-width: 100%;
  }
  ${actionRow}
  .actions > button,
  .alternatives button {
    ${actionButton}
  }
  .reschedule {
    padding-block-start: var(--_space-2);
    border-block-start: 1px solid var(--_border);
  }
  ${confirmBox}
  button.secondary,
  button.quiet {
    ${secondaryButton}
  }
  button.quiet {
    border-color: var(--_border);
    color: var(--_text);
  }
  ${dangerButton}
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.75;
  }
  @media (forced-colors: active) {
    button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
