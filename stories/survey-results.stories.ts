// <mpp-survey-results>: the Indeks Kepuasan Masyarakat, against its own in-page
// server per story (the Kota Kediri seed, its clock on Monday 2 March 2026 09:00
// WIB) where each story's loader serves visitors and answers the survey through
// the API, as citizens and counters do. Nothing is mocked: every index, grade
// and sample comes from the reference server's survey engine.
// Controls come from custom-elements.json (see .storybook/preview.ts).
import '@mpp-kit/elements/survey-results/define.js';
import { SurveyResultsHarness } from '@mpp-kit/elements/testing.js';
import type { FetchLike } from '@mpp-kit/sdk';
import type { BrowserServer } from '@mpp-kit/server/browser';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect } from 'storybook/test';
import { allScores, answerSurveys, type SurveyVisits } from '../packages/elements/src/test-support/answer-surveys.js';
import { queueStoryClient, queueStoryServer } from './support/queue-server.js';
import { expectLoading } from './support/states.js';
import './support/stories.css';

type MppSurveyResults = HTMLElementTagNameMap['mpp-survey-results'];

interface SurveyResultsArgs {
  /** `id` or `en`; unset follows `lang`. */
  locale?: 'id' | 'en';
  /** `light` or `dark`; unset follows the visitor's preference. */
  theme?: 'light' | 'dark';
  /** The period shown first. */
  period?: 'this-month' | 'last-3-months' | 'this-year' | 'last-year';
  /** Only this agency's results, e.g. `dukcapil`. */
  agency?: string;
  /** Only this service's results, e.g. `ktp-el`. */
  service?: string;
  /** The level of the element's heading. */
  'heading-level'?: number;
}

/** The day the stories' periods end on: the servers' clocks start on it. */
const NOW = new Date('2026-03-02T12:00:00+07:00');

/** What a story's loader prepares: a server with responses on it. */
interface Loaded {
  server: BrowserServer;
}

/** Nine scores with every element at `base` except the ones `changes` set (by position). */
function scores(base: 1 | 2 | 3 | 4, changes: Readonly<Record<number, number>> = {}): number[] {
  return allScores(base).map((score, position) => changes[position] ?? score);
}

/** `count` respondents answering in turn from `patterns`. */
function respondents(count: number, patterns: readonly (readonly number[])[]): number[][] {
  return Array.from({ length: count }, (_, index) => [...(patterns[index % patterns.length] ?? [])]);
}

/** Suggestions as respondents write them (some in English: a visitor may). */
const SUGGESTIONS = [
  'Pelayanan cepat, petugas ramah. Terima kasih.',
  'Mohon tambah kursi di ruang tunggu lantai 2, sering penuh sebelum jam 10.',
  'Persyaratan di situs berbeda dengan yang diminta di loket.',
  'AC ruang tunggu kurang dingin siang hari.',
  'Nomor antrean online sangat membantu, tidak perlu datang pagi-pagi.',
  'Petugas menjelaskan dengan sabar.',
  'Please add English signs for the counters.',
  'Tempat parkir motor sempit.',
];

/**
 * A morning at the MPP: Dispendukcapil mostly good (waiting time its weakest
 * element), DPMPTSP very good, Samsat fair, Imigrasi good; everyone served answered.
 */
const MORNING: readonly SurveyVisits[] = [
  {
    serviceId: 'ktp-el',
    counterId: 'loket-1',
    answers: respondents(6, [scores(4, { 2: 2, 7: 3 }), scores(3, { 2: 2 }), scores(4, { 2: 3, 8: 3 })]),
    suggestions: SUGGESTIONS.slice(0, 3),
  },
  {
    serviceId: 'kartu-keluarga',
    counterId: 'loket-3',
    answers: respondents(3, [scores(3), scores(4, { 2: 2 })]),
    suggestions: SUGGESTIONS.slice(3, 4),
  },
  {
    serviceId: 'nib-oss',
    counterId: 'loket-5',
    answers: respondents(4, [scores(4), scores(4, { 8: 3 })]),
    suggestions: SUGGESTIONS.slice(4, 6),
  },
  {
    serviceId: 'pkb-tahunan',
    counterId: 'loket-7',
    answers: respondents(4, [scores(3, { 2: 2, 8: 2 }), scores(3, { 6: 2 })]),
    suggestions: SUGGESTIONS.slice(6, 8),
  },
  {
    serviceId: 'paspor-biasa',
    counterId: 'loket-9',
    answers: respondents(3, [scores(3, { 5: 4, 6: 4 }), scores(4, { 2: 3, 3: 3 })]),
  },
];

