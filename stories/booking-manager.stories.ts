// <mpp-booking-manager>: find, reschedule or cancel a booking, against its own
// in-page server (the Kota Kediri seed, its clock on an open Monday morning,
// 2 March 2026 09:00 WIB) where each story's loader books a slot through the
// SDK, as <mpp-booking-form> does. Nothing is mocked.
// Controls come from custom-elements.json (see .storybook/preview.ts).
import '@mpp-kit/elements/booking-manager/define.js';
import type { BookingReceipt } from '@mpp-kit/contract';
import { BookingManagerHarness } from '@mpp-kit/elements/testing.js';
import type { FetchLike } from '@mpp-kit/sdk';
import type { BrowserServer } from '@mpp-kit/server/browser';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect } from 'storybook/test';
import {
  connectionTo,
  queueStoryClient,
  queueStoryServer,
  stalledFetch,
  type StoryConnection,
} from './support/queue-server.js';
import { expectErrorThenRetry, expectLoading, reconnectOf } from './support/states.js';
import './support/stories.css';

type MppBookingManager = HTMLElementTagNameMap['mpp-booking-manager'];

interface BookingManagerArgs {
  /** `id` or `en`; unset follows `lang`. */
  locale?: 'id' | 'en';
  /** `light` or `dark`; unset follows the visitor's preference. */
  theme?: 'light' | 'dark';
  /** The level of the element's headings. */
  'heading-level'?: number;
}

/** What a story's loader prepares: a server and a booking on it (its secret is the citizen's). */
interface Loaded {
  server: BrowserServer;
  booking: BookingReceipt;
}

/** Books `serviceId` on Tuesday 3 March 2026 at `time` for a made-up citizen (a valid test NIK). */
async function bookOn(
  server: BrowserServer,
  serviceId: string,
  time: string,
  nik = '3571014507950003',
): Promise<BookingReceipt> {
  return queueStoryClient(server).bookings.create(
    {
      serviceId,
      slotStart: `2026-03-03T${time}:00+07:00`,
      applicant: { name: 'Siti Rahayu', nik, phone: '0812-3456-7890' },
      consent: true,
    },
    { idempotencyKey: crypto.randomUUID() },
  );
}

/** A fresh server per story with a KTP-el booking on Tuesday at 09:00. */
async function withBooking(): Promise<Loaded> {
  const server = queueStoryServer();
  return { server, booking: await bookOn(server, 'ktp-el', '09:00') };
}

/** A fresh server with a PBG booking (one place per hour: the story races for the last one). */
async function withPbgBooking(): Promise<Loaded> {
  const server = queueStoryServer();
  return { server, booking: await bookOn(server, 'pbg', '09:00') };
}

/** Opens the manager as the confirmation's manage link does: the code and secret in the page's fragment. */
function fromManageLink(args: BookingManagerArgs, loaded: Loaded, fetch?: FetchLike): TemplateResult {
  const { server, booking } = loaded;
  const fragment = new URLSearchParams([
    ['kode', booking.code],
    ['rahasia', booking.secret],
  ]);
  history.replaceState(history.state, '', `${location.pathname}${location.search}#${fragment.toString()}`);
  return managerOf(args, server, fetch);
}

/** The manager over a client of `server`; its events are logged (they carry nothing personal). */
function managerOf(args: BookingManagerArgs, server: BrowserServer, fetch?: FetchLike): TemplateResult {
  return html`<mpp-booking-manager
    .client=${queueStoryClient(server, { locale: args.locale ?? 'id', ...(fetch ? { fetch } : {}) })}
    locale=${args.locale ?? nothing}
    theme=${args.theme ?? nothing}
    heading-level=${args['heading-level'] ?? nothing}
    @mpp-booking-rescheduled=${(event: CustomEvent) => console.info('mpp-booking-rescheduled', event.detail)}
    @mpp-booking-cancelled=${(event: CustomEvent) => console.info('mpp-booking-cancelled', event.detail)}
    @mpp-error=${(event: CustomEvent) => console.info('mpp-error', event.detail)}
  ></mpp-booking-manager>`;
}

