// The token tiers hold together: every private local an element reads is
// defined, every local defined is read somewhere, and the public `--mpp-*`
// tokens an element reads are exactly the ones custom-elements.json documents
// for it (from the `@cssprop` tags), so the docs cannot drift from the CSS.
import '@mpp-kit/elements/site-info/define.js';
import '@mpp-kit/elements/service-catalog/define.js';
import '@mpp-kit/elements/queue-status/define.js';
import '@mpp-kit/elements/ticket/define.js';
import '@mpp-kit/elements/counter-console/define.js';
import '@mpp-kit/elements/booking-form/define.js';
import '@mpp-kit/elements/booking-manager/define.js';
import '@mpp-kit/elements/visitor-stats/define.js';
import '@mpp-kit/elements/survey/define.js';
import '@mpp-kit/elements/survey-results/define.js';
import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import manifest from '../../custom-elements.json' with { type: 'json' };

// Registered elements: their styles are final.
const elements = {
  'mpp-site-info': customElements.get('mpp-site-info') as unknown as { elementStyles: readonly unknown[] },
  'mpp-service-catalog': customElements.get('mpp-service-catalog') as unknown as { elementStyles: readonly unknown[] },
  'mpp-queue-status': customElements.get('mpp-queue-status') as unknown as { elementStyles: readonly unknown[] },
  'mpp-ticket': customElements.get('mpp-ticket') as unknown as { elementStyles: readonly unknown[] },
  'mpp-counter-console': customElements.get('mpp-counter-console') as unknown as { elementStyles: readonly unknown[] },
  'mpp-booking-form': customElements.get('mpp-booking-form') as unknown as { elementStyles: readonly unknown[] },
  'mpp-booking-manager': customElements.get('mpp-booking-manager') as unknown as { elementStyles: readonly unknown[] },
  'mpp-visitor-stats': customElements.get('mpp-visitor-stats') as unknown as { elementStyles: readonly unknown[] },
  'mpp-survey': customElements.get('mpp-survey') as unknown as { elementStyles: readonly unknown[] },
  'mpp-survey-results': customElements.get('mpp-survey-results') as unknown as { elementStyles: readonly unknown[] },
};

const cssOf = (element: { elementStyles: readonly unknown[] }): string =>
  element.elementStyles.map((style) => (style as CSSResult).cssText).join('\n');

const names = (css: string, pattern: RegExp): Set<string> =>
  new Set([...css.matchAll(pattern)].map((match) => match[1] as string));

interface ManifestDeclaration {
  readonly tagName?: string;
  readonly cssProperties?: readonly { readonly name: string }[];
}

function documentedTokens(tag: string): Set<string> {
  const { modules } = manifest as { modules: readonly { declarations?: readonly ManifestDeclaration[] }[] };
  const declaration = modules.flatMap((module) => module.declarations ?? []).find((item) => item.tagName === tag);
  return new Set((declaration?.cssProperties ?? []).map((property) => property.name));
}

describe('design tokens', () => {
  const all = Object.values(elements).map(cssOf).join('\n');

  it('every private local defined is read by some element', () => {
    const defined = names(all, /(--_[\w-]+)\s*:/g);
    const used = names(all, /var\(\s*(--_[\w-]+)/g);
    expect(defined.size).to.be.greaterThan(20);
    expect([...defined].filter((name) => !used.has(name))).to.deep.equal([]);
  });

  for (const [tag, element] of Object.entries(elements)) {
    const css = cssOf(element);

    it(`<${tag}> reads only private locals it defines`, () => {
      const defined = names(css, /(--_[\w-]+)\s*:/g);
      expect([...names(css, /var\(\s*(--_[\w-]+)/g)].filter((name) => !defined.has(name))).to.deep.equal([]);
    });

    it(`<${tag}> reads exactly the public tokens its documentation lists`, () => {
      const read = names(css, /var\(\s*(--mpp-[\w-]+)/g);
      expect(read.size).to.be.greaterThan(10);
      expect([...read].sort()).to.deep.equal([...documentedTokens(tag)].sort());
    });

    it(`<${tag}> styles its shadow DOM through the locals only`, () => {
      const outsideTokenDefinitions = css.replace(/--_[\w-]+\s*:[^;]*;/g, '');
      expect(outsideTokenDefinitions).to.not.match(/var\(\s*--mpp-/);
    });
  }
});
