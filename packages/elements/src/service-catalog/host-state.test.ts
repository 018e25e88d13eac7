// <mpp-service-catalog> inside an application that owns it: a framework that
// mounts and unmounts it quickly, a store or router that keeps its search and
// open service, a hash router that owns the URL's hash.
import '@mpp-kit/elements/service-catalog/define.js';
import { ServiceCatalogHarness } from '@mpp-kit/elements/testing.js';
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import type { MppEvent, MppServiceCatalog } from '../index.js';
import { countingFetch } from '../test-support/counting-fetch.js';
import { testClient } from '../test-support/server.js';

/** The catalog's first load: the agencies and the one page of services the seed has. */
const FIRST_LOAD = 2;

function newCatalog(client: ReturnType<typeof testClient>): MppServiceCatalog {
  const element = document.createElement('mpp-service-catalog');
  element.client = client;
  return element;
}

/** Every `mpp-error` that reaches `target`. */
function errorsAt(target: HTMLElement): MppEvent<'mpp-error'>[] {
  const errors: MppEvent<'mpp-error'>[] = [];
  target.addEventListener('mpp-error', (event) => errors.push(event));
  return errors;
}

describe('<mpp-service-catalog> in an application', () => {
  describe('remounts', () => {
    it('five quick remounts cancel the loads of the four catalogs they replaced', async () => {
      const requests = countingFetch({ hold: true });
      const client = testClient({ fetch: requests.fetch });
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const errors = errorsAt(host);
      const mounted: MppServiceCatalog[] = [];
      for (let mount = 1; mount <= 5; mount += 1) {
        const element = newCatalog(client);
        mounted.push(element);
        // What a framework does on a remount: the old element leaves, a new one takes its place.
        host.replaceChildren(element);
        await requests.made(mount * FIRST_LOAD);
      }
      expect(requests.requests.length).to.equal(5 * FIRST_LOAD);
      expect(requests.requests.slice(0, 4 * FIRST_LOAD).every((request) => request.aborted)).to.equal(true);
      expect(requests.requests.slice(4 * FIRST_LOAD).some((request) => request.aborted)).to.equal(false);

      requests.release();
      const list = new ServiceCatalogHarness(mounted[4] as MppServiceCatalog);
      await list.settled();
      expect(list.resultIds.length).to.be.greaterThan(0);
      expect(requests.requests.length).to.equal(5 * FIRST_LOAD);
      // A cancelled load is no failure: nothing to report, nothing to retry.
      expect(errors).to.deep.equal([]);
    });

    it('a catalog taken off the page cancels its load, and loads again when it is put back', async () => {
      const requests = countingFetch({ hold: true });
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const errors = errorsAt(host);
      const element = newCatalog(testClient({ fetch: requests.fetch }));
      host.append(element);
      await requests.made(FIRST_LOAD);
      element.remove();
      expect(requests.requests.map((request) => request.aborted)).to.deep.equal([true, true]);
      requests.release();
      host.append(element);
      const list = new ServiceCatalogHarness(element);
      await list.settled();
      expect(requests.requests.length).to.equal(2 * FIRST_LOAD);
      expect(list.error).to.equal(null);
      expect(list.resultIds.length).to.be.greaterThan(0);
      expect(errors).to.deep.equal([]);
    });
  });

  describe('search and open service owned by the host', () => {
    it('tells the host what the visitor searched and opened, and not what the host set', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const heard: string[] = [];
      host.addEventListener('mpp-query-change', (event) => heard.push(`query ${event.detail.query}`));
      host.addEventListener('mpp-service-change', (event) => heard.push(`service ${event.detail.service}`));
      const element = newCatalog(testClient());
      host.append(element);
      const list = new ServiceCatalogHarness(element);
      await list.settled();
      await list.search('ktp');
      await list.open('ktp-el');
      await list.close();
      expect(heard).to.deep.equal(['query ktp', 'service ktp-el', 'service ']);
      element.query = 'paspor';
      element.service = 'kia';
      await list.settled();
      expect(heard.length).to.equal(3);
      expect(list.detailTitle).to.not.equal(null);
    });

    it('a remounted catalog starts with the search and the service its host kept', async () => {
      // The host's store: what a React state or a Pinia store does with the events.
      const kept = { query: '', service: '' };
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.addEventListener('mpp-query-change', (event) => (kept.query = event.detail.query));
      host.addEventListener('mpp-service-change', (event) => (kept.service = event.detail.service));
      const mount = async (): Promise<ServiceCatalogHarness> => {
        const element = newCatalog(testClient());
        element.query = kept.query;
        element.service = kept.service;
        host.replaceChildren(element);
        const list = new ServiceCatalogHarness(element);
        await list.settled();
        return list;
      };
      const first = await mount();
      await first.search('akta');
      await first.open('akta-kelahiran');
      const second = await mount();
      const input = second.element.shadowRoot?.querySelector<HTMLInputElement>('[part~="search-input"]');
      expect(input?.value).to.equal('akta');
      expect(second.detailTitle).to.equal(first.detailTitle);
    });
  });

  describe('sync-url beside a router', () => {
    let before = '';
    beforeEach(() => {
      before = location.href;
    });
    afterEach(() => {
      history.replaceState(null, '', before);
    });

    it('keeps a hash router’s route and puts its state in the route’s query', async () => {
      history.replaceState(null, '', '#/layanan-publik?tab=2&q=ktp');
      const element = await fixture<MppServiceCatalog>(
        html`<mpp-service-catalog sync-url .client=${testClient()}></mpp-service-catalog>`,
      );
      const list = new ServiceCatalogHarness(element);
      await list.settled();
      expect(element.query).to.equal('ktp');
      await list.open('ktp-el');
      expect(location.hash).to.equal('#/layanan-publik?tab=2&layanan=ktp-el&q=ktp');
      await list.close();
      await list.search('');
      expect(location.hash).to.equal('#/layanan-publik?tab=2');
    });

    it('with sync-url="query", keeps its state in the query string and leaves the hash alone', async () => {
      const url = new URL(location.href);
      url.searchParams.set('layanan', 'kia');
      url.hash = '#/beranda';
      history.replaceState(null, '', url);
      const element = await fixture<MppServiceCatalog>(
        html`<mpp-service-catalog sync-url="query" .client=${testClient()}></mpp-service-catalog>`,
      );
      const list = new ServiceCatalogHarness(element);
      await list.settled();
      expect(element.service).to.equal('kia');
      await list.close();
      await list.search('paspor');
      expect(new URLSearchParams(location.search).get('q')).to.equal('paspor');
      expect(new URLSearchParams(location.search).has('layanan')).to.equal(false);
      expect(location.hash).to.equal('#/beranda');
    });
  });
});
