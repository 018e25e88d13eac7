import type { Agency, ServiceSummary, TimeZone } from '@mpp-kit/contract';
import { siteResource, type ClientCore } from '@mpp-kit/sdk';
import { loadCatalog } from '../core/catalog-data.js';

/** What `<mpp-survey-results>` shows instead of ids, and the site's time zone that its periods are in. */
export interface ResultNames {
  /** The MPP's name: the scope of results that name no agency or service. */
  readonly siteName: string;
  /** The site's time zone: "this month" is the site's month, not the visitor's. */
  readonly timeZone: TimeZone;
  /** Agencies by id. */
  readonly agencies: ReadonlyMap<string, Agency>;
  /** Services by id. */
  readonly services: ReadonlyMap<string, ServiceSummary>;
}

/**
 * Reads the site and the catalog once for the names the results show (the
 * API's results carry ids only). No abort signal: the read is shared by every
 * load over the same client, and one cancelled load must not cancel it for the next.
 */
export async function namesOf(core: ClientCore): Promise<ResultNames> {
  const signal = new AbortController().signal;
  const [site, catalog] = await Promise.all([siteResource(core).get({ signal }), loadCatalog(core, signal)]);
  return {
    siteName: site.name,
    timeZone: site.timeZone,
    agencies: new Map(catalog.agencies.map((agency) => [agency.id, agency])),
    services: new Map(catalog.services.map((service) => [service.id, service])),
  };
}
