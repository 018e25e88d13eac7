// Pages that load the elements through the autoloader, dist/mpp-kit.js, as a
// regency's site would from a CDN: the built loader and its chunks are served
// at /kit/, the reference server's API (in this process, on the Kediri seed)
// at /api/, and a page at /page/<name> holds the tags that page names. What a
// page fetched from /kit/ is recorded and weighed: each file gzipped (as a
// CDN sends it), summed. The loader test (scripts/loader.test.ts) and the
// loader benchmark (bench/loader.bench.ts) share this; both need
// `npm run build` first.
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { createApp, fixedClock, kediriSeed, MemoryStore } from '@mpp-kit/server';
import { Hono } from 'hono';
import { CHUNK_TABLE_FILE, type ChunkTable } from './loader-table.mjs';
import type { Browser, Page } from 'puppeteer-core';

/** The built elements package: `dist/mpp-kit.js` and `dist/chunks/`. */
export const KIT_DIST = fileURLToPath(new URL('../packages/elements/dist', import.meta.url));

/** Every tag the loader knows, the provider first; read from the built loader's own table. */
export function loaderTags(): string[] {
  return Object.keys(loaderTable().tags)
    .map((name) => `mpp-${name}`)
    .sort((a, b) => Number(b === 'mpp-provider') - Number(a === 'mpp-provider'));
}

let builtTable: ChunkTable | undefined;

/** The chunk table the build wrote beside the loader (and into it), read once. */
export function loaderTable(): ChunkTable {
  if (builtTable) return builtTable;
  const table = join(KIT_DIST, CHUNK_TABLE_FILE);
  if (!existsSync(table)) throw new Error(`No chunk table at ${table}: run \`npm run build\` first.`);
  builtTable = JSON.parse(readFileSync(table, 'utf8')) as ChunkTable;
  return builtTable;
}

/** The chunk files (under /kit/) a page with `tags` must fetch, the loader included. */
export function expectedFiles(tags: readonly string[]): string[] {
  const { files, tags: table } = loaderTable();
  const chunks = tags.flatMap((tag) => table[tag.replace(/^mpp-/, '')] ?? []);
  return ['mpp-kit.js', ...new Set(chunks.map((index) => `chunks/${files[index] ?? ''}.js`))].sort();
}

/**
 * The chunk files (under /kit/) that the chunks among `fetched` import on
 * demand with `import()` (the live stream, an English table, the QR encoder):
 * a page may fetch these beyond {@link expectedFiles} once an element needs them.
 */
export function onDemandFiles(fetched: readonly string[]): Set<string> {
  const onDemand = new Set<string>();
  for (const file of fetched.filter((name) => name.startsWith('chunks/'))) {
    for (const [, target] of readFileSync(join(KIT_DIST, file), 'utf8').matchAll(/import\("\.\/([\w.-]+\.js)"\)/g)) {
      onDemand.add(`chunks/${target ?? ''}`);
    }
  }
  return onDemand;
}

/** The gzipped size of a file of the built package, as a CDN would send it. */
export function gzippedSize(file: string): number {
  return gzipSync(readFileSync(join(KIT_DIST, file)), { level: 9 }).length;
}

// A Monday of the Kediri seed at 09:00: open, whatever the real time.
const CLOCK = '2026-03-02T09:00:00+07:00';

/** What each tag needs beyond the provider's API to show its content. */
const ATTRIBUTES: Record<string, string> = {
  'mpp-queue-status': 'mode="compact"',
  'mpp-booking-form': 'manage-url="/kelola/"',
};

/**
 * A page whose body holds `tags` inside a provider (the provider itself is not
 * repeated), loading the kit through the loader, or (`source`) through the
 * drop-in module bundled from source by esbuild, whose templates are as written.
 */
function pageHtml(tags: readonly string[], source = false): string {
  const elements = tags
    .filter((tag) => tag !== 'mpp-provider')
    .map((tag) => `<${tag} ${ATTRIBUTES[tag] ?? ''} heading-level="2"></${tag}>`)
    .join('\n');
  return (
    // No favicon to ask for: the page's only requests are the kit's and the API's.
    '<!doctype html><html lang="id"><meta charset="utf-8"><title>mpp-kit loader</title><link rel="icon" href="data:,">' +
    `<script type="module" src="${source ? '/source/mpp-kit.min.js' : '/kit/mpp-kit.js'}"></script>` +
    `<body><mpp-provider api-base="/api">${elements}</mpp-provider></body></html>`
  );
}

/**
 * The site: /kit/ (the built package), /api/ (the reference server),
 * /page/?tags=a,b and, with `source` (a folder holding the drop-in module
 * bundled from source), /source/ and /page/?tags=a,b&kit=source.
 */
export async function startLoaderSite(source?: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const api = createApp({
    store: new MemoryStore(kediriSeed()),
    clock: fixedClock(CLOCK),
    staffTokens: ['loader-pages-staff-token'],
    secret: 'loader-pages-secret-of-enough-length',
    rateLimit: false,
  });
  const app = new Hono()
    .route('/api', api)
    .use('/kit/*', serveStatic({ root: KIT_DIST, rewriteRequestPath: (path) => path.replace(/^\/kit/, '') }))
    .use('/source/*', serveStatic({ root: source ?? '', rewriteRequestPath: (path) => path.replace(/^\/source/, '') }))
    .get('/page/', (c) => {
      const tags = (c.req.query('tags') ?? '').split(',').filter(Boolean);
      return c.html(pageHtml(tags, source !== undefined && c.req.query('kit') === 'source'));
    });
  return listenLocally(app);
}

