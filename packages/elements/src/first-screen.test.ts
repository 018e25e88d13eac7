// The first screen does not jump, for every element: its loading skeleton is
// as tall as the card the data fills (the Kota Kediri seed, at a phone's
// width), so the page below it stays where it was when the data arrives; and
// the element keeps, once defined, the height a page reserves for it before
// the module loads (README, "Before the module loads"), whatever state it is
// in, without being shorter than that reservation while it loads.
import '@mpp-kit/elements/booking-form/define.js';
import '@mpp-kit/elements/booking-manager/define.js';
import '@mpp-kit/elements/counter-console/define.js';
import '@mpp-kit/elements/queue-status/define.js';
import '@mpp-kit/elements/service-catalog/define.js';
import '@mpp-kit/elements/site-info/define.js';
import '@mpp-kit/elements/survey/define.js';
import '@mpp-kit/elements/survey-results/define.js';
import '@mpp-kit/elements/ticket/define.js';
import '@mpp-kit/elements/visitor-stats/define.js';
import { ElementHarness } from '@mpp-kit/elements/testing.js';
import type { FetchLike, MppClient } from '@mpp-kit/sdk';
import type { BrowserServer } from '@mpp-kit/server/browser';
import { expect, fixtureSync, waitUntil } from '@open-wc/testing';
import { html, render, type TemplateResult } from 'lit';
import type { MppElement } from './core/mpp-element.js';
import { answerSurveys } from './test-support/answer-surveys.js';
import { at, heldFetch, queueClient, queueServer, staffClient, switchableFetch } from './test-support/server.js';

/** A phone: the 412 px of Lighthouse's mobile screen, less a portal's margins and card padding. */
const PHONE_PX = 340;
/** A desktop column, where the reservation must still be no taller than the skeleton. */
const DESKTOP_PX = 1024;
/** Engines round line boxes differently; a few pixels are no visible jump. */
const TOLERANCE_PX = 4;

/** An element on its first screen, as a portal shows it. */
interface FirstScreen {
  readonly name: string;
  /** The `:host` minimum block size, as the README's table gives it for this element (and mode); `null` for none. */
  readonly reserved: string | null;
  /**
   * How many px the element still grows at a phone's width when its data
   * arrives, for an element whose skeleton is not yet the loaded card's
   * height (README, "Before the module loads"); unset: it does not grow.
   */
  readonly growsPx?: number;
  /** The element over `client`. */
  readonly template: (client: MppClient) => TemplateResult;
  /** Where the server's clock starts. @default an open Monday morning */
  readonly start?: string;
  /** What a typical MPP has done before the page opens (visits, survey answers). */
  readonly history?: (server: BrowserServer) => Promise<void>;
}

const MONDAY_10 = at('2026-03-02T10:00:00');
const MONDAY_NOON = at('2026-03-02T12:00:00');
/** A Monday after the last imported month of visitor history. */
const AFTER_HISTORY = '2026-12-07T09:00:00+07:00';

/** Numbers taken this morning: the last 30 days have visits, as an open MPP's do. */
async function morningVisits(server: BrowserServer): Promise<void> {
  const client = queueClient(server);
  for (const serviceId of ['ktp-el', 'ktp-el', 'nib-oss', 'paspor-biasa', 'skck']) {
    await client.tickets.take({ serviceId });
  }
}

/** Four visitors served and surveyed: three of KTP-el, one of NIB. */
async function surveyed(server: BrowserServer): Promise<void> {
  await answerSurveys({ citizen: queueClient(server), staff: staffClient(server) }, [
    {
      serviceId: 'ktp-el',
      counterId: 'loket-1',
      answers: [
        [4, 4, 3, 4, 3, 4, 4, 3, 4],
        [3, 3, 2, 4, 3, 3, 4, 3, 3],
        [4, 3, 2, 4, 4, 4, 4, 3, 4],
      ],
    },
    { serviceId: 'nib-oss', counterId: 'loket-5', answers: [[2, 2, 2, 3, 2, 2, 3, 2, 2]] },
  ]);
}

