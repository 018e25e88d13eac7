// The demo site of `npm start`, end to end in headless Chromium: the
// reference server (run from source, on a SQLite file) serves the portal at /,
// the waiting-room board at /display/, the staff console at /counter/ and the
// booking manager at /kelola/ (laid out by scripts/demo-site.mjs) behind its strict Content Security
// Policy; the pages load the elements through the autoloader as a regency would from
// a CDN. The site card, the catalog and the live queue render from the API, the
// catalog's "Ambil antrean" takes a real number with <mpp-ticket>, and a staff
// call made on /counter/ with the token the server printed shows on the board
// and on the citizen's ticket without a reload. A booking made with the form
// opens from its manage link on /kelola/ and is checked in on /counter/. The
// portal shows the visitor statistics and the survey results; a number
// completed on /counter/ gets a survey code, answered on /survei/ from the
// ticket's link. Nothing may trip the CSP or log an error.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium } from './headless-chromium.js';
import { assembleDemoSite, bundleLoaderFromSource } from './demo-site.mjs';
import { click, find, until, untilText, watchProblems } from './shadow-paths.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'mpp-portal-'));
const site = join(root, 'site');
// A Monday of the Kediri seed at 09:00: open, whatever the real time.
const CLOCK = '2026-03-02T09:00:00+07:00';

let server: ChildProcess | undefined;
let browser: Browser | undefined;
let url = '';
/** The staff token the server generated and printed at start-up, as a person reads it off the terminal. */
let staffToken = '';

/** The site as `npm start` serves it, with the autoloader and its chunks bundled from source into vendor/. */
async function prepareSite(): Promise<void> {
  await bundleLoaderFromSource(repo, assembleDemoSite(repo, site));
}

/** The CLI from source, as the bin runs the built one; resolves with the server's root URL and printed token. */
async function startServer(): Promise<{ url: string; staffToken: string }> {
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
      // The banner is written at once, after the server listens: both lines are there together.
      const api = /API:\s+(http:\/\/\S+)\/v1/.exec(output)?.[1];
      const token = /Token staf \/ staff token:\s+(\S+)/.exec(output)?.[1];
      if (api && token) resolve({ url: api, staffToken: token });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`the server exited (${code}) before serving:\n${output}`)));
  });
}

