import { routes } from '@mpp-kit/contract';
import { agencyPage, servicePage, serviceView } from '../catalog/catalog.js';
import type { Engine } from '../engine.js';
import { ApiError } from '../http/api-error.js';
import { ok, type Mount } from '../http/router.js';

/** The site, the agencies and the service catalog. */
export function mountCatalogRoutes(mount: Mount, engine: Engine): void {
  const { store } = engine;
  // The retention period is the server's setting, not the seed's: it is what the server applies.
  mount(routes.getSite, (c) =>
    ok(c, routes.getSite, { ...store.getSite(), personalData: { retentionDays: engine.retentionDays } }),
  );
  mount(routes.listAgencies, (c) => ok(c, routes.listAgencies, agencyPage(store)));
  mount(routes.listServices, (c, { query }) => ok(c, routes.listServices, servicePage(store, query)));
  mount(routes.getService, (c, { params }) => {
    const service = store.getService(params.id);
    if (!service) throw new ApiError('not_found');
    return ok(c, routes.getService, serviceView(service));
  });
}
