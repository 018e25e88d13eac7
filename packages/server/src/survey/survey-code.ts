import { SURVEY_CODE_ALPHABET, SURVEY_CODE_PATTERN } from '@mpp-kit/contract';
import { randomBytes } from '../util/bytes.js';

/** Characters of a code without its dash: 8 symbols of 5 bits = 40 random bits. */
const SYMBOLS = 8;

/**
 * A new random survey code in its canonical form (`7QX4-M2KP`). Five random
 * bytes are exactly eight 5-bit symbols, so every code is equally likely with
 * no rejection sampling. The code is the only credential of a response, so its
 * 40 bits come from the platform's CSPRNG: with a thousand codes open at once,
 * one address at the default limit of anonymous writes (30 a minute) would
 * need decades on average to hit any of them.
 *
 * @example generateSurveyCode() // '7QX4-M2KP'
 */
export function generateSurveyCode(): string {
  const bytes = randomBytes(5);
  // 40 bits as a number (safe: below 2^53), read five bits at a time from the top.
  let bits = 0;
  for (const byte of bytes) bits = bits * 256 + byte;
  let code = '';
  for (let index = SYMBOLS - 1; index >= 0; index -= 1) {
    code += SURVEY_CODE_ALPHABET.charAt(Math.floor(bits / 2 ** (5 * index)) % 32);
  }
  const canonical = `${code.slice(0, 4)}-${code.slice(4)}`;
  // The alphabet and the contract's pattern must agree; a drift is a bug, not a bad request.
  if (!SURVEY_CODE_PATTERN.test(canonical)) throw new Error(`Survey code ${canonical} breaks the contract's pattern`);
  return canonical;
}
