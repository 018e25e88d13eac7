import type { Agency } from '@mpp-kit/contract';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { mppEvent } from '../core/events.js';
import { clampHeadingLevel } from '../core/heading-level.js';
import { MppElement } from '../core/mpp-element.js';
import { numberForm } from '../core/property-forms.js';
import { emptyState } from '../core/states.js';
import { wholeNumberFormat, type WholeNumberFormat } from '../core/whole-numbers.js';
import { LazyTable, type Translations } from '../i18n/translations.js';
import { baseStyles } from '../styles/base.js';
import { loadCatalog, loadDetail, type CatalogData } from '../core/catalog-data.js';
import { categoryLabel } from './category-label.js';
import { CatalogResults, resultIdAt, visibleGroups } from './catalog-results.js';
import { catalogId, type CatalogStrings } from './i18n/id.js';
import { resultGroup, type RowContext } from './result-rows.js';
import { catalogStyles } from './service-catalog.styles.js';
import { serviceDetail, type DetailContext } from './service-detail.js';
import { catalogSkeleton, detailSkeleton } from './skeletons.js';
import { readHash, readSearch, syncUrlForm, writeHash, writeSearch, type SyncUrlMode } from './url-state.js';

const translations: Translations<CatalogStrings> = {
  id: catalogId,
  en: /* @__PURE__ */ new LazyTable(() => import('./i18n/en.js').then((module) => module.catalogEn)),
};

/**
 * Rows rendered at first, and again after each change of the search or the
 * filters: a tall screen's worth (a 1280x800 window shows about nine), not the
 * whole catalog, so the first paint and every keystroke stay cheap. More follow
 * as the list's end nears the viewport.
 */
export const FIRST_ROWS = 16;

/** Rows added when the end of the list nears the viewport, or per "show more". */
export const ROWS_PER_PAGE = 40;

/** Where focus goes after the next render. */
type PendingFocus =
  { readonly to: 'detail' } | { readonly to: 'option'; readonly id: string } | { readonly to: 'search' };

