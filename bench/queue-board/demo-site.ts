// What the queue board benchmarks share: the demo site of `npm start`
// (scripts/demo-site.mjs: the portal, /display/, /counter/) with the autoloader
// module bundled from source, the real CLI server serving it, and headless
// Chromium on the board page, with every console error, page error and CSP
// violation collected.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, CDPSession, Page } from 'puppeteer-core';
import { assembleDemoSite, bundleLoaderFromSource } from '../../scripts/demo-site.mjs';
import { launchChromium as launchHeadless } from '../../scripts/headless-chromium.js';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** The demo site in a temporary folder, as `npm start` lays it out. */
export interface DemoSite {
  readonly dir: string;
  /** Bytes of the kit: the autoloader and every chunk, minified. */
  readonly kitBytes: number;
  remove(): void;
}

/** Assembles the site and bundles the autoloader and its chunks from source (minified, like the build) into its vendor/. */
export async function prepareDemoSite(): Promise<DemoSite> {
  const root = mkdtempSync(join(tmpdir(), 'mpp-bench-site-'));
  const dir = join(root, 'site');
  const kitBytes = await bundleLoaderFromSource(repo, assembleDemoSite(repo, dir));
  return { dir, kitBytes, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Headless Chromium as a waiting-room TV runs the board. */
export function launchChromium(): Promise<Browser> {
  return launchHeadless([
    // A TV's tab is always in front: no timer throttling of a "hidden" headless page.
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    // performance.memory with exact figures, not the coarse bucketed ones.
    '--enable-precise-memory-info',
  ]);
}

/** A page of the site, with the problems it reports. */
export interface OpenPage {
  readonly page: Page;
  /** Console errors, uncaught errors and CSP violations, as they happen. */
  readonly problems: string[];
  /** Paths of every request the page made, in order. */
  readonly requests: string[];
}

export async function openPage(browser: Browser, url: string): Promise<OpenPage> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1920, height: 1080 });
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${String(error)}`));
  page.on('request', (request) => {
    const { pathname, search } = new URL(request.url());
    requests.push(`${request.method()} ${pathname}${search}`);
  });
  await page.exposeFunction('reportViolation', (text: string) => problems.push(`CSP: ${text}`));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (globalThis as unknown as { reportViolation: (text: string) => void }).reportViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  // 304: a page opened before in this browser, revalidated with its ETag.
  if (response?.status() !== 200 && response?.status() !== 304)
    throw new Error(`${url}: HTTP ${String(response?.status())}`);
  return { page, problems, requests };
}

/** The renderer's JS heap after a full garbage collection, and the DOM counters Chromium keeps. */
export interface MemoryReading {
  readonly heapBytes: number;
  readonly domNodes: number;
  readonly listeners: number;
}

export async function readMemory(session: CDPSession): Promise<MemoryReading> {
  // Twice: the first collection may leave garbage that finalizers released.
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  const counters = await session.send('Memory.getDOMCounters');
  return { heapBytes: usedSize, domNodes: counters.nodes, listeners: counters.jsEventListeners };
}

export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;

export const sortedOf = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);

export const ms = (value: number): string => (Number.isNaN(value) ? '-' : value.toFixed(1));
