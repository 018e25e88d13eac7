/**
 * The global CSS of a careless regency portal, as seen in the wild: a reset
 * on `*`, huge and odd base text styles, and theme rules for bare `button`,
 * `h2`, `table`, `ul` and `a`. Tests and the "hostile portal CSS" story load
 * it to show that the elements keep their layout under it.
 */
export const HOSTILE_PORTAL_CSS = `
  * { box-sizing: content-box; line-height: 0.9; letter-spacing: 0.2em; }
  html { font-size: 40px; }
  body { font: italic 700 2.5rem/3 Georgia, serif; color: #c00; text-align: center; text-transform: uppercase;
         word-spacing: 1em; white-space: nowrap; text-indent: 3em; }
  h2, h3 { font-size: 4rem; margin: 3em 0; border-bottom: 5px dotted; }
  button { all: unset; display: block; width: 100%; padding: 40px; background: hotpink; font-size: 3rem; }
  table, td, th { border: 4px double; padding: 1em; border-collapse: separate; border-spacing: 1em; }
  ul, li { list-style: square; margin: 2em; padding: 2em; }
  a { color: lime; font-size: 3rem; text-decoration: none; }
  address { font-style: italic; font-size: 2rem; }
  svg { width: 200px; height: 200px; }
  p, section { padding: 1em; margin: 1em; }
`;

/** Adds {@link HOSTILE_PORTAL_CSS} to the document; returns a function that removes it. */
export function applyHostilePortalCss(document: Document): () => void {
  const style = document.createElement('style');
  style.textContent = HOSTILE_PORTAL_CSS;
  document.head.append(style);
  return () => style.remove();
}
