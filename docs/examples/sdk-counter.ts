// A counter (loket) driven by the SDK with a staff token: open, call the next
// number, recall, skip or complete it, and check a booking in. Every action
// sends the ticket the officer sees (`serving`), so a second console at the
// same counter, or a slow network, never finishes a citizen nobody has seen.
// Quoted in docs/sdk.md; the root typecheck compiles it against the SDK's source.
import { callAnnouncement } from '@mpp-kit/contract';
import { createClient, isMppApiError, type MppClient, type StaffCallResult, type Ticket } from '@mpp-kit/sdk';

// snippet:start console
/** One counter's console: what it serves, and the officer's actions. */
export class CounterDesk {
  /** The ticket the officer sees at the counter, or `null`. */
  serving: Ticket | null = null;

  constructor(
    private readonly staff: MppClient,
    readonly counterId: string,
  ) {}

  async open(): Promise<void> {
    await this.staff.counters.update(this.counterId, { status: 'open' });
  }

  /** Calls the next number; `null` when nobody waits. */
  async callNext(): Promise<string | null> {
    try {
      return this.show(await this.staff.counters.callNext(this.counterId, { serving: this.serving?.id ?? null }));
    } catch (error) {
      if (isMppApiError(error) && error.code === 'queue_empty') return null;
      if (isMppApiError(error) && error.code === 'counter_changed') {
        await this.refresh(); // show the officer what the counter really serves first
        return null;
      }
      throw error;
    }
  }

  async recall(): Promise<string | null> {
    return this.show(await this.staff.counters.recall(this.counterId, { serving: this.serving?.id ?? null }));
  }

  /** The citizen did not come. */
  async skip(): Promise<void> {
    this.show(await this.staff.counters.skip(this.counterId, { serving: this.serving?.id ?? null }));
  }

  /** Served; the counter is free again. */
  async complete(): Promise<void> {
    this.show(await this.staff.counters.complete(this.counterId, { serving: this.serving?.id ?? null }));
  }

  /** What the counter serves now, from the live queue. */
  async refresh(): Promise<void> {
    const { counters } = await this.staff.queues.snapshot();
    this.serving = counters.find((counter) => counter.id === this.counterId)?.serving ?? null;
  }

  /** Keeps what the server says the counter serves; returns the sentence to announce. */
  private show({ counter, ticket }: StaffCallResult): string | null {
    this.serving = ticket;
    return ticket && ticket.status === 'called' ? callAnnouncement(ticket.number, counter.name, 'id') : null;
  }
}
// snippet:end console

// snippet:start check-in
/** A booking at the desk: checked in when its window is open, else the reason in the officer's words. */
export async function checkIn(staff: MppClient, code: string): Promise<Ticket | string> {
  const preview = await staff.bookings.checkInPreview(code);
  if (preview.state !== 'open') return preview.state; // 'too-early', 'too-late', 'checked-in', 'not-checkable'
  return staff.bookings.checkIn(code); // a priority ticket: called before the walk-in line
}
// snippet:end check-in

// snippet:start client
// The token comes from the officer (typed into a password field), never from the page's source or storage.
export function staffClient(token: string): MppClient {
  return createClient({ baseUrl: 'https://mpp.kedirikota.go.id/api', staffToken: token });
}
// snippet:end client
