/**
 * The URL to put in a link from API data, or `null` when it must not become a
 * link: only absolute `http:` and `https:` URLs pass, so a `javascript:`,
 * `data:` or `vbscript:` URL from a compromised or careless backend can never
 * run in the host page. Callers render the text without a link when `null`.
 *
 * @example
 * safeUrl('https://kedirikota.go.id')   // 'https://kedirikota.go.id/'
 * safeUrl('javascript:alert(1)')        // null
 * safeUrl('/relative/path')             // null
 */
export function safeUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
}
