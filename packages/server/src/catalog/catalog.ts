import type { Agency, ListServicesQuery, Page, Service, ServiceSummary } from '@mpp-kit/contract';
import { ApiError } from '../http/api-error.js';
import type { ServiceRecord, Store } from '../store/store.js';
import { base64url, fromBase64url } from '../util/bytes.js';

/** Agencies with the number of services each offers, in seed order (one page). */
export function agencyPage(store: Store): Page<Agency> {
  const services = store.listServices();
  const items = store.listAgencies().map((agency) => ({
    ...agency,
    serviceCount: services.filter((service) => service.agencyId === agency.id).length,
  }));
  return { items, nextCursor: null };
}

/** A service as the API shows it (without the seed's booking configuration). */
export function serviceView(record: ServiceRecord): Service {
  const { booking: _booking, ...service } = record;
  return service;
}

/** The catalog entry of a service. */
export function serviceSummary(service: ServiceRecord): ServiceSummary {
  const { id, agencyId, name, category, keywords, cost, completion, channels } = service;
  return { id, agencyId, name, category, keywords, cost, completion, channels };
}

/** Lower case without diacritics, so `pendaftaran` finds `Pendaftaran` and `é` matches `e`. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Whether every word of `q` occurs in the service's names, keywords or category. */
function matchesText(service: ServiceRecord, q: string): boolean {
  const haystack = fold([service.name.id, service.name.en ?? '', service.category, ...service.keywords].join(' '));
  return fold(q)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

// Cursors are opaque to clients; inside they carry the offset of the next item.
const CURSOR_PREFIX = 'o:';

function encodeCursor(offset: number): string {
  return base64url(new TextEncoder().encode(`${CURSOR_PREFIX}${offset}`));
}

function decodeCursor(cursor: string): number {
  try {
    const text = new TextDecoder().decode(fromBase64url(cursor));
    const offset = Number(text.slice(CURSOR_PREFIX.length));
    if (text.startsWith(CURSOR_PREFIX) && Number.isSafeInteger(offset) && offset >= 0) return offset;
  } catch {
    // falls through to the error below
  }
  throw new ApiError('validation_failed', {
    details: [{ path: 'cursor', message: 'cursor tidak valid / invalid cursor' }],
  });
}

/** One page of the catalog, filtered by agency, category and free text. */
export function servicePage(store: Store, query: ListServicesQuery): Page<ServiceSummary> {
  const matching = store
    .listServices()
    .filter(
      (service) =>
        (query.agency === undefined || service.agencyId === query.agency) &&
        (query.category === undefined || service.category === query.category) &&
        (query.q === undefined || matchesText(service, query.q)),
    );
  const offset = query.cursor === undefined ? 0 : decodeCursor(query.cursor);
  const end = offset + query.limit;
  return {
    items: matching.slice(offset, end).map(serviceSummary),
    nextCursor: end < matching.length ? encodeCursor(end) : null,
  };
}
