// Issue 14: the live stream cut 100 times at random points while a scripted
// counter calls numbers; every queue element must end showing exactly the
// server's state, with no call missed and none shown or spoken twice.
//
// The reference server runs in this process (Kediri seed, a clock inside
// opening hours that moves one second per staff action) behind
// cutting-proxy.ts. Headless Chromium opens a page through the proxy with the
// waiting-room board (sound on, speechSynthesis replaced by a recorder), a
// compact card for Dukcapil and five visitors' tickets; they share one live
// stream. A scripted counter calls, recalls and completes numbers at four
// loket straight on the server, and the proxy cuts the stream 100 times: at
// once (often right after a call), part-way through an event, and after the
// server answered a reconnection but before the answer reached the browser.
// Every choice and pause comes from a seeded generator; a failure names its
// seed, and MPP_STREAM_CUTS_SEED=<seed> replays that script (the same actions
// and cuts in the same order; where a cut lands against the bytes in flight
// still depends on the machine's pace).
//
// At the end the elements must show what GET /v1/queues and GET /v1/tickets
// say (and what a page that never saw a cut shows); every list of latest calls
// the board ever showed must be the latest calls at some moment, in order; the
// board must have read each call (recalls too) exactly once, in order; each
// ticket must have fired `mpp-ticket-called` once per call of its number; no
// console errors; and the page must have reconnected past every cut.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  callAnnouncement,
  scopeQueueSnapshot,
  type QueueCounter,
  type QueueSnapshot,
  type StaffCallResult,
  type Ticket,
} from '@mpp-kit/contract';
import type { SubscribeOptions } from '@mpp-kit/sdk';
import { createApp, fixedClock, kediriSeed, MemoryStore } from '@mpp-kit/server';
import { build } from 'esbuild';
import { Hono } from 'hono';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium } from '../headless-chromium.js';
import { listenLocally, type LocalServer } from '../loader-pages.js';
import { startCuttingProxy, type CuttingProxy } from './cutting-proxy.js';
import type { SpeechRecord } from './speech-recorder.js';
import type { PageFacts, QueueFacts, StreamCutsProbe, StreamCutsSetup, TicketCall } from './stream-cuts-page.js';
import { seededRandom } from './seeded-random.js';

const CUTS = 100;
const SEED = Number(process.env['MPP_STREAM_CUTS_SEED'] ?? Math.floor(Math.random() * 2 ** 32));
/** A Monday of the Kediri seed at 09:00: open; a few hundred staff actions later it is still morning. */
const CLOCK = '2026-03-02T09:00:00+07:00';
const STAFF_TOKEN = 'stream-cuts-staff-token';
/** The server's heartbeat: a reopened stream with nothing to replay proves itself alive this soon. */
const HEARTBEAT_MS = 100;
/**
 * Fast reconnects, so 100 cuts take seconds; a stream is declared dead only well past the heartbeat. The
 * subscription never falls back to polling: a cut can reach the page before the bytes the proxy passed
 * just ahead of it (a reset drops what the browser has not read), so cuts close together count as
 * failures in a row, and after three the SDK would rightly poll for a minute. This test is about the
 * stream; the fallback has its own tests (packages/sdk/src/queue/connection.test.ts).
 */
const SUBSCRIBE: SubscribeOptions = {
  heartbeatInterval: 1000,
  reconnectDelay: 20,
  maxReconnectDelay: 100,
  maxFailures: 1000,
};
/** The loket the script works at, and the services whose lines they call (Kediri seed). */
const COUNTERS = ['loket-1', 'loket-2', 'loket-5', 'loket-7'] as const;
// Enough for each counter's line to outlast the script: 100 cuts take some 200 calls over four counters,
// and a counter whose line ran dry would answer queue_empty (seed 3623616292 drew 50+ for loket-5's).
const TICKETS_TAKEN = { 'ktp-el': 90, kia: 30, 'nib-oss': 90, 'pkb-tahunan': 90 } as const;
/**
 * Calls made before the script waits for the board to list the latest one. The board reads out at most
 * six waiting calls and drops older ones (call-announcer.ts, SPOKEN_BACKLOG: a hall needs the calls of
 * now); a cut that lands before the browser read what the proxy passed keeps the replay growing, so the
 * script lets the board catch up now and then, keeping every replay within what the board reads whole.
 */
