import { routes, type QueueFilter, type Ticket } from '@mpp-kit/contract';
import type { Context } from 'hono';
import type { Engine } from '../engine.js';
import { ApiError } from '../http/api-error.js';
import type { AppEnv } from '../http/env.js';
import { ok, type Mount } from '../http/router.js';
import { idempotentRequest, rememberAnswer, storedAnswer } from '../idempotency.js';
import { cancelTicket, takeTicket } from '../queue/queue-engine.js';
import { queueStream } from '../queue/stream.js';
import { queueSnapshot, ticketView } from '../queue/views.js';
import type { IdempotencyRecord } from '../store/store.js';
import { idempotencyKeyOf, replayResponse } from './idempotency-header.js';

/** Refuses a filter naming an agency or service that does not exist. */
function requireKnownFilter(engine: Engine, filter: QueueFilter): void {
  const { store } = engine;
  if (filter.agency !== undefined && !store.listAgencies().some((agency) => agency.id === filter.agency))
    throw new ApiError('not_found');
  if (filter.service !== undefined && !store.getService(filter.service)) throw new ApiError('not_found');
}

/** Takes a ticket, replaying the first answer for a repeated `Idempotency-Key`. */
async function take(c: Context<AppEnv>, engine: Engine, serviceId: string, rawBody: unknown): Promise<Response> {
  const key = idempotencyKeyOf(c);
  const request = key === null ? null : await idempotentRequest(await engine.protection, 'takeTicket', key, rawBody);
  const outcome = engine.write((context): { replay: IdempotencyRecord } | { ticket: Ticket } => {
    const earlier = storedAnswer(context.store, request);
    if (earlier) return { replay: earlier };
    const ticket = takeTicket(context, serviceId);
    rememberAnswer(context.store, request, routes.takeTicket.status, JSON.stringify(ticket), context.now.getTime());
    return { ticket };
  });
  if ('replay' in outcome) return replayResponse(c, outcome.replay.status, outcome.replay.body);
  return ok(c, routes.takeTicket, outcome.ticket);
}

/** The queue snapshot and stream, and the public ticket routes. */
export function mountQueueRoutes(mount: Mount, engine: Engine): void {
  mount(routes.getQueueSnapshot, (c, { query }) => {
    requireKnownFilter(engine, query);
    return ok(c, routes.getQueueSnapshot, queueSnapshot(engine.view(), query, engine.store.getSite().timeZone));
  });
  mount(routes.streamQueue, (c, { query }) => {
    requireKnownFilter(engine, query);
    return queueStream(c, engine, query);
  });
  mount(routes.takeTicket, (c, { body, rawBody }) => take(c, engine, body.serviceId, rawBody));
  mount(routes.getTicket, (c, { params }) => {
    const ticket = engine.store.getTicket(params.id);
    if (!ticket) throw new ApiError('not_found');
    return ok(c, routes.getTicket, ticketView(engine.view(), ticket));
  });
  mount(routes.cancelTicket, (c, { params }) =>
    ok(
      c,
      routes.cancelTicket,
      engine.write((context) => cancelTicket(context, params.id)),
    ),
  );
}
