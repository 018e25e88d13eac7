/** Every error class name this SDK throws, so guards work across realms (iframes, duplicated bundles). */
const MPP_ERROR_NAMES: ReadonlySet<string> = new Set([
  'MppError',
  'MppApiError',
  'MppNetworkError',
  'MppTimeoutError',
  'MppContractError',
  'MppConfigError',
  'MppValidationError',
]);

/**
 * Base class of every error the SDK throws on purpose. Catch it to tell SDK
 * failures apart from bugs in your own code; use the specific guards
 * ({@link isMppApiError}, {@link isMppNetworkError}, ...) to tell them apart from each other.
 *
 * A caller's own abort is never wrapped: it is rethrown as the `AbortError` it was.
 *
 * @example
 * ```ts
 * try {
 *   await client.tickets.take({ serviceId: 'ktp-el' });
 * } catch (error) {
 *   if (isMppError(error)) showBanner(error.message);
 *   else throw error;
 * }
 * ```
 */
export class MppError extends Error {
  /** Literal class name; the guards rely on it rather than on `instanceof`. */
  override readonly name: string = 'MppError';
}

/**
 * Whether `error` is any {@link MppError}. Checks the `name`, not the prototype,
 * so it also recognises errors created by another copy of the SDK or in another realm.
 *
 * @example
 * ```ts
 * if (isMppError(error)) console.warn(error.name, error.message);
 * ```
 */
export function isMppError(error: unknown): error is MppError {
  return hasName(error, MPP_ERROR_NAMES);
}

/** @internal Shared by the specific guards. */
export function hasName(error: unknown, names: string | ReadonlySet<string>): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const name: unknown = (error as { name?: unknown }).name;
  return typeof name === 'string' && (typeof names === 'string' ? name === names : names.has(name));
}
