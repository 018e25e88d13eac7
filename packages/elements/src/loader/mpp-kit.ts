/**
 * `dist/mpp-kit.js`, the recommended embed: a loader of under 1 KB that
 * imports each element's code the first time its tag appears on the page.
 * Chunks share Lit, the SDK and the contract, and are fetched from beside the
 * loader, so it works from a CDN as from the site's own folder:
 *
 * ```html
 * <script type="module" src="https://unpkg.com/@mpp-kit/elements/dist/mpp-kit.js"></script>
 * <mpp-site-info api-base="https://mpp.kedirikota.go.id/api"></mpp-site-info>
 * ```
 *
 * `dist/mpp-kit.min.js` stays for those who want every element in one request.
 *
 * @packageDocumentation
 */
import { createLoader, type ChunkTable, type Loader } from './create-loader.js';

/** Written in by the build from its chunk graph (rollup.config.mjs, `loaderTablePlugin`). */
declare const MPP_KIT_CHUNKS: ChunkTable;

// In plain Node (server rendering, a test runner) there is no document to watch.
const loader: Loader | undefined =
  typeof document === 'undefined' ? undefined : createLoader(MPP_KIT_CHUNKS, import.meta.url);
loader?.discover(document);

/**
 * Hands a shadow root (or any other tree the document does not show) to the
 * loader: the `mpp-*` tags in it are loaded now and whenever they are added
 * later. The document itself is watched without asking.
 *
 * @example
 * ```js
 * import { discover } from 'https://unpkg.com/@mpp-kit/elements/dist/mpp-kit.js';
 *
 * const root = host.attachShadow({ mode: 'open' });
 * discover(root);
 * root.append(document.createElement('mpp-site-info'));
 * ```
 */
export function discover(root: Document | DocumentFragment | Element): void {
  loader?.discover(root);
}
