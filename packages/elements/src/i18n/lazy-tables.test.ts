// The English tables are loaded on demand: an element speaking English waits
// for its table (showing no other language meanwhile), every element shares
// one load, and a failed load says so. A card element over MppElement, whose
// English table is loaded through a loader the test counts and settles by
// hand, shows each step held still; the real <mpp-site-info> shows them with
// its real `import()`.
import '@mpp-kit/elements/site-info/define.js';
import { ElementHarness, SiteInfoHarness } from '@mpp-kit/elements/testing.js';
import { expect, fixture, fixtureSync, waitUntil } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { MppElement } from '../core/mpp-element.js';
import type { MppSiteInfo } from '../index.js';
import { at, testClient } from '../test-support/server.js';
import { enEssential } from './en-essential.js';
import { LazyTable, type Translations } from './translations.js';

interface CardStrings {
  title: string;
}

/** An English table whose imports the test counts, and settles one by one. */
interface HeldTable {
  readonly table: LazyTable<CardStrings>;
  /** How many times the table was imported. */
  imports(): number;
  /** Settles the import under way: the table, or a failure like a dropped connection. */
  settle(outcome: 'loaded' | 'failed'): void;
}

function heldTable(): HeldTable {
  let imports = 0;
  const pending: ((outcome: 'loaded' | 'failed') => void)[] = [];
  const table = new LazyTable<CardStrings>(() => {
    imports += 1;
    return new Promise((resolve, reject) => {
      pending.push((outcome) =>
        outcome === 'loaded' ? resolve({ title: 'Opening hours' }) : reject(new TypeError('Failed to fetch')),
      );
    });
  });
  return {
    table,
    imports: () => imports,
    settle: (outcome) => {
      const next = pending.shift();
      if (!next) throw new Error('no import of the table is under way');
      next(outcome);
    },
  };
}

let cards = 0;

type Card = MppElement<CardStrings>;

/** Defines a card element (a new tag each time) whose English table is `english`. */
function cardElement(english: LazyTable<CardStrings>): new () => Card {
  const translations: Translations<CardStrings> = { id: { title: 'Jam layanan' }, en: english };
  class LazyCard extends MppElement<CardStrings> {
    protected readonly translations = translations;
    protected renderContent(): TemplateResult {
      return html`<h2 part="title">${this.t.title}</h2>`;
    }
  }
  cards += 1;
  customElements.define(`test-lazy-card-${cards}`, LazyCard);
  return LazyCard;
}

/** Everything the element's shadow root showed, in order: its `base` lang and its text at each change. */
function recordScreens(element: Element): { lang: string | null; text: string }[] {
  const root = element.shadowRoot;
  if (!root) throw new Error('the element is not connected');
  const screens: { lang: string | null; text: string }[] = [];
  const record = (): void => {
    const base = root.querySelector('[part~="base"]');
    screens.push({
      lang: base?.getAttribute('lang') ?? null,
      text: base?.textContent.replace(/\s+/g, ' ').trim() ?? '',
    });
  };
  new MutationObserver(record).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  return screens;
}

/** A card connected synchronously, with a recording of what it shows from its first render on. */
function card(
  Card: new () => Card,
  attributes = '',
): { element: Card; harness: ElementHarness; screens: ReturnType<typeof recordScreens> } {
  const host = fixtureSync<HTMLElement>(html`<div></div>`);
  // A tag defined at run time cannot be written in a Lit template.
  const element = new Card();
  for (const [name, value] of new URLSearchParams(attributes)) element.setAttribute(name, value);
  host.append(element);
  return { element, harness: new ElementHarness(element), screens: recordScreens(element) };
}

const titleOf = (element: Element): string | null =>
  element.shadowRoot?.querySelector('[part~="title"]')?.textContent ?? null;

