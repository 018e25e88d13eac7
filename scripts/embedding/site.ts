// Portals that embed every mpp-kit element on one page, as regencies' sites
// do, served with the reference server's API in this process (Kediri seed,
// fixed clock) at /api/ and the built elements package at /kit/:
//
// - /strict/?kit=loader|cdn: a portal under a strict, nonce-based Content
//   Security Policy with Trusted Types enforced, which renders its own header
//   with its own copy of Lit (from node_modules, through an import map) before
//   the kit loads, through the autoloader or the CDN bundle; with
//   &portal-lit=no, without a Lit of its own;
// - /clean/ and /hostile/: the same widgets, through the autoloader, on a
//   plain page and on one with a hostile theme (global resets, `!important`
//   on everything, a 20 px root font, right-to-left neighbours, a script that
//   rewrites the body after load).
//
// The strict-CSP and hostile-theme tests in this folder share it; both need
// `npm run build` first.
import { randomBytes } from 'node:crypto';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { createApp, fixedClock, kediriSeed, MemoryStore } from '@mpp-kit/server';
import { Hono } from 'hono';
import { KIT_DIST, listenLocally } from '../loader-pages.js';
import { launchChromium } from '../headless-chromium.js';
import type { Browser } from 'puppeteer-core';

/** A Monday of the Kediri seed at 09:00: open, whatever the real time. */
const CLOCK = '2026-03-02T09:00:00+07:00';

/** The token staff sign in to the counter console with. */
export const STAFF_TOKEN = 'embedding-staff-token-0123456789';

/** How the kit comes onto the page: the autoloader (`dist/mpp-kit.js`) or the CDN bundle (`dist/mpp-kit.min.js`). */
export type KitSource = 'loader' | 'cdn';

const KIT_SCRIPT: Record<KitSource, string> = { loader: '/kit/mpp-kit.js', cdn: '/kit/mpp-kit.min.js' };

/**
 * The Trusted Types policies the strict portal allows: `lit-html`, the one
 * Lit creates for its templates, the kit's only one. A portal that runs its
 * own Lit as well has two copies each creating it: without
 * `'allow-duplicates'` the second `createPolicy` throws and that copy of Lit
 * never loads.
 */
export function trustedTypes(portalLit: boolean): string {
  return portalLit ? "trusted-types lit-html 'allow-duplicates'" : 'trusted-types lit-html';
}

/** The strict portal's policy, for one response's nonce. */
function strictPolicy(nonce: string, portalLit: boolean): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'nonce-${nonce}'`,
    // The getting-started guide's line: the API's origin (here the portal's own).
    "connect-src 'self'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "object-src 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    trustedTypes(portalLit),
  ].join('; ');
}

/**
 * Every element with what it needs to show its content: the ticket and the
 * booking form a service, the time-bound cards the server's clock. The
 * counter console, the booking manager and the survey start at their own
 * sign-in or code screens. In the order a portal would stack them.
 */
const WIDGETS = [
  `<mpp-site-info now="${CLOCK}"></mpp-site-info>`,
  '<mpp-service-catalog></mpp-service-catalog>',
  '<mpp-queue-status mode="compact" service="ktp-el"></mpp-queue-status>',
  '<mpp-ticket service="ktp-el"></mpp-ticket>',
  '<mpp-booking-form service="ktp-el" manage-url="/kelola/"></mpp-booking-form>',
  '<mpp-booking-manager></mpp-booking-manager>',
  '<mpp-counter-console counter="loket-1"></mpp-counter-console>',
  '<mpp-survey></mpp-survey>',
  `<mpp-survey-results now="${CLOCK}"></mpp-survey-results>`,
  '<mpp-visitor-stats></mpp-visitor-stats>',
];

/** The tags on every portal page, the provider first. */
export const PORTAL_TAGS = ['mpp-provider', ...WIDGETS.map((widget) => /^<([\w-]+)/.exec(widget)?.[1] ?? '')];

/** A widget in a section of its own, as a portal's content column holds it. */
function section(widget: string): string {
  return `<section class="slot">${widget.replace('>', ' heading-level="2">')}</section>`;
}

/** The portal's own Lit, resolved by the browser from node_modules (lit's production build, as its `default` export). */
const IMPORT_MAP = JSON.stringify({
  imports: {
    lit: '/vendor/lit/index.js',
    'lit/': '/vendor/lit/',
    'lit-html': '/vendor/lit-html/lit-html.js',
    'lit-html/': '/vendor/lit-html/',
    'lit-element/': '/vendor/lit-element/',
    '@lit/reactive-element': '/vendor/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/vendor/@lit/reactive-element/',
  },
});

/**
 * The strict portal: every script and style carries the response's nonce;
 * nothing else may run. With `portalLit`, its header is rendered by its own
 * copy of Lit, loaded before the kit.
 */
function strictPage(nonce: string, kit: KitSource, portalLit: boolean): string {
  const header = portalLit
    ? `<script type="importmap" nonce="${nonce}">${IMPORT_MAP}</script>
