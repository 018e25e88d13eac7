// Every story and docs page of the built Storybook (`npm run build-storybook`),
// rendered in headless Chromium as a designer opens it. A story passes when
// Storybook reports it finished with success and every report on it passed:
// it fails when it throws, its play function fails an assertion, an error goes
// unhandled, the page logs an error, or axe (addon-a11y, run after play, with
// `a11y.test: 'error'` in .storybook/preview.ts) finds a violation. A docs page
// (MDX, or a component's generated page) passes when it renders with no error
// and every story on it finishes. Run by `npm run test:stories` (and `.ci/run`
// after the Storybook build); the stories' own assertions are the checks.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { Browser } from 'puppeteer-core';
import { launchChromium } from './headless-chromium.js';

const built = fileURLToPath(new URL('../storybook-static', import.meta.url));
const index = join(built, 'index.json');
if (!existsSync(index)) {
  throw new Error(`No built Storybook in ${built}: run \`npm run build-storybook\` first.`);
}

interface IndexEntry {
  readonly id: string;
  readonly type: 'story' | 'docs';
  readonly title: string;
  readonly name: string;
}
const entries = Object.values(
  (JSON.parse(readFileSync(index, 'utf8')) as { entries: Record<string, IndexEntry> }).entries,
);
const stories = entries.filter((entry) => entry.type === 'story');
const docsPages = entries.filter((entry) => entry.type === 'docs');

/** What the preview said of one story or docs page: Storybook's own verdict, and what it threw, logged or reported. */
interface Outcome {
  readonly status: 'success' | 'error' | 'timeout';
  readonly problems: readonly string[];
}

let server: ServerType | undefined;
let browser: Browser | undefined;
let origin = '';

before(async () => {
  const app = new Hono().use('*', serveStatic({ root: built }));
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      origin = `http://127.0.0.1:${info.port}`;
      resolve();
    });
  });
  browser = await launchChromium([
    // Stories play in several tabs at once; a tab behind another keeps its timers and frames.
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
  ]);
});

after(async () => {
  await browser?.close();
  server?.close();
});

/**
 * Runs in the preview before its scripts: the preview creates its channel on
 * start-up, so listen from the moment it is set. `storyOutcome` is Storybook's
 * verdict on the story with whatever was thrown on the way, and every report
 * that did not pass (addon-a11y's lists axe's violations: rule, impact, the
 * elements hit). On a docs page, `docsOutcome` is set once the page rendered
 * and every story on it finished.
 * A string, not a function: tsx names inner functions with a helper the page does not have.
 */
const WATCH_CHANNEL = `(() => {
  let channel;
  const thrown = [];
  let finished = 0;
  let docsRendered = false;
  const describe = (report) => {
    const violations = report.result && report.result.violations;
    if (!violations) return [report.type + ': ' + report.status + ' ' + JSON.stringify(report.result)];
    return violations.map((violation) =>
      report.type + ': ' + violation.id + ' (' + violation.impact + ') ' + violation.help + ' at ' +
      violation.nodes.map((node) => JSON.stringify(node.target)).join(', '));
  };
  // Inline stories of a docs page render after the page itself: it is done when each has finished.
  // A story shown in its own iframe (docs.story.inline false) reports to that frame's channel; its
  // errors still reach the console, and the story itself is played on its own.
  const settleDocs = () => {
    const shown = document.querySelectorAll(
      '#storybook-docs .sb-story[id^="story--"]:not([id$="-inner"]):not(:has(iframe))').length;
    if (docsRendered && finished >= shown) globalThis.docsOutcome = { status: 'success', problems: thrown };
  };
  const failDocs = () => {
    if (new URLSearchParams(location.search).get('viewMode') === 'docs') {
      globalThis.docsOutcome = { status: 'error', problems: thrown };
    }
  };
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set: (next) => {
      channel = next;
      next.on('playFunctionThrewException', (error) => thrown.push('play: ' + JSON.stringify(error)));
      // On a docs page these also say the page (or a story on it) failed: no need to wait for the rest.
      next.on('storyThrewException', (error) => { thrown.push('render: ' + JSON.stringify(error)); failDocs(); });
      next.on('storyErrored', (error) => { thrown.push('story: ' + JSON.stringify(error)); failDocs(); });
      next.on('unhandledErrorsWhilePlaying', (errors) => thrown.push('unhandled: ' + JSON.stringify(errors)));
      next.on('storyFinished', ({ storyId, status, reporters = [] }) => {
        const failed = reporters.filter((report) => report.status !== 'passed').flatMap(describe);
        // addon-a11y checks stories opened on their own; a story may turn off a rule, never the whole check.
        const unchecked = new URLSearchParams(location.search).get('viewMode') === 'story' &&
          !reporters.some((report) => report.type === 'a11y') ? ['a11y: no accessibility report'] : [];
        globalThis.storyOutcome = { status, problems: [...thrown, ...failed, ...unchecked] };
        if (status !== 'success') thrown.push('story ' + storyId + ': ' + status);
        finished += 1;
        settleDocs();
      });
      next.on('docsRendered', () => { docsRendered = true; settleDocs(); });
    },
  });
})();`;

/**
 * Opens one entry of the preview iframe (a story, played, or a docs page) and
 * waits for `verdict` to be set on its window.
 */
async function open(entry: IndexEntry, verdict: 'storyOutcome' | 'docsOutcome'): Promise<Outcome> {
  const page = await (browser as Browser).newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    const { url = '' } = message.location();
    // The browser asks for /favicon.ico by itself; the static build has none.
    if (message.type() === 'error' && !url.endsWith('/favicon.ico')) problems.push(`console: ${message.text()} ${url}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${String(error)}`));
  try {
    await page.evaluateOnNewDocument(WATCH_CHANNEL);
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${entry.type}`, {
      waitUntil: 'load',
    });
    const outcome = await page
      .waitForFunction(
        (name) => (globalThis as unknown as Record<string, unknown>)[name],
        { timeout: 30_000, polling: 100 },
        verdict,
      )
      .then(async (handle) => (await handle.jsonValue()) as { status: 'success' | 'error'; problems: string[] })
      .catch(() => ({ status: 'timeout' as const, problems: ['no verdict from Storybook within 30 s'] }));
    return { status: outcome.status, problems: [...outcome.problems, ...problems] };
  } finally {
    await page.close();
  }
}

test('the built Storybook has the stories of every element', () => {
  assert.ok(stories.length > 100, `only ${stories.length} stories in ${index}`);
});

// A few stories at a time: each runs an in-page server, and the machines have two cores.
describe('every story plays', { concurrency: 3 }, () => {
  for (const story of stories) {
    test(`${story.title} › ${story.name}`, async () => {
      const { status, problems } = await open(story, 'storyOutcome');
      assert.deepEqual({ status, problems }, { status: 'success', problems: [] });
    });
  }
});

test('the built Storybook has its pages for designers', () => {
  const pages = new Set(docsPages.map((entry) => entry.title));
  for (const title of ['Introduction', 'For designers', 'Design tokens', 'Themes']) {
    assert.ok(pages.has(title), `no docs page "${title}" in ${index}`);
  }
});

describe('every docs page renders', { concurrency: 3 }, () => {
  for (const docs of docsPages) {
    test(`${docs.title} › ${docs.name}`, async () => {
      const { status, problems } = await open(docs, 'docsOutcome');
      assert.deepEqual({ status, problems }, { status: 'success', problems: [] });
    });
  }
});
