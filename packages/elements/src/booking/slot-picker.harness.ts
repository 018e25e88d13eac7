import { textOf } from '../core/harness.js';

/** A day of the calendar as a visitor meets it. */
export interface SlotPickerDay {
  /** The day, `YYYY-MM-DD` in the site's time zone. */
  readonly date: string;
  /** Its accessible name: the full date, e.g. `Selasa, 3 Maret 2026`. */
  readonly name: string;
  /** Whether it cannot be booked (`aria-disabled`). */
  readonly disabled: boolean;
  /** Why it cannot be booked (its description), e.g. `Libur: Hari Suci Nyepi`; `null` when bookable. */
  readonly reason: string | null;
  /** Whether it is the chosen day. */
  readonly selected: boolean;
  /** Whether it is today (`aria-current="date"`). */
  readonly today: boolean;
}

/** A time of the chosen day as a visitor meets it. */
export interface SlotPickerTime {
  /** The slot's start, ISO 8601 as the API gives it. */
  readonly start: string;
  /** Its accessible name, e.g. `09.00–09.30, sisa 3 tempat` or `09.00–09.30, penuh`. */
  readonly name: string;
  /** Whether it cannot be chosen (full, or the booking's current time). */
  readonly disabled: boolean;
  /** Whether it is the chosen time. */
  readonly checked: boolean;
}

/**
 * Reads and drives the date and time choice that `<mpp-booking-form>` and
 * `<mpp-booking-manager>` share (the calendar grid and the day's times), inside
 * the element's shadow root or a part of it. The element harnesses build on
 * it; a portal's tests can use it directly.
 *
 * @example
 * ```ts
 * const picker = new SlotPickerHarness(form.shadowRoot!);
 * picker.month; // 'Maret 2026'
 * picker.day('2026-03-19')?.reason; // 'Libur: Hari Suci Nyepi (Tahun Baru Saka 1948)'
 * picker.clickDay('2026-03-03');
 * picker.chooseTime('2026-03-03T09:00:00+07:00');
 * ```
 */
export class SlotPickerHarness {
  /** Where the picker is rendered: a shadow root or an element in it. */
  readonly scope: ShadowRoot | Element;

  constructor(scope: ShadowRoot | Element) {
    this.scope = scope;
  }

  /** The month in view, e.g. `Maret 2026`, or `null` while there is no calendar. */
  get month(): string | null {
    const month = this.scope.querySelector('[part~="month"]');
    return month ? textOf(month) : null;
  }

  /** The calendar grid (`role="grid"`), or `null`. */
  get grid(): HTMLTableElement | null {
    return this.scope.querySelector<HTMLTableElement>('[role="grid"]');
  }

  /** The button of a day in view, or `null`. */
  dayButton(date: string): HTMLButtonElement | null {
    return this.scope.querySelector<HTMLButtonElement>(`button.day[data-date="${date}"]`);
  }

  /** The days of the month in view, in order. */
  get days(): SlotPickerDay[] {
    return [...this.scope.querySelectorAll<HTMLButtonElement>('button.day')].map((button) => this.read(button));
  }

  /** A day of the month in view, or `null`. */
  day(date: string): SlotPickerDay | null {
    const button = this.dayButton(date);
    return button ? this.read(button) : null;
  }

  /** The day that is the grid's one tab stop (`tabindex="0"`). */
  get tabStop(): string | null {
    return this.scope.querySelector<HTMLElement>('button.day[tabindex="0"]')?.dataset['date'] ?? null;
  }

  /** The day whose button has keyboard focus now, or `null`. */
  get focusedDay(): string | null {
    const root = this.scope.getRootNode() as ShadowRoot | Document;
    const active = root.activeElement as HTMLElement | null;
    return active?.matches('button.day') ? (active.dataset['date'] ?? null) : null;
  }

  /** The note under the grid: the focused day and its state, e.g. `Kamis, 19 Maret 2026: Libur: …`. */
  get dayNote(): string {
    return textOf(this.scope.querySelector('[part~="day-note"]'));
  }

  /** Clicks a day in view (a disabled one only moves the focus position and shows why). */
  clickDay(date: string): void {
    const button = this.dayButton(date);
    if (!button) throw new Error(`no day ${date} in view (the month is ${this.month ?? 'not shown'})`);
    button.click();
  }

  /** Presses the next-month button. */
  nextMonth(): void {
    this.scope.querySelector<HTMLButtonElement>('[part~="next-month"]')?.click();
  }

  /** Presses the previous-month button. */
  previousMonth(): void {
    this.scope.querySelector<HTMLButtonElement>('[part~="previous-month"]')?.click();
  }

  /** The times of the chosen day, in order. */
  get times(): SlotPickerTime[] {
    return [...this.scope.querySelectorAll<HTMLInputElement>('[part~="times"] input[type="radio"]')].map((input) => ({
      start: input.value,
      name: input.getAttribute('aria-label') ?? textOf(input.closest('label')),
      disabled: input.disabled,
      checked: input.checked,
    }));
  }

  /** The legend of the times, e.g. `Jam tersedia pada Selasa, 3 Maret 2026`. */
  get timesLegend(): string | null {
    const legend = this.scope.querySelector('[part~="times-legend"]');
    return legend ? textOf(legend) : null;
  }

  /** What the times' status line says (a chosen time that just ran out), or `''`. */
  get timesStatus(): string {
    return textOf(this.scope.querySelector('[part~="times-status"]'));
  }

  /** Chooses a time by its start, as a visitor clicks it. */
  chooseTime(start: string): void {
    const input = [...this.scope.querySelectorAll<HTMLInputElement>('[part~="times"] input[type="radio"]')].find(
      (radio) => radio.value === start,
    );
    if (!input) throw new Error(`no time ${start}`);
    input.click();
  }

  private read(button: HTMLButtonElement): SlotPickerDay {
    const described = button.getAttribute('aria-describedby');
    const root = button.getRootNode() as ShadowRoot | Document;
    const reason = described ? (root.getElementById(described)?.textContent.trim() ?? null) : null;
    return {
      date: button.dataset['date'] ?? '',
      name: button.getAttribute('aria-label') ?? textOf(button),
      disabled: button.getAttribute('aria-disabled') === 'true',
      reason,
      selected: button.getAttribute('aria-pressed') === 'true',
      today: button.getAttribute('aria-current') === 'date',
    };
  }
}
