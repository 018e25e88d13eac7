import type { Agency, Channel, Completion, Cost, Requirement, ServiceSummary } from '@mpp-kit/contract';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { mppEvent } from '../core/events.js';
import { localized, localizedString } from '../core/localized.js';
import { MppElement } from '../core/mpp-element.js';
import { safeUrl } from '../core/safe-url.js';
import { emptyState } from '../core/states.js';
import type { Translations } from '../i18n/translations.js';
import { baseStyles } from '../styles/base.js';
import { categoryLabel, loadCatalog, loadDetail, searchEntries, type CatalogData, type ServiceDetail } from './catalog-data.js';
import { catalogStyles } from './mpp-service-catalog.styles.js';
import { catalogEn } from './i18n/en.js';
import { catalogId, type CatalogStrings } from './i18n/id.js';
import {
  highlightRanges,
  queryTerms,
  refines,
  search,
  textRuns,
  warmEntries,
  type QueryTerm,
  type SearchEntry,
  type SearchQuery,
  type SearchResult,
} from './search.js';
import { readHash, writeHash } from './url-state.js';

const translations: Translations<CatalogStrings> = { id: catalogId, en: catalogEn };

/** Rows rendered at first and added per "show more": what fits a few screens, not the whole catalog. */
export const ROWS_PER_PAGE = 40;

/** Where focus goes after the next render. */
type PendingFocus = { readonly to: 'detail' } | { readonly to: 'option'; readonly id: string } | { readonly to: 'search' };

/** The visible slice of one result group. */
interface VisibleGroup {
  readonly agencyId: string;
  readonly total: number;
  readonly entries: readonly SearchEntry<ServiceSummary>[];
}

const bone = (size = ''): TemplateResult => html`<span class="bone ${size}">&nbsp;</span>`;

/**
 * The MPP's service catalog: every agency's services, searchable as you type
 * (case and diacritics ignored, agency short names and common synonyms such as
 * `paspor`, `ktp` or `nib` understood, matches highlighted), filterable by
 * agency and category, grouped by agency. Opening a service shows what to
 * bring (a checklist), the cost, the completion time, the legal basis, where
 * in the MPP it is served, and how to apply: "Ambil antrian" and "Booking"
 * fire `mpp-service-select` for the host to open its queue widget or booking
 * form; an online service links to its portal.
 *
 * Keyboard: the results are a listbox with a roving tabindex (focus moves onto
 * the option itself, which every screen reader follows, in browse mode too).
 * Arrow Down from the search field enters the list; Arrow Up/Down move (Up from
 * the first row returns to the search field); Home and End go to the first and
 * last rendered row; Enter or Space opens; Escape closes the detail and returns
 * focus to the row it was opened from. Where the element is narrower than
 * 48em (its own width, not the screen's: it may sit in a sidebar), the open
 * detail takes the place of the search and the list, with a "Kembali ke
 * daftar" button at its top; wider, the detail sits beside the list.
 *
 * Only a few screens of rows are rendered at first (see `ROWS_PER_PAGE`); more
 * follow when the end of the list scrolls into view, when "show more" is
 * pressed, or when Arrow Down leaves the last row.
 *
 * With `sync-url`, the open service and the search live in the page's URL hash
 * (`#layanan=ktp-el&q=ktp`, other hash parameters kept), so a link opens the
 * same view and the back button closes the detail.
 *
 * @summary Searchable list of the MPP's services, with requirements, costs and how to apply.
 * @tagname mpp-service-catalog
 * @fires mpp-service-select - A visitor pressed "Ambil antrian" or "Booking"; `detail` is `{ serviceId, action: 'queue' | 'booking' }`.
 * @csspart controls - The search field and filters.
 * @csspart search-input - The search field.
 * @csspart agency-filter - The agency select.
 * @csspart category-filter - The category select.
 * @csspart result-count - The number of results (a polite live region).
 * @csspart results - The result listbox.
 * @csspart group - The results of one agency.
 * @csspart group-header - An agency's name and number of results above its services.
 * @csspart option - One service in the results.
 * @csspart match - A highlighted match in a service's name.
 * @csspart show-more - The button that renders more results.
 * @csspart empty - The sentence shown when nothing matches.
 * @csspart detail - The open service's detail.
 * @csspart close-button - The button that closes the detail (beside the list, on a wide layout).
 * @csspart back-button - "Kembali ke daftar": closes the detail on a narrow layout, where the detail takes the list's place.
 * @csspart requirements - The requirements checklist.
 * @csspart channels - The queue, booking and online actions.
 * @csspart queue-button - "Ambil antrian".
 * @csspart booking-button - "Booking".
 * @csspart online-link - The link to the service's online portal.
 * @example
 * ```html
 * <script type="module" src="https://cdn.jsdelivr.net/npm/@mpp-kit/elements/dist/mpp-kit.min.js"></script>
 * <mpp-service-catalog api-base="https://mpp.kedirikota.go.id/api" sync-url></mpp-service-catalog>
 * <script type="module">
 *   document.addEventListener('mpp-service-select', (event) => openBookingForm(event.detail.serviceId));
 * </script>
 * ```
 */
