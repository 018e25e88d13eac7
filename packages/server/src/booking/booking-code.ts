import { randomBytes } from '../util/bytes.js';

/**
 * Characters of booking codes: digits and capitals without the look-alikes
 * 0/O, 1/I/L and U (read aloud or copied from a phone screen, none is mistaken).
 */
export const BOOKING_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Characters after the prefix: 30^6 ≈ 729 million codes per prefix. */
export const BOOKING_CODE_LENGTH = 6;

/**
 * A short prefix for a regency's booking codes: the first three consonants of
 * the last word of its name (`Kota Kediri` -> `KDR`, `Kabupaten Sleman` -> `SLM`),
 * or its first letters when it has too few consonants; `MPP` when it has no letters.
 *
 * @example bookingCodePrefix('Kota Kediri') // 'KDR'
 */
export function bookingCodePrefix(regency: string): string {
  const word = (regency.trim().split(/\s+/).at(-1) ?? '').toUpperCase().replace(/[^A-Z]/g, '');
  const consonants = word.replace(/[AEIOU]/g, '');
  if (consonants.length >= 3) return consonants.slice(0, 3);
  return word.length >= 3 ? word.slice(0, 3) : 'MPP';
}

/**
 * A new random booking code, e.g. `KDR-7QX4M2`. Codes are not secrets (reading a
 * booking needs its secret too); they only need to be easy to read out and rare
 * to collide. Rejection sampling keeps every character equally likely.
 *
 * @example generateBookingCode('KDR') // 'KDR-7QX4M2'
 */
export function generateBookingCode(prefix: string): string {
  const size = BOOKING_CODE_ALPHABET.length;
  const limit = 256 - (256 % size);
  let code = '';
  while (code.length < BOOKING_CODE_LENGTH) {
    for (const byte of randomBytes(BOOKING_CODE_LENGTH * 2)) {
      if (byte < limit && code.length < BOOKING_CODE_LENGTH) code += BOOKING_CODE_ALPHABET.charAt(byte % size);
    }
  }
  return `${prefix}-${code}`;
}

/**
 * A booking code as typed by a person, in canonical form: trimmed and upper case
 * (`kdr-7qx4m2` -> `KDR-7QX4M2`).
 */
export function normalizeBookingCode(input: string): string {
  return input.trim().toUpperCase();
}
