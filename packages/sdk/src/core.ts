import { createSend, type Send } from './http.js';
import { resolveOptions, type ClientOptions, type ResolvedOptions } from './options.js';

/**
 * What every resource of a client shares: the checked options and one request
 * function (validation, retries, timeouts, errors). Made by {@link createCore};
 * pass it to the resource factories ({@link servicesResource}, ...) to build a
 * client with only the resources a page uses, so its bundle leaves the other
 * resources and their routes out (a client of one resource is about two
 * thirds of the full one). {@link createClient} builds every resource over one core.
 *
 * @example
 * ```ts
 * import { createCore, servicesResource, siteResource } from '@mpp-kit/sdk';
 *
 * const core = createCore({ baseUrl: 'https://mpp.kedirikota.go.id/api' });
 * const catalog = { site: siteResource(core), services: servicesResource(core) };
 * const page = await catalog.services.list({ q: 'paspor' });
 * ```
 */
export interface ClientCore {
  /** @internal */
  readonly options: ResolvedOptions;
  /** @internal */
  readonly send: Send;
}

/**
 * Checks the options and creates the core every resource is built on; the same
 * options and errors as {@link createClient}.
 *
 * @throws {@link MppConfigError} when an option is missing, unknown or malformed (e.g. a relative `baseUrl`)
 */
export function createCore(options: ClientOptions): ClientCore {
  const resolved = resolveOptions(options);
  return { options: resolved, send: createSend(resolved) };
}
