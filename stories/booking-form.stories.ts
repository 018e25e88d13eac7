// <mpp-booking-form>: booking a slot from home, step by step, against its own
// in-page server (the Kota Kediri seed, its clock on an open Monday morning,
// 2 March 2026 09:00 WIB). Full days and the last place taken are made by other
// citizens' bookings through the SDK; failures only wrap the server's fetch.
// Controls come from custom-elements.json (see .storybook/preview.ts).
import '@mpp-kit/elements/booking-form/define.js';
import { BookingFormHarness } from '@mpp-kit/elements/testing.js';
import type { FetchLike } from '@mpp-kit/sdk';
import type { BrowserServer } from '@mpp-kit/server/browser';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect } from 'storybook/test';
import { connectionTo, stalledFetch, type StoryConnection } from './support/queue-server.js';
import {
  bookingStoryClient,
  bookingStoryServer,
  droppedAnswerFetch,
  fillEveryPlace,
  offlineBookingFetch,
  STORY_APPLICANT,
  takePlace,
} from './support/booking-server.js';
import { expectErrorThenRetry, expectLoading, reconnectOf } from './support/states.js';
import './support/stories.css';

type MppBookingForm = HTMLElementTagNameMap['mpp-booking-form'];

interface BookingFormArgs {
  /** `id` or `en`; unset follows `lang`. */
  locale?: 'id' | 'en';
  /** `light` or `dark`; unset follows the visitor's preference. */
  theme?: 'light' | 'dark';
  /** The service to book; unset shows the service step. */
  service?: string | undefined;
  /** A day to preselect, `YYYY-MM-DD`. */
  date?: string | undefined;
  /** The applicant's name to prefill. */
  'applicant-name'?: string | undefined;
  /** The applicant's phone to prefill. */
  'applicant-phone'?: string | undefined;
  /** The page of `<mpp-booking-manager>` the manage link points to. */
  'manage-url'?: string | undefined;
  /** The level of the step headings. */
  'heading-level'?: number;
}

/** What a story's loader prepares: a fresh server, and the fetch the form's client uses. */
interface Loaded {
  server: BrowserServer;
  fetch?: FetchLike;
}

/** A fresh server per story: no booking made in another story takes a place here. */
function freshServer(): Loaded {
  return { server: bookingStoryServer() };
}

/** The form over a client of the story's server; its events are logged (they carry nothing personal). */
function formOf(args: BookingFormArgs, loaded: Loaded): TemplateResult {
  const { server, fetch } = loaded;
  return html`<mpp-booking-form
    .client=${bookingStoryClient(server, { locale: args.locale ?? 'id', ...(fetch ? { fetch } : {}) })}
    service=${args.service ?? nothing}
    date=${args.date ?? nothing}
    applicant-name=${args['applicant-name'] ?? nothing}
    applicant-phone=${args['applicant-phone'] ?? nothing}
    manage-url=${args['manage-url'] ?? nothing}
    locale=${args.locale ?? nothing}
    theme=${args.theme ?? nothing}
    heading-level=${args['heading-level'] ?? nothing}
    @mpp-booking-created=${(event: CustomEvent) => console.info('mpp-booking-created', event.detail)}
    @mpp-error=${(event: CustomEvent) => console.info('mpp-error', event.detail)}
  ></mpp-booking-form>`;
}

/** Waits for the form to settle and returns its harness. */
async function settled(canvasElement: HTMLElement): Promise<BookingFormHarness> {
  const harness = new BookingFormHarness(canvasElement.querySelector('mpp-booking-form') as MppBookingForm);
  await harness.settled();
  return harness;
}

/** From the date step to the applicant step, with the preselected day's first free time. */
async function toApplicant(form: BookingFormHarness): Promise<void> {
  await form.next();
  await form.chooseTime((form.times[0] ?? '').split(',')[0] ?? '');
  await form.next();
}

/** From the date step to the review, with the made-up citizen's details and consent. */
async function toReview(form: BookingFormHarness): Promise<void> {
  await toApplicant(form);
  await form.fill(STORY_APPLICANT);
  await form.agree();
  await form.next();
}

