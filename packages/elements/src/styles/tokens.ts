import { css } from 'lit';

/**
 * Design tokens, in two tiers. Hosts set the public `--mpp-*` properties
 * anywhere above an element (`:root`, a section, the element itself); the
 * element copies each into a private `--_*` local on `:host`, with a light or a
 * dark default, and its styles only ever read the locals. So a host rebrands
 * without reaching into the shadow DOM, and no token leaks out of it.
 *
 * Colours default to light, or dark when the visitor prefers a dark scheme;
 * the `theme` attribute (`light` / `dark`) pins either. A host token applies in
 * both schemes. Lengths are in `em` of the element's own font size, which starts
 * at the visitor's preferred size (`medium`), never at the portal's root font
 * size: a portal's `html { font-size: 62.5% }` cannot shrink the element, and
 * browser zoom and the visitor's font-size setting still scale it.
 */
const light = css`
  --_scheme: light;
  --_primary: var(--mpp-color-primary, #0b5cad);
  --_on-primary: var(--mpp-color-on-primary, #ffffff);
  --_surface: var(--mpp-color-surface, #ffffff);
  --_surface-muted: var(--mpp-color-surface-muted, #eef2f6);
  --_text: var(--mpp-color-text, #1a1c1f);
  --_muted: var(--mpp-color-muted, #505866);
  --_border: var(--mpp-color-border, #c9d1db);
  --_danger: var(--mpp-color-danger, #b3261e);
  --_success: var(--mpp-color-success, #136c2e);
  --_warning: var(--mpp-color-warning, #8a5300);
  --_focus-color: var(--mpp-focus-ring-color, #0b5cad);
`;

const dark = css`
  --_scheme: dark;
  --_primary: var(--mpp-color-primary, #8ab4f8);
  --_on-primary: var(--mpp-color-on-primary, #0b1d36);
  --_surface: var(--mpp-color-surface, #1b1e23);
  --_surface-muted: var(--mpp-color-surface-muted, #2a2f37);
  --_text: var(--mpp-color-text, #e6e8eb);
  --_muted: var(--mpp-color-muted, #aeb6c2);
  --_border: var(--mpp-color-border, #4a515c);
  --_danger: var(--mpp-color-danger, #f2b8b5);
  --_success: var(--mpp-color-success, #7dd99a);
  --_warning: var(--mpp-color-warning, #f3c96b);
  --_focus-color: var(--mpp-focus-ring-color, #8ab4f8);
`;

/** The token locals on `:host`: colours per scheme, and the scheme-independent lengths and fonts. */
export const tokenStyles = css`
  :host {
    ${light}
    --_focus-width: var(--mpp-focus-ring-width, 3px);
    --_radius: var(--mpp-radius, 0.5em);
    --_space: var(--mpp-space, 0.5em);
    --_space-1: calc(var(--_space) / 2);
    --_space-2: var(--_space);
    --_space-3: calc(var(--_space) * 2);
    --_font: var(
      --mpp-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    --_font-size: var(--mpp-font-size, medium);
    --_line-height: var(--mpp-line-height, 1.5);
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
`;
