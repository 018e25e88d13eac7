import type { Agency, LocalDate, Stats, StatsBucket, StatsOverview } from '@mpp-kit/contract';
import { agenciesResource, statsResource, type ClientCore } from '@mpp-kit/sdk';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { barChart } from '../charts/bar-chart.js';
import { chartStyles } from '../charts/chart.styles.js';
import { barChartSkeleton, timeChartSkeleton } from '../charts/skeletons.js';
import { timeChart, type TimeChartPoint, type TimeChartSeries } from '../charts/time-chart.js';
import { clampHeadingLevel, subheadingLevel } from '../core/heading-level.js';
import { MppElement } from '../core/mpp-element.js';
import { numberForm } from '../core/property-forms.js';
import { emptyState } from '../core/states.js';
import { LazyTable, type Translations } from '../i18n/translations.js';
import { baseStyles } from '../styles/base.js';
import { calendarNamesFor, type CalendarNames } from './calendar.js';
import { visitorStatsId, type VisitorStatsStrings } from './i18n/id.js';
import { statsQueryFor, toVisitorStatsRange, VISITOR_STATS_RANGES, type VisitorStatsRange } from './ranges.js';
import { visitorStatsStyles } from './visitor-stats.styles.js';

const translations: Translations<VisitorStatsStrings> = {
  id: visitorStatsId,
  en: /* @__PURE__ */ new LazyTable(() => import('./i18n/en.js').then((module) => module.visitorStatsEn)),
};

/** What one load brings: the statistics of the period, and the agencies to name the ranking by (`null` if they failed). */
interface Loaded {
  readonly stats: Stats;
  readonly agencies: readonly Agency[] | null;
}

/**
 * What the element last learnt from a server: the site's today and the
 * overview. A period's query needs today in the site's time zone, which only
 * the server knows; and the overview (the same for every period) stays on
 * screen while another period loads.
 */
interface Anchor {
  readonly core: ClientCore;
  readonly today: LocalDate;
  readonly overview: StatsOverview;
}

/** Bone lines of the loading skeleton. */
const bone = (size = ''): TemplateResult => html`<span class="bone ${size}">&nbsp;</span>`;

/**
 * The MPP's visitor statistics, ready to publish on a portal: the visitors at
 * a glance (since the first record, this month, today), the agencies ranked
 * by visitors as a bar chart, and visitors over time as a column chart, for a
 * period the visitor picks (the last 30 days per day, the last 12 months per
 * month, or since opening per month). Visitors recorded before the queue
 * system (historical totals imported with the site's data) are drawn and
 * tabulated apart from those it recorded itself. Every chart has its data as
 * a table one click away, for screen readers and for copying. Counts only:
 * nothing about a person is shown or asked for.
 *
 * @summary Visitor statistics: totals, agencies ranked by visitors, visitors over time.
 * @tagname mpp-visitor-stats
 * @csspart card - The card around all content.
 * @csspart heading - The element's heading (level `heading-level`).
 * @csspart overview - The visitors at a glance (a list of three figures).
 * @csspart overview-item - One figure of the overview.
 * @csspart period - The group of period choices.
 * @csspart period-option - One period choice (its radio button and label).
 * @csspart chart - Each chart (a figure with its caption, drawing and data table).
 * @csspart ranking-chart - The chart of agencies ranked by visitors.
 * @csspart time-chart - The chart of visitors over time.
 * @csspart chart-bar - A bar of the ranking chart (an SVG; its fill is the primary colour).
 * @csspart chart-plot - The drawing of the time chart (an SVG).
 * @csspart chart-legend - The legend of the time chart, when imported and recorded visitors are both shown.
 * @csspart chart-table-toggle - The button that shows or hides a chart's data table.
 * @csspart chart-table - A chart's data table.
 * @csspart empty - The sentence shown instead of the charts when the period has no visitors.
 * @example
 * ```html
 * <script type="module" src="https://cdn.jsdelivr.net/npm/@mpp-kit/elements/dist/mpp-kit.min.js"></script>
 * <mpp-visitor-stats api-base="https://mpp.kedirikota.go.id/api" range="12-months"></mpp-visitor-stats>
 * ```
 */
export class MppVisitorStats extends MppElement<VisitorStatsStrings> {
  /** The shadow root's styles: {@link baseStyles}, the shared chart styles, then the element's own. */
  static override styles = [...baseStyles, chartStyles, visitorStatsStyles];

  static override properties: PropertyDeclarations = {
    range: {},
    headingLevel: { attribute: 'heading-level', form: numberForm },
  };

