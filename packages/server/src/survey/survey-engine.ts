// The satisfaction survey (SKM, PermenPAN-RB No. 14 of 2017): a completed ticket
// gets a one-time code; a response with it is stored apart from the code and the
// ticket, so the results and the suggestions cannot be traced back to a visit.
import {
  addDays,
  LocalDateSchema,
  minimumSurveySample,
  normalizeSurveyCode,
  SURVEY_CODE_VALID_DAYS,
  SURVEY_ELEMENT_COUNT,
  SURVEY_ELEMENTS,
  surveyIndexOfTotals,
  type Page,
  type SurveyGroupResult,
  type SurveyInvitation,
  type SurveyReceipt,
  type SurveyResponseInput,
  type SurveyResults,
  type SurveyResultsQuery,
  type SurveySuggestion,
  type SurveySuggestionsQuery,
  type SurveyTotals,
} from '@mpp-kit/contract';
import { NO_IDEMPOTENCY_KEY, type Engine, type IdempotencyClaim, type WriteContext } from '../engine.js';
import { ApiError } from '../http/api-error.js';
import type {
  LocalDateRange,
  ServiceRecord,
  SuggestionCursor,
  SurveyFilter,
  SurveyResponseRecord,
  SurveyServiceTotals,
  TicketRecord,
} from '../store/store.js';
import { formatInstant } from '../time/instant.js';
import { base64url, fromBase64url, randomToken } from '../util/bytes.js';
import { generateSurveyCode } from './survey-code.js';

const DAY_MS = 86_400_000;

/** How many visit days the results and suggestions cover when `from` is not given: `to` and the 89 days before it. */
export const SURVEY_DEFAULT_RANGE_DAYS = 90;

/**
 * Gives a ticket that was just completed its survey code, inside the write that
 * completes it: a fresh random code, valid {@link SURVEY_CODE_VALID_DAYS} days
 * from now. Only the queue engine's completion calls it; a skipped (no-show) or
 * cancelled ticket gets no code, since nobody was served.
 */
export async function inviteToSurvey(context: WriteContext, ticket: TicketRecord): Promise<void> {
  const { store } = context;
  // A clash is one in 2^40 per code in use; drawing again inside the transaction settles it for sure.
  let code = generateSurveyCode();
  while (await store.getSurveyInvitation(code)) code = generateSurveyCode();
  const expires = new Date(context.now.getTime() + SURVEY_CODE_VALID_DAYS * DAY_MS);
  await store.insertSurveyInvitation({
    code,
    ticketId: ticket.id,
    serviceId: ticket.serviceId,
    localDate: ticket.localDate,
    expiresAt: formatInstant(expires, context.site.timeZone),
    answeredAt: null,
  });
}

/**
 * The survey code of a ticket, for its holder (the ticket id is the credential).
 *
 * @throws ApiError `not_found` for an unknown ticket; `survey_not_available` until
 *   it is completed, and for a skipped or cancelled one
 */
export async function surveyInvitation(engine: Engine, ticketId: string): Promise<SurveyInvitation> {
  const ticket = await engine.store.getTicket(ticketId);
  if (!ticket) throw new ApiError('not_found');
  const invitation = ticket.status === 'done' ? await engine.store.getSurveyInvitationForTicket(ticket.id) : undefined;
  if (!invitation) throw new ApiError('survey_not_available');
  return {
    code: invitation.code,
    serviceId: invitation.serviceId,
    expiresAt: invitation.expiresAt,
    answered: invitation.answeredAt !== null,
  };
}

/**
 * Stores one response to the survey and uses up its code, in one transaction.
 * The stored response holds the service, its agency, the day of the visit, the
 * nine scores, the optional profile and the trimmed suggestion: never the code
 * or the ticket, so it cannot be traced back to the visit. `key` (the
 * request's `Idempotency-Key`) is checked and answered in the same transaction.
 *
 * @throws ApiError `survey_code_unknown` for a code that is malformed or was
 *   never given; `survey_answered` when it was used (the first response stays);
 *   `survey_code_expired` past its `expiresAt`
 */