/** Waits for the manager to settle and returns its harness. */
async function settled(canvasElement: HTMLElement): Promise<BookingManagerHarness> {
  const harness = new BookingManagerHarness(canvasElement.querySelector('mpp-booking-manager') as MppBookingManager);
  await harness.settled();
  return harness;
}

/** Finds the story's booking as the citizen would, with the code and secret from the receipt. */
async function found(canvasElement: HTMLElement, loaded: unknown): Promise<BookingManagerHarness> {
  const { booking } = loaded as Loaded;
  const harness = await settled(canvasElement);
  await harness.findBooking(booking.code, booking.secret);
  return harness;
}

/** Starts "Ubah jadwal" and picks Tuesday 3 March 2026, 10.00 WIB as the new time. */
async function chooseNewTime(manager: BookingManagerHarness): Promise<void> {
  await manager.startReschedule();
  await manager.chooseDay('2026-03-03');
  await manager.chooseTime('2026-03-03T10:00:00+07:00');
}

const meta = {
  title: 'Elements/Booking manager',
  component: 'mpp-booking-manager',
  loaders: [withBooking],
  render: (args, { loaded }) => managerOf(args, (loaded as Loaded).server),
  argTypes: {
    locale: { control: 'inline-radio', options: [undefined, 'id', 'en'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Where a citizen finds a booking by its code and secret (or opens it from the manage link, whose URL fragment ' +
          '`#kode=…&rahasia=…` the element reads and then removes from the address bar), sees it, moves it to another ' +
          'free time, or cancels it after an inline confirmation. The secret is sent only as the `X-Booking-Secret` header.\n\n' +
          '```html\n<mpp-booking-manager api-base="https://mpp.kedirikota.go.id/api"></mpp-booking-manager>\n```',
      },
    },
  },
} satisfies Meta<BookingManagerArgs>;

export default meta;
type Story = StoryObj<BookingManagerArgs>;

/** The find form, as a citizen without the manage link first sees it. */
export const FindForm: Story = {
  play: async ({ canvasElement }) => {
    await expect((await settled(canvasElement)).codeField).not.toBe(null);
  },
};

/** Found by code and secret: the booking, with "Ubah jadwal" and "Batalkan pemesanan". */
export const Found: Story = {
  play: async ({ canvasElement, loaded }) => {
    const manager = await found(canvasElement, loaded);
    await expect(manager.status).toBe('Terkonfirmasi');
  },
};

/**
 * Opened from the manage link: the story puts `#kode=…&rahasia=…` in this frame's URL before the element
 * connects; the element reads it, removes it from the address bar and shows the booking.
 */
export const FromManageLink: Story = {
  render: (args, { loaded }) => fromManageLink(args, loaded as Loaded),
  play: async ({ canvasElement, loaded }) => {
    const manager = await settled(canvasElement);
    await expect(manager.heading).toBe(`Pemesanan ${(loaded as Loaded).booking.code}`);
    await expect(location.hash).toBe('');
  },
};

/** Choosing a new time: the calendar and the times of Tuesday, the current time marked and not choosable. */
export const Rescheduling: Story = {
  play: async ({ canvasElement, loaded }) => {
    const manager = await found(canvasElement, loaded);
    await chooseNewTime(manager);
    await expect(manager.newSlot).toBe('Jadwal baru: Selasa, 3 Maret 2026, pukul 10.00–10.30 WIB');
  },
};

/** Moved: the booking at its new time, and the outcome. */
export const Rescheduled: Story = {
  play: async ({ canvasElement, loaded }) => {
    const manager = await found(canvasElement, loaded);
    await chooseNewTime(manager);
    await manager.confirmReschedule();
    await expect(manager.facts.Jadwal).toBe('Selasa, 3 Maret 2026, pukul 10.00–10.30 WIB');
  },
};

/**
 * The slot taken meanwhile: PBG has one place per hour; another citizen books 10.00 while this one confirms it,
 * so the element offers the nearest free times.
 */
export const SlotTakenMeanwhile: Story = {
  loaders: [withPbgBooking],
  play: async ({ canvasElement, loaded }) => {
    const { server } = loaded as Loaded;
    const manager = await found(canvasElement, loaded);
    await chooseNewTime(manager);
    await bookOn(server, 'pbg', '10:00', '3571010507950004');
    await manager.confirmReschedule();
    await expect(manager.alternatives.length).toBeGreaterThan(0);
  },
};

/** The inline confirmation: "Batalkan pemesanan?" with "Ya" and "Tidak". */
export const ConfirmingCancel: Story = {
  play: async ({ canvasElement, loaded }) => {
    const manager = await found(canvasElement, loaded);
    await manager.press('cancel-button');
    await expect(manager.button('Ya')).not.toBe(null);
  },
};

/** Cancelled: the status says so, and no action is left. */
export const Cancelled: Story = {
  play: async ({ canvasElement, loaded }) => {
    const manager = await found(canvasElement, loaded);
    await manager.cancel();
    await expect(manager.status).toBe('Dibatalkan');
  },
};

/** A wrong secret (or code): one message that does not say which of the two was wrong. */
export const NotFound: Story = {
  play: async ({ canvasElement, loaded }) => {
    const manager = await settled(canvasElement);
    await manager.findBooking((loaded as Loaded).booking.code, 'bukan-rahasianya');
    await expect(manager.findError).toBe(
      'Pemesanan tidak ditemukan. Periksa kembali kode booking dan kode rahasia Anda.',
    );
  },
};

/** English. */
export const English: Story = {
  args: { locale: 'en' },
  play: async ({ canvasElement, loaded }) => {
    const manager = await found(canvasElement, loaded);
    await expect(manager.status).toBe('Confirmed');
  },
};

/** Dark, pinned with `theme="dark"`, while choosing a new time. */
export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args, { loaded }) => html`<div class="mpp-story-dark">${managerOf(args, (loaded as Loaded).server)}</div>`,
  play: async ({ canvasElement, loaded }) => {
    const manager = await found(canvasElement, loaded);
    await manager.startReschedule();
  },
};

