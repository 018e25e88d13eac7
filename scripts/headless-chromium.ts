// Debian's Chromium, headless, as the Node-side browser tests and benchmarks
// drive it: npm cannot download browsers here, so puppeteer-core takes the
// system's (`.ci/run` installs it; CHROMIUM_BIN overrides the path).
import puppeteer, { type Browser } from 'puppeteer-core';

/** The Chromium binary the tests and benchmarks drive. */
export const CHROMIUM = process.env['CHROMIUM_BIN'] ?? '/usr/bin/chromium';

/**
 * Launches headless Chromium without its sandbox when running as root (as CI
 * does), and without the background networking a machine with no Internet
 * only waits on; `extraArgs` come after these.
 */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-background-networking',
      ...extraArgs,
    ],
  });
}
