import type { LitElement } from 'lit';

/**
 * The text of an element as a visitor reads it: rendered text (line breaks and
 * block boundaries become spaces, hidden text is left out), whitespace collapsed.
 */
export function textOf(node: Element | null | undefined): string {
  const text = node instanceof HTMLElement ? node.innerText : (node?.textContent ?? '');
  return text.replace(/\s+/g, ' ').trim();
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

  /** Whether a load is running (the element marks itself `aria-busy`). */
  get busy(): boolean {
    return this.find('[part~="base"][aria-busy="true"]') !== null;
  }

  /**
   * Resolves once the element has rendered and no load is running: its data,
   * error panel or configuration hint is on screen.
   *
   * @param timeout milliseconds to wait before failing. @default 5000
   */
  async settled(timeout = 5000): Promise<void> {
    const deadline = Date.now() + timeout;
    // Let attribute observers (a `lang` change) run first; they are microtasks.
    await Promise.resolve();
    for (;;) {
      await this.element.updateComplete;
      if (Date.now() > deadline) throw new Error(`<${this.element.localName}> still loading after ${timeout} ms`);
      if (this.element.isUpdatePending) continue;
      if (this.element.shadowRoot && !this.busy) return;
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
    const panel = this.find('[part~="error"]');
    return panel ? textOf(panel) : null;
  }

  /** The stale-data notice's text, or `null` when there is none. */
  get staleNotice(): string | null {
    const notice = this.find('[part~="stale-notice"]');
    return notice ? textOf(notice) : null;
  }

  /** Presses the retry button (of the error panel or the stale notice) and waits until settled. */
  async retry(): Promise<void> {
    const button = this.find('[part~="retry-button"]');
    if (!(button instanceof HTMLElement)) throw new Error('no retry button is shown');
    button.click();
    await this.settled();
  }
}
