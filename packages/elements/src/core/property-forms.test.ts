// Every property of every element that is not a string, given its attribute's
// text the three ways a page can: as the attribute, as a property (what React
// 19 and Vue 3 do with any prop whose name the element has), and as a value
// nobody can read, which must show a configuration error, never a skeleton.
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
import { ElementHarness, SiteInfoHarness } from '@mpp-kit/elements/testing.js';
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { MppSiteInfo, MppSurveyResults } from '../index.js';
import { testClient } from '../test-support/server.js';
import { MppElement } from './mpp-element.js';
import { dateForm, UNREADABLE } from './property-forms.js';

interface Row {
  readonly tag: string;
  readonly property: string;
  readonly attribute: string;
  /** Its attribute form, and the value that text means. */
  readonly text: string;
  readonly value: unknown;
  /** Text nobody can read, and how the error names the property and the form it expects. */
  readonly unreadable: string;
  readonly named: string;
  readonly expected: { readonly id: string; readonly en: string };
}

const NUMBER = { id: 'angka, misalnya 3', en: 'a number, e.g. 3' };
const DATE = {
  id: 'tanggal dan jam ISO 8601, misalnya 2026-12-01T09:00:00+07:00',
  en: 'an ISO 8601 date and time, e.g. 2026-12-01T09:00:00+07:00',
};

const headingLevel = (tag: string): Row => ({
  tag,
  property: 'headingLevel',
  attribute: 'heading-level',
  text: '3',
  value: 3,
  unreadable: 'h3',
  named: 'heading-level (headingLevel)',
  expected: NUMBER,
});

const now = (tag: string): Row => ({
  tag,
  property: 'now',
  attribute: 'now',
  text: '2026-12-01T09:00:00+07:00',
  value: new Date('2026-12-01T02:00:00Z'),
  unreadable: 'kemarin',
  named: 'now',
  expected: DATE,
});

const rows: Row[] = [
  ...[
    'mpp-booking-form',
    'mpp-booking-manager',
    'mpp-counter-console',
    'mpp-queue-status',
    'mpp-service-catalog',
    'mpp-site-info',
    'mpp-survey',
    'mpp-survey-results',
    'mpp-ticket',
    'mpp-visitor-stats',
  ].map(headingLevel),
  now('mpp-site-info'),
  now('mpp-survey-results'),
  {
    tag: 'mpp-service-catalog',
    property: 'syncUrl',
    attribute: 'sync-url',
    text: 'query',
    value: 'query',
    unreadable: 'yes',
    named: 'sync-url (syncUrl)',
    expected: { id: 'kosong, hash, query, true atau false', en: 'empty, hash, query, true or false' },
  },
];

/** An element with nothing configured: no request leaves, the property's handling is all there is to see. */
async function mount(tag: string): Promise<ElementHarness<MppElement>> {
  const element = document.createElement(tag);
  if (!(element instanceof MppElement)) throw new Error(`<${tag}> is not defined`);
  document.body.append(element);
  const harness = new ElementHarness(element);
  await harness.settled();
  return harness;
}

const propertyOf = (element: MppElement, name: string): unknown =>
  (element as unknown as Record<string, unknown>)[name];
const setProperty = (element: MppElement, name: string, value: unknown): void => {
  (element as unknown as Record<string, unknown>)[name] = value;
};

