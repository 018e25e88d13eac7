// <mpp-counter-console>: the staff panel at a counter, against its own in-page
// queue server (the Kota Kediri seed, an open Monday morning, a few people in
// line). Every number comes from the real queue engine.
// Controls come from custom-elements.json (see .storybook/preview.ts).
import '@mpp-kit/elements/counter-console/define.js';
import type { BookingReceipt } from '@mpp-kit/contract';
import type { FetchLike } from '@mpp-kit/sdk';
import { CounterConsoleHarness } from '@mpp-kit/elements/testing.js';
import { createBrowserServer, type BrowserServer } from '@mpp-kit/server/browser';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect } from 'storybook/test';
import { HOSTILE_PORTAL_CSS } from '../packages/elements/src/test-support/hostile-portal-css.js';
import {
  withConnection,
  fillQueue,
  OPEN_MONDAY,
  queueStoryClient,
  queueStoryServer,
  scriptedCounter,
  type StoryConnection,
} from './support/queue-server.js';
import './support/stories.css';

interface CounterConsoleArgs {
  /** `id` or `en`; unset follows `lang`. */
  locale?: 'id' | 'en';
  /** `light` or `dark`; unset follows the visitor's preference. */
  theme?: 'light' | 'dark';
  /** The counter to run, e.g. `loket-1`; unset, staff choose one. */
  counter?: string | undefined;
  /** The level of the console's heading. */
  'heading-level'?: number;
}

/** What a story's loader prepares: a queue server with people waiting. */
interface Loaded {
  server: BrowserServer;
}

/** Stops the live story's scripted counter when the story is left. */
let stopScript: (() => void) | undefined;

/** A fresh server per story, with numbers taken for KTP-el (A) and KIA. */
async function queueWithPeople(): Promise<Loaded> {
  const server = queueStoryServer();
  await fillQueue(server, { 'ktp-el': 4, kia: 2 });
  return { server };
}

/** What a check-in story's loader prepares: a queue, a booking on it, and the server's clock to move. */
interface LoadedBooking extends Loaded {
  booking: BookingReceipt;
  clock: { advance(ms: number): void };
}

/**
 * A server whose clock runs on from an open Monday 09:00 and that a story can move forward, with people in
 * line and a KTP-el booking today at `time` (check-in opens 60 minutes before and closes 15 after its end).
 */
function bookedToday(time: string): () => Promise<LoadedBooking> {
  return async () => {
    let offset = Date.parse(OPEN_MONDAY) - Date.now();
    const clock = {
      now: () => new Date(Date.now() + offset),
      advance: (ms: number) => {
        offset += ms;
      },
    };
    const server = createBrowserServer({ clock });
    await fillQueue(server, { 'ktp-el': 2 });
    const booking = await queueStoryClient(server).bookings.create(
      {
        serviceId: 'ktp-el',
        slotStart: `2026-03-02T${time}:00+07:00`,
        applicant: { name: 'Siti Rahayu', nik: '3571014507950003', phone: '0812-3456-7890' },
        consent: true,
      },
      { idempotencyKey: crypto.randomUUID() },
    );
    return { server, booking, clock };
  };
}

/** Finds the story's booking at the check-in desk, as a scanner would type it. */
async function findStoryBooking(canvasElement: HTMLElement, loaded: unknown): Promise<CounterConsoleHarness> {
  const desk = await settled(canvasElement);
  await desk.findBooking((loaded as LoadedBooking).booking.code);
  return desk;
}

/**
 * The console over a public client of `server` (through `fetch` when given); `signedIn` hands it the staff
 * token as the host page would.
 */
function consoleOf(
  args: CounterConsoleArgs,
  server: BrowserServer,
  signedIn: boolean,
  fetch?: FetchLike,
): TemplateResult {
  return html`<mpp-counter-console
    .client=${queueStoryClient(server, fetch ? { fetch } : {})}
    .staffToken=${signedIn ? server.staffToken : null}
    locale=${args.locale ?? nothing}
    theme=${args.theme ?? nothing}
    counter=${args.counter ?? nothing}
    heading-level=${args['heading-level'] ?? nothing}
    @mpp-error=${(event: CustomEvent) => console.info('mpp-error', event.detail)}
  ></mpp-counter-console>`;
}

/** Waits for the console to settle and returns its harness. */
async function settled(canvasElement: HTMLElement): Promise<CounterConsoleHarness> {
  const harness = new CounterConsoleHarness(canvasElement.querySelector('mpp-counter-console') as never);
  await harness.settled();
  return harness;
}

