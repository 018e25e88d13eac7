import {
  addDays,
  localDateOf,
  localTimeOf,
  type Availability,
  type AvailabilityDay,
  type AvailabilityQuery,
  type LocalDate,
  type Locale,
  type Site,
  type Slot,
  type Weekday,
} from '@mpp-kit/contract';
import { bookingsResource, isMppApiError, type ClientCore } from '@mpp-kit/sdk';
import { html, nothing, svg, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { errorKindOf } from '../core/events.js';
import { formatterFor, localDateNoon, perLocale } from '../core/format.js';
import { alertIcon, clockIcon, icon, retryIcon } from '../core/icons.js';
import { localizedString } from '../core/localized.js';
import {
  addMonths,
  clampDate,
  endOfWeek,
  firstOfMonth,
  lastOfMonth,
  monthOf,
  monthWeeks,
  startOfWeek,
} from './calendar-dates.js';
import type { SlotPickerStrings } from './i18n/id.js';

export { slotPickerStyles } from './slot-picker.styles.js';

/** What a {@link SlotPicker} reads from its host, each time it needs it. */
export interface SlotPickerOptions {
  /** The host's client core; `null` while the host has no API (nothing loads). */
  core(): ClientCore | null;
  /** The service whose slots to show; `null` shows nothing. A change reloads and clears the selection. */
  serviceId(): string | null;
  /** The site, for the names of holidays; `null` until the host has it (holidays then read "Libur"). */
  site(): Site | null;
  /** The host's strings (its `this.t`, whose table spreads `slotPickerStringsId`/`En`). */
  strings(): SlotPickerStrings;
  /** The language dates and times are written in. */
  locale(): Locale;
  /** A day to select instead of the first bookable one (the `date` attribute), used when it is bookable. */
  preferredDate?(): LocalDate | null;
  /** A slot not to offer (the manager's current booking): shown as the visitor's current time, not choosable. */
  excludeStart?(): string | null;
  /** Called after the selected day or time changed, by the visitor or because a chosen time ran out. */
  onChange?(): void;
  /**
   * How often to re-read the availability while the times are on screen and
   * the page is visible, in milliseconds; `0` never.
   *
   * @default 60000
   */
  refreshInterval?: number;
}

/** Why a day cannot be booked, or `bookable`. */
export type DayState = 'bookable' | 'holiday' | 'closed' | 'full' | 'over' | 'past' | 'out-of-range' | 'loading';

/** A day of the calendar as the picker sees it. */
export interface DayInfo {
  /** What the day is: bookable, or why it is not. */
  readonly state: DayState;
  /** Why it cannot be booked, as the visitor reads it (`Libur: Hari Suci Nyepi`); `null` when bookable. */
  readonly reason: string | null;
  /** Times with places left on that day (the excluded one not counted). */
  readonly free: number;
}

/** The first window asked for: five weeks, so the month in view and the next are there at once. */
const FIRST_WINDOW_DAYS = 35;
/** The server answers at most this many days per request. */
const MAX_QUERY_DAYS = 62;
/** How far ahead the calendar may be paged while the horizon is unknown (the contract's longest horizon). */
const MAX_AHEAD_DAYS = 366;
const DEFAULT_REFRESH_MS = 60_000;

/** A Monday (2024-01-01) at noon UTC: `weekday` days later is that ISO weekday. */
const A_MONDAY = Date.UTC(2024, 0, 1, 12);
const DAY_MS = 86_400_000;
const INTL_LOCALE: Readonly<Record<Locale, string>> = { id: 'id-ID', en: 'en-GB' };
const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];

/** Month titles and short weekday names per language; `Intl` objects are costly, so made once. */
const calendarNames = perLocale((locale: Locale) => {
  const tag = INTL_LOCALE[locale];
  const month = new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const short = new Intl.DateTimeFormat(tag, { weekday: 'short', timeZone: 'UTC' });
  const narrow = new Intl.DateTimeFormat(tag, { weekday: 'narrow', timeZone: 'UTC' });
  const at = (weekday: Weekday): number => A_MONDAY + (weekday - 1) * DAY_MS;
  return {
    /** `Maret 2026`. */
    month: (first: LocalDate) => month.format(localDateNoon(first)),
    /** `Sen`, `Mon`. */
    short: (weekday: Weekday) => short.format(at(weekday)),
    /** `S`, `M`: for a narrow calendar with large text. */
    narrow: (weekday: Weekday) => narrow.format(at(weekday)),
  };
});