  /**
   * The period shown: `30-days` (the last 30 days, per day), `12-months` (the
   * last 12 months, per month) or `all` (since the first record, per month).
   * The visitor's choice in the period selector sets it; an unknown value
   * means `30-days`.
   */
  range: VisitorStatsRange = '30-days';

  /** The level of the element's heading, 1 to 6; its charts' titles use the next level. */
  headingLevel = 2;

  protected readonly translations = translations;

  private anchor: Anchor | undefined;

  /** The charts whose data table the visitor opened, so it is open again after another period loads. */
  private readonly openTables = new Set<string>();

  /** The table toggle handler of each chart, made once so re-renders do not re-bind listeners. */
  private readonly tableToggles = new Map<string, (open: boolean) => void>();

  private readonly stats = this.createApiTask({
    args: () => [toVisitorStatsRange(this.range)] as const,
    load: async (core, [range], signal): Promise<Loaded> => {
      // The names are a nicety: without them the ranking still shows, by the agencies' ids.
      const agencies = agenciesResource(core)
        .list({ signal })
        .then((page) => page.items)
        .catch(() => null);
      const resource = statsResource(core);
      let anchor = this.anchor?.core === core ? this.anchor : undefined;
      let stats: Stats | undefined;
      if (!anchor) {
        // The server's default query (the last 30 days, per day) also tells the site's today.
        stats = await resource.get({ period: 'day' }, { signal });
        anchor = { core, today: stats.today, overview: stats.overview };
        if (range !== '30-days') stats = undefined;
      }
      stats ??= await resource.get(statsQueryFor(range, anchor.today, anchor.overview.since), { signal });
      // Every answer renews the anchor, so a page left open past midnight asks for the new day next time.
      this.anchor = { core, today: stats.today, overview: stats.overview };
      return { stats, agencies: await agencies };
    },
  });

  private get level(): number {
    return clampHeadingLevel(this.headingLevel);
  }

  private get calendar(): CalendarNames {
    return calendarNamesFor(this.resolvedLocale);
  }

  protected renderContent(): unknown {
    const task = this.stats;
    if (task.state === 'unconfigured') {
      return this.renderTask(task, { loading: () => nothing, ready: () => nothing });
    }
    return html`<section class="card" part="card" aria-labelledby="heading">
      <div id="heading" class="heading" part="heading" role="heading" aria-level=${this.level}>${this.t.heading}</div>
      ${this.renderOverview()} ${this.renderRanges()}
      <div class="charts">
        ${this.renderTask(task, {
          loading: () => this.renderChartsSkeleton(),
          ready: (loaded) => this.renderCharts(loaded),
        })}
      </div>
    </section>`;
  }

  /**
   * The overview of the data shown (stale data included), else of the latest
   * answer of the current server while another period loads; the skeleton before any.
   */
  private renderOverview(): TemplateResult | typeof nothing {
    const shown = this.stats.value?.stats;
    const anchor = shown ?? (this.anchor && this.anchor.core === this.clientChoice() ? this.anchor : undefined);
    const { t, format, calendar } = this;
    if (!anchor) {
      if (this.stats.state === 'error') return nothing;
      return html`<dl class="facts overview" part="overview" aria-hidden="true">
        ${[1, 2, 3].map(
          () =>
            html`<div>
              <dt>${bone('long')}</dt>
              <dd>${bone('short')}</dd>
            </div>`,
        )}
      </dl>`;
    }
    const { overview, today } = anchor;
    const facts: [string, number][] = [
      [overview.since ? t.totalSince(calendar.day(overview.since)) : t.totalNoDate, overview.total],
      [t.thisMonth(calendar.month(today)), overview.thisMonth],
      [t.today, overview.today],
    ];
    return html`<dl class="facts overview" part="overview">
      ${facts.map(
        ([label, value]) =>
          html`<div part="overview-item">
            <dt>${label}</dt>
            <dd>${format.number(value)}</dd>
          </div>`,
      )}
    </dl>`;
  }

  private renderRanges(): TemplateResult {
    const { t } = this;
    const selected = toVisitorStatsRange(this.range);
    const labels: Record<VisitorStatsRange, string> = {
      '30-days': t.range30Days,
      '12-months': t.range12Months,
      all: t.rangeAll,
    };
    return html`<fieldset class="ranges" part="period">
      <legend>${t.periodLegend}</legend>
      <div class="range-options">
        ${VISITOR_STATS_RANGES.map(
          (range) =>
            html`<label class="range-option" part="period-option">
              <input
                type="radio"
                name="range"
                value=${range}
                .checked=${range === selected}
                @change=${this.onRangeChange}
              />
              <span>${labels[range]}</span>
            </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private readonly onRangeChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (input.checked) this.range = toVisitorStatsRange(input.value);
  };

