/** The parts of `crypto` {@link randomUuid} uses (a parameter so tests can take `randomUUID` away). */
export interface RandomSource {
  /** `crypto.randomUUID`, missing outside secure contexts. */
  randomUUID?: (() => string) | undefined;
  /** `crypto.getRandomValues`: fills the array with random bytes. */
  getRandomValues(array: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer>;
}

/**
 * A random (v4) UUID for `Idempotency-Key`. `crypto.randomUUID` exists only in
 * secure contexts, and many regency portals are still served over plain http,
 * so fall back to building one from `crypto.getRandomValues` (available everywhere).
 * Exported for a page that keeps one key across its own retries of an attempt
 * (`tickets.take(input, { idempotencyKey })`).
 *
 * @example
 * ```ts
 * const key = randomUuid();
 * await client.tickets.take({ serviceId: 'ktp-el' }, { idempotencyKey: key });
 * ```
 */
export function randomUuid(source: RandomSource = crypto): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID();
  // Byte 6 carries the version (4), byte 8 the RFC 4122 variant.
  const stamped = (byte: number, index: number): number =>
    index === 6 ? (byte & 0x0f) | 0x40 : index === 8 ? (byte & 0x3f) | 0x80 : byte;
  const bytes = source.getRandomValues(new Uint8Array(16));
  const hex = Array.from(bytes, (byte, index) => stamped(byte, index).toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
