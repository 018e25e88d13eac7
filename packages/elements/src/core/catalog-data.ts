import type { Agency, Service, ServiceSummary } from '@mpp-kit/contract';
import { agenciesResource, queuesResource, servicesResource, type ClientCore } from '@mpp-kit/sdk';

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
export async function loadCatalog(core: ClientCore, signal: AbortSignal): Promise<CatalogData> {
  const services = servicesResource(core);
  const servicesOf = async (): Promise<ServiceSummary[]> => {
    const items: ServiceSummary[] = [];
    let cursor: string | null = null;
    do {
      const page = await services.list({ limit: PAGE_LIMIT, ...(cursor ? { cursor } : {}) }, { signal });
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  };
  const [agencies, all] = await Promise.all([agenciesResource(core).list({ signal }), servicesOf()]);
  return { agencies: agencies.items, services: all };
}

/**
 * Reads a service and the names of its counters (from the queue view, which is
 * public). The counter names are a nicety: when the queue view fails, the
 * detail still shows, with the counters' ids.
 */
export async function loadDetail(core: ClientCore, id: string, signal: AbortSignal): Promise<ServiceDetail> {
  const [service, snapshot] = await Promise.all([
    servicesResource(core).get(id, { signal }),
    queuesResource(core)
      .snapshot({ service: id }, { signal })
      .catch(() => null),
  ]);
  const names = new Map(snapshot?.counters.map((counter) => [counter.id, counter.name]));
  return { service, counters: service.counterIds.map((counterId) => names.get(counterId) ?? counterId) };
}
