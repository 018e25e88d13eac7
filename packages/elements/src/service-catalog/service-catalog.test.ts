// <mpp-service-catalog> against the in-browser reference server (the Kota
// Kediri seed), imported through its public define module as a portal would.
import '@mpp-kit/elements/service-catalog/define.js';
import { ServiceCatalogHarness } from '@mpp-kit/elements/testing.js';
import type { FetchLike } from '@mpp-kit/sdk';
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import type { MppServiceCatalog } from '../index.js';
import { applyHostilePortalCss } from '../test-support/hostile-portal-css.js';
import { heldFetch, server, switchableFetch, testClient } from '../test-support/server.js';
import { FIRST_ROWS } from './service-catalog.js';

async function catalog(template: TemplateResult): Promise<ServiceCatalogHarness> {
  const element = await fixture<HTMLElement>(template);
  const found = element.localName === 'mpp-service-catalog' ? element : element.querySelector('mpp-service-catalog');
  const harness = new ServiceCatalogHarness(found as MppServiceCatalog);
  await harness.settled();
  return harness;
}

const shadow = (harness: ServiceCatalogHarness): ShadowRoot => harness.element.shadowRoot as ShadowRoot;
const focused = (harness: ServiceCatalogHarness): Element | null => shadow(harness).activeElement;
const focusedId = (harness: ServiceCatalogHarness): string | undefined =>
  (focused(harness) as HTMLElement | null)?.dataset['id'];

