// The satisfaction survey (SKM) over HTTP, for any store: a completed ticket's
// code, one response per code, the results against the contract's arithmetic,
// the staff's suggestions, and that nothing links a response to its visit.
import {
  HEADERS,
  minimumSurveySample,
  routes,
  SURVEY_CODE_PATTERN,
  SURVEY_ELEMENTS,
  surveyIndex,
  type SurveyAnswers,
  type SurveyResponseInput,
} from '@mpp-kit/contract';
import type { Store, SurveyResponseRecord } from '../store/store.js';
import { assert, assertEqual, type SuiteApi } from '../test-support/assert.js';
import { Harness, type Send, type StoreFactory } from '../test-support/harness.js';

const MONDAY = '2026-03-02';
const TUESDAY_9AM = '2026-03-03T09:00:00+07:00';
const DAY_MS = 86_400_000;

/** The counter that serves each fixture service in these tests. */
function counterOf(serviceId: string): string {
  const counter = ({ 'ktp-el': 'loket-1', kk: 'loket-2', paspor: 'loket-3' } as Record<string, string>)[serviceId];
  if (counter === undefined) throw new Error(`no counter serves ${serviceId} in these tests`);
  return counter;
}

/** Nine scores in the regulation's order as the API's answers. */
function answersOf(scores: readonly number[]): SurveyAnswers {
  return Object.fromEntries(SURVEY_ELEMENTS.map(({ key }, position) => [key, scores[position]])) as SurveyAnswers;
}

const GOOD = [4, 4, 3, 4, 3, 4, 4, 3, 4];
const FAIR = [3, 3, 3, 4, 3, 3, 4, 3, 3];
const POOR = [2, 1, 2, 3, 2, 2, 3, 1, 2];

/** Takes a ticket (as staff: not counted by the rate limit) and has its counter call it. */
async function call(h: Harness, serviceId: string): Promise<string> {
  const ticket = await h.take(serviceId, { staff: true });
  const called = await h.staff(routes.callNext, counterOf(serviceId));
  assertEqual(called.body.ticket?.id, ticket.body.id, 'the ticket called is the one taken');
  return ticket.body.id;
}

/** Takes, calls and completes a ticket; returns its id. */
async function serve(h: Harness, serviceId: string): Promise<string> {
  const id = await call(h, serviceId);
  assertEqual((await h.staff(routes.completeTicket, counterOf(serviceId))).status, 200);
  return id;
}

/** The survey code of a completed ticket. */
async function codeOf(h: Harness, ticketId: string): Promise<string> {
  return (await h.call(routes.getSurveyInvitation, { params: { id: ticketId } })).body.code;
}

/** Serves a ticket and returns its survey code. */
async function servedCode(h: Harness, serviceId: string): Promise<string> {
  return codeOf(h, await serve(h, serviceId));
}

/** Answers the survey with `code`. */
function respond(
  h: Harness,
  code: string,
  scores: readonly number[],
  extra: Partial<SurveyResponseInput> = {},
  send: Send = {},
) {
  return h.call(routes.submitSurvey, { ...send, body: { code, answers: answersOf(scores), ...extra } });
}

/** The results for a query. */
async function results(h: Harness, query: Record<string, string> = {}) {
  return (await h.call(routes.getSurveyResults, { query })).body;
}

/** A store whose survey responses, as written, are kept aside for inspection. */
function spied(makeStore: StoreFactory): { factory: StoreFactory; written: SurveyResponseRecord[] } {
  const written: SurveyResponseRecord[] = [];
  const factory: StoreFactory = async (seed) => {
    const store: Store = await makeStore(seed);
    // Responses are written inside transactions: spy on each transaction's store.
    const transaction = store.transaction.bind(store);
    store.transaction = (fn) =>
      transaction((tx) => {
        const insert = tx.insertSurveyResponse.bind(tx);
        tx.insertSurveyResponse = async (response) => {
          written.push(structuredClone(response));
          await insert(response);
        };
        return fn(tx);
      });
    return store;
  };
  return { factory, written };
}

