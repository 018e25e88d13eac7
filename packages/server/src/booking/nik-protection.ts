import { base64url, fromBase64url } from '../util/bytes.js';

/** Shortest secret accepted: 16 characters (a generated `MPP_SECRET` is 32 random bytes). */
export const MIN_SECRET_LENGTH = 16;

/**
 * The format every {@link DataProtection} implementation shares, so a database
 * written by one (Web Crypto in a browser, `node:crypto` on Node) is read by the
 * other: key derivation (HKDF-SHA-256 of the secret's UTF-8 bytes, one key per
 * purpose), the hashed input, and the sealed layout `v1.` + base64url(IV ‖
 * ciphertext ‖ 16-byte GCM tag).
 */
export const PROTECTION_FORMAT = {
  salt: 'mpp-kit',
  hashKeyInfo: 'mpp-kit keyed hash v1',
  sealKeyInfo: 'mpp-kit encryption v1',
  /** Prefix of sealed (encrypted) values, so the format can change later without guessing. */
  sealedPrefix: 'v1.',
  ivBytes: 12,
  tagBytes: 16,
  keyBytes: 32,
  /** What is hashed: the domain and a separator go first, so ('a', 'b:c') and ('a:b', 'c') differ. */
  hashInput: (domain: string, value: string): string => `${domain.length}:${domain}:${value}`,
} as const;

const { sealedPrefix: SEALED_PREFIX, ivBytes: IV_BYTES } = PROTECTION_FORMAT;

/**
 * Keyed hashing and encryption of personal data, from one server secret
 * (`MPP_SECRET`). Every method is async so that Web Crypto can implement it
 * ({@link createDataProtection}, browsers and Node alike); the engines call them
 * before their synchronous store transaction. The Node entry uses an
 * implementation on `node:crypto` that computes at once (Web Crypto queues each
 * call as a job on another thread) and gives the same results.
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

/** Makes the {@link DataProtection} of a server secret; see `AppOptions.dataProtection`. */
export type DataProtectionFactory = (secret: string) => Promise<DataProtection>;

/**
 * Derives the hashing and encryption keys from `secret` (HKDF-SHA-256, one key
 * per purpose, see {@link PROTECTION_FORMAT}) and returns the
 * {@link DataProtection} that uses them, on Web Crypto.
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
      { name: 'HKDF', hash: 'SHA-256', salt: encoder.encode(PROTECTION_FORMAT.salt), info: encoder.encode(info) },
      master,
      algorithm,
      false,
      usages,
    );
  const bits = PROTECTION_FORMAT.keyBytes * 8;
  const hashKey = await derive(PROTECTION_FORMAT.hashKeyInfo, { name: 'HMAC', hash: 'SHA-256', length: bits }, [
    'sign',
  ]);
  const sealKey = await derive(PROTECTION_FORMAT.sealKeyInfo, { name: 'AES-GCM', length: bits }, [
    'encrypt',
    'decrypt',
  ]);

  return {
    async hash(domain, value) {
      const signature = await crypto.subtle.sign(
        'HMAC',
        hashKey,
        encoder.encode(PROTECTION_FORMAT.hashInput(domain, value)),
      );
      return base64url(new Uint8Array(signature));
    },
    async seal(plain) {
      const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
      const cipher = new Uint8Array(
        await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, sealKey, encoder.encode(plain)),
      );
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
