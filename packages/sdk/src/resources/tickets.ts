import {
  cancelTicketRoute,
  getTicketRoute,
  takeTicketRoute,
  type TakeTicketInput,
  type Ticket,
} from '@mpp-kit/contract';
import type { ClientCore } from '../core.js';
import type { CallOptions, IdempotentCallOptions } from '../http.js';

/** Queue tickets (nomor antrean): `client.tickets`. */
export interface TicketsResource {
  /**
   * Takes a queue number for a service. Sends an `Idempotency-Key` that stays the
   * same across retries, so a retry after a dropped connection never takes two numbers.
   *
   * @throws {@link MppValidationError} when the input is invalid, before any request
   * @example
   * ```ts
   * const ticket = await client.tickets.take({ serviceId: 'ktp-el' });
   * console.log(ticket.number); // 'A-012'
   * ```
   */
  take(input: TakeTicketInput, options?: IdempotentCallOptions): Promise<Ticket>;
  /**
   * A ticket's status, position in line and estimated wait.
   *
   * @example
   * ```ts
   * const { position, estimatedWaitSeconds } = await client.tickets.get(ticket.id);
   * ```
   */
  get(id: string, options?: CallOptions): Promise<Ticket>;
  /**
   * Leaves the queue. Not retried (it may already have reached the server).
   *
   * @example
   * ```ts
   * await client.tickets.cancel(ticket.id);
   * ```
   */
  cancel(id: string, options?: CallOptions): Promise<Ticket>;
}

/**
 * Builds `client.tickets` (queue tickets) over a {@link ClientCore}, for a client
 * with only the resources a page uses.
 *
 * @example
 * ```ts
 * const tickets = ticketsResource(createCore({ baseUrl }));
 * ```
 */
export function ticketsResource({ send }: ClientCore): TicketsResource {
  return {
    take: (input, options) => send(takeTicketRoute, { body: input, options }),
    get: (id, options) => send(getTicketRoute, { params: { id }, options }),
    cancel: (id, options) => send(cancelTicketRoute, { params: { id }, options }),
  };
}
