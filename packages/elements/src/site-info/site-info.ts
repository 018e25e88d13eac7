import {
  localDateOf,
  openingAt,
  upcomingHolidays,
  weekdayOf,
  type DayHours,
  type Facility,
  type Holiday,
  type NextOpening,
  type OpeningState,
  type Site,
  type Weekday,
} from '@mpp-kit/contract';
import { siteResource } from '@mpp-kit/sdk';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { clampHeadingLevel, subheadingLevel } from '../core/heading-level.js';
import { clockIcon, icon } from '../core/icons.js';
import { isolated, localized, localizedString } from '../core/localized.js';
import { MinuteClock } from '../core/minute-clock.js';
import { MppElement } from '../core/mpp-element.js';
import { dateForm, numberForm } from '../core/property-forms.js';
import { safeUrl } from '../core/safe-url.js';
import { LazyTable, type Translations } from '../i18n/translations.js';
import { baseStyles } from '../styles/base.js';
import { siteInfoId, type SiteInfoStrings } from './i18n/id.js';
import { facilityIcons, statusIcons } from './icons.js';
import { siteInfoStyles } from './site-info.styles.js';

const translations: Translations<SiteInfoStrings> = {
  id: siteInfoId,
  en: /* @__PURE__ */ new LazyTable(() => import('./i18n/en.js').then((module) => module.siteInfoEn)),
};

/** Bone lines of the loading skeleton, in the same boxes as the text they stand for. */
const bone = (size = ''): TemplateResult => html`<span class="bone ${size}">&nbsp;</span>`;

/**
 * The MPP's card: its name and address, whether it is open right now (in the
 * site's time zone, with breaks and holidays: "Buka · tutup pukul 15.00",
 * "Istirahat salat Jumat sampai 13.00", "Tutup hari ini: Hari Raya
 * Idulfitri"), the week's opening hours with today highlighted, upcoming
 * closures, and the facilities for visitors. The status is re-evaluated every
 * minute.
 *
 * @summary The MPP's name, address, opening status, weekly hours and facilities.
 * @tagname mpp-site-info
 * @csspart card - The card around all content.
 * @csspart name - The MPP's name (a heading of level `heading-level`).
 * @csspart address - The postal address.
 * @csspart status - The "open now" line.
 * @csspart hours - The opening hours section (weekly table and upcoming closures).
 * @csspart hours-table - The weekly hours table.
 * @csspart facilities - The facilities section (heading and list).
 * @csspart facility - One facility.
 * @example
 * ```html
 * <script type="module" src="https://cdn.jsdelivr.net/npm/@mpp-kit/elements/dist/mpp-kit.min.js"></script>
 * <mpp-site-info api-base="https://mpp.kedirikota.go.id/api"></mpp-site-info>
 * ```
 */
export class MppSiteInfo extends MppElement<SiteInfoStrings> {
  /** The shadow root's styles: {@link baseStyles}, then the card's own. */
  static override styles = [...baseStyles, siteInfoStyles];

  static override properties: PropertyDeclarations = {
    now: { form: dateForm },
    headingLevel: { attribute: 'heading-level', form: numberForm },
  };

  /**
   * The instant to evaluate the opening status at, instead of the real time
   * (for demos and tests), e.g. `2026-03-06T11:30:00+07:00`. Unset: now, updated every minute.
   * A `Date`, or ISO 8601 text set as the attribute or the property (as React
   * and Vue do); other text shows a configuration error.
   */
  declare now: Date | undefined;

  /** The level of the card's heading (the MPP's name), 1 to 6; its sections use the next level. */
  headingLevel = 2;

  protected readonly translations = translations;

  private readonly clock = new MinuteClock(this);

  private readonly site = this.createApiTask({
    load: (core, _args, signal) => siteResource(core).get({ signal }),
  });

  private get level(): number {
    return clampHeadingLevel(this.headingLevel);
  }

  protected renderContent(): unknown {
    return this.renderTask(this.site, {
      loading: () => this.renderSkeleton(),
      ready: (site) => this.renderSite(site),
    });
  }