export class MppServiceCatalog extends MppElement<CatalogStrings> {
  static override styles = [...baseStyles, catalogStyles];

  static override properties: PropertyDeclarations = {
    query: {},
    agency: {},
    category: {},
    service: {},
    syncUrl: { attribute: 'sync-url', type: Boolean },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** The search text. */
  query = '';

  /** The agency id to narrow the list to, e.g. `dukcapil`; empty for all. */
  agency = '';

  /** The category slug to narrow the list to, e.g. `perizinan`; empty for all. */
  category = '';

  /** The id of the service whose detail is open, e.g. `ktp-el`; empty when none is. */
  service = '';

  /**
   * Keeps the open service and the search in the URL hash (`layanan`, `q`),
   * so links and the back button work. Other hash parameters are kept.
   * @default false
   */
  syncUrl = false;

  /** The level of the detail's heading, 1 to 6; its sections use the next level. @default 2 */
  headingLevel = 2;

  protected readonly translations = translations;

  private readonly catalog = this.createApiTask({
    load: (client, _args, signal) => loadCatalog(client, signal),
  });

  private readonly detail = this.createApiTask({
    args: () => [this.service] as const,
    load: (client, [id], signal) => (id ? loadDetail(client, id, signal) : Promise.resolve(null)),
  });

  /** Rows rendered now; grows by {@link ROWS_PER_PAGE}, back to one page when the search changes. */
  private limit = ROWS_PER_PAGE;
  /** The option that takes the tab stop (roving tabindex). */
  private activeId = '';
  /** The row the open detail was opened from, to return focus to. */
  private originId = '';
  private pendingFocus: PendingFocus | undefined;
  private index: { key: readonly unknown[]; entries: SearchEntry<ServiceSummary>[] } | undefined;
  private result:
    | { entries: readonly unknown[]; query: SearchQuery; value: SearchResult<ServiceSummary>; terms: QueryTerm[] }
    | undefined;
  private lookups: { data: CatalogData; agencies: Map<string, Agency>; categories: string[] } | undefined;
  private warming: { entries: readonly SearchEntry[]; next: number } | undefined;
  private sentinelObserver: IntersectionObserver | undefined;
  private observedSentinel: Element | null = null;
  /** Set while the state is applied from the URL, so it is not written back as a new history entry. */
  private fromUrl = false;

  private get level(): number {
    return Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) this.applyUrl();
    globalThis.addEventListener('popstate', this.onLocationChange);
    globalThis.addEventListener('hashchange', this.onLocationChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener('popstate', this.onLocationChange);
    globalThis.removeEventListener('hashchange', this.onLocationChange);
    this.sentinelObserver?.disconnect();
    this.sentinelObserver = undefined;
    this.observedSentinel = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query') || changed.has('agency') || changed.has('category')) this.limit = ROWS_PER_PAGE;
    if (changed.has('syncUrl') && this.syncUrl && this.hasUpdated) this.applyUrl();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.syncUrl && !this.fromUrl && (changed.has('query') || changed.has('service'))) {
      this.writeUrl(changed.has('service') && changed.get('service') !== undefined);
    }
    this.fromUrl = false;
    this.observeSentinel();
    this.moveFocus();
  }

