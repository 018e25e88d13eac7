// Code the queue board benchmarks run inside the board page (through the
// DevTools protocol, which the page's CSP does not govern). Kept free of
// imports: puppeteer serializes these functions into the page.

/** What `installBoardProbe` leaves in the page. */
export interface BoardProbe {
  /**
   * POSTs a staff call with `fetch` and resolves once `expected` is in the
   * board's DOM: the times are the page's own monotonic clock, from just before
   * the request to the response and to the DOM mutation that showed the number.
   */
  call(path: string, token: string, expected: string, limitMs: number): Promise<CallTiming>;
  /**
   * POSTs a staff call with `fetch`, then resolves once the number the server
   * called is in the board's DOM (or after `limitMs`): whether it was shown.
   */
  callAndSee(
    path: string,
    token: string,
    limitMs: number,
  ): Promise<{ status: number; number: string | null; shown: boolean }>;
  /** Whether `text` is in the board's rendered DOM now. */
  shows(text: string): boolean;
  /** The board's `data-freshness` (live or stale), or null when it has none. */
  freshness(): string | null;
  /** The connection indicator's `data-state` (connecting, live, reconnecting, polling, offline), or null. */
  connection(): string | null;
  /** Nodes in the board's shadow tree (nested shadow roots included). */
  boardNodes(): number;
}

export interface CallTiming {
  /** ms from just before `fetch` to the response's headers. */
  readonly response: number;
  /** ms from just before `fetch` to the mutation that put the number in the DOM; NaN when it never came. */
  readonly dom: number;
  /** The number the server called. */
  readonly number: string | null;
  readonly status: number;
}

/**
 * Installs `globalThis.boardProbe` over the page's `<mpp-queue-status>`.
 * Written with method shorthand and loops only: tsx (esbuild `keepNames`)
 * wraps named arrow functions in a helper that does not exist in the page.
 */
export function installBoardProbe(): void {
  const board = document.querySelector('mpp-queue-status');
  if (!board?.shadowRoot) throw new Error('no rendered <mpp-queue-status> on the page');
  const root = board.shadowRoot;

  const tree = {
    /** Every node under `start`, nested shadow roots included (a board may compose other elements). */
    nodes(start: Node): Node[] {
      const found: Node[] = [];
      const stack: Node[] = [start];
      for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
        found.push(node);
        if (node instanceof Element && node.shadowRoot) stack.push(node.shadowRoot);
        stack.push(...Array.from(node.childNodes));
      }
      return found;
    },
    text(start: Node): string {
      return this.nodes(start)
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent ?? '')
        .join(' ');
    },
  };

  const probe: BoardProbe = {
    async call(path, token, expected, limitMs) {
      let observer: MutationObserver | undefined;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const seen = new Promise<number>((resolve) => {
        observer = new MutationObserver(() => {
          if (tree.text(root).includes(expected)) resolve(performance.now());
        });
        observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
        timer = setTimeout(() => {
          resolve(Number.NaN);
        }, limitMs);
      });
      const start = performance.now();
      const response = await fetch(path, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
      const answered = performance.now();
      const body = (await response.json()) as { ticket?: { number?: string } };
      const at = await seen;
      observer?.disconnect();
      clearTimeout(timer);
      return {
        response: answered - start,
        dom: at - start,
        number: body.ticket?.number ?? null,
        status: response.status,
      };
    },
    async callAndSee(path, token, limitMs) {
      const response = await fetch(path, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
      const body = (await response.json()) as { ticket?: { number?: string } };
      const number = body.ticket?.number ?? null;
      if (number === null) return { status: response.status, number, shown: false };
      if (tree.text(root).includes(number)) return { status: response.status, number, shown: true };
      let observer: MutationObserver | undefined;
      const shown = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => {
          resolve(false);
        }, limitMs);
        observer = new MutationObserver(() => {
          if (tree.text(root).includes(number)) {
            clearTimeout(timer);
            resolve(true);
          }
        });
        observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
      });
      observer?.disconnect();
      return { status: response.status, number, shown };
    },
    shows(text) {
      return tree.text(root).includes(text);
    },
    freshness() {
      return root.querySelector('[data-freshness]')?.getAttribute('data-freshness') ?? null;
    },
    connection() {
      return root.querySelector('[part~="connection"]')?.getAttribute('data-state') ?? null;
    },
    boardNodes() {
      return tree.nodes(board).length;
    },
  };
  (globalThis as unknown as { boardProbe: BoardProbe }).boardProbe = probe;
}