<script type="module" nonce="${nonce}" src="/portal/portal-header.js"></script>`
    : '';
  return `<!doctype html>
<html lang="id">
<meta charset="utf-8">
<title>Portal Kota Kediri (CSP ketat)</title>
<link rel="icon" href="data:,">
<style nonce="${nonce}">body { margin: 0; font-family: sans-serif; } .slot { max-width: 760px; margin: 16px auto; }</style>
${header}
<script type="module" nonce="${nonce}" src="${KIT_SCRIPT[kit]}"></script>
<body>
<portal-header regency="Kota Kediri"></portal-header>
<mpp-provider api-base="/api">
${WIDGETS.map(section).join('\n')}
</mpp-provider>
</body>
</html>`;
}

/**
 * The clean and the hostile portal. Each widget sits in a box of the same
 * size on both (the portal's layout is not what is compared), the hostile
 * one adds its theme after the portal's own stylesheet, its right-to-left
 * neighbours around every widget, and its body-rewriting script.
 */
function themedPage(hostile: boolean): string {
  const neighbour = (text: string): string => (hostile ? `<p dir="rtl">${text}</p>` : '');
  const sections = WIDGETS.map(
    (widget) => `${neighbour('إعلان: خدمات المجمع')}${section(widget)}${neighbour('ملاحظة')}`,
  ).join('\n');
  return `<!doctype html>
<html lang="id">
<meta charset="utf-8">
<title>Portal Kota Kediri${hostile ? ' (tema liar)' : ''}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/portal/portal.css">
${hostile ? '<link rel="stylesheet" href="/portal/hostile.css">\n<script src="/portal/hostile.js" defer></script>' : ''}
<script type="module" src="/kit/mpp-kit.js"></script>
<body>
<h1>Portal Resmi Kota Kediri</h1>
<mpp-provider api-base="/api">
${sections}
</mpp-provider>
</body>
</html>`;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const nodeModules = fileURLToPath(new URL('../../node_modules', import.meta.url));
/** The portal's Lit packages, the only ones /vendor/ serves. */
const VENDORED = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];

/** Starts the site on a free port of 127.0.0.1. */
async function startEmbeddingSite(): Promise<{ origin: string; close: () => Promise<void> }> {
  const api = createApp({
    store: new MemoryStore(kediriSeed()),
    clock: fixedClock(CLOCK),
    staffTokens: [STAFF_TOKEN],
    secret: 'embedding-pages-secret-of-enough-length',
    rateLimit: false,
  });
  const app = new Hono()
    .route('/api', api)
    .use('/kit/*', serveStatic({ root: KIT_DIST, rewriteRequestPath: (path) => path.replace(/^\/kit/, '') }))
    .use('/portal/*', serveStatic({ root: here }))
    .get('/strict/', (c) => {
      // A fresh nonce per response, as a portal's server makes one per page view.
      const nonce = randomBytes(18).toString('base64');
      const kit: KitSource = c.req.query('kit') === 'cdn' ? 'cdn' : 'loader';
      const portalLit = c.req.query('portal-lit') !== 'no';
      c.header('Content-Security-Policy', strictPolicy(nonce, portalLit));
      c.header('Cache-Control', 'no-store');
      return c.html(strictPage(nonce, kit, portalLit));
    })
    .get('/clean/', (c) => c.html(themedPage(false)))
    .get('/hostile/', (c) => c.html(themedPage(true)));
  const vendor = serveStatic({ root: nodeModules, rewriteRequestPath: (path) => path.replace(/^\/vendor/, '') });
  for (const name of VENDORED) app.use(`/vendor/${name}/*`, vendor);
  return listenLocally(app);
}

/**
 * For a test file: starts the site and Chromium before its tests and stops
 * both after them (node:test's hooks); the function returned gives both.
 */
export function embeddingSiteForTests(): () => { origin: string; browser: Browser } {
  let site: Awaited<ReturnType<typeof startEmbeddingSite>> | undefined;
  let browser: Browser | undefined;
  before(async () => {
    site = await startEmbeddingSite();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });
  return () => {
    if (!site || !browser) throw new Error('The embedding site is started by before(); ask for it in a test.');
    return { origin: site.origin, browser };
  };
}
