import { ElementHarness, textOf } from '../core/harness.js';
import type { MppBookingForm } from './booking-form.js';

/** What the applicant step asks for; `fill` types only the fields given. */
export interface ApplicantEntry {
  readonly name?: string;
  readonly nik?: string;
  readonly phone?: string;
  readonly email?: string;
}

/** A day of the calendar as the visitor reads it. */
export interface CalendarDay {
  /** The full date, e.g. `Selasa, 3 Maret 2026` (the button's name). */
  readonly label: string;
  /** Whether it can be chosen. */
  readonly bookable: boolean;
  /** Why not (`Libur: Hari Suci Nyepi`, `Tutup`, `Penuh`), or `null`. */
  readonly reason: string | null;
}

/** The confirmation step as the visitor reads it. */
export interface BookingConfirmationView {
  /** The booking code, e.g. `KDR-7QX4M2`. */
  readonly code: string;
  /** The date, time, place and counter, by their labels. */
  readonly facts: Readonly<Record<string, string>>;
  /** The documents to bring. */
  readonly requirements: readonly string[];
  /** The manage link's `href`. */
  readonly manageHref: string;
  /** The warning next to the manage link. */
  readonly manageWarning: string;
  /** The QR code's accessible name, or `null` while it is drawn. */
  readonly qrLabel: string | null;
}

/**
 * Reads and drives `<mpp-booking-form>` the way a visitor does: choosing a
 * service, a day and a time, filling in the applicant, agreeing, and booking.
 *
 * @example
 * ```ts
 * const form = new BookingFormHarness(document.querySelector('mpp-booking-form')!);
 * await form.settled();
 * await form.next(); // the first bookable day is preselected
 * await form.chooseTime('09.00–09.30');
 * await form.next();
 * await form.fill({ name: 'Siti Aminah', nik: '3571014507950003', phone: '0812-3456-7890' });
 * await form.agree();
 * await form.next();
 * await form.book();
 * form.confirmation?.code; // 'KDR-…'
 * ```
 */
export class BookingFormHarness extends ElementHarness<MppBookingForm> {
  /** The availability is loading or a booking is being sent: {@link settled} waits for it. */
  protected override get pendingWork(): string | null {
    return this.working ? 'loading or booking' : null;
  }

  /** Whether the availability is loading or a booking is being sent. */
  get working(): boolean {
    return this.find('[data-working="true"]') !== null;
  }

  /** The step on screen: `service`, `date`, `time`, `applicant`, `review` or `confirmation`; `null` before the form shows. */
  get step(): string | null {
    return this.find('[data-step]')?.getAttribute('data-step') ?? null;
  }

  /** The step's heading, e.g. `Data pemohon`. */
  get heading(): string | null {
    return this.textAt('[part~="heading"]');
  }

  /** Whether the step's heading has focus (it takes it when the step is shown). */
  get headingFocused(): boolean {
    const heading = this.find('[part~="heading"]');
    return heading !== null && this.root.activeElement === heading;
  }

  /** The progress line, e.g. `Langkah 3 dari 5: Data pemohon`. */
  get progress(): string | null {
    return this.textAt('[part~="progress"]');
  }

  /** What the polite live region last announced (the step and progress). */
  get announcement(): string {
    return this.find('[aria-live="polite"][aria-atomic="true"]')?.textContent.trim() ?? '';
  }

  /** The bookable services offered in the service step, by name. */
  get services(): string[] {
    return [...this.root.querySelectorAll('[part~="services"] .choice-name')].map((node) => textOf(node));
  }

  /** Ticks the service whose name contains `name` and presses "Lanjut". */
  async chooseService(name: string): Promise<void> {
    const choice = [...this.root.querySelectorAll('[part~="services"] label')].find((label) =>
      textOf(label).includes(name),
    );
    const radio = choice?.querySelector('input');
    if (!radio) throw new Error(`no service "${name}" is offered`);
    radio.click();
    await this.next();
  }

