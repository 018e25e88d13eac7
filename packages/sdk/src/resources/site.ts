import { getSiteRoute, type Site } from '@mpp-kit/contract';
import type { ClientCore } from '../core.js';
import type { CallOptions } from '../http.js';

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

/**
 * Builds `client.site` (the MPP itself) over a {@link ClientCore}, for a client
 * with only the resources a page uses.
 *
 * @example
 * ```ts
 * const site = siteResource(createCore({ baseUrl }));
 * ```
 */
export function siteResource({ send }: ClientCore): SiteResource {
  return { get: (options) => send(getSiteRoute, { options }) };
}
