import {
  counterInScope,
  openingAt,
  scopeQueueSnapshot,
  type Agency,
  type Locale,
  type OpeningState,
  type QueueCall,
  type QueueCounter,
  type QueueLine,
  type QueueSnapshot,
  type ServiceSummary,
  type Site,
} from '@mpp-kit/contract';
import { isMppApiError, siteResource, type ConnectionState, type MppError, type SubscribeOptions } from '@mpp-kit/sdk';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import { errorDetailOf, mppEvent } from '../core/events.js';
import { clampHeadingLevel, subheadingLevel } from '../core/heading-level.js';
import { LiveQueue } from '../core/live-queue.js';
import { localized, localizedString } from '../core/localized.js';
import { MinuteClock } from '../core/minute-clock.js';
import { MppElement } from '../core/mpp-element.js';
import { numberForm } from '../core/property-forms.js';
import { errorPanel, errorPanelFor, staleNotice, staleReasonOf, emptyState } from '../core/states.js';
import { LazyTable, type Translations } from '../i18n/translations.js';
import { baseStyles } from '../styles/base.js';
import { loadCatalog } from '../core/catalog-data.js';
import { CallAnnouncer } from './call-announcer.js';
import { queueStatusId, type QueueStatusStrings } from './i18n/id.js';
import { PoliteAnnouncer } from './polite-announcer.js';
import { queueStatusStyles } from './queue-status.styles.js';
import { compactSkeleton } from './skeleton.js';
import { browserSpeaker, type QueueSpeaker } from './speaker.js';

const translations: Translations<QueueStatusStrings> = {
  id: queueStatusId,
  en: /* @__PURE__ */ new LazyTable(() => import('./i18n/en.js').then((module) => module.queueStatusEn)),
};

/** How the element shows the queue: a portal card, or the waiting-room TV. */
export type QueueStatusMode = 'compact' | 'board';

/** A counter's state as the element shows it: its status, and `idle` for an open counter serving nobody. */
export type CounterDisplayState = 'open' | 'idle' | 'paused' | 'closed';

/** What the element needs besides the queue: the site (time zone, hours) and the names of agencies and services. */
interface Names {
  readonly site: Site;
  readonly agencies: ReadonlyMap<string, Agency>;
  readonly services: ReadonlyMap<string, ServiceSummary>;
}

/** What is on screen: the live feed's data, or the copy taken when the visitor paused updates. */
interface QueueView {
  readonly snapshot: QueueSnapshot;
  readonly calls: readonly QueueCall[];
  readonly state: ConnectionState;
  readonly confirmedAt: Date | null;
  readonly now: Date;
}

/** Latest calls the board shows: the newest large, these many more below it. */
const BOARD_CALLS = 5;
/** Waiting lines the board shows at most (the busiest scopes have dozens: the rest is counted). */
const BOARD_LINES = 6;

/**
 * Columns of the board's counter grid for `count` counters: landscape, every
 * tile on screen (20 counters: 5 columns of 4); the `limits[i]` counters fit `i + 1` columns.
 */
function boardColumns(count: number): number {
  const limits = [1, 4, 9, 12, 20, 30, 42];
  const index = limits.findIndex((limit) => count <= limit);
  return index === -1 ? limits.length + 1 : index + 1;
}

/**
 * Whether `error` is the stream being refused (a backend without one) while the
 * subscription polls instead: no failure to show, the first poll brings the data.
 */
function streamRefused(error: MppError, state: ConnectionState): boolean {
  return state === 'polling' && isMppApiError(error) && [404, 405, 406, 501].includes(error.status);
}

function counterState(counter: QueueCounter): CounterDisplayState {
  if (counter.status !== 'open') return counter.status;
  return counter.serving ? 'open' : 'idle';
}

/** A call's identity in a list (a recall is a row of its own). */
const callKey = (call: QueueCall): string => `${call.ticket.id} ${call.at}`;