  /** The days of the month in view. */
  get days(): CalendarDay[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('button.day')].map((button) => {
      const reasonId = button.getAttribute('aria-describedby');
      const reason = reasonId ? this.root.getElementById(reasonId)?.textContent.trim() || null : null;
      return {
        label: button.getAttribute('aria-label') ?? '',
        bookable: button.getAttribute('aria-disabled') !== 'true',
        reason,
      };
    });
  }

  /** The chosen day's full date, or `null`. */
  get selectedDay(): string | null {
    return this.find('button.day[aria-pressed="true"]')?.getAttribute('aria-label') ?? null;
  }

  /** Presses the day named `label` (`Selasa, 3 Maret 2026`), paging months forward until it shows. */
  async chooseDay(label: string): Promise<void> {
    for (let pages = 0; pages < 13; pages += 1) {
      const day = this.find(`button.day[aria-label="${label}"]`);
      if (day instanceof HTMLElement) {
        day.click();
        await this.settled();
        return;
      }
      const next = this.find('[part~="next-month"]');
      if (!(next instanceof HTMLElement) || next.getAttribute('aria-disabled') === 'true') break;
      next.click();
      await this.settled();
    }
    throw new Error(`no day "${label}" in the calendar`);
  }

  /** The times of the chosen day, by their names (`09.00–09.30, sisa 3 tempat`, full ones `…, penuh`). */
  get times(): string[] {
    return [...this.root.querySelectorAll('[part~="times"] input[type="radio"]')].map(
      (radio) => radio.getAttribute('aria-label') ?? '',
    );
  }

  /** The chosen time's name, or `null`. */
  get selectedTime(): string | null {
    const radio = [...this.root.querySelectorAll<HTMLInputElement>('[part~="times"] input[type="radio"]')].find(
      (input) => input.checked,
    );
    return radio?.getAttribute('aria-label') ?? null;
  }

  /** Chooses the time whose name starts with `label` (`09.00–09.30`). */
  async chooseTime(label: string): Promise<void> {
    const radio = [...this.root.querySelectorAll<HTMLInputElement>('[part~="times"] input[type="radio"]')].find(
      (input) => (input.getAttribute('aria-label') ?? '').startsWith(label),
    );
    if (!radio) throw new Error(`no time "${label}" on the chosen day`);
    if (radio.disabled) throw new Error(`the time "${label}" cannot be chosen`);
    radio.click();
    await this.settled();
  }

  /** The input of an applicant field (`name`, `nik`, `phone`, `email`, `consent`). */
  field(name: 'name' | 'nik' | 'phone' | 'email' | 'consent'): HTMLInputElement {
    const input = this.find(`#field-${name}`);
    if (!(input instanceof HTMLInputElement)) throw new Error(`no ${name} field is shown`);
    return input;
  }

  /** The message shown under a field, or `null`. */
  fieldError(name: 'name' | 'nik' | 'phone' | 'email' | 'consent'): string | null {
    return this.textAt(`#${name}-message`);
  }

  /** The hint under a field (the phone's shows the number as it will be used). */
  fieldHint(name: 'name' | 'nik' | 'phone'): string | null {
    return this.textAt(`#${name}-hint`);
  }

  /** Types into the fields given, as a visitor does (each value replaces the field's), leaving each one. */
  async fill(entry: ApplicantEntry): Promise<void> {
    for (const name of ['name', 'nik', 'phone', 'email'] as const) {
      const value = entry[name];
      if (value === undefined) continue;
      const input = this.field(name);
      input.focus();
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
      await this.element.updateComplete;
      input.blur();
      await this.element.updateComplete;
    }
  }

  /** Ticks "Saya setuju" (when it is not ticked). */
  async agree(): Promise<void> {
    const box = this.field('consent');
    if (!box.checked) box.click();
    await this.settled();
  }

  /** The consent text and checkbox label, as shown. */
  get consent(): string | null {
    return this.textAt('[part~="consent"]');
  }

  /** Presses "Lanjut" and waits. */
  async next(): Promise<void> {
    await this.pressPart('next-button');
  }

  /** Presses "Kembali" and waits. */
  async back(): Promise<void> {
    await this.pressPart('back-button');
  }

  /** Presses "Pesan" without waiting (e.g. twice, as a double click does). */
  pressBook(): void {
    this.partButton('next-button').click();
  }

  /** Presses "Pesan" and waits for the answer: the confirmation, or why not. */
  async book(): Promise<void> {
    this.pressBook();
    await this.settled();
  }

  /** The review, by label (`Layanan`, `Tanggal`, `Jam`, `Tempat`, `Nama`, `NIK`, …). */
  get review(): Record<string, string> | null {
    if (this.step !== 'review') return null;
    return this.factsIn('[part~="review"] .row');
  }

  /** Presses an edit button of the review (`service`, `date`, `time`, `applicant`). */
  async edit(target: 'service' | 'date' | 'time' | 'applicant'): Promise<void> {
    const button = this.find(`[part~="edit-button"][data-edit="${target}"]`);
    if (!(button instanceof HTMLElement)) throw new Error(`no edit button for ${target}`);
    button.click();
    await this.settled();
  }

  /** A refusal at the top of the step (e.g. the time filled up), or `null`. */
  get notice(): string | null {
    return this.textAt('[part~="notice"]');
  }

  /** The times offered instead of a full one. */
  get alternatives(): string[] {
    return [...this.root.querySelectorAll('[part~="alternative"]')].map((node) => textOf(node));
  }

  /** Chooses the `index`th time offered (back to the review). */
  async chooseAlternative(index = 0): Promise<void> {
    const button = this.root.querySelectorAll<HTMLElement>('[part~="alternative"]')[index];
    if (!button) throw new Error(`no alternative time ${index}`);
    button.click();
    await this.settled();
  }

  /** Why the booking was refused (on the review), or `null`. */
  get refusal(): string | null {
    return this.textAt('[part~="refusal"]');
  }

  /** What the step still needs, or `null`. */
  get stepMessage(): string | null {
    return this.textAt('[part~="step-message"]');
  }

  /** The confirmation, or `null` before the booking is made. */
  get confirmation(): BookingConfirmationView | null {
    const code = this.find('[part~="code"]');
    if (!code) return null;
    const qr = this.find('[part~="qr"] svg[role="img"]');
    return {
      code: textOf(code),
      facts: this.factsIn('[part~="facts"] .row'),
      requirements: [...this.root.querySelectorAll('[part~="requirements"] li')].map((node) => textOf(node)),
      manageHref: this.find('[part~="manage-link"]')?.getAttribute('href') ?? '',
      manageWarning: textOf(this.find('[part~="manage-warning"]')),
      qrLabel: qr?.getAttribute('aria-label') ?? null,
    };
  }

  /** Resolves once the confirmation's QR code is drawn (its library loads on that step). */
  async qrDrawn(timeout = 5000): Promise<SVGSVGElement> {
    const drawn = (): Element | null => this.find('[part~="qr"] svg[role="img"]');
    await this.until(() => drawn() instanceof SVGSVGElement, 'the QR code was not drawn', timeout);
    return drawn() as SVGSVGElement;
  }

  /** Presses "Tambahkan ke kalender". */
  addToCalendar(): void {
    this.partButton('calendar-button').click();
  }
}
