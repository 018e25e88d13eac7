import { readBoolean, UNREADABLE, type PropertyForm } from '../core/property-forms.js';
import type { CommonStrings } from '../i18n/id.js';
import type { CatalogStrings } from './i18n/id.js';

/**
 * The catalog's state in a URL, as pure functions: in the hash
 * (`#layanan=ktp-el&q=ktp`) or in the query string (`?layanan=ktp-el&q=ktp`).
 * Either is read as `&`-separated parts; parts that are not the catalog's (a
 * host's own `#tab=2`, or a plain anchor) are kept as they are and in order.
 *
 * A hash that is a hash router's route (`#/layanan-publik`, `#!/…`) keeps its
 * path: the catalog's parameters go into the route's own query
 * (`#/layanan-publik?layanan=ktp-el`), which routers hand to the page without
 * matching on it, so the route still matches.
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

/** The `&`-separated parts of a hash or a query string, without the `#` or `?`. */
function partsOf(params: string): string[] {
  return params.split('&').filter(Boolean);
}

/** A hash router's route: `#/path` or `#!/path`, then its own query after `?`. */
const ROUTE = /^#(!?\/[^?]*)(?:\?(.*))?$/s;

/** A hash split into a router's route path (`null` when it is no route) and its parameters. */
function splitHash(hash: string): { readonly route: string | null; readonly params: string } {
  const route = ROUTE.exec(hash);
  return route ? { route: route[1] ?? '', params: route[2] ?? '' } : { route: null, params: hash.replace(/^#/, '') };
}

/** The name of a `name=value` part (the whole part when it has no `=`). */
const nameOf = (part: string): string => decode(part.split('=', 1)[0] ?? '');

const OWN: ReadonlySet<string> = new Set(Object.values(HASH_KEYS));

/** Reads the catalog's state from `&`-separated parameters; missing ones are `''`. */
function readParams(params: string): CatalogUrlState {
  let service = '';
  let query = '';
  for (const part of partsOf(params)) {
    const name = nameOf(part);
    const value = decode(part.slice(part.indexOf('=') + 1 || part.length));
    if (name === HASH_KEYS.service) service = value;
    else if (name === HASH_KEYS.query) query = value;
  }
  return { service, query };
}

/**
 * Reads the catalog's state from a hash (a hash route's query, when it is
 * one); missing parameters are `''`.
 *
 * @example readHash('#tab=2&layanan=ktp-el&q=kartu%20tanda') // { service: 'ktp-el', query: 'kartu tanda' }
 * @example readHash('#/layanan?layanan=ktp-el') // { service: 'ktp-el', query: '' }
 */
export function readHash(hash: string): CatalogUrlState {
  return readParams(splitHash(hash).params);
}

/**
 * Reads the catalog's state from a query string; missing parameters are `''`.
 *
 * @example readSearch('?page=2&q=paspor') // { service: '', query: 'paspor' }
 */
export function readSearch(search: string): CatalogUrlState {
  return readParams(search.replace(/^\?/, ''));
}

/** The parameters with the catalog's state written into them: the others kept in order, the catalog's after them. */
function writeParams(params: string, state: CatalogUrlState): string {
  const parts = partsOf(params).filter((part) => !OWN.has(nameOf(part)));
  if (state.service) parts.push(`${HASH_KEYS.service}=${encodeURIComponent(state.service)}`);
  if (state.query) parts.push(`${HASH_KEYS.query}=${encodeURIComponent(state.query)}`);
  return parts.join('&');
}

/**
 * The hash with the catalog's state written into it: the other parts kept in
 * order, the catalog's parameters after them, empty ones left out; a hash
 * route keeps its path and gets them in its query. Returns `''` when nothing
 * is left (no bare `#`).
 *
 * @example writeHash('#tab=2&q=old', { service: 'ktp-el', query: 'ktp' }) // '#tab=2&layanan=ktp-el&q=ktp'
 * @example writeHash('#/layanan', { service: 'ktp-el', query: '' }) // '#/layanan?layanan=ktp-el'
 */
export function writeHash(hash: string, state: CatalogUrlState): string {
  const { route, params } = splitHash(hash);
  const written = writeParams(params, state);
  if (route !== null) return `#${route}${written ? `?${written}` : ''}`;
  return written ? `#${written}` : '';
}

/**
 * The query string with the catalog's state written into it, like
 * {@link writeHash}; `''` when nothing is left (no bare `?`).
 *
 * @example writeSearch('?page=2', { service: '', query: 'paspor' }) // '?page=2&q=paspor'
 */
export function writeSearch(search: string, state: CatalogUrlState): string {
  const written = writeParams(search.replace(/^\?/, ''), state);
  return written ? `?${written}` : '';
}

/**
 * Where `sync-url` keeps the catalog's state: `hash` (the default of a bare
 * `sync-url`; a hash router's route keeps its path), `query` (the query
 * string, for pages whose hash belongs to someone else), or `false`: nowhere.
 */
export type SyncUrlMode = false | 'hash' | 'query';

/**
 * How `sync-url` reads what it is given: `hash` or `query`; a boolean's forms
 * (`true`, `''` and `"true"` mean `hash`; `false`, `"false"` and a removed
 * attribute mean off).
 */
export const syncUrlForm: PropertyForm<SyncUrlMode, CommonStrings & CatalogStrings> = {
  read(input) {
    if (input === 'hash' || input === 'query') return input;
    const on = readBoolean(input);
    return on === UNREADABLE ? UNREADABLE : on && 'hash';
  },
  expected: (t) => t.expectedSyncUrl,
};
