// <mpp-ticket>: a visitor's queue number, taken online and followed live,
// against its own in-page queue server (the Kota Kediri seed, an open Monday
// morning, a few people in line). Every number comes from the real queue engine.
// Controls come from custom-elements.json (see .storybook/preview.ts).
import '@mpp-kit/elements/service-catalog/define.js';
import '@mpp-kit/elements/ticket/define.js';
import { TicketHarness } from '@mpp-kit/elements/testing.js';
import type { FetchLike } from '@mpp-kit/sdk';
import type { BrowserServer } from '@mpp-kit/server/browser';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { HOSTILE_PORTAL_CSS } from '../packages/elements/src/test-support/hostile-portal-css.js';
import {
  withConnection,
  fillQueue,
  queueStoryClient,
  queueStoryServer,
  scriptedCounter,
  stalledFetch,
  type StoryConnection,
} from './support/queue-server.js';
import { expectLoading } from './support/states.js';
import './support/stories.css';

type MppTicket = HTMLElementTagNameMap['mpp-ticket'];

interface TicketArgs {
  /** `id` or `en`; unset follows `lang`. */
  locale?: 'id' | 'en';
  /** `light` or `dark`; unset follows the visitor's preference. */
  theme?: 'light' | 'dark';
  /** The service to take numbers for. */
  service?: string | undefined;
  /** The level of the card's heading. */
  'heading-level'?: number;
}

/** What a story's loader prepares: a queue server with people waiting. */
interface Loaded {
  server: BrowserServer;
}

/** Stops the live story's scripted counter when the story is left. */
let stopScript: (() => void) | undefined;

/** A fresh server per story (and a fresh session: no ticket held from another story), with people in line. */
async function queueWithPeople(): Promise<Loaded> {
  sessionStorage.clear();
  const server = queueStoryServer();
  await fillQueue(server, { 'ktp-el': 3, kia: 1 });
  return { server };
}

/** The ticket over a client of `server`. */
function ticketOf(
  args: TicketArgs,
  server: BrowserServer,
  extra: { ticketId?: string; fetch?: FetchLike } = {},
): TemplateResult {
  const { fetch } = extra;
  return html`<mpp-ticket
    .client=${queueStoryClient(server, { locale: args.locale ?? 'id', ...(fetch ? { fetch } : {}) })}
    service=${args.service ?? nothing}
    ticket-id=${extra.ticketId ?? nothing}
    locale=${args.locale ?? nothing}
    theme=${args.theme ?? nothing}
    heading-level=${args['heading-level'] ?? nothing}
    @mpp-ticket-taken=${(event: CustomEvent) => console.info('mpp-ticket-taken', event.detail)}
    @mpp-ticket-called=${(event: CustomEvent) => console.info('mpp-ticket-called', event.detail)}
    @mpp-ticket-cancelled=${(event: CustomEvent) => console.info('mpp-ticket-cancelled', event.detail)}
    @mpp-error=${(event: CustomEvent) => console.info('mpp-error', event.detail)}
  ></mpp-ticket>`;
}

/** Waits for the ticket to settle and returns its harness. */
async function settled(canvasElement: HTMLElement): Promise<TicketHarness> {
  const harness = new TicketHarness(canvasElement.querySelector('mpp-ticket') as MppTicket);
  await harness.settled();
  return harness;
}

