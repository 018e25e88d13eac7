import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createSecretKey,
  hkdfSync,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import { MIN_SECRET_LENGTH, PROTECTION_FORMAT, type DataProtection } from '../booking/nik-protection.js';

const { sealedPrefix, ivBytes, tagBytes, keyBytes } = PROTECTION_FORMAT;

/** One purpose's key, derived from the secret exactly as Web Crypto's HKDF `deriveKey` does. */
function deriveKey(secret: string, info: string): KeyObject {
  return createSecretKey(Buffer.from(hkdfSync('sha256', secret, PROTECTION_FORMAT.salt, info, keyBytes)));
}

/**
 * The {@link DataProtection} of `secret` on `node:crypto`: the same keys, hashes
 * and sealed format as {@link createDataProtection} (Web Crypto), so either one
 * reads what the other wrote, but computed at once on the calling thread. Web
 * Crypto queues every HMAC as a job on the thread pool and resolves it later,
 * which costs more than the hash itself for the few bytes of an
 * `Idempotency-Key` request. `startServer` uses it.
 *
 * @throws TypeError when `secret` is shorter than {@link MIN_SECRET_LENGTH}
 * @example
 * const app = createApp({ store, staffTokens, secret, dataProtection: createNodeDataProtection });
 */
// Returns a promise like createDataProtection, so a short secret rejects the same way.
export function createNodeDataProtection(secret: string): Promise<DataProtection> {
  if (secret.length < MIN_SECRET_LENGTH) {
    return Promise.reject(new TypeError(`The server secret needs at least ${MIN_SECRET_LENGTH} characters`));
  }
  const hashKey = deriveKey(secret, PROTECTION_FORMAT.hashKeyInfo);
  const sealKey = deriveKey(secret, PROTECTION_FORMAT.sealKeyInfo);

  const hash = (domain: string, value: string): string =>
    createHmac('sha256', hashKey).update(PROTECTION_FORMAT.hashInput(domain, value), 'utf8').digest('base64url');

  const seal = (plain: string): string => {
    const iv = randomBytes(ivBytes);
    const cipher = createCipheriv('aes-256-gcm', sealKey, iv, { authTagLength: tagBytes });
    const body = Buffer.concat([iv, cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return sealedPrefix + body.toString('base64url');
  };

  const open = (sealed: string): string => {
    const encoded = sealed.startsWith(sealedPrefix) ? sealed.slice(sealedPrefix.length) : '';
    const joined = /^[\w-]+$/.test(encoded) ? Buffer.from(encoded, 'base64url') : Buffer.alloc(0);
    if (joined.length < ivBytes + tagBytes) throw new Error('Not a sealed value');
    const decipher = createDecipheriv('aes-256-gcm', sealKey, joined.subarray(0, ivBytes), { authTagLength: tagBytes });
    decipher.setAuthTag(joined.subarray(joined.length - tagBytes));
    return Buffer.concat([
      decipher.update(joined.subarray(ivBytes, joined.length - tagBytes)),
      decipher.final(),
    ]).toString('utf8');
  };

  // The interface is async for WebCrypto; node:crypto answers at once, and a
  // throw (a tampered value in `open`) still becomes a rejection.
  const settled =
    <A extends unknown[]>(run: (...args: A) => string) =>
    (...args: A): Promise<string> => {
      try {
        return Promise.resolve(run(...args));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
  return Promise.resolve({ hash: settled(hash), seal: settled(seal), open: settled(open) });
}
