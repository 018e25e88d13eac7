import type { Completion, Cost, Locale } from '@mpp-kit/contract';
import { localizedString } from '../core/localized.js';
import type { CatalogStrings } from './i18n/id.js';
import type { WholeNumberFormat } from '../core/whole-numbers.js';

/** What the fact texts need: the strings, the number format and the language. */
export interface FactsContext {
  readonly t: CatalogStrings;
  readonly numbers: WholeNumberFormat;
  readonly locale: Locale;
}

/**
 * A service's cost in words: `Gratis`, `Rp 50.000`, `Rp 10.000 – Rp 50.000`,
 * or the note of a variable cost. `short` (a list row) leaves the note out: `''`.
 */
export function costText(cost: Cost, { t, numbers, locale }: FactsContext, short: boolean): string {
  switch (cost.kind) {
    case 'free':
      return t.free;
    case 'fixed':
      return numbers.money(cost.amount);
    case 'range':
      return t.costRange(numbers.money(cost.min), numbers.money(cost.max));
    default:
      return short ? '' : localizedString(cost.note, locale);
  }
}

/**
 * How long a service takes in words: `Selesai di hari yang sama`, `1 jam 30 menit`,
 * `4 hari kerja`, or the note of a variable time. `short` (a list row) leaves the note out: `''`.
 */
export function completionText(completion: Completion, { t, numbers, locale }: FactsContext, short: boolean): string {
  switch (completion.kind) {
    case 'same-day':
      return t.sameDay;
    case 'minutes':
      return numbers.duration(completion.value * 60);
    case 'hours':
      return numbers.duration(completion.value * 3600);
    case 'working-days':
      return t.workingDays(numbers.number(completion.value));
    default:
      return short ? '' : localizedString(completion.note, locale);
  }
}
