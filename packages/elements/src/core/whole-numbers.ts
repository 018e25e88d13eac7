import type { Locale } from '@mpp-kit/contract';
import { formatterFor, joinDuration, perLocale, type Formatter } from './format.js';

/**
 * Counts, whole rupiah and durations for an element's first screen (the
 * catalog's list). The contract makes every one of them a whole, non-negative
 * number, which this writes by hand exactly as `Intl` would (see
 * {@link formatterFor}); anything else goes to `Intl`.
 *
 * Why not `Intl` throughout: in a fresh renderer the first `Intl.NumberFormat`
 * of a page builds the engine's table of available locales, one uninterruptible
 * task of 15 to 50 ms, more than the whole first render of the catalog's list.
 * The list, its count and search as you type then never pay for it.
 */
export type WholeNumberFormat = Pick<Formatter, 'locale' | 'number' | 'money' | 'duration'>;

/** How each language writes the thousands separator and the units, as CLDR does. */
const WRITING: Readonly<
  Record<
    Locale,
    { readonly group: string; readonly hour: (count: number) => string; readonly minute: (count: number) => string }
  >
> = {
  id: { group: '.', hour: () => 'jam', minute: () => 'menit' },
  en: {
    group: ',',
    hour: (count) => (count === 1 ? 'hour' : 'hours'),
    minute: (count) => (count === 1 ? 'minute' : 'minutes'),
  },
};

const isWhole = (value: number): boolean => Number.isSafeInteger(value) && value >= 0;

/**
 * A whole non-negative number with its thousands grouped, e.g. `1.250` (id),
 * `1,250` (en).
 *
 * @example groupDigits(1234567, '.') // '1.234.567'
 */
export function groupDigits(value: number, separator: string): string {
  const digits = String(value);
  let text = digits.slice(0, digits.length % 3 || 3);
  for (let at = text.length; at < digits.length; at += 3) text += separator + digits.slice(at, at + 3);
  return text;
}

function createFormat(locale: Locale): WholeNumberFormat {
  const { group, hour, minute } = WRITING[locale];
  const intl = (): Formatter => formatterFor(locale);
  const number = (value: number): string => (isWhole(value) ? groupDigits(value, group) : intl().number(value));
  return {
    locale,
    number,
    // A no-break space keeps the symbol with its amount, as Intl writes it.
    money: (rupiah) => (isWhole(rupiah) ? `Rp\u00a0${groupDigits(rupiah, group)}` : intl().money(rupiah)),
    duration: (seconds) =>
      Number.isFinite(seconds)
        ? joinDuration(
            seconds,
            (h) => `${number(h)} ${hour(h)}`,
            (m) => `${number(m)} ${minute(m)}`,
          )
        : intl().duration(seconds),
  };
}

/**
 * The (shared) whole-number format of a language.
 *
 * @example
 * wholeNumberFormat('id').money(50_000)   // 'Rp 50.000' (with a no-break space)
 * wholeNumberFormat('en').duration(5_400) // '1 hour 30 minutes'
 */
export const wholeNumberFormat: (locale: Locale) => WholeNumberFormat = /* @__PURE__ */ perLocale(createFormat);
