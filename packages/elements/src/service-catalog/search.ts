/**
 * The catalog's search, as pure functions: folding text so `akta` finds
 * `Akta` and `Dinas Pendapatan` finds `Dínas Pendapatan`, expanding common
 * synonyms (`paspor`, `nib`, `ijin`...), filtering and ranking a prepared index,
 * and the text ranges to highlight. No DOM here: the element renders the
 * ranges as `<mark>` parts, so API text is never turned into HTML.
 */

/**
 * Text folded for matching: decomposed (NFD), combining marks dropped, lower
 * case. `Ñ` and `n`, `É` and `e` compare equal.
 *
 * @example fold('Pencatatan SÍPIL') // 'pencatatan sipil'
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * Words a visitor types that the seeds' `keywords` may not carry: spelling
 * variants (`ijin`, `sertipikat`), abbreviations and their long forms, and
 * the English name. A query word also matches every word listed for it. Keys
 * and values are folded.
 */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  ktp: ['ktp-el', 'e-ktp', 'kartu tanda penduduk'],
  paspor: ['passport'],
  passport: ['paspor'],
  nib: ['oss', 'nomor induk berusaha'],
  oss: ['nib'],
  akte: ['akta'],
  akta: ['akte'],
  ijin: ['izin'],
  izin: ['ijin'],
  sertipikat: ['sertifikat'],
  sertifikat: ['sertipikat'],
  imb: ['pbg'],
  pbg: ['imb'],
  kk: ['kartu keluarga'],
  nikah: ['perkawinan', 'kawin'],
  kawin: ['nikah', 'perkawinan'],
  legalisir: ['legalisasi'],
  legalisasi: ['legalisir'],
  skck: ['kelakuan baik'],
  motor: ['kendaraan'],
  mobil: ['kendaraan'],
  plat: ['pelat'],
  pdam: ['air minum'],
  bpjs: ['jkn', 'jaminan sosial'],
  jamsostek: ['bpjs ketenagakerjaan'],
  'e-ktp': ['ktp-el'],
};

/** One word of a query, with the synonyms that also satisfy it, all folded. */
export type QueryTerm = readonly string[];

/**
 * The words of a query, each with its alternatives: every word must match
 * (in any of its forms) for a service to be found.
 *
 * @example queryTerms('Paspor  baru') // [['paspor', 'passport'], ['baru']]
 */
export function queryTerms(
  query: string,
  synonyms: Readonly<Record<string, readonly string[]>> = SYNONYMS,
): QueryTerm[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return [...new Set(words)].map((word) => [word, ...(Object.hasOwn(synonyms, word) ? (synonyms[word] ?? []) : [])]);
}

/** A catalog entry prepared for searching. */
export interface SearchEntry<T = unknown> {
  /** The service's id. */
  readonly id: string;
  /** Its agency's id, for the agency filter and grouping. */
  readonly agencyId: string;
  /** Its category slug, for the category filter. */
  readonly category: string;
  /** Its name, folded (ranking: a match in the name counts most). */
  readonly name: string;
  /** Everything searchable (names in every language, keywords, agency, category), folded. */
  readonly haystack: string;
  /** The original item. */
  readonly item: T;
  /** Gathers and folds its texts now, ahead of the first search that would (see {@link warmEntries}). */
  prepare(): void;
}

/** What to show: free text, and an agency and category to narrow to (`''` for all). */
export interface SearchQuery {
  readonly text: string;
  readonly agencyId: string;
  readonly category: string;
}

/** The services of one agency among the results, best first. */
export interface ResultGroup<T> {
  readonly agencyId: string;
  readonly entries: readonly SearchEntry<T>[];
}

/** The results of a search, grouped by agency; the group with the best match first. */
export interface SearchResult<T> {
  readonly groups: readonly ResultGroup<T>[];
  /** How many services matched in all. */
  readonly total: number;
  /** Every match in catalog order, to search within when the query is refined (see {@link refines}). */
  readonly matches: readonly SearchEntry<T>[];
}

/** The texts an entry is found by besides its name, or a function that gathers them from its item when first needed. */
export type EntryTexts<T> = readonly string[] | ((item: T) => readonly string[]);

