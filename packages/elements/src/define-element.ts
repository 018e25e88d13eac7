/**
 * Registers a custom element, guarded: when `tag` is already taken (the most
 * common embed failure: a portal loading the widget script twice, or the CDN
 * bundle next to an npm build), it warns and keeps the first registration
 * instead of throwing and breaking the rest of the page's scripts.
 *
 * @returns whether this call registered the tag
 * @example
 * defineElement('mpp-site-info', MppSiteInfo);
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): boolean {
  const registry = globalThis.customElements;
  const existing = registry.get(tag);
  if (existing === constructor) return false;
  if (existing) {
    console.warn(
      `[mpp-kit] <${tag}> sudah terdaftar; pendaftaran kedua diabaikan (skrip dimuat dua kali?). / ` +
        `<${tag}> is already defined; the second definition is ignored (script loaded twice?).`,
    );
    return false;
  }
  registry.define(tag, constructor);
  return true;
}