const meta = {
  title: 'Elements/BookingForm',
  component: 'mpp-booking-form',
  loaders: [freshServer],
  render: (args, { loaded }) => formOf(args, loaded as Loaded),
  argTypes: {
    locale: { control: 'inline-radio', options: [undefined, 'id', 'en'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    service: { control: 'text' },
    date: { control: 'text' },
    'applicant-name': { control: 'text' },
    'applicant-phone': { control: 'text' },
    'manage-url': { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  args: { service: 'ktp-el', 'manage-url': '/kelola/' },
  parameters: {
    docs: {
      description: {
        component:
          'Booking a slot from home, step by step: the service, the date on an accessible calendar, the time with the ' +
          'places left, the applicant (name, NIK, phone/WhatsApp, optional email, checked as typed) with their consent ' +
          'under UU PDP 27/2022, a review with the NIK masked, then the confirmation with the booking code, its QR code, ' +
          'an `.ics` file and the manage link. Booking is idempotent: a double press or a retry never books twice.\n\n' +
          '```html\n<script type="module" src="https://cdn.jsdelivr.net/npm/@mpp-kit/elements/dist/mpp-kit.min.js"></script>\n' +
          '<mpp-booking-form api-base="https://mpp.kedirikota.go.id/api" service="ktp-el" manage-url="/kelola/"></mpp-booking-form>\n```\n\n' +
          'With the catalog, hand its booking choice to the form:\n\n' +
          "```js\nconst form = document.querySelector('mpp-booking-form');\n" +
          "document.addEventListener('mpp-service-select', (event) => {\n" +
          "  if (event.detail.action !== 'booking') return;\n" +
          '  form.service = event.detail.serviceId;\n' +
          "  form.scrollIntoView({ block: 'start' });\n" +
          '});\n```',
      },
    },
  },
} satisfies Meta<BookingFormArgs>;

export default meta;
type Story = StoryObj<BookingFormArgs>;

/** The date step: the calendar with the first bookable day (today, Monday) chosen. */
export const DateStep: Story = {
  play: async ({ canvasElement }) => {
    const form = await settled(canvasElement);
    await expect(form.progress).toBe('Langkah 1 dari 5: Pilih tanggal');
    await expect(form.selectedDay).toBe('Senin, 2 Maret 2026');
  },
};

/** Without `service`: the bookable services to choose from first. */
export const ServiceStep: Story = {
  args: { service: undefined },
  play: async ({ canvasElement }) => {
    const form = await settled(canvasElement);
    await expect(form.step).toBe('service');
    await expect(form.services).toContain('Perekaman dan penerbitan KTP-el');
  },
};

/** The time step: the day's times with the places left. */
export const TimeStep: Story = {
  play: async ({ canvasElement }) => {
    const form = await settled(canvasElement);
    await form.next();
    await expect(form.times[0]).toBe('09.30–10.00, sisa 3 tempat');
  },
};

/** The applicant step: the fields, the consent text with the retention period, and the unticked box. */
export const ApplicantStep: Story = {
  play: async ({ canvasElement }) => {
    const form = await settled(canvasElement);
    await toApplicant(form);
    await expect(form.consent).toContain('30 hari');
  },
};

/** Validation errors: a NIK with an impossible birth date, a foreign phone, and no consent, after "Lanjut". */
export const ValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    const form = await settled(canvasElement);
    await toApplicant(form);
    await form.fill({ name: STORY_APPLICANT.name, nik: '3571014513950003', phone: '+1 202 555 0100' });
    await form.next();
    await expect(form.fieldError('nik')).toBe('Tanggal lahir pada NIK tidak valid');
    await expect(form.fieldError('phone')).toMatch(/^Nomor HP tidak valid/);
    await expect(form.fieldError('consent')).toMatch(/^Centang persetujuan/);
  },
};

/** The review: everything to be booked, the NIK masked, each part with "Ubah". */
export const Review: Story = {
  play: async ({ canvasElement }) => {
    const form = await settled(canvasElement);
    await toReview(form);
    await expect(form.review?.['NIK']).toBe('•••• •••• •••• 0003');
  },
};

/** The confirmation: the code, its QR code, when and where, what to bring, the calendar file and the manage link. */
export const Confirmation: Story = {
  play: async ({ canvasElement }) => {
    const form = await settled(canvasElement);
    await toReview(form);
    await form.book();
    await form.qrDrawn();
    await expect(form.step).toBe('confirmation');
  },
};

/** Full days: every place of PBG is taken, so the calendar has no bookable day and says so. */
export const FullDays: Story = {
  args: { service: 'pbg' },
  loaders: [
    async (): Promise<Loaded> => {
      const { server } = freshServer();
      await fillEveryPlace(server, 'pbg');
      return { server };
    },
  ],
  play: async ({ canvasElement }) => {
    const form = await settled(canvasElement);
    await expect(form.days.filter((day) => day.bookable)).toHaveLength(0);
  },
};

/**
 * The last place taken during review: PBG has one place per hour; another citizen books it while the
 * visitor reviews. "Pesan" answers with the next free times, every field kept.
 */
export const LastPlaceTakenDuringReview: Story = {
  args: { service: 'pbg' },
  play: async ({ canvasElement, loaded }) => {
    const { server } = loaded as Loaded;
    const form = await settled(canvasElement);
    await form.next();
    const first = (form.times[0] ?? '').split(',')[0] ?? '';
    await form.chooseTime(first);
    const start = canvasElement
      .querySelector('mpp-booking-form')
      ?.shadowRoot?.querySelector<HTMLInputElement>('[part~="times"] input:checked')?.value;
    await form.next();
    await form.fill(STORY_APPLICANT);
    await form.agree();
    await form.next();
    await takePlace(server, 'pbg', start ?? '');
    await form.book();
    await expect(form.step).toBe('time');
    await expect(form.alternatives.length).toBeGreaterThan(0);
  },
};

/** A network failure while booking: said plainly, with "Coba lagi" (which sends the same key). */
export const NetworkFailure: Story = {
  loaders: [
    (): Loaded => {
      const { server } = freshServer();
      return { server, fetch: offlineBookingFetch(server) };
    },
  ],
  play: async ({ canvasElement }) => {
    const form = await settled(canvasElement);
    await toReview(form);
    await form.book();
    await expect(form.error).toMatch(/Tidak dapat terhubung ke server/);
  },
};

/** The answer to the booking is lost once: "Coba lagi" gets the same booking back, not a second one. */
export const RetryAfterLostAnswer: Story = {
  loaders: [
    (): Loaded => {
      const { server } = freshServer();
      return { server, fetch: droppedAnswerFetch(server) };
    },
  ],
  play: async ({ canvasElement }) => {
    const form = await settled(canvasElement);
    await toReview(form);
    await form.book();
    await form.retry();
    await expect(form.step).toBe('confirmation');
  },
};

/** Prefilled by a portal whose visitor is signed in: a day, the name and the phone. */
export const Prefilled: Story = {
  args: { date: '2026-03-04', 'applicant-name': STORY_APPLICANT.name, 'applicant-phone': STORY_APPLICANT.phone },
  play: async ({ canvasElement }) => {
    const form = await settled(canvasElement);
    await expect(form.selectedDay).toBe('Rabu, 4 Maret 2026');
  },
};

/** English, at the applicant step. */
export const English: Story = {
  args: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const form = await settled(canvasElement);
    await toApplicant(form);
    await expect(form.heading).toBe('Applicant details');
  },
};

/** English confirmation. */
export const EnglishConfirmation: Story = {
  args: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const form = await settled(canvasElement);
    await toReview(form);
    await form.book();
    await expect(form.heading).toBe('Booking confirmed');
  },
};