const CALLS_AHEAD = 3;
/** The latest calls the board lists (queue-status.ts, BOARD_CALLS). */
const BOARD_CALLS = 5;
/** The lines the board lists at most (queue-status.ts, BOARD_LINES). */
const BOARD_LINES = 6;

type Probe = typeof globalThis & { streamCuts: StreamCutsProbe; speechRecord: SpeechRecord };

const clock = fixedClock(CLOCK);
let origin = '';
let server: LocalServer | undefined;
let proxy: CuttingProxy | undefined;
let browser: Browser | undefined;
let pageScript = '';
let recorderScript = '';

/** The page's module and the speech recorder, bundled from source. */
async function bundle(entry: string, format: 'esm' | 'iife'): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    format,
    target: 'es2022',
    conditions: ['@mpp-kit/source', 'browser'],
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0]?.text ?? '';
}

function pageHtml(setup: StreamCutsSetup): string {
  return (
    '<!doctype html><html lang="id"><meta charset="utf-8"><title>Aliran terputus</title><link rel="icon" href="data:,">' +
    `<script type="application/json" id="setup">${JSON.stringify(setup)}</script>` +
    '<script type="module" src="/page.js"></script><body></body></html>'
  );
}

before(async () => {
  [pageScript, recorderScript] = await Promise.all([
    bundle('./stream-cuts-page.ts', 'esm'),
    bundle('./speech-recorder.ts', 'iife'),
  ]);
  const api = createApp({
    store: new MemoryStore(kediriSeed()),
    clock,
    staffTokens: [STAFF_TOKEN],
    secret: 'stream-cuts-secret-of-enough-length',
    rateLimit: false,
    heartbeatMs: HEARTBEAT_MS,
  });
  const app = new Hono()
    .route('/api', api)
    .get('/page.js', (c) => c.body(pageScript, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }))
    .get('/', (c) => c.html(pageHtml(JSON.parse(c.req.query('setup') ?? '{}') as StreamCutsSetup)));
  server = await listenLocally(app);
  origin = server.origin;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await proxy?.close();
  await server?.close();
});

/** A request of the scripted counter's, straight to the server (not through the proxy). */
async function api<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${origin}/api${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${STAFF_TOKEN}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${String(response.status)} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Takes the tickets the counters will call, the services taking turns so every line moves. */
async function takeTickets(): Promise<Map<string, Ticket[]>> {
  const taken = new Map<string, Ticket[]>();
  const most = Math.max(...Object.values(TICKETS_TAKEN));
  for (let round = 0; round < most; round += 1) {
    for (const [serviceId, count] of Object.entries(TICKETS_TAKEN)) {
      if (round >= count) continue;
      const ticket = await api<Ticket>('POST', '/v1/tickets', { serviceId });
      taken.set(serviceId, [...(taken.get(serviceId) ?? []), ticket]);
    }
  }
  return taken;
}

/** A call as the counter made it. */
interface CallMade {
  readonly ticketId: string;
  readonly number: string;
  readonly counterName: string;
  readonly recall: boolean;
}

/** The scripted counter: its staff actions, each a second after the one before on the server's clock. */
class ScriptedCounter {
  readonly calls: CallMade[] = [];
  private readonly serving = new Map<string, { ticketId: string; recalled: boolean }>();

  async act(action: 'call-next' | 'recall' | 'complete', counterId: string): Promise<void> {
    clock.advance(1000);
    const result = await api<StaffCallResult>('POST', `/v1/counters/${counterId}/${action}`);
    const ticket = result.ticket;
    if (action === 'complete' || !ticket) {
      this.serving.delete(counterId);
      return;
    }
    this.calls.push({
      ticketId: ticket.id,
      number: ticket.number,
      counterName: result.counter.name,
      recall: action === 'recall',
    });
    this.serving.set(counterId, { ticketId: ticket.id, recalled: action === 'recall' });
  }

  /** Recalls the number a counter serves (once per number), completes it, or calls the next one. */
  next(counterId: string, roll: number): 'call-next' | 'recall' | 'complete' {
    const current = this.serving.get(counterId);
    if (current && !current.recalled && roll < 0.2) return 'recall';
    return current && roll < 0.4 ? 'complete' : 'call-next';
  }
}

/** Fails with `what` when `promise` takes longer than `ms`: a stream that never comes back must not hang the test. */
async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not happen within ${String(ms)} ms`)), ms);
  });
  try {
    return await Promise.race([promise, limit]);
  } finally {
    clearTimeout(timer);
  }
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A page of the elements through the proxy, with every console error and uncaught error it reports. */
async function openPage(setup: StreamCutsSetup): Promise<{ page: Page; problems: string[] }> {
  const page = await (browser as Browser).newPage();
  await page.setViewport({ width: 1920, height: 1080 });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // The browser's own line for each stream the proxy cut is the fault this test makes, not the page's error.
    const stream = new URL(message.location().url ?? '/', 'http://page').pathname.endsWith('/v1/queues/stream');
    if (stream && message.text().startsWith('Failed to load resource: net::ERR_')) return;
    problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${String(error)}`));
  await page.evaluateOnNewDocument(recorderScript);
  await page.goto(`${(proxy as CuttingProxy).url}/?setup=${encodeURIComponent(JSON.stringify(setup))}`);
  await page.waitForFunction(() => 'streamCuts' in globalThis, { timeout: 20_000 });
  await page.evaluate(() => (globalThis as Probe).streamCuts.ready());
  return { page, problems };
}