export async function submitSurveyResponse(
  engine: Engine,
  input: SurveyResponseInput,
  key: IdempotencyClaim = NO_IDEMPOTENCY_KEY,
): Promise<SurveyReceipt> {
  const code = normalizeSurveyCode(input.code);
  if (code === null) throw new ApiError('survey_code_unknown');
  return engine.write(async (context) => {
    await key.claim(context.store);
    const { store } = context;
    const invitation = await store.getSurveyInvitation(code);
    if (!invitation) throw new ApiError('survey_code_unknown');
    // Answered first: a used code that has also expired was still used, and that is what the holder needs to hear.
    if (invitation.answeredAt !== null) throw new ApiError('survey_answered');
    if (context.now.getTime() > Date.parse(invitation.expiresAt)) throw new ApiError('survey_code_expired');
    const service = store.getService(invitation.serviceId);
    // A code for a service the seed no longer has cannot be counted anywhere.
    if (!service) throw new ApiError('survey_code_unknown');
    const suggestion = input.suggestion?.trim() ?? '';
    const response: SurveyResponseRecord = {
      id: randomToken(),
      serviceId: service.id,
      agencyId: service.agencyId,
      localDate: invitation.localDate,
      scores: SURVEY_ELEMENTS.map(({ key }) => input.answers[key]),
      ageGroup: input.profile?.ageGroup ?? null,
      sex: input.profile?.sex ?? null,
      education: input.profile?.education ?? null,
      occupation: input.profile?.occupation ?? null,
      suggestion: suggestion === '' ? null : suggestion,
    };
    await store.insertSurveyResponse(response);
    await store.markSurveyAnswered(code, formatInstant(context.now, context.site.timeZone));
    const receipt = { serviceId: service.id, agencyId: service.agencyId };
    await key.answer(context.store, receipt);
    return receipt;
  });
}

/** The visit days and the agency or service a results or suggestions query asks about. */
interface SurveyScope {
  readonly range: LocalDateRange;
  readonly agencyId: string | null;
  readonly serviceId: string | null;
  /** The services in scope, in seed order. */
  readonly services: readonly ServiceRecord[];
}

/**
 * Applies the defaults of a query's range (`to` today, site-local; `from` 89 days
 * before `to`) and checks its agency and service.
 *
 * @throws ApiError `not_found` for an unknown agency or service, or a service of
 *   another agency; `validation_failed` when a given `from` is after the default `to`
 */
function surveyScope(engine: Engine, query: SurveyResultsQuery): SurveyScope {
  const { store } = engine;
  const to = query.to ?? engine.view().today;
  const from = query.from ?? addDays(to, 1 - SURVEY_DEFAULT_RANGE_DAYS);
  // The schema compares the two when both are given; a lone `from` in the future is caught here.
  if (from > to) {
    throw new ApiError('validation_failed', {
      details: [{ path: 'from', message: '`from` setelah `to` / `from` is after `to`' }],
    });
  }
  const agencyId = query.agencyId ?? null;
  const serviceId = query.serviceId ?? null;
  if (agencyId !== null && !store.listAgencies().some((agency) => agency.id === agencyId))
    throw new ApiError('not_found');
  if (serviceId !== null) {
    const service = store.getService(serviceId);
    if (!service || (agencyId !== null && service.agencyId !== agencyId)) throw new ApiError('not_found');
  }
  const services = store
    .listServices()
    .filter(
      (service) =>
        (agencyId === null || service.agencyId === agencyId) && (serviceId === null || service.id === serviceId),
    );
  return { range: { from, to }, agencyId, serviceId, services };
}

/** The store's filter for a scope. */
function filterOf(scope: SurveyScope): SurveyFilter {
  return {
    localDates: scope.range,
    ...(scope.agencyId === null ? {} : { agencyId: scope.agencyId }),
    ...(scope.serviceId === null ? {} : { serviceId: scope.serviceId }),
  };
}

/** Adds up per-service totals. */
function sumTotals(rows: readonly SurveyServiceTotals[]): SurveyTotals {
  const scoreTotals = new Array<number>(SURVEY_ELEMENT_COUNT).fill(0);
  let respondents = 0;
  for (const row of rows) {
    respondents += row.respondents;
    row.scoreTotals.forEach((total, position) => {
      scoreTotals[position] = (scoreTotals[position] ?? 0) + total;
    });
  }
  return { respondents, scoreTotals };
}

/**
 * The groups of the results: per service when the query names an agency or a
 * service, per agency otherwise; only those with respondents, best index first
 * (a stable sort keeps the seed's order among equal indexes).
 */