/** A fresh server with the visits of `groups` served and answered. */
async function serverWith(groups: readonly SurveyVisits[]): Promise<Loaded> {
  const server = queueStoryServer();
  const staff = queueStoryClient(server, { staffToken: server.staffToken });
  await answerSurveys({ citizen: queueStoryClient(server), staff }, groups);
  return { server };
}

/** Three respondents of KTP-el who all answered `pattern`: a whole MPP in one grade. */
function gradeOf(pattern: number[]): () => Promise<Loaded> {
  return () => serverWith([{ serviceId: 'ktp-el', counterId: 'loket-1', answers: respondents(3, [pattern]) }]);
}

/** The element over a client of `server` (or one with `fetch`); its events are logged. */
function resultsOf(
  args: SurveyResultsArgs,
  server: BrowserServer,
  options: { staffToken?: string; fetch?: FetchLike } = {},
): TemplateResult {
  return html`<mpp-survey-results
    .client=${queueStoryClient(server, { locale: args.locale ?? 'id', ...(options.fetch ? { fetch: options.fetch } : {}) })}
    .now=${NOW}
    .staffToken=${options.staffToken}
    locale=${args.locale ?? nothing}
    theme=${args.theme ?? nothing}
    period=${args.period ?? nothing}
    agency=${args.agency || nothing}
    service=${args.service || nothing}
    heading-level=${args['heading-level'] ?? nothing}
    @mpp-error=${(event: CustomEvent) => console.info('mpp-error', event.detail)}
  ></mpp-survey-results>`;
}

/** Waits for the element to settle and returns its harness. */
async function settled(canvasElement: HTMLElement): Promise<SurveyResultsHarness> {
  const harness = new SurveyResultsHarness(canvasElement.querySelector('mpp-survey-results') as MppSurveyResults);
  await harness.settled(15_000);
  return harness;
}

const meta = {
  title: 'Elements/Survey results',
  component: 'mpp-survey-results',
  loaders: [() => serverWith(MORNING)],
  render: (args, { loaded }) => resultsOf(args, (loaded as Loaded).server),
  argTypes: {
    locale: { control: 'inline-radio', options: [undefined, 'id', 'en'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    period: { control: 'select', options: [undefined, 'this-month', 'last-3-months', 'this-year', 'last-year'] },
    agency: { control: 'text' },
    service: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The Indeks Kepuasan Masyarakat (PermenPAN-RB No. 14 of 2017) of the MPP, an agency or a service: the index ' +
          '(25–100) and its grade, the nine elements’ averages as a chart with the weakest named, the respondents beside ' +
          'the regulation’s minimum sample, and the index per agency (or per service). With a staff token (the ' +
          '`staffToken` property, never an attribute) it also lists the respondents’ suggestions. Each story’s server ' +
          'serves visitors and answers the survey through the API on Monday 2 March 2026; the element’s `now` is fixed to that day.\n\n' +
          '```html\n<mpp-survey-results api-base="https://mpp.kedirikota.go.id/api" period="this-year"></mpp-survey-results>\n```',
      },
    },
  },
} satisfies Meta<SurveyResultsArgs>;

export default meta;
type Story = StoryObj<SurveyResultsArgs>;

/** The whole MPP over the last three months: grade B, "Waktu penyelesaian" the weakest, five agencies ranked. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const results = await settled(canvasElement);
    await expect(results.gradeLetter).toBe('B');
    await expect(results.groups.length).toBe(4);
  },
};

/** One agency (Dispendukcapil): its index, and the index of each of its services. */
export const OneAgency: Story = {
  args: { agency: 'dukcapil' },
  play: async ({ canvasElement }) => {
    const results = await settled(canvasElement);
    await expect(results.groupsHeading).toBe('IKM per layanan');
  },
};

/** Grade A (Sangat Baik): 4 on every element but "Waktu penyelesaian" (3), IKM 97,22. */
export const GradeA: Story = {
  loaders: [gradeOf(scores(4, { 2: 3 }))],
  play: async ({ canvasElement }) => {
    await expect((await settled(canvasElement)).grade).toBe('A (Sangat Baik)');
  },
};

/** Grade B (Baik): mostly 3, two elements 4, IKM 80,56. */
export const GradeB: Story = {
  loaders: [gradeOf(scores(3, { 3: 4, 6: 4 }))],
  play: async ({ canvasElement }) => {
    await expect((await settled(canvasElement)).grade).toBe('B (Baik)');
  },
};

