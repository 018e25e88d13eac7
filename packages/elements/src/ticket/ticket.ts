import {
  addDays,
  localDateOf,
  nextOpening,
  openingAt,
  zonedInstant,
  type NextOpening,
  type QueueCall,
  type QueueEvent,
  type QueueLine,
  type Service,
  type Site,
  type SurveyInvitation,
  type Ticket,
  type TicketStatus,
} from '@mpp-kit/contract';
import {
  baseUrlOf,
  isMppApiError,
  randomUuid,
  servicesResource,
  siteResource,
  surveyResource,
  ticketsResource,
  type ClientCore,
  type SubscribeOptions,
} from '@mpp-kit/sdk';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { errorDetailOf, mppEvent } from '../core/events.js';
import { clampHeadingLevel } from '../core/heading-level.js';
import { alertIcon, icon, retryIcon } from '../core/icons.js';
import { LiveQueue } from '../core/live-queue.js';
import { localized, localizedString } from '../core/localized.js';
import { MppElement } from '../core/mpp-element.js';
import { numberForm } from '../core/property-forms.js';
import { emptyState, errorMessage, errorPanel, errorPanelFor, staleNotice, staleReasonOf } from '../core/states.js';
import { refusalOf } from '../core/write-attempt.js';
import { LazyTable, type Translations } from '../i18n/translations.js';
import { baseStyles } from '../styles/base.js';
import { askNotificationPermission, notificationPermission, notifyCall, vibrateForCall } from './call-alert.js';
import { ticketStringsId, type TicketStrings } from './i18n/id.js';
import { surveyLinkOf } from '../survey/survey-link.js';
import { sessionTicketMemory, type TicketMemory } from './ticket-memory.js';
import { ticketStyles } from './ticket.styles.js';

const translations: Translations<TicketStrings> = {
  id: ticketStringsId,
  en: /* @__PURE__ */ new LazyTable(() => import('./i18n/en.js').then((module) => module.ticketStringsEn)),
};

/** The refusals of `POST /v1/tickets` a visitor is told about in words, with the next opening. */
type Refusal = 'quota_exceeded' | 'queue_closed' | 'site_closed' | 'holiday';
const REFUSALS: readonly string[] = ['quota_exceeded', 'queue_closed', 'site_closed', 'holiday'];

/**
 * Where taking a number stands. One attempt keeps one `Idempotency-Key` from
 * its first click through every retry, so neither a double click nor a retry
 * after a lost answer makes a second ticket.
 */
type TakeState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'taking'; readonly promise: Promise<Ticket | null> }
  | { readonly kind: 'refused'; readonly code: Refusal; readonly at: Date }
  | { readonly kind: 'failed'; readonly error: unknown };

/** Where cancelling stands: the inline confirmation, the request, or its failure. */
type CancelState =
  | { readonly kind: 'none' }
  | { readonly kind: 'confirming' }
  | { readonly kind: 'cancelling' }
  | { readonly kind: 'failed'; readonly message: string };

/** The call on screen: the counter to go to, and how many calls so far (each one is announced anew). */
interface CallOnScreen {
  readonly ticketId: string;
  readonly counterId: string;
  readonly counterName: string;
  readonly recall: boolean;
  readonly count: number;
}

const FINISHED: ReadonlySet<TicketStatus> = new Set(['done', 'skipped', 'cancelled']);

/** How far a ticket is in its life; data never moves a ticket back (an answer sent before a call may arrive after it). */
const STAGE: Record<TicketStatus, number> = { waiting: 0, called: 1, serving: 2, done: 3, skipped: 3, cancelled: 3 };

/** At most one `GET /v1/tickets/{id}` per this many ms, however busy the line is. */
const TICKET_REFRESH_MS = 2000;

/** When the site opens on a later day than `now`'s (a used-up daily quota comes back then). */
function openingAfterToday(site: Site, now: Date): NextOpening | null {
  const tomorrow = addDays(localDateOf(now, site.timeZone), 1);
  const next = nextOpening(site, zonedInstant(tomorrow, 0, site.timeZone));
  return next && { ...next, inDays: next.inDays + 1 };
}

/** The memory every ticket of the page shares: the ids in `sessionStorage`. */
const pageMemory: TicketMemory = sessionTicketMemory();