/**
 * The live queue of the MPP, one agency or one service: per counter the
 * number it serves (idle, paused and closed counters too), per service the
 * people waiting and the estimated wait, updated as numbers are called.
 *
 * Every queue element of a page follows one live stream per API (the
 * contract's `scopeQueueSnapshot` narrows it), falling back to polling while
 * the stream fails. The data is honest about its freshness: a connection
 * indicator says live, reconnecting, periodically updated or offline, and
 * anything not live shows "data per pukul 10.42". Times are the server's, in
 * the site's zone; closed hours and breaks are said in words.
 *
 * `mode="board"` is the waiting-room TV: full screen (the host is `100vh`
 * high unless the page sizes it), readable from across the room, 20 counters
 * without scrolling, the latest calls highlighted; after "Aktifkan suara"
 * each call plays a chime and is read aloud ("Nomor antrean A dua belas,
 * silakan menuju Loket tiga."), in `speech-locale`. Only calls made after the
 * element joined are read, never a call twice.
 *
 * New calls are also told to screen readers through a polite live region, at
 * most one announcement every few seconds (calls in between are told
 * together). "Jeda pembaruan" freezes the display and these announcements
 * (WCAG 2.2.2) until pressed again, when both catch up; the board's sound
 * follows only its mute toggle, so a hall keeps hearing its calls.
 *
 * @summary Live queue: now serving per counter, waiting and estimated wait per service; a card or a waiting-room board.
 * @tagname mpp-queue-status
 * @csspart queue - The element's content; `data-mode` is `compact` or `board`, `data-freshness` is `live` or `stale` (not live, or paused).
 * @csspart header - The heading row: title, scope, connection and controls.
 * @csspart title - The heading (level `heading-level`).
 * @csspart connection - The connection indicator; `data-state` is `connecting`, `live`, `reconnecting`, `polling` or `offline`.
 * @csspart opening - Why the MPP serves nobody now: closed (with the next opening) or a break.
 * @csspart controls - The pause and sound controls.
 * @csspart pause-button - The "pause updates" toggle (`aria-pressed`).
 * @csspart paused-note - The note shown while updates are paused.
 * @csspart sound-button - The board's "enable sound" button.
 * @csspart mute-button - The board's mute toggle (`aria-pressed`).
 * @csspart sound-note - A note about sound: the device cannot play any, or has no voice of the speech language.
 * @csspart counters - The list of counters.
 * @csspart counter - One counter; `data-state` is `open`, `idle`, `paused` or `closed`.
 * @csspart counter-name - A counter's name.
 * @csspart counter-state - A counter's state in words.
 * @csspart number - The number a counter serves.
 * @csspart lines - The list of service lines.
 * @csspart line - One service's line.
 * @csspart latest-calls - The board's latest calls.
 * @csspart call - One of the board's latest calls (the newest also has `latest-call`).
 * @csspart empty - The sentence shown when the scope has no counter and no line.
 * @cssprop --mpp-board-font-size - The board's base text size. Default `2.2cqh` (24 px on a 1080p screen); tiles scale with their size.
 * @fires mpp-error - Loading the names failed, or the live queue started failing (once per outage); `detail` is an `MppErrorDetail`.
 * @example
 * ```html
 * <script type="module" src="https://cdn.jsdelivr.net/npm/@mpp-kit/elements/dist/mpp-kit.min.js"></script>
 * <mpp-queue-status api-base="https://mpp.kedirikota.go.id/api" agency="dukcapil"></mpp-queue-status>
 * <!-- the waiting-room TV -->
 * <mpp-queue-status api-base="https://mpp.kedirikota.go.id/api" mode="board"></mpp-queue-status>
 * ```
 */
export class MppQueueStatus extends MppElement<QueueStatusStrings> {
  /** The shadow root's styles: {@link baseStyles}, then the element's own. */
  static override styles = [...baseStyles, queueStatusStyles];

  static override properties: PropertyDeclarations = {
    agency: {},
    service: {},
    mode: { reflect: true },
    headingLevel: { attribute: 'heading-level', form: numberForm },
    speechLocale: { attribute: 'speech-locale' },
    subscribeOptions: { attribute: false },
    speaker: { attribute: false },
  };

  /** Only this agency's counters and lines (its id, e.g. `dukcapil`); unset: the whole MPP. */
  declare agency: string | undefined;

  /** Only this service's line and the counters that serve it (its id, e.g. `ktp-el`); unset: every service. */
  declare service: string | undefined;

  /** `compact`: a card for a portal page; `board`: the waiting-room TV, with sound. */
  mode: QueueStatusMode = 'compact';

