import type { QueueFilter, QueueSnapshot } from '../schemas/queue.js';

/** What decides whether a counter is in a queue view's scope. */
export interface ScopedCounter {
  /** The agency that staffs the counter. */
  readonly agencyId: string;
  /** The services whose tickets it calls. */
  readonly serviceIds: readonly string[];
}

/** What decides whether a service's line is in a queue view's scope. */
export interface ScopedLine {
  /** The agency that offers the service. */
  readonly agencyId: string;
  /** The service the line is for. */
  readonly serviceId: string;
}

/**
 * Whether a counter belongs in a view narrowed by `filter`: one of the agency's
 * counters, or one that calls the service.
 *
 * @example counterInScope({ agencyId: 'dukcapil', serviceIds: ['ktp-el'] }, { service: 'ktp-el' }) // true
 */
export function counterInScope(counter: ScopedCounter, filter: QueueFilter): boolean {
  return (
    (filter.agency === undefined || counter.agencyId === filter.agency) &&
    (filter.service === undefined || counter.serviceIds.includes(filter.service))
  );
}

/**
 * Whether a service's line belongs in a view narrowed by `filter`.
 *
 * @example lineInScope({ agencyId: 'dukcapil', serviceId: 'kk' }, { agency: 'dukcapil' }) // true
 */
export function lineInScope(line: ScopedLine, filter: QueueFilter): boolean {
  return (
    (filter.agency === undefined || line.agencyId === filter.agency) &&
    (filter.service === undefined || line.serviceId === filter.service)
  );
}

/**
 * The part of a whole-MPP snapshot that a filtered request would have
 * answered, so a page can follow one unfiltered stream and show each widget
 * its own agency or service.
 *
 * @example
 * const dukcapil = scopeQueueSnapshot(snapshot, { agency: 'dukcapil' });
 */
export function scopeQueueSnapshot(snapshot: QueueSnapshot, filter: QueueFilter): QueueSnapshot {
  if (filter.agency === undefined && filter.service === undefined) return snapshot;
  return {
    asOf: snapshot.asOf,
    counters: snapshot.counters.filter((counter) => counterInScope(counter, filter)),
    services: snapshot.services.filter((line) => lineInScope(line, filter)),
  };
}
