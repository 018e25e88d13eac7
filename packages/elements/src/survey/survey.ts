import {
  AgeGroupSchema,
  EducationSchema,
  normalizeSurveyCode,
  OccupationSchema,
  SexSchema,
  SURVEY_CODE_VALID_DAYS,
  SURVEY_ELEMENT_COUNT,
  SURVEY_ELEMENTS,
  SURVEY_GRADES,
  SURVEY_SUGGESTION_MAX_LENGTH,
  type SurveyElement,
  type SurveyProfile,
  type SurveyReceipt,
  type SurveyResults,
} from '@mpp-kit/contract';
import { surveyResource, type ClientCore } from '@mpp-kit/sdk';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { errorDetailOf, errorKindOf, mppEvent } from '../core/events.js';
import { clampHeadingLevel } from '../core/heading-level.js';
import { alertIcon, icon, retryIcon } from '../core/icons.js';
import { MppElement } from '../core/mpp-element.js';
import { numberForm } from '../core/property-forms.js';
import { errorMessage, errorPanel, errorPanelFor } from '../core/states.js';
import { LazyTable, type Translations } from '../i18n/translations.js';
import { baseStyles } from '../styles/base.js';
import { surveyStringsId, type SurveyStrings } from './i18n/id.js';
import { attemptFor, type WriteAttempt } from '../core/write-attempt.js';
import { firstUnanswered, responseOf, sendResponse, type AnswerDraft } from './submission.js';
import { readSurveyLink } from './survey-link.js';
import { surveyStyles } from './survey.styles.js';

const translations: Translations<SurveyStrings> = {
  id: surveyStringsId,
  en: /* @__PURE__ */ new LazyTable(() => import('./i18n/en.js').then((module) => module.surveyStringsEn)),
};

/**
 * The screen on show: the code, one of the nine questions (by its position in
 * the regulation's order), the optional profile, the optional suggestion with
 * the send button, the thank-you, or why the code cannot be used.
 */
export type SurveyScreen =
  | {
      /** The code field. */
      readonly kind: 'code';
    }
  | {
      /** One element's question. */
      readonly kind: 'question';
      /** Its position in `SURVEY_ELEMENTS`, 0 to 8. */
      readonly index: number;
    }
  | {
      /** The optional respondent profile. */
      readonly kind: 'profile';
    }
  | {
      /** The optional suggestion and the send button. */
      readonly kind: 'suggestion';
    }
  | {
      /** The thank-you. */
      readonly kind: 'thanks';
      /** What the server counted the response for. */
      readonly receipt: SurveyReceipt;
    }
  | {
      /** The code cannot be used. */
      readonly kind: 'closed';
      /** Why: it expired, or it was answered already. */
      readonly reason: 'expired' | 'answered';
    };

/** Where sending stands on the last screen. */
type SendState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'sending' }
  /** No answer settled it: "Coba lagi" sends the same request with the same key. */
  | { readonly kind: 'unsure'; readonly error: unknown }
  /** Refused in a way the last screen explains. */
  | { readonly kind: 'refused'; readonly message: string };

/** Why the code field is marked. */
type CodeProblem = 'missing' | 'invalid' | 'unknown' | null;

/** The profile fields, with the contract's values in its order. */
const PROFILE_FIELDS = [
  { key: 'ageGroup', values: AgeGroupSchema.options, label: 'ageGroupLabel', choices: 'ageGroups' },
  { key: 'sex', values: SexSchema.options, label: 'sexLabel', choices: 'sexes' },
  { key: 'education', values: EducationSchema.options, label: 'educationLabel', choices: 'educations' },
  { key: 'occupation', values: OccupationSchema.options, label: 'occupationLabel', choices: 'occupations' },
] as const;

/** The element at `index` in the regulation's order; a question screen only ever holds 0 to 8. */
function elementAt(index: number): SurveyElement {
  const element = SURVEY_ELEMENTS[index];
  if (!element) throw new RangeError(`No survey element at ${index}`);
  return element;
}

/** The two optional screens after the nine questions. */
const OPTIONAL_SCREENS = ['profile', 'suggestion'] as const;

