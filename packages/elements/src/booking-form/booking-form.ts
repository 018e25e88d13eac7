import { localDateOf, type Agency, type BookingReceipt, type Slot } from '@mpp-kit/contract';
import { agenciesResource, siteResource, type ClientCore } from '@mpp-kit/sdk';
import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { loadQrCode, qrCodeSvg } from '../booking/qr-code.js';
import { SlotPicker, slotPickerStyles } from '../booking/slot-picker.js';
import { loadCatalog, loadDetail } from '../core/catalog-data.js';
import { errorDetailOf, mppEvent } from '../core/events.js';
import { clampHeadingLevel } from '../core/heading-level.js';
import { MppElement } from '../core/mpp-element.js';
import { numberForm } from '../core/property-forms.js';
import { errorPanelFor } from '../core/states.js';
import { LazyTable, type Translations } from '../i18n/translations.js';
import { baseStyles } from '../styles/base.js';
import { EMPTY_DRAFT, fieldProblem, nikDigits, type ApplicantField } from './applicant-step.js';
import { bookingFormStyles } from './booking-form.styles.js';
import { calendarEventOf, manageHrefOf, type QrView } from './confirmation-step.js';
import { INITIAL_STATE, type FormState } from './form-state.js';
import { bookingFormStringsId, type BookingFormStrings } from './i18n/id.js';
import { slotRange } from './review-step.js';
import { renderStep, type StepView } from './step-view.js';
import { progressText, stepsOf, type BookingFormStep } from './steps.js';
import { attemptFor, type WriteAttempt } from '../core/write-attempt.js';
import { bookingInputOf, sendBooking } from './submission.js';

const translations: Translations<BookingFormStrings> = {
  id: bookingFormStringsId,
  en: /* @__PURE__ */ new LazyTable(() => import('./i18n/en.js').then((module) => module.bookingFormStringsEn)),
};

/**
 * Booking a slot from home (pesan jadwal layanan), step by step: the service
 * (unless `service` presets it), the date on an accessible calendar, the time
 * with the places left, the applicant (name, NIK, phone/WhatsApp, optional
 * email, checked as typed with the contract's rules) and their consent under
 * UU PDP 27/2022, a review with the NIK masked, then the confirmation: the
 * booking code as text and QR code, when and where to come, what to bring, an
 * `.ics` file and the manage link.
 *
 * - Back and forward keep everything typed. Each step's heading takes focus
 *   and a polite live region announces "Langkah 3 dari 5: Data pemohon".
 * - Booking is idempotent: one `Idempotency-Key` per attempt, kept across
 *   double presses and "Coba lagi" after a lost answer, so nobody is booked
 *   twice. When the time filled up meanwhile (`slot_full`), every field is
 *   kept and the nearest free times are offered.
 * - Nothing personal leaves the form except in the booking request: not in
 *   the URL, storage, the console or events. The booking's secret appears only
 *   in the manage link (in its fragment, which browsers never send to a server).
 *
 * **With the catalog**: hand its booking choice to the form; setting `service`
 * at any time starts again at the date step, keeping what was typed.
 *
 * ```js
 * const form = document.querySelector('mpp-booking-form');
 * document.addEventListener('mpp-service-select', (event) => {
 *   if (event.detail.action !== 'booking') return;
 *   form.service = event.detail.serviceId;
 *   form.scrollIntoView({ block: 'start' });
 * });
 * ```
 *
 * @summary Books a service appointment at the MPP, step by step, and confirms it with a code, a QR code and a calendar file.
 * @tagname mpp-booking-form
 * @fires mpp-booking-created - A slot was booked; `detail` is `{ code, serviceId, slotStart, slotEnd }`, nothing personal and never the secret.
 * @csspart card - The form's card around every step.
 * @csspart progress - "Langkah 3 dari 5: Data pemohon".
 * @csspart heading - The step's heading; it takes focus when the step is shown.
 * @csspart services - The list of bookable services (service step).
 * @csspart notice - A refusal at the top of a step (e.g. the time filled up), with the times offered instead.
 * @csspart alternative - One time offered instead of a full one.
 * @csspart step-message - What the step still needs ("Pilih jam yang tersedia terlebih dahulu.").
 * @csspart field - A labelled input of the applicant step.
 * @csspart field-error - The message under an invalid field.
 * @csspart consent - The personal data text and the consent checkbox.
 * @csspart review - The summary on the review step (and the facts on the confirmation).
 * @csspart masked-nik - The masked NIK on the review.
 * @csspart edit-button - "Ubah": back to a step from the review.
 * @csspart refusal - Why the booking was not made, on the review step.
 * @csspart actions - The row of step buttons.
 * @csspart back-button - "Kembali".
 * @csspart next-button - "Lanjut", and "Pesan" on the review.
 * @csspart confirmation - The confirmation step's content.
 * @csspart code - The booking code.
 * @csspart qr - The QR code of the booking code.
 * @csspart facts - Date, time, place and counter on the confirmation.
 * @csspart place - The MPP's name and address.
 * @csspart counter-area - The agency and the counters that serve the service.
 * @csspart requirements - The documents to bring.
 * @csspart calendar-button - "Tambahkan ke kalender": saves an `.ics` file.
 * @csspart manage - The manage link and its warning.
 * @csspart manage-link - The manage link.
 * @csspart manage-warning - The warning to keep the manage link private.
 * @csspart calendar - The slot picker's calendar (see the slot picker's parts: `grid`, `day`, `selected-day`, `month`).
 * @csspart times - The slot picker's times (`time`, `selected-time`).
 * @cssprop --mpp-booking-code-size - Size of the booking code on the confirmation. Default `2em`.
 * @example
 * ```html
 * <script type="module" src="https://cdn.jsdelivr.net/npm/@mpp-kit/elements/dist/mpp-kit.min.js"></script>
 * <mpp-booking-form api-base="https://mpp.kedirikota.go.id/api" service="ktp-el" manage-url="/kelola/"></mpp-booking-form>
 * ```
 */
