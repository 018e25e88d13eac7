import {
  localDateOf,
  SURVEY_ELEMENTS,
  SURVEY_GRADES,
  type SurveyGrade,
  type SurveyGroupResult,
  type SurveyResults,
  type SurveySuggestion,
} from '@mpp-kit/contract';
import { surveyResource, withStaffToken, type ClientCore, type Page } from '@mpp-kit/sdk';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { barChart, chartStyles } from '../charts/charts.js';
import { barChartSkeleton } from '../charts/skeletons.js';
import { boneLines } from '../core/bones.js';
import { clampHeadingLevel, subheadingLevel } from '../core/heading-level.js';
import { alertIcon, icon } from '../core/icons.js';
import { isolated, localized, localizedString } from '../core/localized.js';
import { MppElement } from '../core/mpp-element.js';
import { dateForm, numberForm } from '../core/property-forms.js';
import { emptyState, errorPanel, errorPanelFor, staleNotice } from '../core/states.js';
import { takeEarlyProperty } from '../core/early-property.js';
import { LazyTable, type Translations } from '../i18n/translations.js';
import { baseStyles } from '../styles/base.js';
import { surveyResultsId, type SurveyResultsStrings } from './i18n/id.js';
import { namesOf, type ResultNames } from './names.js';
import { resultsFormatFor, type ResultsFormat } from './numbers.js';
import {
  DEFAULT_SURVEY_PERIOD,
  isSurveyPeriod,
  SURVEY_PERIODS,
  surveyPeriodRange,
  type SurveyPeriod,
} from './periods.js';
import { surveyResultsStyles } from './survey-results.styles.js';
import { weakestElements } from './weakest.js';

export type { SurveyPeriod } from './periods.js';

const translations: Translations<SurveyResultsStrings> = {
  id: surveyResultsId,
  en: /* @__PURE__ */ new LazyTable(() => import('./i18n/en.js').then((module) => module.surveyResultsEn)),
};

/** A token the `Authorization` header can carry: visible ASCII only (anything else cannot be a valid token). */
const TOKEN_PATTERN = /^[\x21-\x7e]+$/;

/** The period selector's words of each period. */
const PERIOD_LABELS: Readonly<
  Record<SurveyPeriod, 'periodThisMonth' | 'periodLast3Months' | 'periodThisYear' | 'periodLastYear'>
> = {
  'this-month': 'periodThisMonth',
  'last-3-months': 'periodLast3Months',
  'this-year': 'periodThisYear',
  'last-year': 'periodLastYear',
};

/** What the results load brings: the names to show and the results themselves. */
interface Loaded {
  readonly names: ResultNames;
  readonly results: SurveyResults;
}

/** The suggestions shown: the first page (from the task) and the pages loaded after it with "Muat lebih banyak". */
interface SuggestionPages {
  /** The first page these pages follow; when the task loads another, the pages start over. */
  readonly first: Page<SurveySuggestion>;
  readonly items: readonly SurveySuggestion[];
  readonly nextCursor: string | null;
  /** A page is being loaded. */
  readonly loading: boolean;
  /** Why the last page failed, or `undefined`. */
  readonly error: unknown;
  /** How many the last page added, announced politely; `null` before any. */
  readonly added: number | null;
}

/** Bone lines of the loading skeleton, in the same boxes as the text they stand for. */
const bone = (size = ''): TemplateResult => html`<span class="bone ${size}">&nbsp;</span>`;

