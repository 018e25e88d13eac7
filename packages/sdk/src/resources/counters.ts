import {
  callNextRoute,
  completeTicketRoute,
  recallTicketRoute,
  skipTicketRoute,
  updateCounterRoute,
  type Counter,
  type CounterUpdate,
  type StaffCallResult,
} from '@mpp-kit/contract';
import type { ClientCore } from '../core.js';
import type { CallOptions } from '../http.js';

/** Options of a counter action: the call options, and what the caller sees at the counter. */
export interface StaffActionOptions extends CallOptions {
  /**
   * The id of the ticket the caller sees at the counter, or `null` when it sees
   * none. The server then refuses the action with `counter_changed` (409) when
   * the counter serves something else, so a console acting on a stale view
   * (a second console at the counter, a slow network) never finishes a citizen
   * nobody has seen. Omitted: nothing is checked.
   * @default undefined
   */
  readonly serving?: string | null;
}

/** The query and call options of a counter action. */
function staffCall({ serving, ...options }: StaffActionOptions = {}) {
  return { query: serving === undefined ? {} : { serving: serving ?? 'none' }, options };
}

/**
 * Staff actions at a counter (loket): `client.counters`. Every method needs the
 * client's `staffToken` and throws {@link MppConfigError} without one, before any
 * request. None is retried: calling a number twice would skip a citizen.
 */
export interface CountersResource {
  /**
   * Calls the next ticket in line to this counter.
   *
   * @example
   * ```ts
   * const { ticket } = await staff.counters.callNext('loket-3', { serving: shown?.id ?? null });
   * if (ticket) announce(ticket.number);
   * ```
   */
  callNext(id: string, options?: StaffActionOptions): Promise<StaffCallResult>;
  /**
   * Calls the counter's current ticket again (the citizen did not hear it).
   *
   * @example
   * ```ts
   * await staff.counters.recall('loket-3');
   * ```
   */
  recall(id: string, options?: StaffActionOptions): Promise<StaffCallResult>;
  /**
   * Skips the counter's current ticket (the citizen did not come).
   *
   * @example
   * ```ts
   * await staff.counters.skip('loket-3');
   * ```
   */
  skip(id: string, options?: StaffActionOptions): Promise<StaffCallResult>;
  /**
   * Finishes serving the counter's current ticket.
   *
   * @example
   * ```ts
   * await staff.counters.complete('loket-3');
   * ```
   */
  complete(id: string, options?: StaffActionOptions): Promise<StaffCallResult>;
  /**
   * Opens, pauses or closes the counter.
   *
   * @example
   * ```ts
   * await staff.counters.update('loket-3', { status: 'paused' });
   * ```
   */
  update(id: string, patch: CounterUpdate, options?: CallOptions): Promise<Counter>;
}

/**
 * Builds `client.counters` (staff actions at counters (needs `staffToken`)) over a {@link ClientCore}, for a client
 * with only the resources a page uses.
 *
 * @example
 * ```ts
 * const counters = countersResource(createCore({ baseUrl }));
 * ```
 */
export function countersResource({ send }: ClientCore): CountersResource {
  return {
    callNext: (id, options) => send(callNextRoute, { params: { id }, ...staffCall(options) }),
    recall: (id, options) => send(recallTicketRoute, { params: { id }, ...staffCall(options) }),
    skip: (id, options) => send(skipTicketRoute, { params: { id }, ...staffCall(options) }),
    complete: (id, options) => send(completeTicketRoute, { params: { id }, ...staffCall(options) }),
    update: (id, patch, options) => send(updateCounterRoute, { params: { id }, body: patch, options }),
  };
}
