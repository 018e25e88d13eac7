/** The parts of `crypto` used here (a parameter so tests can take `randomUUID` away). */
export interface RandomSource {
  randomUUID?: (() => string) | undefined;
  getRandomValues(array: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer>;
}

/**
 * A random (v4) UUID for `Idempotency-Key`. `crypto.randomUUID` exists only in
 * secure contexts, and many regency portals are still served over plain http,
 * so fall back to building one from `crypto.getRandomValues` (available everywhere).
 */
export function randomUuid(source: RandomSource = crypto): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID();
  const bytes = source.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
