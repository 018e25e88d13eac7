/**
 * A failure while starting that the user can fix (an unreadable seed, a taken
 * port, a database that cannot be opened). The message is Indonesian then
 * English and is printed without a stack trace; the CLI exits with code 1.
 */
export class CliStartError extends Error {
  override readonly name = 'CliStartError';
}

/** A system error's code (`EACCES`, `EADDRINUSE`), else its message: short and free of paths to source files. */
export function codeOf(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.message : String(error);
}
