import { routes, type Agency, type Page } from '@mpp-kit/contract';
import type { CallOptions, Send } from '../http.js';

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

/** @internal */
export function agenciesResource(send: Send): AgenciesResource {
  return { list: (options) => send(routes.listAgencies, { options }) };
}
