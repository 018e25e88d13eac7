// The catalog: the site, its agencies and their services. Public and read-only.
import { AgencyPageSchema } from '../schemas/agency.js';
import { ListServicesQuerySchema, ServiceSchema, ServiceSummaryPageSchema } from '../schemas/service.js';
import { SiteSchema } from '../schemas/site.js';
import { always, errorCodes, type RouteDefinition } from './route.js';
import { IdParamsSchema } from './params.js';

/** `GET /v1/site`: the MPP itself (address, time zone, opening hours, facilities, holidays). */
export const getSiteRoute = {
  /** `GET`: read-only, safe to retry. */
  method: 'GET',
  /** No parameters: one site per API. */
  path: '/v1/site',
  /** English one-liner for the OpenAPI document. */
  summary: 'The MPP: address, opening hours, facilities and holidays',
  /** Public: no credentials. */
  auth: 'public',
  /** `200 OK`. */
  status: 200,
  /** A {@link Site}. */
  response: SiteSchema,
  /** Only the common codes. */
  errors: /* @__PURE__ */ errorCodes(always),
} as const satisfies RouteDefinition;

/** `GET /v1/agencies`: the tenant agencies (instansi) with their service counts. */
export const listAgenciesRoute = {
  /** `GET`: read-only, safe to retry. */
  method: 'GET',
  /** No parameters: every agency of the site. */
  path: '/v1/agencies',
  /** English one-liner for the OpenAPI document. */
  summary: 'Agencies (instansi) at the MPP with their service counts',
  /** Public: no credentials. */
  auth: 'public',
  /** `200 OK`. */
  status: 200,
  /** A page of {@link Agency} items. */
  response: AgencyPageSchema,
  /** Only the common codes. */
  errors: /* @__PURE__ */ errorCodes(always),
} as const satisfies RouteDefinition;

/** `GET /v1/services`: one page of the service catalog, filtered and searched. */
export const listServicesRoute = {
  /** `GET`: read-only, safe to retry. */
  method: 'GET',
  /** Filters go in the query string. */
  path: '/v1/services',
  /** English one-liner for the OpenAPI document. */
  summary: 'A page of the service catalog',
  /** Public: no credentials. */
  auth: 'public',
  /** `agency`, `q`, `category`, `cursor` and `limit` (1-100, default 20). */
  query: ListServicesQuerySchema,
  /** `200 OK`. */
  status: 200,
  /** A page of {@link ServiceSummary} items. */
  response: ServiceSummaryPageSchema,
  /** `validation_failed` for a bad query value or cursor. */
  errors: /* @__PURE__ */ errorCodes(['validation_failed'], always),
} as const satisfies RouteDefinition;

/** `GET /v1/services/{id}`: one service in full (persyaratan, biaya, completion time, legal basis). */
export const getServiceRoute = {
  /** `GET`: read-only, safe to retry. */
  method: 'GET',
  /** `{id}` is the service's id, e.g. `ktp-el`. */
  path: '/v1/services/{id}',
  /** English one-liner for the OpenAPI document. */
  summary: 'A service with requirements, cost, completion time and channels',
  /** Public: no credentials. */
  auth: 'public',
  /** The service's `id`. */
  params: IdParamsSchema,
  /** `200 OK`. */
  status: 200,
  /** A {@link Service}. */
  response: ServiceSchema,
  /** `not_found` for an unknown service. */
  errors: /* @__PURE__ */ errorCodes(['not_found'], always),
} as const satisfies RouteDefinition;
