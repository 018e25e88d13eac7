import {
  localDateOf,
  type BookingStatus,
  type CheckInPreview,
  type LocalDate,
  type Ticket,
  type TimeZone,
} from '@mpp-kit/contract';
import {
  bookingsResource,
  isMppApiError,
  isMppNetworkError,
  isMppTimeoutError,
  ticketsResource,
  type ClientCore,
} from '@mpp-kit/sdk';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { createRef, ref, type Ref } from 'lit/directives/ref.js';
import { errorDetailOf, mppEvent } from '../core/events.js';
import type { Formatter } from '../core/format.js';
import { errorMessage } from '../core/states.js';
import type { CommonStrings } from '../i18n/id.js';
import type { CounterConsoleStrings } from './i18n/id.js';

/**
 * Where a check-in at the desk stands. One explicit state per screen, so every
 * transition (find, check in, refusal, failure) is a plain assignment.
 */
export type CheckInStep =
  | { readonly kind: 'idle' }
  | { readonly kind: 'looking'; readonly code: string }
  /** The booking is shown; `ticket` is the one it already became, `error` why the last check-in failed. */
  | {
      readonly kind: 'shown';
      readonly preview: CheckInPreview;
      readonly ticket: Ticket | null;
      readonly error: unknown;
    }
  | { readonly kind: 'checking'; readonly preview: CheckInPreview }
  | { readonly kind: 'checked-in'; readonly preview: CheckInPreview; readonly ticket: Ticket }
  | { readonly kind: 'missing'; readonly code: string }
  | { readonly kind: 'failed'; readonly code: string; readonly error: unknown };

/** What the desk needs from the console it lives in. */
export interface CheckInDeskOptions {
  /** The staff core (public core + the in-memory token), or `null` when signed out. */
  staff(): ClientCore | null;
  /** The console's strings in its current language. */
  strings(): CommonStrings & CounterConsoleStrings;
  /** The console's formats. */
  format(): Formatter;
  /** The MPP's time zone, once known. */
  timeZone(): TimeZone | undefined;
  /** A service's name in the console's language, or `undefined` while names load. */
  serviceName(id: string): string | undefined;
  /** The server refused the staff token: the console signs out. */
  onTokenRefused(): void;
}

/** Codes of `POST …/check-in` that mean the booking's state changed since it was shown: re-read it. */
const STATE_REFUSALS: readonly string[] = [
  'check_in_too_early',
  'check_in_too_late',
  'already_checked_in',
  'booking_not_modifiable',
];

/**
 * The check-in section of `<mpp-counter-console>`: a code field (typed, or a
 * scanner that types the code and presses Enter), the booking as the desk may
 * see it (`GET /v1/bookings/{code}/check-in`: service, time, status and
 * window, the name masked, never the NIK), and "Check-in", which turns it into
 * a priority ticket. A check-in is sent once per press and never retried by
 * itself: after a lost answer, finding the code again shows what happened.
 */
