import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/**
 * An inline 24×24 stroke icon. Icons are decoration next to a text label, so
 * they are hidden from assistive technology (`aria-hidden`) and never focusable.
 */
export function icon(paths: SVGTemplateResult): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${paths}</svg>`;
}

/** A circled exclamation mark: errors. */
export const alertIcon = svg`<circle cx="12" cy="12" r="9" /><path d="M12 7.5v5.5M12 16.5v.01" />`;

/** A clock: times, stale data. */
export const clockIcon = svg`<circle cx="12" cy="12" r="9" /><path d="M12 7v5l3 2" />`;

/** A circular arrow: retry. */
export const retryIcon = svg`<path d="M20 12a8 8 0 1 1-2.34-5.66M20 4v5h-5" />`;
