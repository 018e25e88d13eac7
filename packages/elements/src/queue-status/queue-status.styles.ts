import { css } from 'lit';
import { cardBox } from '../styles/panels.js';

/**
 * Layout of the queue card and board; colours and lengths come from the token
 * locals only. The board sizes everything from its own box (container query
 * units), so a 1080p TV, a 4K one and a preview in a portal all fit 20
 * counters without scrolling.
 */
export const queueStatusStyles = css`
  /*
   * The space a page reserves before the element is defined (README, "Before the module loads"), kept once
   * defined: the card of one service is shorter than an agency's or the MPP's; the board is a screen high.
   */
  :host {
    min-block-size: 24rem;
  }
  :host([service]) {
    min-block-size: 16rem;
  }
  :host([mode='board']) {
    min-block-size: auto;
  }
  .card {
    ${cardBox}
    gap: var(--_space-3);
    container-type: inline-size;
  }
  .head,
  .board-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2) var(--_space-3);
  }
  .title-block {
    display: grid;
    min-width: 0;
  }
  .title {
    font-size: 1.25em;
    line-height: 1.3;
  }
  .scope {
    color: var(--_muted);
  }
  .connection {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    font-weight: 600;
  }
  .dot {
    flex: none;
    width: 0.75em;
    height: 0.75em;
    border: 2px solid currentColor;
    border-radius: 50%;
  }
  .connection[data-state='live'] .dot {
    border-color: var(--_success);
    background: var(--_success);
  }
  .connection[data-state='reconnecting'] .dot,
  .connection[data-state='polling'] .dot {
    border-color: var(--_warning);
  }
  .connection[data-state='offline'] .dot {
    border-color: var(--_danger);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  button.toggle {
    background: var(--_surface);
    color: var(--_primary);
  }
  button.toggle[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .notice {
    margin: 0;
  }
  .opening,
  .sound-note {
    padding: var(--_space-2) var(--_space-3);
    border-inline-start: var(--_space-1) solid var(--_warning);
    border-radius: var(--_radius);
    background: var(--_surface-muted);
    font-weight: 600;
  }
  .sound-note {
    font-weight: 400;
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
  .rows {
    display: grid;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space-2);
    padding: var(--_space-1) 0;
    border-block-end: 1px solid var(--_border);
  }
  .row .counter-name,
  .row .line-name {
    flex: 1 1 8em;
    min-width: 0;
    font-weight: 600;
  }
  .counter-state {
    color: var(--_muted);
  }
  [data-state='open'] > .counter-state {
    color: var(--_success);
  }
  [data-state='paused'] > .counter-state {
    color: var(--_warning);
  }
  [data-state='closed'] > .counter-state {
    color: var(--_danger);
  }
  .row .number {
    min-width: 4.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .prefix {
    flex: none;
    min-width: 2em;
    padding: 0 var(--_space-1);
    border-radius: var(--_radius);
    background: var(--_surface-muted);
    font-weight: 700;
    text-align: center;
  }
  .row .line-facts {
    flex: 1 1 100%;
    color: var(--_muted);
  }
  .fact {
    display: inline-block;
    max-width: 100%;
  }
  /* The skeleton's stand-ins: the title and scope as wide as an MPP's name, the pause button, and the two facts at the width of their usual text. */
  .title-bones {
    flex: 0 1 17em;
  }
  .connection-bone {
    width: 6em;
  }
  .button-bone {
    width: 10em;
    min-height: 2.75em;
  }
  .fact-bone {
    width: 9em;
  }
  .fact-bone.wide {
    width: 13em;
  }

  /* ---- board ---- */
  :host([mode='board']) {
    --_board-font-size: var(--mpp-board-font-size, 2.2cqh);
    height: 100vh;
    container-type: size;
  }
  :host([mode='board']) .root {
    height: 100%;
    font-size: var(--_board-font-size);
  }
  .board {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    height: 100%;
    padding: 0.75em 1em;
    overflow: hidden;
    background: var(--_surface-muted);
  }
  .board-head {
    flex: none;
    flex-wrap: nowrap;
  }
  .board-head .title-block {
    flex: 1 1 auto;
  }
  .board-head .title {
    font-size: 1.5em;
    line-height: 1.2;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .board .clock {
    font-size: 1.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .board .controls button {
    min-height: 2em;
    font-size: 0.8em;
  }
  .board-notes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    flex: none;
  }
  .board-notes > * {
    flex: 1 1 20em;
  }
  .board-notes:empty {
    display: none;
  }
  .board-body {
    display: grid;
    grid-template-columns: minmax(0, 7fr) minmax(0, 3fr);
    gap: 0.75em;
    flex: 1 1 auto;
    min-height: 0;
  }
  .board-counters {
    display: grid;
    min-height: 0;
  }
  .tiles {
    display: grid;
    grid-template-columns: repeat(var(--_columns, 5), minmax(0, 1fr));
    grid-auto-rows: minmax(0, 1fr);
    gap: 0.5em;
    min-height: 0;
  }
  .tiles[data-columns='1'] {
    --_columns: 1;
  }
  .tiles[data-columns='2'] {
    --_columns: 2;
  }
  .tiles[data-columns='3'] {
    --_columns: 3;
  }
  .tiles[data-columns='4'] {
    --_columns: 4;
  }
  .tiles[data-columns='5'] {
    --_columns: 5;
  }
  .tiles[data-columns='6'] {
    --_columns: 6;
  }
  .tiles[data-columns='7'] {
    --_columns: 7;
  }
  .tiles[data-columns='8'] {
    --_columns: 8;
  }
  .tile {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    min-width: 0;
    min-height: 0;
    overflow: hidden;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    container-type: size;
    line-height: 1.15;
    text-align: center;
  }
  .tile .counter-name {
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-size: min(1.3em, 11cqw, 17cqh);
    font-weight: 700;
  }
  .tile .number {
    font-size: min(3.4em, 21cqw, 44cqh);
    font-weight: 800;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .tile .counter-state {
    font-size: min(1em, 8cqw, 13cqh);
    font-weight: 600;
  }
  .tile[data-state='paused'],
  .tile[data-state='closed'] {
    border-style: dashed;
  }
  .tile[data-called] {
    border-color: var(--_primary);
    border-width: 0.2em;
  }
  .board-side {
    display: grid;
    grid-template-rows: auto minmax(0, 1fr);
    gap: 0.75em;
    min-height: 0;
  }
  .calls,
  .waiting {
    display: grid;
    align-content: start;
    gap: 0.4em;
    min-height: 0;
    overflow: hidden;
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface);
    container-type: inline-size;
  }
  .call-list,
  .board-lines {
    display: grid;
    gap: 0.3em;
  }
  .call {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.4em;
    font-size: 1.1em;
    font-weight: 700;
    line-height: 1.2;
  }
  .call-number {
    font-variant-numeric: tabular-nums;
  }
  .call.latest {
    padding: 0.3em 0.5em;
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font-size: min(2em, 9cqw);
  }
  .call.latest .call-number {
    flex-basis: 100%;
    font-size: 1.5em;
  }
  .recall {
    flex-basis: 100%;
    font-size: 0.6em;
    font-weight: 600;
  }
  @media (prefers-reduced-motion: no-preference) {
    .call.latest {
      animation: mpp-called 1s ease-out 3;
    }
  }
  @keyframes mpp-called {
    50% {
      filter: brightness(1.35);
    }
  }
  .board-line {
    display: grid;
    grid-template-columns: 2.4em minmax(0, 1fr);
    gap: 0 0.4em;
    font-size: 0.8em;
    line-height: 1.25;
  }
  .board-line .prefix {
    min-width: 0;
  }
  .board-line .line-name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-weight: 600;
  }
  .board-line .line-facts {
    grid-column: 2;
    color: var(--_muted);
  }
  .more {
    font-size: 0.8em;
  }
  @media (forced-colors: active) {
    .call.latest,
    button.toggle[aria-pressed='true'] {
      border: 2px solid CanvasText;
    }
    .dot {
      forced-color-adjust: none;
    }
  }
`;
