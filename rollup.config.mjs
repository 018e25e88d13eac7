// Builds every package's JavaScript (ESM) from its `exports` map: each entry's
// `@mpp-kit/source` condition is the input and its `default` condition the output, so
// the map and the build cannot drift apart. Declarations come from `tsc -b`
// (see tsconfig.build.json); rollup owns only the JavaScript.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, resolve } from 'node:path';
import json from '@rollup/plugin-json';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

// Our own condition for "the TypeScript source in this workspace". It is scoped
// because a bare `source` is also published by third-party packages
// (eventsource-parser, mitt, ...) whose raw sources we must not compile.
const SOURCE_CONDITION = '@mpp-kit/source';

const packageDirs = readdirSync('packages').map((name) => join('packages', name));

/** Inputs keyed by output name (relative to dist, without `.js`). */
function entriesOf(pkgDir, exportsMap) {
  const entries = {};
  for (const target of Object.values(exportsMap)) {
    const source = typeof target === 'object' ? target[SOURCE_CONDITION] : undefined;
    if (!source) continue;
    const out = relative('dist', target.default.replace(/^\.\//, '')).replace(/\.js$/, '');
    entries[out] = join(pkgDir, source);
  }
  return entries;
}

/** TypeScript to JavaScript for one package; its declarations are `tsc -b`'s job. */
function typescriptFor(pkgDir) {
  return typescript({
    tsconfig: join(pkgDir, 'tsconfig.build.json'),
    composite: false,
    declaration: false,
    declarationMap: false,
    emitDeclarationOnly: false,
    // Absolute: the plugin resolves relative paths against the tsconfig's folder.
    outDir: resolve(pkgDir, 'dist'),
    rootDir: resolve(pkgDir, 'src'),
    incremental: false,
    tsBuildInfoFile: null,
    sourceMap: true,
  });
}

function configFor(pkgDir) {
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const deps = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
  const isExternal = (id) =>
    id.startsWith('node:') || builtinModules.includes(id) || deps.some((dep) => id === dep || id.startsWith(`${dep}/`));
  return {
    input: entriesOf(pkgDir, pkg.exports),
    external: isExternal,
    output: {
      dir: join(pkgDir, 'dist'),
      format: 'esm',
      sourcemap: true,
      // One output module per source module: with `sideEffects: false`, a
      // consumer's bundler then drops every module it does not use (a single
      // bundled file would keep all top-level schema constants).
      preserveModules: true,
      preserveModulesRoot: join(pkgDir, 'src'),
      entryFileNames: '[name].js',
    },
    plugins: [
      // Seeds ship as JSON (a regency edits data, not code).
      json({ preferConst: true }),
      typescriptFor(pkgDir),
    ],
    onwarn(warning) {
      // A package whose entry has no exports yet (elements, until its first component) is fine.
      if (warning.code === 'EMPTY_BUNDLE') return;
      // A warning is a defect in a library build: fail instead of scrolling past it.
      throw new Error(`${pkgDir}: ${warning.message}`);
    },
  };
}

// ---------------------------------------------------------------------------
// @mpp-kit/elements beyond its per-module ESM: the drop-in CDN bundle and the
// custom elements manifest.

const ELEMENTS_DIR = join('packages', 'elements');

/**
 * The custom elements manifest of a package, as JSON text: the analyzer (with
 * its Lit plugin, as `cem analyze --litelement`) over the package's element
 * modules: each element folder's class module, `src/<folder>/<folder>.ts`, and
 * the base class they inherit from, `src/core/mpp-element.ts` (helpers stay
 * out of the manifest). It runs here rather than from a
 * `custom-elements-manifest.config.mjs`, so that every build, including the
 * packaging test's build of a bare copy of the sources, writes the same
 * manifest from the same settings.
 */
export async function customElementsManifest(pkgDir) {
  const { create, ts } = await import('@custom-elements-manifest/analyzer');
  const { litPlugin } = await import('@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js');
  const files = readdirSync(join(pkgDir, 'src'), { recursive: true })
    .map((file) => join('src', String(file)).split('\\').join('/'))
    .filter((file) => /^src\/([\w-]+)\/\1\.ts$/.test(file) || file === 'src/core/mpp-element.ts')
    .sort();
  const modules = files.map((file) =>
    ts.createSourceFile(file, readFileSync(join(pkgDir, file), 'utf8'), ts.ScriptTarget.ES2022, true),
  );
  const manifest = create({ modules, plugins: [...litPlugin(), privateMembersOut()] });
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Drops private and protected members: the manifest documents what hosts can use. */
function privateMembersOut() {
  return {
    name: 'mpp-kit:public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.static,
          );
        }
      }
    },
  };
}

/**
 * The self-contained module for `<script type="module">`: every element, Lit,
 * the SDK and zod, minified. What only one rarely reached step needs (the QR
 * encoder of a booking's confirmation) is a `import()` in the source and stays
 * a separate chunk beside it (`mpp-kit.<name>-<hash>.min.js`), fetched from
 * the module's own URL when that step shows.
 */
function elementsCdnConfig() {
  const pkg = JSON.parse(readFileSync(join(ELEMENTS_DIR, 'package.json'), 'utf8'));
  return {
    input: { 'mpp-kit.min': join(ELEMENTS_DIR, 'src', 'cdn.ts') },
    // A chunk loaded on demand (an English table) may need a module of the
    // bundle (the catalog's English category names): the bundle exports it,
    // rather than becoming a facade over a chunk that a page would fetch next.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: join(ELEMENTS_DIR, 'dist'),
      entryFileNames: '[name].js',
      chunkFileNames: 'mpp-kit.[name]-[hash].min.js',
      format: 'esm',
      sourcemap: true,
    },
    plugins: [
      // Workspace packages resolve to their built dist/ (the configs above run
      // first), like any consumer's bundler would; third parties to their browser builds.
      nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
      typescriptFor(ELEMENTS_DIR),
      terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } }),
      {
        name: 'mpp-kit:custom-elements-manifest',
        async writeBundle() {
          writeFileSync(join(ELEMENTS_DIR, pkg.customElements), await customElementsManifest(ELEMENTS_DIR));
        },
      },
    ],
    onwarn(warning) {
      // Third parties' own quirks (zod's misplaced annotations and module cycles) are harmless here.
      const thirdParty = (id) => id.includes('/node_modules/');
      if (warning.code === 'INVALID_ANNOTATION' && thirdParty(warning.id ?? '')) return;
      if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every(thirdParty)) return;
      throw new Error(`${ELEMENTS_DIR} (CDN bundle): ${warning.message}`);
    },
  };
}

export default [...packageDirs.map(configFor), elementsCdnConfig()];