/** What a counter's state is on screen (queue-status.ts, counterState). */
function shownState(counter: QueueCounter): string {
  if (counter.status !== 'open') return counter.status;
  return counter.serving ? 'open' : 'idle';
}

/** The people waiting a line's facts tell ("3 orang menunggu", "Tidak ada yang menunggu"). */
function waitingIn(facts: string): number {
  return facts.startsWith('Tidak ada yang menunggu') ? 0 : Number(/^(\d+) orang menunggu/.exec(facts)?.[1] ?? NaN);
}

/** The facts the server's state says a queue element shows: per counter its state and number, per line its people waiting. */
function queueFromServer(snapshot: QueueSnapshot, lines: QueueSnapshot['services']) {
  return {
    connection: 'live',
    counters: snapshot.counters.map((counter) => ({
      name: counter.name,
      state: shownState(counter),
      serving: counter.serving?.number ?? null,
    })),
    lines: lines.map((line) => ({ serviceId: line.serviceId, waiting: line.waiting })),
  };
}

function queueOnScreen(facts: QueueFacts) {
  return {
    connection: facts.connection,
    counters: facts.counters.map(({ name, state, serving }) => ({ name, state, serving })),
    lines: facts.lines.map((line) => ({ serviceId: line.serviceId, waiting: waitingIn(line.facts) })),
  };
}

/** The server's state as the page should show it. */
async function serverState(ticketIds: readonly string[]) {
  const snapshot = await api<QueueSnapshot>('GET', '/v1/queues');
  const dukcapil = scopeQueueSnapshot(snapshot, { agency: 'dukcapil' });
  const tickets = await Promise.all(ticketIds.map((id) => api<Ticket>('GET', `/v1/tickets/${id}`)));
  return {
    snapshot,
    shown: {
      board: queueFromServer(snapshot, snapshot.services.filter((line) => line.waiting > 0).slice(0, BOARD_LINES)),
      card: queueFromServer(dukcapil, dukcapil.services),
      tickets: tickets.map((ticket) => ({ ticketId: ticket.id, number: ticket.number, statusKind: ticket.status })),
    },
    tickets,
  };
}

function pageState(facts: PageFacts) {
  return {
    board: queueOnScreen(facts.board),
    card: queueOnScreen(facts.card),
    tickets: facts.tickets.map(({ ticketId, number, statusKind }) => ({ ticketId, number, statusKind })),
  };
}

/** What the page recorded of the calls. */
interface PageRecord {
  readonly facts: PageFacts;
  readonly spoken: readonly string[];
  readonly boardCallLists: readonly (readonly { number: string; counter: string; recall: boolean }[])[];
  readonly ticketCalls: readonly TicketCall[];
}

