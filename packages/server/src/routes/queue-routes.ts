import { routes, type QueueFilter } from '@mpp-kit/contract';
import type { Engine } from '../engine.js';
import { ApiError } from '../http/api-error.js';
import { ok, type Mount } from '../http/router.js';
import { cancelTicket, takeTicket } from '../queue/queue-engine.js';
import { queueStream } from '../queue/stream.js';
import { queueSnapshot, ticketView } from '../queue/views.js';

/** Refuses a filter naming an agency or service that does not exist. */
function requireKnownFilter(engine: Engine, filter: QueueFilter): void {
  const { store } = engine;
  if (filter.agency !== undefined && !store.listAgencies().some((agency) => agency.id === filter.agency))
    throw new ApiError('not_found');
  if (filter.service !== undefined && !store.getService(filter.service)) throw new ApiError('not_found');
}

/** The queue snapshot and stream, and the public ticket routes. */
export function mountQueueRoutes(mount: Mount, engine: Engine): void {
  mount(routes.getQueueSnapshot, (c, { query }) => {
    requireKnownFilter(engine, query);
    return ok(
      c,
      routes.getQueueSnapshot,
      engine.read((view) => queueSnapshot(view, query, engine.store.getSite().timeZone)),
    );
  });
  mount(routes.streamQueue, (c, { query }) => {
    requireKnownFilter(engine, query);
    return queueStream(c, engine, query);
  });
  mount(routes.takeTicket, (c, { body }) =>
    ok(
      c,
      routes.takeTicket,
      engine.write(async (context) => {
        await c.var.idempotencyClaim.claim(context.store);
        const ticket = await takeTicket(context, body.serviceId);
        await c.var.idempotencyClaim.answer(context.store, ticket);
        return ticket;
      }),
    ),
  );
  mount(routes.getTicket, (c, { params }) =>
    ok(
      c,
      routes.getTicket,
      engine.read(async (view) => {
        const ticket = await view.store.getTicket(params.id);
        if (!ticket) throw new ApiError('not_found');
        return ticketView(view, ticket);
      }),
    ),
  );
  mount(routes.cancelTicket, (c, { params }) =>
    ok(
      c,
      routes.cancelTicket,
      engine.write((context) => cancelTicket(context, params.id)),
    ),
  );
}
