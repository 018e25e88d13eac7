import { routes, type Site } from '@mpp-kit/contract';
import type { CallOptions, Send } from '../http.js';

/** The MPP itself: `client.site`. */
export interface SiteResource {
  /**
   * The MPP: name, regency, time zone, address, opening hours, facilities and holidays.
   *
   * @example
   * ```ts
   * const site = await client.site.get();
   * console.log(site.name, site.timeZone);
   * ```
   */
  get(options?: CallOptions): Promise<Site>;
}

/** @internal */
export function siteResource(send: Send): SiteResource {
  return { get: (options) => send(routes.getSite, { options }) };
}
