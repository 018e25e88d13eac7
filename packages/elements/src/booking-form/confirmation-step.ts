import {
  CHECK_IN_CLOSES_MINUTES_AFTER,
  CHECK_IN_OPENS_MINUTES_BEFORE,
  localDateOf,
  type Agency,
  type BookingReceipt,
  type Requirement,
  type Service,
  type Site,
} from '@mpp-kit/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { calendarDescription, calendarDownload, type BookingCalendarEvent } from '../booking/calendar-file.js';
import { manageLink } from '../booking/manage-link.js';
import type { ServiceDetail } from '../core/catalog-data.js';
import type { Formatter } from '../core/format.js';
import { localized, localizedString } from '../core/localized.js';
import { requirementFormText } from '../core/requirement-form.js';
import type { BookingFormStrings } from './i18n/id.js';
import { placeOf, slotRange } from './review-step.js';

/** The QR code of the booking code: drawn, being drawn, or not drawable. */
export type QrView = { readonly kind: 'ready'; readonly image: unknown } | { readonly kind: 'loading' | 'failed' };

/** Everything the confirmation step shows. */
export interface ConfirmationContext {
  readonly t: BookingFormStrings;
  readonly format: Formatter;
  readonly locale: 'id' | 'en';
  readonly receipt: BookingReceipt;
  readonly site: Site | null;
  readonly detail: ServiceDetail | null;
  readonly agency: Agency | null;
  readonly qr: QrView;
  /** The calendar event the "add to calendar" button saves as `.ics`, or `null` while it cannot be made. */
  readonly calendarEvent: BookingCalendarEvent | null;
  /** The manage link: the manager's page with code and secret in the fragment. */
  readonly manageHref: string;
}

function requirementItem(context: ConfirmationContext, requirement: Requirement): TemplateResult {
  const { t, format, locale } = context;
  const form = requirementFormText(requirement.form, t);
  const name = localized(requirement.name, locale);
  return html`<li>
    ${name} (${t.requirementDetail(form, format.number(requirement.quantity))})
    ${requirement.optional ? html`<span class="muted">(${t.requirementOptional})</span>` : nothing}
  </li>`;
}

/** The counter area: the agency (and floor), then the counters that serve the service. */
function counterArea(context: ConfirmationContext): string | null {
  const { t, agency, detail } = context;
  if (!agency) return null;
  const where = agency.floor ? `${agency.name} (${agency.floor})` : agency.name;
  return t.counterArea(where, detail?.counters.join(', ') ?? '');
}

/**
 * The booking made: its code as text and as a QR code, when and where to come,
 * which counters, what to bring, a calendar file, and the manage link with a
 * plain warning to keep it private.
 */
export function renderConfirmation(context: ConfirmationContext): TemplateResult {
  const { t, format, receipt, site, detail, qr } = context;
  const date = localDateOf(new Date(receipt.slotStart), site?.timeZone ?? 'Asia/Jakarta');
  const area = counterArea(context);
  const requirements = detail?.service.requirements ?? [];
  const minutes = (count: number): string => format.duration(count * 60);
  return html`<div class="confirmation" part="confirmation">
    <div class="code-box">
      <p class="code-label" id="code-label">${t.codeLabel}</p>
      <p class="code" part="code" aria-labelledby="code-label">${receipt.code}</p>
      <div class="qr" part="qr">
        ${
          qr.kind === 'ready'
            ? qr.image
            : html`<p class="muted" role=${qr.kind === 'failed' ? 'alert' : nothing}>
                ${qr.kind === 'failed' ? t.qrFailed : t.qrLoading}
              </p>`
        }
      </div>
      <p class="muted">${t.codeHint}</p>
    </div>
    <dl class="review" part="facts">
      <div class="row">
        <dt>${t.confirmDate}</dt>
        <dd>${format.date(date)}</dd>
      </div>
      <div class="row">
        <dt>${t.confirmTime}</dt>
        <dd>${slotRange(t, format, receipt.slotStart, receipt.slotEnd, site)}</dd>
      </div>
      ${
        site
          ? html`<div class="row">
              <dt>${t.confirmPlace}</dt>
              <dd part="place">${placeOf(site)}</dd>
            </div>`
          : nothing
      }
      ${
        area
          ? html`<div class="row">
              <dt>${t.confirmCounter}</dt>
              <dd part="counter-area">${area}</dd>
            </div>`
          : nothing
      }
    </dl>
    <p>${t.checkInNote(minutes(CHECK_IN_OPENS_MINUTES_BEFORE), minutes(CHECK_IN_CLOSES_MINUTES_AFTER))}</p>
    <section class="bring" aria-labelledby="bring-heading">
      <p id="bring-heading" class="subheading">${t.bringHeading}</p>
      ${
        requirements.length === 0
          ? html`<p class="muted">${t.bringNothing}</p>`
          : html`<ul class="requirements" part="requirements">
              ${requirements.map((requirement) => requirementItem(context, requirement))}
            </ul>`
      }
    </section>
    <div class="actions">
      ${context.calendarEvent ? calendarDownload(context.calendarEvent, t.addToCalendar) : nothing}
    </div>
    <section class="manage" part="manage" aria-labelledby="manage-heading">
      <p id="manage-heading" class="subheading">${t.manageHeading}</p>
      <p><a part="manage-link" href=${context.manageHref}>${t.manageLink}</a></p>
      <p class="warning" part="manage-warning">${t.manageWarning}</p>
    </section>
  </div>`;
}

/**
 * The booking's calendar event in the visitor's language: the service, the
 * place, the code and what to bring; `null` until the site is known. The
 * manage link stays out of it: calendars sync to other devices and accounts,
 * and the secret must not travel with them.
 */
export function calendarEventOf(
  t: BookingFormStrings,
  locale: 'id' | 'en',
  receipt: BookingReceipt,
  site: Site | null,
  service: Service | null,
): BookingCalendarEvent | null {
  if (!site) return null;
  const name = service ? localizedString(service.name, locale) : receipt.serviceId;
  const requirements = service?.requirements.map((item) => localizedString(item.name, locale));
  return {
    code: receipt.code,
    slotStart: receipt.slotStart,
    slotEnd: receipt.slotEnd,
    title: t.calendarTitle(name),
    location: placeOf(site),
    description: calendarDescription(t, { code: receipt.code, ...(requirements ? { requirements } : {}) }),
    timeZone: site.timeZone,
  };
}

/**
 * The manage link: `manageUrl` (the manager's page, resolved against the
 * document) or else this page, without its fragment, with the code and secret
 * in a new fragment (never the query, which servers log).
 */
export function manageHrefOf(document: Document, manageUrl: string | undefined, receipt: BookingReceipt): string {
  const base = new URL(manageUrl || document.URL, document.baseURI);
  base.hash = '';
  return manageLink(base.href, receipt.code, receipt.secret);
}
