// <mpp-site-info> against the in-browser reference server (the Kota Kediri
// seed), imported through its public define module as a portal would.
import '@mpp-kit/elements/site-info/define.js';
import { SiteInfoHarness } from '@mpp-kit/elements/testing.js';
import { expect, fixture, fixtureSync, oneEvent } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import type { MppEvent, MppSiteInfo } from '../index.js';
import { applyHostilePortalCss } from '../test-support/hostile-portal-css.js';
import { at, heldFetch, server, switchableFetch, tamperedSiteFetch, testClient } from '../test-support/server.js';

const MONDAY_10 = at('2026-03-02T10:00:00');

async function card(template: TemplateResult): Promise<SiteInfoHarness> {
  const element = await fixture<HTMLElement>(template);
  const found = element.localName === 'mpp-site-info' ? element : element.querySelector('mpp-site-info');
  const harness = new SiteInfoHarness(found as MppSiteInfo);
  await harness.settled();
  return harness;
}

/** Every element of a shadow tree, nested shadow roots included. */
function allElements(root: ShadowRoot | Element): Element[] {
  const found = [...root.querySelectorAll('*')];
  return found.concat(found.flatMap((element) => (element.shadowRoot ? allElements(element.shadowRoot) : [])));
}

function expectNoInlineStyles(element: Element): void {
  const styled = allElements(element.shadowRoot as ShadowRoot).filter((node) => node.hasAttribute('style'));
  expect(styled.map((node) => node.localName)).to.deep.equal([]);
}

