import type { Agency, Locale, ServiceSummary } from '@mpp-kit/contract';
import type { CatalogData } from '../core/catalog-data.js';
import { catalogCategoriesEn } from './i18n/categories-en.js';
import { catalogId } from './i18n/id.js';
import { catalogEntryMaker } from './search-index.js';
import {
  queryTerms,
  refines,
  search,
  warmEntries,
  type QueryTerm,
  type SearchEntry,
  type SearchQuery,
  type SearchResult,
} from './search.js';

/** The services of one agency among the results, best first (catalog order without search text). */
export interface ServiceGroup {
  readonly agencyId: string;
  readonly services: readonly ServiceSummary[];
}

/** What the list shows for a query: the matching services grouped by agency, and the words to highlight. */
export interface CatalogResult {
  /** How many services match in all. */
  readonly total: number;
  /** The groups, the one with the best match first. */
  readonly groups: readonly ServiceGroup[];
  /** The query's words with their synonyms; none without search text. */
  readonly terms: readonly QueryTerm[];
}

/** Agencies by id and the categories in use, for the filters and the group headers. */
export interface CatalogLookups {
  readonly agencies: ReadonlyMap<string, Agency>;
  readonly categories: readonly string[];
}

/** The rendered slice of one result group. */
export interface VisibleGroup {
  readonly agencyId: string;
  /** How many results the group has in all, rendered or not. */
  readonly total: number;
  readonly services: readonly ServiceSummary[];
}

/** The longest an idle slice of indexing may run: a key may arrive meanwhile. */
const SLICE_MS = 5;
/** Entries made between two looks at the clock. */
const CHUNK = 100;

/** The search entries of one catalog in one language, made and folded a slice at a time. */
interface SearchIndex {
  readonly data: CatalogData;
  readonly locale: Locale;
  readonly entries: SearchEntry<ServiceSummary>[];
  readonly entryFor: (service: ServiceSummary) => SearchEntry<ServiceSummary>;
  /** How many entries have their texts folded. */
  folded: number;
}

interface Current {
  readonly data: CatalogData;
  readonly locale: Locale;
  readonly query: SearchQuery;
  readonly result: CatalogResult;
  /** The search behind `result`, to search within when the next query refines it; none for a listing. */
  readonly searched?: { readonly index: SearchIndex; readonly value: SearchResult<ServiceSummary> };
}

const sameQuery = (a: SearchQuery, b: SearchQuery): boolean =>
  a.text === b.text && a.agencyId === b.agencyId && a.category === b.category;

/**
 * One element's search over its catalog, kept between renders. Without search
 * text the list is the catalog itself, grouped (no index needed), so the first
 * render builds none. The search index is made and its texts folded in short
 * idle slices after that render, so the first keystroke finds it ready; a
 * query typed before it is finished completes it at once. A query is searched
 * again only when it or the filters change, and a keystroke that adds letters
 * searches only the previous matches.
 */
export class CatalogResults {
  private index: SearchIndex | undefined;
  private current: Current | undefined;
  private lookups: { data: CatalogData; value: CatalogLookups } | undefined;

  /** The last result returned by {@link resultOf}, if any. */
  get last(): CatalogResult | undefined {
    return this.current?.result;
  }

  /** The results of `query` over `data`, searched anew only when something changed. */
  resultOf(data: CatalogData, locale: Locale, query: SearchQuery): CatalogResult {
    const previous = this.current;
    if (previous && previous.data === data && previous.locale === locale && sameQuery(previous.query, query))
      return previous.result;
    const index = this.indexOf(data, locale);
    const terms = queryTerms(query.text);
    if (terms.length === 0) {
      this.current = { data, locale, query, result: { ...listing(data.services, query), terms } };
    } else {
      completeIndex(index);
      const within =
        previous?.searched?.index === index && refines(previous.query, query)
          ? previous.searched.value.matches
          : index.entries;
      const value = search(within, query);
      const groups = value.groups.map((group) => ({
        agencyId: group.agencyId,
        services: group.entries.map((entry) => entry.item),
      }));
      this.current = { data, locale, query, result: { total: value.total, groups, terms }, searched: { index, value } };
    }
    return this.current.result;
  }

