// Staff at the counters: call, recall, skip, complete, and open or close a counter.
import {
  CounterSchema,
  CounterUpdateSchema,
  StaffActionQuerySchema,
  StaffCallResultSchema,
} from '../schemas/counter.js';
import type { RouteDefinition } from './route.js';
import { IdParamsSchema } from './params.js';

// The four counter actions share one shape, so their members are documented once here.
const staffAction = (path: string) =>
  ({
    /** `POST`: an action at the counter; repeating it acts again. */
    method: 'POST',
    /** `/v1/counters/{id}/<action>`, `{id}` being the counter's id. */
    path,
    /** Staff only: `Authorization: Bearer <token>`. */
    auth: 'staff',
    /** The counter's `id`. */
    params: IdParamsSchema,
    /** Optional `serving`: the ticket id (or `none`) the caller sees at the counter. */
    query: StaffActionQuerySchema,
    /** `200 OK`. */
    status: 200,
    /** The counter after the action and the ticket it concerned. */
    response: StaffCallResultSchema,
  }) as const;

/**
 * `POST /v1/counters/{id}/call-next`: finish the current ticket and call the next one
 * (checked-in bookings first). `counter_closed` unless the counter is open; `queue_empty` when nobody waits.
 */
export const callNextRoute = /* @__PURE__ */ staffAction('/v1/counters/{id}/call-next');

/**
 * `POST /v1/counters/{id}/recall`: announce the current ticket again. `counter_closed` when the
 * counter is closed; `conflict` when it serves no ticket; `recall_limit` past the site's recall limit.
 */
export const recallTicketRoute = /* @__PURE__ */ staffAction('/v1/counters/{id}/recall');

/** `POST /v1/counters/{id}/skip`: mark the current ticket `skipped` (did not come); `conflict` when there is none. */
export const skipTicketRoute = /* @__PURE__ */ staffAction('/v1/counters/{id}/skip');

/** `POST /v1/counters/{id}/complete`: mark the current ticket `done`, freeing the counter; `conflict` when there is none. */
export const completeTicketRoute = /* @__PURE__ */ staffAction('/v1/counters/{id}/complete');

/** `PATCH /v1/counters/{id}`: open, pause or close a counter (loket). */
export const updateCounterRoute = {
  /** `PATCH`: changes the counter's status. */
  method: 'PATCH',
  /** `{id}` is the counter's id, e.g. `loket-3`. */
  path: '/v1/counters/{id}',
  /** Staff only: `Authorization: Bearer <token>`. */
  auth: 'staff',
  /** The counter's `id`. */
  params: IdParamsSchema,
  /** `{ "status" }`: `open`, `paused` or `closed`. */
  body: CounterUpdateSchema,
  /** `200 OK`. */
  status: 200,
  /** The {@link Counter} after the change. */
  response: CounterSchema,
} as const satisfies RouteDefinition;
