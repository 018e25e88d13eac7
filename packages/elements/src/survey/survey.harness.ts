import { ElementHarness, textOf } from '../core/harness.js';
import type { MppSurvey } from './survey.js';

/** A respondent profile as the harness chooses it: each field's contract value, or `''` for "Tidak ingin menjawab". */
export interface SurveyProfileEntry {
  /** The age group, e.g. `30-39`. */
  readonly ageGroup?: string;
  /** `male` or `female`. */
  readonly sex?: string;
  /** The highest education, e.g. `bachelor`. */
  readonly education?: string;
  /** The occupation, e.g. `entrepreneur`. */
  readonly occupation?: string;
}

/**
 * Reads and drives `<mpp-survey>` the way a respondent does: enter the code,
 * choose an answer per screen, go back and forth, fill in the optional
 * screens, send, read the thank-you.
 *
 * @example
 * ```ts
 * const survey = new SurveyHarness(document.querySelector('mpp-survey')!);
 * await survey.enterCode('7qx4 m2kp');
 * await survey.answerAll([4, 3, 3, 4, 4, 4, 4, 3, 4]);
 * await survey.next(); // past the optional profile
 * await survey.submit();
 * survey.ikm; // '86,11'
 * ```
 */
export class SurveyHarness extends ElementHarness<MppSurvey> {
  /** The response is being sent: {@link settled} waits for it. */
  protected override get pendingWork(): string | null {
    return this.sending ? 'sending' : null;
  }

  /** Whether the response is being sent now. */
  get sending(): boolean {
    return this.find('[part~="card"][data-sending="true"]') !== null;
  }

  /** The screen shown: `code`, `question`, `profile`, `suggestion`, `thanks` or `closed`; `null` when none. */
  get screen(): string | null {
    return this.find('[part~="card"]')?.getAttribute('data-screen') ?? null;
  }

  /** The screen's heading: the element's name on a question, e.g. `Biaya/tarif`. */
  get heading(): string | null {
    return this.textAt('[part~="heading"]');
  }

  /** The progress line, e.g. `Pertanyaan 3 dari 9`, or `null` on screens without one. */
  get progress(): string | null {
    return this.textAt('[part~="progress"] .progress');
  }

  /** What the polite live region says now. */
  get announcement(): string {
    return textOf(this.find('[part~="announcement"]'));
  }

  /** The question of the element shown, or `null`. */
  get question(): string | null {
    return this.textAt('[part~="question"]');
  }

  /** The four answers offered, worst first. */
  get answers(): string[] {
    return [...this.root.querySelectorAll('[part~="option"]')].map((option) => textOf(option));
  }

  /** The answer chosen on this screen, as its text, or `null`. */
  get chosen(): string | null {
    const checked = this.root.querySelector<HTMLInputElement>('[part~="option"] input:checked');
    return checked ? textOf(checked.closest('label')) : null;
  }

  /** The radio buttons of the question shown. */
  get radios(): HTMLInputElement[] {
    return [...this.root.querySelectorAll<HTMLInputElement>('[part~="option"] input[type="radio"]')];
  }

  /** The survey code field, or `null` when the code screen is not shown. */
  get codeField(): HTMLInputElement | null {
    return this.root.querySelector<HTMLInputElement>('[part~="code-input"]');
  }

  /** Why the code was not accepted, or `null`. */
  get codeError(): string | null {
    return this.textAt('[part~="code-error"]');
  }

  /** Types `code` into the code field, presses "Mulai survei" and waits until settled. */
  async enterCode(code: string): Promise<void> {
    const field = this.codeField;
    if (!field) throw new Error(`no code field: the survey shows ${String(this.screen)}`);
    field.value = code;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    field.form?.requestSubmit();
    await this.settled();
  }

