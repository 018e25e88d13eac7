import { ElementHarness, textOf } from '../core/harness.js';
import type { MppTicket } from './ticket.js';

/**
 * Reads and drives `<mpp-ticket>` the way a visitor does.
 *
 * @example
 * ```ts
 * const ticket = new TicketHarness(document.querySelector('mpp-ticket')!);
 * await ticket.take();
 * ticket.number; // 'A-001'
 * ticket.peopleAhead; // 'Anda berikutnya'
 * ```
 */
export class TicketHarness extends ElementHarness<MppTicket> {
  /**
   * Resolves once the element has rendered, no load is running and no number
   * is being taken or cancelled.
   *
   * @param timeout milliseconds to wait before failing. @default 5000
   */
  override async settled(timeout = 5000): Promise<void> {
    const deadline = Date.now() + timeout;
    await super.settled(timeout);
    while (this.working) {
      await this.change(deadline, `<mpp-ticket> still taking or cancelling after ${timeout} ms`);
      await super.settled(Math.max(0, deadline - Date.now()));
    }
  }

  /**
   * Resolves at the next change of the shadow DOM (waiting on mutations rather
   * than timers, which a background tab slows down); fails at `deadline`.
   */
  private change(deadline: number, failure: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const observer = new MutationObserver(() => {
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      });
      observer.observe(this.root, { subtree: true, childList: true, attributes: true, characterData: true });
      const timer = setTimeout(
        () => {
          observer.disconnect();
          reject(new Error(failure));
        },
        Math.max(0, deadline - Date.now()),
      );
    });
  }

  /** Whether a number is being taken or cancelled now. */
  get working(): boolean {
    return this.find('[data-phase="taking"], [data-phase="cancelling"]') !== null;
  }

  /** The card's heading: the service's queue before taking, "Nomor antrean Anda A-001" after. */
  get heading(): string | null {
    const heading = this.find('[part~="heading"]');
    return heading ? textOf(heading) : null;
  }

  /** The queue number shown, e.g. `A-001`, or `null` while no ticket is shown. */
  get number(): string | null {
    const number = this.find('[part~="number"]');
    return number ? textOf(number) : null;
  }

  /** The service's name on the ticket. */
  get serviceName(): string | null {
    const service = this.find('[part~="service"]');
    return service ? textOf(service) : null;
  }

  /** The status word, e.g. `Menunggu`. */
  get status(): string | null {
    const status = this.find('[part~="status"]');
    return status ? textOf(status) : null;
  }

  /** The ticket's status as data (`waiting`, `called`, …), or `null` while no ticket is shown. */
  get statusKind(): string | null {
    return this.find('[data-status]')?.getAttribute('data-status') ?? null;
  }

  /** The people ahead, e.g. `2 orang` or `Anda berikutnya`; `null` once the ticket left the line. */
  get peopleAhead(): string | null {
    const ahead = this.find('[part~="ahead"]');
    return ahead ? textOf(ahead) : null;
  }

  /** The estimated wait, e.g. `12 menit`; `null` once the ticket left the line. */
  get estimatedWait(): string | null {
    const wait = this.find('[part~="wait"]');
    return wait ? textOf(wait) : null;
  }

  /** Before taking: the line now, e.g. `3 orang menunggu · perkiraan tunggu 15 menit`. */
  get line(): string | null {
    const line = this.find('[part~="line"]');
    return line ? textOf(line) : null;
  }

  /** The call, e.g. `Silakan menuju Loket 1 Nomor A-001 dipanggil.`, or where the visitor is served. */
  get callMessage(): string | null {
    const call = this.find('[part~="call"]');
    return call ? textOf(call) : null;
  }

  /** How a finished ticket ended, or `null`. */
  get outcome(): string | null {
    const outcome = this.find('[part~="outcome"]');
    return outcome ? textOf(outcome) : null;
  }

  /** Why no number can be taken now, with the next opening, or `null`. */
  get refusal(): string | null {
    const refusal = this.find('[part~="refusal"]');
    return refusal ? textOf(refusal) : null;
  }

  /** The cancellation question while it is asked, or `null`. */
  get confirmation(): string | null {
    const question = this.find('#cancel-question');
    return question ? textOf(question) : null;
  }

  /** Whether data is shown as `live` or `stale`, or `null` when no card is shown. */
  get freshness(): 'live' | 'stale' | null {
    const value = this.find('[data-freshness]')?.getAttribute('data-freshness');
    return value === 'live' || value === 'stale' ? value : null;
  }

  /** Whether the take button ("Ambil nomor antrean" or "Ambil nomor baru") is shown. */
  get canTake(): boolean {
    return this.find('[part~="take-button"]') !== null;
  }

  /** Presses the take button without waiting (e.g. twice, as a double click does). */
  pressTake(): void {
    this.button('take-button').click();
  }

  /** Presses the take button and waits until the ticket (or why there is none) is shown. */
  async take(): Promise<void> {
    await this.settled();
    this.pressTake();
    await this.settled();
  }

  /** Presses "Beri tahu saya" and waits until the browser's answer is shown in its place. */
  async allowNotifications(timeout = 5000): Promise<void> {
    const deadline = Date.now() + timeout;
    this.button('notify-button').click();
    while (this.find('[part~="notify-button"]')) {
      await this.change(deadline, 'the notification permission was not answered');
    }
    await this.settled();
  }

  /** Presses "Batalkan antrean": the confirmation appears. */
  async cancel(): Promise<void> {
    this.button('cancel-button').click();
    await this.settled();
  }

  /** Confirms the cancellation and waits for its answer. */
  async confirmCancel(): Promise<void> {
    this.button('confirm-cancel-button').click();
    await this.settled();
  }

  /** Answers "Tidak, tetap antre" to the confirmation. */
  async keepTicket(): Promise<void> {
    this.button('keep-button').click();
    await this.settled();
  }

  private button(part: string): HTMLButtonElement {
    const found = this.find(`[part~="${part}"]`);
    if (!(found instanceof HTMLButtonElement)) throw new Error(`no ${part} is shown`);
    return found;
  }
}