/**
 * The Indeks Kepuasan Masyarakat (IKM) of the MPP, an agency or a service, as
 * PermenPAN-RB No. 14 of 2017 asks a unit to publish it: the index on the
 * 25-100 scale with its quality grade (A Sangat Baik, B Baik, C Kurang Baik,
 * D Tidak Baik), the nine elements' averages (NRR, 1-4) as a bar chart with
 * the weakest named in words, and the respondents beside the regulation's
 * minimum sample for the people served ("120 responden dari minimal 92
 * (populasi 120)"; a sample below the minimum is said plainly). Below, the
 * index of each agency (or, for one agency, of each service). A period
 * selector chooses the visit days: this month, the last three months, this
 * year or last year, in the site's time zone.
 *
 * With a staff token (the write-only `staffToken` property, never an
 * attribute) it also lists the respondents' free-text suggestions, newest
 * first, a page at a time ("Muat lebih banyak"). Without one, nothing of them
 * is requested or shown: the public sees aggregates only.
 *
 * Every chart has its data as a real table one click away. When an
 * `<mpp-survey>` on the same page records a response (`mpp-survey-submitted`),
 * the results reload, so a kiosk showing both stays current.
 *
 * @summary The satisfaction index (IKM), its grade, the nine elements and the sample, per period.
 * @tagname mpp-survey-results
 * @csspart card - The box around all content.
 * @csspart heading - The heading (a heading of level `heading-level`).
 * @csspart scope - What the results cover: the MPP, agency or service, and the visit days.
 * @csspart period-select - The period selector.
 * @csspart summary - The key figures: the index, the grade and the weakest element(s).
 * @csspart index - The index figure, e.g. `86,11`.
 * @csspart grade - The grade, e.g. `B (Baik)`; its `data-grade` is the letter.
 * @csspart sample - The respondents beside the minimum sample; its `data-enough` is `true` or `false`.
 * @csspart sample-short - The warning shown when the sample is below the minimum.
 * @csspart chart - The chart of the elements (also `elements-chart`).
 * @csspart chart-bar - Each bar of the chart.
 * @csspart chart-table-toggle - The disclosure that shows the chart's data table.
 * @csspart chart-table - The chart's data table.
 * @csspart weakest - The figure naming the weakest element(s) and their average.
 * @csspart groups - The per-agency (or per-service) section.
 * @csspart group - One agency's (or service's) row; its `data-grade` is the letter.
 * @csspart empty - The sentence shown when there is no respondent in the period.
 * @csspart suggestions - The suggestions section (staff only).
 * @csspart suggestion - One suggestion.
 * @csspart more-button - The "Muat lebih banyak" button.
 * @fires mpp-error - Loading the results or the suggestions failed; `detail` is an `MppErrorDetail`.
 * @example
 * ```html
 * <mpp-survey-results api-base="https://mpp.kedirikota.go.id/api" period="this-year"></mpp-survey-results>
 * ```
 */
export class MppSurveyResults extends MppElement<SurveyResultsStrings> {
  /** The shadow root's styles: {@link baseStyles}, then the results' own (with the shared charts' styles). */
  static override styles = [...baseStyles, chartStyles, surveyResultsStyles];

  static override properties: PropertyDeclarations = {
    agency: {},
    service: {},
    period: {},
    now: { form: dateForm },
    headingLevel: { attribute: 'heading-level', form: numberForm },
  };

  /** Only responses about this agency's services (its id, e.g. `dukcapil`); the groups are then its services. */
  declare agency: string | undefined;

  /** Only responses about this service (its id, e.g. `ktp-el`). */
  declare service: string | undefined;

  /**
   * The period shown: `this-month`, `last-3-months` (this month and the two
   * before), `this-year` or `last-year`. Set it for the initial choice; the
   * selector changes it. Unset or unknown: `last-3-months`.
   */
  declare period: SurveyPeriod | undefined;

  /**
   * The instant whose site-local date ends the periods, instead of the real
   * time (for demos and tests), e.g. `2026-03-02T12:00:00+07:00`. A `Date`,
   * or ISO 8601 text set as the attribute or the property (as React and Vue
   * do); other text shows a configuration error.
   */
  declare now: Date | undefined;

  /** The level of the element's heading, 1 to 6; its sections use the next level. */
  headingLevel = 2;

  protected readonly translations = translations;

  /** The token, in memory only (a true private field: no script on the page can read it back). */
  #token: string | null = null;
  /** A token was given that no server could accept. */
  #tokenUnusable = false;
  /** The staff core over the token, made for one public core and language. */
  #staff: { base: ClientCore; locale: string; core: ClientCore } | null = null;
  /** The suggestions' pages after the first. */
  #pages: SuggestionPages | null = null;
  /** The position of the first suggestion of a page just loaded, to move focus to it after rendering. */
  #focusSuggestion: number | null = null;
  /** Site, agency and service names per client core, read once. */
  readonly #names = new WeakMap<ClientCore, Promise<ResultNames>>();

