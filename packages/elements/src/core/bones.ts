import { html, nothing, type TemplateResult } from 'lit';

/** One bone of a loading skeleton: a line of text's box without the text (`size`: `short`, `long` or the default). */
export const bone = (size = ''): TemplateResult => html`<span class="bone ${size}">&nbsp;</span>`;

/** `count` lines of bones, the last one shorter, as a wrapped text of that many lines looks. */
export const boneLines = (count: number): TemplateResult[] =>
  Array.from(
    { length: count },
    (_, index) => html`${index > 0 ? html`<br />` : nothing}${bone(index === count - 1 && count > 1 ? '' : 'long')}`,
  );
