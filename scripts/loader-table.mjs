// What the autoloader (packages/elements/src/loader) needs to know about a
// build of the elements' chunks, in one home for the two builds that make
// them: the package build (rollup.config.mjs, with rollup) and the demo site
// bundled from source for tests and benchmarks (scripts/demo-site.mjs, with
// esbuild). Both find the define modules here and turn their chunk graph into
// the loader's table here.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Every element's define module and the tag it registers, from
 * `src/<folder>/define.ts` of the elements package.
 *
 * @param {string} elementsDir the elements package folder
 * @returns {{ tag: string, folder: string, file: string }[]} `file` absolute
 */
export function elementDefines(elementsDir) {
  return readdirSync(join(elementsDir, 'src'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(elementsDir, 'src', entry.name, 'define.ts')))
    .map(({ name: folder }) => {
      const file = resolve(elementsDir, 'src', folder, 'define.ts');
      const tag = /defineElement\('(mpp-[a-z-]+)'/.exec(readFileSync(file, 'utf8'))?.[1];
      if (!tag) throw new Error(`${file} registers no mpp-* tag with defineElement`);
      return { tag, folder, file };
    });
}

/**
 * The loader's chunk table (`ChunkTable` in src/loader/create-loader.ts) from
 * a build's graph: for each tag, the chunk file that defines it followed by
 * every chunk it imports statically, as paths `chunks/<name>.js`. Files are
 * listed once and referred to by index, which keeps the loader small.
 *
 * @param {Map<string, string[]>} graph tag -> chunk paths
 * @returns {{ files: string[], tags: Record<string, number[]> }}
 */
export function chunkTable(graph) {
  const paths = [...new Set([...graph.values()].flat())];
  const files = paths.map((path) => {
    const name = /^chunks\/(.+)\.js$/.exec(path)?.[1];
    if (!name) throw new Error(`the chunk ${path} is not in chunks/`);
    return name;
  });
  const tags = Object.fromEntries(
    [...graph].map(([tag, chunks]) => [tag.slice('mpp-'.length), chunks.map((path) => paths.indexOf(path))]),
  );
  return { files, tags };
}

/**
 * The chunk `entry` imports statically, directly or not, itself first.
 *
 * @param {string} entry a chunk path
 * @param {(chunk: string) => readonly string[]} importsOf the static imports of a chunk
 * @returns {string[]}
 */
export function staticClosure(entry, importsOf) {
  const seen = new Set();
  const visit = (chunk) => {
    if (seen.has(chunk)) return;
    seen.add(chunk);
    importsOf(chunk).forEach(visit);
  };
  visit(entry);
  return [...seen];
}

/**
 * The table as the loader holds it (`ChunkTable` in src/loader/create-loader.ts):
 * the tags' chunk lists without the tag names, which the loader reads from
 * the name of each list's first chunk (`site-info-C6MZFCKB`: `mpp-site-info`).
 *
 * @param {{ files: string[], tags: Record<string, number[]> }} table
 * @returns {{ files: string[], tags: number[][] }}
 */
export function loaderChunkTable({ files, tags }) {
  for (const [tag, [entry]] of Object.entries(tags)) {
    if (!new RegExp(`^${tag}-[\\w-]{8}$`).test(files[entry] ?? '')) {
      throw new Error(`the chunk that defines mpp-${tag} is ${files[entry]}, not ${tag}-<8-character hash>`);
    }
  }
  return { files, tags: Object.values(tags) };
}

/** The name, beside the loader in dist/, of the table as JSON (for a server that sends preload hints, and the tests). */
export const CHUNK_TABLE_FILE = 'mpp-kit.chunks.json';
