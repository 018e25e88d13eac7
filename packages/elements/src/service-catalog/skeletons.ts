import { html, type TemplateResult } from 'lit';

const bone = (size = ''): TemplateResult => html`<span class="bone ${size}">&nbsp;</span>`;

/** The catalog while it loads: controls and rows without content; hidden from screen readers, which hear the status line. */
export function catalogSkeleton(): TemplateResult {
  return html`<div aria-hidden="true">
    <div class="controls">
      <div class="field search">
        <span class="bone short">&nbsp;</span><span class="bone long input-bone">&nbsp;</span>
      </div>
    </div>
    <p class="count">${bone('short')}</p>
    <div class="listbox">${[1, 2, 3, 4, 5, 6].map(() => html`<div class="option">${bone('long')}${bone()}</div>`)}</div>
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
