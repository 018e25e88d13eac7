import type { Locale } from '@mpp-kit/contract';
import { createContext } from '@lit/context';
import { createCore, MppConfigError, type ClientCore, type MppClient } from '@mpp-kit/sdk';

/**
 * Where an element gets its API client for a language: the SDK's
 * {@link ClientCore}, over which each element builds only the resources it
 * uses (so a page with one element leaves the others out of its bundle). A
 * core sends one `Accept-Language`, so an element asks for the core of the
 * language it speaks; the server's messages (errors included) then arrive in
 * that language.
 */
export interface ClientSource {
  /** The client core to use for `locale`; throws an `MppConfigError` when it cannot be made. */
  coreFor(locale: Locale): ClientCore;
}

/**
 * The context an `<mpp-provider>` provides to the elements inside it. The key
 * is a global symbol, so two copies of the library on one page (the CDN bundle
 * and an npm build) still find each other's providers.
 */
export const clientSourceContext = createContext<ClientSource | undefined>(Symbol.for('mpp-kit.client-source'));

/**
 * One client core per absolute API URL and language, and the reason for each
 * `api-base` that cannot become one. Failures are kept too: an element compares
 * its client (or error) between renders, and a new error each time would look
 * like a new configuration.
 */
const cores = new Map<string, ClientCore | MppConfigError>();

/** The absolute API URL each shared core was made for: its cores of every language share one live stream. */
const apiUrls = new WeakMap<ClientCore, string>();

/**
 * What identifies a core's API for sharing a live queue stream: the absolute
 * API URL for the shared cores of `api-base` (whatever their language), the
 * core itself for a client the host made (its `fetch` may be its own).
 */
export function apiIdentityOf(core: ClientCore): ClientCore | string {
  return apiUrls.get(core) ?? core;
}

function cached(key: string, make: () => ClientCore): ClientCore {
  let entry = cores.get(key);
  if (!entry) {
    try {
      entry = make();
    } catch (error) {
      entry = error instanceof MppConfigError ? error : new MppConfigError(String(error));
    }
    cores.set(key, entry);
  }
  if (entry instanceof MppConfigError) throw entry;
  return entry;
}

/**
 * The client core every element shares for an API base URL and a language: one
 * per pair, made on first use. A relative `apiBase` is resolved against `baseUri`
 * (the page's address by default). A base URL the SDK rejects fails the same
 * way on every call, with the same error.
 *
 * @throws MppConfigError when `apiBase` is not an absolute http(s) URL after resolution
 * @example
 * const core = sharedCore('https://mpp.kedirikota.go.id/api', 'id');
 * const site = await siteResource(core).get();
 */
export function sharedCore(
  apiBase: string,
  locale: Locale,
  baseUri: string = typeof document === 'undefined' ? '' : document.baseURI,
): ClientCore {
  let absolute: string | null = null;
  try {
    // Relative to the page, as a link would be; the SDK drops trailing slashes too.
    absolute = new URL(apiBase.trim(), baseUri || undefined).href.replace(/\/+$/, '');
  } catch {
    // Not a URL even relative to the page: the cached error below says so.
  }
  return cached(absolute ? `${locale} ${absolute}` : `${locale} invalid ${apiBase}`, () => {
    if (!absolute) throw new MppConfigError(`api-base "${apiBase}" bukan URL / is not a URL`);
    const core = createCore({ baseUrl: absolute, locale });
    apiUrls.set(core, absolute);
    return core;
  });
}

/**
 * A {@link ClientSource} over an API base URL: shared cores, one per language.
 *
 * @example
 * const source = apiBaseSource('https://mpp.kedirikota.go.id/api');
 * await siteResource(source.coreFor('en')).get();
 */
export function apiBaseSource(apiBase: string, baseUri?: string): ClientSource {
  return { coreFor: (locale) => sharedCore(apiBase, locale, baseUri) };
}

/**
 * A {@link ClientSource} that always answers with one client's core, whatever
 * the language (the host chose the client's `locale` when it created it).
 */
export function fixedSource(client: Pick<MppClient, 'core'>): ClientSource {
  return { coreFor: () => client.core };
}
