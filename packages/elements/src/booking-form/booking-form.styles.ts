import { css } from 'lit';
import { actionButton, actionRow, cardBox, fieldControl, refusalPanel, secondaryButton } from '../styles/panels.js';

/** Layout of the booking form; colours and lengths come from the token locals only. */
export const bookingFormStyles = css`
  /* The space a page reserves before the element is defined (README, "Before the module loads"): kept once defined. */
  :host {
    min-block-size: 24rem;
    --_booking-code-size: var(--mpp-booking-code-size, 2em);
  }
  .card {
    ${cardBox}
    gap: var(--_space-3);
  }
  .progress {
    color: var(--_muted);
    font-size: 0.875em;
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
  .subheading {
    font-weight: 700;
  }
  .for {
    font-weight: 600;
  }
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--_space-2);
    font-weight: 600;
  }
  .services {
    display: grid;
    gap: var(--_space-1);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-2);
    padding: var(--_space-2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 1px var(--_primary);
  }
  .choice-text {
    display: grid;
    min-width: 0;
  }
  .choice-name {
    font-weight: 600;
  }
  input[type='radio'],
  input[type='checkbox'] {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
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
  .choice,
  .check label {
    font-weight: 400;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  input[type='text'],
  input[type='tel'],
  input[type='email'] {
    width: 100%;
    ${fieldControl}
    border-color: var(--_border);
  }
  input[aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  .message {
    color: var(--_danger);
    font-weight: 600;
  }
  .consent {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-3);
    border-radius: var(--_radius);
    background: var(--_surface-muted);
  }
  .consent-text {
    display: grid;
    gap: var(--_space-1);
    padding-inline-start: 1.25em;
    list-style: disc;
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-2);
  }
  .review {
    display: grid;
    gap: var(--_space-1);
  }
  .review .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-2);
    align-items: baseline;
    padding-block: var(--_space-1);
    border-block-end: 1px solid var(--_border);
  }
  dt {
    flex: 0 1 9em;
    min-width: 0;
    color: var(--_muted);
  }
  dd {
    flex: 1 1 12em;
    min-width: 0;
    margin: 0;
    font-weight: 600;
  }
  dd.edit {
    flex: 0 0 auto;
    /* Beside the value when it fits, else at the end of its own line. */
    margin-inline-start: auto;
  }
  .nik {
    font-variant-numeric: tabular-nums;
  }
  button.link {
    min-height: 2.75em;
    padding: 0 var(--_space-1);
    border-color: transparent;
    background: transparent;
    color: var(--_primary);
    text-decoration: underline;
  }
  button.secondary,
  a.button.secondary {
    ${secondaryButton}
  }
  a.button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 2.75em;
    padding: var(--_space-1) var(--_space-3);
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    font-weight: 600;
    text-decoration: none;
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }
  ${actionRow}
  .actions > * {
    ${actionButton}
  }
  .alternatives {
    display: grid;
    gap: var(--_space-1);
  }
  .alternatives button {
    width: 100%;
    justify-content: flex-start;
    text-align: start;
    white-space: normal;
  }
  ${refusalPanel}
  .confirmation {
    display: grid;
    gap: var(--_space-3);
  }
  .code-box {
    display: grid;
    justify-items: center;
    gap: var(--_space-1);
    padding: var(--_space-3);
    border: 2px solid var(--_success);
    border-radius: var(--_radius);
    text-align: center;
  }
  .code-label {
    font-weight: 600;
  }
  .code {
    font-size: var(--_booking-code-size);
    font-weight: 800;
    letter-spacing: 0.05em;
    font-variant-numeric: tabular-nums;
    color: var(--_primary);
    overflow-wrap: anywhere;
  }
  .qr {
    display: grid;
    justify-items: center;
    width: 100%;
  }
  .qr svg {
    width: min(12em, 100%);
    height: auto;
    /* A QR code must stay dark on light to scan, in dark mode too. */
    background: #ffffff;
    color: #000000;
  }
  .requirements {
    display: grid;
    gap: var(--_space-1);
    padding-inline-start: 1.25em;
    list-style: disc;
  }
  .bring,
  .manage {
    display: grid;
    gap: var(--_space-1);
  }
  .warning {
    padding: var(--_space-2);
    border-inline-start: var(--_space-1) solid var(--_warning);
    background: var(--_surface-muted);
  }
  .panel.error,
  .panel.refusal {
    margin: 0;
  }
  @media (forced-colors: active) {
    input[aria-invalid='true'] {
      border-color: Mark;
    }
    .code {
      color: CanvasText;
    }
  }
`;
