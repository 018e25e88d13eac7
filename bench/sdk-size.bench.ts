// The SDK's bundles as a consumer's bundler builds them: the same imports as
// the SDK checks of .size-limit.mjs, bundled from the built packages (dist/,
// no source condition) by esbuild (what size-limit uses), by rollup with
// @rollup/plugin-terser (a plain rollup consumer) and by Vite's production
// build (rolldown). Each row is the first load, minified and gzipped: the entry chunk and
// every chunk it imports statically; what `import()` fetches later (the live
// stream) is a chunk apart in rollup and Vite, and left out of esbuild's figure
// as size-limit leaves it out. Needs `npm run build` first.
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { build as esbuild } from 'esbuild';
import { rollup, type OutputChunk, type Plugin } from 'rollup';
import { build as viteBuild } from 'vite';
import { defineBenchmark, type TableRun } from './benchmark.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The imports measured, as in .size-limit.mjs. */
const CASES: Record<string, string> = {
  'createClient (every resource)': '{ createClient }',
  'createCore alone': '{ createCore }',
  'createCore + siteResource': '{ createCore, siteResource }',
  'createCore + ticketsResource': '{ createCore, ticketsResource }',
  'catalog page: createCore + site, agencies, services, queues':
    '{ createCore, siteResource, agenciesResource, servicesResource, queuesResource }',
};

const ENTRY = '\0sdk-size-entry';
const entryOf = (imports: string): string => `export ${imports} from '@mpp-kit/sdk';`;

/** A virtual entry module re-exporting `imports` from the SDK. */
function entry(imports: string): Plugin {
  return {
    name: 'sdk-size-entry',
    resolveId: (source) => (source === ENTRY ? source : null),
    load: (id) => (id === ENTRY ? entryOf(imports) : null),
  };
}

const gzipped = (code: string | Uint8Array): number => gzipSync(code, { level: 9 }).length;

/** What {@link firstLoad} reads of a chunk, in rollup's and in rolldown's (Vite's) output. */
interface Chunk {
  readonly fileName: string;
  readonly isEntry: boolean;
  readonly imports: readonly string[];
  readonly code: string;
}

/** The gzipped bytes of the entry chunk and of every chunk it imports statically. */
function firstLoad(chunks: readonly Chunk[]): number {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const loaded = new Set<string>();
  const visit = (name: string): void => {
    if (loaded.has(name)) return;
    loaded.add(name);
    for (const imported of byName.get(name)?.imports ?? []) visit(imported);
  };
  for (const chunk of chunks) if (chunk.isEntry) visit(chunk.fileName);
  return [...loaded].reduce((sum, name) => sum + gzipped(byName.get(name)?.code ?? ''), 0);
}

async function withEsbuild(imports: string): Promise<number> {
  const result = await esbuild({
    stdin: { contents: entryOf(imports), resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'error',
    plugins: [
      {
        name: 'first-load',
        setup(build) {
          build.onResolve({ filter: /.*/ }, (args) =>
            args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
          );
        },
      },
    ],
  });
  return gzipped(result.outputFiles[0]?.contents ?? new Uint8Array());
}

async function withRollup(imports: string): Promise<number> {
  const bundle = await rollup({
    input: ENTRY,
    plugins: [entry(imports), nodeResolve({ browser: true }), terser()],
    logLevel: 'silent',
  });
  const { output } = await bundle.generate({ format: 'esm' });
  await bundle.close();
  return firstLoad(output.filter((file): file is OutputChunk => file.type === 'chunk'));
}

async function withVite(imports: string): Promise<number> {
  const result = await viteBuild({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [entry(imports)],
    build: {
      write: false,
      modulePreload: false,
      // An app entry keeps no exports: keep them, as a page that uses them would.
      rolldownOptions: { input: ENTRY, preserveEntrySignatures: 'exports-only' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((one) => ('output' in one ? one.output : []));
  return firstLoad(outputs.flatMap((file) => (file.type === 'chunk' ? [file] : [])));
}

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(2)} kB`;

export default defineBenchmark({
  description: "the SDK's first load as esbuild, rollup + terser and Vite build it (min+gzip)",
  async run(): Promise<TableRun> {
    const rows: TableRun['rows'] = {};
    for (const [name, imports] of Object.entries(CASES)) {
      rows[name] = {
        esbuild: kB(await withEsbuild(imports)),
        'rollup + terser': kB(await withRollup(imports)),
        vite: kB(await withVite(imports)),
      };
    }
    return { rows, context: { packages: 'built dist/ (npm run build)', gzip: 'level 9, each chunk on its own' } };
  },
});
