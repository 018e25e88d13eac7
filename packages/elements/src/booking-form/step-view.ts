import type { Agency, Locale, LocalDate, Site, Slot } from '@mpp-kit/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { BookingCalendarEvent } from '../booking/calendar-file.js';
import type { SlotPicker } from '../booking/slot-picker.js';
import type { ApiTask } from '../core/api-task.js';
import type { CatalogData, ServiceDetail } from '../core/catalog-data.js';
import { errorKindOf } from '../core/events.js';
import type { Formatter } from '../core/format.js';
import { alertIcon, icon, retryIcon } from '../core/icons.js';
import { localized, localizedString } from '../core/localized.js';
import type { TaskViews } from '../core/mpp-element.js';
import { emptyState, errorMessage } from '../core/states.js';
import type { CommonStrings } from '../i18n/id.js';
import { renderApplicantFields, renderConsent, type ApplicantField } from './applicant-step.js';
import type { FormState } from './form-state.js';
import { renderConfirmation, type QrView } from './confirmation-step.js';
import type { BookingFormStrings } from './i18n/id.js';
import { renderReview, slotRange, type EditTarget } from './review-step.js';
import { progressText, stepName, stepsOf } from './steps.js';

/** What the form hands its step views: its state, data and actions. */
export interface StepView {
  readonly t: BookingFormStrings & CommonStrings;
  readonly format: Formatter;
  readonly locale: Locale;
  readonly state: FormState;
  readonly preset: boolean;
  /** The service being booked. */
  readonly serviceId: string | null;
  readonly level: number;
  readonly site: Site | null;
  readonly picker: SlotPicker;
  readonly catalog: ApiTask<CatalogData | null, readonly unknown[]>;
  readonly detail: { readonly detail: ServiceDetail; readonly agency: Agency | null } | null;
  renderTask<T>(task: ApiTask<T, readonly unknown[]>, views: TaskViews<T>): unknown;
  readonly messageOf: (field: ApplicantField) => string | null;
  readonly qr: QrView;
  readonly manageHref: string;
  readonly calendarEvent: BookingCalendarEvent | null;
  readonly dayOf: (slot: Slot) => LocalDate;
  readonly on: {
    readonly next: () => void;
    readonly back: () => void;
    readonly retry: () => void;
    readonly input: (field: ApplicantField, value: string | boolean) => void;
    readonly blur: (field: ApplicantField) => void;
    readonly edit: (target: EditTarget) => void;
    readonly pickService: (id: string) => void;
    readonly pickAlternative: (slot: Slot) => void;
    readonly bookAnother: () => void;
  };
}

/** The service's name: from its detail, else the catalog, else its id (a failed load still names it). */
function serviceName(view: StepView): string | TemplateResult {
  const id = view.serviceId ?? '';
  const detail = view.detail?.detail.service;
  const name = detail?.id === id ? detail.name : view.catalog.value?.services.find((item) => item.id === id)?.name;
  return name ? localized(name, view.locale) : id;
}

/** The same, as plain text inside a sentence of the visitor's language. */
function serviceText(view: StepView): string {
  const id = view.serviceId ?? '';
  const detail = view.detail?.detail.service;
  const name = detail?.id === id ? detail.name : view.catalog.value?.services.find((item) => item.id === id)?.name;
  return name ? localizedString(name, view.locale) : id;
}

/** Enter on a choice moves the step on, as it does in a field. */
function enterMoves(view: StepView) {
  return (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    view.on.next();
  };
}

function renderServices(view: StepView, data: CatalogData | null): TemplateResult {
  const { t, locale, state } = view;
  const bookable = (data?.services ?? []).filter((service) =>
    service.channels.some((channel) => channel.kind === 'booking'),
  );
  if (bookable.length === 0) return emptyState(t.noBookableServices);
  const agencies = new Map(data?.agencies.map((agency) => [agency.id, agency.shortName]));
  return html`<fieldset class="services" part="services">
    <legend>${t.servicesLegend}</legend>
    ${bookable.map(
      (service) =>
        html`<label class="choice">
          <input
            type="radio"
            name="service"
            .value=${service.id}
            .checked=${live(state.pickedService === service.id)}
            @change=${() => view.on.pickService(service.id)}
            @keydown=${enterMoves(view)}
          />
          <span class="choice-text">
            <span class="choice-name">${localized(service.name, locale)}</span>
            <span class="muted">${agencies.get(service.agencyId) ?? ''}</span>
          </span>
        </label>`,
    )}
  </fieldset>`;
}

/** Whether the date step has anything to choose (the picker says so itself when not). */
function hasBookableDay(view: StepView): boolean {
  const days = view.picker.availability?.days ?? [];
  return days.some((day) => view.picker.dayInfo(day.date).state === 'bookable');
}

function renderNotice(view: StepView): unknown {
  const notice = view.state.notice;
  if (!notice || notice.step !== view.state.step) return nothing;
  const { t, format } = view;
  const alternatives = notice.alternatives;
  return html`<div class="panel refusal" part="notice" role="alert">
    ${icon(alertIcon)}
    <div class="panel-body">
      <p>${notice.text}</p>
      ${
        alternatives === null
          ? nothing
          : alternatives.length === 0
            ? html`<p>${t.noAlternatives}</p>`
            : html`<p>${t.alternativesHeading}</p>
                <ul class="alternatives">
                  ${alternatives.map(
                    (slot) =>
                      html`<li>
                        <button
                          type="button"
                          class="secondary"
                          part="alternative"
                          @click=${() => view.on.pickAlternative(slot)}
                        >
                          ${format.date(view.dayOf(slot))}, ${slotRange(t, format, slot.start, slot.end, view.site)},
                          ${t.placesLeft(slot.remaining, format.number(slot.remaining))}
                        </button>
                      </li>`,
                  )}
                </ul>`
      }
    </div>
  </div>`;
}

