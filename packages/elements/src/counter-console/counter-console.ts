import type { CounterStatus, LocalizedText, QueueCounter, QueueLine, QueueSnapshot, TimeZone } from '@mpp-kit/contract';
import {
  countersResource,
  withStaffToken,
  isMppApiError,
  isMppNetworkError,
  isMppTimeoutError,
  queuesResource,
  siteResource,
  surveyResource,
  type ClientCore,
  type StaffCallResult,
} from '@mpp-kit/sdk';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { createRef, ref, type Ref } from 'lit/directives/ref.js';
import { errorDetailOf, mppEvent } from '../core/events.js';
import { clampHeadingLevel, subheadingLevel } from '../core/heading-level.js';
import { LiveQueue } from '../core/live-queue.js';
import { localizedString } from '../core/localized.js';
import { MppElement } from '../core/mpp-element.js';
import { numberForm } from '../core/property-forms.js';
import { errorMessage, errorPanel, errorPanelFor, staleNotice, staleReasonOf } from '../core/states.js';
import type { CommonStrings } from '../i18n/id.js';
import { LazyTable, type Translations } from '../i18n/translations.js';
import { loadCatalog } from '../core/catalog-data.js';
import { takeEarlyProperty } from '../core/early-property.js';
import { baseStyles } from '../styles/base.js';
import { actionOfKey, COUNTER_ACTIONS, isAvailable, SHORTCUTS, STATUS_OF, type CounterAction } from './actions.js';
import { CheckInDesk } from './check-in.js';
import { counterConsoleStyles } from './counter-console.styles.js';
import { counterAfterCall, isAhead, newestSnapshot, shownCounter, type OwnResult } from './counter-view.js';
import { counterConsoleId, type CounterConsoleStrings } from './i18n/id.js';

const translations: Translations<CounterConsoleStrings> = {
  id: counterConsoleId,
  en: /* @__PURE__ */ new LazyTable(() => import('./i18n/en.js').then((module) => module.counterConsoleEn)),
};

/** Which screen the console shows: the token, the counter choice, or the counter's console. */
export type ConsoleStep = 'sign-in' | 'choose' | 'console';

/** Names the console shows instead of ids; loaded once, and the console works without them. */
interface Names {
  readonly timeZone: TimeZone | undefined;
  readonly agencies: ReadonlyMap<string, string>;
  readonly services: ReadonlyMap<string, LocalizedText>;
}

/** A message under the console: the outcome of the last action, or why it failed. */
interface Message {
  readonly kind: 'outcome' | 'error';
  /** The words, in the language the console speaks when it renders (a language switch re-words them). */
  readonly text: (t: CommonStrings & CounterConsoleStrings) => string;
}

/** A token the `Authorization` header can carry: visible ASCII only (anything else cannot be a valid token). */
const TOKEN_PATTERN = /^[\x21-\x7e]+$/;

/** The queue actions: one SDK method each, and whether the counter serves the ticket afterwards. */
const CALLS = {
  'call-next': { method: 'callNext', serving: true },
  recall: { method: 'recall', serving: true },
  skip: { method: 'skip', serving: false },
  complete: { method: 'complete', serving: false },
} as const;

