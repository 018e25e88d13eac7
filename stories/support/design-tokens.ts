// The public `--mpp-*` design tokens, derived, never listed by hand: names,
// descriptions and the elements that read each come from custom-elements.json
// (the `@cssprop` tags, which styles/tokens.test.ts holds equal to the CSS);
// the light and dark defaults are the fallbacks written in the elements' own
// CSS (styles/tokens.ts for the shared tokens, an element's styles for its own).
import type { CSSResult } from 'lit';
import manifest from '../../packages/elements/custom-elements.json';
import { tokenStyles } from '../../packages/elements/src/styles/tokens.js';

/** One public token, as the design tokens page shows it. */
export interface DesignToken {
  /** The custom property a host sets, e.g. `--mpp-color-primary`. */
  readonly name: string;
  /** What it affects, from the element's `@cssprop` tag (its default left to the columns). */
  readonly affects: string;
  /** The value when the host sets nothing, in the light scheme. */
  readonly light: string;
  /** The value when the host sets nothing, in the dark scheme (the light one when the scheme does not change it). */
  readonly dark: string;
  /** The elements that read it. */
  readonly elements: readonly string[];
}

interface ManifestDeclaration {
  readonly tagName?: string;
  readonly cssProperties?: readonly { readonly name: string; readonly description?: string }[];
}

/** Every `var(--mpp-…, fallback)` of a style sheet: the first fallback of each token (whitespace collapsed). */
export function fallbacks(cssText: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of cssText.matchAll(/var\(\s*(--mpp-[a-z0-9-]+)\s*,/g)) {
    // The fallback runs to the parenthesis that closes this var(), past any nested calc() or var().
    let depth = 1;
    let end = match.index + match[0].length;
    for (; end < cssText.length && depth > 0; end += 1) {
      if (cssText[end] === '(') depth += 1;
      if (cssText[end] === ')') depth -= 1;
    }
    const name = match[1] as string;
    const value = cssText.slice(match.index + match[0].length, end - 1);
    if (!found.has(name)) found.set(name, value.replace(/\s+/g, ' ').trim());
  }
  return found;
}

/** Every public token an element's CSS reads, defined or not. */
export function tokensRead(cssText: string): Set<string> {
  return new Set(cssText.match(/--mpp-[a-z0-9-]+/g) ?? []);
}

/** The CSS of a registered element, as it applies it. */
export function elementCss(tag: string): string {
  const element = customElements.get(tag) as unknown as { elementStyles?: readonly CSSResult[] } | undefined;
  return (element?.elementStyles ?? []).map((style) => style.cssText).join('\n');
}

/** The default cell text drops the sentence that states the defaults: the table has columns for them. */
const DEFAULTS_SENTENCE = /\s*(?:Light `[^`]*`, dark `[^`]*`\.|Default `[^`]*`\.)\s*$/;

/**
 * The public tokens of `tags` (registered elements) with their defaults in both
 * schemes: those every element reads first, in the manifest's order.
 */
export function designTokens(tags: readonly string[]): DesignToken[] {
  const [lightCss = '', darkCss = ''] = tokenStyles.cssText.split(":host([theme='dark'])");
  const light = fallbacks(lightCss);
  const dark = fallbacks(darkCss);
  const own = new Map(tags.flatMap((tag) => [...fallbacks(elementCss(tag))]).reverse());

  const tokens = new Map<string, { affects: string; elements: string[] }>();
  const declarations = (manifest as { modules: readonly { declarations?: readonly ManifestDeclaration[] }[] }).modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName && tags.includes(declaration.tagName));
  for (const { tagName, cssProperties = [] } of declarations) {
    for (const { name, description = '' } of cssProperties) {
      const token = tokens.get(name) ?? { affects: description.replace(DEFAULTS_SENTENCE, ''), elements: [] };
      token.elements.push(tagName as string);
      tokens.set(name, token);
    }
  }
  // The shared tokens first, then each element's own.
  const shared = [...tokens].sort(([, a], [, b]) => b.elements.length - a.elements.length);
  return shared.map(([name, { affects, elements }]) => {
    const lightDefault = light.get(name) ?? own.get(name) ?? '';
    return { name, affects, light: lightDefault, dark: dark.get(name) ?? lightDefault, elements };
  });
}
