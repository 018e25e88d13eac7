import type { QueueCounter, QueueEvent, QueueSnapshot } from '../schemas/queue.js';
import type { Ticket } from '../schemas/ticket.js';

/** Replaces the item with the same key, or appends it. */
function upsert<T>(items: readonly T[], item: T, same: (a: T, b: T) => boolean): T[] {
  const index = items.findIndex((existing) => same(existing, item));
  return index === -1 ? [...items, item] : items.map((existing, i) => (i === index ? item : existing));
}

/** The counters after `ticket` changed at `counterId`. */
function countersAfter(counters: readonly QueueCounter[], ticket: Ticket, counterId: string | null, calling: boolean) {
  return counters.map((counter) => {
    if (calling && counter.id === counterId) return { ...counter, serving: ticket };
    // A ticket is served at one counter at most: leaving it (or being called elsewhere) frees the old one.
    if (counter.serving?.id === ticket.id) return { ...counter, serving: null };
    return counter;
  });
}

/**
 * Applies one live queue event to a snapshot and returns the new snapshot (the
 * input is not changed), so a client keeps its view current between snapshots.
 *
 * - `snapshot` replaces everything;
 * - `ticket.called` / `ticket.recalled` put the ticket on its counter's `serving`;
 * - `ticket.skipped` / `ticket.completed` / `ticket.cancelled` take it off;
 * - every ticket event replaces (or adds) the service's line;
 * - `counter.updated` replaces (or adds) the counter;
 * - `asOf` becomes the event's time.
 *
 * @example
 * snapshot = applyQueueEvent(snapshot, event);
 */
export function applyQueueEvent(snapshot: QueueSnapshot, event: QueueEvent): QueueSnapshot {
  switch (event.type) {
    case 'snapshot':
      return event.snapshot;
    case 'counter.updated':
      return {
        ...snapshot,
        asOf: event.at,
        counters: upsert(snapshot.counters, event.counter, (a, b) => a.id === b.id),
      };
    default: {
      const calling = event.type === 'ticket.called' || event.type === 'ticket.recalled';
      return {
        ...snapshot,
        asOf: event.at,
        counters:
          event.type !== 'ticket.issued'
            ? countersAfter(snapshot.counters, event.ticket, event.counterId, calling)
            : snapshot.counters,
        services: upsert(snapshot.services, event.line, (a, b) => a.serviceId === b.serviceId),
      };
    }
  }
}
