import { listAgenciesRoute, type Agency, type Page } from '@mpp-kit/contract';
import type { ClientCore } from '../core.js';
import type { CallOptions } from '../http.js';

/** Tenant agencies (instansi): `client.agencies`. */
export interface AgenciesResource {
  /**
   * The agencies serving at the MPP, with their service counts.
   *
   * @example
   * ```ts
   * const { items } = await client.agencies.list();
   * ```
   */
  list(options?: CallOptions): Promise<Page<Agency>>;
}

/**
 * Builds `client.agencies` (the tenant agencies) over a {@link ClientCore}, for a client
 * with only the resources a page uses.
 *
 * @example
 * ```ts
 * const agencies = agenciesResource(createCore({ baseUrl }));
 * ```
 */
export function agenciesResource({ send }: ClientCore): AgenciesResource {
  return { list: (options) => send(listAgenciesRoute, { options }) };
}
