import { ElementHarness } from '../core/harness.js';
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
  /** A number is being taken or cancelled: {@link settled} waits for it. */
  protected override get pendingWork(): string | null {
    return this.working ? 'taking or cancelling' : null;
  }

  /** Whether a number is being taken or cancelled now. */
  get working(): boolean {
    return this.find('[data-phase="taking"], [data-phase="cancelling"]') !== null;
  }

  /** The card's heading: the service's queue before taking, "Nomor antrean Anda A-001" after. */
  get heading(): string | null {
    return this.textAt('[part~="heading"]');
  }

  /** The queue number shown, e.g. `A-001`, or `null` while no ticket is shown. */
  get number(): string | null {
    return this.textAt('[part~="number"]');
  }

  /** The service's name on the ticket. */
  get serviceName(): string | null {
    return this.textAt('[part~="service"]');
  }

  /** The status word, e.g. `Menunggu`. */
  get status(): string | null {
    return this.textAt('[part~="status"]');
  }

  /** The ticket's status as data (`waiting`, `called`, …), or `null` while no ticket is shown. */
  get statusKind(): string | null {
    return this.find('[data-status]')?.getAttribute('data-status') ?? null;
  }

  /** The people ahead, e.g. `2 orang` or `Anda berikutnya`; `null` once the ticket left the line. */
  get peopleAhead(): string | null {
    return this.textAt('[part~="ahead"]');
  }

  /** The estimated wait, e.g. `12 menit`; `null` once the ticket left the line. */
  get estimatedWait(): string | null {
    return this.textAt('[part~="wait"]');
  }

  /** Before taking: the line now, e.g. `3 orang menunggu · perkiraan tunggu 15 menit`. */
  get line(): string | null {
    return this.textAt('[part~="line"]');
  }

  /** The call, e.g. `Silakan menuju Loket 1 Nomor A-001 dipanggil.`, or where the visitor is served. */
  get callMessage(): string | null {
    return this.textAt('[part~="call"]');
  }

  /** How a finished ticket ended, or `null`. */
  get outcome(): string | null {
    return this.textAt('[part~="outcome"]');
  }

  /** The survey offer of a completed ticket (the invitation, the code or link, until when), or `null`. */
  get surveyOffer(): string | null {
    return this.textAt('[part~="survey"]');
  }

  /** The survey code shown on a completed ticket (without `survey-url`), or `null`. */
  get surveyCode(): string | null {
    return this.textAt('[part~="survey-code"]');
  }

  /** Where the survey link of a completed ticket goes (with `survey-url`), or `null`. */
  get surveyLink(): string | null {
    return this.find('[part~="survey-link"]')?.getAttribute('href') ?? null;
  }

  /** Why no number can be taken now, with the next opening, or `null`. */
  get refusal(): string | null {
    return this.textAt('[part~="refusal"]');
  }

  /** The cancellation question while it is asked, or `null`. */
  get confirmation(): string | null {
    return this.textAt('#cancel-question');
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
    this.partButton('take-button').click();
  }

  /** Presses the take button and waits until the ticket (or why there is none) is shown. */
  async take(): Promise<void> {
    await this.settled();
    this.pressTake();
    await this.settled();
  }

  /** Presses "Beri tahu saya" and waits until the browser's answer is shown in its place. */
  async allowNotifications(timeout = 5000): Promise<void> {
    this.partButton('notify-button').click();
    await this.until(
      () => this.find('[part~="notify-button"]') === null,
      'the notification permission was not answered',
      timeout,
    );
    await this.settled();
  }

  /** Presses "Batalkan antrean": the confirmation appears. */
  async cancel(): Promise<void> {
    await this.pressPart('cancel-button');
  }

  /** Confirms the cancellation and waits for its answer. */
  async confirmCancel(): Promise<void> {
    await this.pressPart('confirm-cancel-button');
  }

  /** Answers "Tidak, tetap antre" to the confirmation. */
  async keepTicket(): Promise<void> {
    await this.pressPart('keep-button');
  }
}
