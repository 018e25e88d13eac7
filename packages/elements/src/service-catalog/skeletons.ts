import { html, type TemplateResult } from 'lit';
import { bone, boneLines as lines } from '../core/bones.js';

/** A result row: its name on `nameLines` lines, then its cost and completion time. */
const option = (nameLines: number): TemplateResult =>
  html`<div class="option">
    <span class="option-name">${lines(nameLines)}</span><span class="option-facts">${bone('short')}</span>
  </div>`;

/**
 * The first page of results as a typical MPP's catalog shows it on a phone:
 * sixteen rows (`FIRST_ROWS`) in three agencies, some names on two lines.
 */
const GROUPS = [[1, 2, 2, 1, 1, 1, 2, 2, 1, 1], [2, 2, 1, 2, 2], [2]];

/**
 * The catalog while it loads: the controls, the count, the first page of rows
 * in their groups and the "show more" button, in the same boxes as the loaded
 * list, so the page below does not move when the data arrives; hidden from
 * screen readers, which hear the status line.
 */
export function catalogSkeleton(): TemplateResult {
  return html`<div aria-hidden="true" class="catalog-skeleton">
    <div class="controls">
      <div class="field search">
        ${bone('short')}<span class="bone long input-bone">&nbsp;</span>
        <p class="hint">${bone('long')}</p>
      </div>
      <div class="field">${bone('short')}<span class="bone long input-bone">&nbsp;</span></div>
      <div class="field">${bone('short')}<span class="bone long input-bone">&nbsp;</span></div>
    </div>
    <p class="count">${bone('short')}</p>
    <div class="layout">
      <div class="results">
        <div class="listbox">
          ${GROUPS.map(
            (names) =>
              html`<div class="group">
                <div class="group-header"><span class="group-name">${bone('short')}</span></div>
                ${names.map((nameLines) => option(nameLines))}
              </div>`,
          )}
        </div>
        <span class="bone short input-bone more">&nbsp;</span>
        <div class="sentinel-space"></div>
      </div>
    </div>
  </div>`;
}

/** A service's detail while it loads. */
export function detailSkeleton(): TemplateResult {
  return html`<div aria-hidden="true" class="detail-skeleton">
    <p class="detail-title">${bone('long')}</p>
    <p>${bone()}</p>
    <p>${bone('short')}</p>
    <p>${bone('long')}</p>
  </div>`;
}