  /** The level of the heading, 1 to 6; the card's sections use the next level. */
  headingLevel = 2;

  /**
   * The language the board reads calls in, `id` or `en`, whatever the display's
   * language: a hall's TV may show English and still call in Indonesian.
   */
  speechLocale: Locale = 'id';

  /**
   * Tuning of the live subscription (the SDK's `SubscribeOptions`: heartbeat,
   * reconnect delays, polling interval), used when this element is the first
   * on the page to open its API's stream. The defaults suit a portal and a
   * TV; tests and demos shrink the intervals.
   */
  declare subscribeOptions: SubscribeOptions | undefined;

  /**
   * The board's sound: the chime and the voice. Unset: the browser's own
   * (Web Audio and `speechSynthesis`). Set another {@link QueueSpeaker} to play
   * the hall's own chime, or to record what would be said in tests.
   */
  declare speaker: QueueSpeaker | undefined;

  protected readonly translations = translations;

  // Internal state, re-rendered by hand (`requestUpdate`): reactive state would be listed as attributes in the manifest.
  /** Whether the visitor paused the updates. */
  private paused = false;
  /** What the polite live region says now. */
  private announcement = '';
  private frozen: QueueView | null = null;
  private defaultSpeaker: QueueSpeaker | undefined;
  private lastFeedError: unknown = null;
  private scopedMemo: {
    snapshot: QueueSnapshot;
    agency: string | undefined;
    service: string | undefined;
    scoped: QueueSnapshot;
  } | null = null;
  private openingMemo: { site: Site; minute: number; opening: OpeningState } | null = null;

  private readonly names = this.createApiTask<Names>({
    load: async (core, _args, signal) => {
      const [catalog, site] = await Promise.all([loadCatalog(core, signal), siteResource(core).get({ signal })]);
      return {
        site,
        agencies: new Map(catalog.agencies.map((agency) => [agency.id, agency])),
        services: new Map(catalog.services.map((service) => [service.id, service])),
      };
    },
  });

  private readonly live = new LiveQueue(this, {
    client: () => this.clientChoice(),
    subscribeOptions: () => this.subscribeOptions,
    onCalls: (calls) => this.heard(calls),
  });

  private readonly voice = new CallAnnouncer(
    () => this.soundOutput(),
    () => (this.speechLocale === 'en' ? 'en' : 'id'),
  );

  private readonly polite = new PoliteAnnouncer({
    compose: (calls, total) => this.composeAnnouncement(calls, total),
    say: (text) => {
      this.announcement = text;
      this.requestUpdate();
    },
  });

  constructor() {
    super();
    // Re-renders every minute, as the opening state and the board's clock move on (the time is the server's).
    new MinuteClock(this);
  }

  /** The speaker in use: the `speaker` property, else the browser's (made when first needed). */
  private soundOutput(): QueueSpeaker {
    if (this.speaker) return this.speaker;
    this.defaultSpeaker ??= browserSpeaker();
    return this.defaultSpeaker;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.voice.stop();
    this.polite.clear();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Tell the page once per outage, not at every retry of the subscription.
    const error = this.live.feed?.error ?? null;
    if (error && !this.lastFeedError) this.dispatchEvent(mppEvent('mpp-error', errorDetailOf(error)));
    this.lastFeedError = error;
    if (changed.has('mode') && this.mode !== 'board') this.voice.stop();
  }

  /** The filter of the element's scope. */
  private get filter(): { agency?: string; service?: string } {
    return {
      ...(this.agency ? { agency: this.agency } : {}),
      ...(this.service ? { service: this.service } : {}),
    };
  }

  private inScope(call: QueueCall): boolean {
    const filter = this.filter;
    return counterInScope(call.counter, filter) && (!filter.service || call.ticket.serviceId === filter.service);
  }

  /** New calls from the feed (only those after the element joined). */
  private heard(calls: readonly QueueCall[]): void {
    const ours = calls.filter((call) => this.inScope(call));
    if (ours.length === 0) return;
    this.polite.add(ours);
    if (this.mode === 'board') this.voice.announce(ours);
  }

