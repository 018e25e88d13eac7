// The autoloader, dist/mpp-kit.js, as a regency's page uses it: pages with one
// widget, two widgets and every widget, in headless Chromium, against the
// reference server. Each element must be registered and show its data, and a
// page fetches the loader and exactly the chunks its tags need: a one-widget
// page fetches no other widget's code (the chunk of an element is named after
// it; the shared ones are `lit-*` and `shared-*`). A tag added after the page
// loaded, and one in a shadow root handed to `discover()`, are loaded too; a
// widget marked loading="lazy" only once it comes near the screen.
// The chunks' minified templates render as the source's do: the same text and
// boxes as the drop-in module bundled from source.
// Needs `npm run build` (run by `npm run test:loader`, and by .ci/run after the
// build); prints what each page fetched, gzipped (`npm run bench -- loader`
// measures the same as a table).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { launchChromium } from './headless-chromium.js';
import { bundleDropInFromSource } from './demo-site.mjs';
import {
  expectedFiles,
  onDemandFiles,
  loaderTags,
  renderedPicture,
  startLoaderSite,
  untilShown,
  visitPage,
  type PageVisit,
} from './loader-pages.js';

let site: Awaited<ReturnType<typeof startLoaderSite>> | undefined;
let browser: Browser | undefined;
/** The drop-in module bundled from source (templates as written), to compare the built chunks with. */
const source = mkdtempSync(join(tmpdir(), 'mpp-loader-source-'));

before(async () => {
  await bundleDropInFromSource(fileURLToPath(new URL('..', import.meta.url)), source);
  site = await startLoaderSite(source);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
  rmSync(source, { recursive: true, force: true });
});

async function visit(tags: readonly string[], kit: 'loader' | 'source' = 'loader'): Promise<PageVisit> {
  return visitPage(browser as Browser, site?.origin ?? '', tags, kit);
}

/** The elements whose own chunk is among `files` (`chunks/site-info-B4x9qT2c.js` -> `mpp-site-info`). */
function elementChunks(files: readonly string[]): string[] {
  const tags = new Set(loaderTags());
  return files
    .map((file) => /^chunks\/(.+)-[\w-]{8}\.js$/.exec(file)?.[1])
    .filter((name): name is string => name !== undefined && tags.has(`mpp-${name}`))
    .map((name) => `mpp-${name}`)
    .sort();
}

function report(name: string, visit: PageVisit): void {
  const kb = (visit.gzipBytes / 1000).toFixed(1);
  console.log(`# ${name}: ${visit.files.length} files, ${kb} kB gzipped (${visit.files.join(', ')})`);
}

test('a page with one widget fetches the loader and that widget with what it shares, nothing of the others', async () => {
  const tags = ['mpp-provider', 'mpp-site-info'];
  const visit1 = await visit(tags);
  try {
    report('one widget (site-info)', visit1);
    assert.deepEqual(elementChunks(visit1.files), tags);
    assert.deepEqual(visit1.files, expectedFiles(tags));
    // The provider is registered before the element inside it asks for the API.
    assert.deepEqual(visit1.defined, tags);
    assert.deepEqual(visit1.problems, []);
  } finally {
    await visit1.page.close();
  }
});

test('a page with two widgets fetches both, and only them', async () => {
  const tags = ['mpp-provider', 'mpp-site-info', 'mpp-service-catalog'];
  const visit2 = await visit(tags);
  try {
    report('two widgets (site-info, service-catalog)', visit2);
    assert.deepEqual(elementChunks(visit2.files), [...tags].sort());
    assert.deepEqual(visit2.files, expectedFiles(tags));
    assert.equal(visit2.defined[0], 'mpp-provider');
    assert.deepEqual(visit2.problems, []);
  } finally {
    await visit2.page.close();
  }
});