/**
 * A visitor's queue number (nomor antrean), taken online and followed live.
 *
 * - With `service`: a button takes a number for that service, then the ticket
 *   card shows the number, the service, its status, the people ahead and the
 *   estimated wait, kept current by the page's live queue (one stream per API,
 *   shared with `<mpp-queue-status>` and any other ticket). Taking is
 *   idempotent: a double click, a second `take()` or a retry after a lost
 *   answer never makes a second ticket.
 * - With `ticket-id`: shows that ticket, without a take button.
 * - When the number is called, the card says so unmistakably ("Silakan menuju
 *   Loket 3", announced as an alert), the phone vibrates, and a system
 *   notification appears if the visitor allowed them with the "Beri tahu saya"
 *   button (the browser is asked only then, after that gesture).
 * - The ticket id (nothing personal) is kept in `sessionStorage` per API base
 *   URL and service, so a reload resumes the ticket; it is forgotten once the
 *   ticket is done, skipped or cancelled. Never `localStorage`: a shared phone
 *   must not show yesterday's ticket to the next person.
 * - Cancelling asks for confirmation inline.
 * - Once the ticket is completed (served), it offers the satisfaction survey
 *   (SKM): a link to the survey page `survey-url` carrying the visit's survey
 *   code in its fragment (`#kode=7QX4-M2KP`), or without `survey-url` the code
 *   itself with a short instruction; it says so when the survey was already
 *   answered. A skipped or cancelled ticket has no survey.
 * - When the daily quota is used up, the service's queue is not open, or the
 *   MPP is closed (after hours, weekend, holiday), it says so, with when
 *   numbers can be taken again (by the server's clock, not the device's).
 *
 * **With the catalog**: `<mpp-service-catalog>` fires `mpp-service-select`
 * when a visitor presses "Ambil antrean"; hand it to the ticket:
 *
 * ```js
 * const ticket = document.querySelector('mpp-ticket');
 * document.addEventListener('mpp-service-select', (event) => {
 *   if (event.detail.action !== 'queue') return;
 *   ticket.service = event.detail.serviceId;
 *   ticket.take();
 *   ticket.scrollIntoView({ block: 'nearest' });
 * });
 * ```
 *
 * @summary Takes a queue number online and follows it live until the visitor is called.
 * @tagname mpp-ticket
 * @fires mpp-ticket-taken - A number was taken; `detail` is `{ ticketId, number, serviceId }`.
 * @fires mpp-ticket-called - The number was called (or called again) to a counter; `detail` is `{ ticketId, number, serviceId, counterId, counterName, recall }`. Call `preventDefault()` to vibrate and notify in your own way: the element then does neither.
 * @fires mpp-ticket-cancelled - The visitor cancelled the number; `detail` is `{ ticketId, number, serviceId }`.
 * @csspart card - The card around the take button or the ticket.
 * @csspart heading - The card's heading ("Nomor antrean Anda", or the service's queue).
 * @csspart number - The queue number, large.
 * @csspart service - The service's name on the ticket.
 * @csspart line - Before taking: how many wait and the estimated wait.
 * @csspart take-button - "Ambil nomor antrean", and "Ambil nomor baru" after a finished ticket.
 * @csspart refusal - Why no number can be taken now (quota, closed queue, closed MPP), with the next opening.
 * @csspart facts - The status, people ahead and estimated wait.
 * @csspart status - The status word.
 * @csspart ahead - The people ahead.
 * @csspart wait - The estimated wait.
 * @csspart call - "Silakan menuju Loket 3" when called; where the visitor is served.
 * @csspart outcome - How a finished ticket ended.
 * @csspart survey - The survey offer of a completed ticket.
 * @csspart survey-link - The link to the survey page (with `survey-url`).
 * @csspart survey-code - The survey code (without `survey-url`).
 * @csspart notify-button - "Beri tahu saya": allows notifications.
 * @csspart notify-status - Whether notifications are on or blocked.
 * @csspart cancel-button - "Batalkan antrean".
 * @csspart cancel-confirm - The inline confirmation.
 * @csspart confirm-cancel-button - "Ya, batalkan".
 * @csspart keep-button - "Tidak, tetap antre".
 * @cssprop --mpp-ticket-number-size - Size of the queue number. Default `3em`.
 * @example
 * ```html
 * <script type="module" src="https://cdn.jsdelivr.net/npm/@mpp-kit/elements/dist/mpp-kit.min.js"></script>
 * <mpp-ticket api-base="https://mpp.kedirikota.go.id/api" service="ktp-el"></mpp-ticket>
 * ```
 */
export class MppTicket extends MppElement<TicketStrings> {
  /** The shadow root's styles: {@link baseStyles}, then the ticket's own. */
  static override styles = [...baseStyles, ticketStyles];

  static override properties: PropertyDeclarations = {
    service: {},
    ticketId: { attribute: 'ticket-id' },
    surveyUrl: { attribute: 'survey-url' },
    headingLevel: { attribute: 'heading-level', form: numberForm },
    subscribeOptions: { attribute: false },
  };

  /** The service to take numbers for (its id, e.g. `ktp-el`); shows the take button, or the ticket held for it. */
  declare service: string | undefined;

  /** A ticket to show instead (its id, e.g. from `mpp-ticket-taken`); no take button then. */
  declare ticketId: string | undefined;

  /**
   * The page holding `<mpp-survey>` (e.g. `/survei/`), resolved against the
   * document: a completed ticket links there with its survey code in the
   * fragment. Unset: the card shows the code to type in instead.
   */
  declare surveyUrl: string | undefined;

