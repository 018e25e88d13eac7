import type { LocalDate, Locale } from '@mpp-kit/contract';
import { INTL_LOCALE, localDateNoon, perLocale } from '../core/format.js';

/**
 * Names of days and months for the statistics, which `Formatter` does not
 * have (its dates carry a weekday, or drop the year): `2 Maret 2026`,
 * `Maret 2026`, `Mar 2026`. Through `Intl`, with the same locales as
 * `core/format.ts` (British English: day before month).
 */
export interface CalendarNames {
  /** A day with its month and year: `2 Maret 2026`, `2 March 2026`. */
  day(date: LocalDate): string;
  /** The month holding `date`, with its year: `Maret 2026`, `March 2026`. */
  month(date: LocalDate): string;
  /** The same, short, for a chart's axis: `Mar 2026`. */
  shortMonth(date: LocalDate): string;
}

/** The (shared, cached) calendar names of a language; each `Intl` format is made when first used. */
export const calendarNamesFor: (locale: Locale) => CalendarNames = /* @__PURE__ */ perLocale((locale) => {
  const tag = INTL_LOCALE[locale];
  const made = new Map<string, Intl.DateTimeFormat>();
  const format = (key: string, options: Intl.DateTimeFormatOptions) => (date: LocalDate) => {
    let formatter = made.get(key);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' });
      made.set(key, formatter);
    }
    return formatter.format(localDateNoon(date));
  };
  return {
    day: format('day', { day: 'numeric', month: 'long', year: 'numeric' }),
    month: format('month', { month: 'long', year: 'numeric' }),
    shortMonth: format('short', { month: 'short', year: 'numeric' }),
  };
});
