// Browser tests for every package, in two engines: Debian's Chromium and
// Debian's Firefox ESR (over WebDriver BiDi). npm cannot download browsers
// here, so both come from the system; `.ci/run` installs them.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { readdirSync } from 'node:fs';

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
    ],
  },
});

const firefox = chromeLauncher({
  puppeteer,
  launchOptions: {
    browser: 'firefox',
    executablePath: process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr',
    headless: true,
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
  nodeResolve: { exportConditions: ['@mpp-kit/source', 'browser'] },
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }), bringToFront],
  browsers: [chromium, firefox],
  concurrency: 2,
  // Progress bars redraw with escape codes; CI logs want plain lines.
  staticLogging: Boolean(process.env.CI),
  testFramework: { config: { timeout: 10_000 } },
  // `*.node.test.ts` files run under Node's test runner instead (`npm run test:node`).
  groups: packages.map((name) => ({
    name,
    files: [`packages/${name}/src/**/*.test.ts`, `!packages/${name}/src/**/*.node.test.ts`],
  })),
};