const readPage = (page: Page): Promise<PageRecord> =>
  page.evaluate(() => {
    const { streamCuts, speechRecord } = globalThis as Probe;
    return {
      facts: streamCuts.facts(),
      // The silent utterance that unlocks speech on "Aktifkan suara" is not a call.
      spoken: speechRecord.spoken.filter((text) => text.trim() !== ''),
      boardCallLists: streamCuts.boardCallLists,
      ticketCalls: streamCuts.ticketCalls,
    };
  });

/** Waits until the board lists `call` as the newest call: the page has read the stream up to it. */
async function untilBoardLists(page: Page, call: CallMade | undefined): Promise<void> {
  if (!call) return;
  const row = { number: call.number, counter: call.counterName, recall: call.recall };
  await page
    .waitForFunction(
      (expected: string) => JSON.stringify((globalThis as Probe).streamCuts.boardCallLists.at(-1)?.[0]) === expected,
      { timeout: 20_000, polling: 20 },
      JSON.stringify(row),
    )
    .catch((error: unknown) => {
      throw new Error(`the board never listed ${rowsText([row])}: ${String(error)}`);
    });
}

/** Everything the page shows in words, but the ticket's call sentence (a page that joined late never heard it). */
function words(facts: PageFacts) {
  return {
    board: { counters: facts.board.counters, lines: facts.board.lines },
    card: { counters: facts.card.counters, lines: facts.card.lines },
    tickets: facts.tickets.map(({ callMessage: _, ...rest }) => rest),
  };
}

const rowsText = (rows: readonly { number: string; counter: string; recall: boolean }[]): string =>
  `[${rows.map((row) => `${row.number} → ${row.counter}${row.recall ? ' (ulang)' : ''}`).join(', ')}]`;