/**
 * A searchable entry whose texts are gathered and folded on first search, not
 * before: listing the catalog needs none of them, so the first render does not
 * pay for thousands of arrays and normalisations (see {@link warmEntries}).
 */
class PreparedEntry<T> implements SearchEntry<T> {
  readonly id: string;
  readonly agencyId: string;
  readonly category: string;
  readonly item: T;
  private readonly original: string;
  private readonly texts: EntryTexts<T>;
  private folded: { name: string; haystack: string } | undefined;

  constructor(
    keys: { readonly id: string; readonly agencyId: string; readonly category: string },
    name: string,
    texts: EntryTexts<T>,
    item: T,
  ) {
    this.id = keys.id;
    this.agencyId = keys.agencyId;
    this.category = keys.category;
    this.item = item;
    this.original = name;
    this.texts = texts;
  }

  private prepared(): { name: string; haystack: string } {
    if (!this.folded) {
      const texts = typeof this.texts === 'function' ? this.texts(this.item) : this.texts;
      // Newlines keep one text's end and the next one's start from forming a false match.
      this.folded = { name: fold(this.original), haystack: fold([this.original, ...texts].join('\n')) };
    }
    return this.folded;
  }

  get name(): string {
    return this.prepared().name;
  }

  get haystack(): string {
    return this.prepared().haystack;
  }

  prepare(): void {
    this.prepared();
  }
}

/**
 * Prepares an entry; `texts` are the other strings a visitor may search it by,
 * or a function that gathers them from `item` on the entry's first search (one
 * function for a whole catalog, so that an entry costs one small object until then).
 *
 * @example entryOf({ id: 'ktp-el', agencyId: 'dukcapil', category: 'kependudukan' }, 'KTP-el', ['ktp', 'Dispendukcapil'], service)
 */
export function entryOf<T>(
  keys: { readonly id: string; readonly agencyId: string; readonly category: string },
  name: string,
  texts: EntryTexts<T>,
  item: T,
): SearchEntry<T> {
  return new PreparedEntry(keys, name, texts, item);
}

/**
 * Folds entries ahead of the first search, a slice at a time while `hasTime()`
 * says the browser is idle; returns the index to continue from (`entries.length` when done).
 */
export function warmEntries(entries: readonly SearchEntry[], from: number, hasTime: () => boolean): number {
  let index = from;
  while (index < entries.length && hasTime()) {
    const end = Math.min(entries.length, index + 100);
    for (; index < end; index += 1) entries[index]?.prepare();
  }
  return index;
}

/**
 * Whether the results of `next` lie within those of `previous` (same filters),
 * so a keystroke that adds letters need only search the previous matches.
 * Not when a word has synonyms: `ijin` finds `izin`, which `iji` did not.
 */
export function refines(
  previous: SearchQuery,
  next: SearchQuery,
  synonyms: Readonly<Record<string, readonly string[]>> = SYNONYMS,
): boolean {
  if (previous.agencyId !== next.agencyId || previous.category !== next.category) return false;
  const before = fold(previous.text).trim();
  if (!before || !fold(next.text).trim().startsWith(before)) return false;
  return queryTerms(next.text, synonyms).every((term) => term.length === 1);
}

/** Whether `index` starts a word in `text`. */
const atWordStart = (text: string, index: number): boolean =>
  index === 0 || !/[\p{L}\p{N}]/u.test(text[index - 1] ?? '');

/** How well an entry matches the terms: 0 not at all; a word found at a word start in the name counts most. */
export function scoreOf(entry: SearchEntry, terms: readonly QueryTerm[]): number {
  let score = 0;
  // Indexed loops: this runs for every entry of the catalog at each keystroke (see `search`).
  for (let t = 0; t < terms.length; t += 1) {
    const term = terms[t] as QueryTerm;
    let best = 0;
    for (let f = 0; f < term.length; f += 1) {
      const form = term[f] as string;
      const inName = entry.name.indexOf(form);
      if (inName >= 0) best = Math.max(best, atWordStart(entry.name, inName) ? 3 : 2);
      else if (best === 0 && entry.haystack.includes(form)) best = 1;
      if (best === 3) break;
    }
    if (best === 0) return 0;
    score += best;
  }
  return score;
}