/** A host's brand through the `--mpp-*` tokens, on a 320 px wide column. */
export const BrandTokensNarrow: Story = {
  render: (args, { loaded }) =>
    html`<div class="mpp-story-brand mpp-story-narrow">${managerOf(args, (loaded as Loaded).server)}</div>`,
  play: async ({ canvasElement, loaded }) => {
    await found(canvasElement, loaded);
  },
};

/** From the manage link, the booking card's skeleton held still while the booking loads. */
export const LoadingFromManageLink: Story = {
  render: (args, { loaded }) => fromManageLink(args, loaded as Loaded, stalledFetch),
  play: ({ canvasElement }) => expectLoading(canvasElement, 'mpp-booking-manager'),
};

/** From the manage link while offline: the error panel with "Coba lagi"; back online, the retry finds the booking. */
export const ManageLinkOfflineThenRetry: Story = {
  loaders: [
    async (): Promise<Loaded & { connection: StoryConnection }> => {
      const loaded = await withBooking();
      return { ...loaded, connection: connectionTo(loaded.server) };
    },
  ],
  render: (args, { loaded }) => {
    const { connection } = loaded as Loaded & { connection: StoryConnection };
    return fromManageLink(args, loaded as Loaded, connection.fetch);
  },
  play: async ({ canvasElement, loaded }) => {
    await expectErrorThenRetry(canvasElement, 'mpp-booking-manager', reconnectOf(loaded));
    await expect((await settled(canvasElement)).heading).toBe(`Pemesanan ${(loaded as Loaded).booking.code}`);
  },
};
