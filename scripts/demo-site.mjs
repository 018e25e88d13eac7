// The demo site `npm start` serves, assembled into one folder because the
// server serves one folder at `/`: the portal (examples/portal/) at `/`, the
// waiting-room board (examples/display/) at `/display/`, the staff console
// (examples/counter/) at `/counter/`, the booking manager (examples/manage/)
// at `/kelola/` and the satisfaction survey (examples/survey/) at `/survei/` (the last three in one
// frame, examples/shared/), each page loading the drop-in module from
// `/vendor/`. The page tests assemble the same layout.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

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
 * `vendor/` folder for the drop-in module the caller puts there.
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
    entryPoints: { 'mpp-kit.min': join(repo, 'packages/elements/src/cdn.ts') },
    outdir: vendor,
    // Like the build: what a rare step loads with `import()` (the QR encoder) is a chunk beside the module.
    splitting: true,
    chunkNames: 'mpp-kit.[name]-[hash].min',
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['@mpp-kit/source', 'browser'],
    logLevel: 'error',
    metafile: true,
  });
  const [, module] = Object.entries(result.metafile.outputs).find(([path]) => path.endsWith('mpp-kit.min.js')) ?? [];
  return module?.bytes ?? 0;
}
