// <mpp-queue-status>: the live queue, as a portal card and as the waiting-room
// board, against its own in-page queue server per story (the Kota Kediri seed,
// an open Monday morning, people in line). Every number comes from the real
// queue engine; failing networks only wrap its fetch.
// Controls come from custom-elements.json (see .storybook/preview.ts).
import '@mpp-kit/elements/queue-status/define.js';
import { QueueStatusHarness } from '@mpp-kit/elements/testing.js';
import type { FetchLike } from '@mpp-kit/sdk';
import type { BrowserServer } from '@mpp-kit/server/browser';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect } from 'storybook/test';
import { HOSTILE_PORTAL_CSS } from '../packages/elements/src/test-support/hostile-portal-css.js';
import { fillQueue, queueStoryClient, queueStoryServer, scriptedCounter } from './support/queue-server.js';
import { expectLoading } from './support/states.js';
import './support/stories.css';

interface QueueStatusArgs {
  /** `compact` (a portal card) or `board` (the waiting-room TV). */
  mode?: 'compact' | 'board';
  /** Only this agency, e.g. `dukcapil`. */
  agency?: string;
  /** Only this service, e.g. `ktp-el`. */
  service?: string;
  /** `id` or `en`; unset follows `lang`. */
  locale?: 'id' | 'en';
  /** The language the board reads calls in. */
  'speech-locale'?: 'id' | 'en';
  /** `light` or `dark`; unset follows the visitor's preference. */
  theme?: 'light' | 'dark';
  /** The level of the heading. */
  'heading-level'?: number;
}

/** What a story's loader prepares: a queue server with people waiting and a few numbers called. */
interface Loaded {
  server: BrowserServer;
}

/** Stops the live stories' scripted counters when the story is left. */
let stopScript: (() => void) | undefined;

/** A fresh server per story, starting at `start`, with people in line and numbers at a few counters. */
async function queueAt(start?: string): Promise<Loaded> {
  const server = queueStoryServer(start);
  // Before opening hours the server takes no numbers: the closed story shows an empty line, as it would be.
  await fillQueue(server, { 'ktp-el': 5, 'kartu-keluarga': 3, 'nib-oss': 6, 'paspor-biasa': 4, skck: 8 }).catch(
    () => undefined,
  );
  const staff = queueStoryClient(server, { staffToken: server.staffToken });
  for (const counter of ['loket-1', 'loket-3', 'loket-5', 'loket-9', 'loket-19']) {
    await staff.counters.callNext(counter).catch(() => undefined);
  }
  await staff.counters.update('loket-12', { status: 'paused' });
  await staff.counters.update('loket-20', { status: 'closed' });
  return { server };
}

/** Short intervals for the stories that show a failing stream: the fallback shows within seconds. */
const QUICK = { reconnectDelay: 200, maxReconnectDelay: 1000, pollInterval: 2000 };

/** The element with the story's arguments over a client of `server` (through `fetch` when given). */
function status(args: QueueStatusArgs, server: BrowserServer, fetch?: FetchLike): TemplateResult {
  return html`<mpp-queue-status
    .client=${queueStoryClient(server, fetch ? { fetch } : {})}
    .subscribeOptions=${fetch ? QUICK : undefined}
    mode=${args.mode ?? nothing}
    agency=${args.agency ?? nothing}
    service=${args.service ?? nothing}
    locale=${args.locale ?? nothing}
    speech-locale=${args['speech-locale'] ?? nothing}
    theme=${args.theme ?? nothing}
    heading-level=${args['heading-level'] ?? nothing}
    @mpp-error=${(event: CustomEvent) => console.info('mpp-error', event.detail)}
  ></mpp-queue-status>`;
}

/** Waits for the element's data and returns its harness. */
async function settled(canvasElement: HTMLElement): Promise<QueueStatusHarness> {
  const harness = new QueueStatusHarness(canvasElement.querySelector('mpp-queue-status') as never);
  await harness.settled();
  return harness;
}

/** A fetch that refuses the live stream (404), like a backend without one: the element polls. */
function withoutStream(server: BrowserServer): FetchLike {
  return (request) =>
    new URL(request.url).pathname.endsWith('/v1/queues/stream')
      ? Promise.resolve(
          new Response(
            JSON.stringify({ error: { code: 'not_found', message: 'Tidak ditemukan.', requestId: 'story' } }),
            {
              status: 404,
              headers: { 'Content-Type': 'application/json' },
            },
          ),
        )
      : server.fetch(request);
}

