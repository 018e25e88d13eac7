// What the in-browser benchmarks share: a page module bundled from source
// (minified, like the build), a one-page HTTP server on 127.0.0.1 for it, and
// the run around a measurement: browser up, page served, both closed after.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser } from 'puppeteer-core';
import type { TableRun } from './benchmark.js';

/** Bundles the page module at `entry` (a file URL) into one script. */
export async function bundlePage(entry: URL): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['@mpp-kit/source', 'browser'],
    minify: true,
    write: false,
    logLevel: 'error',
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error('esbuild produced no output');
  return file.text;
}

/** Serves `script` at `/page.js` and an HTML page loading it at every other path. */
export async function servePage(
  script: string,
  options: { title: string; style?: string },
): Promise<{ server: Server; url: string }> {
  const html =
    `<!doctype html><html lang="id"><meta charset="utf-8"><title>${options.title}</title>` +
    (options.style ? `<style>${options.style}</style>` : '') +
    '<body><script type="module" src="/page.js"></script></body></html>';
  const server = createServer((request, response) => {
    const isScript = request.url === '/page.js';
    response.writeHead(200, { 'Content-Type': isScript ? 'text/javascript' : 'text/html' });
    response.end(isScript ? script : html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/` };
}

/** What a page benchmark's measuring part returns beside the rows it wrote. */
export interface PageMeasure {
  readonly failed: boolean;
  readonly context: Record<string, string>;
}

/**
 * Bundles and serves the page at `entry`, launches a browser, and runs
 * `measure` on it; closes both whatever happens. A failure becomes an `error`
 * row beside the rows written so far, and fails the run.
 */
export async function runPageBenchmark(
  entry: URL,
  page: { title: string; style?: string },
  launch: () => Promise<Browser>,
  measure: (browser: Browser, url: string, rows: Record<string, Record<string, string>>) => Promise<PageMeasure>,
): Promise<TableRun> {
  const { server, url } = await servePage(await bundlePage(entry), page);
  const browser = await launch();
  const rows: Record<string, Record<string, string>> = {};
  try {
    const { failed, context } = await measure(browser, url, rows);
    return { rows, failed, context };
  } catch (error) {
    rows['error'] = { message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    return { rows, failed: true, context: {} };
  } finally {
    await browser.close();
    server.close();
  }
}