describe('string tables loaded on demand', () => {
  it('shows an English element in English only once its table arrives, and never in Indonesian', async () => {
    const english = heldTable();
    const { element, harness, screens } = card(cardElement(english.table), 'lang=en');
    await element.updateComplete;
    expect(harness.busy, 'busy while the table loads').to.equal(true);
    expect(titleOf(element)).to.equal(null);
    expect(english.imports()).to.equal(1);

    english.settle('loaded');
    await harness.settled();
    expect(titleOf(element)).to.equal('Opening hours');
    expect(screens.some((screen) => screen.text.includes('Jam layanan'))).to.equal(false);
    expect(screens.at(-1)).to.deep.equal({ lang: 'en', text: 'Opening hours' });
  });

  it('never imports the English table of an Indonesian element', async () => {
    const english = heldTable();
    const { element, harness } = card(cardElement(english.table), 'lang=id');
    await harness.settled();
    expect(titleOf(element)).to.equal('Jam layanan');
    expect(english.imports()).to.equal(0);
  });

  it('loads a table once for every element that needs it', async () => {
    const english = heldTable();
    const Card = cardElement(english.table);
    const first = card(Card, 'lang=en');
    const second = card(Card, 'locale=en');
    await Promise.all([first.element.updateComplete, second.element.updateComplete]);
    english.settle('loaded');
    await Promise.all([first.harness.settled(), second.harness.settled()]);
    expect([titleOf(first.element), titleOf(second.element)]).to.deep.equal(['Opening hours', 'Opening hours']);
    expect(english.imports()).to.equal(1);

    // An element that comes later finds the table loaded: no import, no wait.
    const later = card(Card, 'lang=en');
    await later.element.updateComplete;
    expect(titleOf(later.element)).to.equal('Opening hours');
    expect(english.imports()).to.equal(1);
  });

  it('keeps its Indonesian text while the English table loads after a switch, then speaks English', async () => {
    const english = heldTable();
    const { element, harness, screens } = card(cardElement(english.table), 'lang=id');
    await harness.settled();
    element.setAttribute('lang', 'en');
    await waitUntil(() => english.imports() === 1, 'the switch imports the English table');
    await element.updateComplete;
    expect(harness.busy, 'busy while the table loads').to.equal(true);
    expect(titleOf(element), 'the text already shown stays').to.equal('Jam layanan');

    english.settle('loaded');
    await harness.settled();
    expect(titleOf(element)).to.equal('Opening hours');
    // Whatever was on screen was in the language its `lang` said.
    for (const screen of screens) {
      if (screen.text.includes('Jam layanan')) expect(screen.lang).to.equal('id');
      if (screen.text.includes('Opening hours')) expect(screen.lang).to.equal('en');
    }
  });

  it('applies the host’s strings over a table loaded on demand', async () => {
    const english = heldTable();
    const { element, harness } = card(cardElement(english.table), 'lang=en');
    element.strings = { en: { title: 'When we are open' } };
    await element.updateComplete;
    english.settle('loaded');
    await harness.settled();
    expect(titleOf(element)).to.equal('When we are open');
  });

  it('says in English that its text could not be loaded when the import fails, and retries', async () => {
    const english = heldTable();
    const { element, harness, screens } = card(cardElement(english.table), 'lang=en');
    await element.updateComplete;
    english.settle('failed');
    await harness.settled();
    expect(harness.error).to.include(enEssential.textFailed);
    expect(harness.error).to.include(enEssential.retry);
    expect(element.shadowRoot?.querySelector('[part~="error"]')?.getAttribute('role')).to.equal('alert');
    expect(screens.some((screen) => screen.text.includes('Jam layanan') || screen.text.includes('Teks'))).to.equal(
      false,
    );

    const retried = harness.retry();
    await element.updateComplete;
    expect(english.imports(), 'the retry imports again').to.equal(2);
    english.settle('loaded');
    await retried;
    expect(harness.error).to.equal(null);
    expect(titleOf(element)).to.equal('Opening hours');
  });
});

describe('<mpp-site-info> with its English table loaded on demand', () => {
  it('shows English, and no Indonesian line on the way', async () => {
    const element = fixtureSync<MppSiteInfo>(
      html`<mpp-site-info
        lang="en"
        .client=${testClient({ locale: 'en' })}
        .now=${at('2026-03-02T10:00:00')}
      ></mpp-site-info>`,
    );
    const screens = recordScreens(element);
    const info = new SiteInfoHarness(element);
    await info.settled();
    expect(info.week[0]?.day).to.equal('Monday');
    expect(info.element.shadowRoot?.textContent).to.include('Opening hours');
    expect(screens.some((screen) => /Jam layanan|Senin|Memuat/.test(screen.text))).to.equal(false);
  });

  it('switches a card already shown to English', async () => {
    const element = await fixture<MppSiteInfo>(
      html`<mpp-site-info lang="id" .client=${testClient()} .now=${at('2026-03-02T10:00:00')}></mpp-site-info>`,
    );
    const info = new SiteInfoHarness(element);
    await info.settled();
    expect(info.week[0]?.day).to.equal('Senin');
    element.setAttribute('lang', 'en');
    await info.settled();
    expect(info.week[0]?.day).to.equal('Monday');
  });
});
