// The page `queue-board-render.bench.ts` drives in headless Chromium: a
// <mpp-queue-status mode="board"> over an MPP of 30 counters and 50 services
// (the Kota Kediri seed plus 10 counters and 3 services), fed through a fake
// `fetch` whose queue stream the bench writes one event at a time. The events
// are real: recorded from the in-page reference server while staff call
// numbers at every counter, before anything is measured. Bundled from source by esbuild.
import type { Seed } from '@mpp-kit/contract';
import { createClient } from '@mpp-kit/sdk';
import { kediriSeed, startingAt } from '@mpp-kit/server';
import { createBrowserServer } from '@mpp-kit/server/browser';
import { defineElement } from '../../packages/elements/src/define-element.js';
import { MppQueueStatus } from '../../packages/elements/src/queue-status/queue-status.js';
import { painted } from '../page-frames.js';

/** What the bench can ask the page. */
export interface BoardRenderPage {
  /** Builds the MPP, fills its lines and records `calls` staff calls as stream frames (not measured). */
  prepare(calls: number): Promise<{ counters: number; services: number; frames: number; called: number }>;
  /** Mounts the board on the recorded starting snapshot; resolves once it shows every counter, live. */
  mount(): Promise<void>;
  /**
  /**
   * Writes frame `index` into the board's stream and resolves after the frame
   * that shows it is painted. Returns the in-page ms from the write to the last
   * DOM mutation it caused (the render committed) and to the end of the style
   * and layout it needs (forced once the event's tasks are done), and whether
   * it was a call.
   */
  apply(index: number): Promise<{ dom: number; layout: number; call: boolean; mutated: boolean }>;
  /** Counters on the board and its DOM size (nodes in its shadow tree). */
  stats(): { tiles: number; nodes: number; freshness: string | null };
}

/** A Monday morning, every counter open. */
const OPEN = '2026-03-02T09:00:00+07:00';
const EXTRA_COUNTERS = 10;
const EXTRA_SERVICES = 3;
const WAITING_PER_SERVICE = 20;

defineElement('mpp-queue-status', MppQueueStatus);

/** The Kediri seed grown to 30 counters and 50 services: copies of KTP-el under new ids and prefixes. */
function benchSeed(): Seed {
  const seed = kediriSeed();
  const model = seed.services.find((service) => service.id === 'ktp-el');
  if (!model) throw new Error('the Kediri seed has no ktp-el');
  const extraServices = Array.from({ length: EXTRA_SERVICES }, (_, index) => ({
    ...model,
    id: `layanan-uji-${String(index + 1)}`,
    queuePrefix: `X${String.fromCharCode(65 + index)}`,
    name: { id: `Layanan uji ${String(index + 1)}`, en: `Bench service ${String(index + 1)}` },
    booking: null,
    channels: [{ kind: 'queue' as const }],
  }));
  const services = [...seed.services, ...extraServices];
  const extraCounters = Array.from({ length: EXTRA_COUNTERS }, (_, index) => {
    // Each new counter serves one of the new services and two existing ones, so every line has a counter.
    const own = extraServices[index % EXTRA_SERVICES]?.id ?? model.id;
    const other = seed.services[(index * 5) % seed.services.length];
    return {
      id: `loket-${String(21 + index)}`,
      name: `Loket ${String(21 + index)}`,
      agencyId: model.agencyId,
      serviceIds: [own, ...(other && other.agencyId === model.agencyId ? [other.id] : [])],
    };
  });
  return { ...seed, services, counters: [...seed.counters, ...extraCounters] };
}

const encoder = new TextEncoder();
let server: ReturnType<typeof createBrowserServer> | undefined;
/** The stream's frames: [0] is the snapshot the board starts from, then one event each. */
let frames: string[] = [];
let startSnapshot = '';
let board: MppQueueStatus | undefined;
let writer: ReadableStreamDefaultController<Uint8Array> | undefined;

/** Reads `response`'s event stream into `frames` until `stop` resolves. */
async function record(response: Response, stop: Promise<void>): Promise<void> {
  const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
  if (!reader) throw new Error('no stream body');
  let buffer = '';
  // Cancelling ends the pending read with `done`.
  void stop.then(() => reader.cancel());
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let end = buffer.indexOf('\n\n');
    while (end !== -1) {
      const frame = buffer.slice(0, end + 2);
      buffer = buffer.slice(end + 2);
      // Heartbeats (comments) carry no event.
      if (frame.includes('data: ')) frames.push(frame);
      end = buffer.indexOf('\n\n');
    }
  }
}

function fakeFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const live = server;
  if (!live) return Promise.reject(new Error('not prepared'));
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (url.pathname === '/v1/queues/stream') {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        writer = controller;
        controller.enqueue(encoder.encode(frames[0] ?? ''));
      },
    });
    return Promise.resolve(new Response(body, { headers: { 'Content-Type': 'text/event-stream' } }));
  }
  if (url.pathname === '/v1/queues') {
    return Promise.resolve(new Response(startSnapshot, { headers: { 'Content-Type': 'application/json' } }));
  }
  // Names, the site and its hours come from the server as they are.
  return live.fetch(input, init);
}

const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

const countNodes = (node: Node): number => {
  let count = 1;
  const shadow = node instanceof Element ? node.shadowRoot : null;
  if (shadow) count += countNodes(shadow);
  for (const child of Array.from(node.childNodes)) count += countNodes(child);
  return count;
};

const page: BoardRenderPage = {
  async prepare(calls) {
    const seed = benchSeed();
    server = createBrowserServer({ seed, clock: startingAt(OPEN), staffToken: 'bench-staff-token-0123456789' });
    const { baseUrl, fetch: serve } = server;
    const staff = createClient({ baseUrl, fetch: serve, staffToken: server.staffToken, retry: { limit: 0 } });
    for (const service of seed.services) {
      const count = Math.min(WAITING_PER_SERVICE, service.dailyQuota ?? Infinity);
      for (let taken = 0; taken < count; taken += 1) await staff.tickets.take({ serviceId: service.id });
    }
    // Every counter serving someone before the recording starts: the board is full.
    for (const counter of seed.counters) await staff.counters.callNext(counter.id);
    startSnapshot = await (await serve(`${baseUrl}/v1/queues`)).text();
    frames = [];
    let stop: () => void = () => undefined;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const recording = record(await serve(`${baseUrl}/v1/queues/stream`), stopped);
    // Wait for the snapshot frame, so no event is missed.
    while (frames.length === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    let called = 0;
    for (let call = 0; call < calls; call += 1) {
      const counter = seed.counters[call % seed.counters.length];
      if (!counter) continue;
      const result = await staff.counters.callNext(counter.id).catch(() => null);
      if (result) called += 1;
    }
    // The in-page server writes its events as it handles each call; one more turn lets the reader catch up.
    await new Promise((resolve) => setTimeout(resolve, 50));
    stop();
    await recording;
    return { counters: seed.counters.length, services: seed.services.length, frames: frames.length, called };
  },
  async mount() {
    const live = server;
    if (!live) throw new Error('not prepared');
    board?.remove();
    const element = document.createElement('mpp-queue-status');
    element.mode = 'board';
    element.client = createClient({ baseUrl: live.baseUrl, fetch: fakeFetch, retry: { limit: 0 } });
    document.body.append(element);
    board = element;
    const ready = (): boolean =>
      (element.shadowRoot?.querySelectorAll('[part~="counter"]').length ?? 0) === 30 &&
      element.shadowRoot?.querySelector('[data-freshness="live"]') !== null;
    while (!ready()) await new Promise((resolve) => setTimeout(resolve, 10));
    await painted();
  },
  async apply(index) {
    const element = board;
    const frame = frames[index];
    if (!element?.shadowRoot || !writer || frame === undefined) throw new Error(`no frame ${String(index)}`);
    let last = Number.NaN;
    const observer = new MutationObserver(() => {
      last = performance.now();
    });
    observer.observe(element.shadowRoot, { subtree: true, childList: true, characterData: true, attributes: true });
    const start = performance.now();
    writer.enqueue(encoder.encode(frame));
    // The stream read, the handlers and Lit's update run as microtasks: one task later they are done.
    await nextTask();
    element.shadowRoot.querySelector('[part~="queue"]')?.getBoundingClientRect();
    const laidOut = performance.now();
    observer.disconnect();
    await painted();
    return {
      dom: last - start,
      layout: laidOut - start,
      call: frame.includes('"type":"ticket.called"'),
      mutated: !Number.isNaN(last),
    };
  },
  stats() {
    const root = board?.shadowRoot;
    return {
      tiles: root?.querySelectorAll('[part~="counter"]').length ?? 0,
      nodes: board ? countNodes(board) : 0,
      freshness: root?.querySelector('[data-freshness]')?.getAttribute('data-freshness') ?? null,
    };
  },
};

(globalThis as { boardRender?: BoardRenderPage }).boardRender = page;
