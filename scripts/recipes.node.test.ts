// The recipes of docs/recipes.md (examples/recipes/), each as a developer
// copies it, running in headless Chromium against the reference server on the
// Kediri seed, which serves each one as its --static folder, behind its strict
// Content Security Policy:
//
// - plain-html/: the page a regency pastes. Its two outside addresses become
//   local ones (the CDN's loader: packages/elements/dist's loader and chunks
//   at /vendor/; the API: this server, /); nothing else of the page changes.
// - vite-react/ and vite-vue/: built with Vite's JS API and their own
//   vite.config.ts against the packages' dist/ (what npm installs), and
//   type-checked with their own tsconfig.json (tsc, vue-tsc).
//
// Each page must show the seed's data in its widgets, the app's own SDK call
// must show its answer, the app's handler of `mpp-service-select` must show the
// ticket for the chosen service, and a number must be taken, with no console
// error, page error or failed request. Needs `npm run build` first (dist/).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { fixedClock, kediriSeed, MemoryStore, startServer, type NodeServer } from '@mpp-kit/server/node';
import type { Browser, Page } from 'puppeteer-core';
import { build, type Plugin } from 'vite';
import { launchChromium } from './headless-chromium.js';
import { KIT_DIST, untilShown } from './loader-pages.js';
import { find, untilText, watchProblems, type DeepPath } from './shadow-paths.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const recipes = join(repo, 'examples/recipes');
const root = mkdtempSync(join(tmpdir(), 'mpp-recipes-'));
// A Monday of the Kediri seed at 09:00: open, whatever the real time.
const CLOCK = '2026-03-02T09:00:00+07:00';
const QUEUE_NUMBER = /^[A-Z]{1,2}-\d{3,4}$/;

/** The page's two addresses that point outside, and what the test serves in their place. */
const LOCAL_ADDRESSES: readonly (readonly [string, string])[] = [
  ['https://cdn.jsdelivr.net/npm/@mpp-kit/elements/dist/', '/vendor/'],
  ['https://mpp.kedirikota.go.id/api', '/'],
];

const VITE_RECIPES = ['vite-react', 'vite-vue'] as const;
type Recipe = 'plain-html' | (typeof VITE_RECIPES)[number];

const servers = new Map<Recipe, NodeServer>();
/** For each Vite recipe, the files of the workspace's packages its build read, relative to packages/. */
const packageFiles = new Map<Recipe, Set<string>>();
let browser: Browser | undefined;

/** The type checker each Vite recipe's own `build` script runs. */
const CHECKERS = { 'vite-react': 'tsc', 'vite-vue': 'vue-tsc' } as const;
/** Each Vite recipe's type check, started first so that it runs while the pages are visited: what it reports. */
const typeChecks = new Map<Recipe, Promise<string>>();
const execFileAsync = promisify(execFile);

function typeCheck(recipe: (typeof VITE_RECIPES)[number]): Promise<string> {
  const bin = join(repo, 'node_modules/.bin', CHECKERS[recipe]);
  return execFileAsync(bin, ['-p', join(recipes, recipe, 'tsconfig.json')], { cwd: repo }).then(
    () => '',
    (error: unknown) => {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      return `${stdout}${stderr}` || String(error);
    },
  );
}

/** The plain page with its CDN addresses made local, beside the built loader and its chunks. */
function preparePlainPage(site: string): void {
  let html = readFileSync(join(recipes, 'plain-html/index.html'), 'utf8');
  for (const [from, to] of LOCAL_ADDRESSES) {
    assert.equal(html.split(from).length - 1, 1, `plain-html/index.html names ${from} once`);
    html = html.replace(from, to);
  }
  mkdirSync(join(site, 'vendor'), { recursive: true });
  writeFileSync(join(site, 'index.html'), html);
  cpSync(join(KIT_DIST, 'mpp-kit.js'), join(site, 'vendor/mpp-kit.js'));
  cpSync(join(KIT_DIST, 'chunks'), join(site, 'vendor/chunks'), { recursive: true });
}

/** Builds a Vite recipe with its own config into `site`, recording which workspace files it read. */
async function buildViteRecipe(recipe: Recipe, site: string): Promise<void> {
  const read = new Set<string>();
  const spy: Plugin = {
    name: 'workspace-files-read',
    load(id) {
      const inPackages = /[\\/]packages[\\/](.+)$/.exec(id)?.[1];
      if (inPackages) read.add(inPackages.split('\\').join('/'));
    },
  };
  await build({
    root: join(recipes, recipe),
    logLevel: 'error',
    plugins: [spy],
    build: { outDir: site, emptyOutDir: true },
  });
  packageFiles.set(recipe, read);
}

before(async () => {
  assert.ok(existsSync(join(KIT_DIST, 'mpp-kit.js')), 'No packages/elements/dist: run `npm run build` first.');
  for (const recipe of VITE_RECIPES) typeChecks.set(recipe, typeCheck(recipe));
  const sites: Record<Recipe, string> = {
    'plain-html': join(root, 'plain-html'),
    'vite-react': join(root, 'vite-react'),
    'vite-vue': join(root, 'vite-vue'),
  };
  preparePlainPage(sites['plain-html']);
  for (const recipe of VITE_RECIPES) await buildViteRecipe(recipe, sites[recipe]);
  for (const [recipe, staticDir] of Object.entries(sites) as [Recipe, string][]) {
    const server = await startServer({
      store: new MemoryStore(kediriSeed()),
      clock: fixedClock(CLOCK),
      staffTokens: ['recipes-staff-token'],
      secret: 'recipes-secret-of-enough-length',
      rateLimit: false,
      port: 0,
      staticDir,
    });
    servers.set(recipe, server);
  }
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await Promise.all([...servers.values()].map((server) => server.close()));
  rmSync(root, { recursive: true, force: true });
});

