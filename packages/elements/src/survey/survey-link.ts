/**
 * The link that opens `<mpp-survey>` with a code: the survey page with the
 * code in its fragment (`#kode=7QX4-M2KP`). A fragment never reaches a server,
 * an access log or a `Referer`, and the survey takes it out of the address bar
 * as soon as it has read it.
 */

/** The fragment key, in Indonesian because visitors read and share the link. */
const CODE_KEY = 'kode';

/**
 * The survey link for `code`: `base` (absolute or relative to `document`'s
 * base URL) with its fragment replaced by `kode=<code>`.
 *
 * @example surveyLinkOf(document, 'https://mpp.example.go.id/survei/', '7QX4-M2KP') // 'https://mpp.example.go.id/survei/#kode=7QX4-M2KP'
 */
export function surveyLinkOf(document: Document, base: string, code: string): string {
  const url = new URL(base, document.baseURI);
  url.hash = new URLSearchParams([[CODE_KEY, code]]).toString();
  return url.href;
}

/**
 * The code of a survey link's fragment (`location.hash`, with or without its
 * `#`), as written (not yet checked), or `null` when the fragment is anything
 * else: another key beside it (a booking's manage link also has `kode`, with
 * `rahasia`), an empty value, or the key given twice.
 *
 * @example readSurveyLink('#kode=7QX4-M2KP') // '7QX4-M2KP'
 * @example readSurveyLink('#kode=K7Q2M9&rahasia=s3cr3t') // null
 */
export function readSurveyLink(hash: string): string | null {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const keys = [...params.keys()];
  if (keys.length !== 1 || keys[0] !== CODE_KEY) return null;
  const code = params.get(CODE_KEY)?.trim() ?? '';
  return code || null;
}