/**
 * Filters and ranks `entries` (in catalog order) for `query`; `entries` may be
 * the previous result's `matches` when the query {@link refines} it. Without text,
 * the catalog order is kept; with text, groups are ordered by their best match
 * and entries within a group by score, ties in catalog order.
 */
export function search<T>(
  entries: readonly SearchEntry<T>[],
  query: SearchQuery,
  synonyms?: Readonly<Record<string, readonly string[]>>,
): SearchResult<T> {
  const terms = queryTerms(query.text, synonyms);
  const matches: SearchEntry<T>[] = [];
  const groups = new Map<string, { best: number; order: number; scored: { entry: SearchEntry<T>; score: number }[] }>();
  let total = 0;
  // Indexed loops here: before the JIT optimises them, `for...of` allocates a result object per entry.
  for (let at = 0; at < entries.length; at += 1) {
    const entry = entries[at] as SearchEntry<T>;
    if (query.agencyId && entry.agencyId !== query.agencyId) continue;
    if (query.category && entry.category !== query.category) continue;
    const score = terms.length === 0 ? 1 : scoreOf(entry, terms);
    if (score === 0) continue;
    let group = groups.get(entry.agencyId);
    if (!group) {
      group = { best: 0, order: groups.size, scored: [] };
      groups.set(entry.agencyId, group);
    }
    group.best = Math.max(group.best, score);
    group.scored.push({ entry, score });
    matches.push(entry);
    total += 1;
  }
  // Array.prototype.sort is stable, so ties keep the catalog order.
  const ordered = [...groups].sort(([, a], [, b]) => b.best - a.best || a.order - b.order);
  return {
    total,
    matches,
    groups: ordered.map(([agencyId, group]) => ({
      agencyId,
      entries: (terms.length === 0 ? group.scored : group.scored.sort((a, b) => b.score - a.score)).map(
        (scored) => scored.entry,
      ),
    })),
  };
}

/** A half-open range `[start, end)` of UTF-16 indices in a text. */
export type TextRange = readonly [start: number, end: number];

/**
 * Where the query's words (or their synonyms) occur in `text`, as ranges of
 * the original text, merged and sorted. Folding may change lengths (a
 * precomposed `é` is one unit, a decomposed one two), so each folded unit
 * remembers the original code point it came from.
 *
 * @example highlightRanges('Paspor biasa', queryTerms('pas')) // [[0, 3]]
 */
export function highlightRanges(text: string, terms: readonly QueryTerm[]): TextRange[] {
  if (terms.length === 0) return [];
  // Plain ASCII folds to itself, one unit each: no per-character normalisation needed.
  const ascii = /^\p{ASCII}*$/u.test(text);
  let folded = ascii ? text.toLowerCase() : '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const char of ascii ? '' : text) {
    const part = fold(char);
    if (part === '' && ends.length > 0) {
      // A lone combining mark belongs to the letter before it.
      ends[ends.length - 1] = index + char.length;
    }
    for (let unit = 0; unit < part.length; unit += 1) {
      starts.push(index);
      ends.push(index + char.length);
    }
    folded += part;
    index += char.length;
  }
  const found: [number, number][] = [];
  for (const form of terms.flat()) {
    if (!form) continue;
    for (let at = folded.indexOf(form); at >= 0; at = folded.indexOf(form, at + 1)) {
      found.push(ascii ? [at, at + form.length] : [starts[at] ?? 0, ends[at + form.length - 1] ?? text.length]);
    }
  }
  return mergeRanges(found);
}

/** Sorts ranges and joins the overlapping and touching ones. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** A piece of text, marked when it is a match. */
export interface TextRun {
  readonly text: string;
  readonly mark: boolean;
}

/**
 * Cuts `text` into runs at `ranges` (sorted, disjoint), for rendering matches
 * as `<mark>` elements around plain text nodes.
 *
 * @example textRuns('Paspor', [[0, 3]]) // [{ text: 'Pas', mark: true }, { text: 'por', mark: false }]
 */
export function textRuns(text: string, ranges: readonly TextRange[]): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) runs.push({ text: text.slice(at, start), mark: false });
    if (end > start) runs.push({ text: text.slice(start, end), mark: true });
    at = Math.max(at, end);
  }
  if (at < text.length || runs.length === 0) runs.push({ text: text.slice(at), mark: false });
  return runs;
}
