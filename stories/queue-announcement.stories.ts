// The contract's queue-number rules, live: how a number is shown on the
// display, read aloud and announced at a counter, in Indonesian and English.
// It renders plain lit templates over `@mpp-kit/contract`; no element needed.
/// <reference types="vite/client" />
import { callAnnouncement, formatQueueNumber, spokenQueueNumber, type Locale } from '@mpp-kit/contract';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, within } from 'storybook/test';
import './queue-announcement.css';

interface QueueAnnouncementArgs {
  /** The service's queue prefix: 1-2 capital letters. */
  prefix: string;
  /** Today's sequence number of the ticket, 1 to 9999. */
  sequence: number;
  /** The counter's name as staff configured it (data, so often Indonesian). */
  counterName: string;
  locale: Locale;
}

const SPEECH_LANG: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

const LABELS = {
  id: {
    display: 'Di layar',
    spoken: 'Dibaca',
    announcement: 'Pengumuman',
    speak: 'Umumkan',
    noSpeech: 'Peramban ini tidak dapat bersuara (speechSynthesis tidak tersedia).',
  },
  en: {
    display: 'On the display',
    spoken: 'Read aloud',
    announcement: 'Announcement',
    speak: 'Announce',
    noSpeech: 'This browser cannot speak (no speechSynthesis).',
  },
} as const;

const canSpeak = (): boolean =>
  typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined';

function speak(text: string, locale: Locale): void {
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = SPEECH_LANG[locale];
  utterance.rate = 0.9; // a hall is noisy: a little slower is easier to follow
  speechSynthesis.cancel(); // a new call interrupts the previous one, as at a real counter
  speechSynthesis.speak(utterance);
}

function renderAnnouncement({ prefix, sequence, counterName, locale }: QueueAnnouncementArgs): TemplateResult {
  const labels = LABELS[locale];
  let number: string;
  try {
    number = formatQueueNumber(prefix, sequence);
  } catch (error) {
    // The rule rejects what a server would never issue; show why instead of a blank story.
    return html`<div class="queue-announcement" lang=${locale}>
      <p class="queue-announcement__error" role="alert">
        Bukan nomor antrean yang sah / Not a valid queue number: ${(error as Error).message}
      </p>
    </div>`;
  }
  const announcement = callAnnouncement(number, counterName, locale);
  const speechAvailable = canSpeak();
  return html`<div class="queue-announcement" lang=${locale}>
    <p class="queue-announcement__number" data-testid="display">${number}</p>
    <dl>
      <dt>${labels.display}</dt>
      <dd>${number}</dd>
      <dt>${labels.spoken}</dt>
      <dd data-testid="spoken">${spokenQueueNumber(number, locale)}</dd>
      <dt>${labels.announcement}</dt>
      <dd data-testid="announcement">${announcement}</dd>
    </dl>
    <button type="button" ?disabled=${!speechAvailable} @click=${() => speak(announcement, locale)}>
      ${labels.speak}
    </button>
    ${speechAvailable ? null : html`<p class="queue-announcement__note">${labels.noSpeech}</p>`}
  </div>`;
}

const meta = {
  title: 'Contract/Queue announcement',
  render: renderAnnouncement,
  argTypes: {
    prefix: { control: 'text', description: 'Prefiks layanan / service prefix (1-2 capital letters)' },
    sequence: {
      control: { type: 'number', min: 1, max: 9999, step: 1 },
      description: 'Urutan hari ini / daily sequence (1-9999)',
    },
    counterName: { control: 'text', description: 'Nama loket / counter name' },
    locale: { control: 'inline-radio', options: ['id', 'en'], description: 'Bahasa / language' },
  },
  args: { prefix: 'A', sequence: 12, counterName: 'Loket 3', locale: 'id' },
  parameters: {
    docs: {
      description: {
        component:
          'The queue-number rules of `@mpp-kit/contract` (`formatQueueNumber`, `spokenQueueNumber`, `callAnnouncement`): ' +
          'change the controls to see the number on the display, how it is read aloud and the sentence announced at the counter. ' +
          '**Umumkan** speaks it with the browser’s speech synthesis, in an Indonesian or English voice when the system has one.',
      },
    },
  },
} satisfies Meta<QueueAnnouncementArgs>;

export default meta;
type Story = StoryObj<QueueAnnouncementArgs>;

/** Bahasa Indonesia, the default: "Nomor antrean A dua belas, silakan menuju Loket tiga." */
export const Indonesian: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId('display')).toHaveTextContent('A-012');
    await expect(canvas.getByTestId('announcement')).toHaveTextContent(
      'Nomor antrean A dua belas, silakan menuju Loket tiga.',
    );
  },
};

/** English, for portals that offer it. */
export const English: Story = {
  args: { counterName: 'Counter 3', locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByTestId('spoken')).toHaveTextContent('A twelve');
  },
};

/** Two-letter prefixes are spelled letter by letter. */
export const TwoLetterPrefix: Story = {
  args: { prefix: 'BC', sequence: 101, counterName: 'Loket 7' },
};

/** Past 999 the number simply grows a digit: "seribu". */
export const PastNineHundredNinetyNine: Story = {
  args: { sequence: 1000 },
};

/** A prefix the contract rejects shows the rule's reason. */
export const InvalidPrefix: Story = {
  args: { prefix: 'a1' },
};
