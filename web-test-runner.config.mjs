// Browser tests for every package, in two engines: Debian's Chromium and
// Debian's Firefox ESR (over WebDriver BiDi). npm cannot download browsers
// here, so both come from the system; `.ci/run` installs them.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { readdirSync } from 'node:fs';
import { prebundle } from './scripts/wtr-prebundle.mjs';

const asRoot = process.getuid?.() === 0;

const chromium = chromeLauncher({
  launchOptions: {
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
    headless: true,
    args: [
      ...(asRoot ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      // The machines have no network but the registries: without these,
      // Chromium keeps dialling Google's hosts and fails slowly.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Test files run in several tabs at once and only one is in front: without these, the
      // others' timers (a live queue's polling, reconnecting and rate limits) slow to one a
      // second, then one a minute, and a test of them outlasts its timeout.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
    ],
  },
});

const firefox = chromeLauncher({
  puppeteer,
  launchOptions: {
    browser: 'firefox',
    executablePath: process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr',
    headless: true,
    // The same for Firefox: background tabs keep their timers at full speed.
    extraPrefsFirefox: {
      'dom.min_background_timeout_value': 4,
      'dom.min_background_timeout_value_without_budget_throttling': 4,
      'dom.timeout.enable_budget_timer_throttling': false,
    },
  },
});
// chromeLauncher names itself "Chrome"; name the Firefox one so reports tell them apart.
firefox.name = 'Firefox';

/**
 * `bring-to-front`, a server command for tests that need their tab in front:
 * tests run in several tabs at once, and a background tab gets no animation
 * frames and no IntersectionObserver callbacks (Firefox stops its refresh
 * driver there), which a test of scrolling needs.
 */
const bringToFront = {
  name: 'bring-to-front',
  async executeCommand({ command, session }) {
    if (command !== 'bring-to-front') return undefined;
    await session.browser.getPage(session.id).bringToFront();
    return true;
  },
};

// A group per package (`wtr --group sdk`); packages without browser tests yet are left out.
const hasTests = (name) =>
  readdirSync(`packages/${name}/src`, { recursive: true }).some((file) => /(?<!\.node)\.test\.ts$/.test(String(file)));
const packages = ['contract', 'sdk', 'server', 'elements'].filter(hasTests);

export default {
  ...(process.env.MPP_FILES ? { files: process.env.MPP_FILES.split(',') } : {}),
  nodeResolve: { exportConditions: ['@mpp-kit/source', 'browser'] },
  plugins: [
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }),
    bringToFront,
    // The frameworks test mounts the elements in React and Vue, which need pre-bundling to load in a browser.
    prebundle(['react', 'react-dom', 'react-dom/client', 'vue']),
  ],
  // `MPP_BROWSERS=chrome` (or `firefox`) runs one engine, for a quick loop while developing.
  browsers: [chromium, firefox].filter(
    (browser) => !process.env.MPP_BROWSERS || process.env.MPP_BROWSERS.split(',').includes(browser.name.toLowerCase()),
  ),
  // One test file at a time per browser: keyboard tests (sendKeys) reach only the tab in
  // front, and two files typing at once in Firefox were seen to lose each other's keys.
  concurrency: 1,
  // Progress bars redraw with escape codes; CI logs want plain lines.
  staticLogging: Boolean(process.env.CI),
  // A hang still fails, but the first test of a file pays for cold starts (axe-core, the
  // in-page server) while both browsers share two cores: 10 s was seen to run out in CI.
  testFramework: { config: { timeout: 30_000 } },
  // `*.node.test.ts` files run under Node's test runner instead (`npm run test:node`).
  // `MPP_FILES=a.test.ts,b.test.ts` runs only those files (groups would run every package).
  groups: process.env.MPP_FILES
    ? undefined
    : packages.map((name) => ({
        name,
        files: [`packages/${name}/src/**/*.test.ts`, `!packages/${name}/src/**/*.node.test.ts`],
      })),
};