const meta = {
  title: 'Elements/Ticket',
  component: 'mpp-ticket',
  loaders: [queueWithPeople],
  render: (args, { loaded }) => ticketOf(args, (loaded as Loaded).server),
  beforeEach: () => () => {
    stopScript?.();
    stopScript = undefined;
  },
  argTypes: {
    locale: { control: 'inline-radio', options: [undefined, 'id', 'en'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    service: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  args: { service: 'ktp-el' },
  parameters: {
    docs: {
      description: {
        component:
          'A visitor’s queue number (nomor antrean): a button takes one online (a double click or a retry never makes two), ' +
          'then the card shows the number, the people ahead and the estimated wait, live. When the number is called it says ' +
          '“Silakan menuju Loket 1”, vibrates the phone and, if the visitor allowed it with “Beri tahu saya”, shows a notification. ' +
          'The ticket id is kept in `sessionStorage`, so a reload resumes it.\n\n' +
          '```html\n<script type="module" src="https://cdn.jsdelivr.net/npm/@mpp-kit/elements/dist/mpp-kit.min.js"></script>\n' +
          '<mpp-ticket api-base="https://mpp.kedirikota.go.id/api" service="ktp-el"></mpp-ticket>\n```\n\n' +
          'With the catalog, hand its `mpp-service-select` to the ticket:\n\n' +
          "```js\nconst ticket = document.querySelector('mpp-ticket');\n" +
          "document.addEventListener('mpp-service-select', (event) => {\n" +
          "  if (event.detail.action !== 'queue') return;\n" +
          '  ticket.service = event.detail.serviceId;\n' +
          '  ticket.take();\n' +
          "  ticket.scrollIntoView({ block: 'nearest' });\n" +
          '});\n```',
      },
    },
  },
} satisfies Meta<TicketArgs>;

export default meta;
type Story = StoryObj<TicketArgs>;

/** Before taking: the service's line now, and the take button. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const ticket = await settled(canvasElement);
    await expect(ticket.heading).toBe('Antrean Perekaman dan penerbitan KTP-el');
    await expect(ticket.canTake).toBe(true);
  },
};

/** A number taken: three people ahead, the estimated wait, "Beri tahu saya" and the cancel button. */
export const Taken: Story = {
  play: async ({ canvasElement }) => {
    const ticket = await settled(canvasElement);
    await ticket.take();
    await expect(ticket.number).toBe('A-004');
    await expect(ticket.peopleAhead).toBe('3 orang');
  },
};

/**
 * Live: a scripted counter calls the next KTP-el number every 4 seconds (taking a new one when the
 * line is empty). The ticket's people ahead go down, then "Silakan menuju Loket 1/2" appears.
 */
export const LiveUntilCalled: Story = {
  render: (args, { loaded }) => {
    const { server } = loaded as Loaded;
    stopScript?.();
    stopScript = scriptedCounter(server, { counters: ['loket-1', 'loket-2'], serviceId: 'ktp-el', everyMs: 4000 });
    return ticketOf(args, server);
  },
  play: async ({ canvasElement }) => {
    const ticket = await settled(canvasElement);
    await ticket.take();
    await waitFor(() => expect(ticket.callMessage).toMatch(/^Silakan menuju Loket [12]/), { timeout: 30_000 });
  },
};

/** The call, at once: the number was called to Loket 1 right after it was taken. */
export const Called: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { server } = loaded as Loaded;
    const ticket = await settled(canvasElement);
    await ticket.take();
    const staff = queueStoryClient(server, { staffToken: server.staffToken });
    for (let call = 0; call < 4; call += 1) await staff.counters.callNext('loket-1');
    await waitFor(() => expect(ticket.callMessage).toBe('Silakan menuju Loket 1 Nomor A-004 dipanggil.'));
  },
};

/** The inline confirmation before cancelling. */
export const ConfirmCancel: Story = {
  play: async ({ canvasElement }) => {
    const ticket = await settled(canvasElement);
    await ticket.take();
    await ticket.cancel();
    await expect(ticket.confirmation).toBe('Batalkan nomor A-004? Nomor yang dibatalkan tidak dapat dipakai lagi.');
  },
};

/** A ticket given by `ticket-id` (e.g. from `mpp-ticket-taken` on another page): no take button. */
export const ByTicketId: Story = {
  loaders: [
    async (): Promise<Loaded & { ticketId: string }> => {
      const { server } = await queueWithPeople();
      const ticket = await queueStoryClient(server).tickets.take({ serviceId: 'kia' });
      return { server, ticketId: ticket.id };
    },
  ],
  render: (args, { loaded }) => {
    const { server, ticketId } = loaded as Loaded & { ticketId: string };
    return ticketOf({ ...args, service: undefined }, server, { ticketId });
  },
};

/** English. */
export const English: Story = {
  args: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const ticket = await settled(canvasElement);
    await ticket.take();
    await expect(ticket.peopleAhead).toBe('3 people');
  },
};

/** Dark, pinned with `theme="dark"`. */
export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args, { loaded }) => html`<div class="mpp-story-dark">${ticketOf(args, (loaded as Loaded).server)}</div>`,
  play: async ({ canvasElement }) => {
    await (await settled(canvasElement)).take();
  },
};

/** The daily quota is used up (Paspor hilang/rusak gives 10 a day): it says when numbers are given again. */
export const QuotaExceeded: Story = {
  args: { service: 'paspor-hilang-rusak' },
  loaders: [
    async (): Promise<Loaded> => {
      const { server } = await queueWithPeople();
      await fillQueue(server, { 'paspor-hilang-rusak': 10 });
      return { server };
    },
  ],
  play: async ({ canvasElement }) => {
    const ticket = await settled(canvasElement);
    await ticket.take();
    await expect(ticket.refusal).toMatch(/^Kuota nomor antrean layanan ini untuk hari ini sudah habis\./);
  },
};

