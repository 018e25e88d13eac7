// <mpp-survey-results> against a fresh in-browser reference server per test
// (its clock on an open Monday morning, 2 March 2026 09:00 WIB), imported
// through its public define module as a portal would. Every response is made
// through the API: a number taken, called and completed, its survey code answered.
import '@mpp-kit/elements/survey-results/define.js';
import { minimumSurveySample, surveyIndex, SURVEY_GRADES } from '@mpp-kit/contract';
import type { FetchLike } from '@mpp-kit/sdk';
import type { BrowserServer } from '@mpp-kit/server/browser';
import { expect, fixtureSync, waitUntil } from '@open-wc/testing';
import { html, nothing } from 'lit';
import { SurveyResultsHarness } from '@mpp-kit/elements/testing.js';
import { applyHostilePortalCss } from '../test-support/hostile-portal-css.js';
import { at, queueClient, queueServer, staffClient, switchableFetch } from '../test-support/server.js';
import { allScores, answerSurveys, type SurveyVisits } from '../test-support/answer-surveys.js';
import type { MppSurveyResults, SurveyPeriod } from './survey-results.js';

/** The test day: the servers' clocks start on it, so every visit is on it. */
const NOW = at('2026-03-02T12:00:00');

/** Three visitors of KTP-el (Dispendukcapil); "Waktu penyelesaian" is their weakest element. */
const KTP_ANSWERS = [
  [4, 4, 3, 4, 3, 4, 4, 3, 4],
  [3, 3, 2, 4, 3, 3, 4, 3, 3],
  [4, 3, 2, 4, 4, 4, 4, 3, 4],
];
/** One visitor of NIB (DPMPTSP), less pleased. */
const NIB_ANSWERS = [[2, 2, 2, 3, 2, 2, 3, 2, 2]];

const KTP: SurveyVisits = { serviceId: 'ktp-el', counterId: 'loket-1', answers: KTP_ANSWERS };
const NIB: SurveyVisits = { serviceId: 'nib-oss', counterId: 'loket-5', answers: NIB_ANSWERS };

/** Answers surveys on `server` as citizens and a counter would. */
function answer(server: BrowserServer, visits: readonly SurveyVisits[]): Promise<void> {
  return answerSurveys({ citizen: queueClient(server), staff: staffClient(server) }, visits);
}

/** Text with the spaces around a range's dash taken out: engines differ in them. */
function undashed(text: string | null): string | null {
  return text === null ? null : text.replace(/\s*–\s*/g, '–');
}

/** Two decimals the way the element writes an index for `locale`. */
function decimal(value: number, locale = 'id-ID'): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

interface Options {
  lang?: string;
  agency?: string;
  service?: string;
  period?: SurveyPeriod;
  fetch?: FetchLike;
  staffToken?: string;
}

/** The results element over a client of `server`, settled. */
async function resultsOf(server: BrowserServer, options: Options = {}): Promise<SurveyResultsHarness> {
  const client = queueClient(server, options.fetch ? { fetch: options.fetch } : {});
  const element = fixtureSync<MppSurveyResults>(
    html`<mpp-survey-results
      .client=${client}
      .now=${NOW}
      .staffToken=${options.staffToken}
      lang=${options.lang ?? 'id'}
      agency=${options.agency ?? nothing}
      service=${options.service ?? nothing}
      period=${options.period ?? nothing}
    ></mpp-survey-results>`,
  );
  const harness = new SurveyResultsHarness(element);
  await harness.settled();
  return harness;
}