  /** Agencies by id and the categories in use, once per catalog. */
  lookupsOf(data: CatalogData): CatalogLookups {
    if (this.lookups?.data !== data) {
      const value = {
        agencies: new Map(data.agencies.map((agency) => [agency.id, agency])),
        categories: [...new Set(data.services.map((service) => service.category))],
      };
      this.lookups = { data, value };
    }
    return this.lookups.value;
  }

  /** Stops indexing in idle time (the element left the page); the next {@link resultOf} starts anew. */
  stop(): void {
    this.index = undefined;
    this.current = undefined;
  }

  /** The index of a catalog and language, started (and its idle indexing scheduled) on first use. */
  private indexOf(data: CatalogData, locale: Locale): SearchIndex {
    if (this.index?.data === data && this.index.locale === locale) return this.index;
    // The agencies by id are the filters' lookups too: made once per catalog.
    const entryFor = catalogEntryMaker(this.lookupsOf(data).agencies, locale, [
      catalogId,
      { categories: catalogCategoriesEn },
    ]);
    const index: SearchIndex = { data, locale, entries: [], entryFor, folded: 0 };
    this.index = index;
    // Safari has no requestIdleCallback, whatever the DOM typings say.
    const idle = 'requestIdleCallback' in globalThis ? globalThis.requestIdleCallback.bind(globalThis) : undefined;
    const schedule = (): void => {
      if (idle) idle(step, { timeout: 2000 });
      else setTimeout(step, 50);
    };
    const step = (deadline?: IdleDeadline): void => {
      if (this.index !== index) return;
      // A slice stops at SLICE_MS even when the browser offers a 50 ms idle period.
      const until = performance.now() + SLICE_MS;
      const hasTime = (): boolean => performance.now() < until && (deadline?.timeRemaining() ?? 2) > 1;
      const total = data.services.length;
      while (index.folded < total && hasTime()) {
        if (index.folded === index.entries.length) grow(index, CHUNK);
        index.folded = warmEntries(index.entries, index.folded, hasTime);
      }
      if (index.folded < total) schedule();
    };
    schedule();
    return index;
  }
}

/** Makes up to `count` more entries of an index. */
function grow(index: SearchIndex, count: number): void {
  const { services } = index.data;
  const end = Math.min(services.length, index.entries.length + count);
  for (let at = index.entries.length; at < end; at += 1)
    index.entries.push(index.entryFor(services[at] as ServiceSummary));
}

/** Makes the rest of an index's entries now (their texts are folded as they are searched). */
function completeIndex(index: SearchIndex): void {
  grow(index, index.data.services.length);
}

/** The services that pass the filters, in catalog order, grouped by agency in order of first appearance. */
export function listing(
  services: readonly ServiceSummary[],
  query: Omit<SearchQuery, 'text'>,
): Omit<CatalogResult, 'terms'> {
  const groups = new Map<string, ServiceSummary[]>();
  let total = 0;
  // An indexed loop: before the JIT optimises it, `for...of` allocates a result object per service.
  for (let at = 0; at < services.length; at += 1) {
    const service = services[at] as ServiceSummary;
    if (query.agencyId && service.agencyId !== query.agencyId) continue;
    if (query.category && service.category !== query.category) continue;
    const group = groups.get(service.agencyId);
    if (group) group.push(service);
    else groups.set(service.agencyId, [service]);
    total += 1;
  }
  return { total, groups: [...groups].map(([agencyId, list]) => ({ agencyId, services: list })) };
}

/** The first `limit` results, still grouped; each group keeps its full count. */
export function visibleGroups(result: CatalogResult, limit: number): VisibleGroup[] {
  const groups: VisibleGroup[] = [];
  let left = limit;
  for (const group of result.groups) {
    if (left <= 0) break;
    groups.push({ agencyId: group.agencyId, total: group.services.length, services: group.services.slice(0, left) });
    left -= group.services.length;
  }
  return groups;
}

/** The id of the result at `position` in display order, or `''`. */
export function resultIdAt(result: CatalogResult | undefined, position: number): string {
  let left = position;
  for (const group of result?.groups ?? []) {
    if (left < group.services.length) return group.services[left]?.id ?? '';
    left -= group.services.length;
  }
  return '';
}
