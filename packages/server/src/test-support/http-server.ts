// The one way a Node test starts the real server over HTTP: startServer on the
// fixture seed (MPP Kota Kediri) with a manual clock at Monday 09:00, the test
// staff token, and optionally a static folder of the test's own files.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startServer, type NodeServerOptions } from '../node.js';
import { MemoryStore } from '../store/memory-store.js';
import { fixedClock, type ManualClock } from '../time/clock.js';
import { fixtureSeed, MONDAY_9AM } from './fixture-seed.js';
import { SECRET, STAFF_TOKEN } from './harness.js';

/** Options of {@link startHttpTestServer}: the server's own, and the files to serve. */
export interface HttpTestServerOptions extends Omit<
  NodeServerOptions,
  'store' | 'clock' | 'staffTokens' | 'secret' | 'port' | 'staticDir'
> {
  /**
   * Files served at `/`, by path inside the folder (`img/logo.png`); written to
   * a fresh temporary folder, removed on close. None: the API alone.
   */
  readonly site?: Readonly<Record<string, string | Uint8Array>>;
}

/** A running test server. */
export interface HttpTestServer {
  /** `http://127.0.0.1:port`, without a trailing slash. */
  readonly url: string;
  /** The server's clock, at Monday 2 March 2026, 09:00 in Kediri until a test moves it. */
  readonly clock: ManualClock;
  /** The folder served at `/`, or `null` without `site`. Its parent is the test's too (for files that must stay unserved). */
  readonly siteDir: string | null;
  /** `fetch` of a path on the server. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** The same, with the staff token. */
  fetchAsStaff(path: string, init?: RequestInit): Promise<Response>;
  /** Stops the server and removes its files. */
  close(): Promise<void>;
}

/** Writes `files` under `folder`, making the folders their paths name. */
function writeSite(folder: string, files: Readonly<Record<string, string | Uint8Array>>): void {
  for (const [path, content] of Object.entries(files)) {
    const file = join(folder, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

/**
 * Starts the real server (compression, caching, static files, rate limiting
 * by socket address: everything `startServer` does) on a free port of
 * 127.0.0.1, over a fresh in-memory store of the fixture seed.
 *
 * @example
 * const server = await startHttpTestServer({ site: { 'index.html': '<title>Portal</title>' } });
 * after(() => server.close());
 * const site = await server.fetch('/v1/site');
 */
export async function startHttpTestServer(options: HttpTestServerOptions = {}): Promise<HttpTestServer> {
  const { site, ...serverOptions } = options;
  const root = site === undefined ? null : mkdtempSync(join(tmpdir(), 'mpp-http-test-'));
  const siteDir = root === null ? null : join(root, 'site');
  if (siteDir !== null && site !== undefined) {
    mkdirSync(siteDir);
    writeSite(siteDir, site);
  }
  const clock = fixedClock(MONDAY_9AM);
  const server = await startServer({
    ...serverOptions,
    store: new MemoryStore(fixtureSeed()),
    clock,
    staffTokens: [STAFF_TOKEN],
    secret: SECRET,
    port: 0,
    staticDir: siteDir,
  });
  const staff = (init: RequestInit = {}): RequestInit => {
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${STAFF_TOKEN}`);
    return { ...init, headers };
  };
  return {
    url: server.url,
    clock,
    siteDir,
    fetch: (path, init) => fetch(`${server.url}${path}`, init),
    fetchAsStaff: (path, init) => fetch(`${server.url}${path}`, staff(init)),
    close: async () => {
      await server.close();
      if (root !== null) rmSync(root, { recursive: true, force: true });
    },
  };
}
