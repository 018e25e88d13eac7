// The first screen does not jump: an element's loading skeleton is as tall as
// the card the data fills (the Kota Kediri seed, at a phone's width), so the
// page below it stays where it was when the data arrives; and the element
// keeps, once defined, the height a page reserves for it before the module
// loads (README, "Before the module loads").
import '@mpp-kit/elements/service-catalog/define.js';
import '@mpp-kit/elements/site-info/define.js';
import { ServiceCatalogHarness, SiteInfoHarness } from '@mpp-kit/elements/testing.js';
import { expect, fixture, fixtureSync } from '@open-wc/testing';
import { html } from 'lit';
import type { MppServiceCatalog, MppSiteInfo } from './index.js';
import { at, heldFetch, switchableFetch, testClient } from './test-support/server.js';

/** A phone: the 412 px of Lighthouse's mobile screen, less a portal's margins and card padding. */
const WIDTHS = [340];
/** What the README tells a page to reserve for these elements before they are defined. */
const RESERVED = '24rem';
/** Engines round line boxes differently; a few pixels are no visible jump. */
const TOLERANCE_PX = 4;

const MONDAY_10 = at('2026-03-02T10:00:00');

for (const width of WIDTHS) {
  describe(`the first screen at ${width} px`, () => {
    it('<mpp-site-info>: the skeleton is as tall as the loaded card', async () => {
      const held = heldFetch();
      const element = await fixture<MppSiteInfo>(
        html`<mpp-site-info .client=${testClient({ fetch: held.fetch })} .now=${MONDAY_10}></mpp-site-info>`,
      );
      element.style.width = `${width}px`;
      const loading = element.getBoundingClientRect().height;
      held.release();
      await new SiteInfoHarness(element).settled();
      const loaded = element.getBoundingClientRect().height;
      expect(loading, `skeleton ${loading} px, card ${loaded} px`).to.be.closeTo(loaded, TOLERANCE_PX);
    });

    it('<mpp-service-catalog>: the skeleton is as tall as the loaded list', async () => {
      const held = heldFetch();
      const element = await fixture<MppServiceCatalog>(
        html`<mpp-service-catalog .client=${testClient({ fetch: held.fetch })}></mpp-service-catalog>`,
      );
      element.style.width = `${width}px`;
      const loading = element.getBoundingClientRect().height;
      held.release();
      await new ServiceCatalogHarness(element).settled();
      const loaded = element.getBoundingClientRect().height;
      expect(loading, `skeleton ${loading} px, list ${loaded} px`).to.be.closeTo(loaded, TOLERANCE_PX);
    });
  });
}

describe('before and after definition', () => {
  it('a page that reserves the README height keeps it: defined elements never get shorter than it', async () => {
    const reserved = fixtureSync<HTMLElement>(html`<div></div>`);
    reserved.style.blockSize = RESERVED;
    // Offline: the error with its retry button, the shortest state these elements have.
    const network = switchableFetch();
    network.setDown(true);
    const client = testClient({ fetch: network.fetch });
    const info = await fixture<MppSiteInfo>(html`<mpp-site-info .client=${client}></mpp-site-info>`);
    await new SiteInfoHarness(info).settled();
    const catalog = await fixture<MppServiceCatalog>(
      html`<mpp-service-catalog .client=${client}></mpp-service-catalog>`,
    );
    await new ServiceCatalogHarness(catalog).settled();
    for (const element of [info, catalog]) {
      expect(element.shadowRoot?.querySelector('button'), `${element.localName} shows its retry`).to.not.equal(null);
      expect(element.getBoundingClientRect().height, element.localName).to.be.at.least(
        reserved.getBoundingClientRect().height - 0.5,
      );
    }
  });
});
