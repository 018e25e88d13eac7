import type { Locale } from '../schemas/common.js';

/**
 * Pattern of a queue number: a prefix of 1-2 capital letters, `-`, and the
 * daily sequence as 3 digits (`A-001` to `A-999`) or, past 999, 4 digits
 * (`A-1000` to `A-9999`).
 */
export const QUEUE_NUMBER_PATTERN = /^([A-Z]{1,2})-(\d{3}|[1-9]\d{3})$/;

/** Pattern of a service's queue prefix: 1-2 capital letters. */
export const QUEUE_PREFIX_PATTERN = /^[A-Z]{1,2}$/;

/** Highest daily sequence a queue number can carry. */
export const MAX_QUEUE_SEQUENCE = 9999;

/** The parts of a queue number. */
export interface QueueNumberParts {
  /** The service's queue prefix, 1-2 capital letters, e.g. `A`. */
  readonly prefix: string;
  /** The daily sequence, 1 to 9999 (`A-012` has 12). */
  readonly sequence: number;
}

/**
 * Formats a queue number from a service prefix and the daily sequence,
 * zero-padded to three digits; from 1000 on the number simply has four digits.
 *
 * @throws RangeError when the prefix is not 1-2 capital letters or the sequence is not 1..9999
 * @example formatQueueNumber('A', 12) // 'A-012'
 */
export function formatQueueNumber(prefix: string, sequence: number): string {
  if (!QUEUE_PREFIX_PATTERN.test(prefix)) throw new RangeError(`Invalid queue prefix: ${prefix}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_QUEUE_SEQUENCE) {
    throw new RangeError(`Queue sequence must be an integer from 1 to ${MAX_QUEUE_SEQUENCE}: ${sequence}`);
  }
  return `${prefix}-${String(sequence).padStart(3, '0')}`;
}

/**
 * Parses a queue number in its canonical form (as {@link formatQueueNumber} writes it).
 *
 * @returns the prefix and sequence, or `null` (`'A-000'`, `'A-0012'`, `'a-012'` are not queue numbers)
 * @example parseQueueNumber('B-007') // { prefix: 'B', sequence: 7 }
 */
export function parseQueueNumber(value: string): QueueNumberParts | null {
  const match = QUEUE_NUMBER_PATTERN.exec(value);
  const sequence = Number(match?.[2]);
  return match?.[1] && sequence > 0 ? { prefix: match[1], sequence } : null;
}

const ID_ONES = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];
const EN_SMALL = [
  '',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Indonesian cardinal words for 1..9999 ("se-" for one ten/hundred/thousand). */
function indonesianWords(n: number): string {
  if (n >= 1000)
    return join(n < 2000 ? 'seribu' : `${indonesianWords(Math.floor(n / 1000))} ribu`, indonesianWords(n % 1000));
  if (n >= 100) return join(n < 200 ? 'seratus' : `${ID_ONES[Math.floor(n / 100)]} ratus`, indonesianWords(n % 100));
  if (n >= 20) return join(`${ID_ONES[Math.floor(n / 10)]} puluh`, ID_ONES[n % 10] ?? '');
  if (n >= 12) return `${ID_ONES[n - 10]} belas`;
  if (n === 11) return 'sebelas';
  if (n === 10) return 'sepuluh';
  return ID_ONES[n] ?? '';
}

/** English cardinal words for 1..9999, without "and" (`one hundred one`). */
function englishWords(n: number): string {
  if (n >= 1000) return join(`${englishWords(Math.floor(n / 1000))} thousand`, englishWords(n % 1000));
  if (n >= 100) return join(`${EN_SMALL[Math.floor(n / 100)]} hundred`, englishWords(n % 100));
  if (n >= 20) return [EN_TENS[Math.floor(n / 10)], EN_SMALL[n % 10]].filter(Boolean).join('-');
  return EN_SMALL[n] ?? '';
}

function join(head: string, tail: string): string {
  return tail ? `${head} ${tail}` : head;
}

/**
 * How a queue number is read aloud: each prefix letter as itself (spelled, so a
 * speech engine says "A B" rather than a word), then the sequence as cardinal
 * words with the leading zeros dropped.
 *
 * @throws RangeError when `number` is not a queue number
 * @example
 * spokenQueueNumber('A-012', 'id'); // 'A dua belas'
 * spokenQueueNumber('A-012', 'en'); // 'A twelve'
 * spokenQueueNumber('BC-101', 'id'); // 'B C seratus satu'
 */
export function spokenQueueNumber(number: string, locale: Locale): string {
  const parts = parseQueueNumber(number);
  if (!parts) throw new RangeError(`Not a queue number: ${number}`);
  const words = numberWords(parts.sequence, locale);
  return `${parts.prefix.split('').join(' ')} ${words}`;
}

/** The words of a whole number 1..9999 in a language; other numbers stay digits. */
function numberWords(n: number, locale: Locale): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX_QUEUE_SEQUENCE) return String(n);
  return locale === 'en' ? englishWords(n) : indonesianWords(n);
}

/**
 * How a counter's name is read aloud: every number in it as words, so a speech
 * engine says "Loket tiga" even where it would read "3" in another language
 * (a device without an Indonesian voice falls back to an English one).
 *
 * @example
 * spokenCounterName('Loket 3', 'id'); // 'Loket tiga'
 * spokenCounterName('Counter 12B', 'en'); // 'Counter twelve B'
 */
export function spokenCounterName(name: string, locale: Locale): string {
  return name
    .replace(/(\d+)([A-Za-z]?)/g, (_match, digits: string, letter: string) => {
      const words = digits.startsWith('0') ? digits : numberWords(Number(digits), locale);
      return letter ? `${words} ${letter}` : words;
    })
    .trim();
}

/**
 * The sentence a display shows and a speech engine reads when a number is
 * called: the number as {@link spokenQueueNumber} says it, the counter as
 * {@link spokenCounterName} says it.
 *
 * @throws RangeError when `number` is not a queue number
 * @example
 * callAnnouncement('A-012', 'Loket 3', 'id'); // 'Nomor antrean A dua belas, silakan menuju Loket tiga.'
 * callAnnouncement('A-012', 'Counter 3', 'en'); // 'Queue number A twelve, please proceed to Counter three.'
 */
export function callAnnouncement(number: string, counterName: string, locale: Locale): string {
  const spoken = spokenQueueNumber(number, locale);
  const counter = spokenCounterName(counterName, locale);
  return locale === 'en'
    ? `Queue number ${spoken}, please proceed to ${counter}.`
    : `Nomor antrean ${spoken}, silakan menuju ${counter}.`;
}
