// <mpp-service-catalog>: the MPP's services, against the in-browser reference server.
// Controls come from custom-elements.json (see .storybook/preview.ts).
import '@mpp-kit/elements/service-catalog/define.js';
import { ServiceCatalogHarness } from '@mpp-kit/elements/testing.js';
import type { MppClient } from '@mpp-kit/sdk';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect } from 'storybook/test';
import { HOSTILE_PORTAL_CSS } from '../packages/elements/src/test-support/hostile-portal-css.js';
import { flakyClient, stalledClient, storyClient } from './support/mpp-server.js';
import { expectErrorThenRetry, expectLoading } from './support/states.js';
import './support/stories.css';

interface CatalogArgs {
  /** `id` or `en`; unset follows `lang`. */
  locale?: 'id' | 'en';
  /** `light` or `dark`; unset follows the visitor's preference. */
  theme?: 'light' | 'dark';
  /** The search text. */
  query?: string;
  /** An agency id to narrow to, e.g. `dukcapil`. */
  agency?: string;
  /** A category slug to narrow to, e.g. `perizinan`. */
  category?: string;
  /** The id of the service whose detail is open, e.g. `ktp-el`. */
  service?: string;
}

/** The catalog with the story's arguments, over a client of the in-page server (or `client`). */
function catalog(args: CatalogArgs, client: MppClient = storyClient()): TemplateResult {
  return html`<mpp-service-catalog
    .client=${client}
    locale=${args.locale ?? nothing}
    theme=${args.theme ?? nothing}
    query=${args.query ?? nothing}
    agency=${args.agency ?? nothing}
    category=${args.category ?? nothing}
    service=${args.service ?? nothing}
    @mpp-service-select=${(event: CustomEvent) => console.info('mpp-service-select', event.detail)}
  ></mpp-service-catalog>`;
}

/** Waits for the catalog to load and returns its harness. */
async function loaded(canvasElement: HTMLElement): Promise<ServiceCatalogHarness> {
  const harness = new ServiceCatalogHarness(canvasElement.querySelector('mpp-service-catalog') as never);
  await harness.settled();
  return harness;
}

const meta = {
  title: 'Elements/Service catalog',
  component: 'mpp-service-catalog',
  render: (args) => catalog(args),
  argTypes: {
    locale: { control: 'inline-radio', options: [undefined, 'id', 'en'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    query: { control: 'text' },
    agency: { control: 'text' },
    category: { control: 'text' },
    service: { control: 'text' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Every agency’s services, searchable as you type (case and diacritics ignored; `ktp`, `paspor`, `nib`, `ijin` and agency short names understood), ' +
          'filterable by agency and category. A service’s detail lists what to bring, the cost, the completion time, where it is served and how to apply; ' +
          '"Ambil antrean" and "Booking" fire `mpp-service-select` (logged to the console).\n\n' +
          '```html\n<script type="module" src="https://cdn.jsdelivr.net/npm/@mpp-kit/elements/dist/mpp-kit.min.js"></script>\n' +
          '<mpp-service-catalog api-base="https://mpp.kedirikota.go.id/api" sync-url></mpp-service-catalog>\n```',
      },
    },
  },
} satisfies Meta<CatalogArgs>;

export default meta;
type Story = StoryObj<CatalogArgs>;

/** The whole catalog, grouped by agency; the first rows at once, more on scroll. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const list = await loaded(canvasElement);
    await expect(list.results[0]).toBe('Perekaman dan penerbitan KTP-el');
  },
};

/** Searching `paspor`: the Imigrasi group comes first, matches highlighted. */
export const SearchResults: Story = {
  args: { query: 'paspor' },
  play: async ({ canvasElement }) => {
    const list = await loaded(canvasElement);
    await expect(list.groups[0]).toBe('Imigrasi');
  },
};

/** Searching with a synonym the data does not carry: `ijin` finds every `izin`. */
export const Synonyms: Story = {
  args: { query: 'ijin usaha' },
};

/** A service's detail: the requirements checklist, cost, time, place, legal basis and channels. */
export const Detail: Story = {
  args: { service: 'paspor-elektronik', query: 'paspor' },
  play: async ({ canvasElement }) => {
    const list = await loaded(canvasElement);
    await expect(list.detailTitle).toBe('Paspor elektronik 48 halaman');
  },
};

/** Nothing matches the search. */
export const Empty: Story = {
  args: { query: 'kapal pesiar' },
  play: async ({ canvasElement }) => {
    await expect((await loaded(canvasElement)).count).toBe('Tidak ada layanan yang cocok');
  },
};

/** The loading skeleton, held still. */
export const Loading: Story = {
  render: (args) => catalog(args, stalledClient()),
  play: ({ canvasElement }) => expectLoading(canvasElement, 'mpp-service-catalog'),
};

/** The connection fails: the error panel with a retry button. Press "Coba lagi": the second attempt works. */
export const ErrorThenRetry: Story = {
  render: (args) => catalog(args, flakyClient()),
  play: ({ canvasElement }) => expectErrorThenRetry(canvasElement, 'mpp-service-catalog'),
};

/** English, with the detail open. */
export const English: Story = {
  args: { locale: 'en', service: 'ktp-el' },
  play: async ({ canvasElement }) => {
    await expect((await loaded(canvasElement)).facts['Cost']).toBe('Free');
  },
};

/** Indonesian, pinned with `locale="id"` whatever the page's `lang`. */
export const Indonesian: Story = {
  args: { locale: 'id', service: 'ktp-el' },
};

/** Dark, pinned with `theme="dark"`. */
export const Dark: Story = {
  args: { theme: 'dark', query: 'ktp', service: 'ktp-el' },
  render: (args) => html`<div class="mpp-story-dark">${catalog(args)}</div>`,
};

/** Light, pinned with `theme="light"`. */
export const Light: Story = {
  args: { theme: 'light', query: 'ktp' },
};

/** A 320 px wide column with a brand through the `--mpp-*` tokens: everything stacks, nothing scrolls sideways. */
export const BrandTokensNarrow: Story = {
  args: { service: 'nib-oss' },
  render: (args) => html`<div class="mpp-story-brand mpp-story-narrow">${catalog(args)}</div>`,
};

/** A portal whose global CSS is hostile; the catalog keeps its layout. */
export const HostilePortalCss: Story = {
  args: { query: 'ktp', service: 'ktp-el' },
  render: (args) => {
    const style = document.createElement('style');
    style.textContent = HOSTILE_PORTAL_CSS;
    return html`${style}
      <p>Teks portal / portal text</p>
      ${catalog(args)}`;
  },
  parameters: { docs: { story: { inline: false, iframeHeight: 1400 } } },
};
