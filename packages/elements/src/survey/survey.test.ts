// <mpp-survey> against a fresh in-browser reference server per test (the Kota
// Kediri seed, its clock on an open Monday morning, 2 March 2026 09:00 WIB).
// Survey codes are real: a ticket is taken, called and completed by a staff
// client of the same server, as at a counter, and its code read with
// `client.survey.invitation`, as the ticket card reads it.
import '@mpp-kit/elements/survey/define.js';
import { SURVEY_ELEMENTS, surveyIndex, type SurveyResponseInput } from '@mpp-kit/contract';
import type { MppEvent } from '@mpp-kit/elements';
import { SurveyHarness } from '@mpp-kit/elements/testing.js';
import type { FetchLike } from '@mpp-kit/sdk';
import { fixedClock } from '@mpp-kit/server';
import { createBrowserServer, type BrowserServer } from '@mpp-kit/server/browser';
import { expect, fixtureSync } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { OPEN_MONDAY, queueClient, queueServer, staffClient, switchableFetch } from '../test-support/server.js';
import type { MppSurvey } from './survey.js';

const DAY_MS = 86_400_000;
/** Nine answers, in the regulation's order: 33 points, an IKM of 91,67 (A). */
const SCORES = [4, 3, 3, 4, 4, 4, 4, 3, 4] as const;

/** Takes a KTP-el number, has Loket 1 call and complete it, and returns the visit's survey code. */
async function completedVisit(server: BrowserServer): Promise<string> {
  const client = queueClient(server);
  const ticket = await client.tickets.take({ serviceId: 'ktp-el' }, { idempotencyKey: crypto.randomUUID() });
  const staff = staffClient(server);
  await staff.counters.callNext('loket-1');
  await staff.counters.complete('loket-1');
  return (await client.survey.invitation(ticket.id)).code;
}

/** A survey over `server`, settled. */
async function surveyOf(
  server: BrowserServer,
  options: { lang?: string; fetch?: FetchLike; code?: string } = {},
): Promise<SurveyHarness> {
  const client = queueClient(server, { ...(options.fetch ? { fetch: options.fetch } : {}) });
  const element = fixtureSync<MppSurvey>(
    html`<mpp-survey .client=${client} lang=${options.lang ?? 'id'} .code=${options.code}></mpp-survey>`,
  );
  const harness = new SurveyHarness(element);
  await harness.settled();
  return harness;
}

/** Every request the survey sent, and a fetch that can be set down like a lost connection. */
function recordingFetch(server: BrowserServer): {
  fetch: FetchLike;
  requests: Request[];
  setDown(down: boolean): void;
} {
  const requests: Request[] = [];
  const network = switchableFetch(server);
  return {
    requests,
    fetch: (request) => {
      requests.push(request.clone());
      return network.fetch(request);
    },
    setDown: (down) => network.setDown(down),
  };
}

/** The survey responses the element posted. */
function posts(requests: readonly Request[]): Request[] {
  return requests.filter((request) => request.method === 'POST' && request.url.endsWith('/v1/survey/responses'));
}

/** How many responses the server counted. */
async function respondents(server: BrowserServer): Promise<number> {
  return (await queueClient(server).survey.results()).respondents;
}

/** Every key and value of a storage area, as text. */
function storageText(storage: Storage): string {
  return Array.from({ length: storage.length }, (_, index) => {
    const key = storage.key(index) ?? '';
    return `${key}=${storage.getItem(key) ?? ''}`;
  }).join('\n');
}

function focused(harness: SurveyHarness): Element | null {
  return harness.element.shadowRoot?.activeElement ?? null;
}

/** Answers the nine questions from the first, past the optional profile, to the last screen. */
async function toLastScreen(survey: SurveyHarness): Promise<void> {
  await survey.answerAll(SCORES);
  await survey.next();
  expect(survey.screen).to.equal('suggestion');
}

