import type { Counter, LocalDate, QueueCounter, QueueFilter, QueueLine, QueueSnapshot, Ticket, TimeZone } from '@mpp-kit/contract';
import type { CounterRecord, ServiceRecord, Store, TicketRecord } from '../store/store.js';
import { formatInstant } from '../time/zoned.js';
import { averageServiceSeconds, estimateWaitSeconds } from './wait-estimate.js';

/** Where the API's views are computed: the store, the site's zone and today's date. */
export interface ViewContext {
  readonly store: Store;
  readonly now: Date;
  /** The site-local date of `now`. */
  readonly today: LocalDate;
}

/** Counters that can serve a service: open or paused (a pause ends), not closed. */
export function serversOf(store: Store, service: ServiceRecord): number {
  const ids = new Set(service.counterIds);
  return store.listCounters().filter((counter) => ids.has(counter.id) && counter.status !== 'closed').length;
}

/** The estimated wait of someone with `ahead` tickets before them in a service's line. */
function waitFor(context: ViewContext, service: ServiceRecord, ahead: number): number | null {
  const average = averageServiceSeconds(context.store.serviceTimes(service.id, context.today), service.averageServiceMinutes);
  return estimateWaitSeconds(ahead, average, serversOf(context.store, service));
}

/** A service's line: how many wait today and the estimated wait of a new ticket. */
export function lineOf(context: ViewContext, service: ServiceRecord): QueueLine {
  const waiting = context.store.countTickets({ localDate: context.today, serviceIds: [service.id], statuses: ['waiting'] });
  return { serviceId: service.id, prefix: service.queuePrefix, waiting, estimatedWaitSeconds: waitFor(context, service, waiting) };
}

/**
 * A ticket as the API shows it. Only a ticket waiting in today's line has a
 * position (the waiting tickets ahead of it) and an estimated wait.
 */
export function ticketView(context: ViewContext, ticket: TicketRecord): Ticket {
  const service = context.store.getService(ticket.serviceId);
  let position: number | null = null;
  let estimatedWaitSeconds: number | null = null;
  if (service && ticket.status === 'waiting' && ticket.localDate === context.today) {
    position = context.store.countTickets({
      localDate: context.today,
      serviceIds: [service.id],
      statuses: ['waiting'],
      queueKeyBefore: ticket.queueKey,
    });
    estimatedWaitSeconds = waitFor(context, service, position);
  }
  return {
    id: ticket.id,
    number: ticket.number,
    serviceId: ticket.serviceId,
    status: ticket.status,
    position,
    estimatedWaitSeconds,
    issuedAt: ticket.issuedAt,
    calledAt: ticket.calledAt,
    counterId: ticket.counterId,
    bookingCode: ticket.bookingCode,
    priority: ticket.priority,
  };
}

/** A counter as the staff API shows it. */
export function counterView(counter: CounterRecord): Counter {
  return { id: counter.id, name: counter.name, agencyId: counter.agencyId, serviceIds: [...counter.serviceIds], status: counter.status };
}

/** A counter as the queue display shows it, with the ticket it is serving. */
export function queueCounterView(context: ViewContext, counter: CounterRecord): QueueCounter {
  const current = counter.currentTicketId ? context.store.getTicket(counter.currentTicketId) : undefined;
  return {
    id: counter.id,
    name: counter.name,
    status: counter.status,
    serving: current ? ticketView(context, current) : null,
  };
}

/** Whether a counter belongs in a filtered view. */
export function counterMatches(counter: Pick<CounterRecord, 'agencyId' | 'serviceIds'>, filter: QueueFilter): boolean {
  return (
    (filter.agency === undefined || counter.agencyId === filter.agency) &&
    (filter.service === undefined || counter.serviceIds.includes(filter.service))
  );
}

/** Whether a service belongs in a filtered view. */
export function serviceMatches(service: Pick<ServiceRecord, 'id' | 'agencyId'>, filter: QueueFilter): boolean {
  return (filter.agency === undefined || service.agencyId === filter.agency) && (filter.service === undefined || service.id === filter.service);
}

/** Whether a service has an on-the-day queue. */
export function hasQueue(service: ServiceRecord): boolean {
  return service.channels.some((channel) => channel.kind === 'queue' || channel.kind === 'booking');
}

/**
 * The queue state now: every matching counter with the ticket it serves, and
 * every matching service's line.
 */
export function queueSnapshot(context: ViewContext, filter: QueueFilter, timeZone: TimeZone): QueueSnapshot {
  const { store } = context;
  return {
    asOf: formatInstant(context.now, timeZone),
    counters: store
      .listCounters()
      .filter((counter) => counterMatches(counter, filter))
      .map((counter) => queueCounterView(context, counter)),
    services: store
      .listServices()
      .filter((service) => hasQueue(service) && serviceMatches(service, filter))
      .map((service) => lineOf(context, service)),
  };
}
