/**
 * The link that opens a booking in `<mpp-booking-manager>`. Code and secret
 * travel in the URL fragment (`#kode=…&rahasia=…`): a browser never sends the
 * fragment to a server, an access log or a `Referer`, so the secret stays
 * between the visitor and the page. A query string would be sent (and the
 * API refuses a secret there).
 */

/** The fragment keys, in Indonesian because visitors read and share the link. */
const CODE_KEY = 'kode';
const SECRET_KEY = 'rahasia';

/** A booking's code and secret, as read from a manage link. */
export interface ManageLinkParts {
  /** The booking code, e.g. `K7Q2M9`. */
  readonly code: string;
  /** The booking's secret (sent as `X-Booking-Secret`). */
  readonly secret: string;
}

/**
 * The manage link of a booking: `base` with its fragment replaced by
 * `kode=<code>&rahasia=<secret>`, both encoded. A query in `base` is kept as
 * it is (the page's own), never used for the secret.
 *
 * @param base the page that holds `<mpp-booking-manager>`, absolute or relative (kept relative)
 * @example manageLink('https://mpp.example.go.id/kelola/', 'K7Q2M9', 's3cr3t') // 'https://mpp.example.go.id/kelola/#kode=K7Q2M9&rahasia=s3cr3t'
 */
export function manageLink(base: string, code: string, secret: string): string {
  const hash = base.indexOf('#');
  const page = hash === -1 ? base : base.slice(0, hash);
  const fragment = new URLSearchParams([
    [CODE_KEY, code],
    [SECRET_KEY, secret],
  ]);
  return `${page}#${fragment.toString()}`;
}

/**
 * The code and secret of a manage link's fragment (`location.hash`, with or
 * without its `#`), or `null` when it is anything else: other keys, a missing
 * or empty value, or a key given twice.
 *
 * @example readManageLink('#kode=K7Q2M9&rahasia=s3cr3t') // { code: 'K7Q2M9', secret: 's3cr3t' }
 */
export function readManageLink(hash: string): ManageLinkParts | null {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const keys = [...params.keys()];
  if (keys.length !== 2 || !keys.includes(CODE_KEY) || !keys.includes(SECRET_KEY)) return null;
  const code = params.get(CODE_KEY)?.trim() ?? '';
  const secret = params.get(SECRET_KEY) ?? '';
  if (!code || !secret) return null;
  return { code, secret };
}
