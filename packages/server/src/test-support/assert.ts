// Assertions for the shared suites, which run under mocha in browsers and under
// Node's test runner alike (so neither chai nor node:assert).
import { canonicalJson } from '../util/canonical-json.js';

/** Throws with `message` unless `condition` holds. */
export function assert(condition: unknown, message = 'assertion failed'): asserts condition {
  if (!condition) throw new Error(message);
}

/** Throws unless `actual` and `expected` are equal as JSON (key order ignored). */
export function assertEqual(actual: unknown, expected: unknown, message = ''): void {
  const a = canonicalJson(actual);
  const b = canonicalJson(expected);
  if (a !== b) throw new Error(`${message ? `${message}: ` : ''}expected ${b}, got ${a}`);
}

/** Throws unless `fn` throws an error for which `check` holds. */
export function assertThrows(
  fn: () => unknown,
  check: (error: unknown) => boolean,
  message = 'expected an error',
): void {
  try {
    fn();
  } catch (error) {
    if (check(error)) return;
    throw new Error(`${message}: got ${String(error)}`, { cause: error });
  }
  throw new Error(message);
}

/** Waits until `condition()` holds, polling; fails after `limitMs`. Not a timing assertion. */
export async function until(condition: () => boolean | Promise<boolean>, limitMs = 5_000): Promise<void> {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > limitMs) throw new Error('until: condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The `describe`/`it` of mocha (browser) or `node:test`, for suites that run under both. */
export interface SuiteApi {
  readonly describe: (name: string, fn: () => void) => unknown;
  readonly it: (name: string, fn: () => Promise<void> | void) => unknown;
}
