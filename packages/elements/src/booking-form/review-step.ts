import { maskNik, normalizePhone, type Site, type Slot } from '@mpp-kit/contract';
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatter } from '../core/format.js';
import { nikDigits, type ApplicantDraft } from './applicant-step.js';
import type { BookingFormStrings } from './i18n/id.js';

/** The steps a review row can lead back to. */
export type EditTarget = 'service' | 'date' | 'time' | 'applicant';

/** The slot's range in the site's zone with the zone's short name: `09.00–09.30 WIB`. */
export function slotRange(
  t: BookingFormStrings,
  format: Formatter,
  start: string,
  end: string,
  site: Site | null,
): string {
  const zone = site?.timeZone;
  const range = `${format.instantTime(start, zone)}–${format.instantTime(end, zone)}`;
  return zone ? t.timeWithZone(range, t.timeZoneName(zone)) : range;
}

/** The MPP's name and street address, as one line. */
export function placeOf(site: Site): string {
  const { street, city } = site.address;
  return [site.name, street, city].filter(Boolean).join(', ');
}

/** Everything the review step shows. */
export interface ReviewContext {
  readonly t: BookingFormStrings;
  readonly format: Formatter;
  readonly serviceName: string | TemplateResult;
  readonly date: string;
  readonly slot: Slot;
  readonly site: Site | null;
  readonly draft: ApplicantDraft;
  /** Whether the service was chosen here (a preset one cannot be changed in the form). */
  readonly serviceEditable: boolean;
  readonly onEdit: (target: EditTarget) => void;
}

function row(label: string, value: unknown, edit: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<div class="row">
    <dt>${label}</dt>
    <dd>${value}</dd>
    ${edit === nothing ? nothing : html`<dd class="edit">${edit}</dd>`}
  </div>`;
}

function editButton(context: ReviewContext, target: EditTarget, label: string): TemplateResult {
  return html`<button
    type="button"
    class="link"
    part="edit-button"
    aria-label=${label}
    data-edit=${target}
    @click=${() => context.onEdit(target)}
  >
    ${context.t.edit}
  </button>`;
}

/**
 * What will be booked, for a last look: the service, day, time and place, and
 * the applicant with the NIK masked (`•••• •••• •••• 0003`, never all 16
 * digits on screen), each with a way back to its step.
 */
export function renderReview(context: ReviewContext): TemplateResult {
  const { t, format, draft, site } = context;
  const email = draft.email.trim();
  return html`<dl class="review" part="review">
    ${row(
      t.reviewService,
      context.serviceName,
      context.serviceEditable ? editButton(context, 'service', t.editService) : nothing,
    )}
    ${row(t.reviewDate, format.date(context.date), editButton(context, 'date', t.editDate))}
    ${row(t.reviewTime, slotRange(t, format, context.slot.start, context.slot.end, site), editButton(context, 'time', t.editTime))}
    ${site ? row(t.reviewPlace, placeOf(site)) : nothing}
    ${row(t.reviewName, draft.name.trim(), editButton(context, 'applicant', t.editApplicant))}
    ${row(t.reviewNik, html`<span class="nik" part="masked-nik">${maskNik(nikDigits(draft.nik))}</span>`)}
    ${row(t.reviewPhone, normalizePhone(draft.phone) ?? draft.phone)}
    ${row(t.reviewEmail, email === '' ? html`<span class="muted">${t.noEmail}</span>` : email)}
  </dl>`;
}
