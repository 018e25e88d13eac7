import type { CommonStrings } from './id.js';

/**
 * The English strings every bundle carries, although the rest of the English
 * table (`en.ts`) is loaded on demand: what an element says when that load
 * fails, so it can say it in the language the page asked for. Nothing loaded on
 * demand imports this module, so a bundler keeps it in the element's bundle
 * rather than in a chunk of its own.
 */
export const enEssential: Pick<CommonStrings, 'loadFailed' | 'retry' | 'textFailed'> = {
  loadFailed: 'The data could not be loaded.',
  retry: 'Try again',
  textFailed: 'The text of this component could not be loaded. Check your internet connection and try again.',
};
