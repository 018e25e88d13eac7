// Builds every package's JavaScript (ESM) from its `exports` map: each entry's
// `@mpp-kit/source` condition is the input and its `default` condition the output, so
// the map and the build cannot drift apart. Declarations come from `tsc -b`
// (see tsconfig.build.json); rollup owns only the JavaScript.
import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, resolve } from 'node:path';
import json from '@rollup/plugin-json';
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

function configFor(pkgDir) {
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const deps = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
  const isExternal = (id) =>
    id.startsWith('node:') ||
    builtinModules.includes(id) ||
    deps.some((dep) => id === dep || id.startsWith(`${dep}/`));
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
      typescript({
        tsconfig: join(pkgDir, 'tsconfig.build.json'),
        // Declarations are tsc's job (`tsc -b`); here only JavaScript is emitted.
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
      }),
    ],
    onwarn(warning) {
      // A package whose entry has no exports yet (elements, until its first component) is fine.
      if (warning.code === 'EMPTY_BUNDLE') return;
      // A warning is a defect in a library build: fail instead of scrolling past it.
      throw new Error(`${pkgDir}: ${warning.message}`);
    },
  };
}

export default packageDirs.map(configFor);
