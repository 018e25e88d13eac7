import {
  openingAt,
  type Counter,
  type CounterStatus,
  type StaffCallResult,
  type Ticket,
  type TicketEventType,
} from '@mpp-kit/contract';
import type { WriteContext } from '../engine.js';
import { ApiError } from '../http/api-error.js';
import type { CounterRecord, ServiceRecord, TicketPatch, TicketRecord } from '../store/store.js';
import { inviteToSurvey } from '../survey/survey-engine.js';
import { formatInstant } from '../time/instant.js';
import { randomToken } from '../util/bytes.js';
import { lineKey, nextQueueNumber } from './numbering.js';
import { counterView, lineOf, queueCounterView, serversOf, serviceLoad, ticketView } from './views.js';

/** A service by id, or `not_found`. */
export function requireService(context: WriteContext, serviceId: string): ServiceRecord {
  const service = context.store.getService(serviceId);
  if (!service) throw new ApiError('not_found');
  return service;
}

/** Refuses when the site is not serving today at this hour (breaks are fine: the line waits). */
function requireOpenSite(context: WriteContext): void {
  const state = openingAt(context.site, context.now);
  if (state.kind !== 'closed') return;
  throw new ApiError(state.reason === 'holiday' ? 'holiday' : 'site_closed');
}

/** Refuses when no counter of the service is open or paused. */
async function requireServingCounter(context: WriteContext, service: ServiceRecord): Promise<void> {
  if ((await serversOf(context.store, service)) === 0) throw new ApiError('queue_closed');
}

/**
 * Emits a ticket event with the service's line after the change. `lastInLine`
 * says the ticket is the newest walk-in of its line (just issued): every other
 * waiting ticket is ahead of it, so its position needs no second count.
 */
async function emitTicket(
  context: WriteContext,
  type: TicketEventType,
  ticket: TicketRecord,
  counterId: string | null,
  lastInLine = false,
): Promise<Ticket> {
  const service = context.store.getService(ticket.serviceId);
  if (!service) return await ticketView(context, ticket);
  const load = await serviceLoad(context, service);
  const line = await lineOf(context, service, load);
  const view = await ticketView(context, ticket, lastInLine ? { load, position: line.waiting - 1 } : { load });
  await context.emit({ type, at: formatInstant(context.now, context.site.timeZone), ticket: view, counterId, line });
  return view;
}

/** What {@link issueTicket} issues besides a walk-in number. */
export interface IssueOptions {
  /** The booking checked in, for a priority ticket. */
  readonly booking?: { readonly code: string; readonly slotStartMs: number };
}

/**
 * Issues the service's next number of the day and puts the ticket in line
 * (checked-in bookings ahead of walk-ins). Callers check the rules first.
 */
export async function issueTicket(
  context: WriteContext,
  service: ServiceRecord,
  options: IssueOptions = {},
): Promise<Ticket> {
  const { store, today, now } = context;
  const issued = nextQueueNumber(service.queuePrefix, await store.lastSequence(service.id, today));
  if (!issued) throw new ApiError('quota_exceeded');
  await store.saveSequence(service.id, today, issued.sequence);
  const ticket: TicketRecord = {
    id: randomToken(),
    serviceId: service.id,
    localDate: today,
    sequence: issued.sequence,
    number: issued.number,
    status: 'waiting',
    priority: options.booking !== undefined,
    bookingCode: options.booking?.code ?? null,
    // The event announcing this ticket gets the next id: a global, durable issue order.
    queueKey: lineKey({ order: (await store.lastEventId()) + 1, slotStartMs: options.booking?.slotStartMs ?? null }),
    issuedAt: formatInstant(now, context.site.timeZone),
    calledAt: null,
    counterId: null,
    recalls: 0,
    finishedAt: null,
  };
  await store.insertTicket(ticket);
  // A walk-in's key orders after every ticket issued before it (see lineKey); a checked-in booking may go ahead of others.
  return await emitTicket(context, 'ticket.issued', ticket, null, options.booking === undefined);
}

