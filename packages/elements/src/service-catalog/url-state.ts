/**
 * The catalog's state in a URL hash, as pure functions: `#layanan=ktp-el&q=ktp`.
 * The hash is read as `&`-separated parts; parts that are not the catalog's
 * (a host's own `#tab=2`, or a plain anchor) are kept as they are and in order.
 */

/** The hash parameter names: the open service and the search text. */
export const HASH_KEYS = { service: 'layanan', query: 'q' } as const;

/** What the catalog keeps in the URL. */
export interface CatalogUrlState {
  /** The open service's id, or `''`. */
  readonly service: string;
  /** The search text, or `''`. */
  readonly query: string;
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    // A malformed escape from a hand-edited link: keep the raw text.
    return value;
  }
}

/** The `&`-separated parts of a hash, without the `#`. */
function partsOf(hash: string): string[] {
  return hash.replace(/^#/, '').split('&').filter(Boolean);
}

/** The name of a `name=value` part (the whole part when it has no `=`). */
const nameOf = (part: string): string => decode(part.split('=', 1)[0] ?? '');

const OWN: ReadonlySet<string> = new Set(Object.values(HASH_KEYS));

/**
 * Reads the catalog's state from a hash; missing parameters are `''`.
 *
 * @example readHash('#tab=2&layanan=ktp-el&q=kartu%20tanda') // { service: 'ktp-el', query: 'kartu tanda' }
 */
export function readHash(hash: string): CatalogUrlState {
  let service = '';
  let query = '';
  for (const part of partsOf(hash)) {
    const name = nameOf(part);
    const value = decode(part.slice(part.indexOf('=') + 1 || part.length));
    if (name === HASH_KEYS.service) service = value;
    else if (name === HASH_KEYS.query) query = value;
  }
  return { service, query };
}

/**
 * The hash with the catalog's state written into it: the other parts kept in
 * order, the catalog's parameters after them, empty ones left out. Returns
 * `''` when nothing is left (no bare `#`).
 *
 * @example writeHash('#tab=2&q=old', { service: 'ktp-el', query: 'ktp' }) // '#tab=2&layanan=ktp-el&q=ktp'
 */
export function writeHash(hash: string, state: CatalogUrlState): string {
  const parts = partsOf(hash).filter((part) => !OWN.has(nameOf(part)));
  if (state.service) parts.push(`${HASH_KEYS.service}=${encodeURIComponent(state.service)}`);
  if (state.query) parts.push(`${HASH_KEYS.query}=${encodeURIComponent(state.query)}`);
  return parts.length > 0 ? `#${parts.join('&')}` : '';
}