  private composeAnnouncement(calls: readonly QueueCall[], total: number): string {
    const { t } = this;
    const one = (call: QueueCall): string =>
      (call.recall ? t.announceRecall : t.announceCall)(call.ticket.number, call.counter.name);
    if (total <= 3 && calls.length === total) return calls.map(one).join(' ');
    const latest = calls[calls.length - 1] as QueueCall;
    return t.announceMany(this.format.number(total), one(latest));
  }

  /** What to show now: the frozen view while paused, else the feed's data (or `null` before the first snapshot). */
  private currentView(): QueueView | null {
    if (this.paused && this.frozen) return this.frozen;
    const feed = this.live.feed;
    if (!feed?.snapshot) return null;
    return {
      snapshot: feed.snapshot,
      calls: feed.recentCalls,
      state: feed.state,
      confirmedAt: feed.confirmedAt,
      now: feed.serverNow(),
    };
  }

  private readonly togglePause = (): void => {
    if (this.paused) {
      this.paused = false;
      this.frozen = null;
      this.polite.release();
    } else {
      this.frozen = this.currentView();
      this.paused = true;
      this.polite.hold();
    }
    this.requestUpdate();
  };

  private readonly enableSound = async (): Promise<void> => {
    await this.voice.enable();
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="mute-button"]')?.focus();
  };

  private readonly toggleMute = (): void => {
    this.voice.setMuted(!this.voice.muted);
    this.requestUpdate();
  };

  private scoped(snapshot: QueueSnapshot): QueueSnapshot {
    const { agency, service } = this;
    const memo = this.scopedMemo;
    if (memo && memo.snapshot === snapshot && memo.agency === agency && memo.service === service) return memo.scoped;
    const scoped = scopeQueueSnapshot(snapshot, this.filter);
    this.scopedMemo = { snapshot, agency, service, scoped };
    return scoped;
  }

  /** The opening state at `now`, computed once a minute (time-zone arithmetic is not free on every event). */
  private opening(site: Site, now: Date): OpeningState {
    const minute = Math.floor(now.getTime() / 60_000);
    const memo = this.openingMemo;
    if (memo && memo.site === site && memo.minute === minute) return memo.opening;
    const opening = openingAt(site, now);
    this.openingMemo = { site, minute, opening };
    return opening;
  }

  private get level(): number {
    return clampHeadingLevel(this.headingLevel);
  }

  protected renderContent(): unknown {
    return html`${this.renderBody()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
  }

  private renderBody(): unknown {
    const { t } = this;
    const names = this.names;
    if (names.state === 'unconfigured') return errorPanel(t, t.notConfigured, null, null);
    if (names.state === 'error') return errorPanelFor(t, names.error, names.retry);
    const feed = this.live.feed;
    const view = this.currentView();
    if (!view && feed?.error && !streamRefused(feed.error, feed.state)) return errorPanelFor(t, feed.error, null);
    if (!names.value || !view) return this.renderLoading();
    return this.mode === 'board' ? this.renderBoard(names.value, view) : this.renderCompact(names.value, view);
  }

  // ---- shared pieces ----

  private scopeName(names: Names): string | TemplateResult {
    const locale = this.resolvedLocale;
    const service = this.service ? names.services.get(this.service) : undefined;
    if (service) return localized(service.name, locale);
    const agency = this.agency ? names.agencies.get(this.agency) : undefined;
    return agency ? agency.name : names.site.name;
  }

  private freshness(view: QueueView): 'live' | 'stale' {
    return !this.paused && view.state === 'live' ? 'live' : 'stale';
  }

  private renderConnection(view: QueueView): TemplateResult {
    const { t } = this;
    const words: Record<ConnectionState, string> = {
      connecting: t.connectionConnecting,
      live: t.connectionLive,
      reconnecting: t.connectionReconnecting,
      polling: t.connectionPolling,
      offline: t.connectionOffline,
    };
    return html`<p class="connection" part="connection" data-state=${view.state}>
      <span class="dot" aria-hidden="true"></span><span class="visually-hidden">${t.connectionLabel}: </span
      ><span>${words[view.state]}</span>
    </p>`;
  }

  /** The stale notice, or the paused note, above the data. */
  private renderFreshness(names: Names, view: QueueView): unknown {
    const time = (date: Date | null): string => this.format.instantTime(date ?? view.now, names.site.timeZone);
    if (this.paused) {
      return html`<p class="notice" part="paused-note">${this.t.pausedNote(time(view.now))}</p>`;
    }
    const reason = staleReasonOf(view.state);
    return reason ? staleNotice(this.t, reason, time(view.confirmedAt)) : nothing;
  }

  /** Closed hours and breaks in words; nothing while the MPP is open. */
  private renderOpening(names: Names, view: QueueView): unknown {
    const { t, format } = this;
    const state = this.opening(names.site, view.now);
    if (state.kind === 'open') return nothing;
    const locale = this.resolvedLocale;
    let text: string;
    if (state.kind === 'break') {
      text = t.breakUntil(localizedString(state.break.label, locale), format.time(state.break.end));
    } else {
      const head = state.holiday ? t.closedHoliday(localizedString(state.holiday.name, locale)) : t.closedNow;
      const next = state.next;
      const when = !next
        ? null
        : next.inDays === 0
          ? t.opensToday(format.time(next.time))
          : next.inDays === 1
            ? t.opensTomorrow(format.time(next.time))
            : t.opensOn(format.date(next.date), format.time(next.time));
      text = when ? `${head} · ${when}` : head;
    }
    return html`<p class="opening" part="opening" data-kind=${state.kind}>${text}</p>`;
  }

  private renderPauseButton(): TemplateResult {
    return html`<button
      type="button"
      class="toggle"
      part="pause-button"
      aria-pressed=${this.paused ? 'true' : 'false'}
      @click=${this.togglePause}
    >
      ${this.t.pauseUpdates}
    </button>`;
  }

  private renderStateWord(state: CounterDisplayState): string {
    const { t } = this;
    return { open: t.counterOpen, idle: t.counterIdle, paused: t.counterPaused, closed: t.counterClosed }[state];
  }

  private renderNumber(counter: QueueCounter): TemplateResult {
    return counter.serving
      ? html`<span class="visually-hidden">${this.t.nowServing}: </span
          ><span class="number-text">${counter.serving.number}</span>`
      : html`<span aria-hidden="true">–</span
          ><span class="visually-hidden">${this.t.nowServing}: ${this.t.notServing}</span>`;
  }

  /** People waiting and the estimated wait; each part kept whole when the line wraps. */
  private waitText(line: QueueLine): TemplateResult {
    const { t, format } = this;
    const waiting = line.waiting === 0 ? t.nobodyWaiting : t.waiting(line.waiting, format.number(line.waiting));
    const seconds = line.estimatedWaitSeconds;
    const wait = seconds === null ? t.noCounterServing : t.estimatedWait(format.wait(seconds));
    return html`<span class="fact">${waiting}</span> · <span class="fact">${wait}</span>`;
  }

  private lineName(names: Names, line: QueueLine): string | TemplateResult {
    const service = names.services.get(line.serviceId);
    return service ? localized(service.name, this.resolvedLocale) : line.serviceId;
  }

  // ---- compact ----

  private renderCompact(names: Names, view: QueueView): TemplateResult {
    const { t } = this;
    const scoped = this.scoped(view.snapshot);
    const level = this.level;
    const empty = scoped.counters.length === 0 && scoped.services.length === 0;
    return html`<section
      class="card"
      part="queue"
      data-mode="compact"
      data-freshness=${this.freshness(view)}
      aria-labelledby="heading"
    >
      <div class="head" part="header">
        <div class="title-block">
          <div id="heading" class="title" part="title" role="heading" aria-level=${level}>${t.heading}</div>
          <p class="scope">${this.scopeName(names)}</p>
        </div>
        ${this.renderConnection(view)}
      </div>
      ${this.renderOpening(names, view)} ${this.renderFreshness(names, view)}
      <div class="controls" part="controls">${this.renderPauseButton()}</div>
      ${
        empty
          ? emptyState(t.emptyScope)
          : html`<div class="sections">
              ${
                scoped.counters.length > 0
                  ? html`<section class="section" aria-labelledby="counters-heading">
                      <div id="counters-heading" role="heading" aria-level=${subheadingLevel(level)}>
                        ${t.countersHeading}
                      </div>
                      <ul class="rows" part="counters">
                        ${repeat(
                          scoped.counters,
                          (counter) => counter.id,
                          (counter) => this.renderCounterRow(counter),
                        )}
                      </ul>
                    </section>`
                  : nothing
              }
              ${
                scoped.services.length > 0
                  ? html`<section class="section" aria-labelledby="lines-heading">
                      <div id="lines-heading" role="heading" aria-level=${subheadingLevel(level)}>
                        ${t.linesHeading}
                      </div>
                      <ul class="rows" part="lines">
                        ${repeat(
                          scoped.services,
                          (line) => line.serviceId,
                          (line) => this.renderLineRow(names, line),
                        )}
                      </ul>
                    </section>`
                  : nothing
              }
            </div>`
      }
    </section>`;
  }

  private renderCounterRow(counter: QueueCounter): TemplateResult {
    const state = counterState(counter);
    return html`<li class="row counter" part="counter" data-state=${state} data-counter=${counter.id}>
      <span class="counter-name" part="counter-name">${counter.name}</span>
      <span class="counter-state" part="counter-state">${this.renderStateWord(state)}</span>
      <span class="number" part="number">${this.renderNumber(counter)}</span>
    </li>`;
  }

  private renderLineRow(names: Names, line: QueueLine): TemplateResult {
    return html`<li class="row line" part="line" data-service=${line.serviceId}>
      <span class="prefix">${line.prefix}</span>
      <span class="line-name">${this.lineName(names, line)}</span>
      <span class="line-facts">${this.waitText(line)}</span>
    </li>`;
  }

  // ---- board ----

  private renderBoard(names: Names, view: QueueView): TemplateResult {
    const { t } = this;
    const scoped = this.scoped(view.snapshot);
    const level = this.level;
    const calls = view.calls.filter((call) => this.inScope(call)).slice(0, BOARD_CALLS);
    const newest = calls[0];
    return html`<div
      class="board"
      part="queue"
      data-mode="board"
      data-freshness=${this.freshness(view)}
      role="region"
      aria-labelledby="heading"
    >
      <div class="board-head" part="header">
        <div class="title-block">
          <div id="heading" class="title" part="title" role="heading" aria-level=${level}>${this.scopeName(names)}</div>
          <p class="scope">${t.heading}</p>
        </div>
        <p class="clock">${t.clock(this.format.instantTime(view.now, names.site.timeZone))}</p>
        ${this.renderConnection(view)}
        <div class="controls" part="controls">${this.renderPauseButton()} ${this.renderSoundControls()}</div>
      </div>
      <div class="board-notes">
        ${this.renderOpening(names, view)} ${this.renderFreshness(names, view)} ${this.renderSoundNote()}
      </div>
      <div class="board-body">
        <section class="board-counters" aria-labelledby="counters-heading">
          <div id="counters-heading" class="visually-hidden" role="heading" aria-level=${subheadingLevel(level)}>
            ${t.countersHeading}
          </div>
          ${
            scoped.counters.length === 0
              ? emptyState(t.emptyScope)
              : html`<ul class="tiles" part="counters" data-columns=${boardColumns(scoped.counters.length)}>
                  ${repeat(
                    scoped.counters,
                    (counter) => counter.id,
                    (counter) =>
                      this.renderTile(counter, newest !== undefined && counter.serving?.id === newest.ticket.id),
                  )}
                </ul>`
          }
        </section>
        <div class="board-side">
          <section class="calls" part="latest-calls" aria-labelledby="calls-heading">
            <div id="calls-heading" role="heading" aria-level=${subheadingLevel(level)}>${t.latestCallsHeading}</div>
            ${
              calls.length === 0
                ? html`<p class="muted">${t.noCallsYet}</p>`
                : // A plain map, not repeat: each call drops the oldest item, and Lit 3.3's repeat leaves a
                  // node behind per removed item (lit/lit#5010), which a board running all day would pile up.
                  html`<ol class="call-list">
                    ${calls.map((call, index) =>
                      // The newest call gets fresh DOM, so its highlight animation plays for every call.
                      index === 0 ? keyed(callKey(call), this.renderCall(call, true)) : this.renderCall(call, false),
                    )}
                  </ol>`
            }
          </section>
          ${this.renderBoardLines(names, scoped.services, subheadingLevel(level))}
        </div>
      </div>
    </div>`;
  }

  private renderTile(counter: QueueCounter, called: boolean): TemplateResult {
    const state = counterState(counter);
    return html`<li
      class="tile"
      part="counter"
      data-state=${state}
      data-counter=${counter.id}
      data-called=${called ? 'true' : nothing}
    >
      <span class="counter-name" part="counter-name">${counter.name}</span>
      <span class="number" part="number">${this.renderNumber(counter)}</span>
      <span class="counter-state" part="counter-state">${this.renderStateWord(state)}</span>
    </li>`;
  }

  private renderCall(call: QueueCall, latest: boolean): TemplateResult {
    return html`<li class="call ${latest ? 'latest' : ''}" part=${latest ? 'call latest-call' : 'call'}>
      <span class="call-number">${call.ticket.number}</span>
      <span class="call-arrow" aria-hidden="true">→</span>
      <span class="call-counter">${call.counter.name}</span>
      ${call.recall ? html`<span class="recall">${this.t.recall}</span>` : nothing}
    </li>`;
  }

  private renderBoardLines(names: Names, lines: readonly QueueLine[], level: number): TemplateResult {
    const { t, format } = this;
    const waiting = lines.filter((line) => line.waiting > 0);
    const shown = waiting.slice(0, BOARD_LINES);
    const more = waiting.length - shown.length;
    return html`<section class="waiting" aria-labelledby="waiting-heading">
      <div id="waiting-heading" role="heading" aria-level=${level}>${t.waitingHeading}</div>
      ${
        shown.length === 0
          ? html`<p class="muted">${t.nobodyWaitingAnywhere}</p>`
          : // The longest lines change places all day: a plain map for the same reason as the calls.
            html`<ul class="board-lines" part="lines">
              ${shown.map(
                (line) =>
                  html`<li class="board-line" part="line" data-service=${line.serviceId}>
                    <span class="prefix">${line.prefix}</span>
                    <span class="line-name">${this.lineName(names, line)}</span>
                    <span class="line-facts">${this.waitText(line)}</span>
                  </li>`,
              )}
            </ul>`
      }
      ${more > 0 ? html`<p class="muted more">${t.moreLines(more, format.number(more))}</p>` : nothing}
    </section>`;
  }

  private renderSoundControls(): unknown {
    const { t } = this;
    const speaker = this.soundOutput();
    if (!speaker.available) return nothing;
    if (!this.voice.enabled) {
      return html`<button type="button" part="sound-button" @click=${this.enableSound}>${t.enableSound}</button>`;
    }
    return html`<button
      type="button"
      class="toggle"
      part="mute-button"
      aria-pressed=${this.voice.muted ? 'true' : 'false'}
      @click=${this.toggleMute}
    >
      ${t.mute}
    </button>`;
  }

  private renderSoundNote(): unknown {
    const { t } = this;
    const speaker = this.soundOutput();
    if (!speaker.available) return html`<p class="sound-note" part="sound-note">${t.soundUnavailable}</p>`;
    const locale = this.speechLocale === 'en' ? 'en' : 'id';
    if (!this.voice.enabled || speaker.hasVoice(locale) !== false) return nothing;
    return html`<p class="sound-note" part="sound-note">${t.noVoice(t.speechLanguages[locale])}</p>`;
  }

  // ---- loading ----

  /** The loading skeleton: the card's boxes, or the board's rows, without data; hidden from screen readers, which hear the status line. */
  private renderLoading(): TemplateResult {
    const board = this.mode === 'board';
    const status = html`<p class="visually-hidden">${this.t.loading}</p>`;
    if (!board) {
      const scope = this.service ? 'service' : this.agency ? 'agency' : 'site';
      return html`<div class="card" part="queue" data-mode="compact" data-loading="true" aria-busy="true">
        ${compactSkeleton(scope)} ${status}
      </div>`;
    }
    const bone = (size = ''): TemplateResult => html`<span class="bone ${size}">&nbsp;</span>`;
    return html`<div class="board" part="queue" data-mode="board" data-loading="true" aria-busy="true">
      <div class="board-head" aria-hidden="true"><div class="title">${bone('long')}</div></div>
      <ul class="rows" aria-hidden="true">
        ${[1, 2, 3, 4].map(() => html`<li class="row">${bone('long')}</li>`)}
      </ul>
      ${status}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mpp-queue-status': MppQueueStatus;
  }
}