/**
 * The staff panel at a counter (loket): sign in with the staff token, choose
 * the counter, then call the next number, call it again, skip it, complete it,
 * and open, pause or close the counter. It always shows the number being
 * served (large), the counter's status and the lines of its services, live
 * from the page's shared queue stream, so another console's actions show at
 * once. Every action has a one-letter keyboard shortcut, shown on its button.
 *
 * The token is held in this element's memory only: never in an attribute, the
 * DOM (the field is emptied on sign-in), storage, the URL, an event or a log.
 * It is not checked on sign-in (no staff call is free of side effects); the
 * first action it is refused for says "Token salah" and returns to sign-in.
 * Staff calls are never retried automatically: calling twice would skip a
 * citizen. After any failure the console re-reads the queue, so what it shows
 * stays right when two consoles race.
 *
 * **Check-in** (once signed in, with or without a chosen counter, so an
 * information desk can use it too): type the booking code, or scan it (a
 * scanner types the code and presses Enter), and "Cari" shows the booking as
 * the desk may see it: service, date and time, status and check-in window, the
 * name masked, never the NIK. "Check-in" is enabled only inside the window;
 * too early (with the opening time), too late, already checked in (with its
 * number) and cancelled each say so.
 *
 * **Survey code**: after "Selesai" the console shows the served number's
 * satisfaction survey (SKM) code, large, for staff to read out or print for a
 * visitor without a phone; it stays until the next "Selesai", a counter change
 * or sign-out, and the outcome message says it too. A checked-in booking becomes a priority
 * ticket in the same queue; its number is shown and announced, and the board
 * follows from the live queue.
 *
 * @summary The staff console of a counter: call, recall, skip, complete, open, pause, close.
 * @tagname mpp-counter-console
 * @csspart console - The console's box (its `data-step` is `sign-in`, `choose` or `console`; `data-freshness` is `live` or `stale`).
 * @csspart sign-in - The sign-in form.
 * @csspart token-input - The staff token field.
 * @csspart counter-select - The counter list of the choice step.
 * @csspart counter - The chosen counter's name, agency and status.
 * @csspart counter-status - The counter's status word.
 * @csspart serving - The "now serving" box.
 * @csspart serving-number - The number being served, e.g. `A-012`.
 * @csspart actions - Each group of action buttons.
 * @csspart action - Each action button (also `action-call-next`, `action-recall`, `action-skip`, `action-complete`, `action-open`, `action-pause`, `action-close`).
 * @csspart shortcut - The key shown on an action button.
 * @csspart lines - The counter's service lines.
 * @csspart line - One service line.
 * @csspart message - The outcome of the last action, or why it failed.
 * @csspart survey-code - After "Selesai": the completed number's satisfaction survey code, to read out or print for the visitor.
 * @csspart check-in - The check-in section (its `data-step` is `idle`, `looking`, `shown`, `checking`, `checked-in`, `missing` or `failed`).
 * @csspart check-in-input - The booking code field.
 * @csspart check-in-find - The "Cari" button.
 * @csspart check-in-result - Why the last lookup failed.
 * @csspart check-in-booking - The booking found.
 * @csspart check-in-service - Its service.
 * @csspart check-in-time - Its date and time.
 * @csspart check-in-status - Its status word.
 * @csspart check-in-window - When it can be checked in.
 * @csspart check-in-state - Whether it can be checked in now, and if not, why (its `data-state` is the API's check-in state).
 * @csspart check-in-button - The "Check-in" button.
 * @csspart check-in-ticket - The queue number the booking became.
 * @fires mpp-booking-checked-in - A booking was checked in; `detail` is `{ code, ticketId, number, serviceId }`, nothing personal.
 * @fires mpp-error - A staff action, lookup or check-in failed; `detail` is an `MppErrorDetail`.
 * @example
 * ```html
 * <mpp-counter-console api-base="https://mpp.kedirikota.go.id/api" counter="loket-3"></mpp-counter-console>
 * ```
 */
export class MppCounterConsole extends MppElement<CounterConsoleStrings> {
  /** The shadow root's styles: {@link baseStyles}, then the console's own. */
  static override styles = [...baseStyles, counterConsoleStyles];

  static override properties: PropertyDeclarations = {
    counter: {},
    headingLevel: { attribute: 'heading-level', form: numberForm },
  };

  /**
   * The id of the counter to run, e.g. `loket-3`: preselects it after sign-in.
   * Unset, staff choose one; choosing sets this property.
   */
  declare counter: string | undefined;

  /** The level of the console's heading, 1 to 6; its sections use the next level. */
  headingLevel = 2;

  protected readonly translations = translations;

  private readonly live = new LiveQueue(this, { client: () => this.clientChoice() });

  private readonly names = this.createApiTask({
    load: (core, _args, signal) => loadNames(core, signal),
  });

