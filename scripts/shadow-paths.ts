// Driving a page of mpp-kit elements in headless Chromium as a visitor does:
// paths into shadow roots, waits on what an element shows, clicks, and the
// problems a page must not have (CSP violations, console errors, uncaught
// errors), recorded from the first script on. The portal, recipes and
// embedding tests share these.
import type { ElementHandle, Page } from 'puppeteer-core';

/**
 * Records on `page`, as they happen, Content Security Policy violations,
 * console errors and uncaught errors into the returned list. Call it before
 * the page is opened: the violation listener is installed ahead of the
 * page's own scripts, and is not itself subject to the page's CSP.
 */
export async function watchProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${String(error)}`));
  await page.exposeFunction('reportViolation', (text: string) => problems.push(`CSP: ${text}`));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (globalThis as unknown as { reportViolation: (text: string) => void }).reportViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  return problems;
}

/**
 * A path into shadow roots: each selector is looked up in the shadow root of
 * the previous match (`['mpp-ticket', '[part~="number"]']`).
 */
export type DeepPath = readonly string[];

/** Waits until the element at `path` has text matching `expected`, and returns that text (spaces collapsed). */
export async function untilText(page: Page, path: DeepPath, expected: RegExp): Promise<string> {
  const found = await page
    .waitForFunction(
      (steps: readonly string[], source: string, flags: string) => {
        let scope: ParentNode = document;
        let element: Element | null = null;
        for (const step of steps) {
          element = scope.querySelector(step);
          if (!element) return false;
          scope = element.shadowRoot ?? element;
        }
        const text = (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
        // An array, so that an element whose text is empty still counts as found.
        return new RegExp(source, flags).test(text) ? [text] : false;
      },
      // Checked on a timer, not per animation frame: a page behind another gets no frames.
      { timeout: 15_000, polling: 50 },
      path,
      expected.source,
      expected.flags,
    )
    .catch((error: unknown) => {
      throw new Error(`${path.join(' >>> ')} never showed ${String(expected)}: ${String(error)}`);
    });
  const [text] = (await found.jsonValue()) as [string];
  return text;
}

/** Waits until an element exists at `path`. */
export async function until(page: Page, path: DeepPath): Promise<void> {
  await untilText(page, path, /[^]*/);
}

/** The element at `path`, once it exists. */
export async function find(page: Page, path: DeepPath): Promise<ElementHandle> {
  await until(page, path);
  const handle = await page.$(path.join(' >>> '));
  if (!handle) throw new Error(`${path.join(' >>> ')} went away`);
  return handle;
}

/**
 * Clicks the element at `path`, once it exists. The page comes to the front
 * first: headless Chromium draws no frames for a page behind another, and a
 * click waits for one.
 */
export async function click(page: Page, path: DeepPath): Promise<void> {
  await page.bringToFront();
  const target = await find(page, path);
  // Seen before it is tapped, as by a visitor: the portal lays out the sections below the
  // fold only as they come into view (content-visibility), which moves what is in them.
  await target.evaluate(
    (element) =>
      new Promise<void>((shown) => {
        element.scrollIntoView({ block: 'center' });
        requestAnimationFrame(() => requestAnimationFrame(() => shown()));
      }),
  );
  await target.click();
}