/** Dark, pinned with `theme="dark"`, on the calendar. */
export const Dark: Story = {
  args: { theme: 'dark' },
};

/** Dark, on the confirmation (the QR code stays dark on light, as scanners need). */
export const DarkConfirmation: Story = {
  args: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const form = await settled(canvasElement);
    await toReview(form);
    await form.book();
    await form.qrDrawn();
  },
};

/** The loading skeleton, held still: the site and the service's free places are on their way. */
export const Loading: Story = {
  loaders: [(): Loaded => ({ ...freshServer(), fetch: stalledFetch })],
  play: ({ canvasElement }) => expectLoading(canvasElement, 'mpp-booking-form'),
};

/** Offline: the error panel with "Coba lagi"; back online, the retry loads the calendar. */
export const OfflineThenRetry: Story = {
  loaders: [
    (): Loaded & { connection: StoryConnection } => {
      const { server } = freshServer();
      const connection = connectionTo(server);
      return { server, fetch: connection.fetch, connection };
    },
  ],
  play: async ({ canvasElement, loaded }) => {
    await expectErrorThenRetry(canvasElement, 'mpp-booking-form', reconnectOf(loaded));
    await expect((await settled(canvasElement)).progress).toBe('Langkah 1 dari 5: Pilih tanggal');
  },
};
