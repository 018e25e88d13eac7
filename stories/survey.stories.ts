// <mpp-survey>: the satisfaction survey (SKM), against its own in-page server
// (the Kota Kediri seed, its clock on an open Monday morning, 2 March 2026
// 09:00 WIB). Each story's loader takes a KTP-el number, has Loket 1 call and
// complete it through the staff API, and reads the visit's survey code, as the
// ticket card and the counter console do. Nothing is mocked.
// Controls come from custom-elements.json (see .storybook/preview.ts).
import '@mpp-kit/elements/survey/define.js';
import { SURVEY_ELEMENTS, type SurveyAnswers } from '@mpp-kit/contract';
import { SurveyHarness } from '@mpp-kit/elements/testing.js';
import type { FetchLike } from '@mpp-kit/sdk';
import { fixedClock } from '@mpp-kit/server';
import { createBrowserServer, type BrowserServer } from '@mpp-kit/server/browser';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect } from 'storybook/test';
import { OPEN_MONDAY, queueStoryClient, queueStoryServer } from './support/queue-server.js';
import './support/stories.css';

type MppSurvey = HTMLElementTagNameMap['mpp-survey'];

interface SurveyArgs {
  /** `id` or `en`; unset follows `lang`. */
  locale?: 'id' | 'en';
  /** `light` or `dark`; unset follows the visitor's preference. */
  theme?: 'light' | 'dark';
  /** The level of the screens' headings. */
  'heading-level'?: number;
}

/** What a story's loader prepares: a server, the survey code of a completed visit, and the fetch the survey uses. */
interface Loaded {
  server: BrowserServer;
  code: string;
  fetch?: FetchLike;
}

/** Nine answers in the regulation's order. */
const SCORES = [4, 3, 3, 4, 4, 4, 4, 3, 4] as const;

/** Takes a KTP-el number, has Loket 1 call and complete it, and returns the visit's survey code. */
async function completedVisit(server: BrowserServer): Promise<string> {
  const client = queueStoryClient(server);
  const ticket = await client.tickets.take({ serviceId: 'ktp-el' }, { idempotencyKey: crypto.randomUUID() });
  const staff = queueStoryClient(server, { staffToken: server.staffToken });
  await staff.counters.callNext('loket-1');
  await staff.counters.complete('loket-1');
  return (await client.survey.invitation(ticket.id)).code;
}

/** A fresh server per story with one completed visit, and a few earlier responses so the IKM means something. */
async function withVisit(): Promise<Loaded> {
  const server = queueStoryServer();
  const client = queueStoryClient(server);
  const earlier: readonly (readonly number[])[] = [
    [3, 3, 2, 4, 3, 3, 4, 2, 3],
    [4, 4, 3, 4, 4, 3, 4, 3, 3],
    [3, 2, 2, 4, 3, 3, 3, 2, 3],
  ];
  for (const scores of earlier) {
    const code = await completedVisit(server);
    const answers = Object.fromEntries(
      SURVEY_ELEMENTS.map((element, index) => [element.key, scores[index]]),
    ) as SurveyAnswers;
    await client.survey.submit({ code, answers });
  }
  return { server, code: await completedVisit(server) };
}

/** The same, whose code the visitor already used (from another phone). */
async function withAnsweredCode(): Promise<Loaded> {
  const loaded = await withVisit();
  const answers = Object.fromEntries(SURVEY_ELEMENTS.map((element) => [element.key, 3])) as SurveyAnswers;
  await queueStoryClient(loaded.server).survey.submit({ code: loaded.code, answers });
  return loaded;
}

/** A server whose clock stands still, moved eight days past the visit: its code has expired. */
async function withExpiredCode(): Promise<Loaded> {
  const clock = fixedClock(OPEN_MONDAY);
  const server = createBrowserServer({ clock });
  const code = await completedVisit(server);
  clock.advance(8 * 86_400_000);
  return { server, code };
}

/** A visit whose survey is sent over a connection that is down. */
async function withConnectionDown(): Promise<Loaded> {
  const loaded = await withVisit();
  return { ...loaded, fetch: () => Promise.reject(new TypeError('Failed to fetch')) };
}