describe('<mpp-survey-results>', () => {
  describe('with responses', () => {
    it('shows the IKM and grade that surveyIndex gives for the same answers, and is accessible', async () => {
      const server = queueServer();
      await answer(server, [KTP, NIB]);
      const results = await resultsOf(server);
      const expected = surveyIndex([...KTP_ANSWERS, ...NIB_ANSWERS]);
      const band = SURVEY_GRADES.find((candidate) => candidate.grade === expected.grade);
      expect(results.index).to.equal(decimal(expected.index as number));
      expect(results.gradeLetter).to.equal(expected.grade);
      expect(results.grade).to.equal(`${expected.grade as string} (${band?.name.id as string})`);
      expect(undashed(results.scope)).to.equal('Mal Pelayanan Publik Kota Kediri Kunjungan 1 Januari–2 Maret 2026');
      await expect(results.element).to.be.accessible();
    });

    it('charts the nine averages on a 1-4 scale, the weakest highlighted and named in words', async () => {
      const server = queueServer();
      await answer(server, [KTP]);
      const results = await resultsOf(server);
      const expected = surveyIndex(KTP_ANSWERS);
      const chart = results.elementsChart;
      expect(chart.title).to.equal('Nilai rata-rata per unsur');
      expect(chart.bars.map((bar) => bar.value)).to.deep.equal(expected.elements.map((average) => decimal(average)));
      expect(chart.bars.filter((bar) => bar.highlighted).map((bar) => bar.label)).to.deep.equal([
        'Waktu penyelesaian (terendah)',
      ]);
      // 7/3 on a scale from 1 to 4: (2.333 - 1) / 3 of the track.
      expect(chart.bars[2]?.percent).to.equal(44.44);
      expect(results.weakest).to.equal('Waktu penyelesaian (2,33)');
      expect(chart.table.headers).to.deep.equal(['Unsur pelayanan', 'Nilai rata-rata (1–4)']);
      expect(chart.table.rows[0]).to.deep.equal(['Persyaratan', '3,67']);
      expect(chart.table.rows[2]).to.deep.equal(['Waktu penyelesaian (terendah)', '2,33']);
      expect(chart.tableShown).to.equal(false);
      chart.toggleTable();
      await waitUntil(() => results.elementsChart.tableShown, 'the table opens');
      await expect(results.element).to.be.accessible();
    });

    it('names every element that ties for the weakest', async () => {
      const server = queueServer();
      await answer(server, [{ serviceId: 'ktp-el', counterId: 'loket-1', answers: [[4, 4, 2, 2, 4, 4, 4, 4, 4]] }]);
      const results = await resultsOf(server);
      expect(results.weakest).to.equal('Waktu penyelesaian dan Biaya/tarif (masing-masing 2,00)');
      expect(results.elementsChart.bars.filter((bar) => bar.highlighted)).to.have.length(2);
    });

    it('says plainly when the respondents are fewer than the minimum sample for the people served', async () => {
      const server = queueServer();
      await answer(server, [{ ...KTP, unanswered: 3 }]);
      const results = await resultsOf(server);
      expect(minimumSurveySample(6)).to.equal(6);
      expect(results.sample).to.equal('3 responden dari minimal 6 (populasi 6)');
      expect(results.sampleEnough).to.equal(false);
      expect(results.sampleShort).to.equal(
        'Sampel belum memenuhi jumlah minimal: kurang 3 responden. Hasil ini belum mewakili populasi.',
      );
    });

    it('says when the sample reaches the minimum', async () => {
      const server = queueServer();
      await answer(server, [KTP]);
      const results = await resultsOf(server);
      expect(results.sample).to.equal('3 responden dari minimal 3 (populasi 3)');
      expect(results.sampleEnough).to.equal(true);
      expect(results.sampleShort).to.equal(null);
    });

    it('lists the index and grade of each agency, best first, by its short name', async () => {
      const server = queueServer();
      await answer(server, [NIB, KTP]);
      const results = await resultsOf(server);
      const ktp = surveyIndex(KTP_ANSWERS);
      const nib = surveyIndex(NIB_ANSWERS);
      expect(results.groupsHeading).to.equal('IKM per instansi');
      expect(results.groups).to.deep.equal([
        {
          name: 'Dispendukcapil',
          figures: `IKM ${decimal(ktp.index as number)} · ${ktp.grade as string} (Baik) · 3 responden`,
          grade: ktp.grade,
        },
        {
          name: 'DPMPTSP',
          figures: `IKM ${decimal(nib.index as number)} · ${nib.grade as string} (Tidak Baik) · 1 responden`,
          grade: nib.grade,
        },
      ]);
    });

    it('shows one agency with the index of each of its services', async () => {
      const server = queueServer();
      await answer(server, [KTP, { serviceId: 'kartu-keluarga', counterId: 'loket-3', answers: [allScores(4)] }, NIB]);
      const results = await resultsOf(server, { agency: 'dukcapil' });
      expect(undashed(results.scope)).to.equal(
        'Dinas Kependudukan dan Pencatatan Sipil Kota Kediri Kunjungan 1 Januari–2 Maret 2026',
      );
      expect(results.index).to.equal(decimal(surveyIndex([...KTP_ANSWERS, allScores(4)]).index as number));
      expect(results.groupsHeading).to.equal('IKM per layanan');
      expect(results.groups.map((group) => group.name)).to.deep.equal([
        'Kartu Keluarga (baru, perubahan, atau penambahan anggota)',
        'Perekaman dan penerbitan KTP-el',
      ]);
      expect(results.groups[0]?.figures).to.equal('IKM 100,00 · A (Sangat Baik) · 1 responden');
    });

    it('shows one service without groups', async () => {
      const server = queueServer();
      await answer(server, [KTP, NIB]);
      const results = await resultsOf(server, { service: 'nib-oss' });
      expect(results.index).to.equal(decimal(surveyIndex(NIB_ANSWERS).index as number));
      expect(results.gradeLetter).to.equal('D');
      expect(results.groups).to.deep.equal([]);
      expect(results.scope).to.match(/^Pendampingan Nomor Induk Berusaha \(NIB\) lewat OSS Kunjungan/);
    });

    it('speaks English with English numbers', async () => {
      const server = queueServer();
      await answer(server, [{ ...KTP, unanswered: 1 }]);
      const results = await resultsOf(server, { lang: 'en' });
      const expected = surveyIndex(KTP_ANSWERS);
      expect(results.index).to.equal(decimal(expected.index as number, 'en-GB'));
      expect(results.index).to.contain('.');
      expect(results.grade).to.equal('B (Good)');
      expect(results.sample).to.equal('3 respondents of at least 4 (population 4)');
      expect(results.sampleShort).to.equal(
        'The sample is below the minimum: 1 more respondent needed. These results do not yet represent the population.',
      );
      expect(results.weakest).to.equal('Completion time (2.33)');
      expect(results.elementsChart.bars[2]?.label).to.equal('Completion time (lowest)');
      expect(undashed(results.scope)).to.equal('Mal Pelayanan Publik Kota Kediri Visits 1 January–2 March 2026');
      await expect(results.element).to.be.accessible();
    });
  });

  it('marks no element the weakest when every element has the same average', async () => {
    const server = queueServer();
    await answer(server, [{ serviceId: 'ktp-el', counterId: 'loket-1', answers: [allScores(4), allScores(4)] }]);
    const results = await resultsOf(server);
    expect(results.grade).to.equal('A (Sangat Baik)');
    expect(results.weakest).to.equal(null);
    expect(results.elementsChart.bars.filter((bar) => bar.highlighted)).to.deep.equal([]);
  });

  it('reloads when a survey on the same page records a response', async () => {
    const server = queueServer();
    await answer(server, [KTP]);
    const results = await resultsOf(server);
    expect(results.sample).to.equal('3 responden dari minimal 3 (populasi 3)');
    await answer(server, [NIB]);
    // What <mpp-survey> announces after its answer was recorded (ids only).
    document.body.dispatchEvent(
      new CustomEvent('mpp-survey-submitted', {
        detail: { serviceId: 'nib-oss', agencyId: 'dpmptsp' },
        bubbles: true,
        composed: true,
      }),
    );
    await waitUntil(() => results.sample === '4 responden dari minimal 4 (populasi 4)', 'the results reload');
    expect(results.index).to.equal(decimal(surveyIndex([...KTP_ANSWERS, ...NIB_ANSWERS]).index as number));
  });

  describe('period', () => {
    it('offers four periods, the last three months first, and reloads for the one chosen', async () => {
      const server = queueServer();
      await answer(server, [KTP]);
      const results = await resultsOf(server);
      expect(results.periodOptions).to.deep.equal(['Bulan ini', '3 bulan terakhir', 'Tahun ini', 'Tahun lalu']);
      expect(results.period).to.equal('last-3-months');
      await results.choosePeriod('last-year');
      expect(results.element.period).to.equal('last-year');
      expect(undashed(results.scope)).to.equal('Mal Pelayanan Publik Kota Kediri Kunjungan 1 Januari–31 Desember 2025');
      expect(results.empty).to.equal('Belum ada responden survei pada periode ini.');
      expect(results.index).to.equal(null);
      await results.choosePeriod('this-month');
      expect(undashed(results.scope)).to.equal('Mal Pelayanan Publik Kota Kediri Kunjungan 1–2 Maret 2026');
      expect(results.index).to.equal(decimal(surveyIndex(KTP_ANSWERS).index as number));
    });

    it('starts on the period its attribute names', async () => {
      const server = queueServer();
      const results = await resultsOf(server, { period: 'this-year' });
      expect(results.period).to.equal('this-year');
      expect(undashed(results.scope)).to.equal('Mal Pelayanan Publik Kota Kediri Kunjungan 1 Januari–2 Maret 2026');
    });
  });

  describe('empty', () => {
    it('says there is no respondent yet, without a sample line when nobody was served', async () => {
      const results = await resultsOf(queueServer());
      expect(results.empty).to.equal('Belum ada responden survei pada periode ini.');
      expect(results.sample).to.equal(null);
      expect(results.elementsChart.figure).to.equal(null);
      await expect(results.element).to.be.accessible();
    });

    it('shows how far the sample is when people were served but none answered', async () => {
      const server = queueServer();
      await answer(server, [{ serviceId: 'ktp-el', counterId: 'loket-1', unanswered: 2 }]);
      const results = await resultsOf(server);
      expect(results.empty).to.equal('Belum ada responden survei pada periode ini.');
      expect(results.sample).to.equal('0 responden dari minimal 2 (populasi 2)');
      expect(results.sampleEnough).to.equal(false);
    });
  });

  describe('suggestions', () => {
    const WRITTEN = ['Antrean lebih cepat dari dugaan.', 'Tolong tambah kursi di ruang tunggu.'];

    it('are neither requested nor shown without a staff token', async () => {
      const server = queueServer();
      await answer(server, [{ ...KTP, suggestions: WRITTEN }]);
      const asked: string[] = [];
      const results = await resultsOf(server, {
        fetch: (request) => {
          asked.push(new URL(request.url).pathname);
          return server.fetch(request);
        },
      });
      expect(results.index).to.not.equal(null);
      expect(results.suggestionsShown).to.equal(false);
      expect(asked.filter((path) => path.includes('suggestions'))).to.deep.equal([]);
      expect(results.element.shadowRoot?.textContent).to.not.include(WRITTEN[0]);
    });

    it('are shown with a staff token held in memory, newest first, with the service and day', async () => {
      const server = queueServer();
      await answer(server, [{ ...KTP, suggestions: WRITTEN }]);
      const results = await resultsOf(server, { staffToken: server.staffToken });
      expect(results.suggestionsShown).to.equal(true);
      expect(results.suggestions.map((item) => item.text).sort()).to.deep.equal([...WRITTEN].sort());
      expect(results.suggestions[0]?.meta).to.equal('Perekaman dan penerbitan KTP-el · Senin, 2 Maret 2026');
      expect(results.canLoadMore).to.equal(false);
      // Write-only, and never in an attribute.
      expect(results.element.staffToken).to.equal(undefined);
      const attributes = [results.element, ...(results.element.shadowRoot?.querySelectorAll('*') ?? [])].flatMap(
        (node) => [...node.attributes].map((attribute) => attribute.value),
      );
      expect(attributes.filter((value) => value.includes(server.staffToken))).to.deep.equal([]);
      await expect(results.element).to.be.accessible();
      results.element.staffToken = null;
      await results.settled();
      expect(results.suggestionsShown).to.equal(false);
    });

    it('load the next page with "Muat lebih banyak" and move focus to the first new one', async () => {
      const server = queueServer();
      const many = Array.from({ length: 21 }, (_, index) => `Saran nomor ${index + 1}`);
      await answer(server, [
        { serviceId: 'ktp-el', counterId: 'loket-1', answers: many.map(() => allScores(3)), suggestions: many },
      ]);
      const results = await resultsOf(server, { staffToken: server.staffToken });
      expect(results.suggestions).to.have.length(20);
      expect(results.canLoadMore).to.equal(true);
      await results.loadMore();
      expect(results.suggestions).to.have.length(21);
      expect(results.suggestions.map((item) => item.text).sort()).to.deep.equal([...many].sort());
      expect(results.canLoadMore).to.equal(false);
      const focused = results.element.shadowRoot?.activeElement;
      expect(focused?.getAttribute('part')).to.equal('suggestion');
      expect(focused).to.equal(results.element.shadowRoot?.querySelectorAll('[part~="suggestion"]')[20]);
      expect(results.announcement).to.equal('1 saran lagi dimuat.');
    });

    it('say when there are none in the period', async () => {
      const server = queueServer();
      await answer(server, [KTP]);
      const results = await resultsOf(server, { staffToken: server.staffToken });
      expect(results.suggestionsEmpty).to.equal('Belum ada saran pada periode ini.');
    });

    it("show the server's refusal of a wrong token, while the public results stay", async () => {
      const server = queueServer();
      await answer(server, [KTP]);
      const results = await resultsOf(server, { staffToken: 'bukan-token-yang-benar' });
      expect(results.index).to.not.equal(null);
      expect(results.suggestionsError).to.match(/^Data tidak dapat dimuat\./);
      expect(results.suggestions).to.deep.equal([]);
    });
  });

  describe('loading, errors and stale data', () => {
    it('shows a skeleton hidden from screen readers while loading', async () => {
      const server = queueServer();
      let release = (): void => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      const client = queueClient(server, {
        fetch: async (request) => {
          await held;
          return server.fetch(request);
        },
      });
      const element = fixtureSync<MppSurveyResults>(
        html`<mpp-survey-results .client=${client} .now=${NOW}></mpp-survey-results>`,
      );
      const harness = new SurveyResultsHarness(element);
      await waitUntil(() => harness.busy, 'loading');
      const bones = [...(element.shadowRoot?.querySelectorAll('.bone') ?? [])];
      expect(bones.length, 'skeleton bones').to.be.above(0);
      expect(bones.filter((bone) => !bone.closest('[aria-hidden="true"]')).length, 'bones read aloud').to.equal(0);
      expect(harness.periodSelect.disabled).to.equal(false);
      release();
      await harness.settled();
      expect(harness.empty).to.equal('Belum ada responden survei pada periode ini.');
    });

    it('shows the error with a retry that loads the results', async () => {
      const server = queueServer();
      await answer(server, [KTP]);
      const network = switchableFetch(server, { down: true });
      const results = await resultsOf(server, { fetch: network.fetch });
      expect(results.error).to.match(/^Data tidak dapat dimuat\. Tidak dapat terhubung ke server/);
      await expect(results.element).to.be.accessible();
      network.setDown(false);
      await results.retry();
      expect(results.error).to.equal(null);
      expect(results.index).to.equal(decimal(surveyIndex(KTP_ANSWERS).index as number));
    });

    it('keeps the last results under a stale notice when a reload fails', async () => {
      const server = queueServer();
      await answer(server, [KTP]);
      const network = switchableFetch(server);
      const results = await resultsOf(server, { fetch: network.fetch });
      const index = results.index;
      network.setDown(true);
      // Another client (as a host might set): the element reloads, and that fails.
      results.element.client = queueClient(server, { fetch: network.fetch });
      await results.settled();
      expect(results.staleNotice).to.match(/^Menampilkan data per pukul/);
      expect(results.index).to.equal(index);
      network.setDown(false);
      await results.retry();
      expect(results.staleNotice).to.equal(null);
    });
  });

  describe('layout', () => {
    /** The results of `server` in a 320 px column, staff view, the elements' table open; settled. */
    async function narrow(server: BrowserServer, fontSize: string): Promise<MppSurveyResults> {
      const element = fixtureSync<HTMLDivElement>(
        html`<div style="width: 320px">
          <mpp-survey-results
            .client=${queueClient(server)}
            .now=${NOW}
            .staffToken=${server.staffToken}
            lang="id"
            style="--mpp-font-size: ${fontSize}"
          ></mpp-survey-results>
        </div>`,
      ).querySelector('mpp-survey-results') as MppSurveyResults;
      const results = new SurveyResultsHarness(element);
      await results.settled();
      results.elementsChart.toggleTable();
      await waitUntil(() => results.elementsChart.tableShown, 'the table opens');
      return element;
    }

    /** The element's parts that reach past its right edge. */
    function overflowing(element: MppSurveyResults): string[] {
      const base = element.shadowRoot?.querySelector('[part~="base"]') as HTMLElement;
      const right = base.getBoundingClientRect().right;
      return (
        [...(element.shadowRoot?.querySelectorAll('*') ?? [])]
          // A data table too wide for the column scrolls inside its own region, as data tables may (WCAG 1.4.10).
          .filter((node) => !node.parentElement?.closest('.chart-table-scroll'))
          .filter((node) => node.getBoundingClientRect().right > right + 1)
          .map((node) => `${node.localName}.${node.getAttribute('class') ?? ''}`)
      );
    }

    it('fits 320 px at 200 % text, the data table open', async () => {
      const server = queueServer();
      await answer(server, [{ ...KTP, suggestions: ['Tolong tambah kursi di ruang tunggu lantai dua.'] }, NIB]);
      const element = await narrow(server, '200%');
      const base = element.shadowRoot?.querySelector('[part~="base"]') as HTMLElement;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(overflowing(element)).to.deep.equal([]);
    });

    it('keeps its layout under a hostile portal stylesheet', async () => {
      const server = queueServer();
      await answer(server, [KTP, NIB]);
      const restore = applyHostilePortalCss(document);
      try {
        const element = await narrow(server, 'medium');
        expect(overflowing(element)).to.deep.equal([]);
        const figure = element.shadowRoot?.querySelector('[part~="index"]') as HTMLElement;
        expect(getComputedStyle(figure).fontStyle).to.equal('normal');
        expect(getComputedStyle(figure).textTransform).to.equal('none');
        await expect(element).to.be.accessible();
      } finally {
        restore();
      }
    });
  });
});
