// Every element over an MPP whose every text is hostile (issue 14), at a
// phone's width, in each main state a visitor or staff member reaches with a
// few clicks: nothing in the data runs (no payload sets `window.__pwned`, no
// element, handler or link comes from it), each text shows literally where it
// is shown, and nothing leaves its box: the element stays inside its column,
// no part of it, text included, reaches past its edges unless a part of it
// clips it, a text of the data wraps where it stands (a table of figures may
// scroll, a name may not make it), and a direction override in a name never
// turns the element's own words after it backwards.
import '@mpp-kit/elements/booking-form/define.js';
import '@mpp-kit/elements/booking-manager/define.js';
import '@mpp-kit/elements/counter-console/define.js';
import '@mpp-kit/elements/provider/define.js';
import '@mpp-kit/elements/queue-status/define.js';
import '@mpp-kit/elements/service-catalog/define.js';
import '@mpp-kit/elements/site-info/define.js';
import '@mpp-kit/elements/survey/define.js';
import '@mpp-kit/elements/survey-results/define.js';
import '@mpp-kit/elements/ticket/define.js';
import '@mpp-kit/elements/visitor-stats/define.js';
import {
  BookingFormHarness,
  BookingManagerHarness,
  CounterConsoleHarness,
  ElementHarness,
  QueueStatusHarness,
  ServiceCatalogHarness,
  SiteInfoHarness,
  SurveyHarness,
  SurveyResultsHarness,
  TicketHarness,
  VisitorStatsHarness,
} from '@mpp-kit/elements/testing.js';
import { SeedSchema } from '@mpp-kit/contract';
import type { MppClient } from '@mpp-kit/sdk';
import { startingAt } from '@mpp-kit/server';
import { createBrowserServer, type BrowserServer } from '@mpp-kit/server/browser';
import { expect, fixtureSync, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import { allScores, answerSurveys } from './test-support/answer-surveys.js';
import { HOSTILE, HOSTILE_SEED_INPUT, HOSTILE_TEXTS as T, hostileSeed } from './test-support/hostile-seed.js';
import { at, OPEN_MONDAY, queueClient, staffClient } from './test-support/server.js';

/** A phone held upright. */
const PHONE = { width: 360, height: 640 };
/** Engines round boxes to fractions of a pixel differently. */
const TOLERANCE_PX = 1;
/** Elements that data rendered as markup would create; none of the elements draws one of its own. */
const FOREIGN = 'script, img, iframe, object, embed, style, link, meta, base, form[action]';

type Pwned = { __pwned?: unknown };

/** Every node below `root`, through every shadow root, in document order. */
function* composedNodes(root: Node): Generator<Node> {
  if (root instanceof Element && root.shadowRoot) yield* composedNodes(root.shadowRoot);
  for (const child of root.childNodes) {
    yield child;
    yield* composedNodes(child);
  }
}

const elementsIn = (host: Element): Element[] =>
  [host, ...composedNodes(host)].filter((node): node is Element => node instanceof Element);

/** The text of every text node below `host` (shadow roots included), joined as it is stored. */
function storedText(host: Element): string {
  return [...composedNodes(host)]
    .filter((node) => node instanceof Text && !node.parentElement?.closest('style, template'))
    .map((node) => (node as Text).data)
    .join('');
}

/** The parent in the flat tree: a shadow root's host stands in for the root. */
function parentOf(node: Node): Element | null {
  const parent = node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : null;
}

/** What of `node` is painted: its boxes (a text's line boxes), cut to every part of `host` that clips it. */
function paintedBoxes(node: Element | Text, host: Element): DOMRect[] {
  let boxes: DOMRect[];
  if (node instanceof Text) {
    const range = document.createRange();
    range.selectNodeContents(node);
    boxes = [...range.getClientRects()];
  } else {
    boxes = [node.getBoundingClientRect()];
  }
  for (let ancestor = parentOf(node); ancestor && ancestor !== host; ancestor = parentOf(ancestor)) {
    if (getComputedStyle(ancestor).overflowX === 'visible') continue;
    const clip = ancestor.getBoundingClientRect();
    boxes = boxes.map((box) => {
      const left = Math.max(box.left, clip.left);
      const right = Math.min(box.right, clip.right);
      return new DOMRect(left, box.top, Math.max(0, right - left), box.height);
    });
  }
  return boxes.filter((box) => box.width > 0 && box.height > 0);
}

/** A node as a failure names it. */
function describeNode(node: Element | Text): string {
  if (node instanceof Text) return `text "${node.data.slice(0, 40)}" in ${describeNode(node.parentElement as Element)}`;
  const part = node.getAttribute('part');
  const classes = node.getAttribute('class');
  return `<${node.localName}${part ? ` part="${part}"` : ''}${classes ? ` class="${classes}"` : ''}>`;
}

/** The parts of `host` painted outside it horizontally. */
function escapees(host: Element): string[] {
  const edge = host.getBoundingClientRect();
  const found: string[] = [];
  for (const node of composedNodes(host)) {
    if (!(node instanceof Element || node instanceof Text)) continue;
    for (const box of paintedBoxes(node, host)) {
      if (box.left < edge.left - TOLERANCE_PX || box.right > edge.right + TOLERANCE_PX) {
        found.push(`${describeNode(node)} from ${Math.round(box.left)} to ${Math.round(box.right)} px`);
        break;
      }
    }
  }
  return found;
}

/** Whether a text holds one of the hostile strings: it comes from the data. */
const fromData = (text: string): boolean => Object.values(HOSTILE).some((hostile) => text.includes(hostile));

/**
 * The texts of the data that do not wrap: each must stay inside the nearest
 * part that clips or scrolls it (the element when none does), or be cut there
 * with an ellipsis. A table of figures may scroll sideways; a name in it may not
 * make it scroll.
 */
function unwrapped(host: Element): string[] {
  const found: string[] = [];
  for (const node of composedNodes(host)) {
    if (!(node instanceof Text) || !fromData(node.data)) continue;
    let box = parentOf(node);
    while (box && box !== host && getComputedStyle(box).overflowX === 'visible') box = parentOf(box);
    if (!box || (box !== host && getComputedStyle(box).textOverflow === 'ellipsis')) continue;
    const edge = box.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(node);
    const line = [...range.getClientRects()].find(
      (rect) => rect.width > 0 && (rect.left < edge.left - TOLERANCE_PX || rect.right > edge.right + TOLERANCE_PX),
    );
    if (line)
      found.push(
        `${describeNode(node)} reaches ${Math.round(line.right)} px in ${describeNode(box)} of ${Math.round(edge.left)}-${Math.round(edge.right)} px`,
      );
  }
  return found;
}

/** Every text of the data, longest first: a field's whole value, then each hostile string in it. */
const DATA_TEXTS = [...Object.values(T), ...Object.values(HOSTILE)].sort((a, b) => b.length - a.length);

/** Where in `text` two letters or digits of our own (not of the data) follow each other, the first 20 such places. */
function ownPairs(text: string): number[] {
  const ofData = new Uint8Array(text.length);
  for (const data of DATA_TEXTS) {
    for (let at = text.indexOf(data); at !== -1; at = text.indexOf(data, at + data.length)) {
      ofData.fill(1, at, at + data.length);
    }
  }
  const word = /[\p{L}\p{N}]/u;
  const pairs: number[] = [];
  for (let at = 0; at < text.length - 1 && pairs.length < 20; at += 1) {
    if (!ofData[at] && !ofData[at + 1] && word.test(text.charAt(at)) && word.test(text.charAt(at + 1))) pairs.push(at);
  }
  return pairs;
}

/**
 * Our own words and numbers laid out right to left: a direction override in
 * the data reached past its text (a name not isolated from what follows it).
 */
function reversed(host: Element): string[] {
  const found: string[] = [];
  const range = document.createRange();
  const boxOf = (node: Text, index: number): DOMRect => {
    range.setStart(node, index);
    range.setEnd(node, index + 1);
    return range.getBoundingClientRect();
  };
  for (const node of composedNodes(host)) {
    if (!(node instanceof Text) || node.parentElement?.closest('style')) continue;
    const backwards = ownPairs(node.data).find((at) => {
      const [first, second] = [boxOf(node, at), boxOf(node, at + 1)];
      return first.width > 0 && Math.abs(first.top - second.top) < 1 && second.left < first.left;
    });
    if (backwards !== undefined) found.push(`"${node.data.slice(backwards, backwards + 20)}" in ${describeNode(node)}`);
  }
  return found;
}

/** Fails when `found` has any entry, naming the first few. */
function expectNone(found: readonly string[], what: string): void {
  expect(found.length, `${what}: ${found.slice(0, 5).join('; ')}`).to.equal(0);
}

/**
 * Asserts that `host`, in its state now, ran nothing, made nothing from the
 * data, shows each of `shown` literally, and keeps inside its column.
 */
function expectContained(host: HTMLElement, shown: readonly string[], state: string): void {
  const where = `${host.localName}, ${state}`;
  expect((window as Pwned).__pwned, `${where}: a payload ran`).to.equal(undefined);
  const elements = elementsIn(host);
  expectNone(
    elements.filter((element) => element.matches(FOREIGN)).map(describeNode),
    `${where}: elements from the data`,
  );
  expectNone(
    elements.flatMap((element) =>
      element
        .getAttributeNames()
        .filter((name) => /^on/i.test(name))
        .map((name) => `${describeNode(element)} ${name}`),
    ),
    `${where}: event handler attributes`,
  );
  expectNone(
    elements
      .filter((element) => element instanceof HTMLAnchorElement && element.hasAttribute('href'))
      .map((link) => (link as HTMLAnchorElement).href)
      .filter((href) => !/^https?:/.test(href)),
    `${where}: links that are not http(s)`,
  );

  const text = storedText(host);
  for (const expected of shown) {
    expect(text.includes(expected), `${where}: shows literally ${JSON.stringify(expected.slice(0, 60))}`).to.equal(
      true,
    );
  }

  const column = (host.closest('[data-column]') as HTMLElement).getBoundingClientRect();
  const box = host.getBoundingClientRect();
  expect(box.left, `${where}: left edge inside its column`).to.be.at.least(column.left - TOLERANCE_PX);
  expect(box.right, `${where}: right edge inside its column`).to.be.at.most(column.right + TOLERANCE_PX);
  expectNone(escapees(host), `${where}: parts outside the element`);
  expectNone(unwrapped(host), `${where}: data that does not wrap`);
  expectNone(reversed(host), `${where}: words that read backwards`);
  expect(document.documentElement.scrollWidth, `${where}: the page scrolls sideways`).to.be.at.most(PHONE.width);
}

/** `template` in a column of the page (the body's width at a phone's), its harness settled. */
async function mount<H extends ElementHarness>(
  template: TemplateResult,
  Harness: new (element: never) => H,
): Promise<H> {
  const column = fixtureSync<HTMLElement>(html`<div data-column>${template}</div>`);
  const harness = new Harness(column.firstElementChild as never);
  await harness.settled();
  return harness;
}

/** Lines of people for both services, and a number called at each counter. */
async function busyMorning(server: BrowserServer): Promise<void> {
  const citizen = queueClient(server);
  for (const serviceId of ['ktp-el', 'ktp-el', 'paspor', 'paspor']) await citizen.tickets.take({ serviceId });
  const staff = staffClient(server);
  await staff.counters.callNext('loket-1');
  await staff.counters.callNext('loket-2');
}

/** A booking of the hostile service at 10:00 today, by an applicant with a hostile name. */
function book(client: MppClient) {
  return client.bookings.create(
    {
      serviceId: 'ktp-el',
      slotStart: '2026-03-02T10:00:00+07:00',
      applicant: { name: T.applicant, nik: '3571014507950003', phone: '0812-3456-7890' },
      consent: true,
    },
    { idempotencyKey: crypto.randomUUID() },
  );
}

describe('hostile API data in every element, on a phone', () => {
  let server: BrowserServer;
  let client: MppClient;

  before(async () => {
    await setViewport(PHONE);
  });
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });
  beforeEach(() => {
    server = createBrowserServer({ seed: hostileSeed(), clock: startingAt(OPEN_MONDAY) });
    client = queueClient(server);
  });
  afterEach(() => {
    // Reset, so that a payload that ran fails its own test and not every later one.
    const ran = (window as Pwned).__pwned;
    delete (window as Pwned).__pwned;
    expect(ran, 'a payload ran').to.equal(undefined);
  });

  it('comes from a seed the contract accepts, which refuses a javascript: URL', () => {
    const withScriptLink = structuredClone(HOSTILE_SEED_INPUT);
    withScriptLink.site.contact.website = "javascript:window.__pwned='url'";
    expect(SeedSchema.safeParse(withScriptLink).success).to.equal(false);
  });

  it('<mpp-site-info> inside <mpp-provider>, during the break', async () => {
    const column = fixtureSync<HTMLElement>(
      html`<div data-column>
        <mpp-provider .client=${client}><mpp-site-info .now=${at('2026-03-02T12:30:00')}></mpp-site-info></mpp-provider>
      </div>`,
    );
    const provider = column.firstElementChild as HTMLElement;
    const card = new SiteInfoHarness(provider.querySelector('mpp-site-info') as never);
    await card.settled();
    expectContained(
      card.element,
      [
        T.siteName,
        T.street,
        T.city,
        T.province,
        T.phone,
        T.breakLabel,
        T.facility,
        T.facilityNote,
        T.otherFacility,
        T.holiday,
      ],
      'loaded',
    );
  });

  it('<mpp-service-catalog>, listed and with each service open', async () => {
    const catalog = await mount(
      html`<mpp-service-catalog .client=${client}></mpp-service-catalog>`,
      ServiceCatalogHarness,
    );
    expectContained(catalog.element, [T.service, T.otherService, T.agencyShort, T.otherAgencyShort], 'the list');
    await catalog.open('ktp-el');
    expectContained(
      catalog.element,
      [
        T.service,
        T.serviceNote,
        T.cost,
        T.completion,
        T.requirement,
        T.requirementNote,
        T.otherRequirement,
        T.otherRequirementNote,
        T.legalBasis,
      ],
      'a service open',
    );
    await catalog.open('paspor');
    expectContained(
      catalog.element,
      [T.otherService, T.otherServiceRequirement, T.onlineLabel],
      'an online service open',
    );
  });

  it('<mpp-queue-status> of the MPP, an agency, a service, and as the board', async () => {
    await busyMorning(server);
    const views = [
      ['the whole MPP', html`<mpp-queue-status .client=${client}></mpp-queue-status>`, [T.counter, T.otherCounter]],
      ['one agency', html`<mpp-queue-status .client=${client} agency="dukcapil"></mpp-queue-status>`, [T.counter]],
      ['one service', html`<mpp-queue-status .client=${client} service="ktp-el"></mpp-queue-status>`, [T.service]],
      ['the board', html`<mpp-queue-status .client=${client} mode="board"></mpp-queue-status>`, [T.otherCounter]],
    ] as const;
    for (const [view, template, shown] of views) {
      const queue = await mount(template, QueueStatusHarness);
      await queue.waitFor(() => queue.counters.length > 0 || queue.lines.length > 0, 5000, 'the live queue');
      expectContained(queue.element, shown, view);
    }
  });

  it('<mpp-ticket>, taken, called and served', async () => {
    const ticket = await mount(html`<mpp-ticket .client=${client} service="ktp-el"></mpp-ticket>`, TicketHarness);
    expectContained(ticket.element, [T.service], 'before taking');
    await ticket.take();
    expectContained(ticket.element, [T.service], 'waiting');
    const staff = staffClient(server);
    await staff.counters.callNext('loket-1');
    await waitUntil(() => ticket.callMessage !== null, 'the call', { timeout: 5000 });
    expectContained(ticket.element, [T.counter], 'called');
    await staff.counters.complete('loket-1');
    await waitUntil(() => ticket.surveyOffer !== null, 'the survey offer', { timeout: 5000 });
    expectContained(ticket.element, [T.service], 'served');
  });

  it('<mpp-counter-console>, signed in, serving, and checking a booking in', async () => {
    await client.tickets.take({ serviceId: 'ktp-el' });
    const receipt = await book(client);
    const console = await mount(
      html`<mpp-counter-console .client=${client} counter="loket-1"></mpp-counter-console>`,
      CounterConsoleHarness,
    );
    await console.signIn(server.staffToken);
    expectContained(console.element, [T.counter], 'signed in');
    await console.press('Panggil berikutnya');
    expectContained(console.element, [T.counter, T.service], 'serving');
    await console.findBooking(receipt.code);
    expectContained(console.element, [T.service], 'a booking found');
  });

  it('<mpp-booking-form>, at every step', async () => {
    const form = await mount(html`<mpp-booking-form .client=${client}></mpp-booking-form>`, BookingFormHarness);
    expectContained(form.element, [T.service], 'the services');
    await form.chooseService('KTP');
    expectContained(form.element, [T.service], 'the date');
    await form.next();
    expectContained(form.element, [T.service], 'the time');
    await form.chooseTime((form.times[0] ?? '').split(',')[0] ?? '');
    await form.next();
    await form.fill({ name: T.applicant, nik: '3571014507950003', phone: '0812-3456-7890' });
    await form.agree();
    expectContained(form.element, [T.siteName, T.regency], 'the applicant');
    await form.next();
    expectContained(form.element, [T.service, T.applicant], 'the review');
    await form.book();
    await form.qrDrawn();
    expectContained(form.element, [T.requirement, T.otherRequirement, T.counter], 'the confirmation');
  });

  it('<mpp-booking-manager>, with a booking and moving it', async () => {
    const receipt = await book(client);
    const manager = await mount(
      html`<mpp-booking-manager .client=${client}></mpp-booking-manager>`,
      BookingManagerHarness,
    );
    await manager.findBooking(receipt.code, receipt.secret);
    expectContained(manager.element, [T.service, T.counter], 'a booking');
    await manager.startReschedule();
    expectContained(manager.element, [T.service], 'moving it');
  });

  it('<mpp-visitor-stats>, since opening, with its tables', async () => {
    await busyMorning(server);
    const stats = await mount(
      html`<mpp-visitor-stats .client=${client} range="all"></mpp-visitor-stats>`,
      VisitorStatsHarness,
    );
    expectContained(stats.element, [T.agencyShort, T.otherAgencyShort], 'the charts');
    stats.ranking.toggleTable();
    stats.overTime.toggleTable();
    await stats.settled();
    expectContained(stats.element, [T.agencyShort, T.otherAgencyShort], 'the tables');
  });

  it('<mpp-survey>, a question, the suggestion and the thanks', async () => {
    const ticket = await client.tickets.take({ serviceId: 'ktp-el' });
    const staff = staffClient(server);
    await staff.counters.callNext('loket-1');
    await staff.counters.complete('loket-1');
    const { code } = await client.survey.invitation(ticket.id);
    const survey = await mount(html`<mpp-survey .client=${client} .code=${code}></mpp-survey>`, SurveyHarness);
    expectContained(survey.element, [], 'the first question');
    await survey.answerAll(allScores(4));
    expectContained(survey.element, [], 'the profile');
    await survey.next();
    await survey.writeSuggestion(T.suggestion);
    expectContained(survey.element, [], 'the suggestion');
    await survey.submit();
    expectContained(survey.element, [], 'the thanks');
  });

  it('<mpp-survey-results>, with its groups and, for staff, the suggestions', async () => {
    await answerSurveys({ citizen: client, staff: staffClient(server) }, [
      { serviceId: 'ktp-el', counterId: 'loket-1', answers: [allScores(3)], suggestions: [T.suggestion] },
      { serviceId: 'paspor', counterId: 'loket-2', answers: [allScores(2)] },
    ]);
    const results = await mount(
      html`<mpp-survey-results
        .client=${client}
        .staffToken=${server.staffToken}
        .now=${at('2026-03-02T12:00:00')}
      ></mpp-survey-results>`,
      SurveyResultsHarness,
    );
    expectContained(results.element, [T.agencyShort, T.otherAgencyShort, T.service, T.suggestion], 'the whole MPP');
  });
});