  // --- data ---------------------------------------------------------------

  private entriesOf(data: CatalogData): SearchEntry<ServiceSummary>[] {
    const key = [data, this.resolvedLocale];
    if (!this.index || !key.every((part, i) => part === this.index?.key[i])) {
      this.index = { key, entries: searchEntries(data, this.resolvedLocale, [catalogId, catalogEn]) };
    }
    return this.index.entries;
  }

  private resultOf(data: CatalogData): { value: SearchResult<ServiceSummary>; terms: QueryTerm[] } {
    const entries = this.entriesOf(data);
    const query: SearchQuery = { text: this.query, agencyId: this.agency, category: this.category };
    const previous = this.result;
    const same = previous?.entries === entries && previous.query.text === query.text;
    if (!same || previous.query.agencyId !== query.agencyId || previous.query.category !== query.category) {
      // A keystroke that adds letters searches only the previous matches.
      const within = previous?.entries === entries && refines(previous.query, query) ? previous.value.matches : entries;
      this.result = { entries, query, value: search(within, query), terms: queryTerms(query.text) };
      this.scheduleWarm(entries);
    }
    return this.result as { value: SearchResult<ServiceSummary>; terms: QueryTerm[] };
  }

  /** Agencies by id and the categories in use, once per catalog. */
  private lookupsOf(data: CatalogData): { agencies: Map<string, Agency>; categories: string[] } {
    if (this.lookups?.data !== data) {
      this.lookups = {
        data,
        agencies: new Map(data.agencies.map((agency) => [agency.id, agency])),
        categories: [...new Set(data.services.map((service) => service.category))],
      };
    }
    return this.lookups;
  }

  /**
   * Folds the search texts while the browser is idle after the first render,
   * so the first keystroke does not pay for the whole catalog.
   */
  private scheduleWarm(entries: readonly SearchEntry[]): void {
    if (this.warming?.entries === entries) return;
    const warming = { entries, next: 0 };
    this.warming = warming;
    const idle = globalThis.requestIdleCallback?.bind(globalThis);
    const step = (deadline?: IdleDeadline): void => {
      if (this.warming !== warming) return;
      const until = performance.now() + 8;
      warming.next = warmEntries(entries, warming.next, () =>
        deadline ? deadline.timeRemaining() > 1 : performance.now() < until,
      );
      if (warming.next < entries.length) schedule();
    };
    const schedule = (): void => {
      if (idle) idle(step, { timeout: 2000 });
      else setTimeout(step, 50);
    };
    schedule();
  }

  /** The first {@link limit} results, still grouped. */
  private visible(result: SearchResult<ServiceSummary>): VisibleGroup[] {
    const groups: VisibleGroup[] = [];
    let left = this.limit;
    for (const group of result.groups) {
      if (left <= 0) break;
      groups.push({ agencyId: group.agencyId, total: group.entries.length, entries: group.entries.slice(0, left) });
      left -= group.entries.length;
    }
    return groups;
  }

  // --- rendering ----------------------------------------------------------

  protected renderContent(): unknown {
    return html`<div class="catalog ${this.service ? 'open' : ''}" part="catalog" @keydown=${this.onKeydown}>
      ${this.renderTask(this.catalog, {
        loading: () => this.renderSkeleton(),
        ready: (data) => this.renderCatalog(data),
      })}
    </div>`;
  }