/**
 * Takes a walk-in queue number: refused when the service has no queue, on
 * holidays, outside opening hours, when no counter serves it, or past its daily
 * quota of walk-in tickets.
 */
export async function takeTicket(context: WriteContext, serviceId: string): Promise<Ticket> {
  const service = requireService(context, serviceId);
  if (!service.channels.some((channel) => channel.kind === 'queue')) throw new ApiError('queue_closed');
  requireOpenSite(context);
  await requireServingCounter(context, service);
  if (service.dailyQuota !== null) {
    const taken = await context.store.countTickets({
      localDate: context.today,
      serviceIds: [service.id],
      priority: false,
    });
    if (taken >= service.dailyQuota) throw new ApiError('quota_exceeded');
  }
  return await issueTicket(context, service);
}

/** Checks in a booking's holder: a priority ticket in the same line. Callers check the booking. */
export async function checkInTicket(
  context: WriteContext,
  service: ServiceRecord,
  booking: { code: string; slotStartMs: number },
): Promise<Ticket> {
  requireOpenSite(context);
  await requireServingCounter(context, service);
  return await issueTicket(context, service, { booking });
}

/**
 * Leaves the line: only a waiting ticket can be cancelled. A checked-in
 * booking's holder who leaves cancels the booking too, which then no longer
 * holds its place or shows as checked in.
 */
export async function cancelTicket(context: WriteContext, ticketId: string): Promise<Ticket> {
  const ticket = await context.store.getTicket(ticketId);
  if (!ticket) throw new ApiError('not_found');
  if (ticket.status !== 'waiting') throw new ApiError('conflict');
  const at = formatInstant(context.now, context.site.timeZone);
  const patch: TicketPatch = { status: 'cancelled', finishedAt: at };
  await context.store.updateTicket(ticket.id, patch);
  if (ticket.bookingCode) await context.store.updateBooking(ticket.bookingCode, { status: 'cancelled', updatedAt: at });
  return await emitTicket(context, 'ticket.cancelled', { ...ticket, ...patch }, null);
}

async function requireCounter(context: WriteContext, counterId: string, serving?: string): Promise<CounterRecord> {
  const counter = await context.store.getCounter(counterId);
  if (!counter) throw new ApiError('not_found');
  // The caller acted on a view where the counter served another ticket (or none): refuse
  // rather than finish a citizen the caller has not seen.
  if (serving !== undefined && (counter.currentTicketId ?? NOT_SERVING) !== serving) {
    throw new ApiError('counter_changed');
  }
  return counter;
}

/** The `serving` value of a counter action's query for a counter that serves nobody. */
export const NOT_SERVING = 'none';

/** The ticket a counter is serving, or `conflict` when it serves none. */
async function currentTicket(context: WriteContext, counter: CounterRecord): Promise<TicketRecord> {
  const ticket = counter.currentTicketId ? await context.store.getTicket(counter.currentTicketId) : undefined;
  if (!ticket) throw new ApiError('conflict');
  return ticket;
}

async function result(context: WriteContext, counterId: string, ticket: Ticket | null): Promise<StaffCallResult> {
  const counter = await context.store.getCounter(counterId);
  if (!counter) throw new ApiError('not_found');
  return { counter: counterView(counter), ticket };
}

/** Finishes the counter's current ticket as done or skipped and frees the counter. */
async function finish(
  context: WriteContext,
  counter: CounterRecord,
  ticket: TicketRecord,
  outcome: 'done' | 'skipped',
): Promise<Ticket> {
  const { store, now } = context;
  const at = formatInstant(now, context.site.timeZone);
  const patch: TicketPatch = { status: outcome, finishedAt: at };
  await store.updateTicket(ticket.id, patch);
  await store.updateCounter(counter.id, { currentTicketId: null });
  // Only a ticket finished the day it was issued tells how long service takes today.
  if (outcome === 'done' && ticket.calledAt && ticket.localDate === context.today) {
    const seconds = Math.max(0, Math.round((now.getTime() - Date.parse(ticket.calledAt)) / 1000));
    await store.addServiceTime(ticket.serviceId, ticket.localDate, seconds);
  }
  if (ticket.bookingCode) {
    await store.updateBooking(ticket.bookingCode, {
      status: outcome === 'done' ? 'completed' : 'no-show',
      updatedAt: at,
    });
  }
  // Whoever was served may answer the satisfaction survey once; a no-show was not served.
  if (outcome === 'done') await inviteToSurvey(context, ticket);
  return await emitTicket(
    context,
    outcome === 'done' ? 'ticket.completed' : 'ticket.skipped',
    { ...ticket, ...patch },
    counter.id,
  );
}