/**
 * The Survei Kepuasan Masyarakat (SKM) of PermenPAN-RB No. 14 of 2017, for the
 * visitor of a completed service, on a phone or a kiosk tablet.
 *
 * - **Entry by code**: the `code` property or attribute, or the page's URL
 *   fragment `#kode=7QX4-M2KP` (the ticket card's survey link): the element
 *   reads it on connect (and on `hashchange`), then removes the fragment from
 *   the address bar with `history.replaceState`. Without one, a code field
 *   ("Kode survei") accepts it as typed: lower case, spaces and look-alike
 *   letters are read with the contract's `normalizeSurveyCode`.
 * - **One element per screen**: the nine elements (unsur) in the regulation's
 *   order, each with its question and its own four answers as the regulation's
 *   questionnaire words them, as a radio group of large targets. The progress
 *   ("Pertanyaan 3 dari 9") is shown and announced, and each screen's heading
 *   takes focus. Back and next keep every answer.
 * - Then the optional respondent profile (age group, sex, education,
 *   occupation) and an optional suggestion with a character counter.
 * - **Sending** is idempotent: one `Idempotency-Key` per attempt, kept across
 *   double presses and "Coba lagi" after a lost answer, so one visit counts
 *   once. An unknown code can be corrected with every answer kept; an expired
 *   or used code, a lost connection and a refused answer are each said in words.
 * - **Thank-you** with the current IKM and its grade, and "Isi survei lain",
 *   which starts afresh for the next person (a kiosk) with nothing kept.
 * - No account, NIK or phone is asked. Nothing of the answers is written to
 *   the URL, storage, an attribute or an event: they live in this element's
 *   memory until sent, and are dropped once sent or refused for good.
 *
 * @summary The public satisfaction survey (SKM): nine questions, one per screen, entered with a survey code.
 * @tagname mpp-survey
 * @fires mpp-survey-submitted - The response was received; `detail` is `{ serviceId, agencyId }`: never the code, the answers or the profile.
 * @fires mpp-error - Sending or loading the results failed; `detail` is an `MppErrorDetail`.
 * @csspart card - The card around every screen (its `data-screen` is `code`, `question`, `profile`, `suggestion`, `thanks` or `closed`; `data-sending` is `true` while the response is sent).
 * @csspart progress - "Pertanyaan 3 dari 9", and the bar under it.
 * @csspart heading - The screen's heading (the element's name on a question); it takes focus when the screen is shown.
 * @csspart code-input - The survey code field.
 * @csspart code-error - Why the code was not accepted.
 * @csspart start-button - "Mulai survei".
 * @csspart question - The question of an element.
 * @csspart option - Each answer (a label around its radio button).
 * @csspart step-message - What the screen still needs ("Pilih salah satu jawaban…").
 * @csspart notice - A refused answer, on its question's screen.
 * @csspart profile-select - Each profile field.
 * @csspart suggestion-input - The suggestion field.
 * @csspart counter - The characters left in the suggestion.
 * @csspart refusal - Why the response was refused, or why the code cannot be used.
 * @csspart error - Why sending failed, with "Coba lagi".
 * @csspart retry-button - "Coba lagi".
 * @csspart back-button - "Kembali".
 * @csspart next-button - "Lanjut".
 * @csspart submit-button - "Kirim survei".
 * @csspart ikm - The current IKM on the thank-you screen.
 * @csspart ikm-value - The index, e.g. `86,11`.
 * @csspart ikm-grade - Its grade, e.g. "Mutu pelayanan B (Baik)".
 * @csspart another-button - "Isi survei lain".
 * @csspart announcement - The polite live region announcing each screen.
 * @example
 * ```html
 * <!-- on the page the ticket card's survey-url names, e.g. /survei/ -->
 * <mpp-survey api-base="https://mpp.kedirikota.go.id/api"></mpp-survey>
 * ```
 */
export class MppSurvey extends MppElement<SurveyStrings> {
  /** The shadow root's styles: {@link baseStyles}, then the survey's own. */
  static override styles = [...baseStyles, surveyStyles];

  static override properties: PropertyDeclarations = {
    code: {},
    headingLevel: { attribute: 'heading-level', form: numberForm },
  };

  /**
   * A survey code to answer with (e.g. from a receipt or a kiosk's scanner), as
   * written: setting it starts the survey afresh at the first question, or at
   * the code field saying why the code cannot be one.
   */
  declare code: string | undefined;

