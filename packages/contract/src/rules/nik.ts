import { isCalendarDate } from './dates.js';

/**
 * Province codes a NIK can start with (two digits). Kemendagri numbers the
 * provinces 11-19, 21, 31-36, 51-53, 61-65, 71-76, 81-82 and, since the 2022
 * split of Papua, 91 Papua, 92 Papua Barat, 93 Papua Selatan, 94 Papua Tengah,
 * 95 Papua Pegunungan, 96 Papua Barat Daya. A NIK never changes when its
 * province splits or is renumbered, and many NIKs issued in Papua carry the
 * older Dukcapil/BPS numbering (94 Papua, 91 Papua Barat) while BPS numbers the
 * new provinces 92 and 95-97, so every code 91-97 is accepted.
 */
export const NIK_PROVINCE_CODES: readonly string[] = [
  ...['11', '12', '13', '14', '15', '16', '17', '18', '19', '21'],
  ...['31', '32', '33', '34', '35', '36', '51', '52', '53'],
  ...['61', '62', '63', '64', '65', '71', '72', '73', '74', '75', '76', '81', '82'],
  ...['91', '92', '93', '94', '95', '96', '97'],
];

/** Why a string is not a valid NIK. */
export type NikRejection = 'format' | 'region' | 'birth-date' | 'serial';

/** The parts of a valid NIK (Nomor Induk Kependudukan). */
export interface NikParts {
  /** Always `true`: the NIK is valid (tells this apart from a rejection). */
  readonly ok: true;
  /** The 16 digits. */
  readonly nik: string;
  /** Province, e.g. `'35'` (Jawa Timur). */
  readonly provinceCode: string;
  /** Regency or city within the province, e.g. `'71'` (Kota Kediri is 35.71). */
  readonly regencyCode: string;
  /** District (kecamatan) within the regency, e.g. `'01'`. */
  readonly districtCode: string;
  /** Date of birth `YYYY-MM-DD`. */
  readonly birthDate: string;
  /** Sex as encoded in the NIK (women's birth day is stored plus 40). */
  readonly sex: 'female' | 'male';
  /** Four-digit serial number, `0001` to `9999`. */
  readonly serial: string;
}

/** Outcome of {@link parseNik}: the parts, or why the value was rejected. */
export type NikResult =
  | NikParts
  | {
      /** Always `false`: the value is not a valid NIK. */
      readonly ok: false;
      /** Which check failed: `format`, `region`, `birth-date` or `serial`. */
      readonly reason: NikRejection;
    };

const NIK_PATTERN = /^(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(\d{4})$/;
const provinces = new Set(NIK_PROVINCE_CODES);

/**
 * Parses a NIK: `PP RR DD ddmmyy SSSS` = province, regency, district, date of
 * birth (women add 40 to the day) and serial.
 *
 * Only two digits of the birth year are stored, so the century is inferred: a
 * year greater than `today`'s two-digit year is 19YY, otherwise 20YY (a NIK
 * dated `…0126` read in 2025 is 1926). A birth date after `today` is rejected.
 *
 * @param value - the NIK, 16 digits with no separators
 * @param today - the reference day for the century and the future check; pass it in tests
 * @example
 * parseNik('3571014507950003', new Date('2025-01-01'));
 * // { ok: true, provinceCode: '35', regencyCode: '71', districtCode: '01',
 * //   birthDate: '1995-07-05', sex: 'female', serial: '0003', nik: '3571014507950003' }
 */
export function parseNik(value: string, today: Date = new Date()): NikResult {
  const match = NIK_PATTERN.exec(value);
  if (!match) return { ok: false, reason: 'format' };
  const [, province = '', regency = '', district = '', dd = '', mm = '', yy = '', serial = ''] = match;
  if (!provinces.has(province) || regency === '00' || district === '00') return { ok: false, reason: 'region' };
  const sex = Number(dd) > 40 ? 'female' : 'male';
  const day = sex === 'female' ? Number(dd) - 40 : Number(dd);
  const year = (Number(yy) > today.getUTCFullYear() % 100 ? 1900 : 2000) + Number(yy);
  const birthDate = `${year}-${mm}-${String(day).padStart(2, '0')}`;
  // ISO dates compare as strings; "today" is the UTC date.
  if (!isCalendarDate(year, Number(mm), day) || birthDate > today.toISOString().slice(0, 10)) {
    return { ok: false, reason: 'birth-date' };
  }
  if (serial === '0000') return { ok: false, reason: 'serial' };
  return {
    ok: true,
    nik: value,
    provinceCode: province,
    regencyCode: regency,
    districtCode: district,
    birthDate,
    sex,
    serial,
  };
}

/**
 * Whether `value` is a valid NIK (see {@link parseNik}).
 *
 * @example isValidNik('3571010101900001') // true
 */
export function isValidNik(value: string, today?: Date): boolean {
  return parseNik(value, today).ok;
}

/**
 * A NIK as it may be shown back to its holder for checking: only the last four
 * digits, grouped like a printed KTP, so a screen, a screenshot or a shoulder
 * never carries the whole number. Anything that is not 16 digits is masked whole.
 *
 * @example maskNik('3571010101900001') // '•••• •••• •••• 0001'
 */
export function maskNik(nik: string): string {
  const digits = nik.replace(/\s/g, '');
  const tail = /^\d{16}$/.test(digits) ? digits.slice(12) : '••••';
  return `•••• •••• •••• ${tail}`;
}