export class MppBookingForm extends MppElement<BookingFormStrings> {
  /** The shadow root's styles: {@link baseStyles}, the slot picker's, then the form's own. */
  static override styles = [...baseStyles, slotPickerStyles, bookingFormStyles];

  static override properties: PropertyDeclarations = {
    service: {},
    date: {},
    applicantName: { attribute: 'applicant-name' },
    applicantPhone: { attribute: 'applicant-phone' },
    manageUrl: { attribute: 'manage-url' },
    headingLevel: { attribute: 'heading-level', form: numberForm },
  };

  /** The service to book (its id, e.g. `ktp-el`): skips the service step. Setting it restarts at the date step. */
  declare service: string | undefined;

  /** A day to preselect, `YYYY-MM-DD` in the site's time zone, when it can be booked. */
  declare date: string | undefined;

  /** The applicant's name to prefill (a portal whose visitor is signed in). */
  declare applicantName: string | undefined;

  /** The applicant's phone to prefill (a portal whose visitor is signed in). */
  declare applicantPhone: string | undefined;

  /**
   * The page holding `<mpp-booking-manager>` (e.g. `/kelola/`), resolved against
   * the document; the manage link points there with the code and secret in its
   * fragment. Unset: this page.
   */
  declare manageUrl: string | undefined;

  /** The level of the step headings, 1 to 6. */
  headingLevel = 2;

  protected readonly translations = translations;

  private state: FormState = INITIAL_STATE;

  /** The attempt a retry reuses (see {@link attemptFor}). */
  private attempt: WriteAttempt | undefined;
  /** Bumped by a restart: an answer to a request of an earlier run is not shown. */
  private run = 0;
  private pendingFocus: string | null = null;

  private readonly siteTask = this.createApiTask({
    load: (core, _args, signal) => siteResource(core).get({ signal }),
  });

  private readonly catalogTask = this.createApiTask({
    args: () => [Boolean(this.service)] as const,
    load: (core, [preset], signal) => (preset ? Promise.resolve(null) : loadCatalog(core, signal)),
  });

  private readonly detailTask = this.createApiTask({
    args: () => [this.serviceId] as const,
    load: async (core, [id], signal) => {
      if (!id) return null;
      const [detail, agencies] = await Promise.all([
        loadDetail(core, id, signal),
        // The agency names the counter area on the confirmation; without it the counters still show.
        agenciesResource(core)
          .list({ signal })
          .catch(() => null),
      ]);
      const agency: Agency | null = agencies?.items.find((item) => item.id === detail.service.agencyId) ?? null;
      return { detail, agency };
    },
  });