  /** The level of the screens' headings, 1 to 6. */
  headingLevel = 2;

  protected readonly translations = translations;

  #screen: SurveyScreen = { kind: 'code' };
  /** The code being answered, canonical; `null` until one is accepted. */
  #code: string | null = null;
  /** Whether the code came from the host or a link (then there is no code screen to go back to). */
  #preset = false;
  /** What is in the code field. */
  #codeDraft = '';
  #codeProblem: CodeProblem = null;
  #answers: AnswerDraft = {};
  #profile: SurveyProfile = {};
  #suggestion = '';
  #send: SendState = { kind: 'idle' };
  /** "Pilih salah satu jawaban…" on the question it is for. */
  #stepMessage: string | null = null;
  /** The server's refusal of an answer, on that answer's screen. */
  #notice: { readonly index: number; readonly text: string } | null = null;
  /** The attempt a retry reuses (see {@link attemptFor}). */
  #attempt: WriteAttempt | undefined;
  /** Bumped by every fresh start: an answer to an earlier run's request is dropped. */
  #run = 0;
  #focusNext: string | null = null;
  #announcement = '';

  private readonly resultsTask = this.createApiTask({
    args: () => [this.#screen.kind === 'thanks' ? this.#run : null] as const,
    load: (core, [run], signal): Promise<SurveyResults | null> =>
      run === null ? Promise.resolve(null) : surveyResource(core).results({}, { signal }),
  });

  /** The screen shown now. */
  get screen(): SurveyScreen {
    return this.#screen;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener('hashchange', this.#onHashChange);
    this.#readLink();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener('hashchange', this.#onHashChange);
  }

  readonly #onHashChange = (): void => {
    this.#readLink();
  };

