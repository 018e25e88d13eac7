// A page in Bahasa Indonesia, the kit's first language, never fetches an
// English table: they are separate modules, imported only when an element
// speaks English. This file is such a page (nothing here speaks English), and
// reads what it fetched from the browser's own record of resources.
import '@mpp-kit/elements/service-catalog/define.js';
import '@mpp-kit/elements/site-info/define.js';
import { ServiceCatalogHarness, SiteInfoHarness } from '@mpp-kit/elements/testing.js';
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import type { MppServiceCatalog, MppSiteInfo } from '../index.js';
import { at, testClient } from '../test-support/server.js';

// The browser keeps 250 resource entries unless told otherwise, and the test
// page's own modules fill them: room for every fetch from now on.
performance.setResourceTimingBufferSize(100_000);

/** The string tables this page fetched, as paths from an element folder: `site-info/i18n/id.ts`. */
function fetchedTables(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname.match(/[\w-]+\/i18n\/[\w-]+\.[jt]s$/)?.[0])
    .filter((path): path is string => path !== undefined);
}

describe('an Indonesian page', () => {
  it('shows its elements in Indonesian and fetches no English table', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="id">
        <mpp-site-info .client=${testClient()} .now=${at('2026-03-02T10:00:00')}></mpp-site-info>
        <mpp-service-catalog .client=${testClient()}></mpp-service-catalog>
      </div>`,
    );
    const info = new SiteInfoHarness(page.querySelector('mpp-site-info') as MppSiteInfo);
    const catalog = new ServiceCatalogHarness(page.querySelector('mpp-service-catalog') as MppServiceCatalog);
    await Promise.all([info.settled(), catalog.settled()]);
    expect(info.week[0]?.day).to.equal('Senin');

    expect(fetchedTables().filter((path) => /\/en\.[jt]s$/.test(path))).to.deep.equal([]);

    // The record would show an English table had one been fetched.
    await import('../site-info/i18n/en.js');
    expect(fetchedTables()).to.include('site-info/i18n/en.ts');
  });
});
