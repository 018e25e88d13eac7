// The shared charts, rendered into a shadow root the way an element renders
// them, and read back with the ChartReader that element harnesses build on.
import { expect, fixtureSync, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { html, LitElement, type TemplateResult } from 'lit';
import { formatterFor } from '../core/format.js';
import { baseStyles } from '../styles/base.js';
import { ChartReader } from './chart.harness.js';
import { barChart, chartStyles, niceCeiling, percentOf, timeChart, type TimeChartOptions } from './charts.js';

/** A host for chart templates: the base styles and the chart styles, as an element has them. */
class ChartHost extends LitElement {
  static override styles = [...baseStyles, chartStyles];
  static override properties = { content: { attribute: false } };
  declare content: TemplateResult | undefined;

  protected override render(): TemplateResult {
    return html`<div class="root" part="base">${this.content}</div>`;
  }
}
customElements.define('test-chart-host', ChartHost);

async function host(content: TemplateResult, width?: string): Promise<ChartHost> {
  const element = fixtureSync<ChartHost>(html`<test-chart-host .content=${content}></test-chart-host>`);
  if (width) element.style.width = width;
  await element.updateComplete;
  return element;
}

const number = (value: number): string => formatterFor('id').number(value);

const ranking = (highlight = false): TemplateResult =>
  barChart({
    id: 'ranking-chart',
    title: 'Pengunjung per instansi',
    description: '1–30 Maret 2026',
    headingLevel: 3,
    bars: [
      { label: 'Dinas Kependudukan dan Pencatatan Sipil', value: 12_034 },
      { label: 'DPMPTSP', value: 5_210, highlighted: highlight },
      { label: 'Samsat', value: 0 },
    ],
    format: number,
    ranked: true,
    highlightNote: 'tersorot',
    labelHeader: 'Instansi',
    valueHeader: 'Pengunjung',
    tableToggle: 'Tampilkan tabel data',
  });

const overTime = (options: Partial<TimeChartOptions> = {}): TemplateResult =>
  timeChart({
    id: 'time-chart',
    title: 'Pengunjung per bulan',
    summary: 'Jumlah 1.500; terbanyak Februari 2026 dengan 900.',
    series: [
      { name: 'Data impor', style: 'outline' },
      { name: 'Tercatat langsung', style: 'solid' },
    ],
    points: [
      { label: 'Januari 2026', axisLabel: 'Jan 2026', values: [600, 0] },
      { label: 'Februari 2026', axisLabel: 'Feb 2026', values: [700, 200] },
      { label: 'Maret 2026', axisLabel: 'Mar 2026', values: [0, 0] },
    ],
    format: number,
    periodHeader: 'Bulan',
    totalHeader: 'Jumlah',
    tableToggle: 'Tampilkan tabel data',
    ...options,
  });

describe('charts', () => {
  describe('scale', () => {
    it('rounds the top of the axis up to 1, 2, 2.5 or 5 times a power of ten', () => {
      expect([0, 0.4, 1, 3.2, 7, 11, 873, 1_000, 1_001, 26_203].map(niceCeiling)).to.deep.equal([
        1, 1, 1, 5, 10, 20, 1_000, 1_000, 2_000, 50_000,
      ]);
      expect(niceCeiling(2_400)).to.equal(2_500);
    });

    it('places a value on a scale in percent, clamped, to two decimals', () => {
      expect(percentOf(25, 0, 200)).to.equal(12.5);
      expect(percentOf(2.5, 1, 4)).to.equal(50);
      expect(percentOf(1, 0, 3)).to.equal(33.33);
      expect(percentOf(-5, 0, 10)).to.equal(0);
      expect(percentOf(50, 0, 10)).to.equal(100);
      expect(percentOf(5, 3, 3)).to.equal(0);
    });
  });

  describe('barChart', () => {
    it('lists each bar as its label and its value in words, in order, as a ranked list', async () => {
      const element = await host(ranking());
      const chart = new ChartReader(element.shadowRoot as ShadowRoot, 'ranking-chart');
      expect(chart.title).to.equal('Pengunjung per instansi');
      expect(chart.description).to.equal('1–30 Maret 2026');
      expect(chart.bars).to.deep.equal([
        { label: 'Dinas Kependudukan dan Pencatatan Sipil', value: '12.034', highlighted: false, percent: 60.17 },
        { label: 'DPMPTSP', value: '5.210', highlighted: false, percent: 26.05 },
        { label: 'Samsat', value: '0', highlighted: false, percent: 0 },
      ]);
      const root = element.shadowRoot as ShadowRoot;
      expect(root.querySelectorAll('ol.chart-list > li')).to.have.length(3);
      expect(root.querySelector('.chart-title')?.getAttribute('aria-level')).to.equal('3');
      for (const bar of root.querySelectorAll('.chart-bar')) expect(bar.getAttribute('aria-hidden')).to.equal('true');
      await expect(element).to.be.accessible();
    });

    it('says a highlighted bar in words, not by colour alone', async () => {
      const element = await host(ranking(true));
      const chart = new ChartReader(element.shadowRoot as ShadowRoot, 'ranking-chart');
      expect(chart.bars[1]).to.deep.include({ label: 'DPMPTSP (tersorot)', highlighted: true });
      expect(chart.table.rows[1]).to.deep.equal(['DPMPTSP (tersorot)', '5.210']);
      const fills = [...(element.shadowRoot as ShadowRoot).querySelectorAll('.chart-fill')].map(
        (fill) => getComputedStyle(fill).fill,
      );
      expect(fills[1]).to.not.equal(fills[0]);
      await expect(element).to.be.accessible();
    });

    it('draws on a fixed scale when given one, in an unordered list', async () => {
      const element = await host(
        barChart({
          id: 'elements-chart',
          title: 'Nilai rata-rata per unsur',
          bars: [
            { label: 'Persyaratan', value: 3.25 },
            { label: 'Biaya/tarif', value: 1 },
          ],
          format: (value) => value.toFixed(2),
          scale: [1, 4],
          labelHeader: 'Unsur',
          valueHeader: 'Nilai',
          tableToggle: 'Tabel',
        }),
      );
      const chart = new ChartReader(element.shadowRoot as ShadowRoot, 'elements-chart');
      expect(chart.bars.map((bar) => bar.percent)).to.deep.equal([75, 0]);
      expect((element.shadowRoot as ShadowRoot).querySelector('ul.chart-list')).to.not.equal(null);
      expect((element.shadowRoot as ShadowRoot).querySelector('.chart-title')?.hasAttribute('role')).to.equal(false);
    });

    it('has its data as a table with caption and headers one click away', async () => {
      const element = await host(ranking());
      const chart = new ChartReader(element.shadowRoot as ShadowRoot, 'ranking-chart');
      const table = (element.shadowRoot as ShadowRoot).querySelector('[part~="chart-table"]') as HTMLElement;
      expect(chart.tableShown).to.equal(false);
      expect(table.checkVisibility()).to.equal(false);
      chart.toggleTable();
      expect(chart.tableShown).to.equal(true);
      expect(table.checkVisibility()).to.equal(true);
      expect(chart.table).to.deep.equal({
        caption: 'Pengunjung per instansi',
        headers: ['Instansi', 'Pengunjung'],
        rows: [
          ['Dinas Kependudukan dan Pencatatan Sipil', '12.034'],
          ['DPMPTSP', '5.210'],
          ['Samsat', '0'],
        ],
      });
      expect([...table.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).to.deep.equal([
        'col',
        'col',
      ]);
      expect([...table.querySelectorAll('tbody th')].every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
      // A table too wide for a phone scrolls in a region a keyboard can reach, named by the caption.
      const region = table.parentElement as HTMLElement;
      expect([region.getAttribute('role'), region.tabIndex]).to.deep.equal(['region', 0]);
      expect(region.getAttribute('aria-labelledby')).to.equal(table.querySelector('caption')?.id);
      await expect(element).to.be.accessible();
      chart.toggleTable();
      expect(chart.tableShown).to.equal(false);
    });

    it('opens the table from the keyboard', async () => {
      const element = await host(ranking());
      const toggle = (element.shadowRoot as ShadowRoot).querySelector('summary') as HTMLElement;
      const chart = new ChartReader(element.shadowRoot as ShadowRoot, 'ranking-chart');
      // Keys reach only the tab in front.
      await executeServerCommand('bring-to-front');
      toggle.focus();
      expect((element.shadowRoot as ShadowRoot).activeElement).to.equal(toggle);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => chart.tableShown, 'Enter opens the table');
      await sendKeys({ press: ' ' });
      await waitUntil(() => !chart.tableShown, 'Space closes it');
    });
  });

  describe('timeChart', () => {
    it('stacks the series per point, scaled to a round top, with a tooltip per column', async () => {
      const element = await host(overTime());
      const root = element.shadowRoot as ShadowRoot;
      const chart = new ChartReader(root, 'time-chart');
      expect(chart.columns).to.deep.equal([
        'Januari 2026: 600 (Data impor 600, Tercatat langsung 0)',
        'Februari 2026: 900 (Data impor 700, Tercatat langsung 200)',
        'Maret 2026: 0 (Data impor 0, Tercatat langsung 0)',
      ]);
      // Top 1.000: February's 700 imported are 70 units high, its 200 live sit on them.
      const february = [...root.querySelectorAll('.chart-column')][1] as SVGGElement;
      const rects = [...february.querySelectorAll('rect')].map((rect) => [
        rect.getAttribute('class'),
        rect.getAttribute('y'),
        rect.getAttribute('height'),
      ]);
      expect(rects).to.deep.equal([
        ['chart-outline', '30', '70'],
        ['chart-solid', '10', '20'],
      ]);
      expect(textOfAll(root, '.chart-axis-y span')).to.deep.equal(['1.000', '500', '0']);
      expect(textOfAll(root, '.chart-axis-x span')).to.deep.equal(['Jan 2026', 'Mar 2026']);
    });

    it('is an image named by its title and described by its summary, with a legend', async () => {
      const element = await host(overTime());
      const chart = new ChartReader(element.shadowRoot as ShadowRoot, 'time-chart');
      expect(chart.image).to.deep.equal(['Pengunjung per bulan', 'Jumlah 1.500; terbanyak Februari 2026 dengan 900.']);
      expect(chart.legend).to.deep.equal(['Data impor', 'Tercatat langsung']);
      const [imported, live] = [...(element.shadowRoot as ShadowRoot).querySelectorAll('.chart-swatch rect')].map(
        (rect) => getComputedStyle(rect),
      );
      // Told apart by shape: an outlined column and a filled one.
      expect(imported?.strokeWidth).to.not.equal(live?.strokeWidth);
      await expect(element).to.be.accessible();
    });

    it('has a table with a column per series and their sum', async () => {
      const element = await host(overTime());
      const chart = new ChartReader(element.shadowRoot as ShadowRoot, 'time-chart');
      chart.toggleTable();
      expect(chart.table).to.deep.equal({
        caption: 'Pengunjung per bulan',
        headers: ['Bulan', 'Data impor', 'Tercatat langsung', 'Jumlah'],
        rows: [
          ['Januari 2026', '600', '0', '600'],
          ['Februari 2026', '700', '200', '900'],
          ['Maret 2026', '0', '0', '0'],
        ],
      });
      await expect(element).to.be.accessible();
    });

    it('shows one series without a legend or a sum column, and an empty range with an axis', async () => {
      const element = await host(
        overTime({
          series: [{ name: 'Pengunjung', style: 'solid' }],
          points: [{ label: 'Senin, 2 Maret 2026', axisLabel: '2 Mar', values: [0] }],
        }),
      );
      const chart = new ChartReader(element.shadowRoot as ShadowRoot, 'time-chart');
      expect(chart.legend).to.deep.equal([]);
      expect(chart.table.headers).to.deep.equal(['Bulan', 'Pengunjung']);
      expect(textOfAll(element.shadowRoot as ShadowRoot, '.chart-axis-y span')).to.deep.equal(['1', '0,5', '0']);
      expect(textOfAll(element.shadowRoot as ShadowRoot, '.chart-axis-x span')).to.deep.equal(['2 Mar']);
    });
  });

  // 320 CSS px is a small phone; doubled text is a visitor's 200% text size.
  for (const [label, fontSize] of [
    ['320 px', ''],
    ['320 px with text at 200%', '32px'],
  ] as const) {
    it(`fits ${label} without sticking out, table open`, async () => {
      const element = await host(html`${ranking(true)}${overTime()}`, '320px');
      if (fontSize) element.style.setProperty('--mpp-font-size', fontSize);
      const root = element.shadowRoot as ShadowRoot;
      for (const id of ['ranking-chart', 'time-chart']) new ChartReader(root, id).toggleTable();
      await element.updateComplete;
      const right = element.getBoundingClientRect().right + 0.5;
      for (const node of root.querySelectorAll('*')) {
        // Inside an SVG, geometry is the drawing's; a table too wide scrolls inside its own region.
        if ((node.closest('svg') && node.localName !== 'svg') || node.parentElement?.closest('.chart-table-scroll'))
          continue;
        expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(right);
      }
    });
  }
});

function textOfAll(root: ShadowRoot, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((node) => node.textContent.trim());
}