/** A server on a free port of 127.0.0.1. */
export interface LocalServer {
  /** `http://127.0.0.1:port` */
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves `app` on a free port of 127.0.0.1; resolves with its origin and how to stop it. */
export async function listenLocally(app: {
  readonly fetch: (request: Request) => Response | Promise<Response>;
}): Promise<LocalServer> {
  let server: ServerType | undefined;
  const origin = await new Promise<string>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve(`http://127.0.0.1:${info.port}`),
    );
  });
  return {
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        if (!server) {
          resolve();
          return;
        }
        // Keep-alive connections (a test's own fetches, a stream) would hold the server open.
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** What one visit fetched from /kit/ and what it weighs. */
export interface PageVisit {
  readonly page: Page;
  /** Files under /kit/ the page fetched, sorted: `mpp-kit.js`, `chunks/site-info-B4x9qT2c.js`, ... */
  readonly files: readonly string[];
  /** Their gzipped sizes, summed. */
  readonly gzipBytes: number;
  /** The tags in the order they were registered. */
  readonly defined: readonly string[];
  /** Console errors and uncaught errors. */
  readonly problems: readonly string[];
}

/**
 * Opens the page with `tags` and waits until every one of them is defined and
 * shows content from the API (see {@link untilShown}); the provider shows
 * none of its own, so it only has to be defined. `files` grows as the page
 * goes on fetching (a tag added later), so read it when the page is done.
 */
export async function visitPage(
  browser: Browser,
  origin: string,
  tags: readonly string[],
  kit: 'loader' | 'source' = 'loader',
): Promise<PageVisit> {
  const page = await browser.newPage();
  const fetched = new Set<string>();
  const problems: string[] = [];
  page.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/kit/') && request.response()?.ok()) fetched.add(path.slice('/kit/'.length));
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${String(error)}`));
  // Runs before the page's scripts: records the order in which tags are registered.
  await page.evaluateOnNewDocument(() => {
    const order: string[] = [];
    (globalThis as unknown as { definedTags: string[] }).definedTags = order;
    const define = customElements.define.bind(customElements);
    customElements.define = (name, constructor, options) => {
      order.push(name);
      define(name, constructor, options);
    };
  });
  await page.goto(`${origin}/page/?tags=${tags.join(',')}${kit === 'source' ? '&kit=source' : ''}`, {
    waitUntil: 'load',
  });
  await untilShown(page, tags);
  return {
    page,
    get files() {
      return [...fetched].sort();
    },
    get gzipBytes() {
      return [...fetched].reduce((sum, file) => sum + gzippedSize(file), 0);
    },
    defined: await page.evaluate(() => (globalThis as unknown as { definedTags: string[] }).definedTags),
    problems,
  };
}

/**
 * Waits until each of `tags` in the document (or in `host`'s shadow root) is
 * defined and shows what it loaded from the API: no load running, no error.
 */
export async function untilShown(page: Page, tags: readonly string[], host?: string): Promise<void> {
  await page
    .waitForFunction(
      (names: readonly string[], hostSelector: string | null) => {
        const scope: ParentNode | null | undefined = hostSelector
          ? document.querySelector(hostSelector)?.shadowRoot
          : document;
        return names.every((name) => {
          const element = scope?.querySelector(name);
          if (!element || !customElements.get(name)) return false;
          if (name === 'mpp-provider') return true;
          // Rendered, done loading, and not showing an error (nor the "not configured" hint).
          const root = element.shadowRoot;
          return (
            root?.querySelector('[part~="base"]:not([aria-busy="true"])') != null &&
            root.querySelector('[part~="error"]') === null
          );
        });
      },
      // Checked on a timer, not per animation frame: a page behind another gets no frames.
      { timeout: 20_000, polling: 50 },
      tags,
      host ?? null,
    )
    .catch((error: unknown) => {
      throw new Error(`${tags.join(', ')} never showed: ${String(error)}`);
    });
}

/**
 * How each of `tags` looks on the page: the rendered text of its shadow root
 * (`innerText`, so whitespace counts as the browser lays it out) and the size
 * of its box. Two builds that render the same give the same picture.
 */
export async function renderedPicture(page: Page, tags: readonly string[]): Promise<Record<string, string>> {
  return page.evaluate((names: readonly string[]) => {
    const picture: Record<string, string> = {};
    for (const name of names) {
      const element = document.querySelector(name);
      const base = element?.shadowRoot?.querySelector('[part~="base"]');
      const box = element?.getBoundingClientRect();
      const text = base instanceof HTMLElement ? base.innerText : '';
      picture[name] = `${String(Math.round(box?.width ?? 0))}x${String(Math.round(box?.height ?? 0))} ${text}`;
    }
    return picture;
  }, tags);
}
