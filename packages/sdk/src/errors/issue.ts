/**
 * One problem found by a schema, in the client or on the server.
 *
 * @example
 * ```ts
 * { path: 'applicant.nik', code: 'custom', message: 'Kode wilayah NIK tidak dikenal / unknown NIK region code' }
 * ```
 */
export interface MppIssue {
  /** Where, as the contract's `issuePath` writes it (`applicant.nik`, `items[0].cost`); empty for the value itself. */
  readonly path: string;
  /** What kind: zod's issue code (`invalid_type`, `too_big`, `custom`...), or the server's error code. */
  readonly code: string;
  /** Readable explanation; the client's own checks say it in Indonesian then English (`wajib diisi / required`). */
  readonly message: string;
}

/** One line per issue, for error messages. */
export function formatIssues(issues: readonly MppIssue[]): string {
  return issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('; ');
}
