import type { Locale } from '@mpp-kit/contract';

/**
 * A language's string table that is not in the bundle: a function that
 * `import()`s it, called the first time an element needs that language. The
 * table is loaded once per page and shared by every element that uses it; a
 * failed load is forgotten, so the next attempt imports again.
 *
 * @example
 * const en = new LazyTable(() => import('./i18n/en.js').then((module) => module.siteInfoEn));
 */
export class LazyTable<S> {
  readonly #load: () => Promise<S>;
  #loading: Promise<S> | undefined;
  #value: S | undefined;

  /** @param load imports the table, e.g. `() => import('./i18n/en.js').then((module) => module.siteInfoEn)` */
  constructor(load: () => Promise<S>) {
    this.#load = load;
  }

  /** The table once it is loaded, `undefined` before. */
  get value(): S | undefined {
    return this.#value;
  }

  /** Loads the table, or joins the load under way; resolves at once when it is loaded. */
  load(): Promise<S> {
    this.#loading ??= this.#load().then(
      (table) => (this.#value = table),
      (error: unknown) => {
        this.#loading = undefined;
        throw error;
      },
    );
    return this.#loading;
  }
}

/**
 * One string table per language an element speaks. Each element module
 * defines its Indonesian table first and types the English one by it, so a
 * missing key is a compile error. Bahasa Indonesia, the language every element
 * falls back to, is always in the bundle; English is a {@link LazyTable}, so a
 * page pays for it only when an element speaks it.
 *
 * @example
 * const strings: Translations<SiteInfoStrings> = {
 *   id: siteInfoId,
 *   en: new LazyTable(() => import('./i18n/en.js').then((module) => module.siteInfoEn)),
 * };
 */
export type Translations<S> = {
  /** Bahasa Indonesia, in the bundle: the language every element falls back to. */
  readonly id: S;
} & { readonly [L in Exclude<Locale, 'id'>]: S | LazyTable<S> };

/**
 * A host's replacements for some of an element's strings, per language; each
 * language's entries are merged over the built-in table.
 *
 * @example
 * siteInfo.strings = { id: { retry: 'Muat ulang' }, en: { retry: 'Reload' } };
 */
export type StringOverrides<S> = { readonly [L in Locale]?: Partial<S> };

/** A language's table of `translations` if it is at hand (in the bundle or loaded), else `undefined`. */
function tableIn<S>(translations: Translations<S>, locale: Locale): S | undefined {
  const table = translations[locale];
  return table instanceof LazyTable ? table.value : table;
}

/**
 * Loads every table of `locale` that is not at hand yet (see {@link LazyTable});
 * resolves when {@link stringsFor} can give that language, rejects when a load fails.
 */
export async function loadTables(tables: readonly Translations<object>[], locale: Locale): Promise<void> {
  const lazy = tables.map((translations) => translations[locale]).filter((table) => table instanceof LazyTable);
  await Promise.all(lazy.map((table) => table.load()));
}

/**
 * The strings for `locale`: the built-in tables, later ones winning, then the
 * host's overrides for that language. Only keys the tables know are taken from
 * the overrides, so a plain-JavaScript host cannot smuggle in other keys.
 * `undefined` while a table of that language is still to be loaded
 * ({@link loadTables}): never another language's text in its place.
 */
export function stringsFor<S extends object>(
  tables: readonly Translations<Partial<S>>[],
  locale: Locale,
  overrides?: StringOverrides<S>,
): S | undefined {
  const merged: Record<string, unknown> = {};
  for (const translations of tables) {
    const table = tableIn(translations, locale);
    if (!table) return undefined;
    Object.assign(merged, table);
  }
  const own = overrides?.[locale];
  if (own) {
    for (const [key, value] of Object.entries(own)) {
      if (key in merged && typeof value === typeof merged[key]) merged[key] = value;
    }
  }
  return merged as S;
}