const meta = {
  title: 'Elements/Counter console',
  component: 'mpp-counter-console',
  loaders: [queueWithPeople],
  render: (args, { loaded }) => consoleOf(args, (loaded as Loaded).server, true),
  beforeEach: () => () => {
    stopScript?.();
    stopScript = undefined;
  },
  argTypes: {
    locale: { control: 'inline-radio', options: [undefined, 'id', 'en'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    counter: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  args: { counter: 'loket-1' },
  parameters: {
    docs: {
      description: {
        component:
          'The staff panel at a counter (loket): sign in with the staff token, choose the counter, then call the next number, ' +
          'recall, skip, complete, and open, pause or close the counter, with a one-letter shortcut for each (N, R, S, C, O, P, X). ' +
          'It shows the number being served, the counter’s status and the lines of its services, live. ' +
          'The token is held in memory only; give it as the `staffToken` property or let staff type it.\n\n' +
          '```html\n<mpp-counter-console api-base="https://mpp.kedirikota.go.id/api" counter="loket-3"></mpp-counter-console>\n```',
      },
    },
  },
} satisfies Meta<CounterConsoleArgs>;

export default meta;
type Story = StoryObj<CounterConsoleArgs>;

/** Signed in at Loket 1 with four people waiting for KTP-el: press "Panggil berikutnya" (or N). */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const desk = await settled(canvasElement);
    await expect(desk.step).toBe('console');
    await expect(desk.serving).toBe(null);
  },
};

/**
 * The sign-in step, as staff first see it. The story's server prints its token below the console
 * (a real MPP's token comes from its administrator, never from the page).
 */
export const SignIn: Story = {
  render: (args, { loaded }) => {
    const { server } = loaded as Loaded;
    return html`${consoleOf(args, server, false)}
      <p>Token demo / demo token: <code>${server.staffToken}</code></p>`;
  },
  play: async ({ canvasElement }) => {
    await expect((await settled(canvasElement)).step).toBe('sign-in');
  },
};

/** A wrong token: the first call is refused, the console says "Token salah" and returns to sign-in. */
export const WrongToken: Story = {
  render: (args, { loaded }) => consoleOf(args, (loaded as Loaded).server, false),
  play: async ({ canvasElement }) => {
    const desk = await settled(canvasElement);
    await desk.signIn('token-yang-salah');
    await desk.press('Panggil berikutnya');
    await expect(desk.alert).toBe('Token salah. Periksa token petugas, lalu masuk lagi.');
  },
};

/** Signed in without a `counter`: staff choose one from every counter of the MPP, by agency. */
export const ChooseCounter: Story = {
  args: { counter: undefined },
  play: async ({ canvasElement }) => {
    await expect((await settled(canvasElement)).step).toBe('choose');
  },
};

/** Serving a number: A-001 called to Loket 1, ready to recall, skip or complete. */
export const Serving: Story = {
  play: async ({ canvasElement }) => {
    const desk = await settled(canvasElement);
    await desk.press('Panggil berikutnya');
    await expect(desk.serving).toBe('A-001');
  },
};

/** Nobody waiting at Loket 4 (birth, death and marriage certificates): calling says so. */
export const QueueEmpty: Story = {
  args: { counter: 'loket-4' },
  play: async ({ canvasElement }) => {
    const desk = await settled(canvasElement);
    await desk.press('Panggil berikutnya');
    await expect(desk.alert).toBe('Tidak ada antrean yang menunggu untuk loket ini.');
  },
};

/**
 * The connection drops as staff call the next number: the console cannot know whether the call reached the
 * server, says so, and asks staff to check the number served before trying again; back online, the call goes.
 */
export const CallWhileOffline: Story = {
  loaders: [withConnection(queueWithPeople)],
  render: (args, { loaded }) => {
    const { server, connection } = loaded as Loaded & { connection: StoryConnection };
    return consoleOf(args, server, true, connection.fetch);
  },
  play: async ({ canvasElement, loaded }) => {
    const desk = await settled(canvasElement);
    const { connection } = loaded as { connection: StoryConnection };
    connection.online = false;
    await desk.press('Panggil berikutnya');
    await expect(desk.alert).toBe(
      'Tidak dapat terhubung ke server; tindakan mungkin belum terkirim. Periksa nomor yang dilayani sebelum mencoba lagi.',
    );
    connection.online = true;
    await desk.press('Panggil berikutnya');
    await expect(desk.serving).toBe('A-001');
  },
};

/** Paused: calling is off until the counter opens again. */
export const Paused: Story = {
  play: async ({ canvasElement }) => {
    const desk = await settled(canvasElement);
    await desk.press('Jeda');
    await expect(desk.counterStatus).toBe('Dijeda');
  },
};

/**
 * Live: another console at Loket 1 (a scripted one) calls a number every four seconds; this console follows
 * through the page's shared queue stream, without a reload.
 */
export const LiveOtherConsole: Story = {
  render: (args, { loaded }) => {
    const { server } = loaded as Loaded;
    stopScript?.();
    stopScript = scriptedCounter(server, { counters: ['loket-1'], serviceId: 'ktp-el' });
    return consoleOf(args, server, true);
  },
};

/** English, for MPPs that staff counters in English. */
export const English: Story = {
  args: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect((await settled(canvasElement)).button('Call next')).not.toBe(null);
  },
};

