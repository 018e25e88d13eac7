import { ElementHarness, textOf } from '../core/harness.js';
import type { MppBookingManager } from './booking-manager.js';

/**
 * Reads and drives `<mpp-booking-manager>` the way a citizen does: find a
 * booking, read it, pick a new time, confirm, cancel.
 *
 * @example
 * ```ts
 * const manager = new BookingManagerHarness(document.querySelector('mpp-booking-manager')!);
 * await manager.findBooking('KDR-7QX4M2', secret);
 * manager.fact('Status'); // 'Terkonfirmasi'
 * await manager.cancel();
 * ```
 */
export class BookingManagerHarness extends ElementHarness<MppBookingManager> {
  /** A reschedule or cancellation is being sent or the free times are loading: {@link settled} waits for it. */
  protected override get pendingWork(): string | null {
    return this.working ? 'sending' : null;
  }

  /** Whether a reschedule or a cancellation is being sent, or the free times are loading. */
  get working(): boolean {
    return this.find('[part~="card"]:not([data-phase="idle"]), [part~="reschedule"][aria-busy="true"]') !== null;
  }

  /** The booking code field of the find form, or `null` when the booking is shown. */
  get codeField(): HTMLInputElement | null {
    return this.root.querySelector<HTMLInputElement>('[part~="code-input"]');
  }

  /** The secret field of the find form, or `null` when the booking is shown. */
  get secretField(): HTMLInputElement | null {
    return this.root.querySelector<HTMLInputElement>('[part~="secret-input"]');
  }

  /** Types the code and secret into the find form, submits it and waits for the answer. */
  async findBooking(code: string, secret: string): Promise<void> {
    const [codeField, secretField] = [this.codeField, this.secretField];
    if (!codeField || !secretField) throw new Error('no find form: a booking is shown');
    codeField.value = code;
    secretField.value = secret;
    codeField.form?.requestSubmit();
    await this.settled();
  }

  /** Why no booking was found, or `null`. */
  get findError(): string | null {
    return this.textAt('[part~="find-error"]');
  }

  /** The booking card's heading, e.g. `Pemesanan KDR-7QX4M2`, or `null` when none is shown. */
  get heading(): string | null {
    return this.textAt('[part~="heading"]');
  }

  /** The booking's facts by their label, e.g. `{ Status: 'Terkonfirmasi', Layanan: '…' }`. */
  get facts(): Record<string, string> {
    return this.factsIn('[part~="facts"] > div');
  }

  /** The booking's status word, or `null`. */
  get status(): string | null {
    return this.textAt('[part~="status"]');
  }

  /** The outcome of the last action or why it failed, or `null`. */
  get notice(): string | null {
    return this.textAt('[part~="notice"]');
  }

  /** What the polite live region says now. */
  get announcement(): string {
    return textOf(this.find('[part~="announcement"]'));
  }

  /** The nearest free times offered after the chosen one filled up, as their button text. */
  get alternatives(): string[] {
    return [...this.root.querySelectorAll('[part~="alternative"]')].map((button) => textOf(button));
  }

  /** A button by its visible text, or `null`. */
  button(name: string): HTMLButtonElement | null {
    return (
      [...this.root.querySelectorAll<HTMLButtonElement>('button')].find((button) => textOf(button) === name) ?? null
    );
  }

  /** Presses the button whose part is `part`, then waits until settled. */
  async press(part: string): Promise<void> {
    await this.pressPart(part);
  }

  /** Opens the new-time chooser and waits for its times. */
  async startReschedule(): Promise<void> {
    await this.press('reschedule-button');
  }

  /** Chooses the day `date` (`YYYY-MM-DD`) in the calendar of the new-time chooser. */
  async chooseDay(date: string): Promise<void> {
    const day = this.root.querySelector<HTMLButtonElement>(`[part~="reschedule"] button.day[data-date="${date}"]`);
    if (!day) throw new Error(`no day ${date} in the calendar`);
    day.click();
    await this.settled();
  }

  /** The times offered for the chosen day: their accessible names, e.g. `09.00–09.30, sisa 3 tempat`. */
  get times(): string[] {
    return [...this.root.querySelectorAll<HTMLInputElement>('[part~="reschedule"] input[type="radio"]')].map(
      (radio) => radio.getAttribute('aria-label') ?? '',
    );
  }

  /** Chooses the time starting at `start` (ISO, as the API gives it) in the new-time chooser. */
  async chooseTime(start: string): Promise<void> {
    const radio = [...this.root.querySelectorAll<HTMLInputElement>('[part~="reschedule"] input[type="radio"]')].find(
      (input) => input.value === start,
    );
    if (!radio) throw new Error(`no time ${start}`);
    radio.click();
    await this.settled();
  }

  /** Chooses one of the nearest free times offered after the chosen one filled up, by its start. */
  async chooseAlternative(start: string): Promise<void> {
    const button = this.root.querySelector<HTMLButtonElement>(`[part~="alternative"][data-start="${start}"]`);
    if (!button) throw new Error(`no alternative ${start}`);
    button.click();
    await this.settled();
  }

  /** The chosen new time as shown above the confirm button, or `null`. */
  get newSlot(): string | null {
    return this.textAt('[part~="new-slot"]');
  }

  /** Confirms the chosen new time and waits for the answer. */
  async confirmReschedule(): Promise<void> {
    await this.press('confirm-reschedule-button');
  }

  /** Presses "Batalkan pemesanan", then "Ya", and waits for the answer. */
  async cancel(): Promise<void> {
    await this.press('cancel-button');
    await this.press('confirm-cancel-button');
  }
}