test('a page with every widget registers and shows each of them', async () => {
  const tags = loaderTags();
  assert.ok(tags.length >= 11, `the loader knows only ${tags.join(', ')}`);
  const visitAll = await visit(tags);
  try {
    report('every widget', visitAll);
    assert.deepEqual(elementChunks(visitAll.files), [...tags].sort());
    // Every chunk the loader names, and beyond them only what those chunks import on
    // demand (the queue elements open the live stream, whose code is a chunk apart).
    const expected = expectedFiles(tags);
    assert.deepEqual(
      visitAll.files.filter((file) => expected.includes(file)),
      expected,
    );
    const onDemand = onDemandFiles(expected);
    assert.deepEqual(
      visitAll.files.filter((file) => !expected.includes(file) && !onDemand.has(file)),
      [],
    );
    assert.deepEqual([...visitAll.defined].sort(), [...tags].sort());
    assert.equal(visitAll.defined[0], 'mpp-provider');
    assert.deepEqual(visitAll.problems, []);

    // The chunks' templates are minified (whitespace, comments, CSS): each
    // element must still show the same text, laid out the same, and take the
    // same space as when its templates are as written.
    const asWritten = await visit(tags, 'source');
    try {
      const shown = tags.filter((tag) => tag !== 'mpp-provider');
      const built = await renderedPicture(visitAll.page, shown);
      for (const tag of shown) assert.match(built[tag] ?? '', /^[1-9]\d*x[1-9]\d* \S/, `${tag} shows nothing`);
      assert.deepEqual(built, await renderedPicture(asWritten.page, shown));
    } finally {
      await asWritten.page.close();
    }
  } finally {
    await visitAll.page.close();
  }
});

test('a tag added after load, and one in a shadow root handed to discover(), are loaded', async () => {
  const visitLater = await visit(['mpp-provider', 'mpp-site-info']);
  const { page } = visitLater;
  try {
    await page.evaluate(() => {
      const stats = document.createElement('mpp-visitor-stats');
      document.querySelector('mpp-provider')?.append(stats);
    });
    await untilShown(page, ['mpp-visitor-stats']);

    // A host with its own shadow root: the document's observer does not see into it.
    await page.evaluate(async () => {
      const host = document.createElement('section');
      host.id = 'host';
      document.querySelector('mpp-provider')?.append(host);
      const root = host.attachShadow({ mode: 'open' });
      const loaderUrl = '/kit/mpp-kit.js';
      const { discover } = (await import(loaderUrl)) as { discover: (root: ShadowRoot) => void };
      discover(root);
      const results = document.createElement('mpp-survey-results');
      results.setAttribute('api-base', '/api');
      root.append(results);
    });
    await untilShown(page, ['mpp-survey-results'], '#host');

    const tags = ['mpp-provider', 'mpp-site-info', 'mpp-visitor-stats', 'mpp-survey-results'];
    assert.deepEqual(elementChunks(visitLater.files), [...tags].sort());
    assert.deepEqual(visitLater.files, expectedFiles(tags));
    assert.deepEqual(visitLater.problems, []);
  } finally {
    await page.close();
  }
});

test('a widget marked loading="lazy" is fetched only once it comes near the screen', async () => {
  const visitLazy = await visit(['mpp-provider', 'mpp-site-info']);
  const { page } = visitLazy;
  try {
    await page.bringToFront();
    // Three screens below the fold (further than the one screen ahead the loader looks): a widget
    // without the attribute, loaded at once, and one marked lazy.
    await page.evaluate(() => {
      const spacer = document.createElement('div');
      spacer.style.blockSize = '300vh';
      const results = document.createElement('mpp-survey-results');
      const stats = document.createElement('mpp-visitor-stats');
      stats.setAttribute('loading', 'lazy');
      document.querySelector('mpp-provider')?.append(spacer, results, stats);
    });
    await untilShown(page, ['mpp-survey-results']);
    assert.equal(await page.evaluate(() => customElements.get('mpp-visitor-stats') === undefined), true);
    assert.deepEqual(elementChunks(visitLazy.files), ['mpp-provider', 'mpp-site-info', 'mpp-survey-results']);

    await page.evaluate(() => document.querySelector('mpp-visitor-stats')?.scrollIntoView());
    await untilShown(page, ['mpp-visitor-stats']);
    const tags = ['mpp-provider', 'mpp-site-info', 'mpp-survey-results', 'mpp-visitor-stats'];
    assert.deepEqual(visitLazy.files, expectedFiles(tags));
    assert.deepEqual(visitLazy.problems, []);
  } finally {
    await page.close();
  }
});
