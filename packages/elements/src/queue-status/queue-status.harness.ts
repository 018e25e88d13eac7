import { ElementHarness, textOf } from '../core/harness.js';
import type { CounterDisplayState, MppQueueStatus } from './queue-status.js';

/** A counter as a visitor reads it on the card or the board. */
export interface CounterRow {
  /** Its name, e.g. `Loket 3`. */
  readonly name: string;
  /** Its state: `open` (serving), `idle` (open, serving nobody), `paused` or `closed`. */
  readonly state: CounterDisplayState;
  /** The state in words, e.g. `Buka`. */
  readonly stateText: string;
  /** The number it serves, e.g. `A-012`, or `null`. */
  readonly serving: string | null;
}

/** A service's line as a visitor reads it. */
export interface LineRow {
  /** The service's id. */
  readonly serviceId: string;
  /** The service's name as shown. */
  readonly name: string;
  /** People waiting and the estimated wait, as shown. */
  readonly facts: string;
}

/** One of the board's latest calls. */
export interface CallRow {
  /** The number called, e.g. `A-012`. */
  readonly number: string;
  /** The counter's name. */
  readonly counter: string;
  /** Whether it is a recall. */
  readonly recall: boolean;
}

/**
 * Reads and drives `<mpp-queue-status>` as a visitor does: the counters and
 * lines it shows, the board's latest calls, the connection, the pause and
 * sound controls, and what the live region tells a screen reader.
 *
 * @example
 * const board = new QueueStatusHarness(document.querySelector('mpp-queue-status')!);
 * await board.settled();
 * await board.waitFor(() => board.servingAt('Loket 1') === 'A-001');
 */
export class QueueStatusHarness extends ElementHarness<MppQueueStatus> {
  /** Resolves once the element shows its data, an error or its configuration hint (not the skeleton). */
  override async settled(timeout = 5000): Promise<void> {
    const deadline = Date.now() + timeout;
    await super.settled(timeout);
    await this.waitFor(() => this.find('[data-loading]') === null, Math.max(0, deadline - Date.now()), 'its data');
  }

  /**
   * Resolves when `check` holds, looking again at every change of the element's
   * shadow DOM; fails after `timeout` ms with `what` in the message.
   */
  async waitFor(check: () => boolean, timeout = 5000, what = 'the condition'): Promise<void> {
    const deadline = Date.now() + timeout;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`<${this.element.localName}> never showed ${what} (${timeout} ms)`);
      await new Promise<void>((resolve) => {
        const done = (): void => {
          observer.disconnect();
          clearTimeout(timer);
          resolve();
        };
        const observer = new MutationObserver(done);
        observer.observe(this.root, { subtree: true, childList: true, attributes: true, characterData: true });
        const timer = setTimeout(done, Math.max(0, deadline - Date.now()));
      });
    }
  }

  /** The counters shown, in order. */
  get counters(): CounterRow[] {
    return [...this.root.querySelectorAll('[part~="counter"]')].map((row) => {
      const number = row.querySelector('[part~="number"] .number-text');
      return {
        name: textOf(row.querySelector('[part~="counter-name"]')),
        state: row.getAttribute('data-state') as CounterDisplayState,
        stateText: textOf(row.querySelector('[part~="counter-state"]')),
        serving: number ? textOf(number) : null,
      };
    });
  }

  /** The number the counter named `name` serves, or `null` (also when there is no such counter). */
  servingAt(name: string): string | null {
    return this.counters.find((counter) => counter.name === name)?.serving ?? null;
  }

  /** The service lines shown, in order. */
  get lines(): LineRow[] {
    return [...this.root.querySelectorAll('[part~="line"]')].map((row) => ({
      serviceId: row.getAttribute('data-service') ?? '',
      name: textOf(row.querySelector('.line-name')),
      facts: textOf(row.querySelector('.line-facts')),
    }));
  }

  /** The board's latest calls, newest first. */
  get calls(): CallRow[] {
    return [...this.root.querySelectorAll('[part~="call"]')].map((row) => ({
      number: textOf(row.querySelector('.call-number')),
      counter: textOf(row.querySelector('.call-counter')),
      recall: row.querySelector('.recall') !== null,
    }));
  }

  /** The connection state the indicator shows (`live`, `reconnecting`, `polling`, `offline`, `connecting`), or `null`. */
  get connection(): string | null {
    return this.find('[part~="connection"]')?.getAttribute('data-state') ?? null;
  }

  /** The indicator's words, e.g. `Langsung`. */
  get connectionText(): string | null {
    const indicator = this.find('[part~="connection"]');
    return indicator ? textOf(indicator) : null;
  }

  /** `live` or `stale`, as the element marks its data; `null` before there is data. */
  get freshness(): string | null {
    return this.find('[part~="queue"]')?.getAttribute('data-freshness') ?? null;
  }

  /** The closed-hours or break sentence, or `null` while the MPP is open. */
  get opening(): string | null {
    const line = this.find('[part~="opening"]');
    return line ? textOf(line) : null;
  }

  /** What the polite live region says now (it changes at most every few seconds). */
  get announcement(): string {
    return this.find('[role="status"][aria-live="polite"]')?.textContent.trim() ?? '';
  }

  /** Whether updates are paused. */
  get paused(): boolean {
    return this.find('[part~="pause-button"]')?.getAttribute('aria-pressed') === 'true';
  }

  /** The paused note, or `null`. */
  get pausedNote(): string | null {
    const note = this.find('[part~="paused-note"]');
    return note ? textOf(note) : null;
  }

  /** Presses "pause updates" (pausing, or resuming when paused). */
  async togglePause(): Promise<void> {
    this.button('pause-button').click();
    await this.element.updateComplete;
  }

  /** The board's sound: `off` (not enabled yet), `on`, `muted`, or `unavailable` (no control shown). */
  get sound(): 'off' | 'on' | 'muted' | 'unavailable' {
    if (this.find('[part~="sound-button"]')) return 'off';
    const mute = this.find('[part~="mute-button"]');
    if (!mute) return 'unavailable';
    return mute.getAttribute('aria-pressed') === 'true' ? 'muted' : 'on';
  }

  /** Presses "enable sound" and waits until the mute toggle replaces it. */
  async enableSound(): Promise<void> {
    this.button('sound-button').click();
    await this.waitFor(() => this.sound !== 'off', 5000, 'the mute toggle');
  }

  /** Presses the mute toggle. */
  async toggleMute(): Promise<void> {
    this.button('mute-button').click();
    await this.element.updateComplete;
  }

  /** The note about sound (no voice of the language, no sound at all), or `null`. */
  get soundNote(): string | null {
    const note = this.find('[part~="sound-note"]');
    return note ? textOf(note) : null;
  }

  private button(part: string): HTMLElement {
    const button = this.find(`[part~="${part}"]`);
    if (!(button instanceof HTMLElement)) throw new Error(`no ${part} is shown`);
    return button;
  }
}
