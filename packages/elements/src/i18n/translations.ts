import type { Locale } from '@mpp-kit/contract';

/**
 * One string table per language an element speaks. Each element module
 * defines its Indonesian table first and types the English one by it, so a
 * missing key is a compile error.
 *
 * @example
 * const strings: Translations<{ title: string }> = { id: { title: 'Jam layanan' }, en: { title: 'Opening hours' } };
 */
export type Translations<S> = { readonly [L in Locale]: S };

/**
 * A host's replacements for some of an element's strings, per language; each
 * language's entries are merged over the built-in table.
 *
 * @example
 * siteInfo.strings = { id: { retry: 'Muat ulang' }, en: { retry: 'Reload' } };
 */
export type StringOverrides<S> = { readonly [L in Locale]?: Partial<S> };

/**
 * The strings for `locale`: the built-in tables, later ones winning, then the
 * host's overrides for that language. Only keys the tables know are taken from
 * the overrides, so a plain-JavaScript host cannot smuggle in other keys.
 */
export function stringsFor<S extends object>(
  tables: readonly Translations<Partial<S>>[],
  locale: Locale,
  overrides?: StringOverrides<S>,
): S {
  const merged: Record<string, unknown> = {};
  for (const table of tables) Object.assign(merged, table[locale]);
  const own = overrides?.[locale];
  if (own) {
    for (const [key, value] of Object.entries(own)) {
      if (key in merged && typeof value === typeof merged[key]) merged[key] = value;
    }
  }
  return merged as S;
}
