import {
  localDateOf,
  type Booking,
  type BookingReceipt,
  type BookingStatus,
  type LocalDate,
  type Site,
  type Slot,
  type TimeZone,
} from '@mpp-kit/contract';
import { bookingsResource, isMppApiError, siteResource, type ClientCore } from '@mpp-kit/sdk';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { createRef, ref, type Ref } from 'lit/directives/ref.js';
import { readManageLink } from '../booking/manage-link.js';
import { SlotPicker, slotPickerStyles } from '../booking/slot-picker.js';
import { loadDetail } from '../core/catalog-data.js';
import { errorDetailOf, errorKindOf, mppEvent } from '../core/events.js';
import { clampHeadingLevel, subheadingLevel } from '../core/heading-level.js';
import { alertIcon, icon } from '../core/icons.js';
import { localizedString } from '../core/localized.js';
import { MppElement } from '../core/mpp-element.js';
import { numberForm } from '../core/property-forms.js';
import { errorMessage, errorPanelFor } from '../core/states.js';
import { LazyTable, type Translations } from '../i18n/translations.js';
import { baseStyles } from '../styles/base.js';
import { bookingManagerStyles } from './booking-manager.styles.js';
import { bookingManagerStringsId, type BookingManagerStrings } from './i18n/id.js';

const translations: Translations<BookingManagerStrings> = {
  id: bookingManagerStringsId,
  en: /* @__PURE__ */ new LazyTable(() => import('./i18n/en.js').then((module) => module.bookingManagerStringsEn)),
};

/** The booking asked for: its code and secret, held in this element's memory only. */
interface Query {
  readonly code: string;
  readonly secret: string;
}

/** What the card says about the last action, until the next one. */
type Notice =
  | { readonly kind: 'rescheduled' }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'slot-full'; readonly alternatives: readonly Slot[] }
  | { readonly kind: 'not-modifiable' }
  | { readonly kind: 'failed'; readonly action: 'reschedule' | 'cancel'; readonly error: unknown };

/**
 * What the holder is doing with the booking shown: nothing (reading it),
 * choosing a new time, moving it, confirming or sending a cancellation. Each
 * transition is one assignment in a handler below.
 */
type Action =
  | { readonly kind: 'none'; readonly notice: Notice | null }
  | { readonly kind: 'choosing'; readonly notice: Notice | null }
  | { readonly kind: 'moving'; readonly slot: Slot }
  | { readonly kind: 'confirming-cancel' }
  | { readonly kind: 'cancelling' };

/** A find form field left empty. */
type Missing = 'code' | 'secret' | null;

/** Where focus goes after the next render, once that element is on screen. */
type FocusTarget = 'code' | 'secret' | 'result' | 'reschedule' | 'notice' | 'confirm-reschedule' | 'keep' | null;

const NONE: Action = { kind: 'none', notice: null };

/** A receipt without its secret: what the element keeps on screen. */
function withoutSecret(receipt: BookingReceipt): Booking {
  const { code, status, serviceId, slotStart, slotEnd, applicantName, createdAt, ticketId } = receipt;
  return {
    code,
    status,
    serviceId,
    slotStart,
    slotEnd,
    applicantName,
    createdAt,
    ...(ticketId === undefined ? {} : { ticketId }),
  };
}

/**
 * The local date of an instant from the API. Its offset is the site's, so
 * before the site's zone is known its date part is already the local date.
 */
function siteDateOf(instant: string, zone: TimeZone | undefined): LocalDate {
  return zone ? localDateOf(new Date(instant), zone) : instant.slice(0, 10);
}

