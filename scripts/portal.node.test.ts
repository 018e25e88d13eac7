// The demo portal of `npm start`, end to end in headless Chromium: the
// reference server (run from source, on a SQLite file) serves
// examples/portal/ behind its strict Content Security Policy, the page loads
// the elements' drop-in module as a regency would from a CDN, the site card
// and the catalog render from the API, and the catalog's "Ambil antrian"
// takes a real queue number. Nothing may trip the CSP or log an error.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const repo = fileURLToPath(new URL('..', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'mpp-portal-'));
const site = join(root, 'site');
// A Monday of the Kediri seed at 09:00: open, whatever the real time.
const CLOCK = '2026-03-02T09:00:00+07:00';

let server: ChildProcess | undefined;
let browser: Browser | undefined;
let url = '';

/** The portal as `npm start` serves it, with the drop-in module bundled from source into vendor/. */
async function preparePortal(): Promise<void> {
  cpSync(join(repo, 'examples/portal'), site, { recursive: true, filter: (path) => !path.includes('vendor') });
  mkdirSync(join(site, 'vendor'));
  await build({
    entryPoints: [join(repo, 'packages/elements/src/cdn.ts')],
    outfile: join(site, 'vendor/mpp-kit.min.js'),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['@mpp-kit/source', 'browser'],
    logLevel: 'error',
  });
}

/** The CLI from source, as the bin runs the built one; resolves with the server's root URL. */
async function startServer(): Promise<string> {
  const launcher = join(root, 'launch.mjs');
  const cli = pathToFileURL(join(repo, 'packages/server/src/cli/index.ts')).href;
  writeFileSync(
    launcher,
    `import { runCli } from ${JSON.stringify(cli)};\nprocess.exitCode = await runCli(process.argv.slice(2), process.env);\n`,
  );
  const args = ['--db', join(root, 'mpp.db'), '--port', '0', '--clock', CLOCK, '--static', site];
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=@mpp-kit/source', launcher, ...args], {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server = child;
  let output = '';
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /API:\s+(http:\/\/\S+)\/v1/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`the server exited (${code}) before serving:\n${output}`)));
  });
}

before(async () => {
  await preparePortal();
  url = await startServer();
  browser = await puppeteer.launch({
    executablePath: process.env['CHROMIUM_BIN'] ?? '/usr/bin/chromium',
    headless: true,
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-gpu', '--disable-background-networking'],
  });
});

after(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
  rmSync(root, { recursive: true, force: true });
});

interface Visit {
  readonly page: Page;
  /** CSP violations, console errors and uncaught errors, as they happen. */
  readonly problems: string[];
  readonly csp: string;
}

async function visit(path: string): Promise<Visit> {
  const page = await (browser as Browser).newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${String(error)}`));
  await page.exposeFunction('reportViolation', (text: string) => problems.push(`CSP: ${text}`));
  // Runs before the page's scripts, and is not itself subject to the page's CSP.
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (globalThis as unknown as { reportViolation: (text: string) => void }).reportViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  const response = await page.goto(`${url}${path}`, { waitUntil: 'load' });
  assert.equal(response?.status(), 200);
  return { page, problems, csp: response.headers()['content-security-policy'] ?? '' };
}

/** The text of the first match of a selector that pierces shadow roots, once it has some. */
async function textOf(page: Page, selector: string): Promise<string> {
  const handle = await page.waitForSelector(`pierce/${selector}`, { timeout: 15_000 });
  await page.waitForFunction((element) => (element?.textContent ?? '').trim() !== '', { timeout: 15_000 }, handle);
  return (await handle?.evaluate((element) => element.textContent))?.trim() ?? '';
}

test('the portal renders the site card and the catalog from the API under its strict CSP', async () => {
  const { page, problems, csp } = await visit('/');
  try {
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal(await textOf(page, '[part~="name"]'), 'Mal Pelayanan Publik Kota Kediri');
    assert.match(await textOf(page, '[part~="status"]'), /Buka/);
    await page.waitForSelector('pierce/[role="option"]', { timeout: 15_000 });
    const rows = await page.$$('pierce/[role="option"]');
    assert.ok(rows.length > 5, `expected catalog rows, got ${rows.length}`);
    assert.match(await textOf(page, '[part~="result-count"]'), /\d+ layanan/);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test("the catalog's deep link opens a service, and its Ambil antrian takes a real queue number", async () => {
  const { page, problems } = await visit('/#layanan=ktp-el');
  try {
    assert.match(await textOf(page, '[part~="detail"] .detail-title'), /KTP/);
    const button = await page.waitForSelector('pierce/[part~="queue-button"]', { timeout: 15_000 });
    await button?.click();
    await page.waitForFunction(
      () => /^[A-Z]{1,2}-\d{3}$/.test(document.getElementById('ticket-number')?.textContent ?? ''),
      {
        timeout: 15_000,
      },
    );
    const number = await page.$eval('#ticket-number', (element) => element.textContent);
    // The server agrees: the ticket is in its queue view.
    const queue = (await (await fetch(`${url}/v1/queues?service=ktp-el`)).json()) as {
      services: { waiting: number }[];
    };
    assert.ok((queue.services[0]?.waiting ?? 0) >= 1, `the server shows no ticket waiting after ${number}`);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});
