// How PostgresStore classifies node-postgres errors: conflicts by constraint
// name, an unreachable database, and everything else left as it is.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { StoreConflictError, StoreUnavailableError } from '../store/store.js';
import { isUnavailable, toStoreError } from './postgres-errors.js';

/** An error as node-postgres (or Node's socket) makes it. */
const failure = (message: string, fields: Record<string, string> = {}): Error =>
  Object.assign(new Error(message), fields);

test('a unique violation of a known constraint is a StoreConflictError naming it', () => {
  const cases = {
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
  for (const [constraint, expected] of Object.entries(cases)) {
    const error = toStoreError(failure('duplicate key value', { code: '23505', constraint }));
    assert.ok(error instanceof StoreConflictError && error.constraint === expected, constraint);
  }
  // Another constraint, or another kind of violation, stays the driver's error.
  const unknown = failure('duplicate key value', { code: '23505', constraint: 'agencies_pkey' });
  assert.equal(toStoreError(unknown), unknown);
  const check = failure('slot is full', { code: '23514', constraint: 'bookings_slot_capacity' });
  assert.equal(toStoreError(check), check);
});

test('a database that cannot be reached is a StoreUnavailableError that keeps the cause', () => {
  const unreachable = [
    failure('connect ECONNREFUSED 127.0.0.1:5432', { code: 'ECONNREFUSED' }),
    failure('read ECONNRESET', { code: 'ECONNRESET' }),
    failure('getaddrinfo ENOTFOUND db.internal', { code: 'ENOTFOUND' }),
    failure('terminating connection due to administrator command', { code: '57P01' }),
    failure('the database system is starting up', { code: '57P03' }),
    failure('sorry, too many clients already', { code: '53300' }),
    failure('connection failure', { code: '08006' }),
    failure('Connection terminated unexpectedly'),
    failure('timeout exceeded when trying to connect'),
    new AggregateError([failure('connect ECONNREFUSED ::1:5432', { code: 'ECONNREFUSED' })], 'all refused'),
  ];
  for (const cause of unreachable) {
    const error = toStoreError(cause);
    assert.ok(error instanceof StoreUnavailableError, cause.message);
    assert.equal(error.cause, cause);
  }
  for (const other of [
    failure('syntax error at or near "SELEC"', { code: '42601' }),
    failure('password authentication failed for user "mpp"', { code: '28P01' }),
    failure('database "mpp" does not exist', { code: '3D000' }),
    new Error('Unknown ticket: t1'),
    'not an error',
  ]) {
    assert.equal(isUnavailable(other), false, String(other));
    assert.equal(toStoreError(other), other);
  }
});