/**
 * Where a citizen finds, checks, reschedules or cancels a booking made with
 * `<mpp-booking-form>`.
 *
 * - **Find** by booking code ("Kode booking") and secret ("Kode rahasia"), or
 *   **open from the manage link**: on connect (and on `hashchange`) the element
 *   reads `#kode=…&rahasia=…` from the page's URL fragment, then removes the
 *   fragment from the address bar with `history.replaceState` (path and query
 *   stay), so the secret is not left in the history. A fragment never reaches
 *   a server, a log or a `Referer`.
 * - The secret is sent only as the `X-Booking-Secret` header, kept in this
 *   element's memory only, and never written to storage, the console, an
 *   attribute or an event. A wrong code or secret gets one message that does
 *   not say which of the two was wrong.
 * - **See** the booking: code, status, service, date and time in the MPP's
 *   time zone, the place, and the applicant's name as the server masks it.
 * - **Reschedule** to another free time (the calendar and times of the
 *   booking form, the current time left out), then confirm. When the time
 *   fills up meanwhile, the nearest free times are offered.
 * - **Cancel** after an inline confirmation ("Batalkan pemesanan?").
 * - After the service's change deadline before the slot, it says the booking
 *   can no longer be changed.
 *
 * @summary Finds a booking by code and secret (or from the manage link), reschedules or cancels it.
 * @tagname mpp-booking-manager
 * @fires mpp-booking-rescheduled - The booking moved; `detail` is `{ code, serviceId, slotStart, slotEnd }`, nothing personal, never the secret.
 * @fires mpp-booking-cancelled - The booking was cancelled; `detail` is `{ code, serviceId }`.
 * @fires mpp-error - Loading or an action failed; `detail` is an `MppErrorDetail` (never the secret).
 * @csspart find-form - The find form.
 * @csspart code-input - The booking code field.
 * @csspart secret-input - The secret field.
 * @csspart find-button - "Cari pemesanan".
 * @csspart find-error - Why no booking was found.
 * @csspart card - The booking card (its `data-status` is the booking's status, `data-phase` the action running).
 * @csspart heading - The card's heading, "Pemesanan KDR-7QX4M2".
 * @csspart facts - The booking's facts.
 * @csspart status - The status word.
 * @csspart service - The service's name.
 * @csspart when - The date and time.
 * @csspart place - Where to go.
 * @csspart name - The applicant's masked name.
 * @csspart notice - The outcome of the last action, or why it failed.
 * @csspart alternative - Each nearest free time offered when the chosen one filled up.
 * @csspart reschedule-button - "Ubah jadwal".
 * @csspart reschedule - The new-time chooser (calendar and times; their parts are those of `<mpp-booking-form>`'s: `calendar`, `grid`, `day`, `time`, …).
 * @csspart new-slot - The chosen new time.
 * @csspart confirm-reschedule-button - "Pindahkan ke jadwal ini".
 * @csspart keep-schedule-button - "Tidak jadi".
 * @csspart cancel-button - "Batalkan pemesanan".
 * @csspart cancel-confirm - The inline confirmation.
 * @csspart confirm-cancel-button - "Ya".
 * @csspart keep-button - "Tidak".
 * @csspart find-another-button - "Cari pemesanan lain".
 * @csspart announcement - The polite live region that announces outcomes.
 * @example
 * ```html
 * <!-- on the page the booking form's manage-url names, e.g. /kelola/ -->
 * <mpp-booking-manager api-base="https://mpp.kedirikota.go.id/api"></mpp-booking-manager>
 * ```
 */