/** The survey over a client of `server`; its events are logged (they carry nothing personal). */
function surveyOf(args: SurveyArgs, loaded: Loaded, code?: string): TemplateResult {
  const { server, fetch } = loaded;
  return html`<mpp-survey
    .client=${queueStoryClient(server, { locale: args.locale ?? 'id', ...(fetch ? { fetch } : {}) })}
    .code=${code}
    locale=${args.locale ?? nothing}
    theme=${args.theme ?? nothing}
    heading-level=${args['heading-level'] ?? nothing}
    @mpp-survey-submitted=${(event: CustomEvent) => console.info('mpp-survey-submitted', event.detail)}
    @mpp-error=${(event: CustomEvent) => console.info('mpp-error', event.detail)}
  ></mpp-survey>`;
}

/** Waits for the survey to settle and returns its harness. */
async function settled(canvasElement: HTMLElement): Promise<SurveyHarness> {
  const harness = new SurveyHarness(canvasElement.querySelector('mpp-survey') as MppSurvey);
  await harness.settled();
  return harness;
}

/** Answers all nine questions and passes the optional profile: the last screen. */
async function toLastScreen(survey: SurveyHarness): Promise<void> {
  await survey.answerAll(SCORES);
  await survey.next();
}

const meta = {
  title: 'Elements/Survey',
  component: 'mpp-survey',
  loaders: [withVisit],
  render: (args, { loaded }) => surveyOf(args, loaded as Loaded),
  argTypes: {
    locale: { control: 'inline-radio', options: [undefined, 'id', 'en'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The Survei Kepuasan Masyarakat (PermenPAN-RB No. 14 of 2017) for a visitor whose service was completed: ' +
          'entered with the survey code from the ticket card or the counter (or the link `#kode=…`, which the element ' +
          'reads and removes from the address bar), then the nine elements one per screen with the regulation’s ' +
          'answers, the optional profile and suggestion, and a thank-you with the current IKM. No name, NIK or phone.\n\n' +
          '```html\n<mpp-survey api-base="https://mpp.kedirikota.go.id/api"></mpp-survey>\n```',
      },
    },
  },
} satisfies Meta<SurveyArgs>;

export default meta;
type Story = StoryObj<SurveyArgs>;

/** The code screen, as a kiosk shows it to the next visitor. */
export const CodeEntry: Story = {
  play: async ({ canvasElement }) => {
    await expect((await settled(canvasElement)).codeField).not.toBe(null);
  },
};

/** A code that cannot be one: said on the field. */
export const CodeInvalid: Story = {
  play: async ({ canvasElement }) => {
    const survey = await settled(canvasElement);
    await survey.enterCode('7QX4-M2K');
    await expect(survey.codeError).not.toBe(null);
  },
};

/** The first question, entered with the code typed in lower case with a space. */
export const FirstQuestion: Story = {
  play: async ({ canvasElement, loaded }) => {
    const survey = await settled(canvasElement);
    await survey.enterCode((loaded as Loaded).code.toLowerCase().replace('-', ' '));
    await expect(survey.heading).toBe('Persyaratan');
  },
};

/** Question 4 of 9, Biaya/tarif, answered "Gratis"; opened with the `code` property. */
export const Answering: Story = {
  render: (args, { loaded }) => surveyOf(args, loaded as Loaded, (loaded as Loaded).code),
  play: async ({ canvasElement }) => {
    const survey = await settled(canvasElement);
    await survey.answerAll(SCORES.slice(0, 3));
    await survey.choose('Gratis');
    await expect(survey.progress).toBe('Pertanyaan 4 dari 9');
  },
};

/** "Lanjut" without an answer. */
export const AnswerMissing: Story = {
  render: (args, { loaded }) => surveyOf(args, loaded as Loaded, (loaded as Loaded).code),
  play: async ({ canvasElement }) => {
    const survey = await settled(canvasElement);
    await survey.next();
    await expect(survey.stepMessage).not.toBe(null);
  },
};

/** The optional respondent profile, partly filled in. */
export const Profile: Story = {
  render: (args, { loaded }) => surveyOf(args, loaded as Loaded, (loaded as Loaded).code),
  play: async ({ canvasElement }) => {
    const survey = await settled(canvasElement);
    await survey.answerAll(SCORES);
    await survey.fillProfile({ ageGroup: '30-39', occupation: 'entrepreneur' });
    await expect(survey.screen).toBe('profile');
  },
};

