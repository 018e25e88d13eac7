import type { Locale } from '@mpp-kit/contract';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The language every element speaks when nothing says otherwise: Bahasa Indonesia. */
export const DEFAULT_LOCALE: Locale = 'id';

/**
 * Maps a BCP 47 language tag to a language the elements speak: English for
 * `en` and its regional variants (`en-GB`, `en-US`), Bahasa Indonesia for
 * everything else, including `id-ID`, the legacy `in`, an empty tag and languages
 * the elements do not have (`jv`, `su`): Indonesian is the language every
 * visitor of an MPP portal can read.
 *
 * @example
 * toLocale('en-GB') // 'en'
 * toLocale('jv')    // 'id'
 */
export function toLocale(tag: string | null | undefined): Locale {
  return /^en(?:-|$)/i.test(tag?.trim() ?? '') ? 'en' : DEFAULT_LOCALE;
}

/** The next node up, crossing from a shadow root to its host. */
function composedParent(node: Node): Node | null {
  return node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
}

/**
 * Every element from `element` up to the document's root element, crossing
 * shadow roots: the places a `lang` attribute that applies to `element` can be.
 */
export function langAncestors(element: Element): Element[] {
  const chain: Element[] = [];
  for (let node: Node | null = element; node; node = composedParent(node)) {
    if (node.nodeType === Node.ELEMENT_NODE) chain.push(node as Element);
  }
  return chain;
}

/**
 * The language tag that applies to `element`: its own `lang`, else the closest
 * ancestor's (crossing shadow roots), else `null`. The document's `<html lang>`
 * is the last ancestor, so it is the fallback when nothing closer says.
 *
 * @example langOf(el) // 'en-GB'
 */
export function langOf(element: Element): string | null {
  for (const candidate of langAncestors(element)) {
    const lang = candidate.getAttribute('lang');
    if (lang !== null) return lang;
  }
  return null;
}

/**
 * Follows the `lang` that applies to its host: it watches the `lang` attribute
 * of the host and every composed ancestor up to `<html>`, and asks the host to
 * update when the resulting language changes (a portal's language switch sets
 * `<html lang>`; a section may set its own).
 */
export class LangController implements ReactiveController {
  private readonly host: ReactiveControllerHost & Element;
  private observer: MutationObserver | undefined;
  private current: Locale = DEFAULT_LOCALE;

  constructor(host: ReactiveControllerHost & Element) {
    this.host = host;
    host.addController(this);
  }

  /** The language that applies to the host now (`id` until the host is connected). */
  get locale(): Locale {
    return this.current;
  }

  hostConnected(): void {
    this.current = toLocale(langOf(this.host));
    this.observer = new MutationObserver(() => this.refresh());
    for (const ancestor of langAncestors(this.host)) {
      this.observer.observe(ancestor, { attributes: true, attributeFilter: ['lang'] });
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private refresh(): void {
    const next = toLocale(langOf(this.host));
    if (next === this.current) return;
    this.current = next;
    this.host.requestUpdate();
  }
}
