import type { Locale, LocalizedText } from '@mpp-kit/contract';
import { html, type TemplateResult } from 'lit';

/**
 * API text in the element's language: the English text when it speaks English
 * and the regency provided one, otherwise the Indonesian text, marked
 * `lang="id"` when it stands in for English, so a screen reader pronounces it
 * as Indonesian. Always rendered as text, never as HTML.
 *
 * @example html`<h3>${localized(facility.name, 'en')}</h3>`
 */
export function localized(text: LocalizedText, locale: Locale): string | TemplateResult {
  if (locale === 'id') return text.id;
  return text.en ?? html`<span lang="id">${text.id}</span>`;
}

/** The plain string of API text in a language (English falls back to Indonesian). */
export function localizedString(text: LocalizedText, locale: Locale): string {
  return (locale === 'en' ? text.en : undefined) ?? text.id;
}
