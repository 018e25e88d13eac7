// A web-test-runner plugin that serves npm packages the browser cannot load as
// they are published, pre-bundled into ES modules the way Vite's dependency
// optimizer does for an application: React ships CommonJS only, and Vue's
// bundler build reads `process.env.NODE_ENV` and compile-time feature flags.
// One esbuild build holds them all, split into shared chunks, so react-dom
// and the test import the same copy of React. Development builds, as an
// application's dev server runs them: with React's and Vue's warnings.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';

const PREFIX = '/__prebundled__/';

/** `react-dom/client` becomes `react-dom__client`: a file name with no folder. */
const fileOf = (specifier) => specifier.replace(/\//g, '__');

/**
 * The names a package exports, read from it in a Node of its own (loading it
 * here would write to the test runner's console), so the entry re-exports
 * each by name: esbuild cannot tell the names of a CommonJS module, and
 * `export *` from one would export nothing in ESM output.
 */
function namesOf(specifier) {
  const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)}))))`;
  const names = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
  return names.filter((name) => name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name));
}

async function bundle(specifiers) {
  const result = await build({
    entryPoints: specifiers.map((specifier) => ({ in: `prebundle:${specifier}`, out: fileOf(specifier) })),
    bundle: true,
    format: 'esm',
    splitting: true,
    write: false,
    outdir: PREFIX,
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
    define: {
      'process.env.NODE_ENV': '"development"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    plugins: [
      {
        name: 'prebundle-entries',
        setup(builder) {
          builder.onResolve({ filter: /^prebundle:/ }, (args) => ({
            path: args.path.slice('prebundle:'.length),
            namespace: 'prebundle',
          }));
          builder.onLoad({ filter: /.*/, namespace: 'prebundle' }, (args) => ({
            contents: `export { ${namesOf(args.path).join(', ')} } from '${args.path}';`,
            resolveDir: process.cwd(),
            loader: 'js',
          }));
        },
      },
    ],
  });
  return new Map(result.outputFiles.map((file) => [file.path, file.text]));
}

/**
 * Serves `specifiers` (e.g. `react`, `react-dom/client`, `vue`) pre-bundled;
 * built once, on the first request for one of them.
 */
export function prebundle(specifiers) {
  let files;
  return {
    name: 'prebundle',
    resolveImport({ source }) {
      return specifiers.includes(source) ? `${PREFIX}${fileOf(source)}.js` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      files ??= bundle(specifiers);
      const body = (await files).get(context.path);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
