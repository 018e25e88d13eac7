// The demo site `npm start` serves, assembled into one folder because the
// server serves one folder at `/`: the portal (examples/portal/) at `/`, the
// waiting-room board (examples/display/) at `/display/`, the staff console
// (examples/counter/) at `/counter/`, the booking manager (examples/manage/)
// at `/kelola/` and the satisfaction survey (examples/survey/) at `/survei/` (the last three in one
// frame, examples/shared/), each page loading the elements through the
// autoloader `/vendor/mpp-kit.js`, its chunks in `/vendor/chunks/`. The page
// tests assemble the same layout.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { chunkTable, elementDefines, loaderChunkTable, staticClosure } from './loader-table.mjs';

/** Where each example folder goes in the served site ('' is the root). */
export const DEMO_PAGES = [
  { from: 'examples/portal', to: '' },
  { from: 'examples/display', to: 'display' },
  { from: 'examples/counter', to: 'counter' },
  { from: 'examples/manage', to: 'kelola' },
  { from: 'examples/survey', to: 'survei' },
  // The frame the one-element pages (/counter/, /kelola/, /survei/) share.
  { from: 'examples/shared', to: 'shared' },
];

/**
 * Copies the example pages into `target` (emptied first), with an empty
 * `vendor/` folder for the kit the caller puts there (the built
 * `packages/elements/dist/mpp-kit.js` and `chunks/`, or {@link bundleLoaderFromSource}).
 *
 * @param {string} repo the repository root
 * @param {string} target the folder to serve
 * @returns {string} the vendor folder
 */
export function assembleDemoSite(repo, target) {
  rmSync(target, { recursive: true, force: true });
  for (const { from, to } of DEMO_PAGES) {
    // A vendor/ left in examples/portal by an older `npm start` is not copied: the fresh build is.
    cpSync(join(repo, from), join(target, to), { recursive: true, filter: (path) => !/[\\/]vendor$/.test(path) });
  }
  const vendor = join(target, 'vendor');
  mkdirSync(vendor, { recursive: true });
  return vendor;
}

/** esbuild's options for the kit bundled from source: the workspace's TypeScript, minified ESM. */
const FROM_SOURCE = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['@mpp-kit/source', 'browser'],
  logLevel: 'error',
  metafile: true,
};

/**
 * Bundles the drop-in module from source (`packages/elements/src/cdn.ts`,
 * minified like the build) into `vendor`, for tests and benchmarks that must
 * not depend on a prior `npm run build`.
 *
 * @param {string} repo the repository root
 * @param {string} vendor the site's vendor folder
 * @returns {Promise<number>} the module's size in bytes
 */
export async function bundleDropInFromSource(repo, vendor) {
  const result = await build({
    ...FROM_SOURCE,
    entryPoints: { 'mpp-kit.min': join(repo, 'packages/elements/src/cdn.ts') },
    outdir: vendor,
    // Like the build: what a rare step loads with `import()` (the QR encoder) is a chunk beside the module.
    splitting: true,
    chunkNames: 'mpp-kit.[name]-[hash].min',
  });
  const [, module] = Object.entries(result.metafile.outputs).find(([path]) => path.endsWith('mpp-kit.min.js')) ?? [];
  return module?.bytes ?? 0;
}

/**
 * Bundles the autoloader and its chunks from source into `vendor`
 * (`mpp-kit.js`, `chunks/`), laid out as the build lays out
 * `packages/elements/dist` and minified, for tests and benchmarks that must not
 * depend on a prior `npm run build`. esbuild splits the chunks here (rollup
 * does in the build, with templates minified): the files differ, the loading
 * does not.
 *
 * @param {string} repo the repository root
 * @param {string} vendor the site's vendor folder
 * @returns {Promise<number>} the bytes of every file written, summed
 */
export async function bundleLoaderFromSource(repo, vendor) {
  const defines = elementDefines(join(repo, 'packages/elements'));
  const chunks = await build({
    ...FROM_SOURCE,
    entryPoints: Object.fromEntries(defines.map(({ folder, file }) => [folder, file])),
    outdir: join(vendor, 'chunks'),
    splitting: true,
    entryNames: '[name]-[hash]',
    chunkNames: 'shared-[hash]',
  });
  // esbuild names outputs relative to the working directory; the table wants `chunks/<file>`.
  const inVendor = (output) => relative(vendor, output).split('\\').join('/');
  const outputs = new Map(Object.entries(chunks.metafile.outputs).map(([path, output]) => [inVendor(path), output]));
  const importsOf = (chunk) =>
    (outputs.get(chunk)?.imports ?? [])
      .filter(({ kind, external }) => kind === 'import-statement' && !external)
      .map(({ path }) => inVendor(path));
  const graph = new Map();
  for (const [chunk, output] of outputs) {
    const define = defines.find(({ file }) => output.entryPoint && join(repo, output.entryPoint) === file);
    if (define) graph.set(define.tag, staticClosure(chunk, importsOf));
  }
  const loader = await build({
    ...FROM_SOURCE,
    entryPoints: [join(repo, 'packages/elements/src/loader/mpp-kit.ts')],
    outfile: join(vendor, 'mpp-kit.js'),
    define: { MPP_KIT_CHUNKS: JSON.stringify(loaderChunkTable(chunkTable(graph))) },
  });
  const bytes = (result) => Object.values(result.metafile.outputs).reduce((sum, { bytes }) => sum + bytes, 0);
  return bytes(chunks) + bytes(loader);
}
