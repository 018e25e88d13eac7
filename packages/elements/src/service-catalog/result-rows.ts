import type { Agency, ServiceSummary } from '@mpp-kit/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { localizedString } from '../core/localized.js';
import type { VisibleGroup } from './catalog-results.js';
import { highlightRanges, textRuns, type QueryTerm } from './search.js';
import { completionText, costText, type FactsContext } from './service-facts.js';

/** What the result rows need besides the facts' texts. */
export interface RowContext extends FactsContext {
  /** The query's words, highlighted in the names. */
  readonly terms: readonly QueryTerm[];
  /** The id of the option that takes the tab stop (roving tabindex). */
  readonly tabStop: string;
  /** The id of the open service, marked selected; `''` when none is. */
  readonly selected: string;
}

/**
 * One agency's rendered results: a `group` named by the agency and its number
 * of results, then an `option` per service with its name (matches marked) and
 * its cost and completion time.
 */
export function resultGroup(group: VisibleGroup, agency: Agency | undefined, context: RowContext): TemplateResult {
  const name = agency?.shortName ?? group.agencyId;
  const count = context.t.groupCount(context.numbers.number(group.total));
  return html`<div role="group" class="group" part="group" aria-label=${`${name}, ${count}`}>
    <div class="group-header" part="group-header" aria-hidden="true">
      <span class="group-name">${name}</span> <span class="group-count">${count}</span>
    </div>
    ${repeat(
      group.services,
      (service) => service.id,
      (service) => resultOption(service, context),
    )}
  </div>`;
}

function resultOption(service: ServiceSummary, context: RowContext): TemplateResult {
  const { locale, terms } = context;
  const name = localizedString(service.name, locale);
  const runs = textRuns(name, highlightRanges(name, terms));
  const facts = [costText(service.cost, context, true), completionText(service.completion, context, true)]
    .filter(Boolean)
    .join(' · ');
  return html`<div
    role="option"
    class="option"
    part="option"
    data-id=${service.id}
    tabindex=${service.id === context.tabStop ? 0 : -1}
    aria-selected=${service.id === context.selected ? 'true' : 'false'}
  >
    <span class="option-name" lang=${locale === 'en' && !service.name.en ? 'id' : nothing}
      >${runs.map((run) => (run.mark ? html`<mark part="match">${run.text}</mark>` : run.text))}</span
    >
    ${facts ? html`<span class="option-facts">${facts}</span>` : nothing}
  </div>`;
}
