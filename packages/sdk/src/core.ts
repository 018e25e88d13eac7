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

/**
 * The API root a core talks to: its `baseUrl`, normalised (no trailing slash),
 * e.g. to key what a page keeps per API.
 *
 * @example
 * ```ts
 * sessionStorage.setItem(`my-portal ${baseUrlOf(core)}`, ticket.id);
 * ```
 */
export function baseUrlOf(core: ClientCore): string {
  return core.options.baseUrl;
}

/**
 * A core for staff actions on the same API as `core`: the same base URL,
 * `fetch`, headers, timeout and retries, with `staffToken` sent as a bearer
 * token and the server's messages in `locale` (the core's language by default).
 * The token stays in the new core only; `core` is not changed.
 *
 * @throws {@link MppConfigError} when the token is empty
 * @example
 * ```ts
 * const staff = countersResource(withStaffToken(core, token));
 * await staff.callNext('loket-3');
 * ```
 */
export function withStaffToken(core: ClientCore, staffToken: string, locale = core.options.locale): ClientCore {
  const { baseUrl, fetch, headers, timeout, retry } = core.options;
  return createCore({ baseUrl, fetch, headers, timeout, retry, locale, staffToken });
}
