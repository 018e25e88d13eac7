import { createCore, type ClientCore } from './core.js';
import type { ClientOptions } from './options.js';
import { agenciesResource, type AgenciesResource } from './resources/agencies.js';
import { bookingsResource, type BookingsResource } from './resources/bookings.js';
import { countersResource, type CountersResource } from './resources/counters.js';
import { queuesResource, type QueuesResource } from './resources/queues.js';
import { servicesResource, type ServicesResource } from './resources/services.js';
import { siteResource, type SiteResource } from './resources/site.js';
import { statsResource, type StatsResource } from './resources/stats.js';
import { surveyResource, type SurveyResource } from './resources/survey.js';
import { ticketsResource, type TicketsResource } from './resources/tickets.js';

/**
 * A client of the mpp-kit v1 API, made by {@link createClient}. Resources are
 * named after the contract; every method validates its input and the server's
 * answer against the contract, and takes a last `{ signal, timeout }` argument.
 */
export interface MppClient {
  /** The core the resources share; build more resources over it (see {@link ClientCore}). */
  readonly core: ClientCore;
  /** The MPP: name, address, opening hours, facilities, holidays. */
  readonly site: SiteResource;
  /** Tenant agencies (instansi). */
  readonly agencies: AgenciesResource;
  /** The service catalog. */
  readonly services: ServicesResource;
  /** Queue snapshots and the live queue subscription. */
  readonly queues: QueuesResource;
  /** Queue tickets. */
  readonly tickets: TicketsResource;
  /** Slot availability and bookings (plus staff check-in). */
  readonly bookings: BookingsResource;
  /** Staff actions at counters. */
  readonly counters: CountersResource;
  /** Visitor statistics. */
  readonly stats: StatsResource;
  /** The satisfaction survey (SKM): codes, responses, results, suggestions for staff. */
  readonly survey: SurveyResource;
}

/**
 * Creates a client of the mpp-kit v1 API. All I/O goes through one `fetch`
 * (injectable), including the live queue stream.
 *
 * @throws {@link MppConfigError} when an option is missing, unknown or malformed (e.g. a relative `baseUrl`)
 * @example
 * ```ts
 * import { createClient } from '@mpp-kit/sdk';
 *
 * const client = createClient({ baseUrl: 'https://mpp.kedirikota.go.id/api' });
 * const page = await client.services.list({ q: 'paspor' });
 *
 * const staff = createClient({ baseUrl, staffToken: token, locale: 'en' });
 * await staff.counters.callNext('loket-3');
 * ```
 */
export function createClient(options: ClientOptions): MppClient {
  const core = createCore(options);
  return {
    core,
    site: siteResource(core),
    agencies: agenciesResource(core),
    services: servicesResource(core),
    queues: queuesResource(core),
    tickets: ticketsResource(core),
    bookings: bookingsResource(core),
    counters: countersResource(core),
    stats: statsResource(core),
    survey: surveyResource(core),
  };
}