/** Why the booking did not go through, on the review step: a refusal, or no answer with "Coba lagi". */
function renderSendProblem(view: StepView): unknown {
  const { t } = view;
  const send = view.state.send;
  if (send.kind === 'refused') {
    return html`<div class="panel refusal" part="refusal" role="alert">
      ${icon(alertIcon)}
      <div class="panel-body">
        <p class="panel-title">${t.bookFailed}</p>
        <p>${send.message}</p>
      </div>
    </div>`;
  }
  if (send.kind !== 'unsure') return nothing;
  const kind = errorKindOf(send.error);
  const text = kind === 'network' ? t.bookNetwork : kind === 'timeout' ? t.bookTimeout : errorMessage(t, send.error);
  return html`<div class="panel error" part="error" role="alert">
    ${icon(alertIcon)}
    <div class="panel-body">
      <p class="panel-title">${t.bookFailed}</p>
      <p>${text}</p>
    </div>
    <button type="button" part="retry-button" @click=${view.on.retry}>${icon(retryIcon)}${t.retry}</button>
  </div>`;
}

function renderBody(view: StepView): unknown {
  const { t, state, picker } = view;
  switch (state.step) {
    case 'service':
      return view.renderTask(view.catalog, {
        loading: () => html`<p aria-hidden="true"><span class="bone long">&nbsp;</span></p>`,
        ready: (data) => renderServices(view, data),
      });
    case 'date':
      return html`<p class="for" part="service">${t.bookingFor(serviceText(view))}</p>
        ${picker.renderCalendar()}`;
    case 'time':
      return html`<p class="for" part="service">${t.bookingFor(serviceText(view))}</p>
        ${picker.renderTimes()}`;
    case 'applicant': {
      const context = {
        t,
        format: view.format,
        draft: state.draft,
        messages: Object.fromEntries(
          (['name', 'nik', 'phone', 'email', 'consent'] as const).flatMap((field) => {
            const message = view.messageOf(field);
            return message ? [[field, message]] : [];
          }),
        ),
        site: view.site,
        headingLevel: view.level,
        onInput: view.on.input,
        onBlur: view.on.blur,
        onEnter: view.on.next,
      };
      return html`<div class="fields">${renderApplicantFields(context)}</div>
        ${renderConsent(context)}`;
    }
    case 'review': {
      const slot = picker.selectedSlot;
      const date = picker.selectedDate;
      if (!slot || !date) return html`<p class="muted">${t.chooseTimeFirst}</p>`;
      return html`${renderReview({
        t,
        format: view.format,
        serviceName: serviceName(view),
        date,
        slot,
        site: view.site,
        draft: state.draft,
        serviceEditable: !view.preset,
        onEdit: view.on.edit,
      })}
      ${renderSendProblem(view)}`;
    }
    case 'confirmation':
      return state.receipt
        ? renderConfirmation({
            t,
            format: view.format,
            locale: view.locale,
            receipt: state.receipt,
            site: view.site,
            detail: view.detail?.detail ?? null,
            agency: view.detail?.agency ?? null,
            qr: view.qr,
            calendarEvent: view.calendarEvent,
            manageHref: view.manageHref,
          })
        : nothing;
  }
}

function renderActions(view: StepView): unknown {
  const { t, state } = view;
  if (state.step === 'confirmation') {
    return html`<div class="actions" part="actions">
      <button type="button" class="secondary" part="another-button" @click=${view.on.bookAnother}>
        ${t.bookAnother}
      </button>
    </div>`;
  }
  const steps = stepsOf(view.preset);
  const first = steps.indexOf(state.step) === 0;
  const sending = state.send.kind === 'sending';
  const catalog = view.catalog.value;
  const stuck =
    (state.step === 'service' &&
      !(catalog?.services ?? []).some((service) => service.channels.some((c) => c.kind === 'booking'))) ||
    (state.step === 'date' && !hasBookableDay(view));
  const label = state.step === 'review' ? (sending ? t.booking : t.book) : t.next;
  return html`<div class="actions" part="actions">
    ${
      first
        ? nothing
        : html`<button type="button" class="secondary" part="back-button" @click=${view.on.back}>${t.back}</button>`
    }
    ${
      stuck
        ? nothing
        : html`<button
            type="button"
            part="next-button"
            aria-disabled=${sending ? 'true' : nothing}
            @click=${view.on.next}
          >
            ${label}
          </button>`
    }
  </div>`;
}

/** The step on screen: progress, heading (focused on arrival), its notice, its content and its buttons. */
export function renderStep(view: StepView): TemplateResult {
  const { t, state } = view;
  const message = state.stepMessage;
  return html`<p class="progress" part="progress">${progressText(t, state.step, view.preset)}</p>
    <div id="step-heading" class="title" part="heading" role="heading" aria-level=${view.level} tabindex="-1">
      ${stepName(t, state.step)}
    </div>
    ${renderNotice(view)} ${renderBody(view)}
    ${message ? html`<p class="message" part="step-message" role="alert">${message}</p>` : nothing}
    ${renderActions(view)}`;
}
