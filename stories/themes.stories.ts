// Two regencies' themes, side by side: the real files of examples/themes
// (imported, so a change there shows here), each over the same widgets against
// the in-page reference server. The "Tema" toolbar (see .storybook/preview.ts)
// puts one theme on any other story.
import '@mpp-kit/elements/booking-form/define.js';
import '@mpp-kit/elements/queue-status/define.js';
import '@mpp-kit/elements/service-catalog/define.js';
import '@mpp-kit/elements/site-info/define.js';
import { ElementHarness } from '@mpp-kit/elements/testing.js';
import type { BrowserServer } from '@mpp-kit/server/browser';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { LitElement } from 'lit';
import { html, nothing, type TemplateResult } from 'lit';
import { expect } from 'storybook/test';
import '../examples/themes/kabupaten-kediri.css';
import '../examples/themes/kota-kediri.css';
import { storyClient, wib } from './support/mpp-server.js';
import { fillQueue, queueStoryClient, queueStoryServer } from './support/queue-server.js';
import './support/stories.css';

/** The regency themes of examples/themes, by the class each file defines. */
const REGENCY_THEMES = {
  'kota-kediri': 'Kota Kediri',
  'kabupaten-kediri': 'Kabupaten Kediri',
} as const;

type RegencyTheme = keyof typeof REGENCY_THEMES;

interface ThemesArgs {
  /** `light` or `dark` on every widget; unset follows the visitor's preference. */
  theme?: 'light' | 'dark';
  /** `id` or `en` on every widget; unset follows `lang`. */
  locale?: 'id' | 'en';
}

/** A queue server per story with people in line and numbers called, so the queue card is not empty. */
async function queueWithPeople(): Promise<{ server: BrowserServer }> {
  const server = queueStoryServer();
  await fillQueue(server, { 'ktp-el': 4, 'kartu-keluarga': 2, 'nib-oss': 3 });
  const staff = queueStoryClient(server, { staffToken: server.staffToken });
  for (const counter of ['loket-1', 'loket-3']) await staff.counters.callNext(counter);
  return { server };
}

/** The same widgets a regency portal would show, under `regency`'s theme. */
function widgets(regency: RegencyTheme, args: ThemesArgs, server: BrowserServer): TemplateResult {
  const theme = args.theme ?? nothing;
  const locale = args.locale ?? nothing;
  return html`<section class="mpp-story-theme ${regency}" aria-label=${REGENCY_THEMES[regency]}>
    <h2>${REGENCY_THEMES[regency]}</h2>
    <mpp-site-info
      .client=${storyClient()}
      now=${wib('2026-03-02T10:00:00')}
      heading-level="3"
      theme=${theme}
      locale=${locale}
    ></mpp-site-info>
    <mpp-service-catalog
      .client=${storyClient()}
      query="ktp"
      service="ktp-el"
      heading-level="3"
      theme=${theme}
      locale=${locale}
    ></mpp-service-catalog>
    <mpp-queue-status
      .client=${queueStoryClient(server)}
      agency="dukcapil"
      heading-level="3"
      theme=${theme}
      locale=${locale}
    ></mpp-queue-status>
    <mpp-booking-form
      .client=${queueStoryClient(server)}
      service="ktp-el"
      heading-level="3"
      theme=${theme}
      locale=${locale}
    ></mpp-booking-form>
  </section>`;
}

const WIDGETS = ['mpp-site-info', 'mpp-service-catalog', 'mpp-queue-status', 'mpp-booking-form'] as const;

/** Waits for every widget of the story to load. */
async function settled(canvasElement: HTMLElement): Promise<void> {
  for (const widget of canvasElement.querySelectorAll<LitElement>(WIDGETS.join(','))) {
    await new ElementHarness(widget).settled();
  }
}

/**
 * The colour a widget paints its buttons and headings with: its private local,
 * which the element resolves from the public token (or its own default).
 */
const primaryOf = (element: Element): string => getComputedStyle(element).getPropertyValue('--_primary').trim();

const meta = {
  title: 'Themes',
  tags: ['!autodocs'],
  loaders: [queueWithPeople],
  argTypes: {
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    locale: { control: 'inline-radio', options: [undefined, 'id', 'en'] },
  },
  parameters: { layout: 'fullscreen' },
} satisfies Meta<ThemesArgs>;

export default meta;
type Story = StoryObj<ThemesArgs>;

/**
 * Kota Kediri and Kabupaten Kediri next to each other: each widget takes its
 * colours, corners and focus ring from the section's theme class.
 */
export const SideBySide: Story = {
  parameters: {
    a11y: {
      config: {
        // The same widgets twice on purpose, one set per theme, so their regions share names;
        // a portal page shows each once (each story of one theme alone keeps the rule).
        rules: [{ id: 'landmark-unique', enabled: false }],
      },
    },
  },
  render: (args, { loaded }) => {
    const { server } = loaded as { server: BrowserServer };
    return html`<div class="mpp-story-themes">
      ${widgets('kota-kediri', args, server)} ${widgets('kabupaten-kediri', args, server)}
    </div>`;
  },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    const primaries: string[] = [];
    for (const regency of Object.keys(REGENCY_THEMES) as RegencyTheme[]) {
      const section = canvasElement.querySelector(`.${regency}`) as HTMLElement;
      const token = getComputedStyle(section).getPropertyValue('--mpp-color-primary').trim();
      // Every widget of the section wears the theme's primary colour, not the elements' default.
      for (const widget of section.querySelectorAll(WIDGETS.join(','))) {
        await expect(primaryOf(widget), `${widget.localName} in ${regency}`).toBe(token);
      }
      primaries.push(token);
    }
    await expect(primaries[0]).not.toBe('');
    await expect(primaries[0]).not.toBe(primaries[1]);
  },
};

/** Kota Kediri's theme alone, at the width of a portal's main column. */
export const KotaKediri: Story = {
  render: (args, { loaded }) =>
    html`<div class="mpp-story-themes">
      ${widgets('kota-kediri', args, (loaded as { server: BrowserServer }).server)}
    </div>`,
  play: async ({ canvasElement }) => settled(canvasElement),
};

/** Kabupaten Kediri's theme alone, at the width of a portal's main column. */
export const KabupatenKediri: Story = {
  render: (args, { loaded }) =>
    html`<div class="mpp-story-themes">
      ${widgets('kabupaten-kediri', args, (loaded as { server: BrowserServer }).server)}
    </div>`,
  play: async ({ canvasElement }) => settled(canvasElement),
};