  private readonly picker = new SlotPicker(this, {
    core: () => this.core(),
    serviceId: () => this.serviceId,
    site: () => this.siteTask.value ?? null,
    strings: () => this.t,
    locale: () => this.resolvedLocale,
    preferredDate: () => this.date ?? null,
    onChange: () => this.patch({ stepMessage: null }),
  });

  /** The step shown now (`service`, `date`, `time`, `applicant`, `review` or `confirmation`). */
  get step(): BookingFormStep {
    return this.state.step;
  }

  /** The service being booked: `service`, else the one chosen in the service step, else `null`. */
  get serviceId(): string | null {
    return this.service || this.state.chosenService || null;
  }

  private get preset(): boolean {
    return Boolean(this.service);
  }

  private core(): ClientCore | null {
    const choice = this.clientChoice();
    return choice === null || choice instanceof Error ? null : choice;
  }

  /** Changes the form's state and re-renders. */
  private patch(changes: Partial<FormState>): void {
    this.state = { ...this.state, ...changes };
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('service')) this.restart();
    const draft = this.state.draft;
    // A portal's prefill fills what the visitor has not typed (or still shows the previous prefill).
    const name = changed.get('applicantName');
    const phone = changed.get('applicantPhone');
    if (changed.has('applicantName') && (draft.name === '' || draft.name === name))
      this.state = { ...this.state, draft: { ...this.state.draft, name: this.applicantName ?? '' } };
    if (changed.has('applicantPhone') && (draft.phone === '' || draft.phone === phone))
      this.state = { ...this.state, draft: { ...this.state.draft, phone: this.applicantPhone ?? '' } };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const selector = this.pendingFocus;
    if (!selector) return;
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    if (!target) return;
    this.pendingFocus = null;
    target.focus();
  }

  /** A new booking from the first step (after `service` changed, or "Pesan jadwal lain"); what was typed stays. */
  private restart(): void {
    this.run += 1;
    this.attempt = undefined;
    this.state = {
      ...this.state,
      step: this.service ? 'date' : 'service',
      chosenService: this.service ? null : this.state.chosenService,
      stepMessage: null,
      notice: null,
      send: { kind: 'idle' },
      receipt: null,
      qr: 'loading',
      announcement: this.hasUpdated ? progressText(this.t, this.service ? 'date' : 'service', this.preset) : '',
    };
  }

  /** Shows `step`, announces it and puts focus on its heading (or on `focus`). */
  private goTo(step: BookingFormStep, changes: Partial<FormState> = {}, focus = '#step-heading'): void {
    this.pendingFocus = focus;
    this.patch({ stepMessage: null, ...changes, step, announcement: progressText(this.t, step, this.preset) });
  }

  // --- moving between steps ---------------------------------------------------

  /** "Lanjut": checks the step, then shows the next one (on the review, books). */
  private readonly onNext = (): void => {
    const { t } = this;
    const { step } = this.state;
    if (step === 'service') {
      const picked = this.state.pickedService;
      if (!picked) {
        this.refuseStep(t.chooseServiceFirst, 'input[name="service"]');
        return;
      }
      if (picked !== this.state.chosenService) {
        this.attempt = undefined;
        this.patch({ chosenService: picked, notice: null });
      }
      this.goTo('date');
      return;
    }
    if (step === 'date') {
      if (!this.picker.selectedDate) {
        this.refuseStep(t.chooseDateFirst, null);
        return;
      }
      this.goTo('time');
      return;
    }
    if (step === 'time') {
      if (!this.picker.selectedSlot) {
        this.refuseStep(t.chooseTimeFirst, null);
        return;
      }
      this.goTo('applicant', { notice: null });
      return;
    }
    if (step === 'applicant') {
      const touched = new Set<ApplicantField>(['name', 'nik', 'phone', 'email', 'consent']);
      this.patch({ touched });
      const invalid = (['name', 'nik', 'phone', 'email', 'consent'] as const).find((field) => this.messageOf(field));
      if (invalid) {
        this.pendingFocus = `#field-${invalid}`;
        return;
      }
      this.goTo('review');
      return;
    }
    if (step === 'review') void this.book();
  };

  private refuseStep(message: string, focus: string | null): void {
    this.pendingFocus = focus;
    this.patch({ stepMessage: message });
    if (!focus && this.state.step === 'date') this.picker.focusCalendar();
  }

  private readonly onBack = (): void => {
    const steps = stepsOf(this.preset);
    const previous = steps[steps.indexOf(this.state.step) - 1];
    if (previous) this.goTo(previous, { notice: null, send: { kind: 'idle' } });
  };

  /** The message a field shows now: the server's, else its rule's once touched, else none. */
  private messageOf(field: ApplicantField): string | null {
    const server = this.state.serverMessages[field];
    if (server) return server;
    const digits = field === 'nik' ? nikDigits(this.state.draft.nik) : '';
    // A NIK of 16 digits or more is checked as it is typed: the mistake shows as it is made.
    const shown = this.state.touched.has(field) || digits.length >= 16;
    return shown ? fieldProblem(field, this.state.draft, this.t, this.format) : null;
  }

  private readonly onInput = (field: ApplicantField, value: string | boolean): void => {
    const { [field]: _dropped, ...serverMessages } = this.state.serverMessages;
    this.attempt = undefined;
    this.patch({ draft: { ...this.state.draft, [field]: value }, serverMessages });
  };

  private readonly onBlur = (field: ApplicantField): void => {
    if (this.state.touched.has(field)) return;
    // An untouched empty field left by Tab is not an error yet: the visitor may fill it in order.
    const value = this.state.draft[field];
    if (typeof value === 'string' && value.trim() === '') return;
    this.patch({ touched: new Set([...this.state.touched, field]) });
  };

  private readonly onEdit = (target: 'service' | 'date' | 'time' | 'applicant'): void => {
    if (target === 'date') {
      this.goTo('date');
      this.picker.focusCalendar();
      return;
    }
    this.goTo(target, { send: { kind: 'idle' } });
  };

  private readonly onPickAlternative = (slot: Slot): void => {
    this.picker.selectSlot(slot.start);
    this.goTo('review', { notice: null });
  };

  private readonly onBookAnother = (): void => {
    const draft = { ...EMPTY_DRAFT, name: this.applicantName ?? '', phone: this.applicantPhone ?? '' };
    this.restart();
    this.picker.selectSlot(null);
    // The places changed with this booking (and maybe others meanwhile).
    void this.picker.refresh();
    this.goTo(this.preset ? 'date' : 'service', { draft, touched: new Set(), serverMessages: {} });
  };

  // --- booking ----------------------------------------------------------------

  /** Sends the booking; a press while it is being sent does nothing. */
  private async book(): Promise<void> {
    if (this.state.send.kind === 'sending') return;
    const core = this.core();
    const input = bookingInputOf(this.serviceId, this.picker.selectedSlot, this.state.draft);
    if (!core || !input) return;
    const attempt = attemptFor(this.attempt, input);
    this.attempt = attempt;
    const run = this.run;
    this.patch({ send: { kind: 'sending' } });
    const outcome = await sendBooking(core, input, attempt);
    if (run !== this.run) return;
    if (outcome.kind === 'booked') {
      this.booked(outcome.receipt);
      return;
    }
    this.dispatchEvent(mppEvent('mpp-error', errorDetailOf(outcome.error)));
    if (outcome.kind === 'unsure') {
      this.patch({ send: { kind: 'unsure', error: outcome.error } });
      return;
    }
    // The server answered: this attempt is settled, a new request gets a new key.
    this.attempt = undefined;
    const { t } = this;
    switch (outcome.code) {
      case 'slot_full':
      case 'slot_unavailable': {
        await this.picker.refresh();
        const text = outcome.code === 'slot_full' ? t.slotTaken(this.rangeOf(input.slotStart)) : t.slotUnavailable;
        const alternatives = this.picker.alternatives(input.slotStart, 3);
        this.picker.selectSlot(null);
        this.goTo('time', { send: { kind: 'idle' }, notice: { step: 'time', text, alternatives } });
        return;
      }
      case 'holiday':
      case 'site_closed':
      case 'quota_exceeded': {
        await this.picker.refresh();
        const text = { holiday: t.holiday, site_closed: t.siteClosed, quota_exceeded: t.quotaExceeded }[outcome.code];
        this.goTo('date', { send: { kind: 'idle' }, notice: { step: 'date', text, alternatives: null } });
        return;
      }
      case 'validation_failed': {
        const fields = Object.keys(outcome.fields) as ApplicantField[];
        if (fields.length > 0) {
          const first = (['name', 'nik', 'phone', 'email', 'consent'] as const).find((f) => outcome.fields[f]);
          this.goTo(
            'applicant',
            {
              send: { kind: 'idle' },
              serverMessages: outcome.fields,
              notice: { step: 'applicant', text: t.validationFailed, alternatives: null },
            },
            `#field-${first ?? 'name'}`,
          );
          return;
        }
        this.patch({ send: { kind: 'refused', message: t.validationFailed } });
        return;
      }
      case 'booking_exists':
        this.patch({ send: { kind: 'refused', message: t.bookingExists } });
        return;
      default:
        this.patch({ send: { kind: 'refused', message: errorDetailOf(outcome.error).message } });
        return;
    }
  }

  private booked(receipt: BookingReceipt): void {
    this.attempt = undefined;
    this.goTo('confirmation', { send: { kind: 'idle' }, notice: null, receipt, qr: 'loading' });
    const { code, serviceId, slotStart, slotEnd } = receipt;
    this.dispatchEvent(mppEvent('mpp-booking-created', { code, serviceId, slotStart, slotEnd }));
    const run = this.run;
    // The QR library is fetched only now, on the confirmation step.
    loadQrCode(code).then(
      (matrix) => run === this.run && this.patch({ qr: { code, matrix } }),
      () => run === this.run && this.patch({ qr: 'failed' }),
    );
  }

  private rangeOf(start: string): string {
    const slot = this.picker.availability?.days.flatMap((day) => day.slots).find((item) => item.start === start);
    return slotRange(this.t, this.format, start, slot?.end ?? start, this.siteTask.value ?? null);
  }

  // --- rendering ----------------------------------------------------------------

  protected renderContent(): unknown {
    const site = this.siteTask;
    // The schedule failed with the site (the same outage): one retry reloads both.
    if (site.state === 'error') return errorPanelFor(this.t, site.error, this.retryAll);
    return this.renderTask(site, {
      loading: () => html`<div class="card" part="card" aria-hidden="true"><span class="bone long">&nbsp;</span></div>`,
      ready: () => this.renderForm(),
    });
  }

  private renderForm(): TemplateResult {
    const { receipt } = this.state;
    const site = this.siteTask.value ?? null;
    const view: StepView = {
      t: this.t,
      format: this.format,
      locale: this.resolvedLocale,
      state: this.state,
      preset: this.preset,
      serviceId: this.serviceId,
      level: clampHeadingLevel(this.headingLevel),
      site,
      picker: this.picker,
      catalog: this.catalogTask,
      detail: this.detailTask.value ?? null,
      renderTask: (task, views) => this.renderTask(task, views),
      messageOf: (field) => this.messageOf(field),
      qr: this.qrView(),
      manageHref: receipt ? manageHrefOf(this.ownerDocument, this.manageUrl, receipt) : '',
      calendarEvent: receipt
        ? calendarEventOf(this.t, this.resolvedLocale, receipt, site, this.detailTask.value?.detail.service ?? null)
        : null,
      dayOf: (slot) => localDateOf(slot.start, this.siteTask.value?.timeZone ?? 'Asia/Jakarta'),
      on: {
        next: this.onNext,
        back: this.onBack,
        retry: () => void this.book(),
        input: this.onInput,
        blur: this.onBlur,
        edit: this.onEdit,
        pickService: (id) => this.patch({ pickedService: id, stepMessage: null }),
        pickAlternative: this.onPickAlternative,
        bookAnother: this.onBookAnother,
      },
    };
    const working = this.picker.loading || this.state.send.kind === 'sending';
    return html`<div class="card" part="card" data-step=${this.state.step} data-working=${working ? 'true' : 'false'}>
      ${renderStep(view)}
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">${this.state.announcement}</p>
    </div>`;
  }

  private readonly retryAll = (): void => {
    this.siteTask.retry();
    if (this.picker.error !== null) void this.picker.refresh();
  };

  private qrView(): QrView {
    const { qr, receipt } = this.state;
    if (qr === 'loading' || qr === 'failed') return { kind: qr };
    if (!receipt || qr.code !== receipt.code) return { kind: 'loading' };
    return { kind: 'ready', image: qrCodeSvg(qr.matrix, this.t.qrCodeLabel(qr.code)) };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mpp-booking-form': MppBookingForm;
  }
}
