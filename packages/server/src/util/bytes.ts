/**
 * Encodes bytes as base64url without padding (RFC 4648 §5): safe in URLs, path
 * segments and ids (`[A-Za-z0-9_-]`).
 *
 * @example base64url(new Uint8Array([251, 255])) // '-_8'
 */
export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Decodes base64url (with or without padding).
 *
 * @throws Error when `text` is not base64url
 */
export function fromBase64url(text: string): Uint8Array {
  if (!/^[\w-]*$/.test(text)) throw new Error('Not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** Bytes drawn from the CSPRNG at once: one call per 256 ticket ids instead of one per id. */
const POOL_BYTES = 4096;
let pool = new Uint8Array(0);
let poolOffset = 0;

/**
 * `count` random bytes from the platform's CSPRNG (`crypto.getRandomValues`),
 * served from a pool filled 4 KiB at a time: ids are drawn on every write, and
 * one call per id cost more than the bytes. Every byte is handed out once; a
 * spent pool is replaced, never refilled in place, so the bytes returned never change.
 *
 * @example randomBytes(16).length // 16
 */
export function randomBytes(count: number): Uint8Array {
  if (count > POOL_BYTES) return crypto.getRandomValues(new Uint8Array(count));
  if (poolOffset + count > pool.length) {
    pool = crypto.getRandomValues(new Uint8Array(POOL_BYTES));
    poolOffset = 0;
  }
  const bytes = pool.subarray(poolOffset, poolOffset + count);
  poolOffset += count;
  return bytes;
}

/**
 * A random, unguessable token of `bytes` bytes from the platform's CSPRNG, as
 * base64url: ticket ids and booking secrets (16 bytes = 128 bits = 22 characters).
 *
 * @param bytes how many random bytes. @default 16
 */
export function randomToken(bytes = 16): string {
  return base64url(randomBytes(bytes));
}

/**
 * Compares two strings in time that depends only on their lengths, not on where
 * they differ, so a secret cannot be guessed character by character.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let index = 0; index < length; index += 1) {
    difference |= (a.charCodeAt(index) || 0) ^ (b.charCodeAt(index) || 0);
  }
  return difference === 0;
}
