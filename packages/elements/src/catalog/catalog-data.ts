import type { Agency, Locale, Service, ServiceSummary } from '@mpp-kit/contract';
import type { MppClient } from '@mpp-kit/sdk';
import { localizedString } from '../core/localized.js';
import type { CatalogStrings } from './i18n/id.js';
import { entryOf, type SearchEntry } from './search.js';

/** The whole catalog: agencies and every service, in the server's order. */
export interface CatalogData {
  readonly agencies: readonly Agency[];
  readonly services: readonly ServiceSummary[];
}

/** A service's detail with the names of the counters that serve it. */
export interface ServiceDetail {
  readonly service: Service;
  /** Counter names in the service's order; a counter the queue view does not name keeps its id. */
  readonly counters: readonly string[];
}

/** The page size when reading the catalog: the API's maximum, so 2,000 services take 20 requests. */
export const PAGE_LIMIT = 100;

/**
 * Reads the agencies and every page of services (`nextCursor` until `null`).
 * The catalog is small enough to search in the page, which makes search as
 * you type instant and work offline once loaded.
 */
export async function loadCatalog(client: MppClient, signal: AbortSignal): Promise<CatalogData> {
  const servicesOf = async (): Promise<ServiceSummary[]> => {
    const services: ServiceSummary[] = [];
    let cursor: string | null = null;
    do {
      const page = await client.services.list({ limit: PAGE_LIMIT, ...(cursor ? { cursor } : {}) }, { signal });
      services.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return services;
  };
  const [agencies, services] = await Promise.all([client.agencies.list({ signal }), servicesOf()]);
  return { agencies: agencies.items, services };
}

/**
 * Reads a service and the names of its counters (from the queue view, which is
 * public). The counter names are a nicety: when the queue view fails, the
 * detail still shows, with the counters' ids.
 */
export async function loadDetail(client: MppClient, id: string, signal: AbortSignal): Promise<ServiceDetail> {
  const [service, snapshot] = await Promise.all([
    client.services.get(id, { signal }),
    client.queues.snapshot({ service: id }, { signal }).catch(() => null),
  ]);
  const names = new Map(snapshot?.counters.map((counter) => [counter.id, counter.name]));
  return { service, counters: service.counterIds.map((counterId) => names.get(counterId) ?? counterId) };
}

/** The label of a category slug in a language; an unknown slug is shown as it is. */
export function categoryLabel(strings: CatalogStrings, slug: string): string {
  return Object.hasOwn(strings.categories, slug) ? (strings.categories[slug] ?? slug) : slug;
}

/**
 * The search entries of a catalog: a service is found by its names in both
 * languages (a visitor may type either), its keywords, its agency's short and
 * full name, and its category's label in both languages.
 */
export function searchEntries(
  data: CatalogData,
  locale: Locale,
  tables: readonly CatalogStrings[],
): SearchEntry<ServiceSummary>[] {
  const agencies = new Map(data.agencies.map((agency) => [agency.id, agency]));
  return data.services.map((service) => {
    const agency = agencies.get(service.agencyId);
    const texts = [
      service.name.id,
      service.name.en ?? '',
      ...service.keywords,
      agency?.shortName ?? '',
      agency?.name ?? '',
      ...tables.map((strings) => categoryLabel(strings, service.category)),
    ];
    return entryOf(service, localizedString(service.name, locale), texts, service);
  });
}
