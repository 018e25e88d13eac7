// SQL for PostgresStore's filters and patches, with numbered parameters ($1,
// $2, ...). Lists travel as one array parameter (`= ANY(?)`), so a list's
// length does not change the text.
import type { BookingFilter, SuggestionCursor, SurveyFilter, TicketFilter } from '../store/store.js';

/** A value node-postgres binds. */
export type SqlValue = string | number | boolean | null | readonly string[];

/** A WHERE clause and its parameters. */
export interface Where {
  readonly sql: string;
  readonly params: SqlValue[];
}

/** Clauses joined by AND; each `?` of a clause becomes the next parameter number. */
class Clauses {
  private readonly clauses: string[] = [];
  readonly params: SqlValue[] = [];

  add(clause: string, ...values: SqlValue[]): void {
    let index = 0;
    this.clauses.push(
      clause.replace(/\?/g, () => {
        this.params.push(values[index++] ?? null);
        return `$${this.params.length}`;
      }),
    );
  }

  /** Adds `clause` with its values when `value` is given. */
  when<T>(value: T | undefined, clause: string, bind: (value: T) => SqlValue[]): void {
    if (value !== undefined) this.add(clause, ...bind(value));
  }

  where(): Where {
    return { sql: this.clauses.length ? `WHERE ${this.clauses.join(' AND ')}` : '', params: this.params };
  }
}

/** The WHERE clause of a {@link TicketFilter}. */
export function ticketWhere(filter: TicketFilter): Where {
  const clauses = new Clauses();
  clauses.add('local_date = ?', filter.localDate);
  clauses.when(filter.serviceIds, 'service_id = ANY(?)', (ids) => [ids]);
  clauses.when(filter.statuses, 'status = ANY(?)', (statuses) => [statuses]);
  clauses.when(filter.priority, 'priority = ?', (priority) => [priority]);
  clauses.when(filter.queueKeyBefore, 'queue_key < ?', (key) => [key]);
  return clauses.where();
}

/** The WHERE clause of a {@link BookingFilter} (none when the filter is empty). */
export function bookingWhere(filter: BookingFilter): Where {
  const clauses = new Clauses();
  clauses.when(filter.serviceId, 'service_id = ?', (id) => [id]);
  clauses.when(filter.slotStart, 'slot_start = ?', (start) => [start]);
  clauses.when(filter.localDates, 'local_date BETWEEN ? AND ?', (dates) => [dates.from, dates.to]);
  clauses.when(filter.nikHash, 'nik_hash = ?', (hash) => [hash]);
  clauses.when(filter.statuses, 'status = ANY(?)', (statuses) => [statuses]);
  if (filter.erased !== undefined) clauses.add(filter.erased ? 'erased_at IS NOT NULL' : 'erased_at IS NULL');
  return clauses.where();
}

/**
 * The WHERE clause of a {@link SurveyFilter} over `survey_responses`, with only
 * suggestions and only those after `cursor` (newest first) when asked.
 */
export function surveyWhere(
  filter: SurveyFilter,
  options: { readonly suggestions?: boolean; readonly after?: SuggestionCursor } = {},
): Where {
  const clauses = new Clauses();
  clauses.add('local_date BETWEEN ? AND ?', filter.localDates.from, filter.localDates.to);
  clauses.when(filter.agencyId, 'agency_id = ?', (id) => [id]);
  clauses.when(filter.serviceId, 'service_id = ?', (id) => [id]);
  if (options.suggestions) clauses.add('suggestion IS NOT NULL');
  clauses.when(options.after, '(local_date, id) < (?, ?)', (after) => [after.localDate, after.id]);
  return clauses.where();
}

/**
 * An UPDATE of the given fields of one row (`key` is `$1`); missing fields stay
 * as they are, and an empty patch still tells whether the row exists.
 *
 * @example patchUpdate('counters', 'id', { status: 'status' }, 'loket-1', { status: 'paused' })
 */
export function patchUpdate<P extends object>(
  table: string,
  keyColumn: string,
  columns: { readonly [K in keyof P & string]-?: string },
  key: string,
  patch: P,
): { readonly text: string; readonly values: SqlValue[] } {
  const values: SqlValue[] = [key];
  const sets: string[] = [];
  for (const field of Object.keys(columns) as (keyof P & string)[]) {
    const value = patch[field] as SqlValue | undefined;
    if (value === undefined) continue;
    values.push(value);
    sets.push(`${columns[field]} = $${values.length}`);
  }
  if (sets.length === 0) sets.push(`${keyColumn} = ${keyColumn}`);
  return { text: `UPDATE ${table} SET ${sets.join(', ')} WHERE ${keyColumn} = $1`, values };
}
