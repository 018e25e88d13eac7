import { html, type TemplateResult } from 'lit';
import { bone, boneLines as lines } from '../core/bones.js';

/** What a compact card shows: the whole MPP, one agency's counters and lines, or one service's. */
export type QueueScopeKind = 'site' | 'agency' | 'service';

/**
 * The rows a compact card holds for a typical MPP (the Kota Kediri seed), per
 * scope: its counters, and for each line the number of lines its service's
 * name takes on a phone. The whole MPP: 20 counters and 47 lines; one agency
 * (Dukcapil): 4 counters and 10 lines; one service: the 2 counters that serve
 * it and its line.
 */
const SHAPES: Readonly<Record<QueueScopeKind, { counters: number; names: readonly number[]; scopeLines: number }>> = {
  site: {
    counters: 20,
    names: [
      2, 2, 3, 1, 1, 1, 2, 2, 2, 2, 2, 3, 2, 3, 2, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 1, 1, 2, 2, 2, 2, 2, 2, 2,
      1, 2, 3, 2, 1, 1, 1, 2, 2,
    ],
    scopeLines: 1,
  },
  agency: { counters: 4, names: [2, 2, 3, 1, 1, 1, 2, 2, 2, 2], scopeLines: 2 },
  service: { counters: 2, names: [2], scopeLines: 1 },
};

/** A service's line: its prefix, its name, and the two facts (waiting, estimated wait) that wrap as the text does. */
const lineRow = (nameLines: number): TemplateResult =>
  html`<li class="row line">
    <span class="prefix">${bone()}</span><span class="line-name">${lines(nameLines)}</span>
    <span class="line-facts"
      ><span class="fact"><span class="bone fact-bone">&nbsp;</span></span>
      <span class="fact"><span class="bone fact-bone wide">&nbsp;</span></span></span
    >
  </li>`;

/**
 * The compact card while it loads: its header, its pause button and the rows
 * of a typical MPP for its scope, in the boxes of the loaded card, so the page
 * below does not move when the data arrives; hidden from screen readers,
 * which hear the status line.
 */
export function compactSkeleton(scope: QueueScopeKind): TemplateResult {
  const shape = SHAPES[scope];
  return html`<div class="head" aria-hidden="true">
      <div class="title-block title-bones">
        <div class="title">${bone('long')}</div>
        <p class="scope">${lines(shape.scopeLines)}</p>
      </div>
      <p class="connection"><span class="bone connection-bone">&nbsp;</span></p>
    </div>
    <div class="controls" aria-hidden="true"><span class="bone button-bone">&nbsp;</span></div>
    <div class="sections" aria-hidden="true">
      <div class="section">
        <div>${bone('short')}</div>
        <ul class="rows">
          ${Array.from(
            { length: shape.counters },
            () =>
              html`<li class="row counter">
                <span class="counter-name">${bone()}</span><span class="number">${bone('short')}</span>
              </li>`,
          )}
        </ul>
      </div>
      <div class="section">
        <div>${bone('short')}</div>
        <ul class="rows">
          ${shape.names.map(lineRow)}
        </ul>
      </div>
    </div>`;
}