function groupsOf(engine: Engine, scope: SurveyScope, rows: readonly SurveyServiceTotals[]): SurveyGroupResult[] {
  const perService = scope.agencyId !== null || scope.serviceId !== null;
  const groups: { agencyId: string; serviceId: string | null; totals: SurveyTotals }[] = perService
    ? rows.map((row) => ({ agencyId: row.agencyId, serviceId: row.serviceId, totals: row }))
    : engine.store.listAgencies().map((agency) => ({
        agencyId: agency.id,
        serviceId: null,
        totals: sumTotals(rows.filter((row) => row.agencyId === agency.id)),
      }));
  const results: SurveyGroupResult[] = [];
  for (const group of groups) {
    const { respondents, index, grade } = surveyIndexOfTotals(group.totals);
    if (index === null || grade === null) continue;
    results.push({ agencyId: group.agencyId, serviceId: group.serviceId, respondents, index, grade });
  }
  return results.sort((a, b) => b.index - a.index);
}

/**
 * How many people were served in the scope and range: tickets completed (not
 * skipped or cancelled) of the scope's services, by the day they were issued.
 */
async function servedPopulation(engine: Engine, scope: SurveyScope): Promise<number> {
  const serviceIds = scope.services.map((service) => service.id);
  return await engine.store.countTicketsBetween(scope.range, { statuses: ['done'], serviceIds });
}

/**
 * The survey's results over a range of visit days (by default the 90 days up to
 * today): each element's average (NRR), the IKM and its grade, computed with the
 * contract's `surveyIndexOfTotals` from the store's sums; the groups per agency
 * (or per service within an agency or service); and the respondents beside the
 * regulation's minimum sample for the people served.
 *
 * @throws ApiError `not_found` for an unknown agency or service, or a service of another agency
 */
export async function surveyResults(engine: Engine, query: SurveyResultsQuery): Promise<SurveyResults> {
  const scope = surveyScope(engine, query);
  const rows = await engine.store.surveyTotals(filterOf(scope));
  const overall = surveyIndexOfTotals(sumTotals(rows));
  const population = await servedPopulation(engine, scope);
  return {
    from: scope.range.from,
    to: scope.range.to,
    agencyId: scope.agencyId,
    serviceId: scope.serviceId,
    respondents: overall.respondents,
    elements: SURVEY_ELEMENTS.map(({ key }, position) => ({ key, average: overall.elements[position] ?? null })),
    index: overall.index,
    grade: overall.grade,
    population,
    minimumSample: minimumSurveySample(population),
    groups: groupsOf(engine, scope, rows),
  };
}

// Cursors are opaque to clients; inside they carry the (day, id) of the last suggestion shown.
const CURSOR_PREFIX = 's:';

function encodeCursor(cursor: SuggestionCursor): string {
  return base64url(new TextEncoder().encode(`${CURSOR_PREFIX}${cursor.localDate}:${cursor.id}`));
}

/** @throws ApiError `validation_failed` on `cursor` for anything this server did not write */
function decodeCursor(cursor: string): SuggestionCursor {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(fromBase64url(cursor));
    const [localDate = '', id = ''] = text.slice(CURSOR_PREFIX.length).split(':');
    const wellFormed =
      text.startsWith(CURSOR_PREFIX) &&
      LocalDateSchema.safeParse(localDate).success &&
      /^[\w-]{1,64}$/.test(id) &&
      text === `${CURSOR_PREFIX}${localDate}:${id}`;
    if (wellFormed) return { localDate, id };
  } catch {
    // falls through to the error below
  }
  throw new ApiError('validation_failed', {
    details: [{ path: 'cursor', message: 'cursor tidak valid / invalid cursor' }],
  });
}

/**
 * A page of the respondents' suggestions for staff, newest visit day first, with
 * only the service and the day of each: what a suggestion says may identify its
 * writer, so it is never published with the aggregate results.
 *
 * @throws ApiError `not_found` for an unknown agency or service; `validation_failed` for a bad cursor
 */
export async function surveySuggestionPage(
  engine: Engine,
  query: SurveySuggestionsQuery,
): Promise<Page<SurveySuggestion>> {
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  const scope = surveyScope(engine, query);
  // One more than the page tells whether another page follows.
  const found = await engine.store.listSuggestions(filterOf(scope), query.limit + 1, after);
  const page = found.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => ({ text: row.suggestion, serviceId: row.serviceId, date: row.localDate })),
    nextCursor: found.length > query.limit && last ? encodeCursor({ localDate: last.localDate, id: last.id }) : null,
  };
}