  private renderCharts({ stats, agencies }: Loaded): TemplateResult {
    const { t, format, calendar } = this;
    // A range always has buckets; no bucket (a backend breaking that promise) is nothing to chart either.
    const [first] = stats.series;
    if (stats.totals.visitors === 0 || !first) return emptyState(t.empty);
    const names = new Map(agencies?.map((agency) => [agency.id, agency.shortName]));
    const range = t.rangeText(calendar.day(stats.from), calendar.day(stats.to));
    const level = subheadingLevel(this.level);
    return html`${barChart({
      id: 'ranking-chart',
      title: t.rankingTitle,
      description: range,
      headingLevel: level,
      bars: stats.groups
        .filter((group) => group.counts.visitors > 0)
        .map((group) => ({ label: names.get(group.agencyId) ?? group.agencyId, value: group.counts.visitors })),
      format: (value) => format.number(value),
      ranked: true,
      labelHeader: t.agencyColumn,
      valueHeader: t.visitorsColumn,
      tableToggle: t.tableToggle(t.rankingTitle),
      ...this.tableState('ranking-chart'),
    })}
    ${this.renderTimeChart(stats, first, range, level)}`;
  }

  private renderTimeChart(stats: Stats, first: StatsBucket, range: string, level: number): TemplateResult {
    const { t, format } = this;
    const title = { day: t.perDayTitle, week: t.perWeekTitle, month: t.perMonthTitle }[stats.period];
    const historical = stats.totals.historical;
    // Two series only when the period holds imported totals: otherwise every visitor was recorded live.
    const series: TimeChartSeries[] =
      historical > 0
        ? [
            { name: t.historicalSeries, style: 'outline' },
            { name: t.liveSeries, style: 'solid' },
          ]
        : [{ name: t.visitorsColumn, style: 'solid' }];
    const points = stats.series.map((bucket) => ({
      ...this.bucketNames(bucket, stats.period),
      values:
        historical > 0
          ? [bucket.counts.historical, bucket.counts.visitors - bucket.counts.historical]
          : [bucket.counts.visitors],
    }));
    const busiest = stats.series.reduce(
      (best, bucket) => (bucket.counts.visitors > best.counts.visitors ? bucket : best),
      first,
    );
    const summary = [
      t.timeSummary(
        format.number(stats.totals.visitors),
        range,
        this.bucketNames(busiest, stats.period).label,
        format.number(busiest.counts.visitors),
      ),
      historical > 0 ? t.historicalSummary(format.number(historical)) : '',
    ]
      .filter(Boolean)
      .join(' ');
    return timeChart({
      id: 'time-chart',
      title,
      description: range,
      headingLevel: level,
      summary,
      series,
      points,
      format: (value) => format.number(value),
      periodHeader: { day: t.dayColumn, week: t.weekColumn, month: t.monthColumn }[stats.period],
      totalHeader: t.totalColumn,
      tableToggle: t.tableToggle(title),
      ...this.tableState('time-chart'),
    });
  }

  /** Whether a chart's data table is open, and how the chart tells the element when the visitor toggles it. */
  private tableState(id: string): { tableOpen: boolean; onTableToggle: (open: boolean) => void } {
    let onTableToggle = this.tableToggles.get(id);
    if (!onTableToggle) {
      onTableToggle = (open) => {
        if (open) this.openTables.add(id);
        else this.openTables.delete(id);
      };
      this.tableToggles.set(id, onTableToggle);
    }
    return { tableOpen: this.openTables.has(id), onTableToggle };
  }

  /** A bucket's full name (the table's row header) and its short name (under the axis). */
  private bucketNames(bucket: StatsBucket, period: Stats['period']): Omit<TimeChartPoint, 'values'> {
    const { format, calendar, t } = this;
    if (period === 'month')
      return { label: calendar.month(bucket.start), axisLabel: calendar.shortMonth(bucket.start) };
    if (period === 'week') {
      return {
        label: t.rangeText(calendar.day(bucket.start), calendar.day(bucket.end)),
        axisLabel: format.date(bucket.start, 'short'),
      };
    }
    return { label: format.date(bucket.start), axisLabel: format.date(bucket.start, 'short') };
  }

  /**
   * The charts' skeleton: both charts' boxes without content, as tall as the
   * charts of a typical day (the four busiest agencies, captions and toggles
   * wrapped as on a phone); hidden from screen readers, which hear the status line.
   */
  private renderChartsSkeleton(): TemplateResult {
    return html`${barChartSkeleton({ descriptionLines: 2, toggleLines: 2, labelLines: [1, 1, 1, 1] })}
    ${timeChartSkeleton({ descriptionLines: 2, toggleLines: 2 })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mpp-visitor-stats': MppVisitorStats;
  }
}
