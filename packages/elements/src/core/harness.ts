import type { LitElement } from 'lit';

/**
 * The text of an element as a visitor reads it: rendered text (line breaks and
 * block boundaries become spaces, hidden text is left out), whitespace collapsed.
 */
export function textOf(node: Element | null | undefined): string {
  const text = node instanceof HTMLElement ? node.innerText : (node?.textContent ?? '');
  // The isolates around API text in a sentence (see `isolated`) are invisible.
  return text
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The part every element harness shares: waiting for data, and reading the
 * error panel, the stale-data notice and the retry button.
 */
export class ElementHarness<E extends LitElement = LitElement> {
  /** The element under test. */
  readonly element: E;

  constructor(element: E) {
    this.element = element;
  }

  /** The element's shadow root. */
  protected get root(): ShadowRoot {
    const root = this.element.shadowRoot;
    if (!root) throw new Error(`<${this.element.localName}> has no shadow root; is it defined and connected?`);
    return root;
  }

  /** The first element matching `selector` in the shadow root, or `null`. */
  protected find(selector: string): Element | null {
    return this.root.querySelector(selector);
  }

  /** The text (as {@link textOf} reads it) of the first element matching `selector`, or `null` when none is shown. */
  protected textAt(selector: string): string | null {
    const node = this.find(selector);
    return node ? textOf(node) : null;
  }

  /** The button (or control acting as one) whose part is `part`; fails when none is shown. */
  protected partButton(part: string): HTMLElement {
    const found = this.find(`[part~="${part}"]`);
    if (!(found instanceof HTMLElement)) throw new Error(`no ${part} is shown`);
    return found;
  }

  /** Presses the button whose part is `part` and waits until settled. */
  protected async pressPart(part: string): Promise<void> {
    this.partButton(part).click();
    await this.settled();
  }

  /**
   * A list of facts by label: for each element matching `rowSelector`, the
   * text of its `<dt>` mapped to the text of its `<dd>`.
   */
  protected factsIn(rowSelector: string): Record<string, string> {
    return Object.fromEntries(
      [...this.root.querySelectorAll(rowSelector)].map((row) => [
        textOf(row.querySelector('dt')),
        textOf(row.querySelector('dd')),
      ]),
    );
  }

  /** Whether a load is running (the element marks itself `aria-busy`). */
  get busy(): boolean {
    return this.find('[part~="base"][aria-busy="true"]') !== null;
  }

  /**
   * What the element is doing besides loading that {@link settled} must wait
   * out (sending a booking, taking a number), in words for the timeout error;
   * `null` when nothing. Harnesses of elements with such work override it.
   */
  protected get pendingWork(): string | null {
    return null;
  }

  /**
   * Resolves once the element has rendered, no load is running and no
   * {@link pendingWork} is under way: its data, error panel or configuration
   * hint is on screen.
   *
   * @param timeout milliseconds to wait before failing. @default 5000
   */
  async settled(timeout = 5000): Promise<void> {
    const deadline = Date.now() + timeout;
    // Let attribute observers (a `lang` change) run first; they are microtasks.
    await Promise.resolve();
    for (;;) {
      await this.element.updateComplete;
      if (Date.now() > deadline) {
        const doing = this.busy ? 'loading' : (this.pendingWork ?? 'loading');
        throw new Error(`<${this.element.localName}> still ${doing} after ${timeout} ms`);
      }
      if (this.element.isUpdatePending) continue;
      if (this.element.shadowRoot && !this.busy && this.pendingWork === null) return;
      await this.nextChange(deadline);
    }
  }

  /**
   * Resolves once `done()` holds, checking at each change of the shadow DOM;
   * fails with `failure` after `timeout` milliseconds.
   */
  protected async until(done: () => boolean, failure: string, timeout = 5000): Promise<void> {
    const deadline = Date.now() + timeout;
    while (!done()) {
      if (Date.now() >= deadline) throw new Error(failure);
      await this.nextChange(deadline);
    }
  }

  /**
   * Resolves at the next change of the shadow DOM, or at `deadline`. Waiting on
   * mutations rather than polling with timers keeps working in a background
   * tab, where browsers slow timers down to one a second.
   */
  private nextChange(deadline: number): Promise<void> {
    return new Promise((resolve) => {
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

  /** The error panel's text, or `null` when there is none. */
  get error(): string | null {
    return this.textAt('[part~="error"]');
  }

  /** The stale-data notice's text, or `null` when there is none. */
  get staleNotice(): string | null {
    return this.textAt('[part~="stale-notice"]');
  }

  /** Presses the retry button (of the error panel or the stale notice) and waits until settled. */
  async retry(): Promise<void> {
    await this.pressPart('retry-button');
  }
}