  private readonly results = this.createApiTask({
    args: () => [this.shownPeriod, this.agency, this.service, this.now?.getTime()] as const,
    load: async (core, [period, agencyId, serviceId, now], signal): Promise<Loaded> => {
      const names = await this.#namesFor(core);
      const range = surveyPeriodRange(
        period,
        localDateOf(now === undefined ? new Date() : new Date(now), names.timeZone),
      );
      const results = await surveyResource(core).results(
        { ...range, ...(agencyId ? { agencyId } : {}), ...(serviceId ? { serviceId } : {}) },
        { signal },
      );
      return { names, results };
    },
  });

  private readonly suggestions = this.createApiTask({
    // Reloads with the token and with every results load (another period or scope, a retry).
    args: () => [this.#staffCore(), this.results.value?.results ?? null] as const,
    load: (_core, [staff, results], signal): Promise<Page<SurveySuggestion> | null> =>
      staff && results ? surveyResource(staff).suggestions(scopeOf(results), { signal }) : Promise.resolve(null),
  });

  constructor() {
    super();
    // A token set before the element was defined goes through the accessor below.
    const early = takeEarlyProperty(this, 'staffToken');
    if (early) this.staffToken = typeof early.value === 'string' ? early.value : null;
  }

  /**
   * A staff token: with it, the element also shows the respondents'
   * suggestions (`GET /v1/survey/suggestions` is staff-only); `null` or `''`
   * removes it. Write-only: reading it gives `undefined`, so no script can read
   * the token back from the element. Not an attribute, so it never reaches the DOM.
   */
  set staffToken(token: string | null | undefined) {
    const trimmed = token?.trim() ?? '';
    const usable = trimmed !== '' && TOKEN_PATTERN.test(trimmed) ? trimmed : null;
    // A host that renders the same token again (a template re-render) keeps the pages already loaded.
    if (usable === this.#token && this.#tokenUnusable === (trimmed !== '' && usable === null)) return;
    this.#token = usable;
    this.#tokenUnusable = trimmed !== '' && usable === null;
    this.#staff = null;
    this.#pages = null;
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.ownerDocument.addEventListener('mpp-survey-submitted', this.#onSurveySubmitted);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener('mpp-survey-submitted', this.#onSurveySubmitted);
  }

  /**
   * A survey on the same page (an `<mpp-survey>` beside the results, as on a
   * kiosk) recorded a response: reload, so the index shown includes it. The
   * results stay on screen meanwhile; a failed reload shows them as stale.
   */
  readonly #onSurveySubmitted = (): void => {
    if (this.results.state === 'ready' || this.results.state === 'stale') this.results.retry();
  };

  /** Always `undefined`: the token cannot be read back. */
  get staffToken(): undefined {
    return undefined;
  }

  /** The period shown now: {@link period}, or `last-3-months` when it names none. */
  get shownPeriod(): SurveyPeriod {
    return isSurveyPeriod(this.period) ? this.period : DEFAULT_SURVEY_PERIOD;
  }

  private get level(): number {
    return clampHeadingLevel(this.headingLevel);
  }

  private get numbers(): ResultsFormat {
    return resultsFormatFor(this.resolvedLocale);
  }

  #namesFor(core: ClientCore): Promise<ResultNames> {
    let names = this.#names.get(core);
    if (!names) {
      // Not tied to one load's signal: a superseded load must not leave a cancelled read in the cache.
      names = namesOf(core);
      this.#names.set(core, names);
      names.catch(() => this.#names.delete(core));
    }
    return names;
  }

  #staffCore(): ClientCore | null {
    const base = this.clientChoice();
    if (this.#token === null || base === null || base instanceof Error) return null;
    const locale = this.resolvedLocale;
    if (this.#staff?.base !== base || this.#staff.locale !== locale) {
      this.#staff = { base, locale, core: withStaffToken(base, this.#token, locale) };
    }
    return this.#staff.core;
  }

  protected renderContent(): unknown {
    const { t } = this;
    const loaded = this.results.value;
    return html`<section class="card" part="card" aria-labelledby="heading">
      <header class="head">
        <div id="heading" part="heading" role="heading" aria-level=${this.level}>${t.heading}</div>
        ${
          loaded
            ? this.renderScope(loaded)
            : this.results.state === 'loading'
              ? html`<p class="scope" aria-hidden="true">
                  <span class="scope-name">${bone()}</span><span class="muted">${bone('long')}</span>
                </p>`
              : nothing
        }
      </header>
      <div class="field">
        <label for="period">${t.periodLabel}</label>
        <select id="period" part="period-select" @change=${this.#onPeriodChange}>
          ${SURVEY_PERIODS.map(
            (period) =>
              html`<option value=${period} ?selected=${period === this.shownPeriod}>
                ${t[PERIOD_LABELS[period]]}
              </option>`,
          )}
        </select>
      </div>
      ${this.renderTask(this.results, {
        loading: () => this.renderSkeleton(),
        ready: (value) => this.renderResults(value),
      })}
      ${this.renderSuggestions()}
    </section>`;
  }

  private renderScope({ names, results }: Loaded): TemplateResult {
    const { t, resolvedLocale } = this;
    const service = results.serviceId ? names.services.get(results.serviceId) : undefined;
    const agency = results.agencyId ? names.agencies.get(results.agencyId) : undefined;
    const scope = service
      ? localized(service.name, resolvedLocale)
      : results.serviceId
        ? results.serviceId
        : (agency?.name ?? results.agencyId ?? names.siteName);
    return html`<p class="scope" part="scope">
      <span class="scope-name">${scope}</span>
      <span class="muted">${t.visits(this.numbers.dateRange(results.from, results.to))}</span>
    </p>`;
  }

  private renderResults({ names, results }: Loaded): TemplateResult {
    if (results.respondents === 0 || results.index === null || results.grade === null) {
      // With people served but none answering, how far the sample is from its minimum is the news.
      return html`${results.population > 0 ? this.renderSample(results) : nothing}${emptyState(this.t.empty)}`;
    }
    const averages = SURVEY_ELEMENTS.map(
      (element) => results.elements.find((result) => result.key === element.key)?.average ?? null,
    );
    const weakest = weakestElements(averages);
    return html`${this.renderSummary(results.index, results.grade, averages, weakest)} ${this.renderSample(results)}
    ${this.renderElements(averages, weakest)} ${this.renderGroups(names, results)}`;
  }

  private gradeText(grade: SurveyGrade): string {
    const band = SURVEY_GRADES.find((candidate) => candidate.grade === grade);
    return this.t.grade(grade, band ? band.name[this.resolvedLocale] : grade);
  }

  /** The elements' names in the element's language, in the regulation's order. */
  private get elementNames(): string[] {
    const locale = this.resolvedLocale;
    return SURVEY_ELEMENTS.map((element) => element.name[locale]);
  }

  private renderSummary(
    index: number,
    grade: SurveyGrade,
    averages: readonly (number | null)[],
    weakest: readonly number[],
  ): TemplateResult {
    const { t } = this;
    const { decimal, list } = this.numbers;
    const names = this.elementNames;
    const lowest = weakest[0] === undefined ? null : (averages[weakest[0]] ?? null);
    return html`<dl class="summary facts" part="summary">
      <div>
        <dt>${t.indexLabel}</dt>
        <dd>
          <span class="figure" part="index">${decimal(index)}</span>
          <span class="scale">${t.indexScale}</span>
        </dd>
      </div>
      <div>
        <dt>${t.gradeLabel}</dt>
        <dd><span class="figure grade" part="grade" data-grade=${grade}>${this.gradeText(grade)}</span></dd>
      </div>
      ${
        lowest === null
          ? nothing
          : html`<div part="weakest">
              <dt>${t.weakestLabel(weakest.length, this.format.number(weakest.length))}</dt>
              <dd>
                ${t.weakest(weakest.length, list(weakest.map((position) => names[position] ?? '')), decimal(lowest))}
              </dd>
            </div>`
      }
    </dl>`;
  }

  private renderSample(results: SurveyResults): TemplateResult {
    const { t, format } = this;
    const { respondents, minimumSample, population } = results;
    const missing = Math.max(0, minimumSample - respondents);
    const enough = missing === 0;
    return html`<div class="sample" part="sample" data-enough=${String(enough)}>
      <p>
        ${t.sample(respondents, format.number(respondents), format.number(minimumSample), format.number(population))}
      </p>
      ${
        enough
          ? html`<p class="muted">${t.sampleMet}</p>`
          : html`<p class="short" part="sample-short">
              ${icon(alertIcon)}${t.sampleShort(missing, format.number(missing))}
            </p>`
      }
    </div>`;
  }

  private renderElements(averages: readonly (number | null)[], weakest: readonly number[]): TemplateResult {
    const { t } = this;
    const names = this.elementNames;
    return barChart({
      id: 'elements-chart',
      title: t.elementsHeading,
      description: t.elementsNote,
      headingLevel: subheadingLevel(this.level),
      bars: names.map((name, position) => ({
        label: name,
        value: averages[position] ?? 0,
        highlighted: weakest.includes(position),
      })),
      format: this.numbers.decimal,
      scale: [1, 4],
      highlightNote: t.weakestMark,
      labelHeader: t.elementColumn,
      valueHeader: t.averageColumn,
      tableToggle: t.elementsTable,
    });
  }

  private groupName(names: ResultNames, group: SurveyGroupResult): string | TemplateResult {
    if (group.serviceId !== null) {
      const service = names.services.get(group.serviceId);
      return service ? localized(service.name, this.resolvedLocale) : group.serviceId;
    }
    return names.agencies.get(group.agencyId)?.shortName ?? group.agencyId;
  }

  private renderGroups(names: ResultNames, results: SurveyResults): unknown {
    // One service's results have no groups to compare.
    if (results.serviceId !== null || results.groups.length === 0) return nothing;
    const { t, format } = this;
    const byService = results.groups.some((group) => group.serviceId !== null);
    return html`<div class="groups" part="groups">
      <div id="groups-heading" role="heading" aria-level=${subheadingLevel(this.level)}>
        ${byService ? t.groupsByService : t.groupsByAgency}
      </div>
      <ol class="group-list" aria-labelledby="groups-heading">
        ${results.groups.map(
          (group) =>
            html`<li class="group" part="group" data-grade=${group.grade}>
              <span class="group-name">${this.groupName(names, group)}</span>
              <span class="group-figures">
                <span class="nowrap">${t.groupIndex(this.numbers.decimal(group.index))}</span>
                · <span class="nowrap">${this.gradeText(group.grade)}</span> ·
                <span class="nowrap">${t.respondents(group.respondents, format.number(group.respondents))}</span>
              </span>
            </li>`,
        )}
      </ol>
    </div>`;
  }

  /** The suggestions section: shown only with a staff token. */
  private renderSuggestions(): unknown {
    const { t } = this;
    if (this.#token === null && !this.#tokenUnusable) return nothing;
    const level = subheadingLevel(this.level);
    return html`<div class="suggestions" part="suggestions">
      <div id="suggestions-heading" role="heading" aria-level=${level}>${t.suggestionsHeading}</div>
      <p class="muted">${t.suggestionsNote}</p>
      ${this.#tokenUnusable ? errorPanel(t, t.tokenUnusable, null, null) : this.renderSuggestionPages()}
    </div>`;
  }

  private renderSuggestionPages(): unknown {
    const { t } = this;
    const task = this.suggestions;
    switch (task.state) {
      case 'loading':
        return html`<ul class="suggestion-list" aria-hidden="true">
          ${[1, 2].map(() => html`<li class="suggestion">${bone('long')}${bone('short')}</li>`)}
        </ul>`;
      case 'error':
        return errorPanelFor(t, task.error, task.retry);
      case 'unconfigured':
        return nothing;
      default:
        break;
    }
    const first = task.value;
    if (!first) return nothing;
    const pages = this.#pagesFrom(first);
    const stale =
      task.state === 'stale'
        ? staleNotice(t, 'failed', this.format.instantTime(task.loadedAt ?? new Date()), task.retry)
        : nothing;
    if (pages.items.length === 0) return html`${stale}${emptyState(t.suggestionsEmpty)}`;
    return html`${stale}
      <ul class="suggestion-list">
        ${pages.items.map((item) => this.renderSuggestion(item))}
      </ul>
      ${pages.error === undefined ? nothing : errorPanelFor(t, pages.error, this.#loadMore)}
      ${
        pages.nextCursor === null
          ? nothing
          : html`<button
              type="button"
              class="more"
              part="more-button"
              ?disabled=${pages.loading}
              @click=${this.#loadMore}
            >
              ${pages.loading ? t.loadingMore : t.loadMore}
            </button>`
      }
      <p class="visually-hidden more-status" role="status">
        ${pages.added === null ? '' : t.moreLoaded(pages.added, this.format.number(pages.added))}
      </p>`;
  }

  private renderSuggestion(item: SurveySuggestion): TemplateResult {
    const service = this.results.value?.names.services.get(item.serviceId);
    const serviceName = service ? localizedString(service.name, this.resolvedLocale) : item.serviceId;
    return html`<li class="suggestion" part="suggestion" tabindex="-1">
      <p class="suggestion-text">${item.text}</p>
      <p class="muted">${this.t.suggestionMeta(isolated(serviceName), this.format.date(item.date))}</p>
    </li>`;
  }

  /** The pages shown after `first`: the ones loaded with "Muat lebih banyak", or `first` alone after a reload. */
  #pagesFrom(first: Page<SurveySuggestion>): SuggestionPages {
    if (this.#pages?.first !== first) {
      this.#pages = {
        first,
        items: first.items,
        nextCursor: first.nextCursor,
        loading: false,
        error: undefined,
        added: null,
      };
    }
    return this.#pages;
  }

  readonly #loadMore = (): void => {
    void this.#fetchMore();
  };

  /** Whether `pages` still follow the first page shown (no reload started the pages over meanwhile). */
  #stillShown(pages: SuggestionPages): boolean {
    return this.#pages?.first === pages.first;
  }

