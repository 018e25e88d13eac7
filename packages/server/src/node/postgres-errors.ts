// How PostgresStore tells its failures apart: a broken unique constraint is a
// StoreConflictError (by the constraint's name in the schema), a database that
// cannot be reached is a StoreUnavailableError (the HTTP layer answers 503 with
// Retry-After), anything else stays as it is.
import { StoreConflictError, StoreUnavailableError, type StoreConstraint } from '../store/store.js';

/** The unique constraints and indexes of migrations/postgres, by name. */
const UNIQUE_CONSTRAINTS: Readonly<Record<string, StoreConstraint>> = {
  site_pkey: 'seeded',
  tickets_pkey: 'ticket_id',
  tickets_number_key: 'ticket_number',
  bookings_pkey: 'booking_code',
  bookings_active_nik: 'booking_active_nik',
  idempotency_pkey: 'idempotency_key',
  survey_invitations_pkey: 'survey_code',
  survey_invitations_ticket_key: 'survey_ticket',
  survey_responses_pkey: 'survey_response_id',
};

/** Node's socket errors that mean the server is not there (now). */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENOENT', // a unix socket that does not exist (yet)
]);

/**
 * SQLSTATEs of a server that is going away or not ready: admin or crash
 * shutdown, starting up, too many connections.
 */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** What node-postgres says when a connection dies or the pool has none to give in time. */
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Connection is not queryable',
];

const codeOf = (error: object): unknown => ('code' in error ? error.code : undefined);

/** Whether `error` means the database cannot be reached (see {@link StoreUnavailableError}). */
export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = codeOf(error);
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code) || UNAVAILABLE_STATES.has(code) || code.startsWith('08')) return true;
  }
  if (UNAVAILABLE_MESSAGES.some((message) => error.message.includes(message))) return true;
  // Node's AggregateError for a host with several addresses, all refused.
  return error instanceof AggregateError && error.errors.some(isUnavailable);
}

/** The Store's error for a node-postgres error. */
export function toStoreError(error: unknown): unknown {
  if (error instanceof StoreConflictError || error instanceof StoreUnavailableError) return error;
  if (error instanceof Error && codeOf(error) === '23505' && 'constraint' in error) {
    const constraint = UNIQUE_CONSTRAINTS[String(error.constraint)];
    if (constraint) return new StoreConflictError(constraint);
  }
  if (isUnavailable(error)) return new StoreUnavailableError({ cause: error });
  return error;
}
