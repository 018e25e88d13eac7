// <mpp-site-info>: the MPP's card, against the in-browser reference server.
// Controls come from custom-elements.json (see .storybook/preview.ts).
import '@mpp-kit/elements/site-info/define.js';
import type { MppClient } from '@mpp-kit/sdk';
import { SiteInfoHarness } from '@mpp-kit/elements/testing.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect } from 'storybook/test';
import { HOSTILE_PORTAL_CSS } from '../packages/elements/src/test-support/hostile-portal-css.js';
import { flakyClient, stalledClient, storyClient, wib } from './support/mpp-server.js';
import { expectErrorThenRetry, expectLoading } from './support/states.js';
import './support/stories.css';

interface SiteInfoArgs {
  /** `id` or `en`; unset follows `lang`. */
  locale?: 'id' | 'en';
  /** `light` or `dark`; unset follows the visitor's preference. */
  theme?: 'light' | 'dark';
  /** The instant the opening status is evaluated at (ISO 8601 with offset). */
  now?: string;
  /** The heading level of the card. */
  'heading-level'?: number;
}

/** The card with the story's arguments, over a client of the in-page server (or `client`). */
function card(args: SiteInfoArgs, client: MppClient = storyClient()): TemplateResult {
  return html`<mpp-site-info
    .client=${client}
    locale=${args.locale ?? nothing}
    theme=${args.theme ?? nothing}
    now=${args.now ?? nothing}
    heading-level=${args['heading-level'] ?? nothing}
  ></mpp-site-info>`;
}

/** Waits for the card to load and returns its harness. */
async function loaded(canvasElement: HTMLElement): Promise<SiteInfoHarness> {
  const harness = new SiteInfoHarness(canvasElement.querySelector('mpp-site-info') as never);
  await harness.settled();
  return harness;
}

const meta = {
  title: 'Elements/Site info',
  component: 'mpp-site-info',
  render: (args) => card(args),
  argTypes: {
    locale: { control: 'inline-radio', options: [undefined, 'id', 'en'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    now: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  args: { now: wib('2026-03-02T10:00:00') },
  parameters: {
    docs: {
      description: {
        component:
          'The MPP’s card: name and address, whether it is open right now (in the site’s time zone, with breaks and holidays), ' +
          'the week’s hours with today highlighted, upcoming closures, and the facilities. ' +
          'The stories fix `now` so the status is the same every day; without it the card follows the clock, minute by minute.\n\n' +
          '```html\n<script type="module" src="https://cdn.jsdelivr.net/npm/@mpp-kit/elements/dist/mpp-kit.min.js"></script>\n' +
          '<mpp-site-info api-base="https://mpp.kedirikota.go.id/api"></mpp-site-info>\n```',
      },
    },
  },
} satisfies Meta<SiteInfoArgs>;

export default meta;
type Story = StoryObj<SiteInfoArgs>;

/** Monday morning: open, the lunch break ahead. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const info = await loaded(canvasElement);
    await expect(info.name).toBe('Mal Pelayanan Publik Kota Kediri');
    await expect(info.status).toBe('Buka · istirahat pukul 12.00');
  },
};

/** Friday at 11.30: the Friday prayer break, shown in the status and in the week. */
export const FridayBreak: Story = {
  args: { now: wib('2026-03-06T11:30:00') },
  play: async ({ canvasElement }) => {
    await expect((await loaded(canvasElement)).status).toBe('Istirahat salat Jumat sampai 13.00');
  },
};

/** English, for portals that offer it; API text falls back to Indonesian where the regency gave no translation. */
export const English: Story = {
  args: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect((await loaded(canvasElement)).status).toBe('Open · break at 12:00');
  },
};

/** Dark, pinned with `theme="dark"` (unset, the card follows the visitor's colour-scheme preference). */
export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args) => html`<div class="mpp-story-dark">${card(args)}</div>`,
};

/** A holiday: Idulfitri closes the MPP for days, and the card says when it opens again. */
export const Holiday: Story = {
  args: { now: wib('2026-03-21T10:00:00') },
  play: async ({ canvasElement }) => {
    await expect((await loaded(canvasElement)).status).toMatch(/^Tutup hari ini: Hari Raya Idulfitri/);
  },
};

/** Saturday: closed, open again on Monday. */
export const ClosedWeekend: Story = {
  args: { now: wib('2026-03-07T10:00:00') },
  play: async ({ canvasElement }) => {
    await expect((await loaded(canvasElement)).statusKind).toBe('closed');
  },
};

/** The loading skeleton, held still: it takes the card's space, so nothing jumps when data arrives. */
export const Loading: Story = {
  render: (args) => card(args, stalledClient()),
  play: ({ canvasElement }) => expectLoading(canvasElement, 'mpp-site-info'),
};

/** The connection fails: the error panel with a retry button. Press "Coba lagi": the second attempt works. */
export const ErrorThenRetry: Story = {
  render: (args) => card(args, flakyClient()),
  play: async ({ canvasElement }) => {
    await expectErrorThenRetry(canvasElement, 'mpp-site-info');
    await expect((await loaded(canvasElement)).name).toBe('Mal Pelayanan Publik Kota Kediri');
  },
};

/** The API answers with an error: its own message (in the element's language) and the request id. */
export const ApiError: Story = {
  render: (args) => card(args, storyClient({ path: '/salah-alamat' })),
  play: async ({ canvasElement }) => {
    await expect((await loaded(canvasElement)).error).toMatch(/Kode permintaan: \S+/);
  },
};

/** A host's brand through the `--mpp-*` tokens, on a 320 px wide column. */
export const BrandTokensNarrow: Story = {
  render: (args) => html`<div class="mpp-story-brand mpp-story-narrow">${card(args)}</div>`,
};

/**
 * A portal whose global CSS is hostile: `* { line-height; letter-spacing }`, a 40 px root font, bold italic
 * centred uppercase body text, and rules for bare `button`, `h2`, `table`, `ul`, `a` and `svg`. The card keeps its layout.
 */
export const HostilePortalCss: Story = {
  render: (args) => {
    const style = document.createElement('style');
    style.textContent = HOSTILE_PORTAL_CSS;
    return html`${style}
      <p>Teks portal / portal text</p>
      ${card(args)}`;
  },
  parameters: { docs: { story: { inline: false, iframeHeight: 1100 } } },
};