const chevronLeft = svg`<path d="M15 5l-7 7 7 7" />`;
const chevronRight = svg`<path d="M9 5l7 7-7 7" />`;

let instances = 0;

/**
 * The date and time choice of a booking, shared by `<mpp-booking-form>` and
 * `<mpp-booking-manager>`: a Lit controller that loads a service's
 * availability, keeps the chosen day and time, and renders the calendar (the
 * WAI-ARIA APG date-picker grid, inline) and the day's times. The host puts
 * {@link slotPickerStyles} in its `static styles`, renders
 * {@link SlotPicker.renderCalendar} and {@link SlotPicker.renderTimes} where it
 * wants them, and may mark its base `aria-busy` while {@link SlotPicker.loading}.
 *
 * - Days are in the site's time zone (the availability's), whatever zone the
 *   device is in; weeks start on Monday. Days that cannot be booked stay
 *   focusable, `aria-disabled`, and say why (holiday with its name, closed,
 *   full, past, outside the booking period) in their description and in the
 *   note under the grid.
 * - Keyboard: arrows move by day and week, Home/End to the week's Monday and
 *   Sunday, Page Up/Down by month, with Shift by year; Enter or Space chooses.
 * - The first bookable day (or `preferredDate()`, when bookable) is chosen on
 *   load; times are not. While the times are on screen the availability is
 *   re-read every `refreshInterval` ms (not while the page is hidden); a chosen
 *   time that ran out is cleared, said so, and `onChange` is called.
 * - A change of service aborts the load running for the old one.
 *
 * @example
 * ```ts
 * class MyBooking extends MppElement<MyStrings> {
 *   static override styles = [MppElement.styles, slotPickerStyles];
 *   private readonly picker = new SlotPicker(this, {
 *     core: () => {
 *       const choice = this.clientChoice();
 *       return choice instanceof Error ? null : choice;
 *     },
 *     serviceId: () => this.service ?? null,
 *     site: () => this.siteTask.value ?? null,
 *     strings: () => this.t,
 *     locale: () => this.resolvedLocale,
 *     onChange: () => this.requestUpdate(),
 *   });
 *   protected renderContent() {
 *     return html`${this.picker.renderCalendar()}${this.picker.renderTimes()}`;
 *   }
 * }
 * ```
 */
