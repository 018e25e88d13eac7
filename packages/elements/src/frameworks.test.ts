// The elements mounted by React 19 (in StrictMode) and Vue 3, the way their
// developers write them: props as those frameworks pass them (text for
// attributes and properties alike), events through the framework, a language
// switch, a store that owns the catalog's search, and quick remounts whose
// superseded loads must be cancelled. No JSX: `createElement` and `h()` are
// what JSX and templates compile to.
import '@mpp-kit/elements/service-catalog/define.js';
import '@mpp-kit/elements/site-info/define.js';
import { ServiceCatalogHarness, SiteInfoHarness } from '@mpp-kit/elements/testing.js';
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { createElement, StrictMode, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { createApp, h, nextTick, reactive, type App } from 'vue';
import type { MppClient } from '@mpp-kit/sdk';
import { MppServiceCatalog, MppSiteInfo, type MppEvent } from './index.js';
import { countingFetch, type CountingFetch } from './test-support/counting-fetch.js';
import { testClient } from './test-support/server.js';

/** Monday 10.00 in Kota Kediri, as a framework passes it: text. */
const MONDAY_10 = '2026-03-02T10:00:00+07:00';
/** The catalog's first load: the agencies and the one page of services the seed has. */
const FIRST_LOAD = 2;

/** What the page shows and keeps, whichever framework renders it. */
interface PageState {
  locale: 'id' | 'en';
  query: string;
  /** Changing it remounts the catalog (a framework's `key`). */
  mount: number;
}

const queryEvents: string[] = [];

async function container(): Promise<HTMLDivElement> {
  return fixture<HTMLDivElement>(html`<div></div>`);
}

function found<E extends Element>(root: Element, selector: string, type: new () => E): E {
  const element = root.querySelector(selector);
  if (!(element instanceof type)) throw new Error(`no ${selector} rendered`);
  return element;
}

/** The checks both frameworks must pass, over a page rendered by `render` into `host`. */
function frameworkSuite(
  name: string,
  mount: (
    host: HTMLElement,
    client: MppClient,
    initial: PageState,
  ) => { state: PageState; update: () => Promise<void>; unmount: () => void },
): void {
  describe(name, () => {
    let unmount: (() => void) | undefined;
    afterEach(() => {
      unmount?.();
      unmount = undefined;
      queryEvents.length = 0;
    });

    async function page(requests?: CountingFetch): Promise<{
      host: HTMLElement;
      state: PageState;
      update: () => Promise<void>;
    }> {
      const host = await container();
      const initial: PageState = { locale: 'id', query: 'akta', mount: 1 };
      const rendered = mount(host, testClient(requests ? { fetch: requests.fetch } : {}), initial);
      unmount = rendered.unmount;
      return { host, state: rendered.state, update: rendered.update };
    }

    it('passes text props to properties that are not strings, and the card shows its data', async () => {
      const { host } = await page();
      const card = new SiteInfoHarness(found(host, 'mpp-site-info', MppSiteInfo));
      await card.settled();
      expect(card.element.now?.toISOString()).to.equal('2026-03-02T03:00:00.000Z');
      expect(card.status).to.equal('Buka · istirahat pukul 12.00');
      expect(card.element.headingLevel).to.equal(3);
      expect(card.element.shadowRoot?.querySelector('[part~="name"]')?.getAttribute('aria-level')).to.equal('3');
    });

    it('hears the catalog’s events through the framework, keeps the search in its state and switches language', async () => {
      const { host, state, update } = await page();
      const list = new ServiceCatalogHarness(found(host, 'mpp-service-catalog', MppServiceCatalog));
      await list.settled();
      expect(list.element.query).to.equal('akta');
      await list.search('paspor');
      await waitUntil(() => state.query === 'paspor', 'the framework did not hear mpp-query-change');
      expect(queryEvents).to.deep.equal(['paspor']);
      state.locale = 'en';
      await update();
      await list.settled();
      const label = list.element.shadowRoot?.querySelector('label[for="search"]')?.textContent;
      expect(label).to.equal('Search services');
      expect(list.element.query).to.equal('paspor');
    });

    it('five quick remounts cancel the superseded loads, and the last catalog has the kept search', async () => {
      const requests = countingFetch({ hold: true });
      const { host, state, update } = await page(requests);
      await requests.made(FIRST_LOAD);
      for (let remount = 2; remount <= 5; remount += 1) {
        state.mount = remount;
        await update();
        await requests.made(remount * FIRST_LOAD);
      }
      // The site card loaded once and was never remounted: its request is in flight, not cancelled.
      const catalogRequests = requests.requests.filter((request) => !request.path.endsWith('/v1/site'));
      expect(catalogRequests.length).to.equal(5 * FIRST_LOAD);
      expect(catalogRequests.filter((request) => request.aborted).length).to.equal(4 * FIRST_LOAD);
      expect(catalogRequests.slice(-FIRST_LOAD).some((request) => request.aborted)).to.equal(false);
      requests.release();
      const catalogs = host.querySelectorAll('mpp-service-catalog');
      expect(catalogs.length).to.equal(1);
      const list = new ServiceCatalogHarness(found(host, 'mpp-service-catalog', MppServiceCatalog));
      await list.settled();
      const input = list.element.shadowRoot?.querySelector<HTMLInputElement>('[part~="search-input"]');
      expect(input?.value).to.equal('akta');
      expect(list.results.length).to.be.greaterThan(0);
    });
  });
}

frameworkSuite('React 19, in StrictMode', (host, client, state) => {
  const root: Root = createRoot(host);
  const onQueryChange = (event: MppEvent<'mpp-query-change'>): void => {
    queryEvents.push(event.detail.query);
    state.query = event.detail.query;
    render();
  };
  const app = (): ReactElement =>
    createElement(
      StrictMode,
      null,
      // As JSX writes them: `headingLevel="3"` and `now="…"` are text, React sets them as properties.
      createElement('mpp-site-info', { client, now: MONDAY_10, headingLevel: '3', locale: state.locale }),
      createElement('mpp-service-catalog', {
        key: state.mount,
        client,
        locale: state.locale,
        query: state.query,
        'heading-level': '3',
        'onmpp-query-change': onQueryChange,
      }),
    );
  const render = (): void => flushSync(() => root.render(app()));
  render();
  return {
    state,
    update: () => {
      render();
      return Promise.resolve();
    },
    unmount: () => root.unmount(),
  };
});

frameworkSuite('Vue 3', (host, client, initial) => {
  // Vue's own reactivity: the test changes the state, Vue renders the change.
  const state = reactive(initial);
  let app: App | undefined = createApp({
    render: () => [
      // As a template writes them: `now="…"` and `heading-level="3"` are text, Vue sets them as properties.
      h('mpp-site-info', { client, now: MONDAY_10, 'heading-level': '3', locale: state.locale }),
      h('mpp-service-catalog', {
        key: state.mount,
        client,
        locale: state.locale,
        query: state.query,
        'heading-level': '3',
        onMppQueryChange: (event: MppEvent<'mpp-query-change'>) => {
          queryEvents.push(event.detail.query);
          state.query = event.detail.query;
        },
      }),
    ],
  });
  app.mount(host);
  return {
    state,
    update: () => nextTick(),
    unmount: () => {
      app?.unmount();
      app = undefined;
    },
  };
});
