// Builds every package's JavaScript (ESM) from its `exports` map: each entry's
// `source` condition is the input and its `default` condition the output, so
// the map and the build cannot drift apart. Declarations come from `tsc -b`
// (see tsconfig.build.json); rollup owns only the JavaScript.
import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative } from 'node:path';
import typescript from '@rollup/plugin-typescript';

const packageDirs = readdirSync('packages').map((name) => join('packages', name));

/** Inputs keyed by output name (relative to dist, without `.js`). */
function entriesOf(pkgDir, exportsMap) {
  const entries = {};
  for (const target of Object.values(exportsMap)) {
    if (typeof target !== 'object' || !target.source) continue;
    const out = relative('dist', target.default.replace(/^\.\//, '')).replace(/\.js$/, '');
    entries[out] = join(pkgDir, target.source);
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
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: [
      typescript({
        tsconfig: join(pkgDir, 'tsconfig.build.json'),
        // Declarations are tsc's job (`tsc -b`); here only JavaScript is emitted.
        composite: false,
        declaration: false,
        declarationMap: false,
        emitDeclarationOnly: false,
        outDir: join(pkgDir, 'dist'),
        rootDir: join(pkgDir, 'src'),
        incremental: false,
        tsBuildInfoFile: null,
        sourceMap: true,
      }),
    ],
    onwarn(warning) {
      // A warning is a defect in a library build: fail instead of scrolling past it.
      throw new Error(`${pkgDir}: ${warning.message}`);
    },
  };
}

export default packageDirs.map(configFor);