describe('properties that are not strings', () => {
  afterEach(() => {
    for (const element of document.body.querySelectorAll('[data-form-test]')) element.remove();
    for (const row of rows) for (const element of document.body.querySelectorAll(row.tag)) element.remove();
  });

  for (const row of rows) {
    describe(`<${row.tag}> ${row.property}`, () => {
      it(`reads "${row.text}" set as a property, as React and Vue set it`, async () => {
        const { element } = await mount(row.tag);
        setProperty(element, row.property, row.text);
        expect(propertyOf(element, row.property)).to.deep.equal(row.value);
      });

      it(`reads "${row.text}" as the ${row.attribute} attribute`, async () => {
        const { element } = await mount(row.tag);
        element.setAttribute(row.attribute, row.text);
        expect(propertyOf(element, row.property)).to.deep.equal(row.value);
      });

      it(`shows a configuration error for "${row.unreadable}" in both languages, until a readable value comes`, async () => {
        const harness = await mount(row.tag);
        const { element } = harness;
        setProperty(element, row.property, row.value);
        setProperty(element, row.property, row.unreadable);
        await harness.settled();
        // The property keeps the last value it could read: the element's own code never sees the text.
        expect(propertyOf(element, row.property)).to.deep.equal(row.value);
        expect(harness.error).to.include(
          `Nilai ${row.named} tidak dapat dibaca (“${row.unreadable}”): seharusnya ${row.expected.id}.`,
        );
        element.locale = 'en';
        await harness.settled();
        expect(harness.error).to.include(
          `The value of ${row.named} cannot be read (“${row.unreadable}”): expected ${row.expected.en}.`,
        );
        element.setAttribute(row.attribute, row.text);
        await harness.settled();
        expect(harness.error ?? '').not.to.include('cannot be read');
      });
    });
  }

  it('takes a typed value as it is, and unsets on empty text or null', async () => {
    const { element: site } = await mount('mpp-site-info');
    if (!(site instanceof MppSiteInfo)) throw new Error('not a site card');
    const instant = new Date('2026-03-02T03:00:00Z');
    site.now = instant;
    expect(site.now).to.equal(instant);
    setProperty(site, 'now', '');
    expect(site.now).to.equal(undefined);
    site.now = instant;
    site.removeAttribute('now');
    site.setAttribute('now', '2026-03-02T10:00:00+07:00');
    site.removeAttribute('now');
    expect(site.now).to.equal(undefined);
  });

  it('refuses a date that is not ISO 8601 or not a date at all', async () => {
    const harness = await mount('mpp-survey-results');
    const results = harness.element;
    if (!(results instanceof MppSurveyResults)) throw new Error('not survey results');
    for (const input of ['December 1, 2026', '1/12/2026', new Date('nope'), {}]) {
      setProperty(results, 'now', input);
      await harness.settled();
      expect(results.now, JSON.stringify(input)).to.equal(undefined);
      expect(harness.error).to.include('Nilai now tidak dapat dibaca');
    }
  });

  it('gives <mpp-site-info> its card for now="…" set as a property, never a skeleton left behind', async () => {
    const element = await fixture<MppSiteInfo>(html`<mpp-site-info .client=${testClient()}></mpp-site-info>`);
    setProperty(element, 'now', '2026-03-02T10:00:00+07:00');
    const card = new SiteInfoHarness(element);
    await card.settled();
    expect(card.status).to.equal('Buka · istirahat pukul 12.00');
    setProperty(element, 'now', 'kemarin');
    await card.settled();
    expect(card.name).to.equal(null);
    expect(card.error).to.include('Nilai now tidak dapat dibaca (“kemarin”)');
    await expect(element).to.be.accessible();
  });
});

describe('the text of an instant (dateForm), as the contract writes one', () => {
  /** The instant's milliseconds, or `'unreadable'` (a symbol in a failed assertion would stop the test runner's report). */
  const read = (text: string): number | undefined | 'unreadable' => {
    const value = dateForm.read(text);
    if (value === UNREADABLE) return 'unreadable';
    return value?.getTime();
  };

  it('reads a date and time with seconds and its offset, with or without a fraction', () => {
    const nineWib = Date.parse('2026-12-01T02:00:00Z');
    expect(read('2026-12-01T09:00:00+07:00')).to.equal(nineWib);
    expect(read('2026-12-01T09:00:00.000+07:00')).to.equal(nineWib);
    expect(read('2026-12-01T11:00:00+09:00')).to.equal(nineWib);
    expect(read(' 2026-12-01T09:00:00+07:00 ')).to.equal(nineWib);
  });

  it('reads Z as UTC', () => {
    expect(read('2026-12-01T02:00:00Z')).to.equal(Date.UTC(2026, 11, 1, 2));
  });

  it('refuses a date alone or a time without an offset: each names another moment in each time zone', () => {
    expect(read('2026-12-01')).to.equal('unreadable');
    expect(read('2026-12-01T09:00:00')).to.equal('unreadable');
  });

  it('refuses an impossible month, day or hour, the same in every browser', () => {
    expect(read('2026-13-01T09:00:00+07:00')).to.equal('unreadable');
    expect(read('2026-02-30T09:00:00+07:00')).to.equal('unreadable');
    expect(read('2026-12-01T25:00:00+07:00')).to.equal('unreadable');
  });

  it('refuses trailing text and other writings of a date', () => {
    expect(read('2026-12-01T09:00:00+07:00 besok')).to.equal('unreadable');
    expect(read('2026-12-01T09:00:00+07:00Z')).to.equal('unreadable');
    expect(read('2026-12-01 09:00:00+07:00')).to.equal('unreadable');
    expect(read('2026-12-01T09:00+07:00')).to.equal('unreadable');
    expect(read('2026-12-01T09:00:00+0700')).to.equal('unreadable');
    expect(read('1 Desember 2026')).to.equal('unreadable');
  });

  it('unsets on empty text', () => {
    expect(read('')).to.equal(undefined);
  });
});
