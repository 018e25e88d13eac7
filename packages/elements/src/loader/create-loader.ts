/**
 * The autoloader behind `dist/mpp-kit.js`: it registers each `mpp-*` element
 * the first time its tag appears in the document (or in a shadow root it is
 * given), by importing that element's chunk, so a page with one widget
 * fetches one widget's code.
 *
 * @packageDocumentation
 */

/**
 * Which chunks each element needs, as the build wrote them (rollup.config.mjs,
 * `elementsChunksConfig`; `dist/mpp-kit.chunks.json` holds the same with each
 * tag named). Indices, and no tag names, keep the table small: the loader
 * itself must stay under 1 KB min+gzip.
 */
export interface ChunkTable {
  /**
   * Chunk files in the `chunks/` folder beside the loader, without `.js`. The
   * chunk that defines an element is named after its tag and an 8-character
   * hash: `site-info-C6MZFCKB` defines `<mpp-site-info>`.
   */
  readonly files: readonly string[];
  /**
   * For each element, indices into {@link ChunkTable.files}: the chunk that defines
   * the element first, then every chunk it imports statically, directly or not
   * (the ones it imports with `import()`, like the QR encoder, load on demand).
   */
  readonly tags: readonly (readonly number[])[];
}

/** What the loader offers a page. */
export interface Loader {
  /**
   * Loads the elements whose tags are in `root` now, and watches `root` for
   * tags added later. The document is watched from the start; a shadow root
   * is not visible from it, so a host that puts `mpp-*` tags into its own
   * shadow root hands that root over once.
   */
  discover(root: Document | DocumentFragment | Element): void;
}

/**
 * The provider is defined before any element it wraps, so an element connects
 * to a provider that answers its request for the API (the elements would also
 * find a late one, but only after showing "not configured" for a moment).
 */
const PROVIDER = 'mpp-provider';

/**
 * Starts a loader over `table`, resolving chunk files against `base` (the
 * loader's own `import.meta.url`, so it works from any CDN or folder).
 *
 * @example
 * ```ts
 * const loader = createLoader(table, import.meta.url);
 * loader.discover(document);
 * ```
 */
export function createLoader(table: ChunkTable, base: string): Loader {
  // The defining chunk's name without its `-` and hash is the tag without its `mpp-`.
  const pending = new Map(
    table.tags.map((chunks) => [`mpp-${(table.files[chunks[0] as number] as string).slice(0, -9)}`, chunks]),
  );
  const hinted = new Set<number>();
  let providerReady: Promise<unknown> = Promise.resolve();
  const urlOf = (index: number): string => new URL(`chunks/${table.files[index] as string}.js`, base).href;

  /** Starts loading `tag`'s chunks, adding the hints for the ones not yet asked for to `hints`. */
  const load = (tag: string, hints: DocumentFragment): void => {
    const chunks = pending.get(tag);
    if (!chunks) return;
    pending.delete(tag);
    if (customElements.get(tag)) return;
    // Every chunk of the element is asked for at once, not one import level per round trip.
    for (const index of chunks) {
      if (hinted.has(index)) continue;
      hinted.add(index);
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = urlOf(index);
      hints.append(link);
    }
    // A chunk that fails to load rejects unhandled: the browser reports it with its URL.
    const imported = providerReady.then(() => import(urlOf(chunks[0] as number)));
    // A provider that failed to load must not hold the other elements back.
    if (tag === PROVIDER) providerReady = imported.catch(() => undefined);
  };

  /** Loads the tags of `elements`, the provider first, with one insertion of hints. */
  const loadTags = (elements: readonly Element[]): void => {
    const tags = new Set(elements.map((element) => element.localName));
    const hints = document.createDocumentFragment();
    if (tags.delete(PROVIDER)) load(PROVIDER, hints);
    for (const tag of tags) load(tag, hints);
    // One insertion for all the hints (an empty fragment inserts nothing): on the demo portal (16 links, CPU
    // slowed 4x as Lighthouse does) one link at a time took 225 ms of main thread, all at once 20-30 ms.
    document.head.append(hints);
  };

  // A widget marked loading="lazy" is loaded once it comes within a screen's height of the viewport.
  const nearby = new IntersectionObserver(
    (entries) => {
      // Seen again later (scrolled away and back), a loaded tag is no longer pending: nothing happens.
      loadTags(entries.filter((entry) => entry.isIntersecting).map((entry) => entry.target));
    },
    { rootMargin: '100%' },
  );

  const scan = (root: ParentNode): void => {
    if (pending.size === 0) return;
    const selector = [...pending.keys()].join();
    const found = [...root.querySelectorAll(selector)];
    if (root instanceof Element && root.matches(selector)) found.unshift(root);
    const eager: Element[] = [];
    for (const element of found) {
      // The attribute is for widgets: a provider shows nothing that could come near the screen.
      if (element.localName !== PROVIDER && element.getAttribute('loading') === 'lazy') nearby.observe(element);
      else eager.push(element);
    }
    loadTags(eager);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  });

  return {
    discover(root) {
      scan(root);
      observer.observe(root, { childList: true, subtree: true });
    },
  };
}