const meta = {
  title: 'Elements/Queue status',
  component: 'mpp-queue-status',
  loaders: [() => queueAt()],
  render: (args, { loaded }) => status(args, (loaded as Loaded).server),
  beforeEach: () => () => {
    stopScript?.();
    stopScript = undefined;
  },
  argTypes: {
    mode: { control: 'inline-radio', options: [undefined, 'compact', 'board'] },
    agency: { control: 'text' },
    service: { control: 'text' },
    locale: { control: 'inline-radio', options: [undefined, 'id', 'en'] },
    'speech-locale': { control: 'inline-radio', options: [undefined, 'id', 'en'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The live queue: per counter the number it serves, per service the people waiting and the estimated wait, ' +
          'updated as numbers are called. Every queue element of a page shares one live stream per API; when it fails, ' +
          'the element says so ("data per pukul 10.42") and polls. `mode="board"` is the waiting-room TV, with a chime ' +
          'and the call read aloud after "Aktifkan suara". Each story has its own queue server, its clock starting on ' +
          'Monday 2 March 2026 at 09.00 WIB.\n\n' +
          '```html\n<script type="module" src="https://cdn.jsdelivr.net/npm/@mpp-kit/elements/dist/mpp-kit.min.js"></script>\n' +
          '<mpp-queue-status api-base="https://mpp.kedirikota.go.id/api" agency="dukcapil"></mpp-queue-status>\n' +
          '<mpp-queue-status api-base="https://mpp.kedirikota.go.id/api" mode="board"></mpp-queue-status>\n```',
      },
    },
  },
} satisfies Meta<QueueStatusArgs>;

export default meta;
type Story = StoryObj<QueueStatusArgs>;

/** The whole MPP as a portal card: every counter with its state and number, every service's line. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const card = await settled(canvasElement);
    await expect(card.counters).toHaveLength(20);
    await expect(card.servingAt('Loket 1')).toBe('A-001');
    await expect(card.connection).toBe('live');
  },
};

/** One agency: Dukcapil's four counters and its services. */
export const Agency: Story = {
  args: { agency: 'dukcapil' },
  play: async ({ canvasElement }) => {
    const card = await settled(canvasElement);
    await expect(card.counters.map((counter) => counter.name)).toEqual(['Loket 1', 'Loket 2', 'Loket 3', 'Loket 4']);
  },
};

/** One service: the KTP-el line and the counters that call it. */
export const Service: Story = {
  args: { service: 'ktp-el' },
};

/** Live: scripted counters call a KTP-el number every four seconds; the card follows without a reload. */
export const Live: Story = {
  args: { agency: 'dukcapil' },
  render: (args, { loaded }) => {
    const { server } = loaded as Loaded;
    stopScript?.();
    stopScript = scriptedCounter(server, { counters: ['loket-1', 'loket-2'], serviceId: 'ktp-el' });
    return status(args, server);
  },
};

/**
 * The waiting-room board, live: 20 counters on one screen, the latest calls highlighted. Press "Aktifkan suara"
 * to hear each call: a chime, then "Nomor antrean A …, silakan menuju Loket …".
 */
export const Board: Story = {
  args: { mode: 'board' },
  parameters: { layout: 'fullscreen', docs: { story: { inline: false, iframeHeight: 720 } } },
  render: (args, { loaded }) => {
    const { server } = loaded as Loaded;
    stopScript?.();
    stopScript = scriptedCounter(server, { counters: ['loket-1', 'loket-2'], serviceId: 'ktp-el', everyMs: 6000 });
    return status(args, server);
  },
  play: async ({ canvasElement }) => {
    const board = await settled(canvasElement);
    await expect(board.counters).toHaveLength(20);
    await expect(board.sound).toBe('off');
  },
};

/** The board in English, dark, still calling in Indonesian (`speech-locale` is separate from the display language). */
export const BoardEnglishDark: Story = {
  args: { mode: 'board', locale: 'en', theme: 'dark', 'speech-locale': 'id' },
  parameters: { layout: 'fullscreen', docs: { story: { inline: false, iframeHeight: 720 } } },
  render: (args, { loaded }) => {
    const { server } = loaded as Loaded;
    stopScript?.();
    stopScript = scriptedCounter(server, { counters: ['loket-9'], serviceId: 'paspor-biasa', everyMs: 6000 });
    return status(args, server);
  },
};