/** Dark, pinned with `theme="dark"` (unset, the console follows the visitor's colour-scheme preference). */
export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args, { loaded }) =>
    html`<div class="mpp-story-dark">${consoleOf(args, (loaded as Loaded).server, true)}</div>`,
};

/** A host's brand through the `--mpp-*` tokens, on a 320 px wide column (a phone at a mobile counter). */
export const BrandTokensNarrow: Story = {
  render: (args, { loaded }) =>
    html`<div class="mpp-story-brand mpp-story-narrow">${consoleOf(args, (loaded as Loaded).server, true)}</div>`,
};

/** A portal whose global CSS is hostile: the console keeps its layout. */
export const HostilePortalCss: Story = {
  render: (args, { loaded }) => {
    const style = document.createElement('style');
    style.textContent = HOSTILE_PORTAL_CSS;
    return html`${style}
      <p>Teks portal / portal text</p>
      ${consoleOf(args, (loaded as Loaded).server, true)}`;
  },
  parameters: { docs: { story: { inline: false, iframeHeight: 900 } } },
};

/** Check-in: a booking for 09.30 today found at 09.00, inside its window; "Check-in" is enabled. */
export const CheckInOpen: Story = {
  loaders: [bookedToday('09:30')],
  play: async ({ canvasElement, loaded }) => {
    const desk = await findStoryBooking(canvasElement, loaded);
    await expect(desk.canCheckIn).toBe(true);
  },
};

/** Checked in: the booking became a priority number, called before the walk-ins, and the line shows it. */
export const CheckedIn: Story = {
  loaders: [bookedToday('09:30')],
  play: async ({ canvasElement, loaded }) => {
    const desk = await findStoryBooking(canvasElement, loaded);
    await desk.checkIn();
    await expect(desk.checkedInNumber).toMatch(/^A-\d{3}$/);
  },
};

/** Too early: a booking for 11.00 at 09.00; check-in opens at 10.00. */
export const CheckInTooEarly: Story = {
  loaders: [bookedToday('11:00')],
  play: async ({ canvasElement, loaded }) => {
    const desk = await findStoryBooking(canvasElement, loaded);
    await expect(desk.checkInStateKind).toBe('too-early');
  },
};

/** Too late: a booking for 09.30 found at 10.20, after its window closed at 10.15. */
export const CheckInTooLate: Story = {
  loaders: [
    async () => {
      const loaded = await bookedToday('09:30')();
      loaded.clock.advance(80 * 60_000);
      return loaded;
    },
  ],
  play: async ({ canvasElement, loaded }) => {
    const desk = await findStoryBooking(canvasElement, loaded);
    await expect(desk.checkInStateKind).toBe('too-late');
  },
};

/** Already checked in (at another desk): the number it became is shown. */
export const AlreadyCheckedIn: Story = {
  loaders: [
    async () => {
      const loaded = await bookedToday('09:30')();
      await queueStoryClient(loaded.server, { staffToken: loaded.server.staffToken }).bookings.checkIn(
        loaded.booking.code,
      );
      return loaded;
    },
  ],
  play: async ({ canvasElement, loaded }) => {
    const desk = await findStoryBooking(canvasElement, loaded);
    await expect(desk.checkInStateKind).toBe('checked-in');
  },
};

/** A cancelled booking cannot be checked in. */
export const CheckInCancelled: Story = {
  loaders: [
    async () => {
      const loaded = await bookedToday('11:00')();
      await queueStoryClient(loaded.server).bookings.cancel(loaded.booking.code, loaded.booking.secret);
      return loaded;
    },
  ],
  play: async ({ canvasElement, loaded }) => {
    const desk = await findStoryBooking(canvasElement, loaded);
    await expect(desk.checkInStateKind).toBe('not-checkable');
  },
};

/** An unknown code: said on the field, which keeps the focus for the next scan. */
export const CheckInUnknownCode: Story = {
  play: async ({ canvasElement }) => {
    const desk = await settled(canvasElement);
    await desk.findBooking('KDR-ZZZZZZ');
    await expect(desk.checkInProblem).toBe('Kode booking KDR-ZZZZZZ tidak ditemukan. Periksa kembali kodenya.');
  },
};
