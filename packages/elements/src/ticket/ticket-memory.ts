/**
 * Where `<mpp-ticket>` keeps the id of the ticket it follows, so a reload (or
 * a phone that drops the tab) resumes it. Session storage only, never local
 * storage: a family's shared phone must not show yesterday's ticket to the next
 * person, and a session ends with the tab. Only the ticket id is kept, never
 * anything personal, under a key per API base URL and service, so two MPPs'
 * widgets (or two services) on one site never mix their tickets up.
 */

/** The prefix of every key {@link TicketMemory} writes. */
export const TICKET_KEY_PREFIX = 'mpp-kit.ticket';

/**
 * The storage key of the ticket held for a service of an API.
 *
 * @example ticketKey('https://mpp.kedirikota.go.id/api', 'ktp-el') // 'mpp-kit.ticket https://mpp.kedirikota.go.id/api ktp-el'
 */
export function ticketKey(apiBaseUrl: string, serviceId: string): string {
  return `${TICKET_KEY_PREFIX} ${apiBaseUrl} ${serviceId}`;
}

/** The ticket ids held per API and service. */
export interface TicketMemory {
  /** The id held for the service, or `null`. */
  recall(apiBaseUrl: string, serviceId: string): string | null;
  /** Holds `ticketId` for the service (replacing any other). */
  keep(apiBaseUrl: string, serviceId: string, ticketId: string): void;
  /** Forgets `ticketId` if it is the one held for the service (another tab's newer ticket stays). */
  forget(apiBaseUrl: string, serviceId: string, ticketId: string): void;
}

/**
 * A {@link TicketMemory} over `sessionStorage`. Storage can be missing or
 * refuse (a sandboxed iframe, a full quota, a privacy mode); the ids then live
 * in memory for the page's life instead, and nothing fails. Storage that
 * works is the only truth: what it lost (cleared by the visitor) stays lost.
 *
 * @param storage where to keep the ids. @default globalThis.sessionStorage (read on each use)
 */
export function sessionTicketMemory(
  storage: () => Storage | undefined = () => globalThis.sessionStorage,
): TicketMemory {
  const fallback = new Map<string, string>();
  const attempt = <T>(action: (store: Storage) => T): { ok: true; value: T } | { ok: false } => {
    try {
      const store = storage();
      return store ? { ok: true, value: action(store) } : { ok: false };
    } catch {
      // Reading `sessionStorage` itself throws where storage is blocked.
      return { ok: false };
    }
  };
  return {
    recall(api, service) {
      const key = ticketKey(api, service);
      const stored = attempt((store) => store.getItem(key));
      return stored.ok ? stored.value : (fallback.get(key) ?? null);
    },
    keep(api, service, ticketId) {
      const key = ticketKey(api, service);
      if (!attempt((store) => store.setItem(key, ticketId)).ok) fallback.set(key, ticketId);
    },
    forget(api, service, ticketId) {
      const key = ticketKey(api, service);
      if (fallback.get(key) === ticketId) fallback.delete(key);
      attempt((store) => {
        if (store.getItem(key) === ticketId) store.removeItem(key);
      });
    },
  };
}
