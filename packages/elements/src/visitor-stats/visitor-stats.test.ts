// <mpp-visitor-stats> against the in-browser reference server (the Kota
// Kediri seed with its imported monthly history, 26,203 visitors since 2023),
// imported through its public define module as a portal would. Each test gets
// a server of its own, its clock on the first open Monday morning after the
// imported history (September 2023 to November 2026): 7 December 2026, 09:00 WIB.
import '@mpp-kit/elements/visitor-stats/define.js';
import { VisitorStatsHarness } from '@mpp-kit/elements/testing.js';
import type { FetchLike, MppClient } from '@mpp-kit/sdk';
import type { BrowserServer } from '@mpp-kit/server/browser';
import { expect, fixtureSync, oneEvent } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import type { MppEvent } from '../index.js';
import { applyHostilePortalCss } from '../test-support/hostile-portal-css.js';
import { heldFetch, queueClient, queueServer, switchableFetch, testClient } from '../test-support/server.js';
import { statsQueryFor, toVisitorStatsRange } from './ranges.js';
import type { MppVisitorStats } from './visitor-stats.js';

/** The seed's imported visitors: Kota Kediri's count since its MPP opened in 2023. */
const HISTORY_TOTAL = 26_203;

/** A Monday morning after the last imported month, every counter open. */
const AFTER_HISTORY = '2026-12-07T09:00:00+07:00';

/** A server of the test's own, its clock at `start`. */
const freshServer = (start = AFTER_HISTORY): BrowserServer => queueServer(start);

async function statsOf(template: TemplateResult): Promise<VisitorStatsHarness> {
  const wrapper = fixtureSync<HTMLElement>(html`<div>${template}</div>`);
  const harness = new VisitorStatsHarness(wrapper.querySelector('mpp-visitor-stats') as MppVisitorStats);
  await harness.settled();
  return harness;
}

/** A fetch to `server` that records the `GET /v1/stats` queries it sends. */
function recordingFetch(server: BrowserServer): { fetch: FetchLike; queries: string[] } {
  const queries: string[] = [];
  return {
    queries,
    fetch: (request) => {
      const url = new URL(request.url);
      if (url.pathname.endsWith('/v1/stats')) queries.push(url.search);
      return server.fetch(request);
    },
  };
}

/** Takes numbers at the counters of the given services, one per entry. */
async function take(client: MppClient, serviceIds: readonly string[]): Promise<void> {
  for (const serviceId of serviceIds) await client.tickets.take({ serviceId });
}

/** The sum of a data table's column, its cells read back from the visitor's number format. */
function columnSum(rows: readonly (readonly string[])[], column: number): number {
  return rows.reduce((sum, row) => sum + Number((row[column] ?? '').replace(/[.,]/g, '')), 0);
}

