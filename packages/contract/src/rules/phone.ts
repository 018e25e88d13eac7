/**
 * Normalises an Indonesian phone number to E.164 (`+62…`), or returns `null`
 * when it is not one.
 *
 * Rules:
 * - allowed characters are digits, spaces, `-`, `.`, `(`, `)` and one leading `+`;
 * - the number starts with a trunk `0`, the country code `62`, or `+62`;
 * - the national significant number (after `0`/`62`) has 8 to 12 digits and starts
 *   with 8 (mobile, e.g. 812…) or 2 to 9 (landline area codes, e.g. 21 Jakarta, 354 Kediri);
 *   it never starts with 0 or 1;
 * - other countries' numbers and short service numbers (112, 1500…) are rejected.
 *
 * Normalising is idempotent: an E.164 result normalises to itself.
 *
 * @example
 * normalizePhone('0812-3456-7890'); // '+6281234567890'
 * normalizePhone('(0354) 123456');  // '+62354123456'
 * normalizePhone('+1 202 555 0100'); // null
 */
export function normalizePhone(value: string): string | null {
  const trimmed = value.trim();
  if (!/^\+?[\d\s.()-]+$/.test(trimmed)) return null;
  const digits = trimmed.replace(/[\s.()-]/g, '');
  const national = /^(?:\+62|62|0)([2-9]\d{7,11})$/.exec(digits)?.[1];
  return national === undefined ? null : `+62${national}`;
}