test(`the live stream cut ${String(CUTS)} times while a counter calls: every element ends on the server's state, each call shown and spoken once`, async () => {
  const random = seededRandom(SEED);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  // The proxy draws where inside an event it cuts from a generator of its own: its draws come when events
  // arrive, and must not shift the script's choices.
  proxy = await startCuttingProxy(origin, { random: seededRandom(SEED ^ 0x9e3779b9) });
  const counter = new ScriptedCounter();
  try {
    const taken = await takeTickets();
    // The first number of each line is called early; the last KTP-el number most likely waits to the end.
    const followed = [
      ...Object.keys(TICKETS_TAKEN).map((serviceId) => taken.get(serviceId)?.[0]),
      taken.get('ktp-el')?.at(-1),
    ].map((ticket) => ticket?.id ?? '');
    const setup: StreamCutsSetup = { apiBase: '/api', ticketIds: followed, subscribeOptions: SUBSCRIBE };
    const { page, problems } = await openPage(setup);
    await page.evaluate(() => (globalThis as Probe).streamCuts.enableSound());

    const untilDelivering = (): Promise<void> =>
      within((proxy as CuttingProxy).untilDelivering(), 20_000, 'the stream delivering again after a cut');
    let callsAhead = 0;
    const act = async (action: 'call-next' | 'recall' | 'complete', counterId: string): Promise<void> => {
      if (callsAhead >= CALLS_AHEAD) {
        await untilBoardLists(page, counter.calls.at(-1));
        callsAhead = 0;
      }
      await counter.act(action, counterId);
      if (action !== 'complete') callsAhead += 1;
    };
    while (proxy.cutsMade() < CUTS) {
      if (random() < 0.3) {
        // Each cut hits a stream that passed bytes since it opened.
        await untilDelivering();
        const how = pick(['now', 'mid-event', 'before-answer'] as const);
        if (how === 'mid-event') {
          proxy.cutNextEvent();
          await act('call-next', pick(COUNTERS));
        } else {
          if (how === 'before-answer') proxy.cutNextAnswer();
          proxy.cutStreams();
        }
      } else {
        const counterId = pick(COUNTERS);
        await act(counter.next(counterId, random()), counterId);
      }
      await pause(Math.floor(random() * 30));
    }
    // The last calls travel on a stream that is left alone.
    await untilDelivering();
    await counter.act('call-next', 'loket-1');
    await counter.act('call-next', 'loket-5');

    const expected = await serverState(followed);
    const spokenExpected = counter.calls.map((call) => callAnnouncement(call.number, call.counterName, 'id'));
    let seen = await readPage(page);
    for (let look = 0; look < 300; look += 1) {
      const settled =
        JSON.stringify(pageState(seen.facts)) === JSON.stringify(expected.shown) &&
        seen.spoken.length >= spokenExpected.length &&
        seen.boardCallLists.at(-1)?.[0]?.number === counter.calls.at(-1)?.number;
      if (settled) break;
      await pause(100);
      seen = await readPage(page);
    }

    // Each element shows the server's state.
    assert.deepEqual(pageState(seen.facts), expected.shown, "the page does not show the server's state");
    for (const [index, ticket] of expected.tickets.entries()) {
      if (ticket.status !== 'called') continue;
      const counterName = expected.snapshot.counters.find((item) => item.id === ticket.counterId)?.name ?? '?';
      assert.ok(
        seen.facts.tickets[index]?.callMessage?.includes(counterName),
        `${ticket.number} is called to ${counterName}; its ticket says "${String(seen.facts.tickets[index]?.callMessage)}"`,
      );
    }

    // Each call was read out once, in order.
    assert.deepEqual(seen.spoken, spokenExpected, 'the board did not read each call exactly once, in order');

    // Every list of latest calls the board showed was the latest calls at some moment, moving only forward.
    const made = counter.calls.map(({ number, counterName, recall }) => ({ number, counter: counterName, recall }));
    const latestAfter = (count: number): typeof made => made.slice(Math.max(0, count - BOARD_CALLS), count).reverse();
    let shownUpTo = 0;
    for (const list of seen.boardCallLists) {
      let at = shownUpTo;
      while (at <= made.length && JSON.stringify(latestAfter(at)) !== JSON.stringify(list)) at += 1;
      assert.ok(
        at <= made.length,
        `the board listed ${rowsText(list)} after ${rowsText(latestAfter(shownUpTo))}: ` +
          `never the latest calls (calls made from then on: ${rowsText(made.slice(shownUpTo, shownUpTo + 10))})`,
      );
      shownUpTo = at;
    }
    assert.equal(shownUpTo, made.length, 'the board never listed the last calls');

    // Each ticket told its visitor of each call of its number once.
    for (const id of followed) {
      const fired = seen.ticketCalls.filter((call) => call.ticketId === id);
      const calls = counter.calls.filter((call) => call.ticketId === id);
      assert.deepEqual(
        fired.map(({ number, counterName, recall }) => ({ number, counterName, recall })),
        calls.map(({ number, counterName, recall }) => ({ number, counterName, recall })),
        `the ticket of ${calls[0]?.number ?? fired[0]?.number ?? id} did not tell each of its calls once`,
      );
    }
    const calledFollowed = followed.filter((id) => counter.calls.some((call) => call.ticketId === id)).length;
    assert.ok(calledFollowed >= 4, `only ${String(calledFollowed)} of the followed tickets were called`);

    // What a page that never saw a cut shows, word for word (a waiting ticket re-reads its place in line
    // at most every 2 s, so the page may still be catching up on the last calls' effect on it).
    const fresh = await openPage(setup);
    const freshWords = words((await readPage(fresh.page)).facts);
    let cutWords = words(seen.facts);
    for (let look = 0; look < 100 && JSON.stringify(cutWords) !== JSON.stringify(freshWords); look += 1) {
      await pause(100);
      cutWords = words((await readPage(page)).facts);
    }
    assert.deepEqual(cutWords, freshWords, 'the page differs from a page that never lost its stream');

    assert.deepEqual([...problems, ...fresh.problems], [], 'the pages reported errors');
    assert.ok(proxy.cutsMade() >= CUTS, `${String(proxy.cutsMade())} cuts`);
    assert.ok(proxy.streamsOpened() > CUTS, `only ${String(proxy.streamsOpened())} stream requests`);
  } catch (error) {
    if (error instanceof Error) {
      error.message = `${error.message}\n(seed ${String(SEED)}: replay with MPP_STREAM_CUTS_SEED=${String(SEED)}; ${String(proxy.cutsMade())} cuts, ${String(proxy.streamsOpened())} stream requests, ${String(counter.calls.length)} calls)`;
    }
    throw error;
  }
});
