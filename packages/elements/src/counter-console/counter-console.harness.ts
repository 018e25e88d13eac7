import { ElementHarness, textOf } from '../core/harness.js';
import type { ConsoleStep, MppCounterConsole } from './counter-console.js';

/** A service line of the console as staff read it. */
export interface ConsoleLine {
  /** The service's id. */
  readonly serviceId: string;
  /** The service's name and prefix, e.g. `Perekaman dan penerbitan KTP-el (A)`. */
  readonly name: string;
  /** How many are waiting, as a number. */
  readonly waiting: number;
}

/**
 * Reads and drives `<mpp-counter-console>` the way staff do: sign in, choose a
 * counter, press the action buttons (or their keys), read the number served.
 *
 * @example
 * ```ts
 * const console = new CounterConsoleHarness(element);
 * await console.signIn(token);
 * await console.chooseCounter('loket-1');
 * await console.press('Panggil berikutnya');
 * console.serving; // 'A-001'
 * ```
 */
export class CounterConsoleHarness extends ElementHarness<MppCounterConsole> {
  /** Busy while the queue loads or a staff action is being sent, too. */
  override get busy(): boolean {
    return super.busy || this.find('[part~="console"][aria-busy="true"]') !== null;
  }

  /** The screen shown: `sign-in`, `choose` or `console`; `null` when none (e.g. not configured). */
  get step(): ConsoleStep | null {
    return (this.find('[part~="console"]')?.getAttribute('data-step') as ConsoleStep | null) ?? null;
  }

  /** `live`, or `stale` while the queue's stream is not live. */
  get freshness(): string | null {
    return this.find('[part~="console"]')?.getAttribute('data-freshness') ?? null;
  }

  /** The staff token field, or `null` outside the sign-in step. */
  get tokenField(): HTMLInputElement | null {
    return this.root.querySelector<HTMLInputElement>('[part~="token-input"]');
  }

  /** Types `token` into the field and signs in, then waits until settled. */
  async signIn(token: string): Promise<void> {
    const field = this.tokenField;
    if (!field) throw new Error(`no token field: the console shows step ${String(this.step)}`);
    field.value = token;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    field.form?.requestSubmit();
    await this.settled();
  }

  /** Chooses the counter with `id` in the choice step, then waits until settled. */
  async chooseCounter(id: string): Promise<void> {
    await this.settled();
    const select = this.root.querySelector<HTMLSelectElement>('[part~="counter-select"]');
    if (!select) throw new Error(`no counter list: the console shows step ${String(this.step)}`);
    select.value = id;
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    select.form?.requestSubmit();
    await this.settled();
  }

  /** The counters offered in the choice step, as their option text. */
  get counterOptions(): string[] {
    return [...this.root.querySelectorAll('[part~="counter-select"] option')].map((option) => textOf(option));
  }

  /** The action button named `name` (its visible label, e.g. `Panggil berikutnya`), or `null`. */
  button(name: string): HTMLButtonElement | null {
    return (
      [...this.root.querySelectorAll<HTMLButtonElement>('button')].find(
        (button) => textOf(button.querySelector('.label') ?? button) === name,
      ) ?? null
    );
  }

  /** Whether the button named `name` can be pressed now. */
  isEnabled(name: string): boolean {
    const button = this.button(name);
    return button !== null && button.getAttribute('aria-disabled') !== 'true' && !button.disabled;
  }

  /** Presses the button named `name` and waits until the action is answered. */
  async press(name: string): Promise<void> {
    const button = this.button(name);
    if (!button) throw new Error(`no button "${name}"`);
    button.click();
    await this.settled();
  }

  /** Signs out. */
  async signOut(): Promise<void> {
    await this.press(this.element.resolvedLocale === 'en' ? 'Sign out' : 'Keluar');
  }

  /** The chosen counter's heading: its name and agency, e.g. `Loket 1 Dispendukcapil`. */
  get counterName(): string | null {
    return this.textAt('[part~="counter"] [role="heading"]');
  }

