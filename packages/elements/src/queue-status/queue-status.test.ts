// <mpp-queue-status> against a fresh in-browser reference server per test (the
// Kota Kediri seed, its clock running from an open Monday morning), imported
// through its public define module as a portal would. Staff calls go through
// the SDK's staff client, as a counter's console would make them.
import '@mpp-kit/elements/queue-status/define.js';
import { QueueStatusHarness } from '@mpp-kit/elements/testing.js';
import type { Locale } from '@mpp-kit/contract';
import type { FetchLike, MppClient } from '@mpp-kit/sdk';
import { expect, fixture, fixtureSync, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import type { BrowserServer } from '@mpp-kit/server/browser';
import type { MppEvent } from '../index.js';
import type { MppQueueStatus } from './queue-status.js';
import { applyHostilePortalCss } from '../test-support/hostile-portal-css.js';
import { queueClient, queueServer, staffClient } from '../test-support/server.js';
import type { QueueSpeaker } from './speaker.js';

/** A speaker that records what a board would chime and say, without any audio. */
class RecordingSpeaker implements QueueSpeaker {
  readonly available: boolean;
  readonly spoken: { text: string; locale: Locale }[] = [];
  chimes = 0;
  voice: boolean | null = true;

  constructor(available = true) {
    this.available = available;
  }

  unlock(): Promise<void> {
    return Promise.resolve();
  }

  chime(): Promise<void> {
    this.chimes += 1;
    return Promise.resolve();
  }

  speak(text: string, locale: Locale): Promise<void> {
    this.spoken.push({ text, locale });
    return Promise.resolve();
  }

  hasVoice(): boolean | null {
    return this.voice;
  }

  cancel(): void {}

  get texts(): string[] {
    return this.spoken.map((entry) => entry.text);
  }
}

/** Short intervals, so a broken stream is reopened (or polled) within a test. */
const FAST = { reconnectDelay: 10, maxReconnectDelay: 40, pollInterval: 40, streamRetryInterval: 60_000 };

const isStream = (request: Request): boolean => new URL(request.url).pathname.endsWith('/v1/queues/stream');

/**
 * A fetch in front of `server` whose stream answers can be cut (the body ends,
 * as when a proxy drops the connection), whose new streams can be held back,
 * and that can fail like a dropped network; it keeps every stream request.
 */
function cuttableFetch(server: BrowserServer): {
  fetch: FetchLike;
  streams: Request[];
  cut(): void;
  hold(): void;
  release(): void;
  setDown(down: boolean): void;
} {
  const streams: Request[] = [];
  const cuts = new Set<() => void>();
  let held: Promise<void> | null = null;
  let releaseHeld = (): void => undefined;
  let down = false;
  // Read through a function: the network may go down while a request is held.
  const isDown = (): boolean => down;
  return {
    streams,
    fetch: async (request) => {
      if (isStream(request)) streams.push(request);
      if (down) throw new TypeError('Failed to fetch');
      if (!isStream(request)) return server.fetch(request);
      if (held) await held;
      if (isDown()) throw new TypeError('Failed to fetch');
      const response = await server.fetch(request);
      const body = response.body;
      if (!body) return response;
      const reader = body.getReader();
      let cut = (): void => undefined;
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          cut = () => {
            controller.close();
            void reader.cancel();
          };
          cuts.add(cut);
        },
        async pull(controller) {
          const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
          if (!cuts.has(cut)) return;
          if (done) {
            cuts.delete(cut);
            controller.close();
          } else if (value) controller.enqueue(value);
        },
        cancel() {
          cuts.delete(cut);
          return reader.cancel();
        },
      });
      return new Response(stream, { status: response.status, headers: response.headers });
    },
    cut: () => {
      for (const cut of [...cuts]) {
        cuts.delete(cut);
        cut();
      }
    },
    hold: () => {
      held = new Promise((resolve) => {
        releaseHeld = resolve;
      });
    },
    release: () => {
      held = null;
      releaseHeld();
    },
    setDown: (value) => {
      down = value;
    },
  };
}