  /** Starts with the code of a survey link in the URL fragment, then takes the fragment out of the address bar. */
  #readLink(): void {
    const code = readSurveyLink(location.hash);
    if (code === null) return;
    // Path and query stay; only the fragment leaves the history entry.
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    this.#start(code, true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('code') && this.code) this.#start(this.code, true);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const selector = this.#focusNext;
    if (!selector) return;
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    if (!target) return;
    this.#focusNext = null;
    target.focus();
  }

  /** Forgets everything of the previous respondent and starts with `code` (as written), or at the code field. */
  #start(text: string, preset: boolean): void {
    this.#reset();
    const code = normalizeSurveyCode(text);
    this.#preset = preset && code !== null;
    if (code === null) {
      this.#codeDraft = text;
      this.#codeProblem = 'invalid';
      this.#show({ kind: 'code' }, this.hasUpdated ? '#code' : null);
      return;
    }
    this.#code = code;
    this.#show({ kind: 'question', index: 0 }, this.hasUpdated ? '#screen-heading' : null);
  }

  /** Drops every answer, the code and the attempt: the next respondent starts from nothing. */
  #reset(): void {
    this.#run += 1;
    this.#code = null;
    this.#preset = false;
    this.#codeDraft = '';
    this.#codeProblem = null;
    this.#answers = {};
    this.#profile = {};
    this.#suggestion = '';
    this.#send = { kind: 'idle' };
    this.#stepMessage = null;
    this.#notice = null;
    this.#attempt = undefined;
  }

  /** Shows `screen`, announces it and moves focus to `focus` (its heading unless said otherwise). */
  #show(screen: SurveyScreen, focus: string | null = '#screen-heading'): void {
    this.#screen = screen;
    this.#stepMessage = null;
    this.#focusNext = focus;
    const progress = this.#progressText(screen);
    this.#announcement = progress ? this.t.arrived(progress, this.#headingText(screen)) : this.#headingText(screen);
    this.requestUpdate();
  }

  #core(): ClientCore | null {
    const choice = this.clientChoice();
    return choice === null || choice instanceof Error ? null : choice;
  }

  // --- moving between screens ---------------------------------------------------

  readonly #onCodeInput = (event: InputEvent): void => {
    this.#codeDraft = (event.target as HTMLInputElement).value;
  };

  readonly #onStart = (event: SubmitEvent): void => {
    event.preventDefault();
    const text = this.#codeDraft.trim();
    const code = text ? normalizeSurveyCode(text) : null;
    if (code === null) {
      this.#codeProblem = text ? 'invalid' : 'missing';
      this.#focusNext = '#code';
      this.requestUpdate();
      return;
    }
    this.#code = code;
    this.#codeProblem = null;
    this.#codeDraft = code;
    // After an unknown code was corrected every answer is still there: straight back to sending.
    const complete = firstUnanswered(this.#answers) === null;
    this.#show(complete ? { kind: 'suggestion' } : { kind: 'question', index: 0 });
  };

  readonly #onNext = (): void => {
    const screen = this.#screen;
    if (screen.kind === 'question') {
      const key = elementAt(screen.index).key;
      if (this.#answers[key] === undefined) {
        this.#stepMessage = this.t.chooseAnswer;
        this.#focusNext = 'input[type="radio"]';
        this.requestUpdate();
        return;
      }
      this.#show(
        screen.index + 1 < SURVEY_ELEMENT_COUNT ? { kind: 'question', index: screen.index + 1 } : { kind: 'profile' },
      );
      return;
    }
    if (screen.kind === 'profile') this.#show({ kind: 'suggestion' });
  };

  readonly #onBack = (): void => {
    const screen = this.#screen;
    if (this.#send.kind === 'sending') return;
    if (this.#send.kind !== 'unsure') this.#send = { kind: 'idle' };
    if (screen.kind === 'suggestion') this.#show({ kind: 'profile' });
    else if (screen.kind === 'profile') this.#show({ kind: 'question', index: SURVEY_ELEMENT_COUNT - 1 });
    else if (screen.kind === 'question' && screen.index > 0) this.#show({ kind: 'question', index: screen.index - 1 });
    else if (screen.kind === 'question' && !this.#preset) this.#show({ kind: 'code' }, '#code');
  };

  #answer(index: number, score: 1 | 2 | 3 | 4): void {
    const key = elementAt(index).key;
    this.#answers = { ...this.#answers, [key]: score };
    this.#stepMessage = null;
    if (this.#notice?.index === index) this.#notice = null;
    this.requestUpdate();
  }

  /** Enter on an answer moves on, as it does in a field. */
  readonly #onAnswerKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    this.#onNext();
  };

  readonly #onProfile = (key: keyof SurveyProfile, value: string): void => {
    const { [key]: _dropped, ...rest } = this.#profile;
    this.#profile = value ? { ...rest, [key]: value } : rest;
    this.requestUpdate();
  };

  readonly #onSuggestion = (event: InputEvent): void => {
    this.#suggestion = (event.target as HTMLTextAreaElement).value;
    this.requestUpdate();
  };

  readonly #onAnother = (): void => {
    this.#reset();
    this.#show({ kind: 'code' }, '#code');
  };

  // --- sending ------------------------------------------------------------------

  /** Sends the response; a press while it is being sent does nothing. */
  async #submit(): Promise<void> {
    if (this.#send.kind === 'sending') return;
    const core = this.#core();
    const code = this.#code;
    const input = code ? responseOf(code, this.#answers, this.#profile, this.#suggestion) : null;
    if (!core || !input) return;
    const attempt = attemptFor(this.#attempt, input);
    this.#attempt = attempt;
    const run = this.#run;
    this.#send = { kind: 'sending' };
    this.requestUpdate();
    const outcome = await sendResponse(core, input, attempt);
    if (run !== this.#run) return;
    if (outcome.kind === 'received') {
      const { serviceId, agencyId } = outcome.receipt;
      // Nothing of this respondent stays in memory once the server has it.
      this.#reset();
      this.#show({ kind: 'thanks', receipt: outcome.receipt });
      this.dispatchEvent(mppEvent('mpp-survey-submitted', { serviceId, agencyId }));
      return;
    }
    this.dispatchEvent(mppEvent('mpp-error', errorDetailOf(outcome.error)));
    if (outcome.kind === 'unsure') {
      this.#send = { kind: 'unsure', error: outcome.error };
      this.#focusNext = '[part~="retry-button"]';
      this.requestUpdate();
      return;
    }
    // The server answered: this attempt is settled, a new request gets a new key.
    this.#attempt = undefined;
    this.#send = { kind: 'idle' };
    const { t } = this;
    switch (outcome.code) {
      case 'survey_code_unknown':
        this.#codeDraft = code ?? '';
        this.#codeProblem = 'unknown';
        this.#code = null;
        this.#preset = false;
        this.#show({ kind: 'code' }, '#code');
        return;
      case 'survey_code_expired':
      case 'survey_answered': {
        const reason = outcome.code === 'survey_answered' ? 'answered' : 'expired';
        // The answers can never be sent with this code: they are dropped.
        this.#reset();
        this.#show({ kind: 'closed', reason });
        return;
      }
      case 'validation_failed': {
        const index = SURVEY_ELEMENTS.findIndex((element) => element.key === outcome.element);
        if (index >= 0) {
          // Named in the visitor's language: the server's issue text carries both languages.
          this.#notice = { index, text: t.answerRefusedFor(elementAt(index).name[this.resolvedLocale]) };
          this.#show({ kind: 'question', index }, '[part~="notice"]');
          return;
        }
        this.#send = { kind: 'refused', message: `${t.answerRefused} ${errorMessage(t, outcome.error)}` };
        this.#focusNext = '[part~="refusal"]';
        this.requestUpdate();
        return;
      }
      default:
        this.#send = { kind: 'refused', message: errorMessage(t, outcome.error) };
        this.#focusNext = '[part~="refusal"]';
        this.requestUpdate();
    }
  }

  readonly #onSubmit = (): void => {
    void this.#submit();
  };

  // --- rendering ----------------------------------------------------------------

  #progressText(screen: SurveyScreen): string | null {
    const { t, format } = this;
    if (screen.kind === 'question') {
      return t.progress(format.number(screen.index + 1), format.number(SURVEY_ELEMENT_COUNT));
    }
    if (screen.kind === 'profile' || screen.kind === 'suggestion') {
      return t.optionalProgress(format.number(OPTIONAL_SCREENS.indexOf(screen.kind) + 1), format.number(2));
    }
    return null;
  }

  #headingText(screen: SurveyScreen): string {
    const { t } = this;
    switch (screen.kind) {
      case 'question':
        return elementAt(screen.index).name[this.resolvedLocale];
      case 'profile':
        return t.profileHeading;
      case 'suggestion':
        return t.suggestionHeading;
      case 'thanks':
        return t.thanksHeading;
      case 'closed':
        return t.closedHeading;
      default:
        return t.heading;
    }
  }

  protected renderContent(): unknown {
    const { t } = this;
    const choice = this.clientChoice();
    if (choice === null) return errorPanel(t, t.notConfigured, null, null);
    if (choice instanceof Error) return errorPanelFor(t, choice, null);
    const screen = this.#screen;
    const progress = this.#progressText(screen);
    const sending = this.#send.kind === 'sending';
    return html`<section
      class="card"
      part="card"
      aria-labelledby="screen-heading"
      data-screen=${screen.kind}
      data-sending=${sending ? 'true' : 'false'}
    >
      ${progress ? this.#renderProgress(screen, progress) : nothing}
      <div
        id="screen-heading"
        class="title"
        part="heading"
        role="heading"
        aria-level=${clampHeadingLevel(this.headingLevel)}
        tabindex="-1"
      >
        ${this.#headingText(screen)}
      </div>
      ${this.#renderBody(screen)}
      <p class="visually-hidden" part="announcement" aria-live="polite" aria-atomic="true">${this.#announcement}</p>
    </section>`;
  }

  #renderProgress(screen: SurveyScreen, text: string): TemplateResult {
    const answered = screen.kind === 'question' ? screen.index : SURVEY_ELEMENT_COUNT;
    return html`<div part="progress">
      <p class="progress">${text}</p>
      <div class="progress-bar" aria-hidden="true">
        ${SURVEY_ELEMENTS.map((_, index) => html`<span class=${index < answered ? 'done' : ''}></span>`)}
      </div>
    </div>`;
  }

  #renderBody(screen: SurveyScreen): unknown {
    switch (screen.kind) {
      case 'code':
        return this.#renderCode();
      case 'question':
        return this.#renderQuestion(screen.index);
      case 'profile':
        return this.#renderProfile();
      case 'suggestion':
        return this.#renderSuggestion();
      case 'thanks':
        return this.#renderThanks();
      default:
        return this.#renderClosed(screen.reason);
    }
  }

  #renderCode(): TemplateResult {
    const { t } = this;
    const problem = this.#codeProblem;
    const message = problem
      ? { missing: t.codeMissing, invalid: t.codeInvalid, unknown: t.codeUnknown }[problem]
      : null;
    return html`<form class="fields" @submit=${this.#onStart} novalidate>
      <p>${t.intro}</p>
      <div class="field">
        <label for="code">${t.codeLabel}</label>
        <input
          id="code"
          part="code-input"
          type="text"
          inputmode="text"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          maxlength="32"
          .value=${live(this.#codeDraft)}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${problem ? 'code-hint code-error' : 'code-hint'}
          @input=${this.#onCodeInput}
        />
        <p id="code-hint" class="hint">${t.codeHint}</p>
        ${message ? html`<p id="code-error" class="message" part="code-error" role="alert">${message}</p>` : nothing}
      </div>
      <div class="actions">
        <button type="submit" part="start-button">${t.start}</button>
      </div>
    </form>`;
  }

  #renderQuestion(index: number): TemplateResult {
    const { t } = this;
    const { key } = elementAt(index);
    const { question, answers } = t.questions[key];
    const chosen = this.#answers[key];
    const notice = this.#notice?.index === index ? this.#notice.text : null;
    return html`${this.#code ? html`<p class="code-in-use">${t.codeInUse(this.#code)}</p>` : nothing}
      ${
        notice
          ? html`<div class="panel refusal" part="notice" role="alert" tabindex="-1">
              ${icon(alertIcon)}
              <p class="panel-body">${notice}</p>
            </div>`
          : nothing
      }
      ${keyed(
        key,
        html`<fieldset aria-describedby=${this.#stepMessage ? 'step-message' : nothing}>
          <legend part="question">${question}</legend>
          ${answers.map((text, position) => {
            const score = (position + 1) as 1 | 2 | 3 | 4;
            return html`<label class="option" part="option">
              <input
                type="radio"
                name=${`answer-${key}`}
                .value=${String(score)}
                .checked=${live(chosen === score)}
                @change=${() => this.#answer(index, score)}
                @keydown=${this.#onAnswerKey}
              />
              <span>${text}</span>
            </label>`;
          })}
        </fieldset>`,
      )}
      ${
        this.#stepMessage
          ? html`<p id="step-message" class="message" part="step-message" role="alert">${this.#stepMessage}</p>`
          : nothing
      }
      <div class="actions">
        ${
          index > 0 || !this.#preset
            ? html`<button type="button" class="secondary" part="back-button" @click=${this.#onBack}>${t.back}</button>`
            : nothing
        }
        <button type="button" part="next-button" @click=${this.#onNext}>${t.next}</button>
      </div>`;
  }

  #renderProfile(): TemplateResult {
    const { t } = this;
    return html`<p>${t.profileIntro}</p>
      <div class="fields">
        ${PROFILE_FIELDS.map(({ key, values, label, choices }) => {
          const names = t[choices] as Readonly<Record<string, string>>;
          const value = this.#profile[key] ?? '';
          return html`<div class="field">
            <label for=${`profile-${key}`}>${t[label]}</label>
            <select
              id=${`profile-${key}`}
              name=${key}
              part="profile-select"
              @change=${(event: Event) => this.#onProfile(key, (event.target as HTMLSelectElement).value)}
            >
              <option value="" ?selected=${value === ''}>${t.notSaying}</option>
              ${values.map(
                (choice: string) =>
                  html`<option value=${choice} ?selected=${value === choice}>${names[choice]}</option>`,
              )}
            </select>
          </div>`;
        })}
      </div>
      <div class="actions">
        <button type="button" class="secondary" part="back-button" @click=${this.#onBack}>${t.back}</button>
        <button type="button" part="next-button" @click=${this.#onNext}>${t.next}</button>
      </div>`;
  }

  #renderSuggestion(): TemplateResult {
    const { t, format } = this;
    const left = SURVEY_SUGGESTION_MAX_LENGTH - this.#suggestion.length;
    const sending = this.#send.kind === 'sending';
    return html`<div class="field">
        <label for="suggestion">${t.suggestionLabel}</label>
        <textarea
          id="suggestion"
          part="suggestion-input"
          rows="5"
          maxlength=${SURVEY_SUGGESTION_MAX_LENGTH}
          autocomplete="off"
          .value=${live(this.#suggestion)}
          aria-describedby="suggestion-hint suggestion-count"
          @input=${this.#onSuggestion}
        ></textarea>
        <p id="suggestion-hint" class="hint">${t.suggestionHint}</p>
        <p id="suggestion-count" class="hint" part="counter">
          ${t.charactersLeft(left, format.number(left), format.number(SURVEY_SUGGESTION_MAX_LENGTH))}
        </p>
      </div>
      ${this.#renderSendProblem()}
      <div class="actions">
        <button type="button" class="secondary" part="back-button" @click=${this.#onBack}>${t.back}</button>
        <button type="button" part="submit-button" aria-disabled=${sending ? 'true' : 'false'} @click=${this.#onSubmit}>
          ${sending ? t.submitting : t.submit}
        </button>
      </div>`;
  }

  /** Why the response did not go through: a refusal, or no answer with "Coba lagi". */
  #renderSendProblem(): unknown {
    const { t } = this;
    const send = this.#send;
    if (send.kind === 'refused') {
      return html`<div class="panel refusal" part="refusal" role="alert" tabindex="-1">
        ${icon(alertIcon)}
        <div class="panel-body">
          <p class="panel-title">${t.sendFailed}</p>
          <p>${send.message}</p>
        </div>
      </div>`;
    }
    if (send.kind !== 'unsure') return nothing;
    const kind = errorKindOf(send.error);
    const text = kind === 'network' ? t.sendNetwork : kind === 'timeout' ? t.sendTimeout : errorMessage(t, send.error);
    return html`<div class="panel error" part="error" role="alert">
      ${icon(alertIcon)}
      <div class="panel-body">
        <p class="panel-title">${t.sendFailed}</p>
        <p>${text}</p>
      </div>
      <button type="button" part="retry-button" @click=${this.#onSubmit}>${icon(retryIcon)}${t.retry}</button>
    </div>`;
  }

  #renderThanks(): TemplateResult {
    const { t } = this;
    const task = this.resultsTask;
    let ikm: unknown;
    if (task.state === 'error') ikm = html`<p class="muted" part="ikm">${t.ikmFailed}</p>`;
    else if (task.value) ikm = this.#renderIkm(task.value);
    else ikm = html`<div class="ikm" aria-hidden="true"><span class="bone long">&nbsp;</span></div>`;
    return html`<p>${t.thanks}</p>
      ${ikm}
      <div class="actions">
        <button type="button" class="secondary" part="another-button" @click=${this.#onAnother}>${t.another}</button>
      </div>`;
  }

  #renderIkm(results: SurveyResults): TemplateResult {
    const { t, format } = this;
    if (results.index === null || results.grade === null) return html`<p class="muted" part="ikm">${t.ikmNone}</p>`;
    const band = SURVEY_GRADES.find((item) => item.grade === results.grade);
    return html`<div class="ikm" part="ikm">
      <p>${t.ikmLabel}</p>
      <p class="ikm-value" part="ikm-value">${format.number(results.index)}</p>
      <p class="ikm-grade" part="ikm-grade">
        ${t.gradeText(results.grade, band ? band.name[this.resolvedLocale] : '')}
      </p>
      <p class="hint">
        ${t.ikmBasis(
          results.respondents,
          format.number(results.respondents),
          format.date(results.from, 'long'),
          format.date(results.to, 'long'),
        )}
      </p>
    </div>`;
  }

  #renderClosed(reason: 'expired' | 'answered'): TemplateResult {
    const { t, format } = this;
    const text = reason === 'answered' ? t.answered : t.expired(format.number(SURVEY_CODE_VALID_DAYS));
    return html`<div class="panel refusal" part="refusal" role="alert">
        ${icon(alertIcon)}
        <p class="panel-body">${text}</p>
      </div>
      <div class="actions">
        <button type="button" class="secondary" part="another-button" @click=${this.#onAnother}>${t.another}</button>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mpp-survey': MppSurvey;
  }
}
