// What a TypeScript backend of its own can take from @mpp-kit/contract: the
// request schemas, and the error codes with their statuses and bilingual
// messages. Quoted in docs/backend.md; the root typecheck compiles it against
// the contract's source.
import {
  describeIssues,
  ERROR_CACHE_CONTROL,
  errorMessages,
  errorStatus,
  HEADERS,
  routes,
  type ErrorCode,
  type ErrorEnvelope,
  type TakeTicketInput,
} from '@mpp-kit/contract';

// snippet:start error
/** An error answer as the contract wants it: the status, the envelope, and the headers. */
export function errorResponse(
  code: ErrorCode,
  locale: 'id' | 'en',
  requestId: string,
  details?: ErrorEnvelope['error']['details'],
): Response {
  const envelope: ErrorEnvelope = { error: { code, message: errorMessages[code][locale], requestId, details } };
  return Response.json(envelope, {
    status: errorStatus[code],
    headers: {
      [HEADERS.requestId]: requestId,
      'Cache-Control': ERROR_CACHE_CONTROL,
      'Content-Language': locale,
      Vary: HEADERS.acceptLanguage,
    },
  });
}
// snippet:end error

// snippet:start take
/** The body of `POST /v1/tickets`, checked with the contract's own schema, or the 422 to answer. */
export async function takeTicketInput(
  request: Request,
  locale: 'id' | 'en',
  requestId: string,
): Promise<TakeTicketInput | Response> {
  const parsed = routes.takeTicket.body.safeParse(await request.json(), { reportInput: true });
  if (parsed.success) return parsed.data;
  const details = describeIssues(parsed.error.issues).map(({ path, message }) => ({ path, message }));
  return errorResponse('validation_failed', locale, requestId, details);
}
// snippet:end take