/** A fetch that refuses the stream (404), as a backend without one would: the SDK polls instead. */
function noStreamFetch(server: BrowserServer): FetchLike {
  return (request) =>
    isStream(request)
      ? Promise.resolve(
          new Response(JSON.stringify({ error: { code: 'not_found', message: 'Not found', requestId: 'r-1' } }), {
            status: 404,
            headers: { 'Content-Type': 'application/json' },
          }),
        )
      : server.fetch(request);
}

async function status(template: TemplateResult): Promise<QueueStatusHarness> {
  const element = await fixture<MppQueueStatus>(template);
  const harness = new QueueStatusHarness(element);
  await harness.settled();
  return harness;
}

/** Takes `count` numbers of `serviceId`. */
async function take(client: MppClient, serviceId: string, count = 1): Promise<void> {
  for (let index = 0; index < count; index += 1) await client.tickets.take({ serviceId });
}

describe('<mpp-queue-status>', () => {
  let server: BrowserServer;
  let client: MppClient;
  let staff: MppClient;
  beforeEach(() => {
    server = queueServer();
    client = queueClient(server);
    staff = staffClient(server);
  });

  describe('compact', () => {
    it('lists every counter of the MPP by name with its state and every line by the service’s name', async () => {
      const card = await status(html`<mpp-queue-status .client=${client}></mpp-queue-status>`);
      expect(card.counters).to.have.length(20);
      expect(card.counters[0]).to.deep.equal({ name: 'Loket 1', state: 'idle', stateText: 'Siap', serving: null });
      expect(card.lines.length).to.be.greaterThan(20);
      expect(card.lines[0]).to.deep.equal({
        serviceId: 'ktp-el',
        name: 'Perekaman dan penerbitan KTP-el',
        facts: 'Tidak ada yang menunggu · perkiraan tunggu < 1 menit',
      });
      expect(card.connection).to.equal('live');
      expect(card.connectionText).to.equal('Koneksi: Langsung');
      expect(card.freshness).to.equal('live');
      expect(card.staleNotice).to.equal(null);
      expect(card.opening).to.equal(null);
      await expect(card.element).to.be.accessible();
    });

    it('narrows to an agency, or to a service and the counters that call it', async () => {
      const agency = await status(html`<mpp-queue-status .client=${client} agency="dukcapil"></mpp-queue-status>`);
      expect(agency.counters.map((counter) => counter.name)).to.deep.equal([
        'Loket 1',
        'Loket 2',
        'Loket 3',
        'Loket 4',
      ]);
      expect(agency.lines.every((line) => line.serviceId !== 'nib-oss')).to.equal(true);
      const title = agency.element.shadowRoot?.querySelector('.scope')?.textContent;
      expect(title).to.equal('Dinas Kependudukan dan Pencatatan Sipil Kota Kediri');
      const service = await status(html`<mpp-queue-status .client=${client} service="ktp-el"></mpp-queue-status>`);
      expect(service.counters.map((counter) => counter.name)).to.deep.equal(['Loket 1', 'Loket 2']);
      expect(service.lines.map((line) => line.name)).to.deep.equal(['Perekaman dan penerbitan KTP-el']);
    });

    it('shows a staff call live: the number at its counter, the line shorter, told to screen readers', async () => {
      await take(client, 'ktp-el', 3);
      const card = await status(html`<mpp-queue-status .client=${client} agency="dukcapil"></mpp-queue-status>`);
      expect(card.lines[0]?.facts).to.match(/^3 orang menunggu · perkiraan tunggu /);
      await staff.counters.callNext('loket-1');
      await card.waitFor(() => card.servingAt('Loket 1') === 'A-001', 5000, 'A-001 at Loket 1');
      expect(card.counters[0]).to.deep.include({ state: 'open', stateText: 'Buka' });
      expect(card.lines[0]?.facts).to.match(/^2 orang menunggu/);
      await card.waitFor(() => card.announcement !== '', 5000, 'an announcement');
      expect(card.announcement).to.equal('Nomor A-001 dipanggil ke Loket 1.');
    });

    it('shows paused and closed counters with their state', async () => {
      const card = await status(html`<mpp-queue-status .client=${client} agency="dukcapil"></mpp-queue-status>`);
      await staff.counters.update('loket-2', { status: 'paused' });
      await staff.counters.update('loket-3', { status: 'closed' });
      await card.waitFor(() => card.counters[2]?.state === 'closed', 5000, 'Loket 3 closed');
      expect(card.counters.slice(0, 3).map((counter) => [counter.state, counter.stateText])).to.deep.equal([
        ['idle', 'Siap'],
        ['paused', 'Jeda'],
        ['closed', 'Tutup'],
      ]);
      await expect(card.element).to.be.accessible();
    });

    it('speaks English when its lang says so', async () => {
      await take(client, 'ktp-el', 2);
      const card = await status(
        html`<mpp-queue-status lang="en" .client=${client} service="ktp-el"></mpp-queue-status>`,
      );
      expect(card.lines[0]?.name).to.equal('Electronic ID card (KTP-el): first recording and issue');
      expect(card.lines[0]?.facts).to.match(/^2 people waiting · estimated wait \d+ minutes?$/);
      expect(card.counters[0]?.stateText).to.equal('Ready');
      expect(card.connectionText).to.equal('Connection: Live');
      await expect(card.element).to.be.accessible();
    });

    it('says when the MPP is closed, with the next opening, and names the break', async () => {
      const early = queueServer('2026-03-02T07:00:00+07:00');
      const closed = await status(html`<mpp-queue-status .client=${queueClient(early)}></mpp-queue-status>`);
      expect(closed.opening).to.equal('MPP sedang tutup · buka pukul 08.00');
      await expect(closed.element).to.be.accessible();
      const noon = queueServer('2026-03-02T12:10:00+07:00');
      const pause = await status(html`<mpp-queue-status .client=${queueClient(noon)}></mpp-queue-status>`);
      expect(pause.opening).to.equal('Istirahat, salat, dan makan (ISHOMA) sampai pukul 13.00');
      const sunday = queueServer('2026-03-08T10:00:00+07:00');
      const weekend = await status(
        html`<mpp-queue-status lang="en" .client=${queueClient(sunday, { locale: 'en' })}></mpp-queue-status>`,
      );
      expect(weekend.opening).to.equal('The MPP is closed · opens again tomorrow at 08:00');
    });

    it('fits 320 px with text at 200%, under a portal’s hostile CSS', async () => {
      await take(client, 'nib-oss', 12);
      await staff.counters.callNext('loket-5');
      const remove = applyHostilePortalCss(document);
      const narrow = document.createElement('style');
      narrow.textContent = 'mpp-queue-status.narrow { width: 320px; --mpp-font-size: 32px; }';
      document.head.append(narrow);
      try {
        const card = await status(html`<mpp-queue-status class="narrow" .client=${client}></mpp-queue-status>`);
        const root = card.element.shadowRoot as ShadowRoot;
        const base = root.querySelector('[part~="base"]') as HTMLElement;
        expect(card.element.getBoundingClientRect().width).to.equal(320);
        expect(base.scrollWidth).to.be.at.most(base.clientWidth);
        const right = card.element.getBoundingClientRect().right + 0.5;
        for (const node of root.querySelectorAll('*')) {
          const box = node.getBoundingClientRect();
          if (box.width > 0) expect(box.right, `${node.localName}.${node.className}`).to.be.at.most(right);
        }
        // The portal's `button { all: unset; background: hotpink }` does not reach the pause button.
        const pause = root.querySelector('[part~="pause-button"]') as HTMLElement;
        expect(getComputedStyle(pause).backgroundColor).to.not.equal('rgb(255, 105, 180)');
        expect(getComputedStyle(base).textTransform).to.equal('none');
        expect(root.querySelectorAll('[style]')).to.have.length(0);
      } finally {
        remove();
        narrow.remove();
      }
    });
  });

  describe('freshness', () => {
    it('marks the data stale while the stream reconnects, with the time it is from', async () => {
      const network = cuttableFetch(server);
      const card = await status(
        html`<mpp-queue-status
          .client=${queueClient(server, { fetch: network.fetch })}
          .subscribeOptions=${FAST}
        ></mpp-queue-status>`,
      );
      expect(card.freshness).to.equal('live');
      network.hold();
      network.cut();
      await card.waitFor(() => card.connection === 'reconnecting', 5000, 'reconnecting');
      expect(card.freshness).to.equal('stale');
      expect(card.staleNotice).to.equal('Menyambung ulang… Data per pukul 09.00.');
      await expect(card.element).to.be.accessible();
      network.release();
      await card.waitFor(() => card.connection === 'live', 5000, 'live again');
      expect(card.staleNotice).to.equal(null);
    });

    it('says offline when the network is gone, and fires mpp-error once', async () => {
      const network = cuttableFetch(server);
      const element = await fixture<MppQueueStatus>(
        html`<mpp-queue-status
          .client=${queueClient(server, { fetch: network.fetch })}
          .subscribeOptions=${FAST}
        ></mpp-queue-status>`,
      );
      const card = new QueueStatusHarness(element);
      await card.settled();
      let errors = 0;
      element.addEventListener('mpp-error', () => (errors += 1));
      const heard = oneEvent<MppEvent<'mpp-error'>>(element, 'mpp-error');
      network.setDown(true);
      network.cut();
      expect((await heard).detail.kind).to.equal('network');
      await card.waitFor(() => card.connection === 'offline', 5000, 'offline');
      expect(card.staleNotice).to.equal('Anda sedang luring. Data per pukul 09.00.');
      expect(card.counters).to.have.length(20);
      await expect(card.element).to.be.accessible();
      // The subscription retries on its own; the page heard of the outage once.
      await waitUntil(() => network.streams.length >= 3, 'retries', { timeout: 5000 });
      expect(errors).to.equal(1);
      // Back online: the subscription, now polling after three failed streams, gets data again.
      network.setDown(false);
      await card.waitFor(() => card.connection === 'polling', 5000, 'polling');
      expect(card.staleNotice).to.match(/^Diperbarui berkala\. Data per pukul 09\.0\d\.$/);
    });

    it('falls back to polling when there is no stream, and still follows the calls', async () => {
      const speaker = new RecordingSpeaker();
      const card = await status(
        html`<mpp-queue-status
          mode="board"
          .client=${queueClient(server, { fetch: noStreamFetch(server) })}
          .subscribeOptions=${FAST}
          .speaker=${speaker}
        ></mpp-queue-status>`,
      );
      expect(card.connection).to.equal('polling');
      expect(card.freshness).to.equal('stale');
      expect(card.staleNotice).to.match(/^Diperbarui berkala\. Data per pukul 09\.0\d\.$/);
      await card.enableSound();
      await take(client, 'ktp-el');
      await staff.counters.callNext('loket-1');
      await card.waitFor(() => card.servingAt('Loket 1') === 'A-001', 5000, 'A-001 by polling');
      await waitUntil(() => speaker.spoken.length === 1, 'spoken', { timeout: 5000 });
      expect(speaker.texts).to.deep.equal(['Nomor antrean A satu, silakan menuju Loket satu.']);
      await expect(card.element).to.be.accessible();
    });

    it('shows an error without data when the queue cannot be reached at all', async () => {
      const network = cuttableFetch(server);
      network.setDown(true);
      const card = await status(
        html`<mpp-queue-status
          .client=${queueClient(server, { fetch: network.fetch })}
          .subscribeOptions=${FAST}
        ></mpp-queue-status>`,
      );
      expect(card.error).to.match(/^Data tidak dapat dimuat\. Tidak dapat terhubung ke server\./);
      await expect(card.element).to.be.accessible();
      network.setDown(false);
      // The names are loaded again on retry; the live queue reconnects by itself.
      await card.retry();
      await card.waitFor(() => card.counters.length === 20, 5000, 'the counters');
      // Live, or polling when its reconnections ran out first (the stream is retried later).
      expect(card.connection).to.be.oneOf(['live', 'polling']);
    });

    it('explains that it is not connected when nothing configures it', async () => {
      const card = await status(html`<mpp-queue-status></mpp-queue-status>`);
      expect(card.error).to.contain('atribut api-base');
      await expect(card.element).to.be.accessible();
    });

    it('shows a skeleton, marked busy, until the queue arrives', async () => {
      const network = cuttableFetch(server);
      network.hold();
      const element = await fixture<MppQueueStatus>(
        html`<mpp-queue-status .client=${queueClient(server, { fetch: network.fetch })}></mpp-queue-status>`,
      );
      const card = new QueueStatusHarness(element);
      await waitUntil(() => element.shadowRoot?.querySelector('[data-loading][aria-busy="true"]'), 'skeleton');
      expect(card.counters).to.have.length(0);
      await expect(element).to.be.accessible();
      network.release();
      await card.settled();
      expect(card.counters).to.have.length(20);
    });
  });

  describe('the live stream', () => {
    it('opens one stream for several elements of one client, and closes it when the last leaves', async () => {
      const network = cuttableFetch(server);
      const shared = queueClient(server, { fetch: network.fetch });
      const wrapper = fixtureSync<HTMLElement>(
        html`<div>
          <mpp-queue-status .client=${shared}></mpp-queue-status>
          <mpp-queue-status .client=${shared} mode="board" agency="dukcapil"></mpp-queue-status>
        </div>`,
      );
      const [first, second] = [...wrapper.querySelectorAll('mpp-queue-status')].map(
        (element) => new QueueStatusHarness(element),
      );
      await first?.settled();
      await second?.settled();
      expect(network.streams).to.have.length(1);
      first?.element.remove();
      expect(network.streams[0]?.signal.aborted).to.equal(false);
      second?.element.remove();
      await waitUntil(() => network.streams[0]?.signal.aborted, 'the stream closed');
      expect(network.streams).to.have.length(1);
    });

    it('resumes a cut stream with no call missed, and none shown or spoken twice', async () => {
      const network = cuttableFetch(server);
      const speaker = new RecordingSpeaker();
      await take(client, 'ktp-el', 4);
      const board = await status(
        html`<mpp-queue-status
          mode="board"
          agency="dukcapil"
          .client=${queueClient(server, { fetch: network.fetch })}
          .subscribeOptions=${FAST}
          .speaker=${speaker}
        ></mpp-queue-status>`,
      );
      await board.enableSound();
      await staff.counters.callNext('loket-1');
      await board.waitFor(() => board.servingAt('Loket 1') === 'A-001', 5000, 'A-001');
      network.hold();
      network.cut();
      await board.waitFor(() => board.connection === 'reconnecting', 5000, 'reconnecting');
      // Calls made while the board is cut off.
      await staff.counters.callNext('loket-2');
      await staff.counters.callNext('loket-1');
      network.release();
      await board.waitFor(() => board.servingAt('Loket 1') === 'A-003', 5000, 'A-003 after the resume');
      expect(network.streams[1]?.headers.get('Last-Event-ID')).to.be.a('string').and.not.equal('');
      expect(board.servingAt('Loket 2')).to.equal('A-002');
      await waitUntil(() => speaker.spoken.length >= 3, 'three calls spoken', { timeout: 5000 });
      expect(board.calls.map((call) => call.number)).to.deep.equal(['A-003', 'A-002', 'A-001']);
      expect(speaker.texts).to.deep.equal([
        'Nomor antrean A satu, silakan menuju Loket satu.',
        'Nomor antrean A dua, silakan menuju Loket dua.',
        'Nomor antrean A tiga, silakan menuju Loket satu.',
      ]);
      expect(speaker.chimes).to.equal(3);
    });
  });

  describe('board', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('fits the 20 counters of the seed on a 1080p screen without scrolling', async () => {
      await setViewport({ width: 1920, height: 1080 });
      await take(client, 'ktp-el', 3);
      await take(client, 'nib-oss', 9);
      await take(client, 'sertifikat-standar', 2);
      await staff.counters.callNext('loket-1');
      await staff.counters.callNext('loket-5');
      await staff.counters.update('loket-20', { status: 'closed' });
      const board = await status(html`<mpp-queue-status mode="board" .client=${client}></mpp-queue-status>`);
      const root = board.element.shadowRoot as ShadowRoot;
      expect(board.element.getBoundingClientRect().height).to.equal(1080);
      expect(board.counters).to.have.length(20);
      expect(board.servingAt('Loket 5')).to.equal('PA-001');
      for (const selector of ['[part~="base"]', '.board', '.board-body', '.tiles', '.calls', '.waiting']) {
        const box = root.querySelector(selector) as HTMLElement;
        expect(box.scrollHeight, `${selector} height`).to.be.at.most(box.clientHeight);
        expect(box.scrollWidth, `${selector} width`).to.be.at.most(box.clientWidth);
      }
      for (const tile of root.querySelectorAll<HTMLElement>('.tile')) {
        const number = tile.querySelector('.number') as HTMLElement;
        expect(number.getBoundingClientRect().width, tile.dataset.counter).to.be.at.most(tile.clientWidth);
        expect(tile.scrollHeight, tile.dataset.counter).to.be.at.most(tile.clientHeight);
        // Readable across a hall: the number at least 48 px high on a 1080p screen.
        expect(parseFloat(getComputedStyle(number).fontSize), tile.dataset.counter).to.be.at.least(48);
      }
      await expect(board.element).to.be.accessible();
    });

    it('highlights the latest calls, newest first, with recalls marked', async () => {
      await take(client, 'ktp-el', 3);
      const board = await status(
        html`<mpp-queue-status mode="board" agency="dukcapil" .client=${client}></mpp-queue-status>`,
      );
      expect(board.calls).to.deep.equal([]);
      await staff.counters.callNext('loket-1');
      await staff.counters.callNext('loket-2');
      await staff.counters.recall('loket-1');
      await board.waitFor(() => board.calls.length === 3, 5000, 'three calls');
      expect(board.calls).to.deep.equal([
        { number: 'A-001', counter: 'Loket 1', recall: true },
        { number: 'A-002', counter: 'Loket 2', recall: false },
        { number: 'A-001', counter: 'Loket 1', recall: false },
      ]);
      const root = board.element.shadowRoot as ShadowRoot;
      expect(root.querySelectorAll('[part~="latest-call"]')).to.have.length(1);
      expect(root.querySelector('.tile[data-called]')?.getAttribute('data-counter')).to.equal('loket-1');
      await expect(board.element).to.be.accessible();
    });

    it('plays nothing until sound is enabled, then a chime and the call in Indonesian; mute silences it', async () => {
      const speaker = new RecordingSpeaker();
      await take(client, 'ktp-el', 3);
      const board = await status(
        html`<mpp-queue-status mode="board" .client=${client} .speaker=${speaker}></mpp-queue-status>`,
      );
      expect(board.sound).to.equal('off');
      await staff.counters.callNext('loket-1');
      await board.waitFor(() => board.servingAt('Loket 1') === 'A-001', 5000, 'A-001');
      expect(speaker.spoken).to.deep.equal([]);
      await board.enableSound();
      expect(board.sound).to.equal('on');
      expect(board.element.shadowRoot?.activeElement?.getAttribute('part')).to.equal('mute-button');
      await staff.counters.callNext('loket-2');
      await waitUntil(() => speaker.spoken.length === 1, 'spoken', { timeout: 5000 });
      expect(speaker.spoken).to.deep.equal([{ text: 'Nomor antrean A dua, silakan menuju Loket dua.', locale: 'id' }]);
      expect(speaker.chimes).to.equal(1);
      await board.toggleMute();
      expect(board.sound).to.equal('muted');
      await staff.counters.callNext('loket-1');
      await board.waitFor(() => board.servingAt('Loket 1') === 'A-003', 5000, 'A-003');
      expect(speaker.spoken).to.have.length(1);
      await expect(board.element).to.be.accessible();
    });

    it('speaks English with speech-locale="en", whatever the display language', async () => {
      const speaker = new RecordingSpeaker();
      await take(client, 'ktp-el');
      const board = await status(
        html`<mpp-queue-status
          mode="board"
          speech-locale="en"
          .client=${client}
          .speaker=${speaker}
        ></mpp-queue-status>`,
      );
      await board.enableSound();
      await staff.counters.callNext('loket-1');
      await waitUntil(() => speaker.spoken.length === 1, 'spoken', { timeout: 5000 });
      expect(speaker.spoken).to.deep.equal([
        { text: 'Queue number A one, please proceed to Loket one.', locale: 'en' },
      ]);
    });

    it('says so when the device has no voice of the language, and when it has no sound at all', async () => {
      const speaker = new RecordingSpeaker();
      speaker.voice = false;
      const board = await status(
        html`<mpp-queue-status mode="board" .client=${client} .speaker=${speaker}></mpp-queue-status>`,
      );
      expect(board.soundNote).to.equal(null);
      await board.enableSound();
      expect(board.soundNote).to.equal(
        'Suara bahasa Indonesia tidak ditemukan di perangkat ini; panggilan dibacakan dengan suara bawaan.',
      );
      await expect(board.element).to.be.accessible();
      const silent = await status(
        html`<mpp-queue-status
          mode="board"
          .client=${client}
          .speaker=${new RecordingSpeaker(false)}
        ></mpp-queue-status>`,
      );
      expect(silent.sound).to.equal('unavailable');
      expect(silent.soundNote).to.equal('Perangkat ini tidak dapat memutar suara.');
    });

    it('never speaks an old call after a reload, or after being moved on the page', async () => {
      await take(client, 'ktp-el', 4);
      const first = new RecordingSpeaker();
      const board = await status(
        html`<mpp-queue-status mode="board" .client=${client} .speaker=${first}></mpp-queue-status>`,
      );
      await board.enableSound();
      await staff.counters.callNext('loket-1');
      await waitUntil(() => first.spoken.length === 1, 'first call spoken', { timeout: 5000 });
      // A reload: the element goes (the page's stream with it), a new one joins a fresh snapshot.
      board.element.remove();
      const second = new RecordingSpeaker();
      const reloaded = await status(
        html`<mpp-queue-status mode="board" .client=${client} .speaker=${second}></mpp-queue-status>`,
      );
      await reloaded.enableSound();
      expect(reloaded.calls).to.deep.equal([]);
      expect(reloaded.servingAt('Loket 1')).to.equal('A-001');
      // Moved in the page: the same element leaves and comes back.
      const parent = reloaded.element.parentElement as HTMLElement;
      reloaded.element.remove();
      parent.append(reloaded.element);
      await reloaded.settled();
      await staff.counters.callNext('loket-2');
      await waitUntil(() => second.spoken.length === 1, 'the new call spoken', { timeout: 5000 });
      await reloaded.waitFor(() => reloaded.servingAt('Loket 2') === 'A-002', 5000, 'A-002');
      expect(second.texts).to.deep.equal(['Nomor antrean A dua, silakan menuju Loket dua.']);
      expect(first.spoken).to.have.length(1);
    });
  });

  describe('pausing (WCAG 2.2.2)', () => {
    it('freezes the display and its announcements until resumed, then catches up', async () => {
      await take(client, 'ktp-el', 3);
      const wrapper = fixtureSync<HTMLElement>(
        html`<div>
          <mpp-queue-status .client=${client} service="ktp-el"></mpp-queue-status>
          <mpp-queue-status .client=${client} service="ktp-el"></mpp-queue-status>
        </div>`,
      );
      const [card, witness] = [...wrapper.querySelectorAll('mpp-queue-status')].map(
        (element) => new QueueStatusHarness(element),
      ) as [QueueStatusHarness, QueueStatusHarness];
      await card.settled();
      await witness.settled();
      await card.togglePause();
      expect(card.paused).to.equal(true);
      expect(card.freshness).to.equal('stale');
      expect(card.pausedNote).to.equal(
        'Pembaruan dijeda: tampilan ini tetap seperti data pukul 09.00. Tekan "Jeda pembaruan" lagi untuk melanjutkan.',
      );
      await expect(card.element).to.be.accessible();
      const shown = (): string | undefined => card.element.shadowRoot?.querySelector('[part~="queue"]')?.innerHTML;
      const before = shown();
      await staff.counters.callNext('loket-1');
      await staff.counters.callNext('loket-2');
      // The other element on the page, not paused, shows the calls: they reached the page.
      await witness.waitFor(() => witness.servingAt('Loket 2') === 'A-002', 5000, 'A-002 on the witness');
      await card.element.updateComplete;
      expect(shown()).to.equal(before);
      expect(card.servingAt('Loket 1')).to.equal(null);
      expect(card.announcement).to.equal('');
      await card.togglePause();
      expect(card.paused).to.equal(false);
      expect(card.servingAt('Loket 1')).to.equal('A-001');
      expect(card.servingAt('Loket 2')).to.equal('A-002');
      expect(card.announcement).to.equal('Nomor A-001 dipanggil ke Loket 1. Nomor A-002 dipanggil ke Loket 2.');
    });
  });
});