  private renderSite(site: Site): TemplateResult {
    const now = this.now ?? this.clock.now;
    const level = this.level;
    return html`<article class="card" part="card" aria-labelledby="name">
      <header class="head">
        <div id="name" class="name" part="name" role="heading" aria-level=${level}>${site.name}</div>
        ${this.renderAddress(site)}
      </header>
      ${this.renderStatus(openingAt(site, now))}
      <div class="sections">
        <div class="section" part="hours">
          <div id="hours-heading" role="heading" aria-level=${subheadingLevel(level)}>${this.t.hoursHeading}</div>
          ${this.renderWeek(site, weekdayOf(localDateOf(now, site.timeZone)))}
          ${this.renderHolidays(upcomingHolidays(site, now), subheadingLevel(level, 2))}
        </div>
        <div class="section" part="facilities">
          <div id="facilities-heading" role="heading" aria-level=${subheadingLevel(level)}>
            ${this.t.facilitiesHeading}
          </div>
          ${this.renderFacilities(site.facilities)}
        </div>
      </div>
    </article>`;
  }

  private renderAddress(site: Site): TemplateResult {
    const { address, contact } = site;
    const { t } = this;
    const map = address.geo
      ? safeUrl(
          `https://www.openstreetmap.org/?mlat=${address.geo.lat}&mlon=${address.geo.lng}#map=18/${address.geo.lat}/${address.geo.lng}`,
        )
      : null;
    const website = safeUrl(contact?.website);
    const links = [
      map ? html`<li><a href=${map}>${t.mapLink}</a></li>` : null,
      contact?.website
        ? html`<li>
            ${t.website}: ${website ? html`<a href=${website}>${new URL(website).host}</a>` : contact.website}
          </li>`
        : null,
      contact?.phone ? html`<li>${t.phone}: ${contact.phone}</li>` : null,
      contact?.email ? html`<li>${t.email}: ${contact.email}</li>` : null,
    ].filter(Boolean);
    return html`<address class="address" part="address">
        <bdi>${address.street}</bdi><br /><bdi>${address.city}</bdi>, <bdi>${address.province}</bdi>${
          address.postalCode ? ` ${address.postalCode}` : ''
        }
      </address>
      ${
        links.length > 0
          ? html`<ul class="links">
              ${links}
            </ul>`
          : nothing
      }`;
  }

  private nextText(next: NextOpening | null): string | null {
    if (!next) return null;
    const time = this.format.time(next.time);
    if (next.inDays === 0) return this.t.opensToday(time);
    if (next.inDays === 1) return this.t.opensTomorrow(time);
    return this.t.opensOn(this.format.date(next.date), time);
  }

  private renderStatus(status: OpeningState): TemplateResult {
    const { t, format, resolvedLocale } = this;
    let head: string;
    let detail: string | null = null;
    if (status.kind === 'open') {
      head = t.statusOpen;
      detail = status.nextBreak ? t.breakAt(format.time(status.until)) : t.closesAt(format.time(status.until));
    } else if (status.kind === 'break') {
      head = t.breakUntil(isolated(localizedString(status.break.label, resolvedLocale)), format.time(status.break.end));
    } else {
      head = status.holiday
        ? t.closedToday(isolated(localizedString(status.holiday.name, resolvedLocale)))
        : t.statusClosed;
      detail = this.nextText(status.next);
    }
    return html`<p class="status ${status.kind}" part="status">
      ${icon(statusIcons[status.kind])}<span><strong>${head}</strong>${detail ? ` · ${detail}` : ''}</span>
    </p>`;
  }

  private renderHours(day: DayHours): unknown {
    const { t, format, resolvedLocale } = this;
    if (day.open === null || day.close === null) return t.closed;
    return html`<span class="nowrap">${format.timeRange(day.open, day.close)}</span>${day.breaks.map(
        (pause) =>
          html`<span class="detail"
            >${localized(pause.label, resolvedLocale)}
            <span class="nowrap">${format.timeRange(pause.start, pause.end)}</span></span
          >`,
      )}`;
  }