export class MppBookingManager extends MppElement<BookingManagerStrings> {
  /** The shadow root's styles: {@link baseStyles}, the slot picker's, then the manager's own. */
  static override styles = [...baseStyles, slotPickerStyles, bookingManagerStyles];

  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level', form: numberForm },
  };

  /** The level of the element's headings, 1 to 6; its sections use the next level. */
  headingLevel = 2;

  protected readonly translations = translations;

  /** The booking asked for (a true private field: no script on the page can read the secret back). */
  #query: Query | null = null;
  /** Whether the query came from a manage link (nothing typed to show while it loads). */
  #fromLink = false;
  #action: Action = NONE;
  #missing: Missing = null;
  #focusNext: FocusTarget = null;
  /** The booking as an action left it, until the next load; with the load it supersedes. */
  #latest: { readonly booking: Booking; readonly over: Booking | null | undefined } | null = null;
  readonly #codeField: Ref<HTMLInputElement> = createRef();
  readonly #secretField: Ref<HTMLInputElement> = createRef();

  private readonly bookingTask = this.createApiTask({
    args: () => [this.#query] as const,
    load: (core, [query], signal): Promise<Booking | null> =>
      query ? bookingsResource(core).get(query.code, query.secret, { signal }) : Promise.resolve(null),
  });

  private readonly siteTask = this.createApiTask({
    args: () => [this.#query !== null] as const,
    load: (core, [wanted], signal): Promise<Site | null> =>
      wanted ? siteResource(core).get({ signal }) : Promise.resolve(null),
  });

  private readonly detailTask = this.createApiTask({
    args: () => [this.booking?.serviceId ?? null] as const,
    load: (core, [id], signal) => (id ? loadDetail(core, id, signal) : Promise.resolve(null)),
  });

  /** The new-time chooser; it loads availability only while the holder is choosing. */
  readonly #picker: SlotPicker = new SlotPicker(this, {
    core: () => this.#core(),
    serviceId: () => (this.#choosing ? (this.booking?.serviceId ?? null) : null),
    site: () => this.siteTask.value ?? null,
    strings: () => this.t,
    locale: () => this.resolvedLocale,
    excludeStart: () => this.booking?.slotStart ?? null,
    onChange: () => this.requestUpdate(),
  });

  /** The booking shown, as last loaded or changed; `null` before one is found. */
  get booking(): Booking | null {
    const loaded = this.bookingTask.value ?? null;
    if (this.#latest && this.#latest.over === loaded && loaded?.code === this.#latest.booking.code) {
      return this.#latest.booking;
    }
    return loaded;
  }

  /**
   * Looks up the booking with `code` and `secret` (the find form does the
   * same). The secret stays in this element's memory; the request carries it
   * in the `X-Booking-Secret` header only.
   */
  find(code: string, secret: string): void {
    this.#query = { code: code.trim().toUpperCase(), secret: secret.trim() };
    this.#fromLink = false;
    this.#action = NONE;
    this.#latest = null;
    this.#missing = null;
    this.#focusNext = 'result';
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener('hashchange', this.#onHashChange);
    this.#readManageLink();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener('hashchange', this.#onHashChange);
  }

  readonly #onHashChange = (): void => {
    this.#readManageLink();
  };

  /** Opens the booking of a manage link in the URL fragment, then takes the fragment out of the address bar. */
  #readManageLink(): void {
    const link = readManageLink(location.hash);
    if (!link) return;
    // Path and query stay; only the fragment (which holds the secret) leaves the history entry.
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    this.find(link.code, link.secret);
    this.#fromLink = true;
  }

  get #choosing(): boolean {
    return this.#action.kind === 'choosing' || this.#action.kind === 'moving';
  }

  #core(): ClientCore | null {
    const choice = this.clientChoice();
    return choice === null || choice instanceof Error ? null : choice;
  }

  #set(action: Action, focus: FocusTarget = null): void {
    this.#action = action;
    if (focus) this.#focusNext = focus;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A fresh load (retry, language switch) supersedes what an action left on screen.
    if (this.#latest && this.#latest.over !== (this.bookingTask.value ?? null)) this.#latest = null;
  }

  protected override updated(): void {
    const target = this.#focusNext;
    if (!target) return;
    const selector: Record<Exclude<FocusTarget, null>, string> = {
      code: '#code',
      secret: '#secret',
      result: '#result-heading',
      reschedule: '#reschedule-heading',
      notice: '[part~="notice"]',
      'confirm-reschedule': '[part~="confirm-reschedule-button"]',
      keep: '[part~="keep-button"]',
    };
    // A result that failed to load shows the form (not found) or the error panel: focus goes there instead.
    const fallback =
      target === 'result' && this.bookingTask.state === 'error'
        ? this.#isNotFound()
          ? '#code'
          : '[part~="error"] [part~="retry-button"]'
        : null;
    const element = this.renderRoot.querySelector<HTMLElement>(fallback ?? selector[target]);
    // Not rendered yet (still loading): focus it when it is.
    if (!element?.isConnected || (target === 'result' && this.bookingTask.pending)) return;
    this.#focusNext = null;
    element.focus();
  }

  #isNotFound(): boolean {
    const error = this.bookingTask.error;
    return isMppApiError(error) && error.code === 'not_found';
  }

  readonly #onFind = (event: SubmitEvent): void => {
    event.preventDefault();
    const code = this.#codeField.value?.value.trim() ?? '';
    const secret = this.#secretField.value?.value.trim() ?? '';
    if (!code || !secret) {
      this.#missing = !code ? 'code' : 'secret';
      this.#focusNext = this.#missing;
      this.requestUpdate();
      return;
    }
    this.find(code, secret);
  };

  readonly #onFindAnother = (): void => {
    this.#query = null;
    this.#latest = null;
    this.#set(NONE, 'code');
  };

  readonly #onReschedule = (): void => {
    this.#set({ kind: 'choosing', notice: null }, 'reschedule');
  };

  readonly #onKeepSchedule = (): void => {
    // The move is already on its way: its answer decides what the card shows.
    if (this.#action.kind === 'moving') return;
    this.#picker.selectSlot(null);
    this.#set(NONE, 'result');
  };

  readonly #onConfirmReschedule = (): void => {
    const slot = this.#picker.selectedSlot;
    if (this.#action.kind !== 'choosing' || !slot) return;
    void this.#reschedule(slot);
  };

  async #reschedule(slot: Slot): Promise<void> {
    const booking = this.booking;
    const query = this.#query;
    const core = this.#core();
    if (!booking || !query || !core) return;
    this.#set({ kind: 'moving', slot });
    const over = this.bookingTask.value ?? null;
    try {
      const moved = withoutSecret(
        await bookingsResource(core).reschedule(booking.code, query.secret, { slotStart: slot.start }),
      );
      this.#latest = { booking: moved, over };
      this.dispatchEvent(
        mppEvent('mpp-booking-rescheduled', {
          code: moved.code,
          serviceId: moved.serviceId,
          slotStart: moved.slotStart,
          slotEnd: moved.slotEnd,
        }),
      );
      this.#picker.selectSlot(null);
      this.#set({ kind: 'none', notice: { kind: 'rescheduled' } }, 'result');
    } catch (error) {
      if (isMppApiError(error) && (error.code === 'slot_full' || error.code === 'slot_unavailable')) {
        // Someone took the last place meanwhile: show the times as they are now, and the nearest free ones.
        await this.#picker.refresh();
        const alternatives = this.#picker.alternatives(slot.start, 3);
        this.#set({ kind: 'choosing', notice: { kind: 'slot-full', alternatives } }, 'notice');
        return;
      }
      this.dispatchEvent(mppEvent('mpp-error', errorDetailOf(error)));
      if (isMppApiError(error) && error.code === 'booking_not_modifiable') {
        this.#set({ kind: 'none', notice: { kind: 'not-modifiable' } }, 'notice');
        return;
      }
      this.#set({ kind: 'choosing', notice: { kind: 'failed', action: 'reschedule', error } }, 'notice');
      this.#rereadAfter(error);
    }
  }

  /**
   * After a request whose answer was lost (it may have been done), the booking
   * as the server has it now; when that read fails too, the card shows what it
   * had under the stale-data notice, with a retry.
   */
  #rereadAfter(error: unknown): void {
    const kind = errorKindOf(error);
    if (kind === 'network' || kind === 'timeout') this.bookingTask.retry();
  }

  #onAlternative(slot: Slot): void {
    const zone = this.siteTask.value?.timeZone;
    this.#picker.selectDate(siteDateOf(slot.start, zone));
    this.#picker.selectSlot(slot.start);
    this.#set({ kind: 'choosing', notice: null }, 'confirm-reschedule');
  }

  readonly #onCancel = (): void => {
    this.#set({ kind: 'confirming-cancel' }, 'keep');
  };

  readonly #onKeep = (): void => {
    this.#set(NONE, 'result');
  };

  readonly #onConfirmCancel = (): void => {
    if (this.#action.kind === 'confirming-cancel') void this.#cancel();
  };

  async #cancel(): Promise<void> {
    const booking = this.booking;
    const query = this.#query;
    const core = this.#core();
    if (!booking || !query || !core) return;
    this.#set({ kind: 'cancelling' });
    const over = this.bookingTask.value ?? null;
    try {
      const cancelled = await bookingsResource(core).cancel(booking.code, query.secret);
      this.#latest = { booking: cancelled, over };
      this.dispatchEvent(mppEvent('mpp-booking-cancelled', { code: cancelled.code, serviceId: cancelled.serviceId }));
      this.#set({ kind: 'none', notice: { kind: 'cancelled' } }, 'result');
    } catch (error) {
      this.dispatchEvent(mppEvent('mpp-error', errorDetailOf(error)));
      const notModifiable = isMppApiError(error) && error.code === 'booking_not_modifiable';
      this.#set(
        {
          kind: 'none',
          notice: notModifiable ? { kind: 'not-modifiable' } : { kind: 'failed', action: 'cancel', error },
        },
        'notice',
      );
      this.#rereadAfter(error);
    }
  }

  get #level(): number {
    return clampHeadingLevel(this.headingLevel);
  }

  get #zone(): TimeZone | undefined {
    return this.siteTask.value?.timeZone;
  }

  /** A slot's date and time range in the site's zone, in words: "Senin, 2 Maret 2026, pukul 10.00–10.30 WIB". */
  #when(slot: { readonly start: string; readonly end: string }): string {
    const { t, format } = this;
    const zone = this.#zone;
    const range = `${format.instantTime(slot.start, zone)}–${format.instantTime(slot.end, zone)}`;
    return t.when(format.date(siteDateOf(slot.start, zone)), range, zone ? t.timeZoneName(zone) : '').trim();
  }

  #statusWord(status: BookingStatus): string {
    const { t } = this;
    return {
      confirmed: t.statusConfirmed,
      'checked-in': t.statusCheckedIn,
      cancelled: t.statusCancelled,
      completed: t.statusCompleted,
      'no-show': t.statusNoShow,
    }[status];
  }

  protected renderContent(): unknown {
    const task = this.bookingTask;
    const query = this.#query;
    let content: unknown;
    if (task.state === 'unconfigured') {
      content = this.renderTask(task, { loading: () => nothing, ready: () => nothing });
    } else if (task.state === 'loading' && this.#fromLink) {
      content = this.#renderSkeleton();
    } else if (!query || task.state === 'loading' || (task.state === 'error' && this.#isNotFound())) {
      content = this.#renderFind();
    } else if (task.state === 'error') {
      content = html`${this.#renderFind()}${errorPanelFor(this.t, task.error, task.retry)}`;
    } else {
      content = this.renderTask(task, {
        loading: () => nothing,
        ready: () => {
          const booking = this.booking;
          return booking ? this.#renderBooking(booking) : this.#renderFind();
        },
      });
    }
    return html`${content}
      <p class="visually-hidden" role="status" part="announcement">${this.#announcement()}</p>`;
  }

  /** What the polite live region says: the outcome of the last find or action. */
  #announcement(): string {
    const { t } = this;
    const task = this.bookingTask;
    if (!this.#query) return '';
    if (task.state === 'error' && this.#isNotFound()) return t.notFound;
    const booking = this.booking;
    if (!booking || task.pending) return '';
    const action = this.#action;
    if (action.kind === 'moving') return t.rescheduling;
    if (action.kind === 'cancelling') return t.cancelling;
    if (action.kind === 'confirming-cancel') return t.cancelQuestion;
    const notice = action.notice;
    if (!notice) return action.kind === 'choosing' ? '' : t.found(booking.code);
    return this.#noticeText(notice, booking);
  }

  #noticeText(notice: Notice, booking: Booking): string {
    const { t } = this;
    switch (notice.kind) {
      case 'rescheduled':
        return t.rescheduled(this.#when({ start: booking.slotStart, end: booking.slotEnd }));
      case 'cancelled':
        return t.cancelled;
      case 'slot-full':
        return notice.alternatives.length > 0 ? t.slotTaken : t.slotTakenNoAlternatives;
      case 'not-modifiable':
        return t.notModifiable;
      default:
        return `${notice.action === 'cancel' ? t.cancelFailed : t.rescheduleFailed} ${errorMessage(t, notice.error)}`;
    }
  }

  #renderFind(): TemplateResult {
    const { t } = this;
    const notFound = this.bookingTask.state === 'error' && this.#isNotFound() && this.#query !== null;
    const finding = this.#query !== null && this.bookingTask.state === 'loading';
    const invalid = (field: 'code' | 'secret'): boolean => notFound || this.#missing === field;
    const describedBy = (field: 'code' | 'secret', hint?: string): string =>
      [hint, notFound ? 'find-error' : this.#missing === field ? `${field}-missing` : undefined]
        .filter(Boolean)
        .join(' ');
    return html`<form class="find" part="find-form" aria-labelledby="find-heading" @submit=${this.#onFind} novalidate>
      <div id="find-heading" class="title" role="heading" aria-level=${this.#level}>${t.heading}</div>
      <p class="muted">${t.findIntro}</p>
      <div class="field">
        <label for="code">${t.codeLabel}</label>
        <input
          ${ref(this.#codeField)}
          id="code"
          part="code-input"
          type="text"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          aria-invalid=${invalid('code') ? 'true' : 'false'}
          aria-describedby=${describedBy('code') || nothing}
        />
        ${this.#missing === 'code' ? html`<p id="code-missing" class="field-error">${t.codeMissing}</p>` : nothing}
      </div>
      <div class="field">
        <label for="secret">${t.secretLabel}</label>
        <input
          ${ref(this.#secretField)}
          id="secret"
          part="secret-input"
          type="text"
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          aria-invalid=${invalid('secret') ? 'true' : 'false'}
          aria-describedby=${describedBy('secret', 'secret-hint')}
        />
        <p id="secret-hint" class="muted">${t.secretHint}</p>
        ${
          this.#missing === 'secret' ? html`<p id="secret-missing" class="field-error">${t.secretMissing}</p>` : nothing
        }
      </div>
      ${
        notFound
          ? html`<div id="find-error" class="panel error" part="find-error">
              ${icon(alertIcon)}
              <p class="panel-body">${t.notFound}</p>
            </div>`
          : nothing
      }
      <div class="actions">
        <button type="submit" part="find-button" aria-disabled=${finding ? 'true' : 'false'}>
          ${finding ? t.finding : t.findButton}
        </button>
      </div>
    </form>`;
  }

  /** The booking card's skeleton while a manage link's booking loads; hidden from screen readers, which hear the status line. */
  #renderSkeleton(): TemplateResult {
    const bone = (size = ''): TemplateResult => html`<span class="bone ${size}">&nbsp;</span>`;
    return html`<div class="card" part="card" data-phase="idle" aria-hidden="true">
      <div class="title">${bone()}</div>
      <dl class="facts">
        ${[1, 2, 3, 4].map(
          () =>
            html`<div>
              <dt>${bone('short')}</dt>
              <dd>${bone('long')}</dd>
            </div>`,
        )}
      </dl>
    </div>`;
  }

  #renderBooking(booking: Booking): TemplateResult {
    const { t } = this;
    const action = this.#action;
    const site = this.siteTask.value;
    const detail = this.detailTask.value;
    const level = this.#level;
    const phase = action.kind === 'moving' || action.kind === 'cancelling' ? action.kind : 'idle';
    return html`<section
      class="card"
      part="card"
      aria-labelledby="result-heading"
      data-status=${booking.status}
      data-phase=${phase}
    >
      <div id="result-heading" class="title" part="heading" role="heading" aria-level=${level} tabindex="-1">
        ${t.bookingHeading(booking.code)}
      </div>
      <dl class="facts" part="facts">
        <div>
          <dt>${t.codeFact}</dt>
          <dd class="code">${booking.code}</dd>
        </div>
        <div>
          <dt>${t.statusLabel}</dt>
          <dd part="status" class="status ${booking.status}">${this.#statusWord(booking.status)}</dd>
        </div>
        <div>
          <dt>${t.serviceLabel}</dt>
          <dd part="service">
            ${detail ? localizedString(detail.service.name, this.resolvedLocale) : booking.serviceId}
          </dd>
        </div>
        <div>
          <dt>${t.whenLabel}</dt>
          <dd part="when">${this.#when({ start: booking.slotStart, end: booking.slotEnd })}</dd>
        </div>
        <div>
          <dt>${t.placeLabel}</dt>
          <dd part="place">
            ${site ? html`<span>${site.name}</span> <span class="muted">${site.address.street}</span>` : nothing}
            ${detail && detail.counters.length > 0 ? html`<span>${t.counters(detail.counters.join(', '))}</span>` : nothing}
          </dd>
        </div>
        <div>
          <dt>${t.nameLabel}</dt>
          <dd part="name">${booking.applicantName}</dd>
        </div>
      </dl>
      ${this.#renderNotice(booking, action)} ${this.#renderActions(booking, action, subheadingLevel(level))}
      <div class="actions">
        <button type="button" class="quiet" part="find-another-button" @click=${this.#onFindAnother}>
          ${t.findAnother}
        </button>
      </div>
    </section>`;
  }

  #renderNotice(booking: Booking, action: Action): unknown {
    if (action.kind !== 'none' && action.kind !== 'choosing') return nothing;
    const notice = action.notice;
    if (!notice) {
      return booking.status !== 'confirmed' && booking.status !== 'cancelled'
        ? html`<p class="panel" part="notice" tabindex="-1">${this.t.notActive}</p>`
        : nothing;
    }
    const good = notice.kind === 'rescheduled' || notice.kind === 'cancelled';
    const text = this.#noticeText(notice, booking);
    return html`<div class="panel ${good ? 'outcome' : 'error'}" part="notice" tabindex="-1">
      ${good ? nothing : icon(alertIcon)}
      <div class="panel-body">
        <p>${text}</p>
        ${
          notice.kind === 'slot-full' && notice.alternatives.length > 0
            ? html`<ul class="alternatives">
                ${notice.alternatives.map(
                  (slot) =>
                    html`<li>
                      <button
                        type="button"
                        class="secondary"
                        part="alternative"
                        data-start=${slot.start}
                        @click=${() => this.#onAlternative(slot)}
                      >
                        ${this.t.alternative(this.#when(slot))}
                      </button>
                    </li>`,
                )}
              </ul>`
            : nothing
        }
      </div>
    </div>`;
  }

  #renderActions(booking: Booking, action: Action, level: number): unknown {
    const { t } = this;
    if (booking.status !== 'confirmed') return nothing;
    if (action.kind === 'choosing' || action.kind === 'moving') return this.#renderReschedule(action, level);
    if (action.kind === 'confirming-cancel' || action.kind === 'cancelling') {
      const busy = action.kind === 'cancelling';
      return html`<div class="confirm" part="cancel-confirm" role="group" aria-labelledby="cancel-question">
        <p id="cancel-question" class="strong">${t.cancelQuestion}</p>
        <p>${t.cancelDetail}</p>
        <div class="actions">
          <button
            type="button"
            class="danger"
            part="confirm-cancel-button"
            aria-disabled=${busy ? 'true' : 'false'}
            @click=${this.#onConfirmCancel}
          >
            ${busy ? t.cancelling : t.cancelYes}
          </button>
          <button type="button" class="secondary" part="keep-button" @click=${this.#onKeep}>${t.cancelNo}</button>
        </div>
      </div>`;
    }
    if (action.notice?.kind === 'not-modifiable') return nothing;
    return html`<div class="actions">
      <button type="button" part="reschedule-button" @click=${this.#onReschedule}>${t.rescheduleButton}</button>
      <button type="button" class="secondary" part="cancel-button" @click=${this.#onCancel}>${t.cancelButton}</button>
    </div>`;
  }

  #renderReschedule(action: Extract<Action, { kind: 'choosing' | 'moving' }>, level: number): TemplateResult {
    const { t } = this;
    const picker = this.#picker;
    const slot = action.kind === 'moving' ? action.slot : picker.selectedSlot;
    const moving = action.kind === 'moving';
    return html`<section
      class="reschedule"
      part="reschedule"
      aria-labelledby="reschedule-heading"
      aria-busy=${picker.loading ? 'true' : 'false'}
    >
      <div id="reschedule-heading" class="subtitle" role="heading" aria-level=${level} tabindex="-1">
        ${t.rescheduleHeading}
      </div>
      ${picker.renderCalendar()} ${picker.renderTimes()}
      <p class="new-slot" part="new-slot">${slot ? t.newSlot(this.#when(slot)) : t.chooseNewSlot}</p>
      <div class="actions">
        <button
          type="button"
          part="confirm-reschedule-button"
          aria-disabled=${slot && !moving ? 'false' : 'true'}
          @click=${this.#onConfirmReschedule}
        >
          ${moving ? t.rescheduling : t.confirmReschedule}
        </button>
        <button type="button" class="secondary" part="keep-schedule-button" @click=${this.#onKeepSchedule}>
          ${t.keepSchedule}
        </button>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mpp-booking-manager': MppBookingManager;
  }
}
