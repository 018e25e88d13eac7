import { routes, type Counter, type CounterUpdate, type StaffCallResult } from '@mpp-kit/contract';
import type { CallOptions, Send } from '../http.js';

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

/** @internal */
export function countersResource(send: Send): CountersResource {
  return {
    callNext: (id, options) => send(routes.callNext, { params: { id }, options }),
    recall: (id, options) => send(routes.recallTicket, { params: { id }, options }),
    skip: (id, options) => send(routes.skipTicket, { params: { id }, options }),
    complete: (id, options) => send(routes.completeTicket, { params: { id }, options }),
    update: (id, patch, options) => send(routes.updateCounter, { params: { id }, body: patch, options }),
  };
}