describe('<mpp-visitor-stats>', () => {
  describe('periods', () => {
    it('turns a period into the query of the site’s days', () => {
      expect(statsQueryFor('30-days', '2026-03-02', '2023-01-01')).to.deep.equal({
        period: 'day',
        from: '2026-02-01',
        to: '2026-03-02',
      });
      expect(statsQueryFor('12-months', '2026-03-02', '2023-01-01')).to.deep.equal({
        period: 'month',
        from: '2025-04-01',
        to: '2026-03-02',
      });
      expect(statsQueryFor('12-months', '2026-12-31', null)).to.deep.equal({
        period: 'month',
        from: '2026-01-01',
        to: '2026-12-31',
      });
      expect(statsQueryFor('all', '2026-03-02', '2023-01-01')).to.deep.equal({
        period: 'month',
        from: '2023-01-01',
        to: '2026-03-02',
      });
    });

    it('asks since opening no further back than the API answers, and from today before any record', () => {
      expect(statsQueryFor('all', '2026-03-02', '2001-05-01')).to.deep.equal({
        period: 'month',
        from: '2016-02-24',
        to: '2026-03-02',
      });
      expect(statsQueryFor('all', '2026-03-02', null)).to.deep.equal({
        period: 'month',
        from: '2026-03-02',
        to: '2026-03-02',
      });
    });

    it('reads an unknown range attribute as the last 30 days', () => {
      expect(['30-days', '12-months', 'all', 'week', '', undefined].map(toVisitorStatsRange)).to.deep.equal([
        '30-days',
        '12-months',
        'all',
        '30-days',
        '30-days',
        '30-days',
      ]);
    });
  });

  describe('with data', () => {
    it('shows the visitors since opening, this month and today: the imported history plus the numbers taken', async () => {
      const server = freshServer();
      await take(queueClient(server), ['ktp-el', 'ktp-el', 'nib-oss']);
      const stats = await statsOf(html`<mpp-visitor-stats .client=${queueClient(server)}></mpp-visitor-stats>`);
      const overview = stats.overview;
      expect(Object.keys(overview)).to.deep.equal([
        'Pengunjung sejak 1 September 2023',
        'Bulan ini (Desember 2026)',
        'Hari ini',
      ]);
      expect(overview['Pengunjung sejak 1 September 2023']).to.equal('26.206');
      expect(overview['Hari ini']).to.equal('3');
      expect(overview['Bulan ini (Desember 2026)']).to.equal('3');
      await expect(stats.element).to.be.accessible();
    });

    it('ranks the agencies by visitors since opening, Dispendukcapil first, in the seed’s order of busiest', async () => {
      const stats = await statsOf(
        html`<mpp-visitor-stats range="all" .client=${queueClient(freshServer())}></mpp-visitor-stats>`,
      );
      const bars = stats.ranking.bars;
      expect(bars.slice(0, 4).map((bar) => bar.label)).to.deep.equal([
        'Dispendukcapil',
        'DPMPTSP',
        'Samsat',
        'Imigrasi',
      ]);
      const values = bars.map((bar) => Number(bar.value.replace(/\./g, '')));
      expect(values).to.deep.equal([...values].sort((a, b) => b - a));
      expect(values.reduce((sum, value) => sum + value, 0)).to.equal(HISTORY_TOTAL);
      expect(bars[0]?.percent).to.be.greaterThan(bars[1]?.percent ?? 100);
      expect(stats.element.shadowRoot?.querySelectorAll('[part~="ranking-chart"] ol > li')).to.have.length(bars.length);
      await expect(stats.element).to.be.accessible();
    });

    it('ranks today’s live visitors when the period holds no history', async () => {
      const server = queueServer('2030-06-10T09:00:00+07:00');
      await take(queueClient(server), ['nib-oss', 'ktp-el', 'nib-oss', 'paspor-biasa', 'nib-oss', 'ktp-el']);
      const stats = await statsOf(html`<mpp-visitor-stats .client=${queueClient(server)}></mpp-visitor-stats>`);
      expect(stats.ranking.bars.map(({ label, value }) => [label, value])).to.deep.equal([
        ['DPMPTSP', '3'],
        ['Dispendukcapil', '2'],
        ['Imigrasi', '1'],
      ]);
      expect(stats.ranking.description).to.equal('12 Mei 2030 s.d. 10 Juni 2030');
      // Nothing imported in this period: one series, no legend.
      expect(stats.overTime.legend).to.deep.equal([]);
      expect(stats.overTime.columns).to.have.length(30);
      expect(stats.overTime.columns.at(-1)).to.equal('Senin, 10 Juni 2030: 6');
    });

    it('shows the last 30 days per day, with the busiest day described for screen readers', async () => {
      const server = queueServer('2030-06-10T09:00:00+07:00');
      await take(queueClient(server), ['ktp-el', 'ktp-el']);
      const stats = await statsOf(html`<mpp-visitor-stats .client=${queueClient(server)}></mpp-visitor-stats>`);
      expect(stats.period).to.equal('30-days');
      expect(stats.overTime.title).to.equal('Pengunjung per hari');
      expect(stats.overTime.image).to.deep.equal([
        'Pengunjung per hari',
        'Jumlah 2 pengunjung, 12 Mei 2030 s.d. 10 Juni 2030. Terbanyak Senin, 10 Juni 2030: 2.',
      ]);
      await expect(stats.element).to.be.accessible();
    });

    it('changes the request and the chart when the visitor picks another period', async () => {
      const server = freshServer();
      await take(queueClient(server), ['ktp-el']);
      const recording = recordingFetch(server);
      const stats = await statsOf(
        html`<mpp-visitor-stats .client=${queueClient(server, { fetch: recording.fetch })}></mpp-visitor-stats>`,
      );
      // The first answer tells the site's today; the last 30 days need nothing more.
      expect(recording.queries).to.deep.equal(['?period=day']);
      expect(stats.periods).to.deep.equal(['30 hari terakhir', '12 bulan terakhir', 'Sejak dibuka']);
      expect(stats.overTime.columns).to.have.length(30);

      await stats.choosePeriod('12 bulan terakhir');
      expect(stats.period).to.equal('12-months');
      expect(recording.queries.at(-1)).to.equal('?period=month&from=2026-01-01&to=2026-12-07');
      expect(stats.overTime.title).to.equal('Pengunjung per bulan');
      expect(stats.overTime.columns).to.have.length(12);
      expect(stats.overTime.columns[0]).to.match(/^Januari 2026: /);
      expect(stats.overTime.columns.at(-1)).to.equal(
        'Desember 2026: 1 (Data historis (impor) 0, Tercatat sistem antrean 1)',
      );
      expect(stats.ranking.description).to.equal('1 Januari 2026 s.d. 7 Desember 2026');

      await stats.choosePeriod('all');
      expect(recording.queries.at(-1)).to.equal('?period=month&from=2023-09-01&to=2026-12-07');
      expect(stats.overTime.columns[0]).to.match(/^September 2023: /);
      expect(stats.overTime.columns).to.have.length(40);

      await stats.choosePeriod('30-days');
      expect(recording.queries.at(-1)).to.equal('?period=day&from=2026-11-08&to=2026-12-07');
      expect(recording.queries).to.have.length(4);
      // The overview does not depend on the period.
      expect(stats.figures[0]).to.equal('26.204');
    });

    it('starts at the period its range attribute names, in one more request', async () => {
      const server = freshServer();
      const recording = recordingFetch(server);
      const stats = await statsOf(
        html`<mpp-visitor-stats
          range="12-months"
          .client=${queueClient(server, { fetch: recording.fetch })}
        ></mpp-visitor-stats>`,
      );
      expect(stats.period).to.equal('12-months');
      expect(recording.queries).to.deep.equal(['?period=day', '?period=month&from=2026-01-01&to=2026-12-07']);
      expect(stats.overTime.columns).to.have.length(12);
    });

    it('tells imported history from live counts in the time chart, its legend and its table', async () => {
      const server = freshServer();
      await take(queueClient(server), ['ktp-el', 'pkb-tahunan']);
      const stats = await statsOf(
        html`<mpp-visitor-stats range="all" .client=${queueClient(server)}></mpp-visitor-stats>`,
      );
      const chart = stats.overTime;
      expect(chart.legend).to.deep.equal(['Data historis (impor)', 'Tercatat sistem antrean']);
      expect(chart.image[1]).to.equal(
        'Jumlah 26.205 pengunjung, 1 September 2023 s.d. 7 Desember 2026. Terbanyak Juli 2026: 904. 26.203 di antaranya data historis (impor).',
      );
      expect(chart.tableShown).to.equal(false);
      chart.toggleTable();
      expect(chart.tableShown).to.equal(true);
      const table = chart.table;
      expect(table.caption).to.equal('Pengunjung per bulan');
      expect(table.headers).to.deep.equal(['Bulan', 'Data historis (impor)', 'Tercatat sistem antrean', 'Jumlah']);
      expect(table.rows).to.have.length(40);
      expect(table.rows.at(-1)).to.deep.equal(['Desember 2026', '0', '2', '2']);
      expect(columnSum(table.rows, 1)).to.equal(HISTORY_TOTAL);
      expect(columnSum(table.rows, 2)).to.equal(2);
      expect(columnSum(table.rows, 3)).to.equal(HISTORY_TOTAL + 2);
      await expect(stats.element).to.be.accessible();
    });

    it('has the ranking as a table one click away, and keeps it open across periods', async () => {
      const stats = await statsOf(
        html`<mpp-visitor-stats range="all" .client=${queueClient(freshServer())}></mpp-visitor-stats>`,
      );
      const ranking = stats.ranking;
      ranking.toggleTable();
      expect(ranking.table.caption).to.equal('Pengunjung per instansi');
      expect(ranking.table.headers).to.deep.equal(['Instansi', 'Pengunjung']);
      expect(ranking.table.rows.map((row) => row[0])).to.deep.equal(ranking.bars.map((bar) => bar.label));
      expect(ranking.table.rows.map((row) => row[1])).to.deep.equal(ranking.bars.map((bar) => bar.value));
      const toggle = stats.element.shadowRoot?.querySelector('[part~="ranking-chart"] summary');
      expect(toggle?.textContent.trim()).to.equal('Tabel data: Pengunjung per instansi');
      await stats.choosePeriod('12-months');
      expect(stats.ranking.tableShown).to.equal(true);
      await expect(stats.element).to.be.accessible();
    });

    it('speaks English with English number and date formats', async () => {
      const server = freshServer();
      await take(queueClient(server), ['ktp-el']);
      const stats = await statsOf(
        html`<mpp-visitor-stats
          lang="en"
          range="all"
          .client=${queueClient(server, { locale: 'en' })}
        ></mpp-visitor-stats>`,
      );
      expect(stats.overview).to.deep.equal({
        'Visitors since 1 September 2023': '26,204',
        'This month (December 2026)': '1',
        Today: '1',
      });
      expect(stats.periods).to.deep.equal(['Last 30 days', 'Last 12 months', 'Since opening']);
      expect(stats.ranking.title).to.equal('Visitors per agency');
      expect(stats.ranking.bars[0]?.value).to.match(/^\d{1,3}(,\d{3})*$/);
      expect(stats.overTime.legend).to.deep.equal(['Historical (imported)', 'Recorded by the queue system']);
      expect(stats.overTime.table.rows.at(-1)).to.deep.equal(['December 2026', '0', '1', '1']);
      expect(stats.overTime.image[1]).to.match(/^26,204 visitors in total, 1 September 2023 to 7 December 2026\./);
    });

    it('writes the same figures in Indonesian: 26.203, not 26,203', async () => {
      const stats = await statsOf(html`<mpp-visitor-stats .client=${queueClient(freshServer())}></mpp-visitor-stats>`);
      expect(stats.figures[0]).to.equal('26.203');
      stats.element.lang = 'en';
      await stats.settled();
      expect(stats.figures[0]).to.equal('26,203');
    });

    it('takes its heading level from heading-level, and the charts’ titles the next one', async () => {
      const stats = await statsOf(
        html`<mpp-visitor-stats
          heading-level="3"
          range="all"
          .client=${queueClient(freshServer())}
        ></mpp-visitor-stats>`,
      );
      const root = stats.element.shadowRoot as ShadowRoot;
      expect(root.querySelector('[part~="heading"]')?.getAttribute('aria-level')).to.equal('3');
      expect([...root.querySelectorAll('.chart-title')].map((title) => title.getAttribute('aria-level'))).to.deep.equal(
        ['4', '4'],
      );
    });
  });

  describe('states', () => {
    it('says so when the period has no visitors, and still shows the overview', async () => {
      const stats = await statsOf(
        html`<mpp-visitor-stats .client=${queueClient(queueServer('2030-06-10T09:00:00+07:00'))}></mpp-visitor-stats>`,
      );
      expect(stats.empty).to.equal('Belum ada pengunjung pada periode ini.');
      expect(stats.chartsShown).to.equal(false);
      expect(stats.figures).to.deep.equal(['26.203', '0', '0']);
      await expect(stats.element).to.be.accessible();
      await stats.choosePeriod('all');
      expect(stats.empty).to.equal(null);
      expect(stats.chartsShown).to.equal(true);
    });

    it('shows a skeleton while loading, marked busy, then the data', async () => {
      const held = heldFetch();
      const element = fixtureSync<MppVisitorStats>(
        html`<mpp-visitor-stats range="all" .client=${testClient({ fetch: held.fetch })}></mpp-visitor-stats>`,
      );
      const stats = new VisitorStatsHarness(element);
      await element.updateComplete;
      expect(stats.busy).to.equal(true);
      expect(stats.chartsShown).to.equal(false);
      const root = element.shadowRoot as ShadowRoot;
      const bones = [...root.querySelectorAll('.bone')];
      expect(bones.length, 'skeleton bones').to.be.above(0);
      expect(bones.filter((bone) => !bone.closest('[aria-hidden="true"]')).length, 'bones read aloud').to.equal(0);
      expect(root.querySelector('[part~="overview"]')?.getAttribute('aria-hidden')).to.equal('true');
      expect(stats.period).to.equal('all');
      await expect(element).to.be.accessible();
      held.release();
      await stats.settled();
      expect(stats.chartsShown).to.equal(true);
      expect(stats.figures[0]).to.equal('26.203');
    });

    it('shows the failure with a retry button, fires mpp-error, and recovers on retry', async () => {
      const server = freshServer();
      const network = switchableFetch(server, { down: true });
      const heard = oneEvent<MppEvent<'mpp-error'>>(document, 'mpp-error');
      const stats = await statsOf(
        html`<mpp-visitor-stats
          range="all"
          .client=${queueClient(server, { fetch: network.fetch })}
        ></mpp-visitor-stats>`,
      );
      const event = await heard;
      expect(event.composed && event.bubbles).to.equal(true);
      expect(event.detail).to.deep.include({ kind: 'network', code: null, status: null, requestId: null });
      expect(stats.error).to.equal(
        'Data tidak dapat dimuat. Tidak dapat terhubung ke server. Periksa koneksi internet Anda, lalu coba lagi. Coba lagi',
      );
      expect(stats.chartsShown).to.equal(false);
      await expect(stats.element).to.be.accessible();
      network.setDown(false);
      await stats.retry();
      expect(stats.error).to.equal(null);
      expect(stats.figures[0]).to.equal('26.203');
      expect(stats.chartsShown).to.equal(true);
    });

    it('shows the API’s own message and request id when the server refuses', async () => {
      const stats = await statsOf(
        html`<mpp-visitor-stats .client=${testClient({ path: '/salah' })}></mpp-visitor-stats>`,
      );
      expect(stats.error).to.match(/^Data tidak dapat dimuat\. Data tidak ditemukan\. Kode permintaan: \S+ Coba lagi$/);
    });

    it('keeps the overview when another period fails to load, and loads it on retry', async () => {
      const server = freshServer();
      const network = switchableFetch(server);
      const stats = await statsOf(
        html`<mpp-visitor-stats
          range="all"
          .client=${queueClient(server, { fetch: network.fetch })}
        ></mpp-visitor-stats>`,
      );
      network.setDown(true);
      await stats.choosePeriod('12-months');
      expect(stats.error).to.match(/^Data tidak dapat dimuat\./);
      expect(stats.figures[0]).to.equal('26.203');
      network.setDown(false);
      await stats.retry();
      expect(stats.overTime.columns).to.have.length(12);
    });

    it('keeps showing its data, marked stale, when a refresh fails', async () => {
      const server = freshServer();
      const network = switchableFetch(server);
      const stats = await statsOf(
        html`<mpp-visitor-stats
          range="all"
          .client=${queueClient(server, { fetch: network.fetch })}
        ></mpp-visitor-stats>`,
      );
      network.setDown(true);
      stats.element.client = queueClient(server, { fetch: network.fetch, locale: 'en' });
      await stats.settled();
      expect(stats.staleNotice).to.match(
        /^Menampilkan data per pukul \d\d\.\d\d; data terbaru tidak dapat dimuat\. Coba lagi$/,
      );
      expect(stats.chartsShown).to.equal(true);
      await expect(stats.element).to.be.accessible();
      network.setDown(false);
      await stats.retry();
      expect(stats.staleNotice).to.equal(null);
      expect(stats.figures[0]).to.equal('26.203');
    });

    it('explains that it is not connected when nothing configures it', async () => {
      const stats = await statsOf(html`<mpp-visitor-stats></mpp-visitor-stats>`);
      expect(stats.error).to.contain('atribut api-base');
      expect(stats.period).to.equal(null);
      await expect(stats.element).to.be.accessible();
    });
  });

  describe('safety and robustness', () => {
    it('renders hostile agency names as inert text', async () => {
      const server = freshServer();
      const payload = '<img src=x onerror="window.__mppXss=1">';
      const fetch: FetchLike = async (request) => {
        const response = await server.fetch(request);
        if (!new URL(request.url).pathname.endsWith('/v1/agencies')) return response;
        const page = (await response.json()) as { items: { shortName: string }[] };
        page.items = page.items.map((agency) => ({ ...agency, shortName: payload }));
        return new Response(JSON.stringify(page), { status: 200, headers: { 'Content-Type': 'application/json' } });
      };
      const stats = await statsOf(
        html`<mpp-visitor-stats range="all" .client=${queueClient(server, { fetch })}></mpp-visitor-stats>`,
      );
      expect(stats.ranking.bars[0]?.label).to.equal(payload);
      expect(stats.element.shadowRoot?.querySelectorAll('img, [onerror]')).to.have.length(0);
      expect((window as { __mppXss?: number }).__mppXss).to.equal(undefined);
    });

    it('still ranks the agencies, by their ids, when their names cannot be loaded', async () => {
      const server = freshServer();
      const fetch: FetchLike = (request) =>
        new URL(request.url).pathname.endsWith('/v1/agencies')
          ? Promise.reject(new TypeError('Failed to fetch'))
          : server.fetch(request);
      const stats = await statsOf(
        html`<mpp-visitor-stats range="all" .client=${queueClient(server, { fetch })}></mpp-visitor-stats>`,
      );
      expect(stats.error).to.equal(null);
      expect(stats.ranking.bars[0]?.label).to.equal('dukcapil');
    });

    it('names the buckets of a server that answers per week', async () => {
      const server = freshServer();
      // A backend that buckets per week whatever was asked: the element labels what it got.
      const fetch: FetchLike = (request) => {
        const url = new URL(request.url);
        if (url.pathname.endsWith('/v1/stats')) url.searchParams.set('period', 'week');
        return server.fetch(new Request(url, request));
      };
      const stats = await statsOf(
        html`<mpp-visitor-stats range="12-months" .client=${queueClient(server, { fetch })}></mpp-visitor-stats>`,
      );
      expect(stats.overTime.title).to.equal('Pengunjung per minggu');
      expect(stats.overTime.table.headers[0]).to.equal('Minggu');
      expect(stats.overTime.table.rows[0]?.[0]).to.equal('1 Januari 2026 s.d. 4 Januari 2026');
      expect(stats.overTime.table.rows[1]?.[0]).to.equal('5 Januari 2026 s.d. 11 Januari 2026');
    });
  });

  describe('layout and theme', () => {
    // 320 CSS px is a small phone, and a 1280 px screen at 400% zoom; doubled text
    // is a visitor's 200% text size. Nothing may scroll sideways or stick out.
    for (const [label, fontSize] of [
      ['320 px', ''],
      ['320 px with text at 200%', '32px'],
    ] as const) {
      it(`fits ${label} with both tables open, under a portal’s hostile CSS too`, async () => {
        const remove = applyHostilePortalCss(document);
        try {
          const stats = await statsOf(
            html`<mpp-visitor-stats range="all" .client=${queueClient(freshServer())}></mpp-visitor-stats>`,
          );
          stats.element.style.width = '320px';
          if (fontSize) stats.element.style.setProperty('--mpp-font-size', fontSize);
          stats.ranking.toggleTable();
          stats.overTime.toggleTable();
          await stats.settled();
          const root = stats.element.shadowRoot as ShadowRoot;
          const card = root.querySelector('[part~="card"]') as HTMLElement;
          expect(card.scrollWidth, 'card scroll width').to.be.at.most(card.clientWidth);
          const right = stats.element.getBoundingClientRect().right + 0.5;
          for (const node of root.querySelectorAll('*')) {
            // Inside an SVG, geometry is the drawing's; a table too wide scrolls inside its own region.
            if ((node.closest('svg') && node.localName !== 'svg') || node.parentElement?.closest('.chart-table-scroll'))
              continue;
            expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(right);
          }
        } finally {
          remove();
        }
      });
    }

    it('uses the dark defaults when asked, takes a host’s tokens, and stays accessible', async () => {
      const wrapper = fixtureSync<HTMLElement>(
        html`<div>
          <mpp-visitor-stats theme="dark" range="all" .client=${queueClient(freshServer())}></mpp-visitor-stats>
        </div>`,
      );
      const element = wrapper.querySelector('mpp-visitor-stats') as MppVisitorStats;
      const stats = new VisitorStatsHarness(element);
      await stats.settled();
      const root = element.shadowRoot as ShadowRoot;
      const card = root.querySelector('[part~="card"]') as Element;
      const fill = root.querySelector('.chart-fill') as Element;
      expect(getComputedStyle(card).backgroundColor).to.equal('rgb(27, 30, 35)');
      expect(getComputedStyle(fill).fill).to.equal('rgb(138, 180, 248)');
      stats.overTime.toggleTable();
      await expect(element).to.be.accessible();
      wrapper.style.setProperty('--mpp-color-primary', 'rgb(1, 2, 3)');
      expect(getComputedStyle(fill).fill).to.equal('rgb(1, 2, 3)');
    });

    it('renders no inline styles', async () => {
      const stats = await statsOf(
        html`<mpp-visitor-stats range="all" .client=${queueClient(freshServer())}></mpp-visitor-stats>`,
      );
      const styled = [...(stats.element.shadowRoot as ShadowRoot).querySelectorAll('[style]')];
      expect(styled.map((node) => node.localName)).to.deep.equal([]);
    });
  });
});