/** A fetch that rewrites the catalog's JSON answers, the way a compromised backend could. */
function tamperedCatalogFetch(
  tamper: (path: string, body: Record<string, unknown>) => Record<string, unknown>,
): FetchLike {
  return async (request) => {
    const response = await server().fetch(request);
    const path = new URL(request.url).pathname;
    if (!/\/v1\/(services|agencies)/.test(path) || !response.ok) return response;
    const body = tamper(path, (await response.json()) as Record<string, unknown>);
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
}

const SERVICE_COUNT = 47;

describe('<mpp-service-catalog>', () => {
  describe('list', () => {
    it('lists every agency’s services, a page at a time, grouped by agency', async () => {
      const list = await catalog(html`<mpp-service-catalog .client=${testClient()}></mpp-service-catalog>`);
      expect(list.count).to.equal(`${SERVICE_COUNT} layanan`);
      expect(list.results).to.have.length(FIRST_ROWS);
      expect(list.results[0]).to.equal('Perekaman dan penerbitan KTP-el');
      expect(list.groups.slice(0, 3)).to.deep.equal(['Dispendukcapil', 'DPMPTSP', 'Samsat']);
      expect(list.highlights).to.deep.equal([]);
      await expect(list.element).to.be.accessible();
      await list.showMore();
      expect(list.results).to.have.length(SERVICE_COUNT);
      expect(shadow(list).querySelector('[part~="show-more"]')).to.equal(null);
      // The button went away with the last page: focus moved to the first new row.
      expect(focusedId(list)).to.equal(list.resultIds[FIRST_ROWS]);
    });

    it('renders more rows as the end of the list nears the screen, and searches the rows not rendered yet', async () => {
      const list = await catalog(html`<mpp-service-catalog .client=${testClient()}></mpp-service-catalog>`);
      expect(list.results).to.have.length(FIRST_ROWS);
      expect(list.resultIds).to.not.include('layanan-pelanggan-pdam');
      // Scrolling is seen only in the tab in front (see web-test-runner.config.mjs).
      await executeServerCommand('bring-to-front');
      try {
        shadow(list).querySelector('.sentinel')?.scrollIntoView();
        await waitUntil(() => list.results.length > FIRST_ROWS, 'no rows were added near the end of the list', {
          timeout: 4000,
        });
        await list.settled();
        expect(list.results.length).to.be.greaterThan(FIRST_ROWS);
      } finally {
        scrollTo(0, 0);
      }
      await list.search('tagihan air');
      expect(list.resultIds).to.deep.equal(['layanan-pelanggan-pdam']);
      expect(list.count).to.equal('1 layanan');
      // Back to one screen of rows when the search changes.
      await list.search('');
      expect(list.results).to.have.length(FIRST_ROWS);
    });

    it('pages through the API with the largest page size', async () => {
      const urls: string[] = [];
      const fetch: FetchLike = (request) => {
        urls.push(new URL(request.url).search);
        return server().fetch(request);
      };
      await catalog(html`<mpp-service-catalog .client=${testClient({ fetch })}></mpp-service-catalog>`);
      expect(urls).to.include('?limit=100');
    });

    it('shows each service’s cost and completion time in the list', async () => {
      const list = await catalog(
        html`<mpp-service-catalog .client=${testClient()} query="paspor biasa"></mpp-service-catalog>`,
      );
      const facts = shadow(list).querySelector('.option-facts')?.textContent.replace(/\s+/g, ' ');
      expect(facts).to.match(/^Rp\s?350\.000 · 4 hari kerja$/);
    });
  });

  describe('search', () => {
    it('finds as you type, highlights the matches and announces the count', async () => {
      const list = await catalog(html`<mpp-service-catalog .client=${testClient()}></mpp-service-catalog>`);
      await list.search('ktp');
      expect(list.results.slice(0, 2)).to.deep.equal([
        'Perekaman dan penerbitan KTP-el',
        'Penggantian KTP-el (rusak, hilang, atau perubahan data)',
      ]);
      expect(list.highlights).to.include('KTP-el');
      const status = shadow(list).querySelector('[part~="result-count"]');
      expect(status?.getAttribute('role')).to.equal('status');
      expect(list.count).to.match(/^\d+ layanan$/);
      await expect(list.element).to.be.accessible();
    });

    it('understands synonyms and agency short names', async () => {
      const list = await catalog(html`<mpp-service-catalog .client=${testClient()}></mpp-service-catalog>`);
      await list.search('passport');
      expect(list.resultIds).to.deep.equal(['paspor-biasa', 'paspor-elektronik', 'paspor-hilang-rusak']);
      expect(list.groups).to.deep.equal(['Imigrasi']);
      await list.search('nib');
      expect(list.resultIds[0]).to.equal('nib-oss');
      await list.search('ijin reklame');
      expect(list.resultIds).to.deep.equal(['izin-reklame']);
      await list.search('samsat');
      expect(list.groups[0]).to.equal('Samsat');
    });

    it('ignores case and diacritics', async () => {
      const list = await catalog(html`<mpp-service-catalog .client=${testClient()}></mpp-service-catalog>`);
      await list.search('PÉREKAMAN');
      expect(list.resultIds).to.deep.equal(['ktp-el']);
      expect(list.highlights).to.deep.equal(['Perekaman']);
    });

    it('says so when nothing matches', async () => {
      const list = await catalog(html`<mpp-service-catalog .client=${testClient()}></mpp-service-catalog>`);
      await list.search('zzzz tidak ada');
      expect(list.results).to.deep.equal([]);
      expect(list.count).to.equal('Tidak ada layanan yang cocok');
      expect(list.empty).to.match(/^Tidak ada layanan yang cocok\./);
      await expect(list.element).to.be.accessible();
    });
  });

  describe('filters', () => {
    it('narrows to an agency and a category, with the search', async () => {
      const list = await catalog(html`<mpp-service-catalog .client=${testClient()}></mpp-service-catalog>`);
      await list.filterAgency('imigrasi');
      expect(list.resultIds).to.deep.equal(['paspor-biasa', 'paspor-elektronik', 'paspor-hilang-rusak']);
      await list.filterAgency('');
      await list.filterCategory('perizinan');
      expect(list.groups).to.deep.equal(['DPMPTSP']);
      expect(list.results).to.have.length(5);
      await list.search('oss');
      expect(list.resultIds).to.deep.equal(['nib-oss', 'sertifikat-standar']);
      const select = shadow(list).querySelector<HTMLSelectElement>('[part~="category-filter"]');
      expect(select?.selectedOptions[0]?.textContent).to.equal('Perizinan');
    });

    it('takes its filters from attributes', async () => {
      const list = await catalog(
        html`<mpp-service-catalog .client=${testClient()} agency="bpn"></mpp-service-catalog>`,
      );
      expect(list.groups).to.deep.equal(['ATR/BPN']);
      expect(list.count).to.equal('5 layanan');
    });
  });

  describe('detail', () => {
    it('shows what to bring, the cost, the time, the place and the legal basis', async () => {
      const list = await catalog(html`<mpp-service-catalog .client=${testClient()}></mpp-service-catalog>`);
      await list.open('Perekaman dan penerbitan KTP-el');
      expect(list.detailTitle).to.equal('Perekaman dan penerbitan KTP-el');
      expect(list.facts).to.deep.equal({
        Biaya: 'Gratis',
        'Waktu penyelesaian': 'Selesai di hari yang sama',
        Tempat: 'Dinas Kependudukan dan Pencatatan Sipil Kota Kediri Lantai 2 Loket 1, Loket 2',
      });
      expect(list.requirements).to.deep.equal([
        { name: 'Kartu Keluarga (KK)', form: 'Asli · 1 lembar', optional: false },
        { name: 'Surat pengantar RT/RW atau kelurahan', form: 'Asli · 1 lembar', optional: true },
      ]);
      expect(list.legalBasis).to.have.length(2);
      expect(list.onlineLink).to.equal(null);
      const row = shadow(list).querySelector('[data-id="ktp-el"]');
      expect(row?.getAttribute('aria-selected')).to.equal('true');
      await expect(list.element).to.be.accessible();
    });

    it('shows fees in rupiah and links an online service in a new tab, safely', async () => {
      const list = await catalog(
        html`<mpp-service-catalog .client=${testClient()} service="paspor-biasa"></mpp-service-catalog>`,
      );
      expect(list.facts['Biaya']).to.match(/^Rp\s?350\.000$/);
      expect(list.facts['Waktu penyelesaian']).to.equal('4 hari kerja');
      const link = shadow(list).querySelector('[part~="online-link"]') as HTMLAnchorElement;
      expect(link.getAttribute('href')).to.equal('https://www.imigrasi.go.id/');
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.textContent.replace(/\s+/g, ' ').trim()).to.equal(
        'Daftar lewat aplikasi M-Paspor (informasi di situs Imigrasi) (membuka tab baru)',
      );
    });

    it('fires mpp-service-select for the queue and booking buttons, without personal data', async () => {
      const list = await catalog(
        html`<mpp-service-catalog .client=${testClient()} service="ktp-el"></mpp-service-catalog>`,
      );
      setTimeout(() => list.press('queue'));
      const queue = await oneEvent(document, 'mpp-service-select');
      expect(queue.detail).to.deep.equal({ serviceId: 'ktp-el', action: 'queue' });
      expect(queue.bubbles && queue.composed).to.equal(true);
      setTimeout(() => list.press('booking'));
      const booking = await oneEvent(list.element, 'mpp-service-select');
      expect(booking.detail).to.deep.equal({ serviceId: 'ktp-el', action: 'booking' });
    });

    it('offers only the channels a service has', async () => {
      const list = await catalog(
        html`<mpp-service-catalog .client=${testClient()} service="kartu-keluarga"></mpp-service-catalog>`,
      );
      expect(shadow(list).querySelector('[part~="queue-button"]')).to.not.equal(null);
      expect(shadow(list).querySelector('[part~="booking-button"]')).to.equal(null);
    });

    it('closes with its button and returns focus to the row', async () => {
      const list = await catalog(html`<mpp-service-catalog .client=${testClient()}></mpp-service-catalog>`);
      await list.open('akta-kelahiran');
      expect(focused(list)?.id).to.equal('detail-title');
      await list.close();
      expect(list.detailTitle).to.equal(null);
      expect(focusedId(list)).to.equal('akta-kelahiran');
    });
  });

  describe('keyboard', () => {
    it('moves through the results with the arrows, Home and End; Enter opens, Escape closes', async () => {
      const list = await catalog(html`<mpp-service-catalog .client=${testClient()}></mpp-service-catalog>`);
      shadow(list).querySelector<HTMLInputElement>('[part~="search-input"]')?.focus();
      await sendKeys({ type: 'paspor' });
      await list.settled();
      expect(list.resultIds).to.deep.equal(['paspor-biasa', 'paspor-elektronik', 'paspor-hilang-rusak']);
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedId(list)).to.equal('paspor-biasa');
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedId(list)).to.equal('paspor-elektronik');
      await sendKeys({ press: 'End' });
      expect(focusedId(list)).to.equal('paspor-hilang-rusak');
      await sendKeys({ press: 'Home' });
      expect(focusedId(list)).to.equal('paspor-biasa');
      // One tab stop in the list: the row last focused.
      const tabStops = [...shadow(list).querySelectorAll('[role="option"]')].filter(
        (option) => option.getAttribute('tabindex') === '0',
      );
      expect(tabStops.map((option) => (option as HTMLElement).dataset['id'])).to.deep.equal(['paspor-biasa']);
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(list)?.getAttribute('part')).to.equal('search-input');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await list.settled();
      expect(list.detailTitle).to.equal('Paspor elektronik 48 halaman');
      expect(focused(list)?.id).to.equal('detail-title');
      await sendKeys({ press: 'Escape' });
      await list.settled();
      expect(list.detailTitle).to.equal(null);
      expect(focusedId(list)).to.equal('paspor-elektronik');
    });

    it('renders the next page when Arrow Down leaves the last rendered row', async () => {
      const list = await catalog(html`<mpp-service-catalog .client=${testClient()}></mpp-service-catalog>`);
      const last = shadow(list).querySelectorAll<HTMLElement>('[role="option"]')[FIRST_ROWS - 1];
      last?.focus();
      await sendKeys({ press: 'ArrowDown' });
      await list.settled();
      expect(list.results).to.have.length(SERVICE_COUNT);
      expect(focusedId(list)).to.equal(list.resultIds[FIRST_ROWS]);
    });
  });

  describe('language', () => {
    it('speaks English when lang says so, and switches back', async () => {
      const list = await catalog(
        html`<mpp-service-catalog lang="en" .client=${testClient()} service="ktp-el"></mpp-service-catalog>`,
      );
      expect(list.results[0]).to.equal('Electronic ID card (KTP-el): first recording and issue');
      expect(list.count).to.equal(`${SERVICE_COUNT} services`);
      expect(list.facts['Cost']).to.equal('Free');
      expect(list.requirements[0]).to.deep.equal({
        name: 'Family card (KK)',
        form: 'Original · 1 copy',
        optional: false,
      });
      await expect(list.element).to.be.accessible();
      list.element.setAttribute('lang', 'id');
      await list.settled();
      expect(list.count).to.equal(`${SERVICE_COUNT} layanan`);
      expect(list.results[0]).to.equal('Perekaman dan penerbitan KTP-el');
      expect(list.facts['Biaya']).to.equal('Gratis');
    });

    it('finds services by their English names in Indonesian too', async () => {
      const list = await catalog(
        html`<mpp-service-catalog .client=${testClient()} query="birth certificate"></mpp-service-catalog>`,
      );
      expect(list.resultIds).to.deep.equal(['akta-kelahiran']);
    });
  });

  describe('URL', () => {
    let before = '';
    beforeEach(() => {
      before = location.href;
    });
    afterEach(() => {
      history.replaceState(null, '', before);
    });

    const hashChange = (): Promise<unknown> =>
      new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));

    it('opens the service and search of the hash, keeps the host’s parts, and the back button works', async () => {
      history.replaceState(null, '', '#tab=2&layanan=ktp-el&q=ktp');
      const list = await catalog(html`<mpp-service-catalog sync-url .client=${testClient()}></mpp-service-catalog>`);
      expect(list.detailTitle).to.equal('Perekaman dan penerbitan KTP-el');
      expect(shadow(list).querySelector<HTMLInputElement>('[part~="search-input"]')?.value).to.equal('ktp');
      await list.close();
      expect(location.hash).to.equal('#tab=2&q=ktp');
      await list.open('ktp-el-ganti');
      expect(location.hash).to.equal('#tab=2&layanan=ktp-el-ganti&q=ktp');
      await list.search('ktp hilang');
      expect(location.hash).to.equal('#tab=2&layanan=ktp-el-ganti&q=ktp%20hilang');
      const back = hashChange();
      history.back();
      await back;
      await list.settled();
      expect(list.detailTitle).to.equal(null);
      expect(list.element.query).to.equal('ktp');
      const back2 = hashChange();
      history.back();
      await back2;
      await list.settled();
      expect(list.detailTitle).to.equal('Perekaman dan penerbitan KTP-el');
    });

    it('leaves the URL alone without sync-url', async () => {
      history.replaceState(null, '', '#layanan=ktp-el');
      const list = await catalog(html`<mpp-service-catalog .client=${testClient()}></mpp-service-catalog>`);
      expect(list.detailTitle).to.equal(null);
      await list.open('kia');
      expect(location.hash).to.equal('#layanan=ktp-el');
    });
  });

  describe('states', () => {
    it('shows a skeleton while loading, without layout text for screen readers', async () => {
      const held = heldFetch();
      const element = await fixture<MppServiceCatalog>(
        html`<mpp-service-catalog .client=${testClient({ fetch: held.fetch })}></mpp-service-catalog>`,
      );
      const list = new ServiceCatalogHarness(element);
      expect(list.busy).to.equal(true);
      expect(shadow(list).querySelector('.bone')).to.not.equal(null);
      await expect(element).to.be.accessible();
      held.release();
      await list.settled();
      expect(list.results).to.have.length(FIRST_ROWS);
    });

    it('shows the error with a retry that recovers, and fires mpp-error', async () => {
      const failing = switchableFetch();
      failing.setDown(true);
      const errors: string[] = [];
      const element = await fixture<MppServiceCatalog>(
        html`<mpp-service-catalog
          .client=${testClient({ fetch: failing.fetch })}
          @mpp-error=${(e: CustomEvent<{ kind: string }>) => errors.push(e.detail.kind)}
        ></mpp-service-catalog>`,
      );
      const list = new ServiceCatalogHarness(element);
      await list.settled();
      expect(list.error).to.match(/^Data tidak dapat dimuat\. Tidak dapat terhubung ke server/);
      expect(errors).to.include('network');
      await expect(element).to.be.accessible();
      failing.setDown(false);
      await list.retry();
      expect(list.error).to.equal(null);
      expect(list.count).to.equal(`${SERVICE_COUNT} layanan`);
    });

    it('shows the detail’s error in the detail, keeping the list', async () => {
      const list = await catalog(
        html`<mpp-service-catalog .client=${testClient()} service="tidak-ada"></mpp-service-catalog>`,
      );
      expect(list.results).to.have.length(FIRST_ROWS);
      expect(shadow(list).querySelector('[part~="detail"] [part~="error"]')).to.not.equal(null);
      await expect(list.element).to.be.accessible();
    });

    it('says so when the catalog is empty', async () => {
      const fetch = tamperedCatalogFetch((path, body) =>
        path.endsWith('/v1/services') ? { ...body, items: [], nextCursor: null } : body,
      );
      const list = await catalog(html`<mpp-service-catalog .client=${testClient({ fetch })}></mpp-service-catalog>`);
      expect(list.empty).to.equal('Belum ada layanan yang terdaftar.');
      await expect(list.element).to.be.accessible();
    });
  });

  describe('hostile input', () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

    it('renders markup in service names and requirements as text', async () => {
      const fetch = tamperedCatalogFetch((path, body) => {
        if (path.endsWith('/v1/services')) {
          const items = (body['items'] as { name: { id: string } }[]).map((item, index) =>
            index === 0 ? { ...item, name: { id: `KTP ${payload}` } } : item,
          );
          return { ...body, items };
        }
        if (path.endsWith('/v1/services/ktp-el')) {
          const requirements = (body['requirements'] as { name: { id: string } }[]).map((item) => ({
            ...item,
            name: { id: payload },
          }));
          return { ...body, name: { id: payload }, legalBasis: [payload], requirements };
        }
        return body;
      });
      const list = await catalog(
        html`<mpp-service-catalog .client=${testClient({ fetch })} query="img"></mpp-service-catalog>`,
      );
      expect(list.results[0]).to.equal(`KTP ${payload}`);
      await list.open('ktp-el');
      expect(list.detailTitle).to.equal(payload);
      expect(list.requirements[0]?.name).to.equal(payload);
      expect(list.legalBasis).to.deep.equal([payload]);
      expect(shadow(list).querySelectorAll('img, script')).to.have.length(0);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('renders no inline style attribute', async () => {
      const list = await catalog(
        html`<mpp-service-catalog .client=${testClient()} service="ktp-el" query="ktp"></mpp-service-catalog>`,
      );
      expect(shadow(list).querySelectorAll('[style]')).to.have.length(0);
    });
  });

  describe('narrow layout', () => {
    let sheet: HTMLStyleElement;
    beforeEach(() => {
      sheet = document.createElement('style');
      sheet.textContent = 'mpp-service-catalog.narrow { width: 320px; } mpp-service-catalog.wide { width: 1000px; }';
      document.head.append(sheet);
    });
    afterEach(() => sheet.remove());

    const shown = (harness: ServiceCatalogHarness, selector: string): boolean => {
      const node = shadow(harness).querySelector<HTMLElement>(selector);
      return node !== null && node.getClientRects().length > 0;
    };

    it('shows the detail in place of the list, with a back button that returns focus to the row', async () => {
      const list = await catalog(
        html`<mpp-service-catalog class="narrow" .client=${testClient()}></mpp-service-catalog>`,
      );
      expect(shown(list, '[part~="results"]')).to.equal(true);
      await list.open('akta-kelahiran');
      expect(focused(list)?.id).to.equal('detail-title');
      expect(shown(list, '[part~="results"]')).to.equal(false);
      expect(shown(list, '[part~="search-input"]')).to.equal(false);
      expect(shown(list, '[part~="close-button"]')).to.equal(false);
      expect(shown(list, '[part~="back-button"]')).to.equal(true);
      const back = shadow(list).querySelector<HTMLElement>('[part~="back-button"]');
      expect(back?.textContent.trim()).to.equal('Kembali ke daftar');
      // The back button comes first in the detail, above its heading.
      const detail = shadow(list).querySelector('[part~="detail"]');
      expect(detail?.firstElementChild).to.equal(back);
      await expect(list.element).to.be.accessible();
      back?.click();
      await list.settled();
      expect(list.detailTitle).to.equal(null);
      expect(shown(list, '[part~="results"]')).to.equal(true);
      expect(focusedId(list)).to.equal('akta-kelahiran');
    });

    it('returns to the list with Escape too, in English', async () => {
      const list = await catalog(
        html`<mpp-service-catalog class="narrow" lang="en" .client=${testClient()}></mpp-service-catalog>`,
      );
      await list.open('kia');
      expect(shadow(list).querySelector('[part~="back-button"]')?.textContent.trim()).to.equal('Back to the list');
      await sendKeys({ press: 'Escape' });
      await list.settled();
      expect(shown(list, '[part~="results"]')).to.equal(true);
      expect(focusedId(list)).to.equal('kia');
    });

    it('keeps the list beside the detail on a wide layout, without the back button', async () => {
      const list = await catalog(
        html`<mpp-service-catalog class="wide" .client=${testClient()}></mpp-service-catalog>`,
      );
      await list.open('akta-kelahiran');
      expect(shown(list, '[part~="results"]')).to.equal(true);
      expect(shown(list, '[part~="close-button"]')).to.equal(true);
      expect(shown(list, '[part~="back-button"]')).to.equal(false);
      const results = shadow(list).querySelector('[part~="results"]')?.getBoundingClientRect();
      const detail = shadow(list).querySelector('[part~="detail"]')?.getBoundingClientRect();
      expect(detail?.left).to.be.greaterThan(results?.right ?? Infinity);
    });
  });

  describe('layout', () => {
    // 320 CSS px is a small phone, and a 1280 px screen at 400% zoom; doubled text is a
    // visitor's 200% text size. Nothing may scroll sideways or stick out, list or detail.
    const cases = [
      ['320 px', 'mpp-service-catalog.narrow { width: 320px; }'],
      ['320 px with text at 200%', 'mpp-service-catalog.narrow { width: 320px; --mpp-font-size: 32px; }'],
    ] as const;
    for (const [label, rule] of cases) {
      for (const service of ['', 'nib-oss']) {
        it(`fits ${label} without horizontal scrolling (${service ? 'detail' : 'list'}), under a portal’s hostile CSS too`, async () => {
          const remove = applyHostilePortalCss(document);
          const narrow = document.createElement('style');
          narrow.textContent = rule;
          document.head.append(narrow);
          try {
            // The element itself is the fixture: a wrapper would wait for an animation
            // frame, which a background test tab never gets.
            const list = await catalog(
              html`<mpp-service-catalog
                class="narrow"
                .client=${testClient()}
                service=${service}
              ></mpp-service-catalog>`,
            );
            const base = shadow(list).querySelector('[part~="base"]') as HTMLElement;
            expect(base.scrollWidth).to.be.at.most(base.clientWidth);
            expect(list.element.getBoundingClientRect().width).to.equal(320);
            const right = list.element.getBoundingClientRect().right + 0.5;
            for (const node of shadow(list).querySelectorAll('*')) {
              const box = node.getBoundingClientRect();
              if (box.width > 0) expect(box.right, `${node.localName}.${node.className}`).to.be.at.most(right);
            }
          } finally {
            remove();
            narrow.remove();
          }
        });
      }
    }
  });
});
