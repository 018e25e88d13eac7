import type { MppIssue } from './errors/issue.js';
import { toIssues } from './errors/issue.js';

/** The part of a zod/mini schema the SDK uses: `safeParse` (structural, so the SDK needs no zod import). */
export interface Schema<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: readonly IssueLike[] } };
}

type IssueLike = Parameters<typeof toIssues>[0][number];

/** The parts of a contract route the SDK reads (see the contract's `RouteDefinition`). */
export interface RouteLike<T> {
  readonly method: 'GET' | 'POST' | 'PATCH';
  readonly path: string;
  readonly auth: 'public' | 'staff' | 'booking-secret';
  readonly params?: Schema<unknown>;
  readonly query?: Schema<unknown>;
  readonly body?: Schema<unknown>;
  readonly idempotencyKey?: boolean;
  readonly response: Schema<T>;
}

/** Validates `value`; returns the parsed data, or the issues. */
export function check<T>(schema: Schema<T>, value: unknown): { ok: true; data: T } | { ok: false; issues: MppIssue[] } {
  const result = schema.safeParse(value);
  return result.success ? { ok: true, data: result.data } : { ok: false, issues: toIssues(result.error.issues) };
}