export class CheckInDesk implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: CheckInDeskOptions;
  private value: CheckInStep = { kind: 'idle' };
  private codeMissing = false;
  /** Where focus goes after the next render. */
  private focusNext: 'field' | 'check-in' | 'result' | null = null;
  private readonly field: Ref<HTMLInputElement> = createRef();
  /** Bumped by each lookup: an answer to an older one is dropped. */
  private generation = 0;

  constructor(host: ReactiveControllerHost & HTMLElement, options: CheckInDeskOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** The current step (for the console's busy state and tests). */
  get step(): CheckInStep {
    return this.value;
  }

  /** Whether a lookup or a check-in is being sent. */
  get busy(): boolean {
    return this.value.kind === 'looking' || this.value.kind === 'checking';
  }

  private set step(next: CheckInStep) {
    this.value = next;
    this.host.requestUpdate();
  }

  /** Forgets the booking on screen (on sign-out: the next person at the desk starts clean). */
  reset(): void {
    this.generation += 1;
    this.codeMissing = false;
    this.step = { kind: 'idle' };
  }

  hostUpdated(): void {
    const target = this.focusNext;
    if (!target) return;
    const root = this.host.shadowRoot;
    const element =
      target === 'field'
        ? this.field.value
        : root?.querySelector<HTMLElement>(target === 'check-in' ? '[part~="check-in-button"]' : '#check-in-result');
    if (!element?.isConnected) return;
    this.focusNext = null;
    element.focus();
  }

  /** Looks `code` up (the "Cari" button does the same). */
  async find(code: string): Promise<void> {
    const staff = this.options.staff();
    const normalized = code.trim().toUpperCase();
    if (!staff) return;
    if (normalized === '') {
      this.codeMissing = true;
      this.focusNext = 'field';
      this.host.requestUpdate();
      return;
    }
    this.codeMissing = false;
    const generation = ++this.generation;
    this.step = { kind: 'looking', code: normalized };
    try {
      const preview = await bookingsResource(staff).checkInPreview(normalized);
      const ticket = await this.ticketOf(staff, preview);
      if (generation !== this.generation) return;
      this.focusNext = preview.state === 'open' ? 'check-in' : 'result';
      this.step = { kind: 'shown', preview, ticket, error: null };
    } catch (error) {
      if (generation !== this.generation) return;
      this.fail(normalized, error, 'field');
    }
  }

  /** The ticket an already checked-in booking became, for its number; `null` when it cannot be read. */
  private async ticketOf(staff: ClientCore, preview: CheckInPreview): Promise<Ticket | null> {
    const id = preview.booking.ticketId;
    if (preview.state !== 'checked-in' || !id) return null;
    return ticketsResource(staff)
      .get(id)
      .catch(() => null);
  }

  /** Checks the shown booking in (the "Check-in" button). */
  async checkIn(): Promise<void> {
    const step = this.value;
    const staff = this.options.staff();
    if (step.kind !== 'shown' || step.preview.state !== 'open' || !staff) return;
    const { preview } = step;
    const generation = ++this.generation;
    this.step = { kind: 'checking', preview };
    try {
      const ticket = await bookingsResource(staff).checkIn(preview.booking.code);
      if (generation !== this.generation) return;
      this.host.dispatchEvent(
        mppEvent('mpp-booking-checked-in', {
          code: preview.booking.code,
          ticketId: ticket.id,
          number: ticket.number,
          serviceId: ticket.serviceId,
        }),
      );
      // Ready for the next code at once (a scanner types into the focused field); the number is announced.
      this.focusNext = 'field';
      const field = this.field.value;
      if (field) field.value = '';
      this.step = { kind: 'checked-in', preview, ticket };
    } catch (error) {
      if (generation !== this.generation) return;
      if (isMppApiError(error) && STATE_REFUSALS.includes(error.code)) {
        // The booking changed since it was shown (the window closed, another desk checked it in): show it as it is now.
        await this.find(preview.booking.code);
        return;
      }
      if (this.isTokenRefusal(error)) return;
      this.host.dispatchEvent(mppEvent('mpp-error', errorDetailOf(error)));
      this.focusNext = 'result';
      this.step = { kind: 'shown', preview, ticket: null, error };
    }
  }

  private isTokenRefusal(error: unknown): boolean {
    if (!isMppApiError(error) || (error.status !== 401 && error.status !== 403)) return false;
    this.reset();
    this.options.onTokenRefused();
    return true;
  }

  private fail(code: string, error: unknown, focus: 'field' | 'result'): void {
    if (this.isTokenRefusal(error)) return;
    if (isMppApiError(error) && error.code === 'not_found') {
      this.focusNext = 'field';
      this.step = { kind: 'missing', code };
      return;
    }
    this.host.dispatchEvent(mppEvent('mpp-error', errorDetailOf(error)));
    this.focusNext = focus;
    this.step = { kind: 'failed', code, error };
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.find(this.field.value?.value ?? '');
  };

  private readonly onCheckIn = (): void => {
    void this.checkIn();
  };

  /** The section, with a heading of `level`. */
  render(level: number): TemplateResult {
    const t = this.options.strings();
    const step = this.value;
    const invalid = this.codeMissing || step.kind === 'missing';
    const looking = step.kind === 'looking';
    return html`<section class="check-in" part="check-in" aria-labelledby="check-in-heading" data-step=${step.kind}>
      <div id="check-in-heading" role="heading" aria-level=${level}>${t.checkInHeading}</div>
      <form class="check-in-form" @submit=${this.onSubmit}>
        <label for="check-in-code">${t.checkInCodeLabel}</label>
        <div class="field-row">
          <input
            ${ref(this.field)}
            id="check-in-code"
            part="check-in-input"
            type="text"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            enterkeyhint="search"
            aria-describedby=${invalid ? 'check-in-code-hint check-in-code-error' : 'check-in-code-hint'}
            aria-invalid=${invalid ? 'true' : 'false'}
          />
          <button type="submit" part="check-in-find" aria-disabled=${looking ? 'true' : 'false'}>
            ${looking ? t.checkInFinding : t.checkInFind}
          </button>
        </div>
        <p id="check-in-code-hint" class="muted">${t.checkInCodeHint}</p>
        ${
          invalid
            ? html`<p id="check-in-code-error" class="field-error">
                ${step.kind === 'missing' ? t.checkInNotFound(step.code) : t.checkInCodeMissing}
              </p>`
            : nothing
        }
      </form>
      ${this.renderResult(t, level + 1 > 6 ? 6 : level + 1)}
      <p class="visually-hidden" role="status">${this.announcement(t)}</p>
    </section>`;
  }

  /** What the section's polite live region says about the current step. */
  private announcement(t: CommonStrings & CounterConsoleStrings): string {
    const step = this.value;
    switch (step.kind) {
      case 'looking':
        return t.checkInFinding;
      case 'checking':
        return t.checkInSending;
      case 'checked-in':
        return t.checkedIn(step.ticket.number);
      case 'missing':
        return t.checkInNotFound(step.code);
      case 'failed':
        return this.failure(t, step.error);
      case 'shown':
        return step.error ? this.failure(t, step.error) : t.checkInFound(step.preview.booking.code);
      default:
        return this.codeMissing ? t.checkInCodeMissing : '';
    }
  }

  private renderResult(t: CommonStrings & CounterConsoleStrings, level: number): unknown {
    const step = this.value;
    switch (step.kind) {
      case 'shown':
      case 'checking':
      case 'checked-in':
        return this.renderBooking(t, step, level);
      case 'failed':
        return html`<div id="check-in-result" class="message error shown" part="check-in-result" tabindex="-1">
          ${this.failure(t, step.error)}
        </div>`;
      default:
        return nothing;
    }
  }

  private renderBooking(
    t: CommonStrings & CounterConsoleStrings,
    step: Extract<CheckInStep, { kind: 'shown' | 'checking' | 'checked-in' }>,
    level: number,
  ): TemplateResult {
    const { preview } = step;
    const { booking } = preview;
    const format = this.options.format();
    const zone = this.options.timeZone();
    const date = format.date(siteDateOf(booking.slotStart, zone));
    const range = `${format.instantTime(booking.slotStart, zone)}–${format.instantTime(booking.slotEnd, zone)}`;
    const window = `${format.instantTime(preview.opensAt, zone)}–${format.instantTime(preview.closesAt, zone)}`;
    const checkedIn = step.kind === 'checked-in';
    const status: BookingStatus = checkedIn ? 'checked-in' : booking.status;
    const checking = step.kind === 'checking';
    return html`<div class="check-in-booking" part="check-in-booking">
      <div id="check-in-result" class="booking-code" role="heading" aria-level=${level} tabindex="-1">
        ${t.checkInBookingHeading(booking.code)}
      </div>
      <dl class="check-in-facts">
        <div>
          <dt>${t.checkInServiceLabel}</dt>
          <dd part="check-in-service">${this.options.serviceName(booking.serviceId) ?? booking.serviceId}</dd>
        </div>
        <div>
          <dt>${t.checkInTimeLabel}</dt>
          <dd part="check-in-time">${t.checkInSlot(date, range)}</dd>
        </div>
        <div>
          <dt>${t.checkInNameLabel}</dt>
          <dd>${booking.applicantName}</dd>
        </div>
        <div>
          <dt>${t.checkInStatusLabel}</dt>
          <dd part="check-in-status">${bookingStatusWord(t, status)}</dd>
        </div>
        <div>
          <dt>${t.checkInWindowLabel}</dt>
          <dd part="check-in-window">${window}</dd>
        </div>
      </dl>
      ${
        checkedIn
          ? html`<div class="message outcome shown" part="check-in-ticket">
              <span class="ticket-label">${t.checkInTicketLabel}</span>
              <span class="ticket-number">${step.ticket.number}</span>
              <span>${t.checkInPriority}</span>
            </div>`
          : html`${this.renderState(t, step, zone, format)}
              <div class="actions">
                <button
                  type="button"
                  class="action primary"
                  part="check-in-button"
                  aria-disabled=${preview.state === 'open' && !checking ? 'false' : 'true'}
                  aria-describedby="check-in-state"
                  @click=${this.onCheckIn}
                >
                  <span class="label">${checking ? t.checkInSending : t.checkInButton}</span>
                </button>
              </div>`
      }
    </div>`;
  }

  /** Whether check-in is possible now, and if not, why (with the opening time, or the ticket it already has). */
  private renderState(
    t: CommonStrings & CounterConsoleStrings,
    step: Extract<CheckInStep, { kind: 'shown' | 'checking' }>,
    zone: TimeZone | undefined,
    format: Formatter,
  ): TemplateResult {
    const { preview } = step;
    const error = step.kind === 'shown' ? step.error : null;
    if (error) {
      return html`<p id="check-in-state" class="message error shown" part="check-in-state" data-state="failed">
        ${this.failure(t, error)}
      </p>`;
    }
    let text: string;
    switch (preview.state) {
      case 'open':
        text = t.checkInOpen;
        break;
      case 'too-early': {
        const opens = new Date(preview.opensAt);
        text = t.checkInTooEarly(format.date(siteDateOf(preview.opensAt, zone)), format.instantTime(opens, zone));
        break;
      }
      case 'too-late':
        text = t.checkInTooLate(format.instantTime(preview.closesAt, zone));
        break;
      case 'checked-in': {
        const number = step.kind === 'shown' ? step.ticket?.number : undefined;
        text = number ? t.checkInAlready(number) : t.checkInAlreadyUnknown;
        break;
      }
      default:
        text = preview.booking.status === 'cancelled' ? t.checkInCancelled : t.checkInNotCheckable;
    }
    const kind = preview.state === 'open' ? 'outcome' : 'error';
    return html`<p id="check-in-state" class="message ${kind} shown" part="check-in-state" data-state=${preview.state}>
      ${text}
    </p>`;
  }

  /** Why a lookup or a check-in failed, in words the desk can act on. */
  private failure(t: CommonStrings & CounterConsoleStrings, error: unknown): string {
    if (isMppNetworkError(error) || isMppTimeoutError(error)) return t.checkInNetwork;
    return errorMessage(t, error);
  }
}

/**
 * The local date of an instant from the API. Its offset is the site's, so
 * before the site's zone is known its date part is already the local date.
 */
function siteDateOf(instant: string, zone: TimeZone | undefined): LocalDate {
  return zone ? localDateOf(new Date(instant), zone) : instant.slice(0, 10);
}

/** A booking's status in words. */
export function bookingStatusWord(t: CounterConsoleStrings, status: BookingStatus): string {
  return {
    confirmed: t.bookingConfirmed,
    'checked-in': t.bookingCheckedIn,
    cancelled: t.bookingCancelled,
    completed: t.bookingCompleted,
    'no-show': t.bookingNoShow,
  }[status];
}