const SCREENS: readonly FirstScreen[] = [
  {
    name: '<mpp-site-info>',
    reserved: '24rem',
    template: (client) => html`<mpp-site-info .client=${client} .now=${MONDAY_10}></mpp-site-info>`,
  },
  {
    name: '<mpp-service-catalog>',
    reserved: '24rem',
    template: (client) => html`<mpp-service-catalog .client=${client}></mpp-service-catalog>`,
  },
  {
    name: '<mpp-queue-status> of the whole MPP',
    reserved: '24rem',
    template: (client) => html`<mpp-queue-status .client=${client}></mpp-queue-status>`,
  },
  {
    name: '<mpp-queue-status> of one agency',
    reserved: '24rem',
    template: (client) => html`<mpp-queue-status .client=${client} agency="dukcapil"></mpp-queue-status>`,
  },
  {
    name: '<mpp-queue-status> of one service',
    reserved: '16rem',
    template: (client) => html`<mpp-queue-status .client=${client} service="ktp-el"></mpp-queue-status>`,
  },
  {
    name: '<mpp-queue-status> as a waiting-room board',
    reserved: null,
    template: (client) => html`<mpp-queue-status .client=${client} mode="board"></mpp-queue-status>`,
  },
  {
    name: '<mpp-ticket> without a service',
    reserved: '3.5rem',
    template: (client) => html`<mpp-ticket .client=${client}></mpp-ticket>`,
  },
  {
    name: '<mpp-ticket> for one service',
    reserved: '8.5rem',
    template: (client) => html`<mpp-ticket .client=${client} service="ktp-el"></mpp-ticket>`,
  },
  {
    name: '<mpp-booking-form>',
    reserved: '24rem',
    growsPx: 403,
    template: (client) => html`<mpp-booking-form .client=${client}></mpp-booking-form>`,
  },
  {
    name: '<mpp-booking-form> for one service',
    reserved: '24rem',
    growsPx: 217,
    template: (client) => html`<mpp-booking-form .client=${client} service="ktp-el"></mpp-booking-form>`,
  },
  {
    name: '<mpp-booking-manager>',
    reserved: '23rem',
    template: (client) => html`<mpp-booking-manager .client=${client}></mpp-booking-manager>`,
  },
  {
    name: '<mpp-counter-console>',
    reserved: '13rem',
    template: (client) => html`<mpp-counter-console .client=${client}></mpp-counter-console>`,
  },
  {
    name: '<mpp-visitor-stats>',
    reserved: '24rem',
    start: AFTER_HISTORY,
    history: morningVisits,
    template: (client) => html`<mpp-visitor-stats .client=${client}></mpp-visitor-stats>`,
  },
  {
    name: '<mpp-survey>',
    reserved: '19.5rem',
    template: (client) => html`<mpp-survey .client=${client}></mpp-survey>`,
  },
  {
    name: '<mpp-survey-results>',
    reserved: '24rem',
    history: surveyed,
    template: (client) => html`<mpp-survey-results .client=${client} .now=${MONDAY_NOON}></mpp-survey-results>`,
  },
];

/** `screen`'s element over a fresh server (its history made), in a box `width` px wide, with `fetch` between them. */
async function mount(
  screen: FirstScreen,
  width: number,
  network: (server: BrowserServer) => { fetch: FetchLike },
): Promise<MppElement> {
  const server = queueServer(screen.start);
  await screen.history?.(server);
  const box = fixtureSync<HTMLElement>(html`<div></div>`);
  box.style.width = `${width}px`;
  render(screen.template(queueClient(server, { fetch: network(server).fetch })), box);
  const element = box.firstElementChild as MppElement;
  await element.updateComplete;
  return element;
}

/** Until the element has its data: settled, and no skeleton bone left (a live queue arrives apart from the loads). */
async function loaded(element: MppElement): Promise<void> {
  await new ElementHarness(element).settled();
  await waitUntil(() => element.shadowRoot?.querySelector('.bone') === null, `${element.localName} fills its skeleton`);
}

const heightOf = (element: Element): number => element.getBoundingClientRect().height;
const pxOf = (length: string): number =>
  parseFloat(length) * parseFloat(getComputedStyle(document.documentElement).fontSize);

for (const screen of SCREENS) {
  describe(`the first screen of ${screen.name}`, () => {
    const grows =
      screen.growsPx === undefined
        ? 'as tall as the loaded card'
        : `at most ${screen.growsPx} px shorter than the loaded card`;
    it(`has a skeleton ${grows} at ${PHONE_PX} px`, async () => {
      let held: ReturnType<typeof heldFetch> | undefined;
      const element = await mount(screen, PHONE_PX, (server) => (held = heldFetch(server)));
      const loading = heightOf(element);
      held?.release();
      await loaded(element);
      const card = heightOf(element);
      const message = `skeleton ${loading} px, card ${card} px`;
      if (screen.growsPx === undefined) expect(loading, message).to.be.closeTo(card, TOLERANCE_PX);
      else expect(card - loading, message).to.be.at.most(screen.growsPx + TOLERANCE_PX);
    });

    const { reserved } = screen;
    if (reserved === null) return;
    it(`reserves ${reserved} once defined: no taller than its skeleton, and kept when it fails`, async () => {
      for (const width of [PHONE_PX, DESKTOP_PX]) {
        let held: ReturnType<typeof heldFetch> | undefined;
        const waiting = await mount(screen, width, (server) => (held = heldFetch(server)));
        expect(getComputedStyle(waiting).minBlockSize, 'its :host minimum').to.equal(`${pxOf(reserved)}px`);
        expect(heightOf(waiting), `loading at ${width} px`).to.be.at.least(pxOf(reserved) - 0.5);
        held?.release();
        // Offline: the error with its retry button is the shortest state of an element that loads.
        const offline = await mount(screen, width, (server) => {
          const network = switchableFetch(server);
          network.setDown(true);
          return network;
        });
        await new ElementHarness(offline).settled();
        expect(heightOf(offline), `offline at ${width} px`).to.be.at.least(pxOf(reserved) - 0.5);
      }
    });
  });
}