  private renderWeek(site: Site, today: Weekday): TemplateResult {
    const { t, format } = this;
    if (site.openingHours.every((day) => day.open === null)) return html`<p class="muted">${t.noHours}</p>`;
    return html`<table part="hours-table">
      <thead class="visually-hidden">
        <tr>
          <th scope="col">${t.dayColumn}</th>
          <th scope="col">${t.hoursColumn}</th>
        </tr>
      </thead>
      <tbody>
        ${site.openingHours.map((day) => {
          const isToday = day.weekday === today;
          return html`<tr class=${isToday ? 'today' : ''} aria-current=${isToday ? 'date' : nothing}>
            <th scope="row">
              <span class="day nowrap">${format.weekday(day.weekday as Weekday)}</span>
              ${isToday ? html`<span class="today-label">(${t.today})</span>` : nothing}
            </th>
            <td>${this.renderHours(day)}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  private renderHolidays(holidays: Holiday[], level: number): unknown {
    if (holidays.length === 0) return nothing;
    const { t, format, resolvedLocale } = this;
    return html`<div role="heading" aria-level=${level}>${t.holidaysHeading}</div>
      <ul class="list">
        ${holidays.map(
          (holiday) =>
            html`<li>
              <span class="item-name">${format.date(holiday.date)}</span>
              <span class="detail">${localized(holiday.name, resolvedLocale)}</span>
            </li>`,
        )}
      </ul>`;
  }

  private renderFacilities(facilities: Facility[]): TemplateResult {
    const locale = this.resolvedLocale;
    if (facilities.length === 0) return html`<p class="muted">${this.t.noFacilities}</p>`;
    return html`<ul class="list facilities">
      ${facilities.map(
        (facility) =>
          html`<li class="item" part="facility">
            ${icon(facilityIcons[facility.kind])}
            <div>
              <span class="item-name">${localized(facility.name, locale)}</span>
              ${facility.description ? html`<span class="detail">${localized(facility.description, locale)}</span>` : nothing}
            </div>
          </li>`,
      )}
    </ul>`;
  }

  /**
   * The loading skeleton: the card's boxes without content, as many lines as a
   * typical MPP's card has on a phone (a name and an address that wrap once
   * more on a phone than on a wider card, a break under each weekday's hours,
   * ten facilities with a description), so
   * the page below does not move when the data arrives; hidden from screen
   * readers, which hear the status line.
   */
  private renderSkeleton(): TemplateResult {
    const lines = (count: number): TemplateResult[] =>
      Array.from(
        { length: count },
        (_, index) => html`${index > 0 ? html`<br />` : nothing}${bone(index === count - 1 ? 'short' : 'long')}`,
      );
    const rows = [3, 3, 3, 3, 2, 0, 0].map(
      (breakLines) =>
        html`<tr>
          <th>${bone('short')}</th>
          <td>${bone()}${breakLines > 0 ? html`<span class="detail">${lines(breakLines)}</span>` : nothing}</td>
        </tr>`,
    );
    return html`<div class="card" part="card" aria-hidden="true">
      <div class="head">
        <div class="name">
          ${bone('long')}<span class="narrow-only"><br />${bone('short')}</span>
        </div>
        <address class="address">
          ${bone('long')}<br />${bone()}<span class="narrow-only"><br />${bone('short')}</span>
        </address>
        <ul class="links">
          <li class="bone short">&nbsp;</li>
        </ul>
      </div>
      <p class="status">${icon(clockIcon)}<span>${bone()}</span></p>
      <div class="sections">
        <div class="section">
          <div>${bone('short')}</div>
          <table>
            <tbody>
              ${rows}
            </tbody>
          </table>
        </div>
        <div class="section">
          <div>${bone('short')}</div>
          <ul class="list facilities">
            ${[4, 4, 4, 3, 3, 4, 4, 4, 4, 4].map(
              (count) =>
                html`<li class="item">
                  ${icon(clockIcon)}
                  <div><span class="item-name">${bone()}</span><span class="detail">${lines(count - 1)}</span></div>
                </li>`,
            )}
          </ul>
        </div>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mpp-site-info': MppSiteInfo;
  }
}
