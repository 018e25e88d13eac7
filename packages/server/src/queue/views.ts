import { counterInScope, lineInScope } from '@mpp-kit/contract';
import type {
  Counter,
  LocalDate,
  QueueCounter,
  QueueFilter,
  QueueLine,
  QueueSnapshot,
  Ticket,
  TimeZone,
} from '@mpp-kit/contract';
import type { CounterRecord, ServiceRecord, Store, TicketRecord } from '../store/store.js';
import { formatInstant } from '../time/instant.js';
import { averageServiceSeconds, estimateWaitSeconds } from './wait-estimate.js';

/** Where the API's views are computed: the store, the site's zone and today's date. */
export interface ViewContext {
  readonly store: Store;
  readonly now: Date;
  /** The site-local date of `now`. */
  readonly today: LocalDate;
}

/**
 * Counters that can serve a service: open or paused (a pause ends), not closed.
 * Looks them up in `counters` when the caller has read them all already, else
 * reads them all in one call (one round trip to a database server, however many
 * counters the service has).
 */
export async function serversOf(
  store: Store,
  service: ServiceRecord,
  counters?: ReadonlyMap<string, CounterRecord>,
): Promise<number> {
  const byId = counters ?? new Map((await store.listCounters()).map((counter) => [counter.id, counter]));
  let servers = 0;
  for (const id of service.counterIds) {
    const counter = byId.get(id);
    if (counter && counter.status !== 'closed') servers += 1;
  }
  return servers;
}

/** What estimating waits in a service's line needs, read once for all the views of one answer or event. */
export interface ServiceLoad {
  /** Counters serving the line (see {@link serversOf}). */
  readonly servers: number;
  /** Seconds a ticket takes at a counter, from today's observations or the configured average. */
  readonly averageSeconds: number;
}

/** Reads a service's {@link ServiceLoad}. */
export async function serviceLoad(
  context: ViewContext,
  service: ServiceRecord,
  counters?: ReadonlyMap<string, CounterRecord>,
): Promise<ServiceLoad> {
  return {
    servers: await serversOf(context.store, service, counters),
    averageSeconds: averageServiceSeconds(
      await context.store.serviceTimes(service.id, context.today),
      service.averageServiceMinutes,
    ),
  };
}

/** A service's line: how many wait today and the estimated wait of a new ticket. */
export async function lineOf(context: ViewContext, service: ServiceRecord, known?: ServiceLoad): Promise<QueueLine> {
  const load = known ?? (await serviceLoad(context, service));
  const waiting = await context.store.countTickets({
    localDate: context.today,
    serviceIds: [service.id],
    statuses: ['waiting'],
  });
  return {
    serviceId: service.id,
    agencyId: service.agencyId,
    prefix: service.queuePrefix,
    waiting,
    estimatedWaitSeconds: estimateWaitSeconds(waiting, load.averageSeconds, load.servers),
  };
}

/** What a caller of {@link ticketView} may know already. */
export interface TicketViewHints {
  /** The ticket's service's load, when read already for the same answer. */
  readonly load?: ServiceLoad;
  /** The waiting tickets ahead, when known without counting (a walk-in just issued is last in line). */
  readonly position?: number;
}

/**
 * A ticket as the API shows it. Only a ticket waiting in today's line has a
 * position (the waiting tickets ahead of it) and an estimated wait.
 */
export async function ticketView(
  context: ViewContext,
  ticket: TicketRecord,
  hints: TicketViewHints = {},
): Promise<Ticket> {
  const service = context.store.getService(ticket.serviceId);
  let position: number | null = null;
  let estimatedWaitSeconds: number | null = null;
  if (service && ticket.status === 'waiting' && ticket.localDate === context.today) {
    position =
      hints.position ??
      (await context.store.countTickets({
        localDate: context.today,
        serviceIds: [service.id],
        statuses: ['waiting'],
        queueKeyBefore: ticket.queueKey,
      }));
    const load = hints.load ?? (await serviceLoad(context, service));
    estimatedWaitSeconds = estimateWaitSeconds(position, load.averageSeconds, load.servers);
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
  return {
    id: counter.id,
    name: counter.name,
    agencyId: counter.agencyId,
    serviceIds: [...counter.serviceIds],
    status: counter.status,
  };
}

/** A counter as the queue display shows it, with the ticket it is serving. */
export async function queueCounterView(context: ViewContext, counter: CounterRecord): Promise<QueueCounter> {
  const current = counter.currentTicketId ? await context.store.getTicket(counter.currentTicketId) : undefined;
  return {
    id: counter.id,
    name: counter.name,
    agencyId: counter.agencyId,
    serviceIds: [...counter.serviceIds],
    status: counter.status,
    serving: current ? await ticketView(context, current) : null,
  };
}

/** Whether a service has an on-the-day queue. */
export function hasQueue(service: ServiceRecord): boolean {
  return service.channels.some((channel) => channel.kind === 'queue' || channel.kind === 'booking');
}

/**
 * The queue state now: every matching counter with the ticket it serves, and
 * every matching service's line.
 */
export async function queueSnapshot(
  context: ViewContext,
  filter: QueueFilter,
  timeZone: TimeZone,
): Promise<QueueSnapshot> {
  const { store } = context;
  const counters = await store.listCounters();
  const byId = new Map(counters.map((counter) => [counter.id, counter]));
  const services = store
    .listServices()
    .filter(
      (service) => hasQueue(service) && lineInScope({ agencyId: service.agencyId, serviceId: service.id }, filter),
    );
  return {
    asOf: formatInstant(context.now, timeZone),
    counters: await Promise.all(
      counters
        .filter((counter) => counterInScope(counter, filter))
        .map((counter) => queueCounterView(context, counter)),
    ),
    services: await Promise.all(
      services.map(async (service) => lineOf(context, service, await serviceLoad(context, service, byId))),
    ),
  };
}