/** Grade C (Kurang Baik): mostly 3, "Waktu penyelesaian" and "Penanganan pengaduan" 2, IKM 69,44. */
export const GradeC: Story = {
  loaders: [gradeOf(scores(3, { 2: 2, 7: 2 }))],
  play: async ({ canvasElement }) => {
    await expect((await settled(canvasElement)).grade).toBe('C (Kurang Baik)');
  },
};

/** Grade D (Tidak Baik): mostly 2, "Waktu penyelesaian" 1, IKM 52,78. */
export const GradeD: Story = {
  loaders: [gradeOf(scores(2, { 2: 1, 3: 3, 6: 3 }))],
  play: async ({ canvasElement }) => {
    await expect((await settled(canvasElement)).grade).toBe('D (Tidak Baik)');
  },
};

/** Six people served, three answered: the sample is below the regulation's minimum, and it says so. */
export const SampleBelowMinimum: Story = {
  loaders: [
    () =>
      serverWith([
        { serviceId: 'ktp-el', counterId: 'loket-1', answers: respondents(3, [scores(3, { 2: 2 })]), unanswered: 3 },
      ]),
  ],
  play: async ({ canvasElement }) => {
    await expect((await settled(canvasElement)).sampleEnough).toBe(false);
  },
};

/** No response in the period: the empty state (here: last year, before any visit). */
export const Empty: Story = {
  args: { period: 'last-year' },
  play: async ({ canvasElement }) => {
    await expect((await settled(canvasElement)).empty).toBe('Belum ada responden survei pada periode ini.');
  },
};

/**
 * Staff view: with the staff token set as a property, the respondents' suggestions, newest first. Twenty-five
 * respondents wrote one, so "Muat lebih banyak" loads the last five.
 */
export const StaffWithSuggestions: Story = {
  loaders: [
    () =>
      serverWith([
        ...MORNING,
        {
          serviceId: 'skck',
          counterId: 'loket-19',
          answers: respondents(17, [scores(4, { 2: 3 }), scores(3)]),
          suggestions: Array.from({ length: 17 }, (_, index) => SUGGESTIONS[index % SUGGESTIONS.length] ?? ''),
        },
      ]),
  ],
  render: (args, { loaded }) => {
    const { server } = loaded as Loaded;
    return resultsOf(args, server, { staffToken: server.staffToken });
  },
  play: async ({ canvasElement }) => {
    const results = await settled(canvasElement);
    await expect(results.suggestions.length).toBe(20);
    await results.loadMore();
    await expect(results.suggestions.length).toBe(25);
  },
};

/** In English, with English numbers ("80.56", not "80,56"). */
export const English: Story = {
  args: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect((await settled(canvasElement)).grade).toBe('B (Good)');
  },
};

/** Dark, pinned with `theme="dark"`, the elements' data table open. */
export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args, { loaded }) => html`<div class="mpp-story-dark">${resultsOf(args, (loaded as Loaded).server)}</div>`,
  play: async ({ canvasElement }) => {
    (await settled(canvasElement)).elementsChart.toggleTable();
  },
};

/** A host's brand through the `--mpp-*` tokens, on a 320 px wide column. */
export const BrandTokensNarrow: Story = {
  render: (args, { loaded }) =>
    html`<div class="mpp-story-brand mpp-story-narrow">${resultsOf(args, (loaded as Loaded).server)}</div>`,
};

/** Loading: the requests never finish, so the skeleton stays. */
export const Loading: Story = {
  render: (args, { loaded }) =>
    resultsOf(args, (loaded as Loaded).server, { fetch: () => new Promise<Response>(() => undefined) }),
  play: ({ canvasElement }) => expectLoading(canvasElement, 'mpp-survey-results'),
};

/** The connection fails the first time: the error panel. Press "Coba lagi": the second attempt works. */
export const ErrorThenRetry: Story = {
  render: (args, { loaded }) => {
    const { server } = loaded as Loaded;
    let failed = false;
    const fetch: FetchLike = (request) => {
      if (failed) return server.fetch(request);
      failed = true;
      return Promise.reject(new TypeError('Failed to fetch'));
    };
    return resultsOf(args, server, { fetch });
  },
  play: async ({ canvasElement }) => {
    const results = await settled(canvasElement);
    await expect(results.error).not.toBe(null);
  },
};
