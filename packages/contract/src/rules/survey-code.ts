/**
 * A survey code is eight characters of Crockford's base 32 (no I, L, O, U), shown
 * as two groups of four (`7QX4-M2KP`): short enough to read out at a counter or
 * print on a receipt, 40 random bits so it cannot be guessed within the rate limit.
 */
export const SURVEY_CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/**
 * The 32 symbols of Crockford's base 32 in value order (digits, then capitals
 * without I, L, O and U): exactly the characters {@link SURVEY_CODE_PATTERN} admits.
 */
export const SURVEY_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A survey code can be answered for this many days after the visit was completed. */
export const SURVEY_CODE_VALID_DAYS = 7;

// Crockford's decoding: the letters people mistake for digits read as those digits.
const LOOKALIKES: Readonly<Record<string, string>> = { I: '1', L: '1', O: '0' };

/**
 * A survey code as typed by a person, in its canonical form: upper case, the
 * look-alike letters read as digits, spaces and dashes ignored; `null` when it
 * cannot be a code.
 *
 * @example normalizeSurveyCode(' 7qx4 m2kp ') // '7QX4-M2KP'
 * @example normalizeSurveyCode('7QX4-M2K') // null
 */
export function normalizeSurveyCode(input: string): string | null {
  const plain = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[ILO]/g, (letter) => LOOKALIKES[letter] ?? letter);
  if (plain.length !== 8) return null;
  const code = `${plain.slice(0, 4)}-${plain.slice(4)}`;
  return SURVEY_CODE_PATTERN.test(code) ? code : null;
}