  private renderCatalog(data: CatalogData): TemplateResult {
    const { t, format } = this;
    if (data.services.length === 0) return emptyState(t.emptyCatalog);
    const { value: result, terms } = this.resultOf(data);
    const groups = this.visible(result);
    const shown = groups.reduce((sum, group) => sum + group.entries.length, 0);
    const { agencies } = this.lookupsOf(data);
    const first = groups[0]?.entries[0]?.id ?? '';
    const tabStop = groups.some((group) => group.entries.some((entry) => entry.id === this.activeId)) ? this.activeId : first;
    const open = Boolean(this.service);
    return html`${this.renderControls(data)}
      <p class="count" part="result-count" role="status">${t.resultCount(result.total, format.number(result.total))}</p>
      <div class="layout ${open ? 'open' : ''}">
        <div class="results">
          ${result.total === 0
            ? emptyState(t.noResults)
            : html`<div role="listbox" id="results" class="listbox" part="results" aria-label=${t.resultsLabel} @keydown=${this.onListKeydown} @click=${this.onListClick}>
                ${repeat(
                  groups,
                  (group) => group.agencyId,
                  (group) => this.renderGroup(group, agencies.get(group.agencyId), terms, tabStop),
                )}
              </div>`}
          ${shown < result.total
            ? html`<button type="button" class="more" part="show-more" @click=${this.showMore}>
                  ${t.showMore(format.number(result.total - shown))}
                </button>
                <div class="sentinel" aria-hidden="true"></div>`
            : nothing}
        </div>
        ${open ? this.renderDetailPanel(agencies) : nothing}
      </div>`;
  }