  /** The level of the card's heading, 1 to 6. */
  headingLevel = 2;

  /**
   * Tuning of the live queue subscription (reconnect delays, poll interval),
   * used when this element is the first on the page to open it: the page's
   * queue elements share one subscription per API.
   */
  declare subscribeOptions: SubscribeOptions | undefined;

  protected readonly translations = translations;

  private takeValue: TakeState = { kind: 'idle' };
  private cancelValue: CancelState = { kind: 'none' };

  /** The attempt whose key a retry reuses: kept after failures that may have reached the server. */
  private attempt: { readonly key: string; readonly service: string } | undefined;
  /** The id held for (api, service), recalled when either changes. */
  private held: { readonly scope: string; readonly id: string | null } | undefined;
  /** The ticket on screen (the latest data from a load, an event or a refresh). */
  private current: Ticket | null = null;
  /** The load result last taken into {@link current}. */
  private lastLoaded: Ticket | null | undefined;
  /** Bumped by every event about the ticket: a refresh that started before one is outdated. */
  private version = 0;
  private call: CallOnScreen | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private refreshWanted = false;
  private lastPolled: unknown;
  private pendingFocus: 'heading' | 'cancel' | 'keep' | 'outcome' | undefined;
  /** Whether the running take was started with the element's own button. */
  private focusAfterTake = false;

  private readonly live = new LiveQueue(this, {
    client: () => this.clientChoice(),
    onCalls: (calls) => this.onCalls(calls),
    onEvent: (event) => this.onEvent(event),
    subscribeOptions: () => this.subscribeOptions,
  });

  private readonly ticketTask = this.createApiTask({
    args: () => [this.shownId] as const,
    load: (core, [id], signal) => (id ? ticketsResource(core).get(id, { signal }) : Promise.resolve(null)),
  });

  private readonly serviceTask = this.createApiTask({
    args: () => [this.ticket?.serviceId ?? this.service] as const,
    load: (core, [id], signal): Promise<Service | null> =>
      id ? servicesResource(core).get(id, { signal }) : Promise.resolve(null),
  });

  private readonly siteTask = this.createApiTask({
    load: (core, _args, signal) => siteResource(core).get({ signal }),
  });

  /** The survey code of the ticket once it is completed (served); nothing for any other ticket. */
  private readonly surveyTask = this.createApiTask({
    args: () => [this.ticket?.status === 'done' ? this.ticket.id : null] as const,
    load: (core, [id], signal): Promise<SurveyInvitation | null> =>
      id ? surveyResource(core).invitation(id, { signal }) : Promise.resolve(null),
  });

  /** The ticket shown now, as last received, or `null` (none yet, or still loading). */
  get ticket(): Ticket | null {
    return this.current && this.current.id === this.shownId ? this.current : null;
  }

  /**
   * Takes a number for `service` (the take button does the same), and resolves
   * with the ticket shown afterwards: the new one, or the one already held
   * (a visitor keeps one live ticket per service). Resolves with `null` when no
   * number could be taken; the element then shows why. Calls during a take get
   * the same promise, so they never make a second ticket.
   */
  take(): Promise<Ticket | null> {
    if (this.takeState.kind === 'taking') return this.takeState.promise;
    const choice = this.clientChoice();
    const service = this.service;
    if (!service || this.ticketId || choice === null || choice instanceof Error) return Promise.resolve(null);
    this.recallHeld(choice);
    const shown = this.ticket;
    if (this.shownId && (!shown || !FINISHED.has(shown.status))) return Promise.resolve(shown);
    const key = this.attempt?.service === service ? this.attempt.key : randomUuid();
    this.attempt = { key, service };
    const promise = this.takeWith(choice, service, key);
    this.takeState = { kind: 'taking', promise };
    return promise;
  }

  /** The ticket to follow: `ticket-id`, else the one held for the service. */
  private get shownId(): string | null {
    return this.ticketId || this.held?.id || null;
  }

  // Internal state re-renders like a reactive property, without showing up as an attribute in the manifest.
  private get takeState(): TakeState {
    return this.takeValue;
  }

  private set takeState(value: TakeState) {
    this.takeValue = value;
    this.requestUpdate();
  }

  private get cancelState(): CancelState {
    return this.cancelValue;
  }

  private set cancelState(value: CancelState) {
    this.cancelValue = value;
    this.requestUpdate();
  }

  /** What the card is doing, for tests and styling: `taking`, `cancelling`, or the take state. */
  private get phase(): string {
    return this.cancelState.kind === 'cancelling' ? 'cancelling' : this.takeState.kind;
  }

  private get level(): number {
    return clampHeadingLevel(this.headingLevel);
  }

