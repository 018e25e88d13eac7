// Every story of the built Storybook (`npm run build-storybook`), rendered in
// headless Chromium with its play function, as a designer opens it: a story
// passes when Storybook reports it finished with success, and fails when it
// throws, its play function fails an assertion, an error goes unhandled, or
// the page logs an error. Run by `npm run test:stories` (and `.ci/run` after
// the Storybook build); the stories' own assertions are the checks.
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
const stories = Object.values(
  (JSON.parse(readFileSync(index, 'utf8')) as { entries: Record<string, IndexEntry> }).entries,
).filter((entry) => entry.type === 'story');

/** What the preview said of one story: Storybook's own verdict, and what it threw or logged. */
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
 * start-up, so listen from the moment it is set, and keep Storybook's verdict
 * with whatever was thrown on the way in `storyOutcome`.
 */
const WATCH_CHANNEL = `(() => {
  let channel;
  const thrown = [];
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set: (next) => {
      channel = next;
      next.on('playFunctionThrewException', (error) => thrown.push('play: ' + JSON.stringify(error)));
      next.on('storyThrewException', (error) => thrown.push('render: ' + JSON.stringify(error)));
      next.on('storyErrored', (error) => thrown.push('story: ' + JSON.stringify(error)));
      next.on('unhandledErrorsWhilePlaying', (errors) => thrown.push('unhandled: ' + JSON.stringify(errors)));
      next.on('storyFinished', ({ status }) => { globalThis.storyOutcome = { status, problems: thrown }; });
    },
  });
})();`;

/** Opens one story in the preview iframe, plays it and waits for Storybook's verdict. */
async function play(storyId: string): Promise<Outcome> {
  const page = await (browser as Browser).newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    const { url = '' } = message.location();
    // The browser asks for /favicon.ico by itself; the static build has none.
    if (message.type() === 'error' && !url.endsWith('/favicon.ico')) problems.push(`console: ${message.text()} ${url}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${String(error)}`));
  try {
    // The preview creates its channel on start-up: listen from the moment it is set.
    // A string, not a function: tsx names inner functions with a helper the page does not have.
    await page.evaluateOnNewDocument(WATCH_CHANNEL);
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(storyId)}&viewMode=story`, { waitUntil: 'load' });
    const verdict = await page
      .waitForFunction(() => (globalThis as unknown as { storyOutcome?: unknown }).storyOutcome, {
        timeout: 30_000,
        polling: 100,
      })
      .then(async (handle) => (await handle.jsonValue()) as { status: 'success' | 'error'; problems: string[] })
      .catch(() => ({ status: 'timeout' as const, problems: ['no verdict from Storybook within 30 s'] }));
    return { status: verdict.status, problems: [...verdict.problems, ...problems] };
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
      const { status, problems } = await play(story.id);
      assert.deepEqual({ status, problems }, { status: 'success', problems: [] });
    });
  }
});
