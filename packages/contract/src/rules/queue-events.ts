import type { QueueEvent } from '../schemas/queue-event.js';
import type { QueueCounter, QueueSnapshot } from '../schemas/queue.js';
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

/** A number called to a counter: what a display highlights and announces. */
export interface QueueCall {
  /** The counter the citizen goes to, as it is after the call. */
  readonly counter: QueueCounter;
  /** The ticket called. */
  readonly ticket: Ticket;
  /** Whether the counter called this ticket again (the citizen did not come yet). */
  readonly recall: boolean;
  /** When it was called, ISO 8601 with offset. */
  readonly at: string;
}

/**
 * The call an event makes, with the counter as it is in `after` (the snapshot
 * with the event applied), or `null` for an event that calls nobody.
 *
 * @example
 * const call = callOf(event, snapshot);
 * if (call) announce(call.ticket.number, call.counter.name);
 */
export function callOf(event: QueueEvent, after: QueueSnapshot): QueueCall | null {
  if (event.type !== 'ticket.called' && event.type !== 'ticket.recalled') return null;
  const counter = after.counters.find((candidate) => candidate.id === event.counterId);
  return counter ? { counter, ticket: event.ticket, recall: event.type === 'ticket.recalled', at: event.at } : null;
}

/**
 * The calls that happened between two snapshots, for a view that only sees
 * snapshots (polling, or a fresh snapshot after a reconnection): every counter
 * now serving a ticket it was not serving before. A recall changes no
 * snapshot, so only events tell of recalls.
 *
 * @example
 * for (const call of callsBetween(previous, latest)) announce(call.ticket.number, call.counter.name);
 */
export function callsBetween(before: QueueSnapshot, after: QueueSnapshot): QueueCall[] {
  const servedBefore = new Map(before.counters.map((counter) => [counter.id, counter.serving?.id]));
  return after.counters.flatMap((counter) => {
    const ticket = counter.serving;
    if (!ticket || servedBefore.get(counter.id) === ticket.id) return [];
    return [{ counter, ticket, recall: false, at: ticket.calledAt ?? after.asOf }];
  });
}
