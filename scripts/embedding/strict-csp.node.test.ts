// Every element on one portal under a strict Content Security Policy (issue
// 14), in headless Chromium against the reference server: scripts and styles
// by nonce only, 'strict-dynamic' for what the kit's script loads, the API's
// origin for connect-src, Trusted Types enforced. The portal renders its own
// header with its own copy of Lit before the kit loads, through the
// autoloader or the CDN bundle. No violation, no console error, and each
// widget does its job: the cards show the seed, a number is taken, called at
// the counter console and completed; its survey code opens the survey; a
// booking is made with the form and found with the manager. Without the
// portal's Lit, `trusted-types lit-html` alone is enough: the kit creates no
// other policy, and only two copies of Lit need 'allow-duplicates'.
// Needs `npm run build` first.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { untilShown } from '../loader-pages.js';
import { click, find, until, untilText, watchProblems } from '../shadow-paths.js';
import { PORTAL_TAGS, STAFF_TOKEN, embeddingSiteForTests, type KitSource } from './site.js';

const site = embeddingSiteForTests();

const QUEUE_NUMBER = /^[A-Z]{1,2}-\d{3,4}$/;

/**
 * Books the first free time for KTP-el with the form for the applicant `nik`
 * (one booking per person and service); resolves with the booking's code and
 * secret from its manage link.
 */
async function book(page: Page, nik: string): Promise<{ code: string; secret: string }> {
  const form = 'mpp-booking-form';
  await until(page, [form, '[part~="selected-day"]']);
  await click(page, [form, '[part~="next-button"]']);
  await click(page, [form, '[part~="times"] input[type="radio"]:not([disabled])']);
  await click(page, [form, '[part~="next-button"]']);
  const applicant = { name: 'Siti Aminah', nik, phone: '0812-3456-7890' };
  for (const [field, value] of Object.entries(applicant)) {
    await (await find(page, [form, `#field-${field}`])).type(value);
  }
  await click(page, [form, '#field-consent']);
  await click(page, [form, '[part~="next-button"]']);
  await until(page, [form, '[part~="masked-nik"]']);
  await click(page, [form, '[part~="next-button"]']);
  const code = await untilText(page, [form, '[part~="code"]'], /^[A-Z]{3}-[A-Z0-9]{6}$/);
  // The QR code is drawn by a chunk loaded on demand: under 'strict-dynamic' too.
  await until(page, [form, '[part~="qr"] svg[role="img"]']);
  const href = await page.$eval(`${form} >>> [part~="manage-link"]`, (link) => (link as HTMLAnchorElement).href);
  const secret = new URLSearchParams(new URL(href).hash.slice(1)).get('rahasia') ?? '';
  assert.notEqual(secret, '', `no secret in the manage link ${href}`);
  return { code, secret };
}

/** A Kediri NIK for each run, as each run books for another person. */
const APPLICANT: Record<KitSource, string> = { loader: '3571014507950003', cdn: '3571014507950004' };

for (const kit of ['loader', 'cdn'] as const satisfies readonly KitSource[]) {
  test(`under a strict CSP with Trusted Types and a second Lit, every element works through the ${kit === 'loader' ? 'autoloader' : 'CDN bundle'}`, async () => {
    const page = await site().browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const problems = await watchProblems(page);
    try {
      const response = await page.goto(`${site().origin}/strict/?kit=${kit}`, { waitUntil: 'load' });
      const csp = response?.headers()['content-security-policy'] ?? '';
      assert.match(csp, /script-src 'nonce-[\w+/=]+' 'strict-dynamic';/);
      assert.match(csp, /require-trusted-types-for 'script'/);
      assert.doesNotMatch(csp, /unsafe-/);

      // The portal's own Lit rendered its header, and the kit brought its own: two copies on the page.
      await untilText(page, ['portal-header', '[part~="title"]'], /^Portal Resmi Kota Kediri$/);
      await untilShown(page, PORTAL_TAGS).catch((error: unknown) => {
        throw new Error(`${String(error)}\n${problems.join('\n')}`);
      });
      const lits = await page.evaluate(() => (globalThis as { litHtmlVersions?: string[] }).litHtmlVersions ?? []);
      assert.equal(lits.length, 2, `Lit copies on the page: ${lits.join(', ')}`);

      // The cards show the seed.
      await untilText(page, ['mpp-site-info', '[part~="name"]'], /^Mal Pelayanan Publik Kota Kediri$/);
      await untilText(page, ['mpp-site-info', '[part~="status"]'], /Buka/);
      await untilText(page, ['mpp-service-catalog', '[part~="result-count"]'], /\d+ layanan/);
      await until(page, ['mpp-queue-status', '[part~="connection"][data-state="live"]']);
      assert.match(await untilText(page, ['mpp-visitor-stats', '[part~="overview-item"]'], /\d/), /sejak .*2023/i);
      await until(page, ['mpp-survey-results', '[part~="card"]']);

      // A number is taken, called and completed at Loket 1 (Dukcapil serves KTP-el there).
      await click(page, ['mpp-ticket', '[part~="take-button"]']);
      const number = await untilText(page, ['mpp-ticket', '[part~="number"]'], QUEUE_NUMBER);
      await (await find(page, ['mpp-counter-console', '[part~="token-input"]'])).type(STAFF_TOKEN);
      await page.keyboard.press('Enter');
      await click(page, ['mpp-counter-console', '[part~="action-call-next"]']);
      assert.equal(await untilText(page, ['mpp-counter-console', '[part~="serving-number"]'], QUEUE_NUMBER), number);
      await untilText(page, ['mpp-ticket', '[part~="call"]'], /Loket 1/);
      await click(page, ['mpp-counter-console', '[part~="action-complete"]']);
      const spoken = await untilText(page, ['mpp-counter-console', '[part~="survey-code"]'], /[0-9A-Z]{4}-[0-9A-Z]{4}/);
      const surveyCode = /[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(spoken)?.[0] ?? '';

      // The survey takes that code and opens its first question.
      await (await find(page, ['mpp-survey', '[part~="code-input"]'])).type(surveyCode);
      await click(page, ['mpp-survey', '[part~="start-button"]']);
      await until(page, ['mpp-survey', '[part~="card"][data-screen="question"]']);

      // A booking made with the form is found with the manager.
      const { code, secret } = await book(page, APPLICANT[kit]);
      await (await find(page, ['mpp-booking-manager', '[part~="code-input"]'])).type(code);
      await (await find(page, ['mpp-booking-manager', '[part~="secret-input"]'])).type(secret);
      await click(page, ['mpp-booking-manager', '[part~="find-button"]']);
      await until(page, ['mpp-booking-manager', '[part~="card"][data-status="confirmed"]']);

      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
}

test("without a Lit of the portal's own, the kit's one Trusted Types policy needs no 'allow-duplicates'", async () => {
  const page = await site().browser.newPage();
  const problems = await watchProblems(page);
  try {
    const response = await page.goto(`${site().origin}/strict/?kit=loader&portal-lit=no`, { waitUntil: 'load' });
    assert.match(response?.headers()['content-security-policy'] ?? '', /; trusted-types lit-html$/);
    await untilShown(page, PORTAL_TAGS).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${problems.join('\n')}`);
    });
    const lits = await page.evaluate(() => (globalThis as { litHtmlVersions?: string[] }).litHtmlVersions ?? []);
    assert.equal(lits.length, 1, `Lit copies on the page: ${lits.join(', ')}`);
    await untilText(page, ['mpp-site-info', '[part~="name"]'], /^Mal Pelayanan Publik Kota Kediri$/);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});