  async #fetchMore(): Promise<void> {
    const staff = this.#staffCore();
    const results = this.results.value?.results;
    const pages = this.#pages;
    if (!staff || !results || !pages || pages.loading || pages.nextCursor === null) return;
    this.#pages = { ...pages, loading: true, error: undefined, added: null };
    this.requestUpdate();
    try {
      const page = await surveyResource(staff).suggestions({ ...scopeOf(results), cursor: pages.nextCursor });
      // A reload (another period, another token) meanwhile started the pages over: this page belongs to none.
      if (!this.#stillShown(pages)) return;
      this.#focusSuggestion = page.items.length > 0 ? pages.items.length : null;
      this.#pages = {
        ...pages,
        items: [...pages.items, ...page.items],
        nextCursor: page.nextCursor,
        loading: false,
        added: page.items.length,
      };
    } catch (error) {
      if (!this.#stillShown(pages)) return;
      this.#pages = { ...pages, loading: false, error };
    }
    this.requestUpdate();
  }

  readonly #onPeriodChange = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    if (isSurveyPeriod(value)) this.period = value;
  };

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#focusSuggestion === null) return;
    const item = this.renderRoot.querySelectorAll<HTMLElement>('[part~="suggestion"]')[this.#focusSuggestion];
    this.#focusSuggestion = null;
    // The first new suggestion, so keyboard and screen reader users read on where the page continues.
    item?.focus();
  }

  /**
   * The loading skeleton: the boxes of the figures, the sample, the chart of
   * the nine elements (their names wrapped as on a phone) and two groups, as
   * tall as the results of a typical MPP; hidden from screen readers, which
   * hear the status line.
   */
  private renderSkeleton(): TemplateResult {
    const tile = (figure: string): TemplateResult =>
      html`<div>
        <dt>${bone('short')}</dt>
        <dd><span class=${figure}>${bone()}</span></dd>
      </div>`;
    return html`<dl class="summary facts" aria-hidden="true">${tile('figure')} ${tile('figure')} ${tile('')}</dl>
      <div class="sample" aria-hidden="true">
        <p>${boneLines(2)}</p>
        <p>${boneLines(2)}</p>
      </div>
      ${barChartSkeleton({ descriptionLines: 3, toggleLines: 2, labelLines: [1, 1, 1, 1, 1, 1, 1, 2, 1] })}
      <div class="groups" aria-hidden="true">
        <div>${bone('short')}</div>
        <div class="group-list">
          ${[1, 2].map(
            (figureLines) =>
              html`<div class="group">
                <span class="group-name">${bone()}</span><span class="group-figures">${boneLines(figureLines)}</span>
              </div>`,
          )}
        </div>
      </div>`;
  }
}

/** The range and scope of loaded results, as a query for the suggestions of the same visits. */
function scopeOf(results: SurveyResults): { from: string; to: string; agencyId?: string; serviceId?: string } {
  return {
    from: results.from,
    to: results.to,
    ...(results.agencyId === null ? {} : { agencyId: results.agencyId }),
    ...(results.serviceId === null ? {} : { serviceId: results.serviceId }),
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'mpp-survey-results': MppSurveyResults;
  }
}