  /** Chooses the answer whose text is `answer` (or whose score, 1 to 4, is `answer`), as a click on it does. */
  async choose(answer: string | number): Promise<void> {
    const options = [...this.root.querySelectorAll<HTMLLabelElement>('[part~="option"]')];
    const option = typeof answer === 'number' ? options[answer - 1] : options.find((label) => textOf(label) === answer);
    if (!option) throw new Error(`no answer "${String(answer)}"; the answers are ${this.answers.join(', ')}`);
    option.click();
    await this.settled();
  }

  /** Presses "Lanjut" and waits until settled. */
  async next(): Promise<void> {
    await this.pressPart('next-button');
  }

  /** Presses "Kembali" and waits until settled. */
  async back(): Promise<void> {
    await this.pressPart('back-button');
  }

  /** Answers the questions from the one shown with `scores` (1 to 4 each), pressing "Lanjut" after each. */
  async answerAll(scores: readonly number[]): Promise<void> {
    for (const score of scores) {
      if (this.screen !== 'question') throw new Error(`no question to answer: the survey shows ${String(this.screen)}`);
      await this.choose(score);
      await this.next();
    }
  }

  /** What the screen still needs ("Pilih salah satu jawaban…"), or `null`. */
  get stepMessage(): string | null {
    return this.textAt('[part~="step-message"]');
  }

  /** A refused answer on its question's screen, or `null`. */
  get notice(): string | null {
    return this.textAt('[part~="notice"]');
  }

  /** Chooses the profile fields given (by the contract's values) and waits until settled. */
  async fillProfile(profile: SurveyProfileEntry): Promise<void> {
    for (const [key, value] of Object.entries(profile)) {
      const select = this.root.querySelector<HTMLSelectElement>(`[part~="profile-select"][name="${key}"]`);
      if (!select) throw new Error(`no profile field ${key}`);
      select.value = value as string;
      select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    }
    await this.settled();
  }

  /** The profile fields' labels and the text of their chosen option. */
  get profile(): Record<string, string> {
    return Object.fromEntries(
      [...this.root.querySelectorAll<HTMLSelectElement>('[part~="profile-select"]')].map((select) => [
        textOf(select.labels[0]),
        textOf(select.selectedOptions[0]),
      ]),
    );
  }

  /** The suggestion field, or `null` when its screen is not shown. */
  get suggestionField(): HTMLTextAreaElement | null {
    return this.root.querySelector<HTMLTextAreaElement>('[part~="suggestion-input"]');
  }

  /** Types `text` into the suggestion field and waits until settled. */
  async writeSuggestion(text: string): Promise<void> {
    const field = this.suggestionField;
    if (!field) throw new Error(`no suggestion field: the survey shows ${String(this.screen)}`);
    field.value = text;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await this.settled();
  }

  /** The characters left, e.g. `Sisa 988 dari 1.000 karakter`. */
  get counter(): string | null {
    return this.textAt('[part~="counter"]');
  }

  /** Presses "Kirim survei" without waiting (e.g. twice, as a double press does). */
  pressSubmit(): void {
    this.partButton('submit-button').click();
  }

  /** Presses "Kirim survei" and waits for the answer. */
  async submit(): Promise<void> {
    this.pressSubmit();
    await this.settled();
  }

  /** Why the response was refused, or why the code cannot be used, or `null`. */
  get refusal(): string | null {
    return this.textAt('[part~="refusal"]');
  }

  /** The current IKM on the thank-you screen, e.g. `86,11`, or `null`. */
  get ikm(): string | null {
    return this.textAt('[part~="ikm-value"]');
  }

  /** The IKM's grade in words, e.g. `Mutu pelayanan B (Baik)`, or `null`. */
  get grade(): string | null {
    return this.textAt('[part~="ikm-grade"]');
  }

  /** The whole IKM box (or why there is none), or `null`. */
  get ikmText(): string | null {
    return this.textAt('[part~="ikm"]');
  }

  /** Presses "Isi survei lain": back to an empty code screen. */
  async another(): Promise<void> {
    await this.pressPart('another-button');
  }
}
