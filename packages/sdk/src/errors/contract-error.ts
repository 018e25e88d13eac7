import { formatIssues, type MppIssue } from './issue.js';
import { MppError, hasName } from './mpp-error.js';

/**
 * The server answered successfully but the body breaks the v1 contract: a
 * required field missing, a wrong type, or no JSON at all. The SDK never
 * returns such data. Unknown extra fields are not a violation (they are dropped).
 * Usually means the server and the SDK disagree on the contract version.
 *
 * @example
 * ```ts
 * if (isMppContractError(error)) report(error.route, error.issues);
 * ```
 */
export class MppContractError extends MppError {
  override readonly name = 'MppContractError' as const;
  /** The route that answered, e.g. `GET /v1/services/{id}`. */
  readonly route: string;
  /** What is wrong, one issue per field. */
  readonly issues: readonly MppIssue[];

  constructor(route: string, issues: readonly MppIssue[]) {
    super(
      `Respons server tidak sesuai kontrak API v1 / The server response breaks the v1 API contract (${route}): ${formatIssues(issues)}`,
    );
    this.route = route;
    this.issues = issues;
  }
}

/**
 * Whether `error` is an {@link MppContractError} (works across realms).
 *
 * @example
 * ```ts
 * if (isMppContractError(error)) console.error(error.issues);
 * ```
 */
export function isMppContractError(error: unknown): error is MppContractError {
  return hasName(error, 'MppContractError');
}
