// <mpp-provider> shares one API with the elements inside it, imported as a portal would.
import '@mpp-kit/elements/provider/define.js';
import '@mpp-kit/elements/site-info/define.js';
import { MppProvider } from '@mpp-kit/elements';
import { SiteInfoHarness } from '@mpp-kit/elements/testing.js';
import { expect, fixture, fixtureSync } from '@open-wc/testing';
import { html } from 'lit';
import { at, server, switchableFetch, tamperedSiteFetch, testClient } from '../test-support/server.js';

const NOW = at('2026-03-02T10:00:00');

/** A client whose site is called `name`, to tell clients apart on screen. */
const namedClient = (name: string) => testClient({ fetch: tamperedSiteFetch((site) => ({ ...site, name })) });

async function harnessesIn(root: ParentNode): Promise<SiteInfoHarness[]> {
  const harnesses = [...root.querySelectorAll('mpp-site-info')].map((element) => new SiteInfoHarness(element));
  for (const harness of harnesses) await harness.settled();
  return harnesses;
}

describe('<mpp-provider>', () => {
  it('gives its client to every element inside, and takes no room itself', async () => {
    const provider = await fixture<MppProvider>(
      html`<mpp-provider .client=${namedClient('MPP A')}>
        <mpp-site-info .now=${NOW}></mpp-site-info>
        <section><mpp-site-info .now=${NOW}></mpp-site-info></section>
      </mpp-provider>`,
    );
    const cards = await harnessesIn(provider);
    expect(cards.map((card) => card.name)).to.deep.equal(['MPP A', 'MPP A']);
    expect(getComputedStyle(provider).display).to.equal('contents');
    await expect(provider).to.be.accessible();
  });

  it('lets an element’s own client, and an inner provider, win', async () => {
    const outer = await fixture<MppProvider>(
      html`<mpp-provider .client=${namedClient('Outer')}>
        <mpp-site-info .now=${NOW}></mpp-site-info>
        <mpp-site-info .now=${NOW} .client=${namedClient('Own')}></mpp-site-info>
        <mpp-provider .client=${namedClient('Inner')}><mpp-site-info .now=${NOW}></mpp-site-info></mpp-provider>
      </mpp-provider>`,
    );
    const cards = await harnessesIn(outer);
    expect(cards.map((card) => card.name)).to.deep.equal(['Outer', 'Own', 'Inner']);
  });

  it('serves each element the client of its language from api-base', async () => {
    const original = globalThis.fetch;
    const languages: (string | null)[] = [];
    globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      languages.push(request.headers.get('Accept-Language'));
      return server().fetch(
        new Request(request.url.replace('https://provider.example.go.id/api', server().baseUrl), request),
      );
    };
    try {
      const provider = await fixture<MppProvider>(
        html`<mpp-provider api-base="https://provider.example.go.id/api">
          <mpp-site-info .now=${NOW}></mpp-site-info>
          <div lang="en"><mpp-site-info .now=${NOW}></mpp-site-info></div>
        </mpp-provider>`,
      );
      const [indonesian, english] = await harnessesIn(provider);
      expect(indonesian?.status).to.equal('Buka · istirahat pukul 12.00');
      expect(english?.status).to.equal('Open · break at 12:00');
      expect(languages.sort()).to.deep.equal(['en', 'id']);
    } finally {
      globalThis.fetch = original;
    }
  });

  it('reaches elements that connected before the provider was defined', async () => {
    const wrapper = fixtureSync<HTMLElement>(
      html`<div>
        <mpp-late-provider><mpp-site-info .now=${NOW}></mpp-site-info></mpp-late-provider>
      </div>`,
    );
    const [card] = await harnessesIn(wrapper);
    expect(card?.error).to.contain('api-base');
    const late = wrapper.querySelector('mpp-late-provider') as MppProvider;
    late.client = namedClient('Late');
    customElements.define('mpp-late-provider', class extends MppProvider {});
    await card?.settled();
    expect(card?.name).to.equal('Late');
  });

  it('reloads its elements when its client changes', async () => {
    const network = switchableFetch();
    network.setDown(true);
    const provider = await fixture<MppProvider>(
      html`<mpp-provider .client=${testClient({ fetch: network.fetch })}>
        <mpp-site-info .now=${NOW}></mpp-site-info>
      </mpp-provider>`,
    );
    const [card] = await harnessesIn(provider);
    expect(card?.error).to.contain('Tidak dapat terhubung ke server');
    provider.client = namedClient('Recovered');
    await card?.settled();
    expect(card?.name).to.equal('Recovered');
  });
});
