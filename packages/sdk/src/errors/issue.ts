/**
 * One problem found by a schema, in the client or on the server.
 *
 * @example
 * ```ts
 * { path: 'applicant.nik', code: 'custom', message: 'Kode wilayah NIK tidak dikenal / unknown NIK region code' }
 * ```
 */
export interface MppIssue {
  /** Where, as a dotted path (`applicant.nik`, `items.0.cost`); empty for the value itself. */
  readonly path: string;
  /** What kind: zod's issue code (`invalid_type`, `too_big`, `custom`...), or the server's error code. */
  readonly code: string;
  /** Readable explanation. */
  readonly message: string;
}

/** The parts of a zod (or zod/mini) issue this SDK reads. */
interface SchemaIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly expected?: unknown;
  readonly values?: readonly unknown[];
  readonly format?: string;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly keys?: readonly string[];
}

/** zod/mini ships no messages ("Invalid input"), so describe the common codes ourselves. */
function describe(issue: SchemaIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${String(issue.expected)}`;
    case 'invalid_value':
      return `expected one of ${(issue.values ?? []).map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_format':
      return `invalid ${issue.format ?? 'format'}`;
    case 'too_small':
      return `too small (minimum ${String(issue.minimum)})`;
    case 'too_big':
      return `too big (maximum ${String(issue.maximum)})`;
    case 'unrecognized_keys':
      return `unknown keys: ${(issue.keys ?? []).join(', ')}`;
    default:
      return issue.message;
  }
}

/** Turns schema issues into plain, serialisable {@link MppIssue}s. */
export function toIssues(issues: readonly SchemaIssue[]): MppIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    code: issue.code,
    // A custom message (e.g. the contract's NIK rule) says more than the generic one.
    message: issue.message && issue.message !== 'Invalid input' ? issue.message : describe(issue),
  }));
}

/** One line per issue, for error messages. */
export function formatIssues(issues: readonly MppIssue[]): string {
  return issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('; ');
}