  private renderControls(data: CatalogData): TemplateResult {
    const { t } = this;
    const { categories } = this.lookupsOf(data);
    return html`<div class="controls" part="controls" role="search">
      <div class="field search">
        <label for="search">${t.searchLabel}</label>
        <input
          id="search"
          part="search-input"
          type="search"
          autocomplete="off"
          spellcheck="false"
          enterkeyhint="search"
          aria-describedby="search-hint"
          .value=${live(this.query)}
          @input=${this.onInput}
          @keydown=${this.onSearchKeydown}
        />
        <p id="search-hint" class="hint">${t.searchHint}</p>
      </div>
      <div class="field">
        <label for="agency">${t.agencyFilter}</label>
        <select id="agency" part="agency-filter" @change=${this.onAgencyChange}>
          <option value="" ?selected=${!this.agency}>${t.allAgencies}</option>
          ${data.agencies.map((agency) => html`<option value=${agency.id} ?selected=${agency.id === this.agency}>${agency.shortName}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="category">${t.categoryFilter}</label>
        <select id="category" part="category-filter" @change=${this.onCategoryChange}>
          <option value="" ?selected=${!this.category}>${t.allCategories}</option>
          ${categories.map((slug) => html`<option value=${slug} ?selected=${slug === this.category}>${categoryLabel(t, slug)}</option>`)}
        </select>
      </div>
    </div>`;
  }

  private renderGroup(group: VisibleGroup, agency: Agency | undefined, terms: readonly QueryTerm[], tabStop: string): TemplateResult {
    const name = agency?.shortName ?? group.agencyId;
    const count = this.t.groupCount(this.format.number(group.total));
    return html`<div role="group" class="group" part="group" aria-label=${`${name}, ${count}`}>
      <div class="group-header" part="group-header" aria-hidden="true">
        <span class="group-name">${name}</span> <span class="group-count">${count}</span>
      </div>
      ${repeat(
        group.entries,
        (entry) => entry.id,
        (entry) => this.renderOption(entry.item, terms, entry.id === tabStop),
      )}
    </div>`;
  }

  private renderOption(service: ServiceSummary, terms: readonly QueryTerm[], tabStop: boolean): TemplateResult {
    const locale = this.resolvedLocale;
    const name = localizedString(service.name, locale);
    const runs = textRuns(name, highlightRanges(name, terms));
    const facts = [this.costText(service.cost, true), this.completionText(service.completion, true)].filter(Boolean).join(' · ');
    return html`<div
      role="option"
      class="option"
      part="option"
      data-id=${service.id}
      tabindex=${tabStop ? 0 : -1}
      aria-selected=${service.id === this.service ? 'true' : 'false'}
    >
      <span class="option-name" lang=${locale === 'en' && !service.name.en ? 'id' : nothing}
        >${runs.map((run) => (run.mark ? html`<mark part="match">${run.text}</mark>` : run.text))}</span
      >
      ${facts ? html`<span class="option-facts">${facts}</span>` : nothing}
    </div>`;
  }

  private renderDetailPanel(agencies: ReadonlyMap<string, Agency>): TemplateResult {
    return html`<section class="detail" part="detail" aria-labelledby="detail-title">
      <button type="button" class="back secondary" part="back-button" @click=${this.close}>${this.t.backToList}</button>
      ${this.renderTask(this.detail, {
        loading: () => this.renderDetailSkeleton(),
        ready: (detail) => (detail ? this.renderDetail(detail, agencies.get(detail.service.agencyId)) : nothing),
      })}
    </section>`;
  }

  private renderDetail({ service, counters }: ServiceDetail, agency: Agency | undefined): TemplateResult {
    const { t, resolvedLocale: locale } = this;
    const level = this.level;
    const sub = Math.min(6, level + 1);
    return html`<div class="detail-head">
        <div id="detail-title" class="detail-title" role="heading" aria-level=${level} tabindex="-1">
          ${localized(service.name, locale)}
        </div>
        <button type="button" class="close" part="close-button" aria-label=${t.closeDetail} @click=${this.close}>${t.close}</button>
      </div>
      ${service.description ? html`<p class="description">${localized(service.description, locale)}</p>` : nothing}
      <dl class="facts">
        <div><dt>${t.costLabel}</dt><dd>${this.costText(service.cost, false)}</dd></div>
        <div><dt>${t.completionLabel}</dt><dd>${this.completionText(service.completion, false)}</dd></div>
        <div>
          <dt>${t.locationLabel}</dt>
          <dd>
            <span class="line">${agency?.name ?? service.agencyId}</span>
            ${agency?.floor ? html`<span class="line">${agency.floor}</span>` : nothing}
            ${counters.length > 0 ? html`<span class="line">${counters.join(', ')}</span>` : nothing}
          </dd>
        </div>
      </dl>
      ${this.renderChannels(service.id, service.channels, sub)}
      <div class="section">
        <div role="heading" aria-level=${sub}>${t.requirementsHeading}</div>
        ${service.requirements.length === 0
          ? html`<p class="muted">${t.noRequirements}</p>`
          : html`<p class="hint" id="requirements-hint">${t.requirementsHint}</p>
              <ul class="checklist" part="requirements" aria-describedby="requirements-hint">
                ${repeat(
                  service.requirements,
                  (_requirement, index) => `${service.id}:${index}`,
                  (requirement, index) => this.renderRequirement(requirement, index),
                )}
              </ul>`}
      </div>
      ${service.legalBasis.length > 0
        ? html`<div class="section">
            <div role="heading" aria-level=${sub}>${t.legalBasisHeading}</div>
            <ul class="legal">
              ${service.legalBasis.map((basis) => html`<li>${basis}</li>`)}
            </ul>
          </div>`
        : nothing}`;
  }

  private renderRequirement(requirement: Requirement, index: number): TemplateResult {
    const { t, format, resolvedLocale: locale } = this;
    const form = {
      original: t.formOriginal,
      copy: t.formCopy,
      'original-and-copy': t.formOriginalAndCopy,
      digital: t.formDigital,
    }[requirement.form];
    const id = `requirement-${index}`;
    return html`<li class="requirement">
      <input type="checkbox" id=${id} />
      <label for=${id}>
        <span class="requirement-name">${localized(requirement.name, locale)}</span>
        <span class="requirement-form">${form} · ${t.quantity(format.number(requirement.quantity))}</span>
        ${requirement.optional ? html`<span class="badge">${t.optional}</span>` : nothing}
        ${requirement.note ? html`<span class="note">${localized(requirement.note, locale)}</span>` : nothing}
      </label>
    </li>`;
  }

  private renderChannels(serviceId: string, channels: readonly Channel[], level: number): unknown {
    const { t, resolvedLocale: locale } = this;
    if (channels.length === 0) return nothing;
    const actions = channels.map((channel) => {
      if (channel.kind === 'queue') {
        return html`<button type="button" part="queue-button" @click=${() => this.select(serviceId, 'queue')}>${t.takeQueue}</button>`;
      }
      if (channel.kind === 'booking') {
        return html`<button type="button" class="secondary" part="booking-button" @click=${() => this.select(serviceId, 'booking')}>
          ${t.book}
        </button>`;
      }
      const url = safeUrl(channel.url);
      if (!url) return nothing;
      return html`<a class="online" part="online-link" href=${url} target="_blank" rel="noopener noreferrer"
        >${channel.label ? localized(channel.label, locale) : t.online}<span class="visually-hidden"> ${t.newTab}</span></a
      >`;
    });
    return html`<div class="section">
      <div role="heading" aria-level=${level}>${t.channelsHeading}</div>
      <div class="channels" part="channels">${actions}</div>
    </div>`;
  }

  private costText(cost: Cost, short: boolean): string {
    const { t, format, resolvedLocale } = this;
    switch (cost.kind) {
      case 'free':
        return t.free;
      case 'fixed':
        return format.money(cost.amount);
      case 'range':
        return t.costRange(format.money(cost.min), format.money(cost.max));
      default:
        return short ? '' : localizedString(cost.note, resolvedLocale);
    }
  }

  private completionText(completion: Completion, short: boolean): string {
    const { t, format, resolvedLocale } = this;
    switch (completion.kind) {
      case 'same-day':
        return t.sameDay;
      case 'minutes':
        return format.duration(completion.value * 60);
      case 'hours':
        return format.duration(completion.value * 3600);
      case 'working-days':
        return t.workingDays(format.number(completion.value));
      default:
        return short ? '' : localizedString(completion.note, resolvedLocale);
    }
  }

  /** The loading skeleton: controls and rows without content; hidden from screen readers, which hear the status line. */
  private renderSkeleton(): TemplateResult {
    return html`<div aria-hidden="true">
      <div class="controls">
        <div class="field search"><span class="bone short">&nbsp;</span><span class="bone long input-bone">&nbsp;</span></div>
      </div>
      <p class="count">${bone('short')}</p>
      <div class="listbox">
        ${[1, 2, 3, 4, 5, 6].map(() => html`<div class="option">${bone('long')}${bone()}</div>`)}
      </div>
    </div>`;
  }

  private renderDetailSkeleton(): TemplateResult {
    return html`<div aria-hidden="true" class="detail-skeleton">
      <p class="detail-title">${bone('long')}</p>
      <p>${bone()}</p>
      <p>${bone('short')}</p>
      <p>${bone('long')}</p>
    </div>`;
  }

  // --- interaction --------------------------------------------------------

  /** Opens a service's detail, and moves focus to it once it is loaded. */
  private open(id: string): void {
    this.activeId = id;
    this.originId = id;
    this.pendingFocus = { to: 'detail' };
    if (this.service === id) this.requestUpdate();
    this.service = id;
  }

  /** Closes the detail and returns focus to the row it was opened from. */
  private close = (): void => {
    if (!this.service) return;
    const origin = this.originId || this.service;
    this.service = '';
    this.pendingFocus = { to: 'option', id: origin };
  };

  private select(serviceId: string, action: 'queue' | 'booking'): void {
    this.dispatchEvent(mppEvent('mpp-service-select', { serviceId, action }));
  }

  private showMore = (): void => {
    const result = this.result?.value;
    const next = result ? result.groups.flatMap((group) => group.entries)[this.limit] : undefined;
    this.limit += ROWS_PER_PAGE;
    // The button may disappear with the last page: focus goes to the first new row instead.
    if (next) this.pendingFocus = { to: 'option', id: next.id };
    this.requestUpdate();
  };

  private onInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
  };

  private onAgencyChange = (event: Event): void => {
    this.agency = (event.target as HTMLSelectElement).value;
  };

  private onCategoryChange = (event: Event): void => {
    this.category = (event.target as HTMLSelectElement).value;
  };

  private onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.service) {
      event.preventDefault();
      this.close();
    }
  };

  private onSearchKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowDown') return;
    const options = this.options();
    const target = options.find((option) => option.dataset['id'] === this.activeId) ?? options[0];
    if (!target) return;
    event.preventDefault();
    this.focusOption(target);
  };

  private onListKeydown = (event: KeyboardEvent): void => {
    const current = (event.target as Element).closest<HTMLElement>('[role="option"]');
    if (!current) return;
    const options = this.options();
    const index = options.indexOf(current);
    const id = current.dataset['id'] ?? '';
    switch (event.key) {
      case 'ArrowDown': {
        const next = options[index + 1];
        if (next) this.focusOption(next);
        else if (this.growForKeyboard()) this.pendingFocus = { to: 'option', id: this.entryAt(index + 1) };
        break;
      }
      case 'ArrowUp': {
        const previous = options[index - 1];
        if (previous) this.focusOption(previous);
        else this.searchInput()?.focus();
        break;
      }
      case 'Home':
        if (options[0]) this.focusOption(options[0]);
        break;
      case 'End': {
        const last = options[options.length - 1];
        if (last) this.focusOption(last);
        break;
      }
      case 'Enter':
      case ' ':
        this.open(id);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  private onListClick = (event: MouseEvent): void => {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    if (option?.dataset['id']) this.open(option.dataset['id']);
  };

  /** Renders the next page for Arrow Down on the last rendered row; `false` when there is none. */
  private growForKeyboard(): boolean {
    const total = this.result?.value.total ?? 0;
    if (this.limit >= total) return false;
    this.limit += ROWS_PER_PAGE;
    this.requestUpdate();
    return true;
  }

  private entryAt(position: number): string {
    return this.result?.value.groups.flatMap((group) => group.entries)[position]?.id ?? '';
  }

  private options(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role="option"]')];
  }

  private searchInput(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('#search');
  }

  private focusOption(option: HTMLElement): void {
    for (const other of this.options()) other.tabIndex = other === option ? 0 : -1;
    this.activeId = option.dataset['id'] ?? '';
    option.focus();
    option.scrollIntoView?.({ block: 'nearest' });
  }

  private moveFocus(): void {
    const pending = this.pendingFocus;
    if (!pending) return;
    if (pending.to === 'detail') {
      const title = this.renderRoot.querySelector<HTMLElement>('#detail-title');
      if (title) {
        this.pendingFocus = undefined;
        title.focus();
      } else if (this.detail.state === 'error' || this.detail.state === 'unconfigured') {
        // The error panel announces itself; focus stays on the row.
        this.pendingFocus = undefined;
      }
      return;
    }
    this.pendingFocus = undefined;
    const option = pending.to === 'option' ? this.options().find((candidate) => candidate.dataset['id'] === pending.id) : undefined;
    if (option) this.focusOption(option);
    else this.searchInput()?.focus();
  }

  /** Watches the sentinel after the last row: when it scrolls into view, one more page is rendered. */
  private observeSentinel(): void {
    const sentinel = this.renderRoot.querySelector('.sentinel');
    if (typeof IntersectionObserver === 'undefined') return;
    this.sentinelObserver ??= new IntersectionObserver((records) => {
      if (records.some((record) => record.isIntersecting)) {
        this.limit += ROWS_PER_PAGE;
        this.requestUpdate();
      }
    });
    // Observing anew reports the current intersection again, so a tall screen keeps filling.
    if (this.observedSentinel) this.sentinelObserver.unobserve(this.observedSentinel);
    this.observedSentinel = sentinel;
    if (sentinel) this.sentinelObserver.observe(sentinel);
  }

  // --- URL ------------------------------------------------------------------

  private onLocationChange = (): void => {
    if (this.syncUrl) this.applyUrl();
  };

  /** Takes the open service and the search from the URL hash, without moving focus or adding history. */
  private applyUrl(): void {
    const state = readHash(globalThis.location?.hash ?? '');
    if (state.service === this.service && state.query === this.query) return;
    this.fromUrl = true;
    // The back button closed the detail the visitor was in: focus returns to its row, not to the page's start.
    const inDetail = this.renderRoot.querySelector('[part~="detail"]')?.contains(this.shadowRoot?.activeElement ?? null) ?? false;
    if (!state.service && this.service && inDetail) this.pendingFocus = { to: 'option', id: this.originId || this.service };
    this.service = state.service;
    this.query = state.query;
  }

  /** Writes the state to the hash: a new history entry when a detail opens or closes, a replaced one while typing. */
  private writeUrl(push: boolean): void {
    const { location, history } = globalThis;
    if (!location || !history) return;
    const hash = writeHash(location.hash, { service: this.service, query: this.query });
    if (hash === location.hash) return;
    const url = `${location.pathname}${location.search}${hash}`;
    if (push) history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mpp-service-catalog': MppServiceCatalog;
  }
}
