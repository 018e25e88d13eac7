// SQL for the Store's filters and patches. Each filter shape (which fields are
// given) gives one SQL text, so SqliteStore prepares it once and reuses it; list
// values travel as one JSON parameter (`IN (SELECT value FROM json_each(?))`),
// so a list's length does not change the text either.
import type { BookingFilter, SuggestionCursor, SurveyFilter, TicketFilter } from '../store/store.js';

/** A value SQLite binds. */
export type SqlValue = string | number | null;

/** A WHERE clause and its positional parameters. */
export interface Where {
  readonly sql: string;
  readonly params: SqlValue[];
}

const inList = (column: string): string => `${column} IN (SELECT value FROM json_each(?))`;

/** Clauses joined by AND, and their parameters in order. */
interface Parts {
  readonly clauses: string[];
  readonly params: SqlValue[];
}

/** Adds `clause` with its parameters when `value` is given. */
function addWhen<T>(parts: Parts, value: T | undefined, clause: string, bind: (value: T) => SqlValue[]): void {
  if (value === undefined) return;
  parts.clauses.push(clause);
  parts.params.push(...bind(value));
}

function toWhere({ clauses, params }: Parts): Where {
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** The WHERE clause of a {@link TicketFilter}. */
export function ticketWhere(filter: TicketFilter): Where {
  const parts: Parts = { clauses: ['local_date = ?'], params: [filter.localDate] };
  addWhen(parts, filter.serviceIds, inList('service_id'), (ids) => [JSON.stringify(ids)]);
  addWhen(parts, filter.statuses, inList('status'), (statuses) => [JSON.stringify(statuses)]);
  addWhen(parts, filter.priority, 'priority = ?', (priority) => [priority ? 1 : 0]);
  addWhen(parts, filter.queueKeyBefore, 'queue_key < ?', (key) => [key]);
  return toWhere(parts);
}

/** The WHERE clause of a {@link BookingFilter} (none when the filter is empty). */
export function bookingWhere(filter: BookingFilter): Where {
  const parts: Parts = { clauses: [], params: [] };
  addWhen(parts, filter.serviceId, 'service_id = ?', (id) => [id]);
  addWhen(parts, filter.slotStart, 'slot_start = ?', (start) => [start]);
  addWhen(parts, filter.localDates, 'local_date BETWEEN ? AND ?', (dates) => [dates.from, dates.to]);
  addWhen(parts, filter.nikHash, 'nik_hash = ?', (hash) => [hash]);
  addWhen(parts, filter.statuses, inList('status'), (statuses) => [JSON.stringify(statuses)]);
  if (filter.erased !== undefined) parts.clauses.push(filter.erased ? 'erased_at IS NOT NULL' : 'erased_at IS NULL');
  return toWhere(parts);
}

/**
 * The WHERE clause of a {@link SurveyFilter} over `survey_responses`, with only
 * suggestions and only those after `cursor` (newest first) when asked.
 */
export function surveyWhere(
  filter: SurveyFilter,
  options: { readonly suggestions?: boolean; readonly after?: SuggestionCursor } = {},
): Where {
  const parts: Parts = {
    clauses: ['local_date BETWEEN ? AND ?'],
    params: [filter.localDates.from, filter.localDates.to],
  };
  addWhen(parts, filter.agencyId, 'agency_id = ?', (id) => [id]);
  addWhen(parts, filter.serviceId, 'service_id = ?', (id) => [id]);
  if (options.suggestions) parts.clauses.push('suggestion IS NOT NULL');
  addWhen(parts, options.after, '(local_date < ? OR (local_date = ? AND id < ?))', (after) => [
    after.localDate,
    after.localDate,
    after.id,
  ]);
  return toWhere(parts);
}

/**
 * An UPDATE of some columns of one row, given as a patch whose missing fields
 * stay as they are: one SQL text for every patch (`CASE WHEN @set_x …`), so it
 * is prepared once.
 */
export interface PatchStatement<P> {
  readonly sql: string;
  /** The named parameters for the row `key` and `patch`. */
  params(key: string, patch: P): Record<string, SqlValue>;
}

/**
 * Builds a {@link PatchStatement} for `table`, its key column and the patchable
 * fields with their columns.
 *
 * @example patchStatement('counters', 'id', { status: 'status', currentTicketId: 'current_ticket_id' })
 */
export function patchStatement<P extends object>(
  table: string,
  keyColumn: string,
  columns: { readonly [K in keyof P & string]-?: string },
): PatchStatement<P> {
  const fields = Object.keys(columns) as (keyof P & string)[];
  const sets = fields.map(
    (field) => `${columns[field]} = CASE WHEN @set_${field} THEN @${field} ELSE ${columns[field]} END`,
  );
  return {
    sql: `UPDATE ${table} SET ${sets.join(', ')} WHERE ${keyColumn} = @key`,
    params(key, patch) {
      const params: Record<string, SqlValue> = { key };
      for (const field of fields) {
        const value = patch[field] as SqlValue | undefined;
        params[`set_${field}`] = value === undefined ? 0 : 1;
        params[field] = value ?? null;
      }
      return params;
    },
  };
}