  /** The counter's status word, e.g. `Buka`, or `null`. */
  get counterStatus(): string | null {
    return this.textAt('[part~="counter-status"]');
  }

  /** The number being served, e.g. `A-001`; `null` when none (or outside the console step). */
  get serving(): string | null {
    const number = this.find('[part~="serving-number"]');
    return number && !number.classList.contains('none') ? textOf(number) : null;
  }

  /** The lines of the counter's services. */
  get lines(): ConsoleLine[] {
    return [...this.root.querySelectorAll('[part~="line"]')].map((line) => ({
      serviceId: line.getAttribute('data-service') ?? '',
      name: textOf(line.querySelector('.line-name')),
      waiting: Number(/\d+/.exec(textOf(line.querySelector('.line-waiting')))?.[0] ?? Number.NaN),
    }));
  }

  /** The error message shown (a failed action, a wrong token), or `null`. */
  get alert(): string | null {
    const alert = this.find('[part~="message"][role="alert"]');
    return alert && textOf(alert) !== '' ? textOf(alert) : null;
  }

  /** The outcome of the last action, e.g. `A-001 dipanggil ke Loket 1.`, or `null`. */
  get outcome(): string | null {
    const status = this.find('[part~="message"][role="status"]');
    return status && textOf(status) !== '' ? textOf(status) : null;
  }

  /** The survey code shown after "Selesai", e.g. `7QX4-M2KP`, or `null`. */
  get surveyCode(): string | null {
    return this.textAt('[part~="survey-code"] .survey-value');
  }

  /** The whole survey code box: which number, the code, what to do with it; or `null`. */
  get surveyCodeText(): string | null {
    return this.textAt('[part~="survey-code"]');
  }

  /** Each action's button label and its shortcut key, as shown. */
  get shortcuts(): { action: string; key: string }[] {
    return [...this.root.querySelectorAll('[part~="action"]')].map((button) => ({
      action: textOf(button.querySelector('.label')),
      key: button.getAttribute('aria-keyshortcuts') ?? '',
    }));
  }

  /** The check-in section's booking code field, or `null` before sign-in. */
  get checkInField(): HTMLInputElement | null {
    return this.root.querySelector<HTMLInputElement>('[part~="check-in-input"]');
  }

  /** Types `code` into the check-in field, presses "Cari" (Enter) and waits for the booking. */
  async findBooking(code: string): Promise<void> {
    const field = this.checkInField;
    if (!field) throw new Error(`no check-in field: the console shows step ${String(this.step)}`);
    field.value = code;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    field.form?.requestSubmit();
    await this.settled();
  }

  /** The booking found for check-in, by fact label (`Layanan`, `Jadwal`, `Status`, …); empty when none. */
  get checkInFacts(): Record<string, string> {
    return this.factsIn('[part~="check-in-booking"] dl > div');
  }

  /** Whether the booking can be checked in now, in words (or why not), or `null`. */
  get checkInState(): string | null {
    return this.textAt('[part~="check-in-state"]');
  }

  /** The API's check-in state of the booking shown (`open`, `too-early`, …), or `null`. */
  get checkInStateKind(): string | null {
    return this.find('[part~="check-in-state"]')?.getAttribute('data-state') ?? null;
  }

  /** Whether "Check-in" can be pressed now. */
  get canCheckIn(): boolean {
    const button = this.find('[part~="check-in-button"]');
    return button !== null && button.getAttribute('aria-disabled') === 'false';
  }

  /** Presses "Check-in" and waits for the answer. */
  async checkIn(): Promise<void> {
    const button = this.root.querySelector<HTMLButtonElement>('[part~="check-in-button"]');
    if (!button) throw new Error('no booking to check in');
    button.click();
    await this.settled();
  }

  /** The queue number the checked-in booking became, or `null`. */
  get checkedInNumber(): string | null {
    return this.textAt('[part~="check-in-ticket"] .ticket-number');
  }

  /** Why the code gave no booking (unknown, empty) or the lookup failed, or `null`. */
  get checkInProblem(): string | null {
    return this.textAt('[part~="check-in"] .field-error, [part~="check-in-result"]');
  }
}
