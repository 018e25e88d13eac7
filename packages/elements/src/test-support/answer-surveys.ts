// Test and story support (not shipped): survey responses made the way real
// ones are, through the public API of an in-page reference server. A citizen
// takes a number, a counter calls and completes it, the completed ticket's
// survey code answers the survey. Nothing is written to the store directly, so
// the results come from the same engine as production.
import { SURVEY_ELEMENTS } from '@mpp-kit/contract';
import type { MppClient } from '@mpp-kit/sdk';

/** Visits to one service at one counter, and how each visitor answered. */
export interface SurveyVisits {
  /** The service visited, e.g. `ktp-el`. */
  readonly serviceId: string;
  /** A counter that serves it, e.g. `loket-1`. */
  readonly counterId: string;
  /** One array of nine scores (1-4, in `SURVEY_ELEMENTS` order) per respondent. */
  readonly answers?: readonly (readonly number[])[];
  /** Suggestions, one per respondent from the first on (fewer than answers: the rest write none). */
  readonly suggestions?: readonly string[];
  /** Visitors served who do not answer: they count in the population only. @default 0 */
  readonly unanswered?: number;
}

/** The clients that play the citizens and the counter staff. */
export interface SurveyActors {
  /** A public client (takes numbers, answers the survey). */
  readonly citizen: MppClient;
  /** A client with the staff token (calls and completes numbers). */
  readonly staff: MppClient;
}

/** Serves one visitor of `visits` to completion and returns the ticket's id. */
async function serveOne({ citizen, staff }: SurveyActors, visits: SurveyVisits): Promise<string> {
  const ticket = await citizen.tickets.take({ serviceId: visits.serviceId });
  await staff.counters.callNext(visits.counterId);
  await staff.counters.complete(visits.counterId);
  return ticket.id;
}

/**
 * Serves the visitors of each group in turn and answers the survey for those
 * with answers (the others are served only, so they count in the population).
 *
 * @example
 * await answerSurveys({ citizen, staff }, [
 *   { serviceId: 'ktp-el', counterId: 'loket-1', answers: [[4, 4, 3, 4, 3, 4, 4, 3, 4]], unanswered: 2 },
 * ]);
 */
export async function answerSurveys(actors: SurveyActors, groups: readonly SurveyVisits[]): Promise<void> {
  for (const visits of groups) {
    const answers = visits.answers ?? [];
    for (const [respondent, scores] of answers.entries()) {
      const ticketId = await serveOne(actors, visits);
      const { code } = await actors.citizen.survey.invitation(ticketId);
      const suggestion = visits.suggestions?.[respondent];
      await actors.citizen.survey.submit(
        {
          code,
          answers: Object.fromEntries(
            SURVEY_ELEMENTS.map((element, position) => [element.key, scores[position]]),
          ) as Parameters<MppClient['survey']['submit']>[0]['answers'],
          ...(suggestion === undefined ? {} : { suggestion }),
        },
        { idempotencyKey: crypto.randomUUID() },
      );
    }
    for (let served = 0; served < (visits.unanswered ?? 0); served += 1) await serveOne(actors, visits);
  }
}

/** Nine equal scores: a respondent who answered `score` to every element. */
export function allScores(score: 1 | 2 | 3 | 4): number[] {
  return SURVEY_ELEMENTS.map(() => score);
}
