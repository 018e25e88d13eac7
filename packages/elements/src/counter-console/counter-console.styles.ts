import { css } from 'lit';
import { cardBox, fieldControl, invalidInput } from '../styles/panels.js';

/** Layout of the counter console; colours and lengths come from the token locals only. */
export const counterConsoleStyles = css`
  /* The space a page reserves before the element is defined (README, "Before the module loads"): kept once defined. */
  :host {
    min-block-size: 13rem;
  }
  .console {
    /* Counter and service names are data: a long one must wrap on a narrow screen. */
    ${cardBox}
    gap: var(--_space-3);
  }
  .head,
  .counter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
  }
  .heading {
    flex: 1 1 auto;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .counter-name {
    flex: 1 1 auto;
    font-size: 1.125em;
  }
  .agency {
    font-weight: 400;
    color: var(--_muted);
  }
  button.quiet {
    border-color: var(--_border);
    background: var(--_surface);
    color: var(--_text);
  }
  .sign-in,
  .choose,
  .lines {
    display: grid;
    /* One column as wide as the box: a field's intrinsic width (its size) may not widen it. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-2);
  }
  label {
    font-weight: 600;
  }
  .field-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  input,
  select {
    flex: 1 1 12em;
    ${fieldControl}
  }
  ${invalidInput}
  .status {
    display: inline-flex;
    padding: 0 var(--_space-2);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-weight: 700;
  }
  .status.open {
    color: var(--_success);
  }
  .status.paused {
    color: var(--_warning);
  }
  .status.closed {
    color: var(--_danger);
  }
  .serving {
    display: grid;
    justify-items: center;
    gap: var(--_space-1);
    padding: var(--_space-3);
    border-radius: var(--_radius);
    background: var(--_surface-muted);
    text-align: center;
    container-type: inline-size;
  }
  .serving-label {
    font-weight: 600;
    color: var(--_muted);
  }
  /*
   * Read from across the counter, and at a glance between two citizens; on a
   * narrow screen with large text it shrinks to fit its box (a number like
   * "AB-123" is about 3.6em wide) rather than stick out of it.
   */
  .serving-number {
    font-size: clamp(1.25em, 24cqi, 3.5em);
    font-weight: 800;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .serving-number.none {
    font-size: 1.5em;
    font-weight: 600;
    color: var(--_muted);
  }
  .survey-code {
    display: grid;
    justify-items: center;
    gap: var(--_space-1);
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    text-align: center;
  }
  .survey-label {
    font-weight: 600;
  }
  .survey-value {
    font-size: 1.75em;
    font-weight: 800;
    letter-spacing: 0.06em;
    font-variant-numeric: tabular-nums;
  }
  .actions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9em), 1fr));
    gap: var(--_space-2);
  }
  button.action {
    justify-content: space-between;
    border-color: var(--_primary);
    background: var(--_surface);
    color: var(--_primary);
  }
  button.action.primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  button.action[aria-disabled='true'] {
    border-color: var(--_border);
    background: var(--_surface-muted);
    color: var(--_muted);
    cursor: not-allowed;
    filter: none;
  }
  kbd {
    min-width: 1.6em;
    padding: 0 var(--_space-1);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font: inherit;
    font-size: 0.875em;
    text-align: center;
  }
  .lines ul {
    display: grid;
    gap: var(--_space-1);
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-2);
    padding-block: var(--_space-1);
    border-block-end: 1px solid var(--_border);
  }
  .line-name {
    flex: 1 1 12em;
  }
  .line-waiting {
    font-weight: 700;
  }
  /* An empty message stays in the accessibility tree (a live region must exist before it speaks) but takes no room. */
  .message:not(.shown) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .message {
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_border);
    border-inline-start-width: var(--_space-1);
    border-radius: var(--_radius);
  }
  .message.error {
    border-color: var(--_danger);
  }
  .message.outcome {
    border-color: var(--_success);
  }
  .check-in,
  .check-in-form,
  .check-in-booking {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-2);
  }
  .check-in {
    padding-block-start: var(--_space-3);
    border-block-start: 1px solid var(--_border);
  }
  #check-in-heading,
  .booking-code {
    font-size: 1.125em;
    font-weight: 700;
  }
  .booking-code:focus {
    outline: none;
  }
  .booking-code:focus-visible,
  #check-in-result:focus-visible {
    outline: var(--_focus-width) solid var(--_focus-color);
  }
  #check-in-code {
    text-transform: uppercase;
    font-variant-numeric: tabular-nums;
  }
  .field-error {
    color: var(--_danger);
    font-weight: 600;
  }
  .check-in-facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10em), 1fr));
    gap: var(--_space-2);
    margin: 0;
  }
  .check-in-facts > div {
    padding: var(--_space-2);
    border-radius: var(--_radius);
    background: var(--_surface-muted);
  }
  .check-in-facts dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .check-in-facts dd {
    margin: 0;
    font-weight: 700;
  }
  [part~='check-in-ticket'] {
    display: grid;
    justify-items: start;
    gap: var(--_space-1);
  }
  .ticket-number {
    font-size: 2em;
    font-weight: 800;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  @media (forced-colors: active) {
    button.action[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
