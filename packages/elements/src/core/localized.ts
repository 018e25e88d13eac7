import type { Locale, LocalizedText } from '@mpp-kit/contract';
import { html, nothing, type TemplateResult } from 'lit';

/**
 * API text in the element's language: the English text when it speaks English
 * and the regency provided one, otherwise the Indonesian text, marked
 * `lang="id"` when it stands in for English, so a screen reader pronounces it
 * as Indonesian. Always rendered as text, never as HTML, in a `<bdi>`: a
 * direction override in the data (U+202E) ends with it, instead of turning
 * the words and times after it backwards.
 *
 * @example html`<h3>${localized(facility.name, 'en')}</h3>`
 */
export function localized(text: LocalizedText, locale: Locale): TemplateResult {
  return html`<bdi lang=${locale === 'en' && !text.en ? 'id' : nothing}>${localizedString(text, locale)}</bdi>`;
}

/**
 * `text` between the Unicode isolates FSI and PDI (U+2068, U+2069): API text
 * put inside a sentence of our own, where no `<bdi>` can go (a translation's
 * string), keeps its direction to itself. A direction override in the data
 * (U+202E) ends at the PDI instead of turning the rest of the sentence
 * backwards, and a right-to-left name takes its own direction.
 *
 * @example t.breakUntil(isolated(localizedString(pause.label, locale)), time)
 */
export function isolated(text: string): string {
  return `\u2068${text}\u2069`;
}

/** The plain string of API text in a language (English falls back to Indonesian). */
export function localizedString(text: LocalizedText, locale: Locale): string {
  return (locale === 'en' ? text.en : undefined) ?? text.id;
}
