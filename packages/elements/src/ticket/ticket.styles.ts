import { css } from 'lit';
import {
  actionButton,
  actionRow,
  cardBox,
  confirmBox,
  dangerButton,
  factTiles,
  refusalPanel,
  secondaryButton,
} from '../styles/panels.js';

/** Layout of the ticket card; colours and lengths come from the token locals only. */
export const ticketStyles = css`
  /*
   * The space a page reserves before the element is defined (README, "Before the module loads"), kept once
   * defined: the take card of a service is taller than the line asking to choose one.
   */
  :host {
    --_ticket-number-size: var(--mpp-ticket-number-size, 3em);
    min-block-size: 3.5rem;
  }
  :host([service]) {
    min-block-size: 8.5rem;
  }
  .card {
    ${cardBox}
    gap: var(--_space-2);
    /* The number's size follows the card's width (cqi) on a narrow phone with large text. */
    container-type: inline-size;
  }
  /* A skeleton line that only a phone-wide card wraps its heading onto (a service's name is long). */
  @container (min-width: 26em) {
    .narrow-only {
      display: none;
    }
  }
  .title {
    display: grid;
    gap: var(--_space-1);
    font-size: 1.125em;
    line-height: 1.3;
  }
  .title:focus {
    outline: none;
  }
  .title:focus-visible {
    outline: var(--_focus-width) solid var(--_focus-color);
  }
  .label {
    font-weight: 600;
  }
  .number {
    font-size: var(--_ticket-number-size);
    /* Never broken across lines ("H-" / "001"): at most a fifth of the card's width per character. */
    font-size: min(var(--_ticket-number-size), 20cqi);
    white-space: nowrap;
    font-weight: 800;
    line-height: 1.1;
    letter-spacing: 0.02em;
    font-variant-numeric: tabular-nums;
    color: var(--_primary);
  }
  .service {
    font-weight: 600;
  }
  .line {
    color: var(--_muted);
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9em), 1fr));
    gap: var(--_space-2);
  }
  ${factTiles}
  .call {
    display: grid;
    gap: var(--_space-1);
    padding: var(--_space-3);
    border: 3px solid var(--_success);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .call .go {
    font-size: 1.5em;
    font-weight: 800;
    line-height: 1.25;
    color: var(--_success);
  }
  .serving,
  .outcome {
    padding: var(--_space-2) var(--_space-3);
    border-inline-start: var(--_space-1) solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface-muted);
  }
  .outcome:focus {
    outline: none;
  }
  .outcome:focus-visible {
    outline: var(--_focus-width) solid var(--_focus-color);
  }
  .survey {
    display: grid;
    gap: var(--_space-1);
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .survey-code {
    font-size: 1.25em;
    letter-spacing: 0.06em;
    font-variant-numeric: tabular-nums;
  }
  ${refusalPanel}
  ${actionRow}
  .actions > button {
    ${actionButton}
  }
  .notify {
    display: grid;
    gap: var(--_space-1);
  }
  .notify > button {
    justify-self: start;
    max-width: 100%;
    white-space: normal;
  }
  ${confirmBox}
  button.secondary {
    ${secondaryButton}
  }
  ${dangerButton}
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }
  .panel.error,
  .panel.refusal,
  .notice {
    margin: 0;
  }
  @media (prefers-reduced-motion: no-preference) {
    .call {
      animation: mpp-ticket-call 0.6s ease-out 3;
    }
  }
  @keyframes mpp-ticket-call {
    50% {
      transform: scale(1.02);
    }
  }
  @media (forced-colors: active) {
    .call {
      border-color: Highlight;
    }
    .number,
    .call .go {
      color: CanvasText;
    }
  }
`;
