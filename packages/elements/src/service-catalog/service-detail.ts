import type { Agency, Channel, Requirement } from '@mpp-kit/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { subheadingLevel } from '../core/heading-level.js';
import { localized } from '../core/localized.js';
import { safeUrl } from '../core/safe-url.js';
import type { ServiceDetail } from '../core/catalog-data.js';
import { requirementFormText } from '../core/requirement-form.js';
import { completionText, costText, type FactsContext } from './service-facts.js';

/** What the detail view needs from the element: texts, the heading level and its two actions. */
export interface DetailContext extends FactsContext {
  /** The level of the detail's heading, 1 to 6; its sections use the next one. */
  readonly level: number;
  /** Closes the detail. */
  readonly onClose: () => void;
  /** "Ambil antrean" or "Booking" was pressed. */
  readonly onSelect: (serviceId: string, action: 'queue' | 'booking') => void;
}

/**
 * An open service: its name (the heading focus goes to), description, cost,
 * completion time and place, how to apply, the requirements as a checklist,
 * and the legal basis. API text is always rendered as text.
 */
export function serviceDetail(
  { service, counters }: ServiceDetail,
  agency: Agency | undefined,
  context: DetailContext,
): TemplateResult {
  const { t, locale, level } = context;
  const sub = subheadingLevel(level);
  return html`<div class="detail-head">
      <div id="detail-title" class="detail-title" role="heading" aria-level=${level} tabindex="-1">
        ${localized(service.name, locale)}
      </div>
      <button type="button" class="close" part="close-button" aria-label=${t.closeDetail} @click=${context.onClose}>
        ${t.close}
      </button>
    </div>
    ${service.description ? html`<p class="description">${localized(service.description, locale)}</p>` : nothing}
    <dl class="facts">
      <div>
        <dt>${t.costLabel}</dt>
        <dd>${costText(service.cost, context, false)}</dd>
      </div>
      <div>
        <dt>${t.completionLabel}</dt>
        <dd>${completionText(service.completion, context, false)}</dd>
      </div>
      <div>
        <dt>${t.locationLabel}</dt>
        <dd>
          <span class="line">${agency?.name ?? service.agencyId}</span>
          ${agency?.floor ? html`<span class="line">${agency.floor}</span>` : nothing}
          ${counters.length > 0 ? html`<span class="line">${counters.join(', ')}</span>` : nothing}
        </dd>
      </div>
    </dl>
    ${channels(service.id, service.channels, sub, context)}
    <div class="section">
      <div role="heading" aria-level=${sub}>${t.requirementsHeading}</div>
      ${
        service.requirements.length === 0
          ? html`<p class="muted">${t.noRequirements}</p>`
          : html`<p class="hint" id="requirements-hint">${t.requirementsHint}</p>
              <ul class="checklist" part="requirements" aria-describedby="requirements-hint">
                ${repeat(
                  service.requirements,
                  (_requirement, index) => `${service.id}:${index}`,
                  (requirement, index) => requirementItem(requirement, index, context),
                )}
              </ul>`
      }
    </div>
    ${
      service.legalBasis.length > 0
        ? html`<div class="section">
            <div role="heading" aria-level=${sub}>${t.legalBasisHeading}</div>
            <ul class="legal">
              ${service.legalBasis.map((basis) => html`<li>${basis}</li>`)}
            </ul>
          </div>`
        : nothing
    }`;
}

function requirementItem(
  requirement: Requirement,
  index: number,
  { t, numbers, locale }: DetailContext,
): TemplateResult {
  const form = requirementFormText(requirement.form, t);
  const id = `requirement-${index}`;
  return html`<li class="requirement">
    <input type="checkbox" id=${id} />
    <label for=${id}>
      <span class="requirement-name">${localized(requirement.name, locale)}</span>
      <span class="requirement-form">${form} · ${t.quantity(numbers.number(requirement.quantity))}</span>
      ${requirement.optional ? html`<span class="badge">${t.optional}</span>` : nothing}
      ${requirement.note ? html`<span class="note">${localized(requirement.note, locale)}</span>` : nothing}
    </label>
  </li>`;
}

function channels(
  serviceId: string,
  list: readonly Channel[],
  level: number,
  { t, locale, onSelect }: DetailContext,
): unknown {
  if (list.length === 0) return nothing;
  const actions = list.map((channel) => {
    if (channel.kind === 'queue') {
      return html`<button type="button" part="queue-button" @click=${() => onSelect(serviceId, 'queue')}>
        ${t.takeQueue}
      </button>`;
    }
    if (channel.kind === 'booking') {
      return html`<button
        type="button"
        class="secondary"
        part="booking-button"
        @click=${() => onSelect(serviceId, 'booking')}
      >
        ${t.book}
      </button>`;
    }
    const url = safeUrl(channel.url);
    if (!url) return nothing;
    return html`<a class="online" part="online-link" href=${url} target="_blank" rel="noopener noreferrer"
      >${channel.label ? localized(channel.label, locale) : t.online}<span class="visually-hidden">
        ${t.newTab}</span
      ></a
    >`;
  });
  return html`<div class="section">
    <div role="heading" aria-level=${level}>${t.channelsHeading}</div>
    <div class="channels" part="channels">${actions}</div>
  </div>`;
}