/** Sunday: the MPP is closed, numbers can be taken again tomorrow at 08.00 (by the server's clock). */
export const ClosedSunday: Story = {
  loaders: [
    (): Loaded => {
      sessionStorage.clear();
      return { server: queueStoryServer('2026-03-01T10:00:00+07:00') };
    },
  ],
  play: async ({ canvasElement }) => {
    const ticket = await settled(canvasElement);
    await ticket.take();
    await expect(ticket.refusal).toBe('MPP sedang tutup. Nomor antrean dapat diambil lagi besok pukul 08.00.');
  },
};

/** With the catalog: open a service, press "Ambil antrean", and the ticket beside it takes the number. */
export const WithCatalog: Story = {
  render: (args, { loaded }) => {
    const { server } = loaded as Loaded;
    const client = queueStoryClient(server);
    const onSelect = (event: CustomEvent<{ serviceId: string; action: 'queue' | 'booking' }>): void => {
      if (event.detail.action !== 'queue') return;
      const ticket = (event.currentTarget as HTMLElement).querySelector('mpp-ticket') as MppTicket;
      ticket.service = event.detail.serviceId;
      void ticket.take();
      ticket.scrollIntoView({ block: 'nearest' });
    };
    return html`<div @mpp-service-select=${onSelect}>
      <mpp-service-catalog .client=${client} locale=${args.locale ?? nothing}></mpp-service-catalog>
      <mpp-ticket .client=${client} locale=${args.locale ?? nothing}></mpp-ticket>
    </div>`;
  },
};

/** A 320 px column with the text at 200%: everything wraps, nothing scrolls sideways. */
export const NarrowLargeText: Story = {
  render: (args, { loaded }) =>
    html`<div class="mpp-story-narrow" style="--mpp-font-size: 200%">
      ${ticketOf(args, (loaded as Loaded).server)}
    </div>`,
  play: async ({ canvasElement }) => {
    await (await settled(canvasElement)).take();
  },
};

/** A portal whose global CSS is hostile: the card keeps its layout. */
export const HostilePortalCss: Story = {
  render: (args, { loaded }) => {
    const style = document.createElement('style');
    style.textContent = HOSTILE_PORTAL_CSS;
    return html`${style}
      <p>Teks portal / portal text</p>
      ${ticketOf(args, (loaded as Loaded).server)}`;
  },
  play: async ({ canvasElement }) => {
    await (await settled(canvasElement)).take();
  },
  parameters: { docs: { story: { inline: false, iframeHeight: 900 } } },
};

/** The loading skeleton, held still: the service's line is on its way. */
export const Loading: Story = {
  render: (args, { loaded }) => ticketOf(args, (loaded as Loaded).server, { fetch: stalledFetch }),
  play: ({ canvasElement }) => expectLoading(canvasElement, 'mpp-ticket'),
};

/**
 * The connection drops as the visitor presses the take button: the error panel with "Coba lagi"; back online,
 * the retry takes the number (once: the retry repeats the same request).
 */
export const TakeFailsThenRetry: Story = {
  loaders: [withConnection(queueWithPeople)],
  render: (args, { loaded }) => {
    const { server, connection } = loaded as Loaded & { connection: StoryConnection };
    return ticketOf(args, server, { fetch: connection.fetch });
  },
  play: async ({ canvasElement, loaded }) => {
    const ticket = await settled(canvasElement);
    const { connection } = loaded as { connection: StoryConnection };
    connection.online = false;
    await ticket.take();
    await expect(ticket.error).toMatch(/^Nomor antrean belum berhasil diambil\. Tidak dapat terhubung ke server/);
    connection.online = true;
    await ticket.retry();
    await expect(ticket.error).toBeNull();
    await expect(ticket.number).toBe('A-004');
  },
};

/** A `ticket-id` the server does not know (a number from another day): said plainly, with no retry. */
export const TicketNotFound: Story = {
  render: (args, { loaded }) =>
    ticketOf({ ...args, service: undefined }, (loaded as Loaded).server, { ticketId: 'tkt_tidak_ada' }),
  play: async ({ canvasElement }) => {
    const ticket = await settled(canvasElement);
    await expect(ticket.error).toMatch(/Nomor antrean ini tidak ditemukan/);
  },
};
