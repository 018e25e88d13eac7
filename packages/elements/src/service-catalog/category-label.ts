import type { CatalogStrings } from './i18n/id.js';

/** The label of a category slug in a language; an unknown slug is shown as it is. */
export function categoryLabel(strings: Pick<CatalogStrings, 'categories'>, slug: string): string {
  return Object.hasOwn(strings.categories, slug) ? (strings.categories[slug] ?? slug) : slug;
}