interface Visit {
  readonly page: Page;
  /** Console errors, uncaught errors, failed requests and HTTP errors, as they happen. */
  readonly problems: string[];
  readonly csp: string;
}

async function visit(recipe: Recipe): Promise<Visit> {
  const page = await (browser as Browser).newPage();
  const problems = await watchProblems(page);
  page.on('requestfailed', (request) => {
    // The live queue's stream is cut when the page closes; that is no failure of the page.
    if (!page.isClosed()) problems.push(`request: ${request.url()} ${request.failure()?.errorText ?? ''}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${String(response.status())}: ${response.url()}`);
  });
  const response = await page.goto(`${servers.get(recipe)?.url ?? ''}/`, { waitUntil: 'load' });
  assert.equal(response?.status(), 200);
  return { page, problems, csp: response.headers()['content-security-policy'] ?? '' };
}

/** Presses Enter on the control at `path`, as a keyboard user does (an option opens, a button presses). */
async function press(page: Page, path: DeepPath): Promise<void> {
  await (await find(page, path)).focus();
  await page.keyboard.press('Enter');
}

/** What `GET /v1/agencies` says, in the words the apps show it. */
async function summaryOf(recipe: Recipe): Promise<string> {
  const answer = await fetch(`${servers.get(recipe)?.url ?? ''}/v1/agencies`);
  const { items } = (await answer.json()) as { items: { serviceCount: number }[] };
  const services = items.reduce((sum, agency) => sum + agency.serviceCount, 0);
  return `${String(services)} layanan dari ${String(items.length)} instansi`;
}

test('the plain page, as pasted, shows the MPP from its API under the strict CSP and takes a number', async () => {
  const { page, problems, csp } = await visit('plain-html');
  try {
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    for (const guide of ['docs/recipes.md', 'docs/recipes.id.md']) {
      const quoted = /^Content-Security-Policy: (.+)$/m.exec(readFileSync(join(repo, guide), 'utf8'))?.[1];
      assert.equal(quoted, csp, `${guide} quotes the policy the server sends`);
    }
    await untilShown(page, ['mpp-provider', 'mpp-site-info', 'mpp-queue-status', 'mpp-ticket', 'mpp-service-catalog']);
    await untilText(page, ['mpp-site-info', '[part~="name"]'], /^Mal Pelayanan Publik Kota Kediri$/);
    await untilText(page, ['mpp-service-catalog', '[data-id="ktp-el"]'], /Perekaman dan penerbitan KTP-el/);
    await untilText(page, ['mpp-queue-status', '[part~="counter-name"]'], /^Loket 1$/);
    await press(page, ['mpp-ticket', '[part~="take-button"]']);
    await untilText(page, ['mpp-ticket', '[part~="number"]'], QUEUE_NUMBER);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

for (const [recipe, framework] of [
  ['vite-react', 'React'],
  ['vite-vue', 'Vue'],
] as const) {
  test(`the ${framework} recipe shows its SDK call's answer, and its mpp-service-select handler the chosen service's ticket`, async () => {
    const { page, problems, csp } = await visit(recipe);
    try {
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
      assert.equal(await untilText(page, ['#summary'], /instansi/), await summaryOf(recipe));
      await untilShown(page, ['mpp-provider', 'mpp-service-catalog']);
      assert.equal(await page.$('mpp-ticket'), null, 'no ticket before a service is chosen');
      // A visitor opens KTP-el in the catalog and presses "Ambil antrean": the app's handler shows the ticket.
      await press(page, ['mpp-service-catalog', '[role="option"][data-id="ktp-el"]']);
      await press(page, ['mpp-service-catalog', '[part~="queue-button"]']);
      await untilShown(page, ['mpp-ticket']);
      assert.equal(await page.$eval('mpp-ticket', (ticket) => ticket.service), 'ktp-el');
      await press(page, ['mpp-ticket', '[part~="take-button"]']);
      await untilText(page, ['mpp-ticket', '[part~="number"]'], QUEUE_NUMBER);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  test(`the ${framework} recipe builds against the packages' dist/, as installed from npm`, () => {
    const read = [...(packageFiles.get(recipe) ?? [])];
    assert.ok(
      read.some((file) => file.startsWith('elements/dist/')) && read.some((file) => file.startsWith('sdk/dist/')),
    );
    assert.deepEqual(
      read.filter((file) => !/^[\w-]+\/dist\//.test(file)),
      [],
    );
  });
}

for (const recipe of VITE_RECIPES) {
  test(`the ${recipe} recipe type-checks strictly with its own tsconfig.json (${CHECKERS[recipe]})`, async () => {
    const problems = await typeChecks.get(recipe);
    assert.equal(problems, '', `${CHECKERS[recipe]} found errors in examples/recipes/${recipe}:\n${problems ?? ''}`);
  });
}

test("the recipes' package.json ask for the versions this repository builds and tests them with", () => {
  const manifest = (path: string) =>
    JSON.parse(readFileSync(join(repo, path), 'utf8')) as {
      version?: string;
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
  const tested: Record<string, string | undefined> = { ...manifest('package.json').devDependencies };
  for (const name of ['sdk', 'elements']) {
    tested[`@mpp-kit/${name}`] = `^${manifest(`packages/${name}/package.json`).version ?? ''}`;
  }
  for (const recipe of VITE_RECIPES) {
    const { dependencies, devDependencies } = manifest(`examples/recipes/${recipe}/package.json`);
    for (const [name, range] of Object.entries({ ...dependencies, ...devDependencies })) {
      assert.equal(range, tested[name], `${recipe}/package.json: ${name}`);
    }
  }
});
