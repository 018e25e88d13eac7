import type { Locale } from '@mpp-kit/contract';
import { INTL_LOCALE, localDateNoon, perLocale } from '../core/format.js';

/** The formats the results need beyond the shared {@link Formatter}: fixed decimals and a span of days. */
export interface ResultsFormat {
  /** A number with exactly two decimals, as the regulation writes an IKM or an NRR: `86,11` (id), `86.11` (en). */
  readonly decimal: (value: number) => string;
  /** A span of local dates, each `YYYY-MM-DD`: `1 Januari–2 Maret 2026`, `1 January–2 March 2026`. */
  readonly dateRange: (from: string, to: string) => string;
  /** Names joined as a sentence does: `A, B dan C`, `A, B and C`. */
  readonly list: (names: readonly string[]) => string;
}

/**
 * The results' formats of a language, made on first use and shared after (an
 * `Intl` object is costly to build).
 *
 * @example resultsFormatFor('id').decimal(86.1) // '86,10'
 */
export const resultsFormatFor: (locale: Locale) => ResultsFormat = /* @__PURE__ */ perLocale((locale) => {
  const tag = INTL_LOCALE[locale];
  const decimals = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const dates = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const lists = new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' });
  return {
    decimal: (value) => decimals.format(value),
    dateRange: (from, to) =>
      from === to ? dates.format(localDateNoon(from)) : dates.formatRange(localDateNoon(from), localDateNoon(to)),
    list: (names) => lists.format(names),
  };
});
