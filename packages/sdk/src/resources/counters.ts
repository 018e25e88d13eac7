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
   * const { ticket } = await staff.counters.callNext('loket-3');
   * if (ticket) announce(ticket.number);
   * ```
   */
  callNext(id: string, options?: CallOptions): Promise<StaffCallResult>;
  /**
   * Calls the counter's current ticket again (the citizen did not hear it).
   *
   * @example
   * ```ts
   * await staff.counters.recall('loket-3');
   * ```
   */
  recall(id: string, options?: CallOptions): Promise<StaffCallResult>;
  /**
   * Skips the counter's current ticket (the citizen did not come).
   *
   * @example
   * ```ts
   * await staff.counters.skip('loket-3');
   * ```
   */
  skip(id: string, options?: CallOptions): Promise<StaffCallResult>;
  /**
   * Finishes serving the counter's current ticket.
   *
   * @example
   * ```ts
   * await staff.counters.complete('loket-3');
   * ```
   */
  complete(id: string, options?: CallOptions): Promise<StaffCallResult>;
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
    callNext: (id, options) => send(callNextRoute, { params: { id }, options }),
    recall: (id, options) => send(recallTicketRoute, { params: { id }, options }),
    skip: (id, options) => send(skipTicketRoute, { params: { id }, options }),
    complete: (id, options) => send(completeTicketRoute, { params: { id }, options }),
    update: (id, patch, options) => send(updateCounterRoute, { params: { id }, body: patch, options }),
  };
}
