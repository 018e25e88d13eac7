import { describeIssues } from '@mpp-kit/contract';
import type { MppIssue } from './errors/issue.js';

type IssueLike = Parameters<typeof describeIssues>[0][number];

/** The part of a zod/mini schema the SDK uses: `safeParse` (structural, so the SDK needs no zod import). */
export interface Schema<T> {
  safeParse(
    input: unknown,
    params?: { reportInput?: boolean },
  ): { success: true; data: T } | { success: false; error: { issues: readonly IssueLike[] } };
}

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

/**
 * Validates `value`; returns the parsed data, or the issues as the contract
 * describes them (the server's 422 details say the same).
 */
export function check<T>(schema: Schema<T>, value: unknown): { ok: true; data: T } | { ok: false; issues: MppIssue[] } {
  // Reporting the input tells a missing field (`wajib diisi / required`) from a wrong type; issues never keep it.
  const result = schema.safeParse(value, { reportInput: true });
  return result.success ? { ok: true, data: result.data } : { ok: false, issues: describeIssues(result.error.issues) };
}
