import type { Agency, Locale, ServiceSummary } from '@mpp-kit/contract';
import { localizedString } from '../core/localized.js';
import { categoryLabel } from './category-label.js';
import type { CatalogStrings } from './i18n/id.js';
import { entryOf, type SearchEntry } from './search.js';

/**
 * How a catalog's services become search entries: a service is found by its
 * names in both languages (a visitor may type either), its keywords, its
 * agency's short and full name, and its category's label in every language given.
 * The texts are gathered on an entry's first search, so an entry costs one
 * small object until then.
 *
 * @example
 * const entryFor = catalogEntryMaker(agenciesById, 'id', [catalogId, { categories: catalogCategoriesEn }]);
 * const entries = data.services.map(entryFor);
 */
export function catalogEntryMaker(
  agencies: ReadonlyMap<string, Agency>,
  locale: Locale,
  tables: readonly Pick<CatalogStrings, 'categories'>[],
): (service: ServiceSummary) => SearchEntry<ServiceSummary> {
  const textsOf = (service: ServiceSummary): string[] => {
    const agency = agencies.get(service.agencyId);
    return [
      service.name.id,
      service.name.en ?? '',
      ...service.keywords,
      agency?.shortName ?? '',
      agency?.name ?? '',
      ...tables.map((strings) => categoryLabel(strings, service.category)),
    ];
  };
  return (service) => entryOf(service, localizedString(service.name, locale), textsOf, service);
}
