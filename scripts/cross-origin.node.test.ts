// A regency's portal on one origin calls the API on another, in headless
// Chromium, with the API's security headers and CORS as they are served: the
// portal listed in --cors reads the catalog, takes a number (a preflighted
// POST) and opens the live queue; a site not listed reads nothing. Both fail
// to load an answer without CORS (`mode: 'no-cors'`, as `<script>` or `<img>`
// would): Cross-Origin-Resource-Policy blocks that, and only that.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { startHttpTestServer, type HttpTestServer } from '../packages/server/src/test-support/http-server.js';
import { launchChromium } from './headless-chromium.js';

/** An empty page on an origin of its own, standing for a regency's portal. */
interface PageSite {
  readonly origin: string;
  readonly server: Server;
}

async function startPageSite(): Promise<PageSite> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>Portal</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** What a page on another origin got of the API: each value, or `blocked` when the browser refused it. */
interface Outcome {
  readonly siteName: string;
  readonly ticket: string;
  readonly firstEvent: string;
  readonly withoutCors: string;
}

let portal: PageSite;
let stranger: PageSite;
let api: HttpTestServer;
let browser: Browser;

before(async () => {
  [portal, stranger] = await Promise.all([startPageSite(), startPageSite()]);
  api = await startHttpTestServer({ cors: { origins: [portal.origin] } });
  browser = await launchChromium();
});
after(async () => {
  await browser.close();
  await api.close();
  for (const site of [portal, stranger]) site.server.close();
});

/** Opens `site`'s page and calls the API from it the way the SDK and the widgets do. */
async function callFrom(site: PageSite): Promise<Outcome> {
  const page = await browser.newPage();
  try {
    await page.goto(`${site.origin}/`);
    // Anonymous functions only: tsx would name a local one with a helper the page does not have.
    return await page.evaluate(async (apiUrl: string) => {
      const siteName = await fetch(`${apiUrl}/v1/site`)
        .then((response) => response.json() as Promise<{ name: string }>)
        .then(
          ({ name }) => name,
          () => 'blocked',
        );
      const ticket = await fetch(`${apiUrl}/v1/tickets`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `cross-origin-${location.port}` },
        body: JSON.stringify({ serviceId: 'ktp-el' }),
      }).then(
        (response) => `${response.status} ${response.headers.get('X-Request-Id') === null ? '' : 'X-Request-Id'}`,
        () => 'blocked',
      );
      const firstEvent = await new Promise<string>((resolve) => {
        const source = new EventSource(`${apiUrl}/v1/queues/stream`);
        source.onmessage = (event: MessageEvent<string>) => {
          source.close();
          resolve((JSON.parse(event.data) as { type: string }).type);
        };
        source.onerror = () => {
          source.close();
          resolve('blocked');
        };
      });
      const withoutCors = await fetch(`${apiUrl}/v1/site`, { mode: 'no-cors' }).then(
        ({ type }) => type,
        () => 'blocked',
      );
      return { siteName, ticket, firstEvent, withoutCors };
    }, api.url);
  } finally {
    await page.close();
  }
}

test('the portal listed in --cors reads answers, takes a number and follows the queue', async () => {
  assert.deepEqual(await callFrom(portal), {
    siteName: 'Mal Pelayanan Publik Kota Kediri',
    ticket: '201 X-Request-Id',
    firstEvent: 'snapshot',
    withoutCors: 'blocked',
  });
});

test('a site not listed reads nothing and takes no number', async () => {
  assert.deepEqual(await callFrom(stranger), {
    siteName: 'blocked',
    ticket: 'blocked',
    firstEvent: 'blocked',
    withoutCors: 'blocked',
  });
  const snapshot = (await (await api.fetch('/v1/queues')).json()) as { services: { waiting: number }[] };
  assert.equal(
    snapshot.services.reduce((sum, { waiting }) => sum + waiting, 0),
    1,
    'only the portal’s number waits',
  );
});