/** One agency's board: Dukcapil's four counters fill the screen. */
export const BoardAgency: Story = {
  args: { mode: 'board', agency: 'dukcapil' },
  parameters: { layout: 'fullscreen', docs: { story: { inline: false, iframeHeight: 720 } } },
};

/** English. */
export const English: Story = {
  args: { locale: 'en', agency: 'dpmptsp' },
  play: async ({ canvasElement }) => {
    await expect((await settled(canvasElement)).connectionText).toBe('Connection: Live');
  },
};

/** Dark, pinned with `theme="dark"`. */
export const Dark: Story = {
  args: { theme: 'dark', agency: 'dukcapil' },
  render: (args, { loaded }) => html`<div class="mpp-story-dark">${status(args, (loaded as Loaded).server)}</div>`,
};

/** Before opening hours (07.00): closed, and when it opens, in words instead of an empty board. */
export const Closed: Story = {
  loaders: [() => queueAt('2026-03-02T07:00:00+07:00')],
  args: { agency: 'dukcapil' },
  play: async ({ canvasElement }) => {
    await expect((await settled(canvasElement)).opening).toBe('MPP sedang tutup · buka pukul 08.00');
  },
};

/** The midday break (12.10): named, with the time service resumes. */
export const Break: Story = {
  loaders: [() => queueAt('2026-03-02T12:10:00+07:00')],
  args: { mode: 'board', agency: 'dukcapil' },
  parameters: { layout: 'fullscreen', docs: { story: { inline: false, iframeHeight: 720 } } },
};

/** A backend without the live stream: the element polls, says so, and marks the data as not live. */
export const Polling: Story = {
  args: { agency: 'dukcapil' },
  render: (args, { loaded }) => {
    const { server } = loaded as Loaded;
    return status(args, server, withoutStream(server));
  },
  play: async ({ canvasElement }) => {
    const card = await settled(canvasElement);
    await expect(card.connection).toBe('polling');
    await expect(card.freshness).toBe('stale');
  },
};

/** The loading skeleton, held still. */
export const Loading: Story = {
  render: (args, { loaded }) => status(args, (loaded as Loaded).server, () => new Promise<Response>(() => undefined)),
  play: ({ canvasElement }) => expectLoading(canvasElement, 'mpp-queue-status'),
};

/** The API cannot be reached: the error panel. */
export const Unreachable: Story = {
  render: (args, { loaded }) =>
    status(args, (loaded as Loaded).server, () => Promise.reject(new TypeError('Failed to fetch'))),
  play: async ({ canvasElement }) => {
    await expect((await settled(canvasElement)).error).toMatch(/Tidak dapat terhubung ke server/);
  },
};

/** Paused (WCAG 2.2.2): the display stays as it is until "Jeda pembaruan" is pressed again. */
export const Paused: Story = {
  args: { agency: 'dukcapil' },
  render: (args, { loaded }) => {
    const { server } = loaded as Loaded;
    stopScript?.();
    stopScript = scriptedCounter(server, { counters: ['loket-2'], serviceId: 'ktp-el', everyMs: 3000 });
    return status(args, server);
  },
  play: async ({ canvasElement }) => {
    const card = await settled(canvasElement);
    await card.togglePause();
    await expect(card.paused).toBe(true);
    await expect(card.pausedNote).not.toBe(null);
  },
};

/** A host's brand through the `--mpp-*` tokens, on a 320 px wide column. */
export const BrandTokensNarrow: Story = {
  args: { agency: 'dukcapil' },
  render: (args, { loaded }) =>
    html`<div class="mpp-story-brand mpp-story-narrow">${status(args, (loaded as Loaded).server)}</div>`,
};

/** A portal whose global CSS is hostile: the card keeps its layout. */
export const HostilePortalCss: Story = {
  args: { agency: 'dukcapil' },
  render: (args, { loaded }) => {
    const style = document.createElement('style');
    style.textContent = HOSTILE_PORTAL_CSS;
    return html`${style}
      <p>Teks portal / portal text</p>
      ${status(args, (loaded as Loaded).server)}`;
  },
  parameters: { docs: { story: { inline: false, iframeHeight: 1100 } } },
};
