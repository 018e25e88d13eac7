// The catalog: the site, its agencies and their services. Public and read-only.
import { AgencyPageSchema } from '../schemas/agency.js';
import { ListServicesQuerySchema, ServiceSchema, ServiceSummaryPageSchema } from '../schemas/service.js';
import { SiteSchema } from '../schemas/site.js';
import type { RouteDefinition } from './route.js';
import { IdParamsSchema } from './params.js';

/** `GET /v1/site`: the MPP itself (address, time zone, opening hours, facilities, holidays). */
export const getSiteRoute = {
  /** `GET`: read-only, safe to retry. */
  method: 'GET',
  /** No parameters: one site per API. */
  path: '/v1/site',
  /** Public: no credentials. */
  auth: 'public',
  /** `200 OK`. */
  status: 200,
  /** A {@link Site}. */
  response: SiteSchema,
} as const satisfies RouteDefinition;

/** `GET /v1/agencies`: the tenant agencies (instansi) with their service counts. */
export const listAgenciesRoute = {
  /** `GET`: read-only, safe to retry. */
  method: 'GET',
  /** No parameters: every agency of the site. */
  path: '/v1/agencies',
  /** Public: no credentials. */
  auth: 'public',
  /** `200 OK`. */
  status: 200,
  /** A page of {@link Agency} items. */
  response: AgencyPageSchema,
} as const satisfies RouteDefinition;

/** `GET /v1/services`: one page of the service catalog, filtered and searched. */
export const listServicesRoute = {
  /** `GET`: read-only, safe to retry. */
  method: 'GET',
  /** Filters go in the query string. */
  path: '/v1/services',
  /** Public: no credentials. */
  auth: 'public',
  /** `agency`, `q`, `category`, `cursor` and `limit` (1-100, default 20). */
  query: ListServicesQuerySchema,
  /** `200 OK`. */
  status: 200,
  /** A page of {@link ServiceSummary} items. */
  response: ServiceSummaryPageSchema,
} as const satisfies RouteDefinition;

/** `GET /v1/services/{id}`: one service in full (persyaratan, biaya, completion time, legal basis). */
export const getServiceRoute = {
  /** `GET`: read-only, safe to retry. */
  method: 'GET',
  /** `{id}` is the service's id, e.g. `ktp-el`. */
  path: '/v1/services/{id}',
  /** Public: no credentials. */
  auth: 'public',
  /** The service's `id`. */
  params: IdParamsSchema,
  /** `200 OK`. */
  status: 200,
  /** A {@link Service}. */
  response: ServiceSchema,
} as const satisfies RouteDefinition;
