import { base64url, fromBase64url } from '../util/bytes.js';

/** Shortest secret accepted: 16 characters (a generated `MPP_SECRET` is 32 random bytes). */
export const MIN_SECRET_LENGTH = 16;

/** Prefix of sealed (encrypted) values, so the format can change later without guessing. */
const SEALED_PREFIX = 'v1.';
const IV_BYTES = 12;

/**
 * Keyed hashing and encryption of personal data, from one server secret
 * (`MPP_SECRET`). Built on Web Crypto (`crypto.subtle`), so it runs in browsers
 * and in Node 20 alike; every method is async, so the engines call them before
 * their synchronous store transaction.
 */
export interface DataProtection {
  /**
   * A keyed hash (HMAC-SHA-256, base64url) of `value` in a named domain, e.g.
   * `hash('nik', nik)`: equal inputs give equal hashes (to find a NIK's bookings),
   * but without the secret a hash cannot be checked against guesses, and hashes of
   * different domains never match.
   */
  hash(domain: string, value: string): Promise<string>;
  /** Encrypts `plain` with AES-256-GCM under a fresh random IV; the result is an opaque string. */
  seal(plain: string): Promise<string>;
  /**
   * Decrypts a value made by {@link DataProtection.seal} with the same secret.
   *
   * @throws Error when the value was changed, or sealed with another secret
   */
  open(sealed: string): Promise<string>;
}

const encoder = new TextEncoder();

/**
 * Derives the hashing and encryption keys from `secret` (HKDF-SHA-256, one key
 * per purpose) and returns the {@link DataProtection} that uses them.
 *
 * @throws TypeError when `secret` is shorter than {@link MIN_SECRET_LENGTH}
 * @example
 * const protection = await createDataProtection(process.env.MPP_SECRET!);
 * const nikHash = await protection.hash('nik', '3571015505900001');
 */
export async function createDataProtection(secret: string): Promise<DataProtection> {
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new TypeError(`The server secret needs at least ${MIN_SECRET_LENGTH} characters`);
  }
  const master = await crypto.subtle.importKey('raw', encoder.encode(secret), 'HKDF', false, ['deriveKey']);
  const derive = (info: string, algorithm: HmacKeyGenParams | AesKeyGenParams, usages: KeyUsage[]) =>
    crypto.subtle.deriveKey(
      { name: 'HKDF', hash: 'SHA-256', salt: encoder.encode('mpp-kit'), info: encoder.encode(info) },
      master,
      algorithm,
      false,
      usages,
    );
  const hashKey = await derive('mpp-kit keyed hash v1', { name: 'HMAC', hash: 'SHA-256', length: 256 }, ['sign']);
  const sealKey = await derive('mpp-kit encryption v1', { name: 'AES-GCM', length: 256 }, ['encrypt', 'decrypt']);

  return {
    async hash(domain, value) {
      // The domain and a separator go first, so ('a', 'b:c') and ('a:b', 'c') differ.
      const signature = await crypto.subtle.sign('HMAC', hashKey, encoder.encode(`${domain.length}:${domain}:${value}`));
      return base64url(new Uint8Array(signature));
    },
    async seal(plain) {
      const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
      const cipher = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, sealKey, encoder.encode(plain)));
      const joined = new Uint8Array(IV_BYTES + cipher.length);
      joined.set(iv);
      joined.set(cipher, IV_BYTES);
      return SEALED_PREFIX + base64url(joined);
    },
    async open(sealed) {
      if (!sealed.startsWith(SEALED_PREFIX)) throw new Error('Not a sealed value');
      const joined = fromBase64url(sealed.slice(SEALED_PREFIX.length));
      const plain = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: joined.slice(0, IV_BYTES) },
        sealKey,
        joined.slice(IV_BYTES),
      );
      return new TextDecoder().decode(plain);
    },
  };
}
