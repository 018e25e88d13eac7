import { routes } from '@mpp-kit/contract';
import type { Engine } from '../engine.js';
import { ok, type Mount } from '../http/router.js';
import { callNext, completeTicket, recallTicket, skipTicket, updateCounterStatus } from '../queue/queue-engine.js';

/** Counter actions for staff: call next, recall, skip, complete, and open/pause/close. */
export function mountStaffRoutes(mount: Mount, engine: Engine): void {
  mount(routes.callNext, (c, { params, query }) =>
    ok(
      c,
      routes.callNext,
      engine.write((context) => callNext(context, params.id, query.serving)),
    ),
  );
  mount(routes.recallTicket, (c, { params, query }) =>
    ok(
      c,
      routes.recallTicket,
      engine.write((context) => recallTicket(context, params.id, query.serving)),
    ),
  );
  mount(routes.skipTicket, (c, { params, query }) =>
    ok(
      c,
      routes.skipTicket,
      engine.write((context) => skipTicket(context, params.id, query.serving)),
    ),
  );
  mount(routes.completeTicket, (c, { params, query }) =>
    ok(
      c,
      routes.completeTicket,
      engine.write((context) => completeTicket(context, params.id, query.serving)),
    ),
  );
  mount(routes.updateCounter, (c, { params, body }) =>
    ok(
      c,
      routes.updateCounter,
      engine.write((context) => updateCounterStatus(context, params.id, body.status)),
    ),
  );
}