export class SlotPicker implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: SlotPickerOptions;
  /** Prefix of the ids in the host's shadow root (a page may hold several pickers). */
  private readonly id = `mpp-slots-${(instances += 1)}`;

  private data: Availability | null = null;
  private days = new Map<LocalDate, AvailabilityDay>();
  /** The last day the data covers (asked for and answered). */
  private loadedTo: LocalDate | null = null;
  /** The last bookable day of the service, once an answer stopped short of what was asked. */
  private horizonEnd: LocalDate | null = null;
  private pending = 0;
  private lastError: unknown = null;
  private loadedAt: Date | null = null;
  /** Bumped when the service or client changes: answers of an older generation are dropped. */
  private generation = 0;
  private readonly aborts = new Set<AbortController>();
  private key: { serviceId: string | null; core: ClientCore | null } | null = null;
  private refreshQueue: Promise<void> = Promise.resolve();
  private loadingMore = false;
  /** Loading further days failed: not tried again on every render, only after a refresh (the retry button). */
  private moreFailed = false;

  private date: LocalDate | null = null;
  private start: string | null = null;
  /** The day the roving tabindex sits on (and the month in view). */
  private focused: LocalDate | null = null;
  /** A chosen time that ran out at the last refresh, to say so. */
  private ranOut: string | null = null;

  private timer: ReturnType<typeof setInterval> | undefined;
  private timesRendered = false;
  private timesShown = false;
  private connected = false;
  private reloadOnConnect = false;
  /** `focusCalendar()` was called before there was a calendar: focus it when it comes. */
  private focusWanted = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: SlotPickerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** The availability loaded so far (every window merged), or `null` until the first answer. */
  get availability(): Availability | null {
    return this.data;
  }

  /** Whether a load of the availability is running. */
  get loading(): boolean {
    return this.pending > 0;
  }

  /** The error of the last load, or `null` after a successful one. */
  get error(): unknown {
    return this.lastError;
  }

  /** The chosen day, `YYYY-MM-DD` in the site's time zone; the first bookable day is chosen on load. */
  get selectedDate(): LocalDate | null {
    return this.date;
  }

  /** The chosen time, with its current places, or `null`. */
  get selectedSlot(): Slot | null {
    return this.start === null ? null : this.slotAt(this.start);
  }

  /** When the availability on screen was read, or `null`. */
  get loadedAtTime(): Date | null {
    return this.loadedAt;
  }

  /** The last day that can be booked, once known (an answer stopped short of the days asked for). */
  get lastBookableDay(): LocalDate | null {
    return this.horizonEnd;
  }

  /**
   * Chooses a day. A day that cannot be booked is only brought into view and
   * focus position (its reason is shown); the chosen time is kept only when it
   * is on the new day.
   */
  selectDate(date: LocalDate): void {
    this.focused = this.clampFocus(date);
    if (this.dayInfo(date).state !== 'bookable' || date === this.date) {
      this.host.requestUpdate();
      return;
    }
    this.date = date;
    if (this.start !== null && this.dayOfSlot(this.start) !== date) this.start = null;
    this.ranOut = null;
    this.changed();
  }

  /**
   * Chooses a time by its `start` (and its day), or clears the choice with
   * `null`. A time that is full, excluded or unknown is not chosen.
   */
  selectSlot(start: string | null): void {
    if (start === null) {
      if (this.start === null) return;
      this.start = null;
      this.changed();
      return;
    }
    const slot = this.slotAt(start);
    if (!slot || !this.choosable(slot) || slot.start === this.start) return;
    // Kept as the API wrote it, whatever offset the caller used for the same instant.
    this.start = slot.start;
    this.date = this.dayOfSlot(slot.start);
    this.focused = this.date;
    this.ranOut = null;
    this.changed();
  }

  /**
   * Re-reads the availability of the days loaded so far. The chosen time is
   * kept while it still has places; when it ran out it is cleared, the times
   * say so, and `onChange` is called. Before the first answer (or after it
   * failed) this loads again. Refreshes run one after another, so one asked
   * for after a refusal (`slot_full`) reads what the server knows now.
   */
  refresh(): Promise<void> {
    this.refreshQueue = this.refreshQueue.then(() => (this.data ? this.reread() : this.loadFirst()));
    return this.refreshQueue;
  }

  /**
   * Up to `count` times with places left, nearest after `start` and soonest
   * first (the excluded one left out), from the availability loaded: offer
   * them when `start` was refused as full. Call {@link SlotPicker.refresh}
   * first to offer what is free now.
   */
  alternatives(start: string, count = 3): Slot[] {
    const after = Date.parse(start);
    const found: Slot[] = [];
    for (const day of this.data?.days ?? []) {
      for (const slot of day.slots) {
        if (Date.parse(slot.start) > after && this.choosable(slot)) found.push(slot);
        if (found.length >= count) return found;
      }
    }
    return found;
  }

  /** What a day of the calendar is: bookable, or why not. */
  dayInfo(date: LocalDate): DayInfo {
    const t = this.options.strings();
    const not = (state: DayState, reason: string): DayInfo => ({ state, reason, free: 0 });
    const first = this.data?.days[0]?.date;
    if (!this.data || !first) return not('out-of-range', t.dayOutOfRange);
    if (date < first) return not('past', t.dayPast);
    if (this.horizonEnd !== null && date > this.horizonEnd) return not('out-of-range', t.dayOutOfRange);
    if (this.loadedTo !== null && date > this.loadedTo) return not('loading', t.dayLoading);
    const day = this.days.get(date);
    if (!day) return not('out-of-range', t.dayOutOfRange);
    if (day.closedReason === 'holiday') {
      const holiday = this.options.site()?.holidays.find((item) => item.date === date);
      return not(
        'holiday',
        holiday ? t.dayHoliday(localizedString(holiday.name, this.options.locale())) : t.dayHolidayUnnamed,
      );
    }
    if (day.closedReason === 'weekend') return not('closed', t.dayClosed);
    if (day.slots.length === 0) return date === first ? not('over', t.dayOver) : not('closed', t.dayClosed);
    const free = day.slots.filter((slot) => this.choosable(slot)).length;
    return free > 0 ? { state: 'bookable', reason: null, free } : not('full', t.dayFull);
  }

  /** Moves focus to the chosen day's button (or the first bookable day's), bringing its month into view. */
  focusCalendar(): void {
    const target = this.date ?? this.firstBookable() ?? this.focused;
    this.focusWanted = !target;
    if (!target) return;
    this.focused = this.clampFocus(target);
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.dayButton(this.focused)?.focus());
  }

  /** The calendar: month heading, previous/next month, and the days as buttons in a `grid`. */
  renderCalendar(): TemplateResult {
    const t = this.options.strings();
    if (!this.data) {
      if (this.lastError !== null && !this.loading) return this.errorView(t);
      return html`<div class="calendar calendar-loading" part="calendar">
        <p class="muted" role="status">${this.key?.serviceId ? t.loadingSchedule : ''}</p>
        <div class="bone calendar-bone" aria-hidden="true"></div>
      </div>`;
    }
    if (this.data.days.length === 0 || !this.focused) {
      return html`<p class="panel muted" part="empty">${t.noBookableDays}</p>`;
    }
    const locale = this.options.locale();
    const names = calendarNames(locale);
    const month = monthOf(this.focused);
    const [min, max] = this.focusRange();
    const canBack = month > monthOf(min);
    const canForward = month < monthOf(max);
    return html`<div class="calendar" part="calendar" role="group" aria-label=${t.calendarLabel}>
      ${this.lastError !== null && !this.loading ? this.staleView(t) : nothing}
      ${this.nothingBookable() ? html`<p class="muted" part="empty">${t.noBookableDays}</p>` : nothing}
      <div class="calendar-head">
        <button
          type="button"
          class="month-button"
          part="month-button previous-month"
          aria-label=${t.previousMonth}
          aria-disabled=${canBack ? 'false' : 'true'}
          @click=${() => this.pageMonth(-1)}
        >
          ${icon(chevronLeft)}
        </button>
        <p class="month" part="month" id=${`${this.id}-month`} aria-live="polite">
          ${names.month(firstOfMonth(month))}
        </p>
        <button
          type="button"
          class="month-button"
          part="month-button next-month"
          aria-label=${t.nextMonth}
          aria-disabled=${canForward ? 'false' : 'true'}
          @click=${() => this.pageMonth(1)}
        >
          ${icon(chevronRight)}
        </button>
      </div>
      <table
        class="grid"
        part="grid"
        role="grid"
        aria-labelledby=${`${this.id}-month`}
        aria-describedby=${`${this.id}-keys`}
        @keydown=${this.onGridKey}
      >
        <thead>
          <tr>
            ${WEEKDAYS.map((weekday) => {
              const full = formatterFor(locale).weekday(weekday);
              return html`<th scope="col" abbr=${full}>
                <span class="weekday-short" aria-hidden="true">${names.short(weekday)}</span>
                <span class="weekday-narrow" aria-hidden="true">${names.narrow(weekday)}</span>
                <span class="visually-hidden">${full}</span>
              </th>`;
            })}
          </tr>
        </thead>
        <tbody>
          ${monthWeeks(month).map(
            (week) =>
              html`<tr>
                ${week.map((date) => this.dayCell(date))}
              </tr>`,
          )}
        </tbody>
      </table>
      <p class="visually-hidden" id=${`${this.id}-keys`}>${t.calendarKeys}</p>
      <p class="day-note" part="day-note">${this.dayNote(t)}</p>
    </div>`;
  }

  /** The chosen day's times as radio buttons named "09.00–09.30, sisa 3 tempat"; full ones "penuh", disabled. */
  renderTimes(): TemplateResult {
    this.timesRendered = true;
    const t = this.options.strings();
    const status = html`<p class="times-status" part="times-status" role="status">
      ${this.ranOut ? t.slotRanOut(this.timeOf(this.ranOut)) : ''}
    </p>`;
    if (!this.data) return status;
    const date = this.date;
    if (!date)
      return html`${status}
        <p class="muted" part="empty">${t.chooseDayFirst}</p>`;
    const slots = this.days.get(date)?.slots ?? [];
    const format = formatterFor(this.options.locale());
    const none = slots.some((slot) => this.choosable(slot))
      ? nothing
      : html`<p class="panel muted" part="empty">${t.noTimes}</p>`;
    const zone = this.data.timeZone;
    return html`${status}
      <fieldset class="times" part="times">
        <legend class="times-legend" part="times-legend">${t.timesLegend(format.date(date))}</legend>
        <p class="muted zone">${t.timeZoneNote(t.timeZoneName(zone))}</p>
        ${none}
        <div class="time-list">${slots.map((slot) => this.timeOption(slot))}</div>
      </fieldset>`;
  }

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.onVisibility);
    if (!this.reloadOnConnect) return;
    // Moved in the document (or back after a while): read again, keeping the choice.
    this.reloadOnConnect = false;
    if (this.key?.serviceId && this.key.core) void this.refresh();
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stopTimer();
    this.cancelLoads();
    this.reloadOnConnect = true;
  }

  hostUpdate(): void {
    this.timesRendered = false;
    this.sync();
  }

  hostUpdated(): void {
    this.timesShown = this.timesRendered;
    const interval = this.options.refreshInterval ?? DEFAULT_REFRESH_MS;
    const wanted = this.connected && this.timesShown && interval > 0 && this.data !== null;
    if (wanted && this.timer === undefined) this.timer = setInterval(this.tick, interval);
    if (!wanted) this.stopTimer();
    // After this update, not inside it: a load marks the host busy, which is a new update.
    if (this.needsMore()) queueMicrotask(() => void this.loadMore());
  }

  // --- loading ---------------------------------------------------------------

  /** Reloads when the service or the client core changed; a new service also clears the choice. */
  private sync(): void {
    const serviceId = this.options.serviceId();
    const core = this.options.core();
    if (this.key && this.key.serviceId === serviceId && this.key.core === core) return;
    const sameService = this.key?.serviceId === serviceId && this.data !== null;
    this.key = { serviceId, core };
    this.cancelLoads();
    if (!sameService) this.reset();
    if (!serviceId || !core) return;
    this.refreshQueue = sameService ? this.refreshQueue.then(() => this.reread()) : this.loadFirst();
  }

  private reset(): void {
    const hadChoice = this.date !== null || this.start !== null;
    this.data = null;
    this.days = new Map();
    this.loadedTo = null;
    this.horizonEnd = null;
    this.lastError = null;
    this.loadedAt = null;
    this.date = null;
    this.start = null;
    this.focused = null;
    this.ranOut = null;
    this.loadingMore = false;
    if (hadChoice) this.options.onChange?.();
  }

  private cancelLoads(): void {
    this.generation += 1;
    for (const abort of this.aborts) abort.abort();
    this.aborts.clear();
    this.pending = 0;
    this.loadingMore = false;
    this.moreFailed = false;
  }

  /**
   * One availability request of the current generation: `null` when it failed
   * (kept as {@link SlotPicker.error}) or was superseded by a change of service.
   */
  private async read(query: AvailabilityQuery): Promise<Availability | null> {
    const key = this.key;
    if (!key?.serviceId || !key.core) return null;
    const generation = this.generation;
    const abort = new AbortController();
    this.aborts.add(abort);
    this.pending += 1;
    this.host.requestUpdate();
    try {
      const answer = await bookingsResource(key.core).availability(key.serviceId, query, { signal: abort.signal });
      if (generation !== this.generation) return null;
      this.lastError = null;
      this.loadedAt = new Date();
      return answer;
    } catch (error) {
      if (generation === this.generation) this.lastError = error;
      return null;
    } finally {
      this.aborts.delete(abort);
      if (generation === this.generation) {
        this.pending -= 1;
        this.host.requestUpdate();
      }
    }
  }

  /**
   * The first window: about five weeks from today. "Today" is the server's,
   * so `from` is left for it to pick; `to` is counted from the device's date
   * in the site's zone, and the server clamps it to the booking horizon. A
   * device clock far behind the server's gets nothing back, so the server's
   * own default range is asked for then.
   */
  private async loadFirst(): Promise<void> {
    const zone = this.options.site()?.timeZone ?? 'Asia/Jakarta';
    const fiveWeeks = addDays(localDateOf(new Date(), zone), FIRST_WINDOW_DAYS - 1);
    // A prefilled day further ahead is in the first answer too, so it can be chosen at once.
    const preferred = this.options.preferredDate?.() ?? null;
    const to = preferred && preferred > fiveWeeks ? preferred : fiveWeeks;
    const generation = this.generation;
    let answer = await this.read({ to });
    let asked: LocalDate | null = to;
    if (answer && answer.days.length === 0 && generation === this.generation) {
      answer = await this.read({});
      asked = null;
    }
    if (!answer || generation !== this.generation) return;
    this.data = answer;
    this.days = new Map(answer.days.map((day) => [day.date, day]));
    const last = answer.days.at(-1)?.date ?? null;
    this.loadedTo = last;
    this.horizonEnd = last === null || stoppedShort(answer.days, asked) ? last : null;
    this.reconcile(true);
  }

  /** Re-reads every day loaded, from the server's today on (past days drop out). */
  private async reread(): Promise<void> {
    const to = this.loadedTo;
    if (!to) return this.loadFirst();
    const generation = this.generation;
    const answer = await this.read({ to });
    if (!answer || generation !== this.generation) return;
    this.moreFailed = false;
    const fresh = new Map(answer.days.map((day) => [day.date, day]));
    const first = answer.days[0]?.date ?? to;
    const days = [...answer.days, ...(this.data?.days ?? []).filter((day) => day.date > first && !fresh.has(day.date))];
    this.setDays(answer, days);
    this.reconcile(false);
  }

  /**
   * Whether the month in view reaches past the days loaded (the visitor paged
   * ahead) and they can be asked for: not while asking, not past the horizon,
   * and not again after a failure until a refresh.
   */
  private needsMore(): boolean {
    if (!this.focused || !this.loadedTo || !this.data) return false;
    if (this.loadingMore || this.moreFailed || this.horizonEnd !== null) return false;
    return lastOfMonth(monthOf(this.focused)) > this.loadedTo;
  }

  /** Loads the days after those loaded, up to the end of the month in view (at most one request's worth). */
  private async loadMore(): Promise<void> {
    if (!this.needsMore() || !this.focused || !this.loadedTo || !this.data) return;
    const until = lastOfMonth(monthOf(this.focused));
    const from = addDays(this.loadedTo, 1);
    const cap = addDays(from, MAX_QUERY_DAYS - 1);
    const to = until < cap ? until : cap;
    const generation = this.generation;
    this.loadingMore = true;
    const answer = await this.read({ from, to });
    if (generation !== this.generation) return;
    this.loadingMore = false;
    // A change of service bumps the generation first, so the data is still this service's here.
    if (!answer) {
      this.moreFailed = true;
      return;
    }
    const added = answer.days.filter((day) => day.date >= from);
    if (added.length === 0) {
      this.horizonEnd = this.loadedTo;
    } else {
      this.setDays(answer, [...this.data.days, ...added]);
      this.loadedTo = to;
      if (stoppedShort(added, to)) this.horizonEnd = added.at(-1)?.date ?? this.loadedTo;
    }
    this.reconcile(false);
  }

  private setDays(answer: Availability, days: AvailabilityDay[]): void {
    const sorted = [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    this.data = { ...answer, days: sorted };
    this.days = new Map(sorted.map((day) => [day.date, day]));
  }

  /**
   * After new data: drops a chosen time that ran out (saying so), chooses the
   * first bookable day when none is chosen, and keeps the focus on a day shown.
   */
  private reconcile(first: boolean): void {
    let changed = false;
    if (this.start !== null) {
      const slot = this.slotAt(this.start);
      if (!slot || !this.choosable(slot)) {
        this.ranOut = this.start;
        this.start = null;
        changed = true;
      }
    }
    let waiting: LocalDate | null = null;
    let chosen = false;
    if (this.date === null) {
      const preferred = this.options.preferredDate?.() ?? null;
      const state = preferred ? this.dayInfo(preferred).state : null;
      // A prefilled day past the days loaded so far: bring it into view, which loads it, then choose it.
      if (preferred && state === 'loading') waiting = preferred;
      const date = preferred && state === 'bookable' ? preferred : waiting ? null : this.firstBookable();
      if (date) {
        this.date = date;
        changed = true;
        chosen = true;
      }
    }
    if (waiting) this.focused = this.clampFocus(waiting);
    else if (first || chosen || this.focused === null) this.focused = this.date ?? this.data?.days[0]?.date ?? null;
    else this.focused = this.clampFocus(this.focused);
    if (changed) this.changed();
    else this.host.requestUpdate();
    if (this.focusWanted && this.focused) this.focusWhenIdle();
  }

  /**
   * Fulfils a `focusCalendar()` made while loading, unless the visitor has put
   * the focus somewhere else in the meantime.
   */
  private focusWhenIdle(): void {
    this.focusWanted = false;
    const active = document.activeElement;
    if (active && active !== document.body && active !== this.host) return;
    this.focusCalendar();
  }

  private readonly tick = (): void => {
    if (document.visibilityState !== 'visible' || this.loading) return;
    void this.refresh();
  };

  /** Back on the page after a while: the times may have changed, so read them now. */
  private readonly onVisibility = (): void => {
    if (document.visibilityState !== 'visible' || !this.timesShown || !this.loadedAt) return;
    const interval = this.options.refreshInterval ?? DEFAULT_REFRESH_MS;
    if (interval > 0 && Date.now() - this.loadedAt.getTime() >= interval) void this.refresh();
  };

  private stopTimer(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  // --- the calendar ----------------------------------------------------------

  private dayCell(date: LocalDate | null): TemplateResult {
    if (date === null) return html`<td></td>`;
    const info = this.dayInfo(date);
    const selected = date === this.date;
    const reasonId = `${this.id}-why-${date}`;
    return html`<td aria-selected=${selected ? 'true' : 'false'}>
      <button
        type="button"
        class="day"
        part=${selected ? 'day selected-day' : 'day'}
        data-date=${date}
        data-state=${info.state}
        tabindex=${date === this.focused ? '0' : '-1'}
        aria-label=${formatterFor(this.options.locale()).date(date)}
        aria-disabled=${info.state === 'bookable' ? 'false' : 'true'}
        aria-pressed=${selected ? 'true' : 'false'}
        aria-current=${date === this.data?.days[0]?.date ? 'date' : nothing}
        aria-describedby=${info.reason ? reasonId : nothing}
        title=${info.reason ?? nothing}
        @click=${() => this.selectDate(date)}
        @focus=${() => this.onDayFocus(date)}
      >
        ${Number(date.slice(8, 10))}
      </button>
      ${info.reason ? html`<span id=${reasonId} hidden>${info.reason}</span>` : nothing}
    </td>`;
  }

  private dayNote(t: SlotPickerStrings): string {
    const date = this.focused;
    if (!date) return '';
    const info = this.dayInfo(date);
    const state =
      info.state !== 'bookable'
        ? (info.reason ?? '')
        : date === this.date
          ? t.daySelected
          : t.dayBookable(info.free, formatterFor(this.options.locale()).number(info.free));
    return t.dayNote(formatterFor(this.options.locale()).date(date), state);
  }

  private readonly onGridKey = (event: KeyboardEvent): void => {
    const from = this.focused;
    if (!from || event.altKey || event.ctrlKey || event.metaKey) return;
    const moves: Record<string, () => LocalDate> = {
      ArrowLeft: () => addDays(from, -1),
      ArrowRight: () => addDays(from, 1),
      ArrowUp: () => addDays(from, -7),
      ArrowDown: () => addDays(from, 7),
      Home: () => startOfWeek(from),
      End: () => endOfWeek(from),
      PageUp: () => addMonths(from, event.shiftKey ? -12 : -1),
      PageDown: () => addMonths(from, event.shiftKey ? 12 : 1),
    };
    // Enter and Space choose the focused day here rather than through the
    // button's own activation, which Firefox does not perform for a tab that
    // is not in front (and is a click later in some engines).
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.selectDate(from);
      return;
    }
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    this.moveFocus(move());
  };

  /** A day button got focus (by Tab or a click): it becomes the roving tab stop. */
  private onDayFocus(date: LocalDate): void {
    if (this.focused === date) return;
    this.focused = date;
    this.host.requestUpdate();
  }

  private moveFocus(date: LocalDate): void {
    this.focused = this.clampFocus(date);
    this.host.requestUpdate();
    const target = this.focused;
    void this.host.updateComplete.then(() => this.dayButton(target)?.focus());
  }

  /** The previous/next month button: the same day of that month becomes the tab stop; focus stays on the button. */
  private pageMonth(months: number): void {
    if (!this.focused) return;
    const [min, max] = this.focusRange();
    const target = addMonths(this.focused, months);
    if (monthOf(target) < monthOf(min) || monthOf(target) > monthOf(max)) return;
    this.focused = clampDate(target, min, max);
    this.host.requestUpdate();
  }

  /** The days the calendar may show: the month of the server's today to the horizon's month (or a year ahead). */
  private focusRange(): [LocalDate, LocalDate] {
    const today = this.data?.days[0]?.date ?? this.focused ?? '2000-01-01';
    const min = firstOfMonth(monthOf(today));
    const max = this.horizonEnd
      ? lastOfMonth(monthOf(this.horizonEnd))
      : lastOfMonth(monthOf(addDays(today, MAX_AHEAD_DAYS)));
    return [min, max];
  }

  private clampFocus(date: LocalDate): LocalDate {
    const [min, max] = this.focusRange();
    return clampDate(date, min, max);
  }

  private dayButton(date: LocalDate | null): HTMLElement | null {
    if (!date) return null;
    return (this.host.shadowRoot ?? this.host).querySelector<HTMLElement>(`button.day[data-date="${date}"]`);
  }

  private nothingBookable(): boolean {
    return this.horizonEnd !== null && !this.loading && this.firstBookable() === null;
  }

  private firstBookable(): LocalDate | null {
    for (const day of this.data?.days ?? []) if (this.dayInfo(day.date).state === 'bookable') return day.date;
    return null;
  }

  // --- times -----------------------------------------------------------------

  private timeOption(slot: Slot): TemplateResult {
    const t = this.options.strings();
    const format = formatterFor(this.options.locale());
    const zone = this.data?.timeZone ?? 'Asia/Jakarta';
    const range = format.timeRange(localTimeOf(slot.start, zone), localTimeOf(slot.end, zone));
    const current = slot.start === this.options.excludeStart?.();
    const full = slot.remaining === 0;
    const left = current
      ? t.slotCurrent
      : full
        ? t.slotFull
        : t.placesLeft(slot.remaining, format.number(slot.remaining));
    const state = current ? 'current' : full ? 'full' : 'free';
    return html`<label
      class="time"
      part=${slot.start === this.start ? 'time selected-time' : 'time'}
      data-state=${state}
    >
      <input
        type="radio"
        name=${`${this.id}-time`}
        .value=${slot.start}
        .checked=${slot.start === this.start}
        ?disabled=${current || full}
        aria-label=${t.slotName(range, left)}
        @change=${() => this.selectSlot(slot.start)}
      />
      <span class="range">${range}</span>
      <span class="left">${left}</span>
    </label>`;
  }

  // --- states ----------------------------------------------------------------

  private errorView(t: SlotPickerStrings): TemplateResult {
    return html`<div class="panel error" part="error" role="alert">
      ${icon(alertIcon)}
      <div class="panel-body">
        <p class="panel-title">${t.scheduleFailed}</p>
        <p>${this.errorText(t)}</p>
      </div>
      ${errorKindOf(this.lastError) === 'config' ? nothing : this.retryButton(t)}
    </div>`;
  }

  private staleView(t: SlotPickerStrings): TemplateResult {
    const time = formatterFor(this.options.locale()).instantTime(this.loadedAt ?? new Date(), this.data?.timeZone);
    return html`<div class="notice" part="stale-notice">
      ${icon(clockIcon)}<span>${t.scheduleStale(time)}</span> ${this.retryButton(t)}
    </div>`;
  }

  private retryButton(t: SlotPickerStrings): TemplateResult {
    return html`<button type="button" part="retry-button" @click=${() => void this.refresh()}>
      ${icon(retryIcon)}${t.scheduleRetry}
    </button>`;
  }

  private errorText(t: SlotPickerStrings): string {
    const error = this.lastError;
    if (isMppApiError(error)) return error.message;
    const kind = errorKindOf(error);
    return kind === 'network' || kind === 'timeout' ? t.scheduleUnreachable : t.scheduleError;
  }

  // --- helpers ---------------------------------------------------------------

  private choosable(slot: Slot): boolean {
    return slot.remaining > 0 && slot.start !== (this.options.excludeStart?.() ?? null);
  }

  private slotAt(start: string): Slot | null {
    const day = this.days.get(this.dayOfSlot(start));
    const at = Date.parse(start);
    return day?.slots.find((slot) => Date.parse(slot.start) === at) ?? null;
  }

  private dayOfSlot(start: string): LocalDate {
    return localDateOf(start, this.data?.timeZone ?? this.options.site()?.timeZone ?? 'Asia/Jakarta');
  }

  private timeOf(start: string): string {
    return formatterFor(this.options.locale()).time(localTimeOf(start, this.data?.timeZone ?? 'Asia/Jakarta'));
  }

  private changed(): void {
    this.host.requestUpdate();
    this.options.onChange?.();
  }
}

/**
 * Whether an answer ended before the last day asked for, which only the
 * booking horizon does (a full answer of the server's maximum length may end
 * early for its cap instead, so that one does not count).
 */
function stoppedShort(days: readonly AvailabilityDay[], asked: LocalDate | null): boolean {
  const last = days.at(-1)?.date;
  return asked !== null && last !== undefined && last < asked && days.length < MAX_QUERY_DAYS;
}