/** The last screen: the suggestion with its counter, and "Kirim survei". */
export const Suggestion: Story = {
  render: (args, { loaded }) => surveyOf(args, loaded as Loaded, (loaded as Loaded).code),
  play: async ({ canvasElement }) => {
    const survey = await settled(canvasElement);
    await toLastScreen(survey);
    await survey.writeSuggestion('Ruang tunggu nyaman, tetapi parkir motor terlalu sempit.');
    await expect(survey.counter).not.toBe(null);
  },
};

/** Sent: the thank-you with the current IKM and its grade, and "Isi survei lain" for the next person. */
export const ThankYou: Story = {
  render: (args, { loaded }) => surveyOf(args, loaded as Loaded, (loaded as Loaded).code),
  play: async ({ canvasElement }) => {
    const survey = await settled(canvasElement);
    await toLastScreen(survey);
    await survey.submit();
    await expect(survey.ikm).not.toBe(null);
  },
};

/** An unknown code, found out on sending: back to the code field, every answer kept. */
export const CodeUnknown: Story = {
  render: (args, { loaded }) => surveyOf(args, loaded as Loaded, '7QX4-M2KP'),
  play: async ({ canvasElement }) => {
    const survey = await settled(canvasElement);
    await toLastScreen(survey);
    await survey.submit();
    await expect(survey.screen).toBe('code');
  },
};

/** The code was already used: the first response is kept, this one cannot be sent. */
export const AlreadyAnswered: Story = {
  loaders: [withAnsweredCode],
  render: (args, { loaded }) => surveyOf(args, loaded as Loaded, (loaded as Loaded).code),
  play: async ({ canvasElement }) => {
    const survey = await settled(canvasElement);
    await toLastScreen(survey);
    await survey.submit();
    await expect(survey.screen).toBe('closed');
  },
};

/** The code expired: seven days after the visit have passed. */
export const Expired: Story = {
  loaders: [withExpiredCode],
  render: (args, { loaded }) => surveyOf(args, loaded as Loaded, (loaded as Loaded).code),
  play: async ({ canvasElement }) => {
    const survey = await settled(canvasElement);
    await toLastScreen(survey);
    await survey.submit();
    await expect(survey.refusal).not.toBe(null);
  },
};

/** The connection is down: the answers stay, with "Coba lagi". */
export const ConnectionLost: Story = {
  loaders: [withConnectionDown],
  render: (args, { loaded }) => surveyOf(args, loaded as Loaded, (loaded as Loaded).code),
  play: async ({ canvasElement }) => {
    const survey = await settled(canvasElement);
    await toLastScreen(survey);
    await survey.submit();
    await expect(survey.error).not.toBe(null);
  },
};

/** English, on the first question. */
export const English: Story = {
  args: { locale: 'en' },
  render: (args, { loaded }) => surveyOf(args, loaded as Loaded, (loaded as Loaded).code),
  play: async ({ canvasElement }) => {
    await expect((await settled(canvasElement)).heading).toBe('Requirements');
  },
};

/** English thank-you. */
export const EnglishThankYou: Story = {
  args: { locale: 'en' },
  render: (args, { loaded }) => surveyOf(args, loaded as Loaded, (loaded as Loaded).code),
  play: async ({ canvasElement }) => {
    const survey = await settled(canvasElement);
    await toLastScreen(survey);
    await survey.submit();
    await expect(survey.heading).toBe('Thank you!');
  },
};

/** Dark, pinned with `theme="dark"`, on a question with an answer chosen. */
export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args, { loaded }) => surveyOf(args, loaded as Loaded, (loaded as Loaded).code),
  play: async ({ canvasElement }) => {
    const survey = await settled(canvasElement);
    await survey.choose(3);
    await expect(survey.chosen).toBe('Sesuai');
  },
};

/** Dark thank-you. */
export const DarkThankYou: Story = {
  args: { theme: 'dark' },
  render: (args, { loaded }) => surveyOf(args, loaded as Loaded, (loaded as Loaded).code),
  play: async ({ canvasElement }) => {
    const survey = await settled(canvasElement);
    await toLastScreen(survey);
    await survey.submit();
    await expect(survey.screen).toBe('thanks');
  },
};