/** Registers the survey tests. */
export function surveySuite(api: SuiteApi, name: string, makeStore: StoreFactory): void {
  const { describe, it } = api;

  describe(`${name}: survey codes`, () => {
    it('gives a completed ticket one code, valid seven days; a waiting, called, skipped or cancelled one none', async () => {
      const h = await Harness.open(makeStore);
      const invitation = (id: string) => h.call(routes.getSurveyInvitation, { params: { id } });
      const waiting = await h.take('ktp-el');
      assertEqual(
        [(await invitation(waiting.body.id)).status, (await invitation(waiting.body.id)).error.code],
        [409, 'survey_not_available'],
      );
      await h.staff(routes.callNext, 'loket-1');
      assertEqual((await invitation(waiting.body.id)).error.code, 'survey_not_available');
      h.clock.advance(10 * 60_000);
      assertEqual((await h.staff(routes.completeTicket, 'loket-1')).status, 200);
      const done = (await invitation(waiting.body.id)).body;
      assert(SURVEY_CODE_PATTERN.test(done.code), `a canonical code: ${done.code}`);
      assertEqual(done, {
        code: done.code,
        serviceId: 'ktp-el',
        expiresAt: '2026-03-09T09:10:00+07:00',
        answered: false,
      });
      assertEqual((await h.store.getSurveyInvitationForTicket(waiting.body.id))?.code, done.code);
      assertEqual((await invitation(waiting.body.id)).body, done, 'the same code when asked again');

      const skipped = await call(h, 'paspor');
      assertEqual((await h.staff(routes.skipTicket, 'loket-3')).status, 200);
      assertEqual((await invitation(skipped)).error.code, 'survey_not_available');
      assertEqual(await h.store.getSurveyInvitationForTicket(skipped), undefined);

      const cancelled = await h.take('kk');
      assertEqual((await h.call(routes.cancelTicket, { params: { id: cancelled.body.id } })).status, 200);
      assertEqual((await invitation(cancelled.body.id)).error.code, 'survey_not_available');
      assertEqual(await h.store.getSurveyInvitationForTicket(cancelled.body.id), undefined);

      const unknown = await invitation('AAAAAAAAAAAAAAAAAAAAAA');
      assertEqual([unknown.status, unknown.error.code], [404, 'not_found']);
    });

    it('gives a code to the ticket a counter finishes by calling the next one', async () => {
      const h = await Harness.open(makeStore);
      const first = await call(h, 'ktp-el');
      await h.take('ktp-el', { staff: true });
      assertEqual((await h.staff(routes.callNext, 'loket-1')).status, 200);
      assert(SURVEY_CODE_PATTERN.test(await codeOf(h, first)), 'the finished ticket has a code');
    });

    it('gives the ticket of a checked-in booking its code once the booking is completed', async () => {
      const h = await Harness.open(makeStore);
      const booking = await h.book('paspor', '2026-03-04T10:00:00+07:00');
      h.clock.set('2026-03-04T09:40:00+07:00');
      const ticket = await h.staff(routes.checkInBooking, booking.body.code);
      assertEqual((await h.staff(routes.callNext, 'loket-3')).body.ticket?.id, ticket.body.id);
      assertEqual((await h.staff(routes.completeTicket, 'loket-3')).status, 200);
      const receipt = await respond(h, await codeOf(h, ticket.body.id), GOOD);
      assertEqual([receipt.status, receipt.body], [201, { serviceId: 'paspor', agencyId: 'imigrasi' }]);
      assertEqual(
        (await results(h, { to: '2026-03-04' })).groups.map((group) => group.agencyId),
        ['imigrasi'],
      );
    });

    it('gives every completed ticket its own code', async () => {
      const h = await Harness.open(makeStore);
      const codes = new Set<string>();
      for (let index = 0; index < 8; index += 1) codes.add(await servedCode(h, index % 2 === 0 ? 'ktp-el' : 'paspor'));
      assertEqual(codes.size, 8);
    });
  });

  describe(`${name}: survey responses`, () => {
    it('takes a response once: take, call, complete, respond, results', async () => {
      const h = await Harness.open(makeStore);
      const ticketId = await serve(h, 'ktp-el');
      const code = await codeOf(h, ticketId);
      // As a person types it from a receipt: lower case, a space for the dash, O for 0 and I/L for 1.
      const typed = ` ${code.toLowerCase().replace('-', ' ').replace(/0/g, 'o').replace(/1/g, 'l')} `;
      const receipt = await respond(h, typed, GOOD, { suggestion: 'Ruang tunggu nyaman.' });
      assertEqual([receipt.status, receipt.body], [201, { serviceId: 'ktp-el', agencyId: 'dukcapil' }]);
      assertEqual((await h.call(routes.getSurveyInvitation, { params: { id: ticketId } })).body.answered, true);

      const expected = surveyIndex([GOOD]);
      const answer = await results(h);
      assertEqual(
        [answer.respondents, answer.index, answer.grade, answer.elements.map((element) => element.average)],
        [1, expected.index, expected.grade, expected.elements],
      );
      assertEqual([answer.population, answer.minimumSample], [1, 1]);
    });

    it('refuses a second response with the same code (409) and keeps the first', async () => {
      const h = await Harness.open(makeStore);
      const code = await servedCode(h, 'ktp-el');
      assertEqual((await respond(h, code, GOOD)).status, 201);
      const before = await results(h);
      const second = await respond(h, code, POOR, { suggestion: 'Lagi' });
      assertEqual([second.status, second.error.code], [409, 'survey_answered']);
      assertEqual(await results(h), before);
      assertEqual(before.index, surveyIndex([GOOD]).index);
    });

    it('refuses unknown and malformed codes with 404 survey_code_unknown', async () => {
      const h = await Harness.open(makeStore);
      await servedCode(h, 'ktp-el');
      for (const code of ['ZZZZ-ZZZZ', 'hello', '7QX4-M2K', 'UUUU-UUUU', '7QX4-M2KP-9']) {
        const reply = await respond(h, code, GOOD);
        assertEqual([reply.status, reply.error.code], [404, 'survey_code_unknown'], code);
      }
      assertEqual((await results(h)).respondents, 0);
    });

    it('takes a code until its expiry and refuses it after with 410 survey_code_expired', async () => {
      const h = await Harness.open(makeStore);
      const onTimeTicket = await call(h, 'ktp-el');
      const lateTicket = await call(h, 'paspor');
      assertEqual((await h.staff(routes.completeTicket, 'loket-1')).status, 200);
      assertEqual((await h.staff(routes.completeTicket, 'loket-3')).status, 200);
      const [onTime, late] = [await codeOf(h, onTimeTicket), await codeOf(h, lateTicket)];
      h.clock.advance(7 * DAY_MS);
      assertEqual((await respond(h, onTime, GOOD)).status, 201, 'at its expiry the code still counts');
      h.clock.advance(1);
      const expired = await respond(h, late, GOOD);
      assertEqual([expired.status, expired.error.code], [410, 'survey_code_expired']);
      const used = await respond(h, onTime, GOOD);
      assertEqual(used.error.code, 'survey_answered', 'a used code says so, expired or not');
    });

    it('refuses an answer out of range with 422 naming the element, and the code stays unused', async () => {
      const h = await Harness.open(makeStore);
      const code = await servedCode(h, 'ktp-el');
      const conduct = SURVEY_ELEMENTS.findIndex((element) => element.key === 'conduct');
      for (const bad of [5, 0, 2.5, '3', null]) {
        const scores: unknown[] = [...GOOD];
        scores[conduct] = bad;
        const body = { code, answers: answersOf(scores as number[]) };
        const id = await h.call(routes.submitSurvey, { body });
        const en = await h.call(routes.submitSurvey, { body, headers: { [HEADERS.acceptLanguage]: 'en' } });
        assertEqual([id.status, id.error.code], [422, 'validation_failed'], String(bad));
        assertEqual(
          [id.error.details?.[0]?.path, id.error.details?.[0]?.message, en.error.details?.[0]?.message],
          ['answers.conduct', 'Perilaku pelaksana: jawab 1 sampai 4', 'Staff conduct: answer 1 to 4'],
          String(bad),
        );
      }
      const missing = await h.call(routes.submitSurvey, {
        body: { code, answers: { ...answersOf(GOOD), facilities: undefined } },
      });
      assertEqual([missing.status, missing.error.details?.[0]?.path], [422, 'answers.facilities']);
      assertEqual((await respond(h, code, GOOD)).status, 201, 'the code was not used by the refusals');
    });

    it('answers a retry with the same Idempotency-Key 201 again; another key gets 409', async () => {
      const h = await Harness.open(makeStore);
      const code = await servedCode(h, 'paspor');
      const key = { headers: { [HEADERS.idempotencyKey]: 'survey-tap-1' } };
      const first = await respond(h, code, FAIR, {}, key);
      const retry = await respond(h, code, FAIR, {}, key);
      assertEqual([first.status, first.headers.get(HEADERS.idempotentReplayed)], [201, null]);
      assertEqual([retry.status, retry.text, retry.headers.get(HEADERS.idempotentReplayed)], [201, first.text, 'true']);
      const other = await respond(h, code, FAIR, {}, { headers: { [HEADERS.idempotencyKey]: 'survey-tap-2' } });
      assertEqual([other.status, other.error.code], [409, 'survey_answered']);
      const otherCode = await servedCode(h, 'paspor');
      assertEqual((await respond(h, otherCode, FAIR, {}, key)).error.code, 'idempotency_mismatch');
      assertEqual((await results(h)).respondents, 1);
    });

    it('binds the Idempotency-Key to the code, not the answers: the same code with other answers gets the first receipt and the first answers stand', async () => {
      const { factory, written } = spied(makeStore);
      const h = await Harness.open(factory);
      const code = await servedCode(h, 'paspor');
      const key = { headers: { [HEADERS.idempotencyKey]: 'survey-tap-1' } };
      const first = await respond(h, code, FAIR, {}, key);
      const typedOtherwise = code.toLowerCase().replace('-', ' ');
      const retry = await respond(h, typedOtherwise, POOR, { suggestion: 'Lain' }, key);
      assertEqual([retry.status, retry.text, retry.headers.get(HEADERS.idempotentReplayed)], [201, first.text, 'true']);
      assertEqual(
        written.map((response) => [response.scores, response.suggestion]),
        [[FAIR, undefined]],
      );
    });

    it('limits survey responses per client address like other anonymous writes (429)', async () => {
      const h = await Harness.open(makeStore, {
        rateLimit: { limit: 3, windowMs: 60_000 },
        getClientAddress: (c) => c.req.header('X-Test-Client') ?? 'unknown',
      });
      const client = (id: string) => ({ headers: { 'X-Test-Client': id } });
      const [first, second] = [await servedCode(h, 'ktp-el'), await servedCode(h, 'ktp-el')];
      assertEqual((await respond(h, first, GOOD, {}, client('a'))).status, 201);
      assertEqual((await respond(h, 'ZZZZ-ZZZZ', GOOD, {}, client('a'))).status, 404);
      assertEqual((await respond(h, 'YYYY-YYYY', GOOD, {}, client('a'))).status, 404);
      const limited = await respond(h, second, GOOD, {}, client('a'));
      assertEqual([limited.status, limited.error.code], [429, 'rate_limited']);
      assert(Number(limited.headers.get(HEADERS.retryAfter)) >= 1, 'Retry-After in seconds');
      assertEqual((await respond(h, second, GOOD, {}, client('b'))).status, 201);
      assertEqual((await h.call(routes.getSurveyResults, client('a'))).status, 200, 'reads are not limited');
    });
  });

  describe(`${name}: survey results`, () => {
    it('computes the elements, the IKM and the groups with surveyIndex of the same answers', async () => {
      const h = await Harness.open(makeStore);
      const given: { serviceId: string; scores: number[] }[] = [
        { serviceId: 'ktp-el', scores: GOOD },
        { serviceId: 'ktp-el', scores: POOR },
        { serviceId: 'kk', scores: FAIR },
        { serviceId: 'paspor', scores: GOOD },
        { serviceId: 'paspor', scores: FAIR },
      ];
      for (const { serviceId, scores } of given)
        assertEqual((await respond(h, await servedCode(h, serviceId), scores)).status, 201);
      const of = (serviceIds: string[]) =>
        surveyIndex(given.filter((g) => serviceIds.includes(g.serviceId)).map((g) => g.scores));
      const group = (agencyId: string, serviceId: string | null, serviceIds: string[]) => {
        const index = of(serviceIds);
        return { agencyId, serviceId, respondents: index.respondents, index: index.index, grade: index.grade };
      };

      const all = await results(h);
      const expected = of(['ktp-el', 'kk', 'paspor']);
      assertEqual(
        {
          ...all,
          elements: all.elements.map((element) => [element.key, element.average]),
        },
        {
          from: '2025-12-03',
          to: MONDAY,
          agencyId: null,
          serviceId: null,
          respondents: 5,
          elements: SURVEY_ELEMENTS.map(({ key }, position) => [key, expected.elements[position]]),
          index: expected.index,
          grade: expected.grade,
          population: 5,
          minimumSample: 5,
          // Imigrasi answered better: best first.
          groups: [group('imigrasi', null, ['paspor']), group('dukcapil', null, ['ktp-el', 'kk'])],
        },
      );

      const dukcapil = await results(h, { agencyId: 'dukcapil' });
      assertEqual(
        [dukcapil.agencyId, dukcapil.respondents, dukcapil.index, dukcapil.population, dukcapil.groups],
        [
          'dukcapil',
          3,
          of(['ktp-el', 'kk']).index,
          3,
          [group('dukcapil', 'kk', ['kk']), group('dukcapil', 'ktp-el', ['ktp-el'])],
        ],
      );
      const passport = await results(h, { serviceId: 'paspor' });
      assertEqual(
        [passport.serviceId, passport.index, passport.groups],
        ['paspor', of(['paspor']).index, [group('imigrasi', 'paspor', ['paspor'])]],
      );
      assertEqual((await results(h, { agencyId: 'imigrasi', serviceId: 'paspor' })).index, of(['paspor']).index);
    });

    it('ranks equal indexes in seed order', async () => {
      const h = await Harness.open(makeStore);
      for (const serviceId of ['paspor', 'kk', 'ktp-el'])
        assertEqual((await respond(h, await servedCode(h, serviceId), FAIR)).status, 201);
      assertEqual(
        (await results(h)).groups.map((group) => group.agencyId),
        ['dukcapil', 'imigrasi'],
      );
      assertEqual(
        (await results(h, { agencyId: 'dukcapil' })).groups.map((group) => group.serviceId),
        ['ktp-el', 'kk'],
      );
    });

    it('counts the people served in scope and range as the population, beside the minimum sample', async () => {
      const h = await Harness.open(makeStore);
      const answering = await serve(h, 'ktp-el');
      await serve(h, 'ktp-el');
      await serve(h, 'ktp-el');
      await serve(h, 'paspor');
      await call(h, 'ktp-el');
      await h.staff(routes.skipTicket, 'loket-1');
      const cancelled = await h.take('kk');
      await h.call(routes.cancelTicket, { params: { id: cancelled.body.id } });
      await h.take('kk'); // still waiting
      assertEqual((await respond(h, await codeOf(h, answering), GOOD)).status, 201);

      const scope = async (query: Record<string, string>) => {
        const answer = await results(h, query);
        return [answer.respondents, answer.population, answer.minimumSample];
      };
      assertEqual(await scope({}), [1, 4, minimumSurveySample(4)]);
      assertEqual(await scope({ agencyId: 'dukcapil' }), [1, 3, 3]);
      assertEqual(await scope({ serviceId: 'paspor' }), [0, 1, 1]);
      assertEqual(await scope({ to: '2026-03-01' }), [0, 0, 0]);
    });

    it('answers an empty range with no index, and refuses unknown scopes and bad ranges', async () => {
      const h = await Harness.open(makeStore);
      assertEqual((await respond(h, await servedCode(h, 'ktp-el'), GOOD)).status, 201);
      assertEqual(await results(h, { from: '2026-02-01', to: '2026-02-28' }), {
        from: '2026-02-01',
        to: '2026-02-28',
        agencyId: null,
        serviceId: null,
        respondents: 0,
        elements: SURVEY_ELEMENTS.map(({ key }) => ({ key, average: null })),
        index: null,
        grade: null,
        population: 0,
        minimumSample: 0,
        groups: [],
      });
      const status = async (query: Record<string, string>) => {
        const reply = await h.call(routes.getSurveyResults, { query });
        return [reply.status, reply.error.code];
      };
      assertEqual(await status({ agencyId: 'nope' }), [404, 'not_found']);
      assertEqual(await status({ serviceId: 'nope' }), [404, 'not_found']);
      assertEqual(await status({ agencyId: 'dukcapil', serviceId: 'paspor' }), [404, 'not_found']);
      assertEqual(await status({ from: '2026-03-05', to: '2026-03-01' }), [422, 'validation_failed']);
      assertEqual(await status({ from: '2026-04-01' }), [422, 'validation_failed']);
      assertEqual(await status({ to: '2026-02-30' }), [422, 'validation_failed']);
    });
  });

  describe(`${name}: survey suggestions`, () => {
    it('shows staff the suggestions, newest visit first, page by page; nobody else', async () => {
      const h = await Harness.open(makeStore);
      const suggest = async (serviceId: string, suggestion: string) =>
        assertEqual((await respond(h, await servedCode(h, serviceId), FAIR, { suggestion })).status, 201);
      await suggest('ktp-el', '  Tambah kursi di ruang tunggu.  ');
      await suggest('paspor', 'Petugas ramah.');
      await suggest('kk', '   ');
      assertEqual((await respond(h, await servedCode(h, 'kk'), FAIR)).status, 201);
      h.clock.set(TUESDAY_9AM);
      await suggest('ktp-el', 'Antrean cepat.');
      await suggest('paspor', 'Papan nomor kurang jelas.');

      const page = (query: Record<string, string>, send: Send = { staff: true }) =>
        h.call(routes.listSurveySuggestions, { query, ...send });
      const seen: { text: string; serviceId: string; date: string }[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const reply = await page({ limit: '2', ...(cursor ? { cursor } : {}) });
        seen.push(...reply.body.items);
        cursor = reply.body.nextCursor;
        pages += 1;
      } while (cursor !== null);
      assertEqual(pages, 2);
      assertEqual(
        seen.map((item) => item.date),
        ['2026-03-03', '2026-03-03', MONDAY, MONDAY],
      );
      assertEqual(
        new Set(seen.map((item) => `${item.serviceId}: ${item.text}`)),
        new Set([
          'ktp-el: Antrean cepat.',
          'paspor: Papan nomor kurang jelas.',
          'ktp-el: Tambah kursi di ruang tunggu.',
          'paspor: Petugas ramah.',
        ]),
      );
      const whole = await page({});
      assertEqual([whole.body.items, whole.body.nextCursor], [seen, null]);
      assertEqual(
        (await page({ agencyId: 'imigrasi' })).body.items.map((item) => item.text),
        ['Papan nomor kurang jelas.', 'Petugas ramah.'],
      );
      assertEqual((await page({ to: MONDAY })).body.items, seen.slice(2));
      assertEqual((await page({ serviceId: 'kk' })).body.items, []);

      const anonymous = await page({}, {});
      assertEqual([anonymous.status, anonymous.error.code], [401, 'unauthorized']);
      const wrong = await page({}, { headers: { [HEADERS.authorization]: 'Bearer not-the-token' } });
      assertEqual([wrong.status, wrong.error.code], [403, 'forbidden']);
    });

    it('refuses a malformed cursor, a bad limit and unknown scopes', async () => {
      const h = await Harness.open(makeStore);
      const forged = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
      for (const cursor of ['nonsense', '%%%', forged('s:2026-13-01:abc'), forged('o:5'), forged('s:2026-03-02:')]) {
        const reply = await h.call(routes.listSurveySuggestions, { query: { cursor }, staff: true });
        assertEqual(
          [reply.status, reply.error.code, reply.error.details?.[0]?.path],
          [422, 'validation_failed', 'cursor'],
          cursor,
        );
      }
      for (const limit of ['0', '101', 'ten']) {
        const reply = await h.call(routes.listSurveySuggestions, { query: { limit }, staff: true });
        assertEqual([reply.status, reply.error.code], [422, 'validation_failed'], limit);
      }
      const unknown = await h.call(routes.listSurveySuggestions, { query: { agencyId: 'nope' }, staff: true });
      assertEqual([unknown.status, unknown.error.code], [404, 'not_found']);
    });
  });

  describe(`${name}: survey unlinkability`, () => {
    it('stores and answers nothing that holds the code or the ticket', async () => {
      const { factory, written } = spied(makeStore);
      const h = await Harness.open(factory);
      const visits: { ticketId: string; code: string }[] = [];
      const receipts: string[] = [];
      for (const serviceId of ['ktp-el', 'paspor', 'kk']) {
        const ticketId = await serve(h, serviceId);
        const code = await codeOf(h, ticketId);
        visits.push({ ticketId, code });
        const receipt = await respond(h, code, GOOD, {
          profile: { ageGroup: '30-39', sex: 'female', education: 'bachelor', occupation: 'private' },
          suggestion: `Saran untuk ${serviceId}`,
        });
        assertEqual(receipt.status, 201);
        receipts.push(receipt.text);
      }
      assertEqual(written.length, 3);
      assertEqual(written[1], {
        id: written[1]?.id,
        serviceId: 'paspor',
        agencyId: 'imigrasi',
        localDate: MONDAY,
        scores: GOOD,
        ageGroup: '30-39',
        sex: 'female',
        education: 'bachelor',
        occupation: 'private',
        suggestion: 'Saran untuk paspor',
      });
      const answers = [
        JSON.stringify(written),
        ...receipts,
        (await h.call(routes.getSurveyResults)).text,
        (await h.call(routes.getSurveyResults, { query: { agencyId: 'dukcapil' } })).text,
        (await h.call(routes.listSurveySuggestions, { staff: true })).text,
        JSON.stringify(await h.store.listSuggestions({ localDates: { from: MONDAY, to: MONDAY } }, 100)),
      ];
      for (const { ticketId, code } of visits) {
        for (const text of answers) {
          for (const secret of [ticketId, code, code.replace('-', '')])
            assert(!text.includes(secret), `${secret} appears in ${text.slice(0, 200)}`);
        }
        assert(!written.some((response) => response.id === ticketId), 'a response id is not a ticket id');
      }
    });
  });
}
