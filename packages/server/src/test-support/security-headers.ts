// The security headers every API answer must carry, written out here rather
// than taken from the server, so that a change in the server shows up as a
// failing test. Runs in browsers and Node alike.
import { assert } from './assert.js';

/** Each security header of an API answer, by lower-case name, with its one value. */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
};

/** Headers an API answer must not carry: HSTS is the TLS terminator's, and nothing names the framework. */
const NEVER_SENT = ['strict-transport-security', 'x-powered-by'];

/** Fails unless `headers` (of the answer to `what`) carry every API security header with its value. */
export function assertApiSecurityHeaders(headers: Headers, what: string): void {
  for (const [name, value] of Object.entries(API_SECURITY_HEADERS)) {
    assert(headers.get(name) === value, `${what}: ${name} is ${JSON.stringify(headers.get(name))}, not "${value}"`);
  }
  for (const name of NEVER_SENT) assert(!headers.has(name), `${what}: sends ${name}`);
}
