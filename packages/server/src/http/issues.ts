import type { ErrorDetail, Locale } from '@mpp-kit/contract';
import type * as z from 'zod/mini';
import { pickLanguage } from './locale.js';

/** `['applicant', 'nik']` -> `applicant.nik`; `[]` -> `''` (the whole value). */
function dotted(path: readonly PropertyKey[]): string {
  return path
    .map((key) => (typeof key === 'number' ? `[${key}]` : String(key)))
    .join('.')
    .replace(/\.\[/g, '[');
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'teks / a string',
  number: 'angka / a number',
  int: 'bilangan bulat / an integer',
  boolean: 'true/false / a boolean',
  array: 'daftar / an array',
  object: 'objek / an object',
};

/** A bilingual (`id / en`) message for one issue. Never echoes the input: it may be a NIK. */
function bilingual(issue: z.core.$ZodIssue): string {
  if (issue.message.includes(' / ')) return issue.message;
  switch (issue.code) {
    case 'invalid_type': {
      if ('input' in issue && issue.input === undefined) return 'wajib diisi / required';
      const [id, en] = (TYPE_NAMES[issue.expected] ?? `${issue.expected} / ${issue.expected}`).split(' / ');
      return `harus ${id} / expected ${en}`;
    }
    case 'too_small':
      return `terlalu kecil atau pendek (minimal ${String(issue.minimum)}) / too small or short (minimum ${String(issue.minimum)})`;
    case 'too_big':
      return `terlalu besar atau panjang (maksimal ${String(issue.maximum)}) / too big or long (maximum ${String(issue.maximum)})`;
    case 'invalid_value': {
      const values = issue.values.map((value) => JSON.stringify(value)).join(', ');
      return `harus salah satu dari ${values} / must be one of ${values}`;
    }
    case 'invalid_format':
      return `format tidak valid (${issue.format}) / invalid format (${issue.format})`;
    case 'invalid_union':
      return 'bentuk tidak dikenal / unknown shape';
    default:
      return 'nilai tidak valid / invalid value';
  }
}

/**
 * Field-level details of a failed validation, in the caller's language: one per
 * issue (one per key for unknown fields), path dotted like `applicant.nik`.
 *
 * @example issueDetails(result.error.issues, 'en') // [{ path: 'applicant.nik', message: 'NIK must be 16 digits' }]
 */
export function issueDetails(issues: readonly z.core.$ZodIssue[], locale: Locale): ErrorDetail[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          path: dotted([...issue.path, key]),
          message: pickLanguage('kolom tidak dikenal / unknown field', locale),
        }))
      : [{ path: dotted(issue.path), message: pickLanguage(bilingual(issue), locale) }],
  );
}
