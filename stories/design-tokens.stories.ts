// The design tokens page's table: every public `--mpp-*` token with its light
// and dark defaults and a live sample, derived from custom-elements.json and
// the elements' CSS (see support/design-tokens.ts), so it cannot drift.
import '@mpp-kit/elements/booking-form/define.js';
import '@mpp-kit/elements/booking-manager/define.js';
import '@mpp-kit/elements/counter-console/define.js';
import '@mpp-kit/elements/queue-status/define.js';
import '@mpp-kit/elements/service-catalog/define.js';
import '@mpp-kit/elements/site-info/define.js';
import '@mpp-kit/elements/survey-results/define.js';
import '@mpp-kit/elements/survey/define.js';
import '@mpp-kit/elements/ticket/define.js';
import '@mpp-kit/elements/visitor-stats/define.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { expect } from 'storybook/test';
import { designTokens, elementCss, tokensRead, type DesignToken } from './support/design-tokens.js';
import './support/design-tokens.css';

/** Every element the package defines: the tokens of all of them. */
const ELEMENTS = [
  'mpp-site-info',
  'mpp-service-catalog',
  'mpp-queue-status',
  'mpp-ticket',
  'mpp-counter-console',
  'mpp-booking-form',
  'mpp-booking-manager',
  'mpp-visitor-stats',
  'mpp-survey',
  'mpp-survey-results',
] as const;

/** A sample of what the token changes, drawn with the token itself (so a theme shows through). */
function sample(token: DesignToken, value: string): TemplateResult {
  const live = `var(${token.name}, ${value})`;
  if (token.name.startsWith('--mpp-color-') || token.name === '--mpp-focus-ring-color') {
    return html`<span class="swatch" style=${styleMap({ background: live })}></span>`;
  }
  switch (token.name) {
    case '--mpp-radius':
      return html`<span class="box" style=${styleMap({ borderRadius: live })}></span>`;
    case '--mpp-space':
      return html`<span class="bar" style=${styleMap({ width: `calc(${live} * 4)` })}></span>`;
    case '--mpp-focus-ring-width':
      return html`<span
        class="box"
        style=${styleMap({ outline: `${live} solid currentColor`, outlineOffset: '2px' })}
      ></span>`;
    case '--mpp-line-height':
      return html`<span class="text" style=${styleMap({ lineHeight: live })}>Antrean<br />daring</span>`;
    case '--mpp-font-family':
      return html`<span class="text" style=${styleMap({ fontFamily: live })}>Layanan KTP-el</span>`;
    default:
      // Sizes: the font size, and the big numbers of the ticket, the booking code and the board.
      return html`<span class="text" style=${styleMap({ fontSize: live })}>A-007</span>`;
  }
}

/** One default: its sample (on the scheme's surface) and its value. */
function defaultCell(token: DesignToken, scheme: 'light' | 'dark'): TemplateResult {
  const value = token[scheme];
  return html`<td class=${scheme}>
    <span class="sample">${sample(token, value)}</span>
    <code>${value}</code>
  </td>`;
}

/** The elements a token applies to, "every element" when it is all of them. */
const appliesTo = (token: DesignToken): string =>
  token.elements.length === ELEMENTS.length ? 'semua elemen / every element' : token.elements.join(', ');

function table(tokens: readonly DesignToken[]): TemplateResult {
  return html`<table class="mpp-tokens">
    <caption>
      Token desain publik
      <code>--mpp-*</code>
      / public design tokens
    </caption>
    <thead>
      <tr>
        <th scope="col">Token</th>
        <th scope="col">Terang / light</th>
        <th scope="col">Gelap / dark</th>
        <th scope="col">Yang diubah / what it affects</th>
        <th scope="col">Elemen / elements</th>
      </tr>
    </thead>
    <tbody>
      ${tokens.map(
        (token) =>
          html`<tr data-token=${token.name}>
            <th scope="row"><code>${token.name}</code></th>
            ${defaultCell(token, 'light')} ${defaultCell(token, 'dark')}
            <td>${token.affects}</td>
            <td>${appliesTo(token)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

const meta = {
  title: 'Design tokens',
  tags: ['!autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

/**
 * Every public token. The samples read the token itself, so a theme from the
 * "Tema" toolbar (or a host's CSS around the table) shows its own values.
 */
export const AllTokens: Story = {
  render: () => table(designTokens(ELEMENTS)),
  play: async ({ canvasElement }) => {
    const rows = new Set(
      [...canvasElement.querySelectorAll<HTMLElement>('tr[data-token]')].map((row) => row.dataset['token']),
    );
    // Every token any element's CSS reads is on the page: none is undocumented.
    for (const tag of ELEMENTS) {
      for (const token of tokensRead(elementCss(tag))) await expect(rows, `${token} (${tag})`).toContain(token);
    }
    // Every row has its defaults, and the colours change with the scheme.
    for (const token of designTokens(ELEMENTS)) await expect(token.light, token.name).not.toBe('');
    const primary = designTokens(ELEMENTS).find((token) => token.name === '--mpp-color-primary');
    await expect(primary?.dark).not.toBe(primary?.light);
  },
};
