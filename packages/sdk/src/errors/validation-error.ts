import { formatIssues, type MppIssue } from './issue.js';
import { MppError, hasName } from './mpp-error.js';

/**
 * An argument breaks the contract's request schema (an invalid NIK, a missing
 * `serviceId`, `consent` not `true`, a `limit` out of range...). Thrown before
 * any request is sent; `issues` name each field, like the server's
 * `validation_failed` details, so a form can show them next to its inputs.
 *
 * @example
 * ```ts
 * try {
 *   await client.bookings.create(input);
 * } catch (error) {
 *   if (isMppValidationError(error)) for (const issue of error.issues) markField(issue.path, issue.message);
 * }
 * ```
 */
export class MppValidationError extends MppError {
  override readonly name = 'MppValidationError' as const;
  /** What is wrong, one issue per field (paths relative to the argument, e.g. `applicant.nik`). */
  readonly issues: readonly MppIssue[];

  constructor(what: string, issues: readonly MppIssue[]) {
    super(`Masukan tidak valid / Invalid input (${what}): ${formatIssues(issues)}`);
    this.issues = issues;
  }
}

/**
 * Whether `error` is an {@link MppValidationError} (works across realms).
 *
 * @example
 * ```ts
 * if (isMppValidationError(error)) showFieldErrors(error.issues);
 * ```
 */
export function isMppValidationError(error: unknown): error is MppValidationError {
  return hasName(error, 'MppValidationError');
}