before(async () => {
  await prepareSite();
  ({ url, staffToken } = await startServer());
  browser = await launchChromium();
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
  const problems = await watchProblems(page);
  const response = await page.goto(`${url}${path}`, { waitUntil: 'load' });
  // A page visited before in this browser is revalidated with its ETag: 304, from the browser's cache.
  assert.ok(response && [200, 304].includes(response.status()), `HTTP ${String(response?.status())}`);
  return { page, problems, csp: response.headers()['content-security-policy'] ?? '' };
}

/**
 * Scrolls the element `selector` into view, as a visitor scrolls down to it: the
 * portal marks the widgets far down `loading="lazy"`, and the loader fetches them
 * only as they come near the screen. The page comes to the front first:
 * a page behind another draws no frames, so nothing comes near its screen.
 */
async function scrollTo(page: Page, selector: string): Promise<void> {
  await page.bringToFront();
  await page.$eval(selector, (element) => element.scrollIntoView());
}

/** Signs the console of `page` in with the token the server printed. */
async function signIn(page: Page): Promise<void> {
  const field = await find(page, ['mpp-counter-console', 'input[type="password"]']);
  await field.type(staffToken);
  await field.press('Enter');
}

const QUEUE_NUMBER = /^[A-Z]{1,2}-\d{3,4}$/;

test('the portal renders the site card and the catalog from the API under its strict CSP', async () => {
  const { page, problems, csp } = await visit('/');
  try {
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    // The elements render in their shadow roots once the loader has fetched their chunks, which
    // changes nothing in the document: each check polls, as a document-observing wait would miss it.
    await untilText(page, ['mpp-site-info', '[part~="name"]'], /^Mal Pelayanan Publik Kota Kediri$/);
    await untilText(page, ['mpp-site-info', '[part~="status"]'], /Buka/);
    await untilText(page, ['mpp-service-catalog', '[part~="result-count"]'], /\d+ layanan/);
    const rows = await page.$$('mpp-service-catalog >>> [role="option"]');
    assert.ok(rows.length > 5, `expected catalog rows, got ${rows.length}`);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test("the portal's live queue card lists the counters, and the catalog's Ambil antrean takes a number with <mpp-ticket> that a reload keeps", async () => {
  const { page, problems } = await visit('/#layanan=ktp-el');
  try {
    // The compact card: every counter by name (the seed has 20), from the live stream.
    await until(page, ['mpp-queue-status', '[part~="queue"][data-mode="compact"][data-freshness="live"]']);
    await until(page, ['mpp-queue-status', '[part~="connection"][data-state="live"]']);
    const counterNames = await page.$$eval('mpp-queue-status >>> [part~="counter-name"]', (names) =>
      names.map((name) => name.textContent.trim()),
    );
    assert.equal(counterNames.length, 20);
    assert.equal(counterNames[0], 'Loket 1');

    await click(page, ['mpp-service-catalog', '[part~="queue-button"]']);
    const number = await untilText(page, ['mpp-ticket', '[part~="number"]'], QUEUE_NUMBER);
    assert.match(number, /^A-/, 'a KTP-el number has the prefix A');
    // The server agrees: the ticket waits in its queue.
    const queue = (await (await fetch(`${url}/v1/queues?service=ktp-el`)).json()) as {
      services: { waiting: number }[];
    };
    assert.ok((queue.services[0]?.waiting ?? 0) >= 1, `the server shows no ticket waiting after ${number}`);

    // A reload shows the same number again (the ticket's id and the portal's service, in sessionStorage).
    await page.reload({ waitUntil: 'load' });
    assert.equal(await untilText(page, ['mpp-ticket', '[part~="number"]'], QUEUE_NUMBER), number);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test("a call made on /counter/ with the printed token shows at once on /display/ and on the visitor's ticket", async () => {
  // The board first, as a TV that was on before anyone arrived.
  const board = await visit('/display/');
  const portal = await visit('/#layanan=nib-oss');
  const desk = await visit('/counter/?counter=loket-5');
  try {
    for (const { csp } of [board, desk]) {
      assert.match(csp, /script-src 'self'/);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    }
    await until(board.page, ['mpp-queue-status', '[part~="queue"][data-mode="board"][data-freshness="live"]']);
    await until(board.page, ['mpp-queue-status', '[data-counter="loket-5"]']);

    // A visitor takes a number for NIB (OSS), served at Loket 5.
    await click(portal.page, ['mpp-service-catalog', '[part~="queue-button"]']);
    const number = await untilText(portal.page, ['mpp-ticket', '[part~="number"]'], QUEUE_NUMBER);

    // The staff member signs in with the token the server printed, at the counter the address names.
    await desk.page.bringToFront();
    const field = await find(desk.page, ['mpp-counter-console', 'input[type="password"]']);
    const label = await field.evaluate((input) =>
      (input.getRootNode() as ParentNode).querySelector(`label[for="${input.id}"]`)?.textContent.trim(),
    );
    assert.equal(label, 'Token petugas');
    await field.type(staffToken);
    await field.press('Enter');
    await untilText(desk.page, ['mpp-counter-console', '[part~="counter"]'], /Loket 5/);
    await click(desk.page, ['mpp-counter-console', '[part~="action-call-next"]']);
    assert.equal(await untilText(desk.page, ['mpp-counter-console', '[part~="serving-number"]'], QUEUE_NUMBER), number);

    // The board shows it on Loket 5's tile and as the latest call, without a reload.
    const tile = ['mpp-queue-status', '[data-counter="loket-5"] [part~="number"]'];
    await untilText(board.page, tile, new RegExp(`\\b${number}$`));
    assert.match(
      await untilText(board.page, ['mpp-queue-status', '[part~="latest-call"]'], /\S/),
      new RegExp(`${number}.*Loket 5`),
    );
    // The visitor's ticket says where to go.
    assert.match(await untilText(portal.page, ['mpp-ticket', '[part~="call"]'], /Loket 5/), /Loket 5/);

    // The token lives in the console's memory only: in no attribute (shadow roots included) and no storage.
    const leaks = await desk.page.evaluate((token) => {
      // Loops, not named inner functions: tsx's keepNames helper does not exist in the page.
      const found: string[] = [];
      const stack: Node[] = [document];
      for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
        if (node instanceof Element) {
          for (const attribute of Array.from(node.attributes)) {
            if (attribute.value.includes(token)) found.push(`${node.localName}[${attribute.name}]`);
          }
          if (node.shadowRoot) stack.push(node.shadowRoot);
        }
        stack.push(...Array.from(node.childNodes));
      }
      for (const storage of [localStorage, sessionStorage]) {
        for (let index = 0; index < storage.length; index += 1) {
          const key = storage.key(index) ?? '';
          if (`${key}${storage.getItem(key) ?? ''}`.includes(token)) found.push(`storage ${key}`);
        }
      }
      if (location.href.includes(token)) found.push('URL');
      return found;
    }, staffToken);
    assert.deepEqual(leaks, []);

    for (const { problems } of [board, portal, desk]) assert.deepEqual(problems, []);
  } finally {
    await Promise.all([board.page.close(), portal.page.close(), desk.page.close()]);
  }
});

test("the board's address narrows it to one agency, and ignores what is not an id", async () => {
  const narrowed = await visit('/display/?agency=dukcapil&speech=en');
  const mistyped = await visit('/display/?agency=%3Cb%3Edukcapil');
  try {
    await until(narrowed.page, ['mpp-queue-status', '[part~="queue"][data-mode="board"][data-freshness="live"]']);
    const tiles = await narrowed.page.$$eval('mpp-queue-status >>> [part~="counter"]', (items) =>
      items.map((item) => item.getAttribute('data-counter')),
    );
    // Dukcapil's counters in the Kediri seed.
    assert.deepEqual(tiles, ['loket-1', 'loket-2', 'loket-3', 'loket-4']);
    assert.equal(await narrowed.page.$eval('mpp-queue-status', (board) => board.getAttribute('speech-locale')), 'en');

    await until(mistyped.page, ['mpp-queue-status', '[part~="queue"][data-mode="board"][data-freshness="live"]']);
    assert.equal(await mistyped.page.$eval('mpp-queue-status', (board) => board.hasAttribute('agency')), false);
    assert.equal((await mistyped.page.$$('mpp-queue-status >>> [part~="counter"]')).length, 20);
    for (const { problems } of [narrowed, mistyped]) assert.deepEqual(problems, []);
  } finally {
    await Promise.all([narrowed.page.close(), mistyped.page.close()]);
  }
});

test("the catalog's Booking opens the form; a booking's manage link opens on /kelola/ without leaving its secret in the address; /counter/ checks it in", async () => {
  const portal = await visit('/#layanan=ktp-el');
  const { page } = portal;
  let manage: Visit | undefined;
  let desk: Visit | undefined;
  try {
    await click(page, ['mpp-service-catalog', '[part~="booking-button"]']);
    // The form starts at KTP-el's calendar with the first bookable day chosen, and focus on the step heading.
    await until(page, ['mpp-booking-form', '[data-step="date"]']);
    await until(page, ['mpp-booking-form', '[part~="selected-day"]']);
    await page.waitForFunction(
      () => document.querySelector('mpp-booking-form')?.shadowRoot?.activeElement?.matches('[part~="heading"]'),
      { timeout: 15_000, polling: 50 },
    );
    await click(page, ['mpp-booking-form', '[part~="next-button"]']);
    await click(page, ['mpp-booking-form', '[part~="times"] input[type="radio"]:not([disabled])']);
    await click(page, ['mpp-booking-form', '[part~="next-button"]']);
    await until(page, ['mpp-booking-form', '[data-step="applicant"]']);
    const applicant = { name: 'Siti Aminah', nik: '3571014507950003', phone: '0812-3456-7890' };
    for (const [field, value] of Object.entries(applicant)) {
      await (await find(page, ['mpp-booking-form', `#field-${field}`])).type(value);
    }
    await click(page, ['mpp-booking-form', '#field-consent']);
    await click(page, ['mpp-booking-form', '[part~="next-button"]']);
    // The review masks the NIK, then "Pesan" books.
    assert.match(await untilText(page, ['mpp-booking-form', '[part~="masked-nik"]'], /0003/), /^[•\s]+0003$/);
    await click(page, ['mpp-booking-form', '[part~="next-button"]']);
    const code = await untilText(page, ['mpp-booking-form', '[part~="code"]'], /^[A-Z]{3}-[A-Z0-9]{6}$/);
    await until(page, ['mpp-booking-form', '[part~="qr"] svg[role="img"]']);
    const href = await page.$eval(
      'mpp-booking-form >>> [part~="manage-link"]',
      (link) => (link as HTMLAnchorElement).href,
    );
    const link = new URL(href);
    assert.equal(link.pathname, '/kelola/');
    assert.equal(link.search, '', 'the manage link carries nothing in its query');
    assert.match(link.hash, new RegExp(`^#kode=${code}&rahasia=`));
    assert.equal(page.url().includes('rahasia'), false);

    // The manage link opens the booking; the secret leaves the address bar.
    manage = await visit(`${link.pathname}${link.hash}`);
    await until(manage.page, ['mpp-booking-manager', '[part~="card"][data-status="confirmed"]']);
    assert.match(await untilText(manage.page, ['mpp-booking-manager', '[part~="heading"]'], /\S/), new RegExp(code));
    assert.equal(new URL(manage.page.url()).hash, '');

    // At the MPP: staff check the booking in by its code, and it becomes a KTP-el ticket.
    desk = await visit('/counter/');
    await signIn(desk.page);
    const codeField = await find(desk.page, ['mpp-counter-console', '[part~="check-in-input"]']);
    await codeField.type(code);
    await codeField.press('Enter');
    await until(desk.page, ['mpp-counter-console', '[part~="check-in-state"][data-state="open"]']);
    await click(desk.page, ['mpp-counter-console', '[part~="check-in-button"]']);
    assert.match(
      await untilText(desk.page, ['mpp-counter-console', '[part~="check-in-ticket"]'], /A-\d{3}/),
      /A-\d{3}/,
    );

    for (const visited of [portal, manage, desk]) assert.deepEqual(visited.problems, []);
  } finally {
    await Promise.all([page.close(), manage?.page.close(), desk?.page.close()]);
  }
});

test("/ shows the visitor statistics and the survey results; a number completed on /counter/ gets a survey code, and the ticket's link answers it on /survei/", async () => {
  const portal = await visit('/#layanan=skck');
  const { page } = portal;
  let desk: Visit | undefined;
  let survey: Visit | undefined;
  try {
    // The statistics: the Kediri history since September 2023, and the number just taken on top.
    await scrollTo(page, '#statistik');
    const overview = await untilText(page, ['mpp-visitor-stats', '[part~="overview-item"]'], /\d/);
    const total = Number(/([\d.]+)$/.exec(overview)?.[1]?.replaceAll('.', ''));
    assert.match(overview, /sejak .*2023/i);
    assert.ok(total >= 26_203, `visitors since opening: ${overview}`);
    // No one has answered yet: the results say so rather than show an index.
    await scrollTo(page, '#kepuasan');
    await until(page, ['mpp-survey-results', '[part~="card"]']);
    assert.equal(await page.$('mpp-survey-results >>> [part~="index"]'), null);

    // A visitor takes an SKCK number; Loket 19 calls and completes it.
    await click(page, ['mpp-service-catalog', '[part~="queue-button"]']);
    const number = await untilText(page, ['mpp-ticket', '[part~="number"]'], QUEUE_NUMBER);
    desk = await visit('/counter/?counter=loket-19');
    await signIn(desk.page);
    await click(desk.page, ['mpp-counter-console', '[part~="action-call-next"]']);
    assert.equal(await untilText(desk.page, ['mpp-counter-console', '[part~="serving-number"]'], QUEUE_NUMBER), number);
    await click(desk.page, ['mpp-counter-console', '[part~="action-complete"]']);
    // The console shows the code to read out; the visitor's ticket links to the survey with the same code.
    const spoken = await untilText(
      desk.page,
      ['mpp-counter-console', '[part~="survey-code"]'],
      /[0-9A-Z]{4}-[0-9A-Z]{4}/,
    );
    await until(page, ['mpp-ticket', '[part~="survey-link"]']);
    const href = await page.$eval('mpp-ticket >>> [part~="survey-link"]', (link) => (link as HTMLAnchorElement).href);
    const link = new URL(href);
    assert.equal(link.pathname, '/survei/');
    const code = /^#kode=([0-9A-Z]{4}-[0-9A-Z]{4})$/.exec(link.hash)?.[1];
    assert.ok(code && spoken.includes(code), `the ticket's link ${link.hash} and the console's "${spoken}" differ`);

    // The survey page takes the code from the fragment and drops it from the address.
    survey = await visit(`${link.pathname}${link.hash}`);
    const answering = survey.page;
    await until(answering, ['mpp-survey', '[part~="card"][data-screen="question"]']);
    assert.equal(new URL(answering.url()).hash, '');
    for (let element = 1; element <= 9; element += 1) {
      // "Pertanyaan 8 dari 9": the question's own number comes first, so the ninth is not taken for the eighth.
      const question = await untilText(
        answering,
        ['mpp-survey', '[part~="progress"]'],
        new RegExp(`^\\D*${element}\\D+9\\b`),
      );
      assert.match(question, /9/);
      // The fourth option: the best answer of the element's own wording.
      await click(answering, ['mpp-survey', '[part~="option"]:nth-of-type(4) input']);
      await click(answering, ['mpp-survey', '[part~="next-button"]']);
    }
    await until(answering, ['mpp-survey', '[part~="card"][data-screen="profile"]']);
    await click(answering, ['mpp-survey', '[part~="next-button"]']);
    await until(answering, ['mpp-survey', '[part~="card"][data-screen="suggestion"]']);
    await (
      await find(answering, ['mpp-survey', '[part~="suggestion-input"]'])
    ).type('Ruang tunggu sejuk, terima kasih.');
    await click(answering, ['mpp-survey', '[part~="submit-button"]']);
    // The thank-you shows the index with this answer in it: all fours make 100.
    assert.match(await untilText(answering, ['mpp-survey', '[part~="ikm-value"]'], /\d/), /^100(,00)?$/);

    // Back on the portal, the results count the respondent; the suggestion stays with staff.
    // The server runs on the test's clock; the results take their period from the page's, unless told.
    await page.reload({ waitUntil: 'load' });
    await page.$eval('mpp-survey-results', (results, now) => results.setAttribute('now', now), CLOCK);
    await scrollTo(page, '#kepuasan');
    assert.match(await untilText(page, ['mpp-survey-results', '[part~="sample"]'], /\d/), /\b1 responden/);
    assert.match(await untilText(page, ['mpp-survey-results', '[part~="grade"]'], /\S/), /A/);
    assert.equal(await page.$('mpp-survey-results >>> [part~="suggestion"]'), null);

    for (const visited of [portal, desk, survey]) assert.deepEqual(visited.problems, []);
  } finally {
    await Promise.all([page.close(), desk?.page.close(), survey?.page.close()]);
  }
});