  /** Reads the id held for the current API and service, when either changed. */
  private recallHeld(core: ClientCore): void {
    const scope = `${baseUrlOf(core)} ${this.service ?? ''}`;
    if (this.held?.scope === scope) return;
    this.held = { scope, id: this.service ? pageMemory.recall(baseUrlOf(core), this.service) : null };
    this.takeState = { kind: 'idle' };
    this.cancelState = { kind: 'none' };
  }

  private forget(ticket: Ticket): void {
    const choice = this.clientChoice();
    if (choice === null || choice instanceof Error) return;
    pageMemory.forget(baseUrlOf(choice), ticket.serviceId, ticket.id);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const choice = this.clientChoice();
    if (choice !== null && !(choice instanceof Error)) this.recallHeld(choice);
    const loaded = this.ticketTask.value;
    if (loaded !== this.lastLoaded) {
      this.lastLoaded = loaded;
      if (loaded) this.receive(loaded);
    }
    const error = this.ticketTask.state === 'error' ? this.ticketTask.error : undefined;
    // A held ticket the server no longer knows (another day's, or a reset server): start afresh.
    if (isMppApiError(error) && error.code === 'not_found' && !this.ticketId && this.held?.id) {
      if (choice !== null && !(choice instanceof Error) && this.service)
        pageMemory.forget(baseUrlOf(choice), this.service, this.held.id);
      this.held = { scope: this.held.scope, id: null };
    }
    // While polling, snapshots arrive without events: each one may move the line.
    const feed = this.live.feed;
    if (feed?.state === 'polling' && feed.snapshot !== this.lastPolled) {
      this.lastPolled = feed.snapshot;
      const ticket = this.ticket;
      if (ticket && !FINISHED.has(ticket.status)) this.scheduleRefresh();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.pendingFocus;
    if (!target) return;
    this.pendingFocus = undefined;
    const selectors = {
      heading: ['#ticket-heading'],
      cancel: ['[part~="cancel-button"]'],
      keep: ['[part~="keep-button"]'],
      // After a cancellation: the next step if there is one, else the sentence saying how it ended.
      outcome: ['[part~="take-button"]', '[part~="outcome"]'],
    }[target];
    const found = selectors.map((selector) => this.renderRoot.querySelector<HTMLElement>(selector)).find(Boolean);
    found?.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    this.refreshWanted = false;
  }

  /** Takes new data about the shown ticket, unless it is older than what is shown. */
  private receive(next: Ticket, fromRefresh = false): void {
    if (next.id !== this.shownId) return;
    const previous = this.current?.id === next.id ? this.current : null;
    if (previous && STAGE[next.status] < STAGE[previous.status]) return;
    this.current = next;
    if (FINISHED.has(next.status)) this.forget(next);
    // Called (or finished) meanwhile: the question no longer applies. A cancellation under way ends with its answer.
    if (next.status !== 'waiting' && this.cancelState.kind === 'confirming') this.cancelState = { kind: 'none' };
    // A call seen only through a refresh (the stream was down and no snapshot told of it).
    if (fromRefresh && previous?.status === 'waiting' && next.status === 'called' && this.call?.ticketId !== next.id) {
      const counterId = next.counterId ?? '';
      this.announce(next, counterId, this.counterName(counterId), false);
    }
    this.requestUpdate();
  }

  private counterName(counterId: string): string {
    return this.live.feed?.snapshot?.counters.find((counter) => counter.id === counterId)?.name ?? counterId;
  }

  private onCalls(calls: readonly QueueCall[]): void {
    for (const call of calls) {
      if (call.ticket.id !== this.shownId) continue;
      this.version += 1;
      this.receive(call.ticket);
      // A first call seen twice (a refresh told of it first) is not announced again; a recall always is.
      if (!call.recall && this.call?.ticketId === call.ticket.id) continue;
      this.announce(call.ticket, call.counter.id, call.counter.name, call.recall);
    }
  }

  private onEvent(event: QueueEvent): void {
    const ticket = this.ticket;
    if (!ticket || FINISHED.has(ticket.status)) return;
    if (event.type === 'snapshot') {
      // A (re)connection: anything may have happened meanwhile.
      this.scheduleRefresh();
    } else if (event.type === 'counter.updated') {
      if (event.counter.serviceIds.includes(ticket.serviceId)) this.scheduleRefresh();
    } else if (event.ticket.id === ticket.id) {
      // The event carries the ticket as it is now: no request needed (calls are announced by onCalls).
      this.version += 1;
      this.receive(event.ticket);
    } else if (event.ticket.serviceId === ticket.serviceId) {
      this.scheduleRefresh();
    }
  }

  private announce(ticket: Ticket, counterId: string, counterName: string, recall: boolean): void {
    this.call = { ticketId: ticket.id, counterId, counterName, recall, count: (this.call?.count ?? 0) + 1 };
    this.requestUpdate();
    const detail = {
      ticketId: ticket.id,
      number: ticket.number,
      serviceId: ticket.serviceId,
      counterId,
      counterName,
      recall,
    };
    // Cancelled by the host: it alerts the visitor its own way.
    if (!this.dispatchEvent(mppEvent('mpp-ticket-called', detail))) return;
    vibrateForCall();
    notifyCall({
      title: this.t.notificationTitle(ticket.number),
      body: this.t.goTo(counterName),
      tag: `mpp-ticket ${ticket.id}`,
      lang: this.resolvedLocale,
    });
  }

  /** Refreshes the ticket now, then at most once per {@link TICKET_REFRESH_MS} however many events arrive. */
  private scheduleRefresh(): void {
    if (this.refreshTimer !== undefined) {
      this.refreshWanted = true;
      return;
    }
    void this.refresh();
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      if (!this.refreshWanted) return;
      this.refreshWanted = false;
      this.scheduleRefresh();
    }, TICKET_REFRESH_MS);
  }

  private async refresh(): Promise<void> {
    const choice = this.clientChoice();
    const id = this.shownId;
    if (!id || choice === null || choice instanceof Error || !this.isConnected) return;
    const version = this.version;
    try {
      const ticket = await ticketsResource(choice).get(id);
      // An event about the ticket arrived meanwhile: it is newer than this answer.
      if (version === this.version) this.receive(ticket, true);
    } catch {
      // The feed's own state (reconnecting, offline) tells the visitor the data may be old; the next event retries.
    }
  }

  private async takeWith(core: ClientCore, service: string, key: string): Promise<Ticket | null> {
    try {
      const ticket = await ticketsResource(core).take({ serviceId: service }, { idempotencyKey: key });
      this.attempt = undefined;
      this.takeState = { kind: 'idle' };
      const focus = this.focusAfterTake;
      pageMemory.keep(baseUrlOf(core), service, ticket.id);
      if (this.service === service && !this.ticketId) {
        this.held = { scope: `${baseUrlOf(core)} ${service}`, id: ticket.id };
        this.call = undefined;
        this.version += 1;
        this.receive(ticket);
        if (focus) this.pendingFocus = 'heading';
      }
      this.dispatchEvent(
        mppEvent('mpp-ticket-taken', { ticketId: ticket.id, number: ticket.number, serviceId: ticket.serviceId }),
      );
      return ticket;
    } catch (error) {
      this.dispatchEvent(mppEvent('mpp-error', errorDetailOf(error)));
      const api = isMppApiError(error) ? error : null;
      // A write that may have reached the server keeps its key: the retry gets that ticket.
      if (refusalOf(error)) this.attempt = undefined;
      this.takeState =
        api && REFUSALS.includes(api.code)
          ? { kind: 'refused', code: api.code as Refusal, at: this.live.feed?.serverNow() ?? new Date() }
          : { kind: 'failed', error };
      return null;
    } finally {
      this.focusAfterTake = false;
    }
  }

  private readonly onTake = (): void => {
    // Pressed here: the visitor's focus follows to the new number. A host's take() leaves focus where it is.
    if (this.takeState.kind !== 'taking') this.focusAfterTake = true;
    void this.take();
  };

  private readonly onNotify = async (): Promise<void> => {
    await askNotificationPermission();
    this.requestUpdate();
  };

  private readonly onCancel = (): void => {
    this.cancelState = { kind: 'confirming' };
    this.pendingFocus = 'keep';
  };

  private readonly onKeep = (): void => {
    this.cancelState = { kind: 'none' };
    this.pendingFocus = 'cancel';
  };

  private readonly onConfirmCancel = async (): Promise<void> => {
    const ticket = this.ticket;
    const choice = this.clientChoice();
    if (!ticket || this.cancelState.kind === 'cancelling' || choice === null || choice instanceof Error) return;
    this.cancelState = { kind: 'cancelling' };
    try {
      const cancelled = await ticketsResource(choice).cancel(ticket.id);
      this.version += 1;
      this.cancelState = { kind: 'none' };
      this.receive(cancelled);
      this.pendingFocus = 'outcome';
      this.dispatchEvent(
        mppEvent('mpp-ticket-cancelled', { ticketId: ticket.id, number: ticket.number, serviceId: ticket.serviceId }),
      );
    } catch (error) {
      this.dispatchEvent(mppEvent('mpp-error', errorDetailOf(error)));
      const tooLate = isMppApiError(error) && error.code === 'conflict';
      this.cancelState = { kind: 'failed', message: tooLate ? this.t.cancelTooLate : errorMessage(this.t, error) };
      if (tooLate) this.scheduleRefresh();
    }
  };

  protected renderContent(): unknown {
    const { t } = this;
    const choice = this.live.client;
    if (choice === null) return errorPanel(t, t.notConfigured, null, null);
    if (choice instanceof Error) return errorPanelFor(t, choice, null);
    if (this.shownId) return this.renderFollowed();
    if (this.service) return this.renderTake(this.service);
    return emptyState(t.chooseService);
  }

  /** The notice over live data that is not live now ("data per pukul 10.42"), and the freshness word. */
  private freshness(): { notice: unknown; word: 'live' | 'stale' } {
    const feed = this.live.feed;
    const reason = feed ? staleReasonOf(feed.state) : null;
    if (!feed || !reason) return { notice: nothing, word: 'live' };
    const time = this.format.instantTime(feed.confirmedAt ?? feed.serverNow(), this.siteTask.value?.timeZone);
    return { notice: staleNotice(this.t, reason, time), word: 'stale' };
  }

  /** The service's name as API text (marked Indonesian where it stands in for English), the id if it failed, or `null` while it loads. */
  private serviceName(serviceId: string, plain = false): string | TemplateResult | null {
    const service = this.serviceTask.value;
    if (service && service.id === serviceId) {
      return plain ? localizedString(service.name, this.resolvedLocale) : localized(service.name, this.resolvedLocale);
    }
    // The name could not be loaded: the id still tells the visitor which service this is.
    return this.serviceTask.state === 'error' ? serviceId : null;
  }

  private renderTake(serviceId: string): TemplateResult {
    const { t } = this;
    // Inside a sentence of the visitor's language: plain text.
    const name = this.serviceName(serviceId, true) as string | null;
    const line = this.live.feed?.snapshot?.services.find((item) => item.serviceId === serviceId);
    const { notice, word } = this.freshness();
    return html`<section
      class="card"
      part="card"
      aria-labelledby="take-heading"
      data-phase=${this.phase}
      data-freshness=${word}
    >
      <div id="take-heading" class="title" part="heading" role="heading" aria-level=${this.level}>
        ${
          name === null
            ? // The bones keep the heading's room; a screen reader hears that it loads, never an empty heading.
              html`<span class="visually-hidden">${t.loading}</span
                ><span aria-hidden="true"
                  ><span class="bone long">&nbsp;</span
                  ><span class="narrow-only"><br /><span class="bone short">&nbsp;</span></span></span
                >`
            : t.takeHeading(name)
        }
      </div>
      ${
        line
          ? html`${notice}
              <p class="line" part="line">${this.lineText(line)}</p>`
          : this.live.feed === null || this.live.feed.state === 'connecting'
            ? // The line's room while the queue connects, so the button does not move when it arrives.
              html`<p class="line" aria-hidden="true"><span class="bone long">&nbsp;</span></p>`
            : nothing
      }
      ${this.renderTakeOutcome()} ${this.renderTakeButton(t.takeButton)}
    </section>`;
  }

  /** The take button; while a take runs it stays focusable (a screen reader user keeps their place) but does nothing more. */
  private renderTakeButton(label: string): TemplateResult {
    const taking = this.takeState.kind === 'taking';
    return html`<div class="actions">
      <button type="button" part="take-button" aria-disabled=${taking ? 'true' : nothing} @click=${this.onTake}>
        ${taking ? this.t.taking : label}
      </button>
    </div>`;
  }

  private lineText(line: QueueLine): string {
    const { t, format } = this;
    const waiting = t.lineWaiting(line.waiting, format.number(line.waiting));
    return line.waiting > 0 && line.estimatedWaitSeconds !== null
      ? `${waiting} · ${t.lineWait(this.waitText(line.estimatedWaitSeconds))}`
      : waiting;
  }

  private waitText(seconds: number | null): string {
    if (seconds === null) return this.t.waitUnknown;
    return this.format.wait(seconds);
  }

  private renderTakeOutcome(): unknown {
    const { t } = this;
    const state = this.takeState;
    if (state.kind === 'failed') {
      const requestId = isMppApiError(state.error) ? state.error.requestId : null;
      return html`<div class="panel error" part="error" role="alert">
        ${icon(alertIcon)}
        <div class="panel-body">
          <p class="panel-title">${t.takeFailed}</p>
          <p>${errorMessage(t, state.error)}</p>
          ${requestId ? html`<p class="muted">${t.requestId(requestId)}</p>` : nothing}
        </div>
        <button type="button" part="retry-button" @click=${this.onTake}>${icon(retryIcon)}${t.retry}</button>
      </div>`;
    }
    if (state.kind !== 'refused') return nothing;
    const [reason, next] = this.refusalText(state.code, state.at);
    return html`<div class="panel refusal" part="refusal" role="alert">
      ${icon(alertIcon)}
      <div class="panel-body">
        <p class="panel-title">${reason}</p>
        ${next ? html`<p>${next}</p>` : nothing}
      </div>
    </div>`;
  }

  /** Why no number can be taken, and when one can (by the server's clock), in the visitor's language. */
  private refusalText(code: Refusal, at: Date): [string, string | null] {
    const { t, resolvedLocale } = this;
    const site = this.siteTask.value;
    if (code === 'queue_closed') return [t.refusalQueueClosed, null];
    if (code === 'quota_exceeded') return [t.refusalQuota, this.reopensText(site ? openingAfterToday(site, at) : null)];
    const state = site ? openingAt(site, at) : null;
    const holiday = state?.kind === 'closed' ? state.holiday : null;
    const reason =
      code === 'site_closed'
        ? t.refusalSiteClosed
        : holiday
          ? t.refusalHoliday(localizedString(holiday.name, resolvedLocale))
          : t.refusalHolidayUnnamed;
    // The server said closed; a device clock a minute off must not make it "open now".
    const next = site ? (state?.kind === 'closed' ? state.next : openingAfterToday(site, at)) : null;
    return [reason, this.reopensText(next)];
  }

  private reopensText(next: NextOpening | null): string | null {
    if (!next) return null;
    const { t, format } = this;
    const time = format.time(next.time);
    const when =
      next.inDays === 0
        ? t.whenToday(time)
        : next.inDays === 1
          ? t.whenTomorrow(time)
          : t.whenOn(format.date(next.date), time);
    return t.reopens(when);
  }

  private renderFollowed(): unknown {
    const ticket = this.ticket;
    if (ticket) return this.renderTicket(ticket);
    const { t } = this;
    const error = this.ticketTask.state === 'error' ? this.ticketTask.error : undefined;
    if (error === undefined) return this.renderSkeleton();
    if (isMppApiError(error) && error.code === 'not_found')
      return errorPanel(t, t.ticketNotFound, error.requestId, null);
    return errorPanelFor(t, error, this.ticketTask.retry);
  }

  private renderTicket(ticket: Ticket): TemplateResult {
    const { t, format } = this;
    const finished = FINISHED.has(ticket.status);
    const { notice, word } = finished ? { notice: nothing, word: 'live' as const } : this.freshness();
    const name = this.serviceName(ticket.serviceId);
    return html`<section
      class="card ticket"
      part="card"
      aria-labelledby="ticket-heading"
      data-phase=${this.phase}
      data-status=${ticket.status}
      data-freshness=${word}
    >
      ${notice}
      <div id="ticket-heading" class="title" part="heading" role="heading" aria-level=${this.level} tabindex="-1">
        <span class="label">${t.yourNumber}</span>
        <span class="number" part="number">${ticket.number}</span>
      </div>
      <p class="service" part="service">${name ?? html`<span class="bone long">&nbsp;</span>`}</p>
      <p class="muted">${t.issuedAt(format.instantTime(ticket.issuedAt, this.siteTask.value?.timeZone))}</p>
      ${this.renderCall(ticket)}
      <dl class="facts" part="facts">
        <div>
          <dt>${t.statusLabel}</dt>
          <dd part="status">${this.statusWord(ticket.status)}</dd>
        </div>
        ${
          ticket.status === 'waiting'
            ? html`<div>
                  <dt>${t.aheadLabel}</dt>
                  <dd part="ahead">
                    ${
                      ticket.position === null
                        ? t.waitUnknown
                        : ticket.position === 0
                          ? t.nextInLine
                          : t.ahead(ticket.position, format.number(ticket.position))
                    }
                  </dd>
                </div>
                <div>
                  <dt>${t.waitLabel}</dt>
                  <dd part="wait">${this.waitText(ticket.estimatedWaitSeconds)}</dd>
                </div>`
            : nothing
        }
      </dl>
      ${finished ? this.renderOutcome(ticket) : nothing}
      ${ticket.status === 'waiting' ? this.renderWaitingActions(ticket) : nothing}
    </section>`;
  }

  private statusWord(status: TicketStatus): string {
    const { t } = this;
    return {
      waiting: t.statusWaiting,
      called: t.statusCalled,
      serving: t.statusServing,
      done: t.statusDone,
      skipped: t.statusSkipped,
      cancelled: t.statusCancelled,
    }[status];
  }

  private renderCall(ticket: Ticket): unknown {
    const { t } = this;
    const call = this.call?.ticketId === ticket.id ? this.call : undefined;
    const counterId = ticket.counterId ?? call?.counterId ?? '';
    const counter = call && call.counterId === counterId ? call.counterName : this.counterName(counterId);
    if (ticket.status === 'serving') return html`<p class="serving" part="call">${t.servingAt(counter)}</p>`;
    if (ticket.status !== 'called') return nothing;
    // A new node per call: screen readers announce an alert when it appears, so a recall is heard again.
    return keyed(
      call?.count ?? 0,
      html`<div class="call" part="call" role="alert">
        <p class="go">${t.goTo(counter)}</p>
        <p>${call?.recall ? t.recalled(ticket.number) : t.called(ticket.number)}</p>
      </div>`,
    );
  }

  private renderOutcome(ticket: Ticket): TemplateResult {
    const { t } = this;
    const text = { done: t.finishedDone, skipped: t.finishedSkipped, cancelled: t.finishedCancelled }[
      ticket.status as 'done' | 'skipped' | 'cancelled'
    ];
    const again = this.service && !this.ticketId;
    return html`<p class="outcome" part="outcome" tabindex="-1">${text}</p>
      ${ticket.status === 'done' ? this.renderSurvey(ticket) : nothing}
      ${again ? this.renderTakeButton(t.takeAnother) : nothing} ${this.renderTakeOutcome()}`;
  }

  /**
   * The survey offer of a completed ticket: a link to the survey page, or the
   * code to type there. The survey is optional, so a failure to load the code
   * shows nothing rather than an error on a visit that went well.
   */
  private renderSurvey(ticket: Ticket): unknown {
    const { t, format } = this;
    const invitation = this.surveyTask.value;
    if (!invitation || this.surveyTask.state === 'error') return nothing;
    if (invitation.answered) return html`<p class="survey muted" part="survey">${t.surveyAnswered}</p>`;
    const zone = this.siteTask.value?.timeZone;
    const until = format.date(
      zone ? localDateOf(new Date(invitation.expiresAt), zone) : invitation.expiresAt.slice(0, 10),
    );
    if (this.surveyUrl) {
      const href = surveyLinkOf(this.ownerDocument, this.surveyUrl, invitation.code);
      return html`<div class="survey" part="survey">
        <p>${t.surveyInvite}</p>
        <p><a part="survey-link" href=${href}>${t.surveyLink}</a></p>
        <p class="muted">${t.surveyUntil(until)}</p>
      </div>`;
    }
    return html`<div class="survey" part="survey" data-ticket=${ticket.id}>
      <p>${t.surveyInvite}</p>
      <p>${t.surveyCodeLabel}: <strong class="survey-code" part="survey-code">${invitation.code}</strong></p>
      <p class="muted">${t.surveyCodeHint(until)}</p>
    </div>`;
  }

  private renderWaitingActions(ticket: Ticket): TemplateResult {
    return html`${this.renderNotify()}${this.renderCancel(ticket)}`;
  }

  private renderNotify(): unknown {
    const { t } = this;
    // Read on every render: the visitor may change it in the browser's settings, or another element may ask.
    switch (notificationPermission()) {
      case 'default':
        return html`<div class="notify">
          <button
            type="button"
            class="secondary"
            part="notify-button"
            aria-describedby="notify-hint"
            @click=${this.onNotify}
          >
            ${t.notifyButton}
          </button>
          <p id="notify-hint" class="muted">${t.notifyHint}</p>
        </div>`;
      case 'granted':
        return html`<p class="muted" part="notify-status">${t.notifyOn}</p>`;
      case 'denied':
        return html`<p class="muted" part="notify-status">${t.notifyBlocked}</p>`;
      default:
        return nothing;
    }
  }

  private renderCancel(ticket: Ticket): TemplateResult {
    const { t } = this;
    const state = this.cancelState;
    if (state.kind === 'confirming' || state.kind === 'cancelling') {
      const busy = state.kind === 'cancelling';
      return html`<div class="confirm" part="cancel-confirm" role="group" aria-labelledby="cancel-question">
        <p id="cancel-question">${t.cancelQuestion(ticket.number)}</p>
        <div class="actions">
          <button
            type="button"
            class="danger"
            part="confirm-cancel-button"
            aria-disabled=${busy ? 'true' : nothing}
            @click=${this.onConfirmCancel}
          >
            ${busy ? t.cancelling : t.cancelConfirm}
          </button>
          <button type="button" class="secondary" part="keep-button" @click=${this.onKeep}>${t.cancelKeep}</button>
        </div>
      </div>`;
    }
    return html`${
        state.kind === 'failed'
          ? html`<div class="panel error" part="error" role="alert">
              ${icon(alertIcon)}
              <div class="panel-body">
                <p class="panel-title">${t.cancelFailed}</p>
                <p>${state.message}</p>
              </div>
            </div>`
          : nothing
      }
      <div class="actions">
        <button type="button" class="secondary" part="cancel-button" @click=${this.onCancel}>${t.cancelButton}</button>
      </div>`;
  }

  /** The loading skeleton of the ticket card; hidden from screen readers, which hear the status line. */
  private renderSkeleton(): TemplateResult {
    return html`<div class="card ticket" part="card" aria-hidden="true">
      <div class="title">
        <span class="bone">&nbsp;</span><span class="number"><span class="bone short">&nbsp;</span></span>
      </div>
      <p class="service"><span class="bone long">&nbsp;</span></p>
      <dl class="facts">
        ${[1, 2, 3].map(
          () =>
            html`<div>
              <dt><span class="bone">&nbsp;</span></dt>
              <dd><span class="bone short">&nbsp;</span></dd>
            </div>`,
        )}
      </dl>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mpp-ticket': MppTicket;
  }
}