  /** The check-in section: shown once signed in, with or without a chosen counter (an information desk has none). */
  readonly #desk = new CheckInDesk(this, {
    staff: () => this.#staffCore(),
    strings: () => this.t,
    format: () => this.format,
    timeZone: () => this.#timeZone,
    serviceName: (id) => {
      const name = this.names.value?.services.get(id);
      return name ? localizedString(name, this.resolvedLocale) : undefined;
    },
    onTokenRefused: () => this.#tokenRefusedNow(),
  });

  /** The token, in memory only (a true private field: no script on the page can read it back). */
  #token: string | null = null;
  /** The staff core over the token, made for one public core and language. */
  #staff: { base: ClientCore; locale: string; core: ClientCore } | null = null;
  /** The action being sent, or `null`. */
  #running: CounterAction | null = null;
  /** The console's own latest result, shown until the feed catches up. */
  #own: OwnResult | null = null;
  /** A snapshot read after a failure, so a stale or slow feed cannot show a wrong state. */
  #checked: QueueSnapshot | null = null;
  #message: Message | null = null;
  /** The survey code of the number completed last at this console, to read out; `null` until one is. */
  #survey: { readonly number: string; readonly code: string } | null = null;
  /** Bumped by every completion, sign-out and counter change: only the latest completion's code is shown. */
  #surveyTurn = 0;
  /** The survey code of a completion is being read (the console counts as busy). */
  #readingSurvey = false;
  /** The sign-in field shows the refused-token state. */
  #tokenRefused = false;
  /** Where focus goes after the next render, when a person's action moved the console on. */
  #focusNext: 'token' | 'counter-select' | 'call-next' | null = null;
  readonly #tokenField: Ref<HTMLInputElement> = createRef();
  readonly #counterSelect: Ref<HTMLSelectElement> = createRef();

  constructor() {
    super();
    // A token set before the element was defined goes through the accessor below.
    const early = takeEarlyProperty(this, 'staffToken');
    if (early) this.staffToken = typeof early.value === 'string' ? early.value : null;
  }

  /**
   * Signs in with a staff token given by the host page (instead of the sign-in
   * field); `null` or `''` signs out. Write-only: reading it gives `undefined`,
   * so no script can read the token back from the element. Not an attribute.
   */
  set staffToken(token: string | null | undefined) {
    if (token) this.#signIn(token, false);
    else this.#signOut(null);
  }

  /** Always `undefined`: the token cannot be read back. */
  get staffToken(): undefined {
    return undefined;
  }

  /** Which screen the console shows now. */
  get step(): ConsoleStep {
    if (this.#token === null) return 'sign-in';
    const snapshot = this.#snapshot;
    if (!this.counter || (snapshot && !snapshot.counters.some((counter) => counter.id === this.counter))) {
      return 'choose';
    }
    return 'console';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.#onKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.#onKeydown);
  }

  /** The freshest queue known: the live feed's, or the one read after a failure when that is newer. */
  get #snapshot(): QueueSnapshot | null {
    return newestSnapshot(this.live.feed?.snapshot ?? null, this.#checked);
  }

  /** The chosen counter as it is now, or `null`. */
  get #counterNow(): QueueCounter | null {
    if (!this.counter) return null;
    const snapshot = this.#snapshot;
    // Once the feed has caught up with (or moved past) the console's own result, it is forgotten.
    if (this.#own && !isAhead(snapshot, this.#own)) this.#own = null;
    return shownCounter(snapshot, this.counter, this.#own);
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

  #signIn(token: string, byPerson: boolean): void {
    const trimmed = token.trim();
    this.#message = null;
    if (trimmed === '') {
      this.#message = { kind: 'error', text: (t) => t.tokenMissing };
      this.#focusNext = 'token';
    } else if (!TOKEN_PATTERN.test(trimmed)) {
      // No server could accept it: say so now rather than fail at the first call.
      this.#tokenRefused = true;
      this.#message = { kind: 'error', text: (t) => t.wrongToken };
      this.#focusNext = 'token';
    } else {
      this.#token = trimmed;
      this.#staff = null;
      this.#tokenRefused = false;
      if (byPerson) this.#focusNext = this.step === 'console' ? 'call-next' : 'counter-select';
    }
    this.requestUpdate();
  }

  #signOut(reason: Message | null): void {
    this.#token = null;
    this.#staff = null;
    this.#own = null;
    this.#survey = null;
    this.#surveyTurn += 1;
    this.#readingSurvey = false;
    this.#desk.reset();
    this.#message = reason;
    this.requestUpdate();
  }

  readonly #onSubmitToken = (event: SubmitEvent): void => {
    event.preventDefault();
    const field = this.#tokenField.value;
    if (!field) return;
    const token = field.value;
    // Out of the DOM at once: the field's value is readable by any script on the page.
    field.value = '';
    this.#signIn(token, true);
  };

  readonly #onSignOut = (): void => {
    this.#signOut({ kind: 'outcome', text: (t) => t.signedOut });
    this.#focusNext = 'token';
  };

  readonly #onChoose = (event: SubmitEvent): void => {
    event.preventDefault();
    const id = this.#counterSelect.value?.value;
    if (!id) return;
    this.counter = id;
    this.#own = null;
    this.#message = null;
    this.#focusNext = 'call-next';
  };

  readonly #onChangeCounter = (): void => {
    this.counter = undefined;
    this.#survey = null;
    this.#surveyTurn += 1;
    this.#readingSurvey = false;
    this.#own = null;
    this.#message = null;
    this.#focusNext = 'counter-select';
  };

  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (this.step !== 'console') return;
    const action = actionOfKey(event);
    if (!action) return;
    event.preventDefault();
    void this.#run(action);
  };

  #canRun(action: CounterAction, counter: QueueCounter | null): counter is QueueCounter {
    return this.#running === null && counter !== null && isAvailable(action, counter);
  }

  async #run(action: CounterAction): Promise<void> {
    const counter = this.#counterNow;
    const staff = this.#staffCore();
    if (!this.#canRun(action, counter) || !staff) return;
    const token = this.#token;
    this.#running = action;
    this.#message = null;
    if (action === 'complete') {
      this.#survey = null;
      this.#surveyTurn += 1;
      this.#readingSurvey = false;
    }
    this.requestUpdate();
    try {
      const counters = countersResource(staff);
      const call = action in CALLS ? CALLS[action as keyof typeof CALLS] : null;
      let after: QueueCounter;
      if (call) {
        const result: StaffCallResult = await counters[call.method](counter.id, {
          // What this screen shows: the server refuses if the counter moved on meanwhile.
          serving: counter.serving?.id ?? null,
        });
        after = counterAfterCall(counter, result, call.serving);
        const number = result.ticket?.number ?? '';
        const name = after.name;
        this.#message = { kind: 'outcome', text: (t) => outcomeOf(t, action, number, name) };
        if (action === 'complete' && result.ticket) void this.#showSurveyCode(staff, result.ticket.id, number);
      } else {
        const status = STATUS_OF[action] as CounterStatus;
        const updated = await counters.update(counter.id, { status });
        after = { ...counter, status: updated.status };
        this.#message = {
          kind: 'outcome',
          text: (t) => ({ open: t.opened, paused: t.paused, closed: t.closed })[status],
        };
      }
      this.#own = {
        counter: after,
        atMs: this.live.feed?.serverNow().getTime() ?? Date.now(),
        baseline: this.#snapshot,
      };
    } catch (error) {
      if (isMppApiError(error) && (error.status === 401 || error.status === 403)) {
        // Only the token this call carried is refused: staff may have signed in anew meanwhile.
        if (this.#token === token) this.#tokenRefusedNow();
        return;
      }
      this.#message = { kind: 'error', text: (t) => failureOf(t, action, error) };
      this.dispatchEvent(mppEvent('mpp-error', errorDetailOf(error)));
      await this.#reread();
    } finally {
      this.#running = null;
      this.requestUpdate();
    }
  }

  /**
   * Reads the survey code of the ticket just completed and shows it. The code
   * is a courtesy to the visitor: if it cannot be read, the completion stands
   * and the console says nothing more.
   */
  async #showSurveyCode(staff: ClientCore, ticketId: string, number: string): Promise<void> {
    const turn = this.#surveyTurn;
    // The completion's outcome, on screen now: the code is added to it unless another message replaced it meanwhile.
    const completion = this.#message;
    this.#readingSurvey = true;
    try {
      const { code } = await surveyResource(staff).invitation(ticketId);
      // Another number was completed meanwhile, or staff signed out: this code is no longer the one to read.
      if (turn !== this.#surveyTurn) return;
      this.#survey = { number, code };
      if (completion && this.#message === completion) {
        this.#message = { kind: 'outcome', text: (t) => `${t.completed(number)} ${t.surveyCodeSaid(code)}` };
      }
      this.requestUpdate();
    } catch (error) {
      this.dispatchEvent(mppEvent('mpp-error', errorDetailOf(error)));
    } finally {
      if (turn === this.#surveyTurn) this.#readingSurvey = false;
      this.requestUpdate();
    }
  }

  /** The server refused the token: back to sign-in, saying so, with the field focused. */
  #tokenRefusedNow(): void {
    this.#tokenRefused = true;
    this.#focusNext = 'token';
    this.#signOut({ kind: 'error', text: (t) => t.wrongToken });
  }

  /** After a failure, the queue as the server has it now: the console must not act on a state that is gone. */
  async #reread(): Promise<void> {
    this.#own = null;
    const base = this.clientChoice();
    if (base === null || base instanceof Error) return;
    try {
      this.#checked = await queuesResource(base).snapshot();
    } catch {
      // The live feed still follows the queue and says when its data is stale.
    }
  }

  protected override updated(): void {
    const target = this.#focusNext;
    if (!target) return;
    const element =
      target === 'token'
        ? this.#tokenField.value
        : target === 'counter-select'
          ? this.#counterSelect.value
          : this.renderRoot.querySelector<HTMLElement>('[data-action="call-next"]');
    // Not rendered yet (the queue is still loading): focus it when it is.
    if (!element?.isConnected) return;
    this.#focusNext = null;
    element.focus();
  }

  protected renderContent(): unknown {
    const choice = this.live.client;
    const { t } = this;
    if (choice === null) return errorPanel(t, t.notConfigured, null, null);
    if (choice instanceof Error) return errorPanelFor(t, choice, null);
    const step = this.step;
    const feed = this.live.feed;
    const reason = feed ? staleReasonOf(feed.state) : null;
    const level = clampHeadingLevel(this.headingLevel);
    const busy =
      this.#running !== null ||
      this.#readingSurvey ||
      this.#desk.busy ||
      (step !== 'sign-in' && !this.#snapshot && !feed?.error);
    return html`<section
      class="console"
      part="console"
      data-step=${step}
      data-freshness=${reason ? 'stale' : 'live'}
      aria-labelledby="heading"
      aria-busy=${busy ? 'true' : 'false'}
    >
      <div class="head">
        <div id="heading" class="heading" role="heading" aria-level=${level}>${t.heading}</div>
        ${
          step === 'sign-in'
            ? nothing
            : html`<button type="button" class="quiet" @click=${this.#onSignOut}>${t.signOut}</button>`
        }
      </div>
      ${
        step !== 'sign-in' && reason && feed?.snapshot
          ? staleNotice(t, reason, this.format.instantTime(feed.confirmedAt ?? feed.serverNow(), this.#timeZone))
          : nothing
      }
      ${this.#renderStep(step, subheadingLevel(level))}
      ${step === 'sign-in' ? nothing : this.#desk.render(subheadingLevel(level))} ${this.#renderMessages()}
    </section>`;
  }

  /** Two live regions, always present: failures interrupt (alert), outcomes wait their turn (status). */
  #renderMessages(): TemplateResult {
    const message = this.#message;
    const error = message?.kind === 'error' ? message.text(this.t) : '';
    const outcome = message?.kind === 'outcome' ? message.text(this.t) : this.#running ? this.t.sending : '';
    return html`<div class="message error ${error ? 'shown' : ''}" part="message" role="alert">${error}</div>
      <div class="message outcome ${outcome ? 'shown' : ''}" part="message" role="status">${outcome}</div>`;
  }

  get #timeZone(): TimeZone | undefined {
    return this.names.value?.timeZone;
  }

  #renderStep(step: ConsoleStep, level: number): unknown {
    if (step === 'sign-in') return this.#renderSignIn(level);
    const feed = this.live.feed;
    const snapshot = this.#snapshot;
    if (!snapshot) {
      return feed?.error
        ? errorPanelFor(this.t, feed.error, null)
        : html`<p class="muted" aria-hidden="true">${this.t.loading}</p>`;
    }
    if (step === 'choose') return this.#renderChoice(snapshot, level);
    const counter = this.#counterNow;
    return counter ? this.#renderConsole(counter, snapshot, level) : nothing;
  }

  #renderSignIn(level: number): TemplateResult {
    const { t } = this;
    return html`<form class="sign-in" part="sign-in" @submit=${this.#onSubmitToken} aria-labelledby="sign-in-heading">
      <div id="sign-in-heading" role="heading" aria-level=${level}>${t.signInHeading}</div>
      <label for="token">${t.tokenLabel}</label>
      <div class="field-row">
        <input
          ${ref(this.#tokenField)}
          id="token"
          part="token-input"
          type="password"
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          aria-describedby="token-hint"
          aria-invalid=${this.#tokenRefused ? 'true' : 'false'}
        />
        <button type="submit">${t.signIn}</button>
      </div>
      <p id="token-hint" class="muted">${t.tokenHint}</p>
    </form>`;
  }

  #agencyName(id: string): string {
    return this.names.value?.agencies.get(id) ?? id;
  }

  #statusWord(status: CounterStatus): string {
    const { t } = this;
    return { open: t.statusOpen, paused: t.statusPaused, closed: t.statusClosed }[status];
  }

  #renderChoice(snapshot: QueueSnapshot, level: number): TemplateResult {
    const { t } = this;
    const missing = this.counter && !snapshot.counters.some((counter) => counter.id === this.counter);
    const agencies = [...new Set(snapshot.counters.map((counter) => counter.agencyId))];
    return html`<form class="choose" @submit=${this.#onChoose} aria-labelledby="choose-heading">
      <div id="choose-heading" role="heading" aria-level=${level}>${t.chooseHeading}</div>
      ${missing ? html`<p class="message error shown">${t.counterNotFound(this.counter ?? '')}</p>` : nothing}
      ${
        snapshot.counters.length === 0
          ? html`<p class="muted">${t.noCounters}</p>`
          : html`<label for="counter">${t.counterLabel}</label>
              <div class="field-row">
                <select id="counter" part="counter-select" ${ref(this.#counterSelect)}>
                  ${agencies.map(
                    (agencyId) =>
                      html`<optgroup label=${this.#agencyName(agencyId)}>
                        ${snapshot.counters
                          .filter((counter) => counter.agencyId === agencyId)
                          .map(
                            (counter) =>
                              html`<option value=${counter.id}>
                                ${t.counterOption(
                                  counter.name,
                                  this.#agencyName(counter.agencyId),
                                  this.#statusWord(counter.status),
                                )}
                              </option>`,
                          )}
                      </optgroup>`,
                  )}
                </select>
                <button type="submit">${t.choose}</button>
              </div>`
      }
    </form>`;
  }

  #renderConsole(counter: QueueCounter, snapshot: QueueSnapshot, level: number): TemplateResult {
    const { t } = this;
    return html`<div class="counter" part="counter">
        <div class="counter-name" role="heading" aria-level=${level}>
          ${counter.name} <span class="agency">${this.#agencyName(counter.agencyId)}</span>
        </div>
        <p class="status ${counter.status}">
          <span class="visually-hidden">${t.statusLabel}:</span>
          <span part="counter-status">${this.#statusWord(counter.status)}</span>
        </p>
        <button type="button" class="quiet" @click=${this.#onChangeCounter}>${t.changeCounter}</button>
      </div>
      <div class="serving" part="serving">
        <span class="serving-label">${t.serving}</span>
        <span class="serving-number ${counter.serving ? '' : 'none'}" part="serving-number"
          >${counter.serving?.number ?? t.servingNone}</span
        >
      </div>
      ${
        this.#survey
          ? html`<div class="survey-code" part="survey-code">
              <span class="survey-label">${t.surveyCodeFor(this.#survey.number)}</span>
              <span class="survey-value">${this.#survey.code}</span>
              <span class="muted">${t.surveyCodeHint}</span>
            </div>`
          : nothing
      }
      <div class="actions" part="actions" role="group" aria-label=${t.queueActions}>
        ${COUNTER_ACTIONS.slice(0, 4).map((action) => this.#renderAction(action, counter))}
      </div>
      <div class="actions" part="actions" role="group" aria-label=${t.counterActions}>
        ${COUNTER_ACTIONS.slice(4).map((action) => this.#renderAction(action, counter))}
      </div>
      <p class="muted hint">${t.shortcutsHint}</p>
      ${this.#renderLines(counter, snapshot, level)}`;
  }

  #renderAction(action: CounterAction, counter: QueueCounter): TemplateResult {
    const label = {
      'call-next': this.t.callNext,
      recall: this.t.recall,
      skip: this.t.skip,
      complete: this.t.complete,
      open: this.t.open,
      pause: this.t.pause,
      close: this.t.close,
    }[action];
    // aria-disabled rather than disabled: the focused button keeps focus while a call runs,
    // so the keyboard shortcuts (which listen inside the console) keep working.
    const enabled = this.#canRun(action, counter);
    return html`<button
      type="button"
      class="action ${action === 'call-next' ? 'primary' : ''}"
      part="action action-${action}"
      data-action=${action}
      aria-disabled=${enabled ? 'false' : 'true'}
      aria-keyshortcuts=${SHORTCUTS[action]}
      @click=${() => void this.#run(action)}
    >
      <span class="label">${label}</span><kbd part="shortcut" aria-hidden="true">${SHORTCUTS[action]}</kbd>
    </button>`;
  }

  #renderLines(counter: QueueCounter, snapshot: QueueSnapshot, level: number): TemplateResult {
    const { t, format } = this;
    const lines = counter.serviceIds
      .map((id) => snapshot.services.find((line) => line.serviceId === id))
      .filter((line): line is QueueLine => line !== undefined);
    return html`<div class="lines" part="lines">
      <div role="heading" aria-level=${level}>${t.linesHeading}</div>
      ${
        lines.length === 0
          ? html`<p class="muted">${t.noLines}</p>`
          : html`<ul>
              ${lines.map((line) => {
                const name = this.names.value?.services.get(line.serviceId);
                const wait = line.estimatedWaitSeconds;
                return html`<li class="line" part="line" data-service=${line.serviceId}>
                  <span class="line-name"
                    >${name ? localizedString(name, this.resolvedLocale) : line.serviceId}
                    <span class="muted">(${line.prefix})</span></span
                  >
                  <span class="line-waiting">${t.waiting(format.number(line.waiting))}</span>
                  ${
                    wait !== null && line.waiting > 0
                      ? html`<span class="muted">${t.estimatedWait(format.wait(wait))}</span>`
                      : nothing
                  }
                </li>`;
              })}
            </ul>`
      }
    </div>`;
  }
}

/** The outcome of a queue action, in words. */
function outcomeOf(t: CounterConsoleStrings, action: CounterAction, number: string, counterName: string): string {
  switch (action) {
    case 'call-next':
      return t.called(number, counterName);
    case 'recall':
      return t.recalled(number);
    case 'skip':
      return t.skipped(number);
    default:
      return t.completed(number);
  }
}

/** Why an action failed, in words staff can act on; the server's own message for codes the console does not know. */
function failureOf(t: CommonStrings & CounterConsoleStrings, action: CounterAction, error: unknown): string {
  if (isMppNetworkError(error) || isMppTimeoutError(error)) return t.actionNetwork;
  if (!isMppApiError(error)) return errorMessage(t, error);
  switch (error.code) {
    case 'queue_empty':
      return t.queueEmpty;
    case 'counter_closed':
      return t.counterClosed;
    case 'recall_limit':
      return t.recallLimit;
    case 'counter_changed':
      return t.counterChanged;
    case 'conflict':
      return action === 'close' ? t.closeWhileServing : t.noCurrentTicket;
    case 'not_found':
      return t.counterUnknown;
    default:
      return error.message;
  }
}

/** The MPP's time zone and the agencies' and services' names (the catalog's reading of every page). */
async function loadNames(core: ClientCore, signal: AbortSignal): Promise<Names> {
  const [site, catalog] = await Promise.all([siteResource(core).get({ signal }), loadCatalog(core, signal)]);
  return {
    timeZone: site.timeZone,
    agencies: new Map(catalog.agencies.map((agency) => [agency.id, agency.shortName])),
    services: new Map(catalog.services.map((service) => [service.id, service.name])),
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'mpp-counter-console': MppCounterConsole;
  }
}