/**
 * Calls the next ticket to a counter, atomically: the first waiting ticket of
 * today among the counter's services (checked-in bookings first, then walk-ins
 * in order). The ticket the counter was serving is completed first.
 */
export async function callNext(context: WriteContext, counterId: string, serving?: string): Promise<StaffCallResult> {
  const counter = await requireCounter(context, counterId, serving);
  if (counter.status !== 'open') throw new ApiError('counter_closed');
  const [next] = await context.store.listTickets({
    localDate: context.today,
    serviceIds: counter.serviceIds,
    statuses: ['waiting'],
  });
  if (!next) throw new ApiError('queue_empty');
  const current = counter.currentTicketId ? await context.store.getTicket(counter.currentTicketId) : undefined;
  if (current && current.status === 'called') await finish(context, counter, current, 'done');
  const patch: TicketPatch = {
    status: 'called',
    calledAt: formatInstant(context.now, context.site.timeZone),
    counterId: counter.id,
  };
  await context.store.updateTicket(next.id, patch);
  await context.store.updateCounter(counter.id, { currentTicketId: next.id });
  return await result(
    context,
    counter.id,
    await emitTicket(context, 'ticket.called', { ...next, ...patch }, counter.id),
  );
}

/** Calls the counter's current ticket again, up to the site's recall limit. */
export async function recallTicket(
  context: WriteContext,
  counterId: string,
  serving?: string,
): Promise<StaffCallResult> {
  const counter = await requireCounter(context, counterId, serving);
  if (counter.status === 'closed') throw new ApiError('counter_closed');
  const ticket = await currentTicket(context, counter);
  if (ticket.recalls >= context.store.getSettings().recallLimit) throw new ApiError('recall_limit');
  const patch: TicketPatch = { recalls: ticket.recalls + 1 };
  await context.store.updateTicket(ticket.id, patch);
  return await result(
    context,
    counter.id,
    await emitTicket(context, 'ticket.recalled', { ...ticket, ...patch }, counter.id),
  );
}

/** Marks the counter's current ticket as skipped (did not come). */
export async function skipTicket(context: WriteContext, counterId: string, serving?: string): Promise<StaffCallResult> {
  const counter = await requireCounter(context, counterId, serving);
  return await result(
    context,
    counter.id,
    await finish(context, counter, await currentTicket(context, counter), 'skipped'),
  );
}

/** Marks the counter's current ticket as done; its service time feeds the wait estimate. */
export async function completeTicket(
  context: WriteContext,
  counterId: string,
  serving?: string,
): Promise<StaffCallResult> {
  const counter = await requireCounter(context, counterId, serving);
  return await result(
    context,
    counter.id,
    await finish(context, counter, await currentTicket(context, counter), 'done'),
  );
}

/** Opens, pauses or closes a counter; closing needs its current ticket finished first. */
export async function updateCounterStatus(
  context: WriteContext,
  counterId: string,
  status: CounterStatus,
): Promise<Counter> {
  const counter = await requireCounter(context, counterId);
  if (status === 'closed' && counter.currentTicketId) throw new ApiError('conflict');
  if (counter.status !== status) {
    await context.store.updateCounter(counter.id, { status });
    const updated = { ...counter, status };
    await context.emit({
      type: 'counter.updated',
      at: formatInstant(context.now, context.site.timeZone),
      counter: await queueCounterView(context, updated),
    });
    return counterView(updated);
  }
  return counterView(counter);
}
