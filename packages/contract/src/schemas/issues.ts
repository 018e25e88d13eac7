import type * as z from 'zod/mini';

// One way to describe a failed parse, for every reader of it: the seed's error
// lines, the server's 422 details and the SDK's error issues. The SDK ships in
// browser widgets, so this stays a few tables and pure functions.

/** One problem a schema found, ready to show next to the field it is about. */
export interface FieldIssue {
  /** Where, as {@link issuePath} writes it: `applicant.nik`, `items[0].cost`; empty for the value itself. */
  readonly path: string;
  /** zod's issue code: `invalid_type`, `too_small`, `unrecognized_keys`, `custom`... */
  readonly code: string;
  /** What is wrong, in Indonesian then English (`wajib diisi / required`); never the input, which may be a NIK. */
  readonly message: string;
}

const NAME = /^[A-Za-z_$][\w$]*$/;

/**
 * A path as a reader writes it: names joined by dots, array positions in
 * brackets, other keys quoted in brackets; the value itself is `''`.
 *
 * @example issuePath(['items', 0, 'cost']) // 'items[0].cost'
 * @example issuePath(['site', 'my key']) // 'site["my key"]'
 */
export function issuePath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && NAME.test(key)) text += text ? `.${key}` : key;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text;
}

const TYPE_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  string: ['teks', 'a string'],
  number: ['angka', 'a number'],
  int: ['bilangan bulat', 'an integer'],
  boolean: ['true/false', 'a boolean'],
  array: ['daftar (array)', 'an array'],
  object: ['objek', 'an object'],
};

/** Names the type found only, never the value: parse with `{ reportInput: true }` to get it. */
function describeType(issue: z.core.$ZodIssueInvalidType): string {
  const [id, en] = TYPE_NAMES[issue.expected] ?? [issue.expected, issue.expected];
  if (!('input' in issue)) return `harus ${id} / expected ${en}`;
  const got = issue.input === null ? 'null' : Array.isArray(issue.input) ? 'array' : typeof issue.input;
  const [gotId, gotEn] = TYPE_NAMES[got] ?? [got, got];
  return `harus ${id}, bukan ${gotId} / expected ${en}, got ${gotEn}`;
}

function describeSize(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  if (issue.origin === 'string' && small && limit <= 1) return 'tidak boleh kosong / must not be empty';
  if (issue.origin === 'string' || issue.origin === 'array') {
    const [id, en] = issue.origin === 'string' ? ['karakter', 'characters'] : ['item', 'items'];
    return small
      ? `minimal ${limit} ${id} / at least ${limit} ${en}`
      : `maksimal ${limit} ${id} / at most ${limit} ${en}`;
  }
  const inclusive = issue.inclusive !== false;
  if (small) {
    return inclusive
      ? `minimal ${limit} / must be at least ${limit}`
      : `harus lebih dari ${limit} / must be greater than ${limit}`;
  }
  return inclusive
    ? `maksimal ${limit} / must be at most ${limit}`
    : `harus kurang dari ${limit} / must be less than ${limit}`;
}

const quoteAll = (values: readonly unknown[]) => values.map((value) => JSON.stringify(value)).join(', ');

/** The generic text of an issue whose schema gave no bilingual message of its own. */
function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return describeType(issue);
    case 'too_small':
    case 'too_big':
      return describeSize(issue);
    case 'invalid_value': {
      const values = quoteAll(issue.values);
      return issue.values.length === 1
        ? `harus ${values} / must be ${values}`
        : `harus salah satu dari ${values} / must be one of ${values}`;
    }
    case 'invalid_format':
      return `format ${issue.format} tidak valid / invalid ${issue.format}`;
    case 'invalid_union':
      return 'bentuk tidak cocok dengan pilihan mana pun / matches none of the allowed shapes';
    default:
      return `nilai tidak valid / invalid value (${issue.code})`;
  }
}

/** The bilingual message of an issue that is about one path. */
function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && 'input' in issue && issue.input === undefined) return 'wajib diisi / required';
  // The contract's own messages (`NIK harus 16 digit / NIK must be 16 digits`) say more than a generic one.
  return issue.message.includes(' / ') ? issue.message : describe(issue);
}

/** One issue, or one per key for unknown fields. */
function describeOne(issue: z.core.$ZodIssue): FieldIssue[] {
  const { code, path } = issue;
  if (issue.code === 'unrecognized_keys') {
    const message = 'kolom tidak dikenal / unknown field';
    return issue.keys.map((key) => ({ path: issuePath([...path, key]), code, message }));
  }
  // A discriminated union reports a bad discriminator at the union's path or at the key itself.
  const key = issue.code === 'invalid_union' ? issue.discriminator : undefined;
  if (key !== undefined) {
    const at = path.at(-1) === key ? path : [...path, key];
    return [{ path: issuePath(at), code, message: 'jenis tidak dikenal / unknown kind' }];
  }
  return [{ path: issuePath(path), code, message: messageOf(issue) }];
}

/**
 * Describes the issues of a failed zod parse, one {@link FieldIssue} each (one
 * per key for unknown fields): the path as {@link issuePath} writes it, and a
 * message in Indonesian then English. A missing field is `wajib diisi /
 * required`; a schema's own bilingual message is kept; any other issue gets a
 * generic description of its code. Parse with `{ reportInput: true }` to tell a
 * missing field from a wrong type: the input's type is named, never its value.
 *
 * @example
 * const result = TakeTicketInputSchema.safeParse({ serviceId: 12 }, { reportInput: true });
 * if (!result.success) describeIssues(result.error.issues);
 * // [{ path: 'serviceId', code: 'invalid_type', message: 'harus teks, bukan angka / expected a string, got a number' }]
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.flatMap(describeOne);
}
