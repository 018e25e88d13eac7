import {
  getServiceRoute,
  listServicesRoute,
  type ListServicesQueryInput,
  type Page,
  type Service,
  type ServiceSummary,
} from '@mpp-kit/contract';
import type { ClientCore } from '../core.js';
import type { CallOptions } from '../http.js';

/** The service catalog: `client.services`. */
export interface ServicesResource {
  /**
   * A page of the catalog, filtered by agency, free text (`q`) and category.
   * Pass `nextCursor` back as `cursor` for the next page; `limit` is 1 to 100 (default 20).
   *
   * @throws {@link MppValidationError} when the query is invalid (e.g. `limit: 500`), before any request
   * @example
   * ```ts
   * const page = await client.services.list({ agency: 'dukcapil', q: 'ktp', limit: 10 });
   * const next = page.nextCursor && (await client.services.list({ cursor: page.nextCursor }));
   * ```
   */
  list(query?: ListServicesQueryInput, options?: CallOptions): Promise<Page<ServiceSummary>>;
  /**
   * One service with its requirements (persyaratan), cost, completion time, legal basis and channels.
   *
   * @example
   * ```ts
   * const service = await client.services.get('ktp-el');
   * ```
   */
  get(id: string, options?: CallOptions): Promise<Service>;
}

/**
 * Builds `client.services` (the service catalog) over a {@link ClientCore}, for a client
 * with only the resources a page uses.
 *
 * @example
 * ```ts
 * const services = servicesResource(createCore({ baseUrl }));
 * ```
 */
export function servicesResource({ send }: ClientCore): ServicesResource {
  return {
    list: (query, options) => send(listServicesRoute, { query: query ?? {}, options }),
    get: (id, options) => send(getServiceRoute, { params: { id }, options }),
  };
}