/**
 * The MPP's service catalog: every agency's services, searchable as you type
 * (case and diacritics ignored, agency short names and common synonyms such as
 * `paspor`, `ktp` or `nib` understood, matches highlighted), filterable by
 * agency and category, grouped by agency. Opening a service shows what to
 * bring (a checklist), the cost, the completion time, the legal basis, where
 * in the MPP it is served, and how to apply: "Ambil antrean" and "Booking"
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
 * Only a screen of rows is rendered at first (see `FIRST_ROWS`); more follow
 * (see `ROWS_PER_PAGE`) when the end of the list comes within half a screen of
 * the viewport, when "show more" is pressed, or when Arrow Down leaves the last
 * row. Search always covers the whole catalog, rendered or not.
 *
 * With `sync-url`, the open service and the search live in the page's URL, so
 * a link opens the same view and the back button closes the detail:
 * - `sync-url` (or `sync-url="hash"`): in the hash, `#layanan=ktp-el&q=ktp`,
 *   other hash parameters kept. A hash router's route (`#/layanan-publik`)
 *   keeps its path: the parameters go into the route's query,
 *   `#/layanan-publik?layanan=ktp-el&q=ktp`, which React Router's and Vue
 *   Router's hash modes hand to the page without matching on it.
 * - `sync-url="query"`: in the query string, `?layanan=ktp-el&q=ktp`, other
 *   parameters kept, for pages whose hash belongs to something else.
 *
 * A router or a store can own the search and the open service instead: the
 * catalog fires `mpp-query-change` and `mpp-service-change` when the visitor
 * (or the URL) changes them, and takes them back as `query` and `service`, so
 * a remounted catalog starts where the last one was.
 *
 * @summary Searchable list of the MPP's services, with requirements, costs and how to apply.
 * @tagname mpp-service-catalog
 * @fires mpp-service-select - A visitor pressed "Ambil antrean" or "Booking"; `detail` is `{ serviceId, action: 'queue' | 'booking' }`.
 * @fires mpp-query-change - The search text changed by typing or by the URL (not when the host sets `query`); `detail` is `{ query }`.
 * @fires mpp-service-change - A detail opened or closed by the visitor or the URL (not when the host sets `service`); `detail` is `{ service }`, `''` when closed.
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
 * @csspart queue-button - "Ambil antrean".
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
    syncUrl: { attribute: 'sync-url', form: syncUrlForm },
    headingLevel: { attribute: 'heading-level', form: numberForm },
  };

  /** The search text; the visitor's typing changes it (and fires `mpp-query-change`). */
  query = '';

  /** The agency id to narrow the list to, e.g. `dukcapil`; empty for all. */
  agency = '';

  /** The category slug to narrow the list to, e.g. `perizinan`; empty for all. */
  category = '';

  /**
   * The id of the service whose detail is open, e.g. `ktp-el`; empty when none
   * is. The visitor opening or closing one changes it (and fires `mpp-service-change`).
   */
  service = '';

  /**
   * Keeps the open service and the search in the URL (`layanan`, `q`), so
   * links and the back button work; other parameters are kept. `hash` (also
   * `true` and a bare `sync-url` attribute): in the hash, inside a hash
   * router's route query when the hash is a route (`#/path?layanan=…`);
   * `query`: in the query string; `false`: nowhere.
   * @default false
   */
  syncUrl: boolean | 'hash' | 'query' = false;

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

  /** Rows rendered now; grows by {@link ROWS_PER_PAGE}, back to {@link FIRST_ROWS} when the search changes. */
  private limit = FIRST_ROWS;
  /** The option that takes the tab stop (roving tabindex). */
  private activeId = '';
  /** The row the open detail was opened from, to return focus to. */
  private originId = '';
  private pendingFocus: PendingFocus | undefined;
  private readonly results = new CatalogResults();
  private sentinelObserver: IntersectionObserver | undefined;
  private observedSentinel: Element | null = null;
  /** Set while the state is applied from the URL, so it is not written back as a new history entry. */
  private fromUrl = false;

  /** Counts, rupiah and durations, written without `Intl` (see {@link wholeNumberFormat}). */
  private get numbers(): WholeNumberFormat {
    return wholeNumberFormat(this.resolvedLocale);
  }

  /** What the detail view needs. */
  private get detailContext(): DetailContext {
    return {
      t: this.t,
      numbers: this.numbers,
      locale: this.resolvedLocale,
      level: clampHeadingLevel(this.headingLevel),
      onClose: this.close,
      onSelect: this.select,
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.urlMode) this.applyUrl();
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
    this.results.stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query') || changed.has('agency') || changed.has('category')) this.limit = FIRST_ROWS;
    if (changed.has('syncUrl') && this.urlMode && this.hasUpdated) this.applyUrl();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.urlMode && !this.fromUrl && (changed.has('query') || changed.has('service'))) {
      this.writeUrl(changed.has('service') && changed.get('service') !== undefined);
    }
    this.fromUrl = false;
    this.observeSentinel();
    this.moveFocus();
  }

  // --- rendering ----------------------------------------------------------

  protected renderContent(): unknown {
    return html`<div class="catalog ${this.service ? 'open' : ''}" part="catalog" @keydown=${this.onKeydown}>
      ${this.renderTask(this.catalog, {
        loading: () => catalogSkeleton(),
        ready: (data) => this.renderCatalog(data),
      })}
    </div>`;
  }

  private renderCatalog(data: CatalogData): TemplateResult {
    const { t, numbers } = this;
    if (data.services.length === 0) return emptyState(t.emptyCatalog);
    const query = { text: this.query, agencyId: this.agency, category: this.category };
    const result = this.results.resultOf(data, this.resolvedLocale, query);
    const groups = visibleGroups(result, this.limit);
    const shown = groups.reduce((sum, group) => sum + group.services.length, 0);
    const { agencies } = this.results.lookupsOf(data);
    const first = groups[0]?.services[0]?.id ?? '';
    const tabStop = groups.some((group) => group.services.some((service) => service.id === this.activeId))
      ? this.activeId
      : first;
    const rows: RowContext = {
      t,
      numbers,
      locale: this.resolvedLocale,
      terms: result.terms,
      tabStop,
      selected: this.service,
    };
    const open = Boolean(this.service);
    return html`${this.renderControls(data)}
      <p class="count" part="result-count" role="status">
        ${t.resultCount(result.total, numbers.number(result.total))}
      </p>
      <div class="layout ${open ? 'open' : ''}">
        <div class="results">
          ${
            result.total === 0
              ? emptyState(t.noResults)
              : html`<div
                  role="listbox"
                  id="results"
                  class="listbox"
                  part="results"
                  aria-label=${t.resultsLabel}
                  @keydown=${this.onListKeydown}
                  @click=${this.onListClick}
                >
                  ${repeat(
                    groups,
                    (group) => group.agencyId,
                    (group) => resultGroup(group, agencies.get(group.agencyId), rows),
                  )}
                </div>`
          }
          ${
            shown < result.total
              ? html`<button type="button" class="more" part="show-more" @click=${this.showMore}>
                    ${t.showMore(numbers.number(result.total - shown))}
                  </button>
                  <div class="sentinel" aria-hidden="true"></div>`
              : nothing
          }
        </div>
        ${open ? this.renderDetailPanel(agencies) : nothing}
      </div>`;
  }

  private renderControls(data: CatalogData): TemplateResult {
    const { t } = this;
    const { categories } = this.results.lookupsOf(data);
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

  private renderDetailPanel(agencies: ReadonlyMap<string, Agency>): TemplateResult {
    return html`<section class="detail" part="detail" aria-labelledby="detail-title">
      <button type="button" class="back secondary" part="back-button" @click=${this.close}>${this.t.backToList}</button>
      ${this.renderTask(this.detail, {
        loading: () => detailSkeleton(),
        ready: (detail) =>
          detail ? serviceDetail(detail, agencies.get(detail.service.agencyId), this.detailContext) : nothing,
      })}
    </section>`;
  }

  // --- interaction --------------------------------------------------------

  /** Opens a service's detail, and moves focus to it once it is loaded. */
  private open(id: string): void {
    this.activeId = id;
    this.originId = id;
    this.pendingFocus = { to: 'detail' };
    if (this.service === id) this.requestUpdate();
    this.changeService(id);
  }

  /** Closes the detail and returns focus to the row it was opened from. */
  private close = (): void => {
    if (!this.service) return;
    const origin = this.originId || this.service;
    this.changeService('');
    this.pendingFocus = { to: 'option', id: origin };
  };

  private select = (serviceId: string, action: 'queue' | 'booking'): void => {
    this.dispatchEvent(mppEvent('mpp-service-select', { serviceId, action }));
  };

  private showMore = (): void => {
    const next = resultIdAt(this.results.last, this.limit);
    this.limit += ROWS_PER_PAGE;
    // The button may disappear with the last page: focus goes to the first new row instead.
    if (next) this.pendingFocus = { to: 'option', id: next };
    this.requestUpdate();
  };

  private onInput = (event: Event): void => {
    this.changeQuery((event.target as HTMLInputElement).value);
  };

  /** Sets the search text as the visitor or the URL changed it, and tells the host. */
  private changeQuery(query: string): void {
    if (query === this.query) return;
    this.query = query;
    this.dispatchEvent(mppEvent('mpp-query-change', { query }));
  }

  /** Sets the open service as the visitor or the URL changed it, and tells the host. */
  private changeService(service: string): void {
    if (service === this.service) return;
    this.service = service;
    this.dispatchEvent(mppEvent('mpp-service-change', { service }));
  }

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
        else if (this.growForKeyboard())
          this.pendingFocus = { to: 'option', id: resultIdAt(this.results.last, index + 1) };
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
    const total = this.results.last?.total ?? 0;
    if (this.limit >= total) return false;
    this.limit += ROWS_PER_PAGE;
    this.requestUpdate();
    return true;
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
    // jsdom, where a host's own tests may run, has no scrollIntoView.
    if ('scrollIntoView' in option) option.scrollIntoView({ block: 'nearest' });
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
    const option =
      pending.to === 'option' ? this.options().find((candidate) => candidate.dataset['id'] === pending.id) : undefined;
    if (option) this.focusOption(option);
    else this.searchInput()?.focus();
  }

  /** Watches the sentinel after the last row: when it comes near the viewport, one more page is rendered. */
  private observeSentinel(): void {
    const sentinel = this.renderRoot.querySelector('.sentinel');
    if (typeof IntersectionObserver === 'undefined') return;
    // Half a screen ahead: the next rows are there before the visitor scrolls to them.
    this.sentinelObserver ??= new IntersectionObserver(
      (records) => {
        if (records.some((record) => record.isIntersecting)) {
          this.limit += ROWS_PER_PAGE;
          this.requestUpdate();
        }
      },
      { rootMargin: '0px 0px 50% 0px' },
    );
    // Observing anew reports the current intersection again, so a tall screen keeps filling.
    if (this.observedSentinel) this.sentinelObserver.unobserve(this.observedSentinel);
    this.observedSentinel = sentinel;
    if (sentinel) this.sentinelObserver.observe(sentinel);
  }

  // --- URL ------------------------------------------------------------------

  /** Where the state lives in the URL, if anywhere (`true` is `hash`). */
  private get urlMode(): SyncUrlMode {
    return this.syncUrl === true ? 'hash' : this.syncUrl;
  }

  private onLocationChange = (): void => {
    if (this.urlMode) this.applyUrl();
  };

  /** Takes the open service and the search from the URL, without moving focus or adding history. */
  private applyUrl(): void {
    const { location } = globalThis;
    const state = this.urlMode === 'query' ? readSearch(location.search) : readHash(location.hash);
    if (state.service === this.service && state.query === this.query) return;
    this.fromUrl = true;
    // The back button closed the detail the visitor was in: focus returns to its row, not to the page's start.
    const inDetail =
      this.renderRoot.querySelector('[part~="detail"]')?.contains(this.shadowRoot?.activeElement ?? null) ?? false;
    if (!state.service && this.service && inDetail)
      this.pendingFocus = { to: 'option', id: this.originId || this.service };
    this.changeService(state.service);
    this.changeQuery(state.query);
  }

  /** Writes the state to the URL: a new history entry when a detail opens or closes, a replaced one while typing. */
  private writeUrl(push: boolean): void {
    const { location, history } = globalThis;
    const state = { service: this.service, query: this.query };
    const [search, hash] =
      this.urlMode === 'query'
        ? [writeSearch(location.search, state), location.hash]
        : [location.search, writeHash(location.hash, state)];
    if (search === location.search && hash === location.hash) return;
    const url = `${location.pathname}${search}${hash}`;
    if (push) history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mpp-service-catalog': MppServiceCatalog;
  }
}
