// <mpp-visitor-stats>: the MPP's visitor statistics, against an in-page server
// of its own per story (the Kota Kediri seed with its imported monthly history,
// September 2023 to November 2026; its clock on the next open Monday morning,
// 7 December 2026 09:00 WIB), where each
// story's loader takes a few queue numbers through the SDK, as visitors at the
// kiosk would. Nothing is mocked: failing and stalled clients only wrap the fetch.
// Controls come from custom-elements.json (see .storybook/preview.ts).
import '@mpp-kit/elements/visitor-stats/define.js';
import { VisitorStatsHarness } from '@mpp-kit/elements/testing.js';
import type { MppClient } from '@mpp-kit/sdk';
import type { BrowserServer } from '@mpp-kit/server/browser';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect } from 'storybook/test';
import { fillQueue, queueStoryClient, queueStoryServer } from './support/queue-server.js';
import { expectLoading } from './support/states.js';
import './support/stories.css';

type MppVisitorStats = HTMLElementTagNameMap['mpp-visitor-stats'];

interface VisitorStatsArgs {
  /** `id` or `en`; unset follows `lang`. */
  locale?: 'id' | 'en';
  /** `light` or `dark`; unset follows the visitor's preference. */
  theme?: 'light' | 'dark';
  /** The period shown first: `30-days`, `12-months` or `all`. */
  range?: '30-days' | '12-months' | 'all';
  /** The level of the element's heading. */
  'heading-level'?: number;
}

/** What a story's loader prepares: a server with this morning's visitors. */
interface Loaded {
  server: BrowserServer;
}

/** The first open Monday morning after the imported history. */
const AFTER_HISTORY = '2026-12-07T09:00:00+07:00';

/** A fresh server with a morning's numbers taken: most at Dispendukcapil, then DPMPTSP, Samsat, Imigrasi. */
async function withVisitors(): Promise<Loaded> {
  const server = queueStoryServer(AFTER_HISTORY);
  await fillQueue(server, { 'ktp-el': 5, 'kartu-keluarga': 3, 'nib-oss': 3, 'pkb-tahunan': 2, 'paspor-biasa': 1 });
  return { server };
}

/** The element with the story's arguments over `client`. */
function statsOf(args: VisitorStatsArgs, client: MppClient): TemplateResult {
  return html`<mpp-visitor-stats
    .client=${client}
    locale=${args.locale ?? nothing}
    theme=${args.theme ?? nothing}
    range=${args.range ?? nothing}
    heading-level=${args['heading-level'] ?? nothing}
    @mpp-error=${(event: CustomEvent) => console.info('mpp-error', event.detail)}
  ></mpp-visitor-stats>`;
}

/** The element over a client of the loader's server, in the story's language. */
function loadedStats(args: VisitorStatsArgs, loaded: unknown): TemplateResult {
  return statsOf(args, queueStoryClient((loaded as Loaded).server, { locale: args.locale ?? 'id' }));
}

/** Waits for the element to settle and returns its harness. */
async function settled(canvasElement: HTMLElement): Promise<VisitorStatsHarness> {
  const harness = new VisitorStatsHarness(canvasElement.querySelector('mpp-visitor-stats') as MppVisitorStats);
  await harness.settled();
  return harness;
}

const meta = {
  title: 'Elements/Visitor statistics',
  component: 'mpp-visitor-stats',
  loaders: [withVisitors],
  render: (args, { loaded }) => loadedStats(args, loaded),
  argTypes: {
    locale: { control: 'inline-radio', options: [undefined, 'id', 'en'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    range: { control: 'inline-radio', options: [undefined, '30-days', '12-months', 'all'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The visitor statistics a regency publishes on its portal: visitors since opening, this month and today; the ' +
          'agencies ranked by visitors; visitors over time, with the totals imported from before the queue system drawn ' +
          'apart from those it recorded. The visitor picks the period; every chart has its data table one click away. ' +
          'Counts only, from the public `GET /v1/stats`.\n\n' +
          '```html\n<mpp-visitor-stats api-base="https://mpp.kedirikota.go.id/api" range="12-months"></mpp-visitor-stats>\n```',
      },
    },
  },
} satisfies Meta<VisitorStatsArgs>;

export default meta;
type Story = StoryObj<VisitorStatsArgs>;

/** The last 30 days per day: this morning's numbers (November's imported total needs the whole month in the period). */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const stats = await settled(canvasElement);
    await expect(stats.figures[0]).toBe('26.217');
    await expect(stats.ranking.bars[0]?.label).toBe('Dispendukcapil');
  },
};

/** Since opening, per month: the history imported with the seed (outlined) and the live counts (filled). */
export const SinceOpening: Story = {
  args: { range: 'all' },
  play: async ({ canvasElement }) => {
    const stats = await settled(canvasElement);
    await expect(stats.overTime.legend).toEqual(['Data historis (impor)', 'Tercatat sistem antrean']);
  },
};

/** The last 12 months with the data table of the time chart open, as a screen reader user or a journalist would use it. */
export const TableOpen: Story = {
  args: { range: '12-months' },
  play: async ({ canvasElement }) => {
    const stats = await settled(canvasElement);
    stats.overTime.toggleTable();
    await expect(stats.overTime.tableShown).toBe(true);
  },
};

/** English, with English number and date formats (`26,217`, `1 September 2023`). */
export const English: Story = {
  args: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const stats = await settled(canvasElement);
    await expect(stats.figures[0]).toBe('26,217');
  },
};

/** Dark, pinned with `theme="dark"` (unset, the element follows the visitor's colour-scheme preference). */
export const Dark: Story = {
  args: { theme: 'dark', range: 'all' },
  render: (args, { loaded }) => html`<div class="mpp-story-dark">${loadedStats(args, loaded)}</div>`,
};

/** A host's brand through the `--mpp-*` tokens, on a 320 px wide column. */
export const BrandTokensNarrow: Story = {
  args: { range: '12-months' },
  render: (args, { loaded }) => html`<div class="mpp-story-brand mpp-story-narrow">${loadedStats(args, loaded)}</div>`,
};

/** The loading skeleton, held still: it takes the charts' space, so nothing jumps when data arrives. */
export const Loading: Story = {
  render: (args, { loaded }) =>
    statsOf(args, queueStoryClient((loaded as Loaded).server, { fetch: () => new Promise<Response>(() => undefined) })),
  play: ({ canvasElement }) => expectLoading(canvasElement, 'mpp-visitor-stats'),
};

/** The connection fails: the error panel with a retry button. Press "Coba lagi": the second attempt works. */
export const ErrorThenRetry: Story = {
  render: (args, { loaded }) => {
    const { server } = loaded as Loaded;
    let calls = 0;
    return statsOf(
      args,
      queueStoryClient(server, {
        fetch: (request) => {
          calls += 1;
          return calls <= 2 ? Promise.reject(new TypeError('Failed to fetch')) : server.fetch(request);
        },
      }),
    );
  },
  play: async ({ canvasElement }) => {
    const stats = await settled(canvasElement);
    await expect(stats.error).toMatch(/^Data tidak dapat dimuat\./);
  },
};

/** A period without visitors (a server whose clock is years past the imported history): the empty state, the overview still there. */
export const Empty: Story = {
  loaders: [() => ({ server: queueStoryServer('2030-06-10T09:00:00+07:00') })],
  play: async ({ canvasElement }) => {
    const stats = await settled(canvasElement);
    await expect(stats.empty).toBe('Belum ada pengunjung pada periode ini.');
  },
};
