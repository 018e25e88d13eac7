// Visitor statistics and the satisfaction survey through the SDK against the
// real server running in the page: a visit from ticket to survey to results.
import { HEADERS, surveyIndex, SURVEY_ELEMENTS, type SurveyAnswers } from '@mpp-kit/contract';
import { startingAt } from '@mpp-kit/server';
import { createBrowserServer } from '@mpp-kit/server/browser';
import { expect } from '@open-wc/testing';
import { createClient } from './client.js';
import { isMppApiError } from './errors/api-error.js';
import { isMppConfigError } from './errors/config-error.js';
import { rejection } from './test-support/fake-server.js';

/** A Monday of the Kediri seed, 09:00 WIB. */
const MONDAY_9AM = '2026-03-02T09:00:00+07:00';

function setUp() {
  const server = createBrowserServer({ clock: startingAt(MONDAY_9AM) });
  const requests: Request[] = [];
  const fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request.clone());
    return server.fetch(request);
  };
  const client = createClient({ baseUrl: server.baseUrl, fetch });
  const staff = createClient({ baseUrl: server.baseUrl, fetch, staffToken: server.staffToken });
  return { client, staff, requests };
}

/** Takes a `ktp-el` number and has Loket 1 call and complete it; the ticket's id. */
async function servedTicket(client: ReturnType<typeof createClient>, staff: ReturnType<typeof createClient>) {
  const ticket = await client.tickets.take({ serviceId: 'ktp-el' });
  await staff.counters.callNext('loket-1');
  await staff.counters.complete('loket-1');
  return ticket.id;
}

const answersOf = (scores: readonly number[]): SurveyAnswers =>
  Object.fromEntries(SURVEY_ELEMENTS.map(({ key }, position) => [key, scores[position]])) as SurveyAnswers;

describe('stats against the in-page server', () => {
  it('counts the visit with the imported history in the overview', async () => {
    const { client, staff } = setUp();
    const before = await client.stats.get();
    await servedTicket(client, staff);
    const after = await client.stats.get({ from: '2026-03-02', to: '2026-03-02' });
    expect(after.overview.total).to.equal(before.overview.total + 1);
    expect(after.overview.today).to.equal(1);
    expect(after.totals).to.include({ visitors: 1, ticketsIssued: 1, served: 1, historical: 0 });
    expect(after.groups.map((group) => [group.agencyId, group.serviceId, group.counts.visitors])).to.deep.equal([
      ['dukcapil', null, 1],
    ]);
  });

  it('refuses a range that ends before it starts, before or at the server', async () => {
    const { client } = setUp();
    const error = await rejection(client.stats.get({ from: '2026-03-10', to: '2026-03-01' }));
    expect((error as Error).name).to.equal('MppValidationError');
  });
});

describe('survey against the in-page server', () => {
  it('answers once with the code of a completed ticket, and the results count it', async () => {
    const { client, staff, requests } = setUp();
    const ticketId = await servedTicket(client, staff);
    const invitation = await client.survey.invitation(ticketId);
    expect(invitation).to.include({ serviceId: 'ktp-el', answered: false });

    const scores = [4, 4, 3, 4, 3, 4, 4, 3, 4];
    const receipt = await client.survey.submit({ code: invitation.code.toLowerCase(), answers: answersOf(scores) });
    expect(receipt.serviceId).to.equal('ktp-el');
    expect(requests.at(-1)?.headers.get(HEADERS.idempotencyKey)).to.match(/^[0-9a-f-]{36}$/);

    const results = await client.survey.results({ from: '2026-03-02', to: '2026-03-02' });
    const expected = surveyIndex([scores]);
    expect(results).to.include({ respondents: 1, index: expected.index, grade: expected.grade });

    const again = await rejection(client.survey.submit({ code: invitation.code, answers: answersOf(scores) }));
    expect(isMppApiError(again) && again.code).to.equal('survey_answered');
    expect((await client.survey.invitation(ticketId)).answered).to.equal(true);
  });

  it('says a ticket not yet completed has no survey, and an unknown code is unknown', async () => {
    const { client } = setUp();
    const ticket = await client.tickets.take({ serviceId: 'ktp-el' });
    const early = await rejection(client.survey.invitation(ticket.id));
    expect(isMppApiError(early) && early.code).to.equal('survey_not_available');
    const unknown = await rejection(
      client.survey.submit({ code: '0000-0000', answers: answersOf(new Array(9).fill(4)) }),
    );
    expect(isMppApiError(unknown) && unknown.code).to.equal('survey_code_unknown');
  });

  it('gives the suggestions to staff only', async () => {
    const { client, staff } = setUp();
    const error = await rejection(client.survey.suggestions());
    expect(isMppConfigError(error)).to.equal(true);
    const page = await staff.survey.suggestions();
    expect(page.items).to.deep.equal([]);
  });
});
