// A citizen's day with the SDK: take a queue number, follow it live until it
// is called, and once it is served, answer the satisfaction survey.
// Quoted in docs/sdk.md; the root typecheck compiles it against the SDK's source.
import { callAnnouncement } from '@mpp-kit/contract';
import { createClient, isMppApiError, type MppClient, type QueueCounter, type Ticket } from '@mpp-kit/sdk';

// snippet:start take
/** Takes a number for `serviceId`, or says why none is left today. */
export async function takeNumber(client: MppClient, serviceId: string): Promise<Ticket | string> {
  try {
    return await client.tickets.take({ serviceId });
  } catch (error) {
    // The codes a citizen can meet here; the message is already in the client's language.
    if (isMppApiError(error) && ['quota_exceeded', 'queue_closed', 'site_closed', 'holiday'].includes(error.code)) {
      return error.message;
    }
    throw error;
  }
}
// snippet:end take

// snippet:start follow
/**
 * Follows `ticket` on the live queue until it is called. `onChange` gets the
 * ticket as it is now (its `position` drops as the line moves) and, once it is
 * called, the sentence to show and speak. Returns the function that stops it.
 */
export function followTicket(
  client: MppClient,
  ticket: Ticket,
  locale: 'id' | 'en',
  onChange: (ticket: Ticket, announcement: string | null) => void,
): () => void {
  let counters: readonly QueueCounter[] = [];
  return client.queues.subscribe(
    { service: ticket.serviceId },
    {
      onSnapshot: (snapshot) => (counters = snapshot.counters),
      onEvent: (event) => {
        if (event.type === 'snapshot' || event.type === 'counter.updated') return;
        if (event.ticket.id === ticket.id && (event.type === 'ticket.called' || event.type === 'ticket.recalled')) {
          const counter = counters.find((candidate) => candidate.id === event.counterId);
          onChange(event.ticket, callAnnouncement(event.ticket.number, counter?.name ?? '', locale));
        } else if (event.ticket.id !== ticket.id) {
          // Another number moved the line: read ours again for its position.
          client.tickets.get(ticket.id).then(
            (current) => onChange(current, null),
            (error: unknown) => console.warn(error),
          );
        }
      },
    },
  );
}
// snippet:end follow

// snippet:start survey
/** After the visit: the survey code of a served ticket, then the nine answers (1 to 4) in one call. */
export async function answerSurvey(client: MppClient, ticketId: string): Promise<void> {
  const { code, answered } = await client.survey.invitation(ticketId);
  if (answered) return;
  await client.survey.submit({
    code,
    answers: {
      requirements: 4,
      procedure: 3,
      time: 3,
      cost: 4,
      product: 4,
      competence: 4,
      conduct: 4,
      complaints: 3,
      facilities: 4,
    },
    suggestion: 'Ruang tunggu nyaman, antrean cepat.',
  });
  const { index, grade } = await client.survey.results({ serviceId: 'ktp-el' });
  console.log(`IKM ${String(index)} (${String(grade)})`);
}
// snippet:end survey

export const client = createClient({ baseUrl: 'https://mpp.kedirikota.go.id/api' });