describe('<mpp-site-info>', () => {
  describe('with data', () => {
    it('shows the name, the address, the website and the status on a Monday morning', async () => {
      const info = await card(html`<mpp-site-info .client=${testClient()} .now=${MONDAY_10}></mpp-site-info>`);
      expect(info.name).to.equal('Mal Pelayanan Publik Kota Kediri');
      expect(info.address).to.equal('Dhoho Plaza Lantai 2, Jl. Basuki Rahmat Kota Kediri, Jawa Timur');
      expect(info.statusKind).to.equal('open');
      expect(info.status).to.equal('Buka · istirahat pukul 12.00');
      const website = info.element.shadowRoot?.querySelector('.links a');
      expect(website?.getAttribute('href')).to.equal('https://kedirikota.go.id/');
      await expect(info.element).to.be.accessible();
    });

    it('says when it closes once the last break is over', async () => {
      const info = await card(
        html`<mpp-site-info .client=${testClient()} .now=${at('2026-03-02T13:30:00')}></mpp-site-info>`,
      );
      expect(info.status).to.equal('Buka · tutup pukul 15.00');
    });

    it('shows the Friday prayer break, in the week too', async () => {
      const info = await card(
        html`<mpp-site-info .client=${testClient()} .now=${at('2026-03-06T11:30:00')}></mpp-site-info>`,
      );
      expect(info.statusKind).to.equal('break');
      expect(info.status).to.equal('Istirahat salat Jumat sampai 13.00');
      const friday = info.week[4];
      expect(friday).to.deep.equal({
        day: 'Jumat',
        hours: '08.00–15.00 Istirahat salat Jumat 11.00–13.00',
        today: true,
      });
      expect(info.week.filter((row) => row.today)).to.have.length(1);
      await expect(info.element).to.be.accessible();
    });

    it('lists the week Monday first, with the weekend closed', async () => {
      const info = await card(html`<mpp-site-info .client=${testClient()} .now=${MONDAY_10}></mpp-site-info>`);
      expect(info.week.map((row) => row.day)).to.deep.equal([
        'Senin',
        'Selasa',
        'Rabu',
        'Kamis',
        'Jumat',
        'Sabtu',
        'Minggu',
      ]);
      expect(info.week[0]).to.deep.include({
        hours: '08.00–15.00 Istirahat, salat, dan makan (ISHOMA) 12.00–13.00',
        today: true,
      });
      expect(info.week[5]?.hours).to.equal('Tutup');
    });

    it('says when it opens again: later today, tomorrow, or on a named day', async () => {
      const early = await card(
        html`<mpp-site-info .client=${testClient()} .now=${at('2026-03-02T07:00:00')}></mpp-site-info>`,
      );
      expect(early.status).to.equal('Tutup · buka pukul 08.00');
      const evening = await card(
        html`<mpp-site-info .client=${testClient()} .now=${at('2026-03-05T18:00:00')}></mpp-site-info>`,
      );
      expect(evening.status).to.equal('Tutup · buka lagi besok pukul 08.00');
      const friday = await card(
        html`<mpp-site-info .client=${testClient()} .now=${at('2026-03-06T16:00:00')}></mpp-site-info>`,
      );
      expect(friday.statusKind).to.equal('closed');
      expect(friday.status).to.equal('Tutup · buka lagi Senin, 9 Maret 2026 pukul 08.00');
    });

    it('names the holiday that closes it today and lists the closures ahead', async () => {
      const nyepi = await card(
        html`<mpp-site-info .client=${testClient()} .now=${at('2026-03-19T09:00:00')}></mpp-site-info>`,
      );
      expect(nyepi.status).to.equal(
        'Tutup hari ini: Hari Suci Nyepi (Tahun Baru Saka 1948) · buka lagi Rabu, 25 Maret 2026 pukul 08.00',
      );
      expect(nyepi.holidays[0]).to.equal('Kamis, 19 Maret 2026 Hari Suci Nyepi (Tahun Baru Saka 1948)');
      expect(nyepi.holidays).to.have.length(6);
      const lebaran = await card(
        html`<mpp-site-info .client=${testClient()} .now=${at('2026-03-21T10:00:00')}></mpp-site-info>`,
      );
      expect(lebaran.status).to.match(/^Tutup hari ini: Hari Raya Idulfitri 1447 H · buka lagi Rabu, 25 Maret 2026/);
      await expect(lebaran.element).to.be.accessible();
    });

    it('shows every facility with a decorative icon next to its name', async () => {
      const info = await card(html`<mpp-site-info .client=${testClient()} .now=${MONDAY_10}></mpp-site-info>`);
      expect(info.facilities).to.include.members([
        'Ruang tunggu',
        'Ruang bermain anak',
        'Ruang laktasi',
        'Mushola',
        'Toilet difabel',
      ]);
      const facilities = [...(info.element.shadowRoot?.querySelectorAll('[part~="facility"]') ?? [])];
      expect(facilities).to.have.length(info.facilities.length);
      for (const facility of facilities) {
        expect(facility.querySelector('svg')?.getAttribute('aria-hidden')).to.equal('true');
      }
    });

    it('links the map position, and shows the phone and email as text', async () => {
      const fetch = tamperedSiteFetch((site) => ({
        ...site,
        address: { ...site.address, postalCode: '64121', geo: { lat: -7.8166, lng: 112.0119 } },
        contact: { phone: '(0354) 682955', email: 'mpp@kedirikota.go.id' },
      }));
      const info = await card(html`<mpp-site-info .client=${testClient({ fetch })} .now=${MONDAY_10}></mpp-site-info>`);
      const links = info.element.shadowRoot?.querySelector('.links') as HTMLElement;
      expect(info.address).to.equal('Dhoho Plaza Lantai 2, Jl. Basuki Rahmat Kota Kediri, Jawa Timur 64121');
      expect([...links.querySelectorAll('a')].map((link) => link.getAttribute('href'))).to.deep.equal([
        'https://www.openstreetmap.org/?mlat=-7.8166&mlon=112.0119#map=18/-7.8166/112.0119',
      ]);
      expect(links.innerText.replace(/\s+/g, ' ')).to.equal(
        'Lihat di peta Telepon: (0354) 682955 Surel: mpp@kedirikota.go.id',
      );
    });

    it('takes `now` as an attribute and its heading level from `heading-level`', async () => {
      const info = await card(
        html`<mpp-site-info .client=${testClient()} now="2026-03-06T11:30:00+07:00" heading-level="3"></mpp-site-info>`,
      );
      expect(info.statusKind).to.equal('break');
      const root = info.element.shadowRoot as ShadowRoot;
      expect(root.querySelector('[part~="name"]')?.getAttribute('aria-level')).to.equal('3');
      expect(root.querySelector('#hours-heading')?.getAttribute('aria-level')).to.equal('4');
    });

    it('renders no inline style attribute, in any state', async () => {
      const held = heldFetch();
      const loading = await fixture<MppSiteInfo>(
        html`<mpp-site-info .client=${testClient({ fetch: held.fetch })}></mpp-site-info>`,
      );
      expectNoInlineStyles(loading);
      held.release();
      await new SiteInfoHarness(loading).settled();
      expectNoInlineStyles(loading);
      const failing = switchableFetch();
      failing.setDown(true);
      const error = await card(html`<mpp-site-info .client=${testClient({ fetch: failing.fetch })}></mpp-site-info>`);
      expectNoInlineStyles(error.element);
    });
  });

  describe('language', () => {
    it('speaks English when its own lang says so, API text included', async () => {
      const info = await card(
        html`<mpp-site-info lang="en-GB" .client=${testClient()} .now=${MONDAY_10}></mpp-site-info>`,
      );
      expect(info.status).to.equal('Open · break at 12:00');
      expect(info.week[4]?.hours).to.equal('08:00–15:00 Friday prayer break 11:00–13:00');
      expect(info.facilities).to.include('Waiting room');
      expect(info.element.shadowRoot?.querySelector('#hours-heading')?.textContent).to.equal('Opening hours');
      expect(info.element.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang')).to.equal('en');
      await expect(info.element).to.be.accessible();
    });

    it('follows the closest ancestor lang, across a shadow root', async () => {
      const host = fixtureSync<HTMLElement>(html`<section lang="id"><div></div></section>`);
      const inner = (host.firstElementChild as HTMLElement).attachShadow({ mode: 'open' });
      inner.innerHTML = '<div lang="en"><mpp-site-info></mpp-site-info></div>';
      const element = inner.querySelector('mpp-site-info') as MppSiteInfo;
      element.client = testClient();
      element.now = MONDAY_10;
      const info = new SiteInfoHarness(element);
      await info.settled();
      expect(info.status).to.equal('Open · break at 12:00');
      (inner.firstElementChild as HTMLElement).removeAttribute('lang');
      await info.settled();
      expect(info.status).to.equal('Buka · istirahat pukul 12.00');
    });

    it('switches when the document language changes, and the `locale` attribute wins over lang', async () => {
      const root = document.documentElement;
      const before = root.getAttribute('lang');
      try {
        const info = await card(html`<mpp-site-info .client=${testClient()} .now=${MONDAY_10}></mpp-site-info>`);
        root.lang = 'en';
        await info.settled();
        expect(info.status).to.equal('Open · break at 12:00');
        info.element.setAttribute('locale', 'id');
        await info.settled();
        expect(info.status).to.equal('Buka · istirahat pukul 12.00');
        info.element.removeAttribute('locale');
        root.lang = 'id-ID';
        await info.settled();
        expect(info.status).to.equal('Buka · istirahat pukul 12.00');
      } finally {
        if (before === null) root.removeAttribute('lang');
        else root.setAttribute('lang', before);
      }
    });

    it('speaks Indonesian for languages it does not have', async () => {
      const info = await card(
        html`<mpp-site-info lang="jv" .client=${testClient()} .now=${MONDAY_10}></mpp-site-info>`,
      );
      expect(info.status).to.equal('Buka · istirahat pukul 12.00');
    });

    it('takes the host’s replacement strings for the current language', async () => {
      const strings = { id: { hoursHeading: 'Jadwal pelayanan' }, en: { hoursHeading: 'Service hours' } };
      const info = await card(
        html`<mpp-site-info .client=${testClient()} .now=${MONDAY_10} .strings=${strings}></mpp-site-info>`,
      );
      const heading = (): string | null | undefined =>
        info.element.shadowRoot?.querySelector('#hours-heading')?.textContent;
      expect(heading()).to.equal('Jadwal pelayanan');
      info.element.lang = 'en';
      await info.settled();
      expect(heading()).to.equal('Service hours');
    });
  });

  describe('states', () => {
    it('shows a skeleton while loading, marked busy and accessible', async () => {
      const held = heldFetch();
      const element = await fixture<MppSiteInfo>(
        html`<mpp-site-info .client=${testClient({ fetch: held.fetch })}></mpp-site-info>`,
      );
      const info = new SiteInfoHarness(element);
      expect(info.busy).to.equal(true);
      expect(info.name).to.equal(null);
      expect(element.shadowRoot?.querySelector('.bone')).to.not.equal(null);
      expect(element.shadowRoot?.querySelector('[role="status"]')?.textContent).to.equal('Memuat…');
      await expect(element).to.be.accessible();
      held.release();
      await info.settled();
      expect(info.name).to.equal('Mal Pelayanan Publik Kota Kediri');
      expect(element.shadowRoot?.querySelector('.bone')).to.equal(null);
    });

    it('reserves the data’s space while loading: the top of the card does not move', async () => {
      const held = heldFetch();
      const element = await fixture<MppSiteInfo>(
        html`<mpp-site-info
          class="fixed-width"
          .client=${testClient({ fetch: held.fetch })}
          .now=${MONDAY_10}
        ></mpp-site-info>`,
      );
      element.style.width = '600px';
      const offsets = (): number[] => {
        const root = element.shadowRoot as ShadowRoot;
        const top = element.getBoundingClientRect().top;
        return ['.name', '.status', 'table'].map((selector) =>
          Math.round((root.querySelector(selector)?.getBoundingClientRect().top ?? -1) - top),
        );
      };
      const loading = offsets();
      held.release();
      await new SiteInfoHarness(element).settled();
      // Within a pixel: engines round fractional line boxes differently.
      offsets().forEach((offset, index) => expect(offset).to.be.closeTo(loading[index] as number, 1));
    });

    it('shows the failure with a retry button, fires mpp-error, and recovers on retry', async () => {
      const network = switchableFetch();
      network.setDown(true);
      const element = fixtureSync<HTMLElement>(
        html`<div><mpp-site-info .client=${testClient({ fetch: network.fetch })}></mpp-site-info></div>`,
      );
      const target = element.querySelector('mpp-site-info') as MppSiteInfo;
      const info = new SiteInfoHarness(target);
      await info.settled();
      expect(info.error).to.equal(
        'Data tidak dapat dimuat. Tidak dapat terhubung ke server. Periksa koneksi internet Anda, lalu coba lagi. Coba lagi',
      );
      await expect(target).to.be.accessible();
      network.setDown(false);
      const settled = info.retry();
      await settled;
      expect(info.error).to.equal(null);
      expect(info.name).to.equal('Mal Pelayanan Publik Kota Kediri');
    });

    it('tells the page about failures with a composed mpp-error event without personal data', async () => {
      const network = switchableFetch();
      network.setDown(true);
      const heard = oneEvent<MppEvent<'mpp-error'>>(document, 'mpp-error');
      const wrapper = fixtureSync<HTMLElement>(html`<div></div>`);
      const shadow = wrapper.attachShadow({ mode: 'open' });
      const element = document.createElement('mpp-site-info');
      element.client = testClient({ fetch: network.fetch });
      shadow.append(element);
      const event = await heard;
      expect(event.composed && event.bubbles).to.equal(true);
      expect(event.detail).to.deep.include({ kind: 'network', code: null, status: null, requestId: null });
      expect(Object.keys(event.detail).sort()).to.deep.equal(['code', 'kind', 'message', 'requestId', 'status']);
    });

    it('shows the API’s own message and request id', async () => {
      const indonesian = await card(html`<mpp-site-info .client=${testClient({ path: '/salah' })}></mpp-site-info>`);
      expect(indonesian.error).to.match(
        /^Data tidak dapat dimuat\. Data tidak ditemukan\. Kode permintaan: \S+ Coba lagi$/,
      );
      const english = await card(
        html`<mpp-site-info lang="en" .client=${testClient({ path: '/wrong', locale: 'en' })}></mpp-site-info>`,
      );
      expect(english.error).to.match(/^The data could not be loaded\. Not found\. Request ID: \S+ Try again$/);
    });

    it('keeps showing its data, marked stale, when a refresh fails', async () => {
      const network = switchableFetch();
      const element = await fixture<MppSiteInfo>(
        html`<mpp-site-info .client=${testClient({ fetch: network.fetch })} .now=${MONDAY_10}></mpp-site-info>`,
      );
      const info = new SiteInfoHarness(element);
      await info.settled();
      network.setDown(true);
      element.client = testClient({ fetch: network.fetch, locale: 'en' });
      await info.settled();
      expect(info.name).to.equal('Mal Pelayanan Publik Kota Kediri');
      expect(info.staleNotice).to.match(
        /^Menampilkan data per pukul \d\d\.\d\d; data terbaru tidak dapat dimuat\. Coba lagi$/,
      );
      await expect(element).to.be.accessible();
      network.setDown(false);
      await info.retry();
      expect(info.staleNotice).to.equal(null);
    });

    it('explains that it is not connected when nothing configures it', async () => {
      const info = await card(html`<mpp-site-info></mpp-site-info>`);
      expect(info.error).to.contain('atribut api-base');
      expect(info.element.shadowRoot?.querySelector('[part~="retry-button"]')).to.equal(null);
      await expect(info.element).to.be.accessible();
    });

    it('reports an api-base that is no URL as a configuration error, without a retry', async () => {
      const heard = oneEvent<MppEvent<'mpp-error'>>(document, 'mpp-error');
      const info = await card(html`<mpp-site-info api-base="http://[nope"></mpp-site-info>`);
      expect((await heard).detail.kind).to.equal('config');
      expect(info.error).to.contain('Alamat API komponen ini tidak valid');
      expect(info.element.shadowRoot?.querySelector('[part~="retry-button"]')).to.equal(null);
    });
  });

  describe('api-base', () => {
    let restore: () => void = () => undefined;
    afterEach(() => restore());

    /** Routes the page's global fetch to the in-page server, recording the URLs asked for. */
    function routeGlobalFetch(serverBase: string): string[] {
      const original = globalThis.fetch;
      const urls: string[] = [];
      globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        const request = new Request(input, init);
        urls.push(request.url);
        const url = new URL(request.url);
        return server().fetch(
          new Request(`${server().baseUrl}${url.pathname.replace(serverBase, '')}${url.search}`, request),
        );
      };
      restore = () => {
        globalThis.fetch = original;
      };
      return urls;
    }

    it('loads from an absolute api-base through the page’s fetch', async () => {
      const urls = routeGlobalFetch('/api');
      const info = await card(
        html`<mpp-site-info api-base="https://mpp.example.go.id/api" .now=${MONDAY_10}></mpp-site-info>`,
      );
      expect(info.name).to.equal('Mal Pelayanan Publik Kota Kediri');
      expect(urls).to.deep.equal(['https://mpp.example.go.id/api/v1/site']);
    });

    it('resolves a relative api-base against the page', async () => {
      const urls = routeGlobalFetch('/relative-api');
      const info = await card(html`<mpp-site-info api-base="/relative-api/" .now=${MONDAY_10}></mpp-site-info>`);
      expect(info.name).to.equal('Mal Pelayanan Publik Kota Kediri');
      expect(urls).to.deep.equal([`${location.origin}/relative-api/v1/site`]);
    });

    it('asks the API in the element’s language, so its messages switch with it', async () => {
      routeGlobalFetch('/api');
      const info = await card(html`<mpp-site-info api-base="https://mpp.example.go.id/api/missing"></mpp-site-info>`);
      expect(info.error).to.contain('Data tidak ditemukan.');
      info.element.lang = 'en';
      await info.settled();
      expect(info.error).to.match(/^The data could not be loaded\. Not found\./);
    });
  });

  describe('safety and robustness', () => {
    it('renders hostile API text as inert text, links included', async () => {
      const payload = '<img src=x onerror="window.__mppXss=1"><script>window.__mppXss=1</script>';
      const fetch = tamperedSiteFetch((site) => ({
        ...site,
        name: payload,
        address: { ...site.address, street: '<b onmouseover="window.__mppXss=1">Jl. Basuki Rahmat</b>' },
        contact: { website: 'https://evil.example/"><img/src=x/onerror=window.__mppXss=1>' },
        facilities: site.facilities.map((facility) => ({ ...facility, name: { id: payload, en: payload } })),
        openingHours: site.openingHours.map((day) => ({
          ...day,
          breaks: day.breaks.map((pause) => ({ ...pause, label: { id: `<svg onload="window.__mppXss=1">` } })),
        })),
      }));
      const info = await card(
        html`<mpp-site-info .client=${testClient({ fetch })} .now=${at('2026-03-06T11:30:00')}></mpp-site-info>`,
      );
      const root = info.element.shadowRoot as ShadowRoot;
      expect(info.name).to.equal(payload);
      expect(info.address).to.contain('<b onmouseover=');
      expect(info.status).to.equal('<svg onload="window.__mppXss=1"> sampai 13.00');
      expect(root.querySelectorAll('img, script, b, [onerror], [onload], [onmouseover]')).to.have.length(0);
      expect(root.querySelector('.links a')?.getAttribute('href')).to.equal(
        'https://evil.example/%22%3E%3Cimg/src=x/onerror=window.__mppXss=1%3E',
      );
      expect((window as { __mppXss?: number }).__mppXss).to.equal(undefined);
    });

    it('keeps its layout under a hostile portal stylesheet', async () => {
      const boxes = async (): Promise<string[]> => {
        const element = await fixture<MppSiteInfo>(
          html`<mpp-site-info .client=${testClient()} .now=${MONDAY_10}></mpp-site-info>`,
        );
        element.style.width = '600px';
        await new SiteInfoHarness(element).settled();
        const root = element.shadowRoot as ShadowRoot;
        const origin = (root.querySelector('[part~="card"]') as Element).getBoundingClientRect();
        return [
          '[part~="card"]',
          '[part~="name"]',
          '[part~="status"]',
          '[part~="hours-table"]',
          '[part~="facility"]',
          'li',
        ]
          .map((selector) => (root.querySelector(selector) as Element).getBoundingClientRect())
          .map((box) =>
            [box.left - origin.left, box.top - origin.top, box.width, box.height].map(Math.round).join(','),
          );
      };
      const calm = await boxes();
      const remove = applyHostilePortalCss(document);
      try {
        expect(await boxes()).to.deep.equal(calm);
      } finally {
        remove();
      }
    });

    // 320 CSS px is a small phone, and a 1280 px screen at 400% zoom; doubled text
    // is a visitor's 200% text size. Nothing may scroll sideways or stick out.
    for (const [label, fontSize] of [
      ['320 px', ''],
      ['320 px with text at 200%', '32px'],
    ] as const) {
      it(`fits ${label} without horizontal scrolling, under a portal’s hostile CSS too`, async () => {
        const remove = applyHostilePortalCss(document);
        try {
          const element = await fixture<MppSiteInfo>(
            html`<mpp-site-info .client=${testClient()} .now=${MONDAY_10}></mpp-site-info>`,
          );
          element.style.width = '320px';
          if (fontSize) element.style.setProperty('--mpp-font-size', fontSize);
          await new SiteInfoHarness(element).settled();
          const root = element.shadowRoot as ShadowRoot;
          const card = root.querySelector('[part~="card"]') as HTMLElement;
          expect(card.scrollWidth, 'card scroll width').to.be.at.most(card.clientWidth);
          const right = element.getBoundingClientRect().right + 0.5;
          for (const node of allElements(root)) {
            expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(right);
          }
        } finally {
          remove();
        }
      });
    }

    it('uses the dark defaults when asked and takes a host’s tokens', async () => {
      const wrapper = fixtureSync<HTMLElement>(
        html`<div class="brand">
          <mpp-site-info theme="dark" .client=${testClient()} .now=${MONDAY_10}></mpp-site-info>
        </div>`,
      );
      const element = wrapper.querySelector('mpp-site-info') as MppSiteInfo;
      const info = new SiteInfoHarness(element);
      await info.settled();
      const cardBox = element.shadowRoot?.querySelector('[part~="card"]') as Element;
      expect(getComputedStyle(cardBox).backgroundColor).to.equal('rgb(27, 30, 35)');
      await expect(element).to.be.accessible();
      wrapper.style.setProperty('--mpp-color-surface', 'rgb(1, 2, 3)');
      expect(getComputedStyle(cardBox).backgroundColor).to.equal('rgb(1, 2, 3)');
    });
  });
});
