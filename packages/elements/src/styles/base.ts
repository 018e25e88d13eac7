import { css } from 'lit';
import { tokenStyles } from './tokens.js';

/**
 * What every element's shadow root starts with. A portal's global CSS cannot
 * select inside the shadow root, but inherited text styles (`line-height: 0`,
 * `letter-spacing`, `text-transform`, `font-size: 40px`, `direction: rtl`,
 * `text-wrap: balance`, `-webkit-text-fill-color`…) flow in through the
 * host, and rules aimed at `*` or at the tag itself style the host box. So:
 * the host is only a block; the `base` wrapper resets every inherited text
 * property to the tokens; everything inside is `border-box`; and our own
 * buttons, headings and lists are styled from scratch rather than trusting the
 * UA sheet. `visibility` and `cursor` keep inheriting: a portal that hides a
 * section hides the element with it.
 */
export const baseStyles = [
  tokenStyles,
  css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none !important;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    .root {
      display: block;
      box-sizing: border-box;
      color-scheme: var(--_scheme);
      font: normal normal 400 var(--_font-size) / var(--_line-height) var(--_font);
      font-feature-settings: normal;
      font-variation-settings: normal;
      color: var(--_text);
      letter-spacing: normal;
      word-spacing: normal;
      text-transform: none;
      text-indent: 0;
      text-align: start;
      text-shadow: none;
      white-space: normal;
      word-break: normal;
      overflow-wrap: break-word;
      hyphens: manual;
      list-style: none;
      border-collapse: separate;
      border-spacing: 0;
      caption-side: top;
      writing-mode: horizontal-tb;
      /* The kit speaks Indonesian and English: left to right, whatever the page around it. */
      direction: ltr;
      unicode-bidi: isolate;
      -webkit-text-size-adjust: 100%;
      text-size-adjust: 100%;
      text-wrap: wrap;
      line-break: auto;
      text-align-last: auto;
      text-rendering: auto;
      font-kerning: auto;
      font-synthesis: initial;
      text-underline-position: auto;
      text-underline-offset: auto;
      text-emphasis: none;
      tab-size: 8;
      quotes: auto;
      accent-color: auto;
      caret-color: auto;
      image-rendering: auto;
      /* WebKit's own text paint: a fill colour that overrides color, and an outline. */
      -webkit-text-fill-color: currentcolor;
      -webkit-text-stroke: 0;
    }
    [hidden] {
      display: none !important;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
    h2,
    h3,
    p,
    ul,
    ol,
    dl,
    dd,
    figure,
    address,
    table {
      margin: 0;
      padding: 0;
      font: inherit;
    }
    ul,
    ol {
      list-style: none;
    }
    .nowrap {
      white-space: nowrap;
    }
    [role='heading'] {
      font-weight: 700;
    }
    a {
      color: var(--_primary);
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    svg.icon {
      flex: none;
      width: 1.25em;
      height: 1.25em;
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
      vertical-align: -0.25em;
    }
    button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: var(--_space-1);
      min-height: 2.75em;
      margin: 0;
      padding: var(--_space-1) var(--_space-3);
      border: 1px solid var(--_primary);
      border-radius: var(--_radius);
      background: var(--_primary);
      color: var(--_on-primary);
      font: inherit;
      font-weight: 600;
      line-height: 1.2;
      letter-spacing: normal;
      text-transform: none;
      text-align: center;
      cursor: pointer;
      box-shadow: none;
      width: auto;
      height: auto;
    }
    button:hover {
      filter: brightness(1.08);
    }
    :focus-visible {
      outline: var(--_focus-width) solid var(--_focus-color);
      outline-offset: 2px;
    }
    .panel {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: var(--_space-2);
      padding: var(--_space-3);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .panel-body {
      flex: 1 1 12em;
      display: grid;
      gap: var(--_space-1);
    }
    .panel-title {
      font-weight: 700;
    }
    .error {
      border-color: var(--_danger);
    }
    .error > .icon {
      color: var(--_danger);
    }
    .notice {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-2);
      margin-block-end: var(--_space-2);
      padding: var(--_space-2) var(--_space-3);
      border: 1px solid var(--_warning);
      border-radius: var(--_radius);
      color: var(--_text);
      background: var(--_surface);
    }
    .notice > .icon {
      color: var(--_warning);
    }
    .notice > span {
      flex: 1 1 12em;
    }
    .muted {
      color: var(--_muted);
    }
    .bone {
      display: inline-block;
      width: 60%;
      max-width: 100%;
      border-radius: var(--_radius);
      background: var(--_surface-muted);
      color: transparent;
      user-select: none;
    }
    .bone.short {
      width: 35%;
    }
    .bone.long {
      width: 85%;
    }
    @media (prefers-reduced-motion: no-preference) {
      .bone {
        animation: mpp-pulse 1.6s ease-in-out infinite;
      }
    }
    @keyframes mpp-pulse {
      50% {
        opacity: 0.55;
      }
    }
    @media (forced-colors: active) {
      .bone {
        border: 1px solid CanvasText;
      }
      button {
        border-color: ButtonText;
      }
    }
  `,
];