describe('<mpp-survey>', () => {
  describe('entering the code', () => {
    it('asks for the code in a labelled field the browser does not remember', async () => {
      const survey = await surveyOf(queueServer());
      expect(survey.screen).to.equal('code');
      expect(survey.heading).to.equal('Survei Kepuasan Masyarakat');
      const field = survey.codeField as HTMLInputElement;
      expect(field.labels?.[0]?.textContent).to.equal('Kode survei');
      expect(field.getAttribute('autocomplete')).to.equal('off');
      expect(field.spellcheck).to.equal(false);
      await expect(survey.element).to.be.accessible();
    });

    it('accepts a code typed with spaces and in lower case, then shows the first question with its heading focused', async () => {
      const survey = await surveyOf(queueServer());
      await survey.enterCode(' 7qx4 m2kp ');
      expect(survey.screen).to.equal('question');
      expect(survey.heading).to.equal('Persyaratan');
      expect(survey.progress).to.equal('Pertanyaan 1 dari 9');
      expect(survey.announcement).to.equal('Pertanyaan 1 dari 9: Persyaratan');
      expect(focused(survey)?.id).to.equal('screen-heading');
      expect(survey.element.shadowRoot?.textContent).to.contain('Kode survei: 7QX4-M2KP');
    });

    it('says what is wrong with an empty or impossible code, on the field', async () => {
      const survey = await surveyOf(queueServer());
      await survey.enterCode('');
      expect(survey.codeError).to.equal('Isi kode survei.');
      await survey.enterCode('7QX4-M2K');
      expect(survey.screen).to.equal('code');
      expect(survey.codeError).to.equal(
        'Kode survei terdiri dari 8 huruf dan angka, misalnya 7QX4-M2KP. Periksa kembali kode Anda.',
      );
      expect(survey.codeField?.getAttribute('aria-invalid')).to.equal('true');
      expect(survey.codeField?.getAttribute('aria-describedby')).to.contain('code-error');
      expect(focused(survey)?.id).to.equal('code');
      await expect(survey.element).to.be.accessible();
    });

    it('starts at the first question with the code property, without a way back to a code screen', async () => {
      const survey = await surveyOf(queueServer(), { code: '7qx4-m2kp' });
      expect(survey.screen).to.equal('question');
      expect(survey.heading).to.equal('Persyaratan');
      expect(survey.element.shadowRoot?.querySelector('[part~="back-button"]')).to.equal(null);
    });

    it('shows the code field, saying why, when the code property cannot be a code', async () => {
      const survey = await surveyOf(queueServer(), { code: 'bukan-kode' });
      expect(survey.screen).to.equal('code');
      expect(survey.codeField?.value).to.equal('bukan-kode');
      expect(survey.codeError).to.contain('Kode survei terdiri dari 8 huruf dan angka');
    });

    it('reads the code from the #kode= fragment and takes the fragment out of the address bar', async () => {
      const before = location.href;
      history.replaceState(history.state, '', `${location.pathname}${location.search}#kode=7qx4-m2kp`);
      try {
        const survey = await surveyOf(queueServer());
        expect(survey.screen).to.equal('question');
        expect(location.hash).to.equal('');
        expect(location.href).not.to.contain('7qx4');
        expect(survey.element.shadowRoot?.textContent).to.contain('Kode survei: 7QX4-M2KP');
      } finally {
        history.replaceState(history.state, '', before);
      }
    });

    it('leaves a booking manage link (kode and rahasia) alone', async () => {
      const before = location.href;
      history.replaceState(history.state, '', `${location.pathname}#kode=K7Q2M9&rahasia=s3cr3t`);
      try {
        const survey = await surveyOf(queueServer());
        expect(survey.screen).to.equal('code');
        expect(location.hash).to.equal('#kode=K7Q2M9&rahasia=s3cr3t');
      } finally {
        history.replaceState(history.state, '', before);
      }
    });
  });

  describe('the questions', () => {
    it("asks the nine elements in the regulation's order, each with its own four answers", async () => {
      const survey = await surveyOf(queueServer(), { code: '7QX4-M2KP' });
      const seen: { heading: string | null; progress: string | null; question: string | null; answers: string[] }[] =
        [];
      for (let index = 0; index < 9; index += 1) {
        seen.push({
          heading: survey.heading,
          progress: survey.progress,
          question: survey.question,
          answers: survey.answers,
        });
        await survey.choose(4);
        await survey.next();
      }
      expect(seen.map((screen) => screen.heading)).to.deep.equal(SURVEY_ELEMENTS.map((element) => element.name.id));
      expect(seen.map((screen) => screen.progress)).to.deep.equal(
        SURVEY_ELEMENTS.map((_, index) => `Pertanyaan ${index + 1} dari 9`),
      );
      expect(seen[0]).to.deep.include({
        question: 'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
        answers: ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
      });
      expect(seen[1]?.answers).to.deep.equal(['Tidak mudah', 'Kurang mudah', 'Mudah', 'Sangat mudah']);
      expect(seen[2]?.answers).to.deep.equal(['Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat']);
      expect(seen[3]?.answers).to.deep.equal(['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis']);
      expect(seen[5]?.answers).to.deep.equal(['Tidak kompeten', 'Kurang kompeten', 'Kompeten', 'Sangat kompeten']);
      expect(seen[6]?.answers).to.deep.equal([
        'Tidak sopan dan ramah',
        'Kurang sopan dan ramah',
        'Sopan dan ramah',
        'Sangat sopan dan ramah',
      ]);
      expect(seen[7]?.answers).to.deep.equal([
        'Tidak ada',
        'Ada tetapi tidak berfungsi',
        'Berfungsi kurang maksimal',
        'Dikelola dengan baik',
      ]);
      expect(seen[8]?.answers).to.deep.equal(['Buruk', 'Cukup', 'Baik', 'Sangat baik']);
      expect(survey.screen).to.equal('profile');
    });

    it('offers each answer as a radio button in a group named by the question, at least 48 px high', async () => {
      const survey = await surveyOf(queueServer(), { code: '7QX4-M2KP' });
      const fieldset = survey.element.shadowRoot?.querySelector('fieldset');
      expect(fieldset?.querySelector('legend')?.textContent).to.equal(survey.question);
      expect(survey.radios).to.have.length(4);
      for (const option of survey.element.shadowRoot?.querySelectorAll('[part~="option"]') ?? []) {
        expect(option.getBoundingClientRect().height).to.be.at.least(48);
      }
      await expect(survey.element).to.be.accessible();
    });

    it('asks for an answer before moving on, and puts focus on the answers', async () => {
      const survey = await surveyOf(queueServer(), { code: '7QX4-M2KP' });
      await survey.next();
      expect(survey.heading).to.equal('Persyaratan');
      expect(survey.stepMessage).to.equal('Pilih salah satu jawaban untuk melanjutkan.');
      expect(focused(survey)).to.equal(survey.radios[0]);
      await expect(survey.element).to.be.accessible();
      await survey.choose('Sesuai');
      expect(survey.stepMessage).to.equal(null);
    });

    it('keeps every answer going back and forth', async () => {
      const survey = await surveyOf(queueServer());
      await survey.enterCode('7QX4-M2KP');
      await survey.answerAll([2, 3, 1]);
      expect(survey.heading).to.equal('Biaya/tarif');
      await survey.back();
      expect(survey.heading).to.equal('Waktu penyelesaian');
      expect(survey.chosen).to.equal('Tidak cepat');
      expect(focused(survey)?.id).to.equal('screen-heading');
      await survey.back();
      expect(survey.chosen).to.equal('Mudah');
      await survey.back();
      expect(survey.chosen).to.equal('Kurang sesuai');
      await survey.back();
      expect(survey.screen).to.equal('code');
      expect(survey.codeField?.value).to.equal('7QX4-M2KP');
      await survey.enterCode('7QX4-M2KP');
      expect(survey.chosen).to.equal('Kurang sesuai');
      await survey.next();
      await survey.next();
      await survey.next();
      expect(survey.heading).to.equal('Biaya/tarif');
      expect(survey.chosen).to.equal(null);
    });

    it('keeps every answer when the page switches language', async () => {
      const survey = await surveyOf(queueServer(), { code: '7QX4-M2KP' });
      await survey.answerAll([2, 4]);
      survey.element.setAttribute('lang', 'en');
      await survey.settled();
      expect(survey.heading).to.equal('Completion time');
      await survey.back();
      expect(survey.chosen).to.equal('Very easy');
      await survey.back();
      expect(survey.chosen).to.equal('Somewhat inappropriate');
    });

    it('speaks English', async () => {
      const survey = await surveyOf(queueServer(), { lang: 'en', code: '7QX4-M2KP' });
      expect(survey.heading).to.equal('Requirements');
      expect(survey.progress).to.equal('Question 1 of 9');
      expect(survey.question).to.equal('How well do the requirements of the service fit the kind of service?');
      await survey.answerAll([4, 4, 4]);
      expect(survey.answers).to.deep.equal(['Very expensive', 'Fairly expensive', 'Cheap', 'Free']);
      await expect(survey.element).to.be.accessible();
    });
  });

  describe('the optional screens', () => {
    it('offers the profile with the contract choices, each optional', async () => {
      const survey = await surveyOf(queueServer(), { code: '7QX4-M2KP' });
      await survey.answerAll(SCORES);
      expect(survey.screen).to.equal('profile');
      expect(survey.progress).to.equal('Tambahan 1 dari 2, boleh dilewati');
      expect(survey.profile).to.deep.equal({
        Usia: 'Tidak ingin menjawab',
        'Jenis kelamin': 'Tidak ingin menjawab',
        'Pendidikan terakhir': 'Tidak ingin menjawab',
        Pekerjaan: 'Tidak ingin menjawab',
      });
      await survey.fillProfile({ ageGroup: '30-39', education: 'bachelor' });
      expect(survey.profile).to.include({ Usia: '30–39 tahun', 'Pendidikan terakhir': 'D4/S1' });
      await expect(survey.element).to.be.accessible();
      await survey.next();
      await survey.back();
      expect(survey.profile).to.include({ Usia: '30–39 tahun', 'Jenis kelamin': 'Tidak ingin menjawab' });
    });

    it('counts the characters left in the suggestion, up to the limit', async () => {
      const survey = await surveyOf(queueServer(), { code: '7QX4-M2KP' });
      await toLastScreen(survey);
      expect(survey.counter).to.equal('Sisa 1.000 dari 1.000 karakter');
      await survey.writeSuggestion('Antrean cepat');
      expect(survey.counter).to.equal('Sisa 987 dari 1.000 karakter');
      expect(survey.suggestionField?.maxLength).to.equal(1000);
      expect(survey.suggestionField?.getAttribute('aria-describedby')).to.contain('suggestion-count');
      await expect(survey.element).to.be.accessible();
    });
  });

  describe('sending', () => {
    it('sends by pointer, thanks with the current IKM, and tells the page only the service', async () => {
      const server = queueServer();
      const code = await completedVisit(server);
      const network = recordingFetch(server);
      const survey = await surveyOf(server, { fetch: network.fetch });
      const heard: MppEvent<'mpp-survey-submitted'>['detail'][] = [];
      const listener = (event: Event): void => {
        heard.push((event as MppEvent<'mpp-survey-submitted'>).detail);
      };
      document.addEventListener('mpp-survey-submitted', listener);
      try {
        await survey.enterCode(code.toLowerCase().replace('-', ' '));
        await toLastScreen(survey);
        await survey.back();
        await survey.fillProfile({ sex: 'female', occupation: 'entrepreneur' });
        await survey.next();
        await survey.writeSuggestion('Ruang tunggu nyaman.');
        await survey.submit();
        expect(survey.screen).to.equal('thanks');
        expect(survey.heading).to.equal('Terima kasih!');
        expect(focused(survey)?.id).to.equal('screen-heading');
        expect(survey.ikm).to.equal('91,67');
        expect(surveyIndex([[...SCORES]]).index).to.equal(91.67);
        expect(survey.grade).to.equal('Mutu pelayanan A (Sangat Baik)');
        expect(survey.ikmText).to.contain('Dari 1 responden');
        const agencyId = (await queueClient(server).services.get('ktp-el')).agencyId;
        expect(heard).to.deep.equal([{ serviceId: 'ktp-el', agencyId }]);
        const sent = (await posts(network.requests)[0]?.json()) as SurveyResponseInput;
        expect(sent).to.deep.equal({
          code,
          answers: Object.fromEntries(SURVEY_ELEMENTS.map((element, index) => [element.key, SCORES[index]])),
          profile: { sex: 'female', occupation: 'entrepreneur' },
          suggestion: 'Ruang tunggu nyaman.',
        });
        // Nothing of the answers anywhere but the request.
        for (const text of [location.href, storageText(localStorage), storageText(sessionStorage)]) {
          expect(text).not.to.contain('Ruang tunggu');
          expect(text).not.to.contain(code);
        }
        expect(survey.element.getAttributeNames().join(' ')).not.to.contain('code');
        await expect(survey.element).to.be.accessible();
      } finally {
        document.removeEventListener('mpp-survey-submitted', listener);
      }
    });

    it('goes the whole way by keyboard', async () => {
      const server = queueServer();
      const code = await completedVisit(server);
      const survey = await surveyOf(server);
      survey.codeField?.focus();
      await sendKeys({ type: code.toLowerCase() });
      await sendKeys({ press: 'Enter' });
      await survey.settled();
      for (const score of SCORES) {
        expect(focused(survey)?.id).to.equal('screen-heading');
        // Tab into the group (its first answer), space to choose it, arrows to move the choice.
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: ' ' });
        for (let step = 1; step < score; step += 1) await sendKeys({ press: 'ArrowDown' });
        await survey.settled();
        expect(survey.chosen).to.equal(survey.answers[score - 1]);
        await sendKeys({ press: 'Enter' });
        await survey.settled();
      }
      expect(survey.screen).to.equal('profile');
      // Four optional fields, "Kembali", then "Lanjut".
      for (let tab = 0; tab < 6; tab += 1) await sendKeys({ press: 'Tab' });
      expect(focused(survey)?.getAttribute('part')).to.equal('next-button');
      await sendKeys({ press: 'Enter' });
      await survey.settled();
      expect(survey.screen).to.equal('suggestion');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Terima kasih' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(focused(survey)?.getAttribute('part')).to.equal('submit-button');
      await sendKeys({ press: 'Enter' });
      await survey.settled();
      expect(survey.screen).to.equal('thanks');
      expect(survey.ikm).to.equal('91,67');
      expect(await respondents(server)).to.equal(1);
    });

    it('sends once with one key for a double press', async () => {
      const server = queueServer();
      const code = await completedVisit(server);
      const network = recordingFetch(server);
      const survey = await surveyOf(server, { fetch: network.fetch, code });
      await toLastScreen(survey);
      survey.pressSubmit();
      survey.pressSubmit();
      await survey.settled();
      expect(survey.screen).to.equal('thanks');
      expect(posts(network.requests)).to.have.length(1);
      expect(await respondents(server)).to.equal(1);
    });

    it('keeps every answer through a lost connection, and "Coba lagi" sends them', async () => {
      const server = queueServer();
      const code = await completedVisit(server);
      const network = recordingFetch(server);
      const survey = await surveyOf(server, { fetch: network.fetch, code });
      await toLastScreen(survey);
      await survey.writeSuggestion('Petugas ramah.');
      network.setDown(true);
      await survey.submit();
      expect(survey.screen).to.equal('suggestion');
      expect(survey.error).to.contain('Koneksi terputus. Jawaban Anda tetap tersimpan di halaman ini');
      expect(focused(survey)?.getAttribute('part')).to.equal('retry-button');
      await expect(survey.element).to.be.accessible();
      await survey.back();
      await survey.back();
      expect(survey.chosen).to.equal(survey.answers[SCORES[8] - 1]);
      await survey.next();
      await survey.next();
      expect(survey.suggestionField?.value).to.equal('Petugas ramah.');
      network.setDown(false);
      await survey.retry();
      expect(survey.screen).to.equal('thanks');
      expect(await respondents(server)).to.equal(1);
    });

    it('counts one response when the answer to the first send was lost', async () => {
      const server = queueServer();
      const code = await completedVisit(server);
      const keys: string[] = [];
      let dropped = false;
      // The server stores the response, then the connection drops before its answer arrives.
      const dropping: FetchLike = async (request) => {
        const isPost = request.method === 'POST';
        if (isPost) keys.push(request.headers.get('Idempotency-Key') ?? '');
        const response = await server.fetch(request);
        if (isPost && !dropped) {
          dropped = true;
          throw new TypeError('Failed to fetch');
        }
        return response;
      };
      const survey = await surveyOf(server, { fetch: dropping, code });
      await toLastScreen(survey);
      await survey.submit();
      expect(survey.error).to.contain('Koneksi terputus');
      await survey.retry();
      expect(survey.screen).to.equal('thanks');
      expect(keys).to.have.length(2);
      expect(keys[0]).to.have.length.above(0);
      expect(keys[1]).to.equal(keys[0]);
      expect(await respondents(server)).to.equal(1);
    });
  });

  describe('refusals', () => {
    it('lets an unknown code be corrected with every answer kept', async () => {
      const server = queueServer();
      const code = await completedVisit(server);
      const survey = await surveyOf(server);
      await survey.enterCode('7QX4-M2KP');
      await toLastScreen(survey);
      await survey.writeSuggestion('Parkir sempit.');
      await survey.submit();
      expect(survey.screen).to.equal('code');
      expect(survey.codeError).to.equal(
        'Kode survei tidak dikenal. Periksa kembali kode pada tiket atau dari petugas, lalu kirim lagi: jawaban Anda tetap tersimpan.',
      );
      expect(survey.codeField?.value).to.equal('7QX4-M2KP');
      expect(focused(survey)?.id).to.equal('code');
      await expect(survey.element).to.be.accessible();
      await survey.enterCode(code);
      expect(survey.screen).to.equal('suggestion');
      expect(survey.suggestionField?.value).to.equal('Parkir sempit.');
      await survey.submit();
      expect(survey.screen).to.equal('thanks');
      expect(await respondents(server)).to.equal(1);
    });

    it('says when the code was already used, and keeps nothing', async () => {
      const server = queueServer();
      const code = await completedVisit(server);
      await queueClient(server).survey.submit({
        code,
        answers: Object.fromEntries(
          SURVEY_ELEMENTS.map((element) => [element.key, 2]),
        ) as SurveyResponseInput['answers'],
      });
      const survey = await surveyOf(server, { code });
      await toLastScreen(survey);
      await survey.submit();
      expect(survey.screen).to.equal('closed');
      expect(survey.refusal).to.equal(
        'Survei untuk kode ini sudah diisi sebelumnya, dan jawaban pertama yang disimpan. Terima kasih!',
      );
      await expect(survey.element).to.be.accessible();
      expect(await respondents(server)).to.equal(1);
      await survey.another();
      expect(survey.screen).to.equal('code');
      expect(survey.codeField?.value).to.equal('');
    });

    it('says when the code has expired', async () => {
      const clock = fixedClock(OPEN_MONDAY);
      const server = createBrowserServer({ clock });
      const code = await completedVisit(server);
      clock.advance(8 * DAY_MS);
      const survey = await surveyOf(server, { code });
      await toLastScreen(survey);
      await survey.submit();
      expect(survey.screen).to.equal('closed');
      expect(survey.refusal).to.equal(
        'Kode survei ini sudah kedaluwarsa: survei dapat diisi sampai 7 hari setelah layanan selesai.',
      );
      await expect(survey.element).to.be.accessible();
    });

    it('shows a refused answer on its own screen (422), then sends the corrected one', async () => {
      const server = queueServer();
      const code = await completedVisit(server);
      let tampered = false;
      // A broken proxy rewrites the first response's cost answer out of range.
      const tampering: FetchLike = async (request) => {
        if (request.method !== 'POST' || tampered) return server.fetch(request);
        tampered = true;
        const body = (await request.clone().json()) as SurveyResponseInput;
        const bad = { ...body, answers: { ...body.answers, cost: 5 } };
        return server.fetch(new Request(request, { body: JSON.stringify(bad) }));
      };
      const survey = await surveyOf(server, { fetch: tampering, code });
      await toLastScreen(survey);
      await survey.submit();
      expect(survey.screen).to.equal('question');
      expect(survey.heading).to.equal('Biaya/tarif');
      expect(survey.notice).to.equal(
        'Jawaban untuk "Biaya/tarif" tidak dapat diterima. Pilih salah satu dari empat jawaban di bawah, lalu kirim lagi.',
      );
      expect(focused(survey)?.getAttribute('part')).to.equal('notice');
      expect(survey.chosen).to.equal('Gratis');
      await expect(survey.element).to.be.accessible();
      await survey.next();
      for (let screen = 0; screen < 6; screen += 1) await survey.next();
      expect(survey.screen).to.equal('suggestion');
      await survey.submit();
      expect(survey.screen).to.equal('thanks');
      expect(await respondents(server)).to.equal(1);
    });
  });

  describe('a kiosk', () => {
    it('starts afresh for the next person with "Isi survei lain", keeping nothing', async () => {
      const server = queueServer();
      const first = await completedVisit(server);
      const second = await completedVisit(server);
      const survey = await surveyOf(server);
      await survey.enterCode(first);
      await toLastScreen(survey);
      await survey.writeSuggestion('Sudah bagus.');
      await survey.submit();
      expect(survey.screen).to.equal('thanks');
      await survey.another();
      expect(survey.screen).to.equal('code');
      expect(survey.codeField?.value).to.equal('');
      expect(focused(survey)?.id).to.equal('code');
      await survey.enterCode(second);
      expect(survey.chosen).to.equal(null);
      await survey.answerAll(SCORES);
      await survey.next();
      expect(survey.suggestionField?.value).to.equal('');
      await survey.submit();
      expect(survey.ikmText).to.contain('Dari 2 responden');
    });
  });

  describe('every screen', () => {
    for (const lang of ['id', 'en'] as const) {
      it(`is accessible in ${lang === 'id' ? 'Indonesian' : 'English'} and fits 320 px at 200% text`, async () => {
        const server = queueServer();
        const code = await completedVisit(server);
        const survey = await surveyOf(server, { lang });
        survey.element.style.width = '320px';
        survey.element.style.setProperty('--mpp-font-size', '200%');
        const base = (): HTMLElement => survey.element.shadowRoot?.querySelector('[part~="base"]') as HTMLElement;
        const check = async (screen: string): Promise<void> => {
          await survey.settled();
          expect(survey.screen).to.equal(screen);
          expect(base().scrollWidth, screen).to.be.at.most(base().clientWidth);
          await expect(survey.element).to.be.accessible();
        };
        await check('code');
        await survey.enterCode(code);
        for (const score of SCORES) {
          await check('question');
          await survey.choose(score);
          await survey.next();
        }
        await check('profile');
        await survey.next();
        await check('suggestion');
        await survey.submit();
        await check('thanks');
      });
    }
  });
});
