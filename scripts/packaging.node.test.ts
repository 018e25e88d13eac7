// What npm would publish, checked the way a user receives it.
//
// 1. Each package.json: a well-formed `exports` map (`types` before any
//    JavaScript target, `default` last, no wildcard subpaths, targets that
//    match each other), `sideEffects`, `files` and `type` declared.
// 2. A fresh build of a temporary copy of the workspace (never the working
//    tree's dist/, which may be stale or absent), packed with `npm pack`: every
//    file the exports map names must be in the tarball, and no test file.
// 3. The tarballs unpacked into a temporary consumer: each entry imports in
//    plain Node (no workspace condition) with the same export names as its
//    source, and its types resolve for a `nodenext` TypeScript consumer. The
//    browser packages' entries are also bundled with esbuild for a page and
//    imported in Chromium: same exports, every tag registered, no error.
// 4. The projects in packages/elements/consumer-tests type-check against the
//    unpacked elements as their users' do: React 19 with `tsc`, Vue 3 with
//    `vue-tsc --strictTemplates`, a page importing one define module only.
//    Their `@ts-expect-error` / `@vue-expect-error` lines (a wrong prop, a
//    wrong event detail) must fail, or the checker reports the unused directive.
//
// 5. Each tarball passes publint (strict: warnings fail) and Are the Types
//    Wrong (`@arethetypeswrong/cli`, the ESM-only profile: these packages ship
//    no CommonJS), the two linters registries and bundlers' users trust; the
//    CDN files carry their source maps.
//
// 6. `npm run release` over the built copy: one version for the four
//    packages, their CHANGELOGs, the lock file in step, and npm's dry run.
//
// Because it always builds its own copy, this test cannot pass on a stale
// build or skip when there is none. The consumer gets third-party dependencies
// by symlink from this workspace's node_modules, so it needs no registry.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { build } from 'esbuild';
import { Hono } from 'hono';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import ts from 'typescript';
import { CHUNK_TABLE_FILE, elementDefines } from './loader-table.mjs';
import { launchChromium } from './headless-chromium.js';
import { release } from './release.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const packageDirs = readdirSync(join(repo, 'packages')).filter((dir) =>
  existsSync(join(repo, 'packages', dir, 'package.json')),
);

interface PackageJson {
  name: string;
  version: string;
  type?: string;
  files?: string[];
  sideEffects?: unknown;
  exports?: unknown;
  unpkg?: string;
  jsdelivr?: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

const manifestOf = (dir: string): PackageJson =>
  JSON.parse(readFileSync(join(repo, 'packages', dir, 'package.json'), 'utf8')) as PackageJson;

// Conditions only our own tools set (the root tsconfig's customConditions,
// also given to tsx, Vite and web-test-runner): they may come before `types`,
// because no consumer's resolver ever matches them.
const rootConfig = ts.readConfigFile(join(repo, 'tsconfig.json'), (path) => ts.sys.readFile(path)).config as
  { compilerOptions?: { customConditions?: string[] } } | undefined;
const WORKSPACE_CONDITIONS = new Set<string>(rootConfig?.compilerOptions?.customConditions ?? []);

/** Problems with one exports map; empty when it is well-formed. */
function exportsProblems(exportsMap: unknown): string[] {
  if (typeof exportsMap !== 'object' || exportsMap === null || Array.isArray(exportsMap)) {
    return ['`exports` must be an object of subpaths'];
  }
  const problems: string[] = [];
  for (const [subpath, target] of Object.entries(exportsMap)) {
    if (!subpath.startsWith('.')) problems.push(`${subpath}: subpaths start with "."`);
    if (subpath.includes('*')) problems.push(`${subpath}: wildcard subpaths turn internals into API`);
    if (typeof target === 'string') {
      problems.push(...targetProblems(subpath, target));
      // Plain files are data (JSON); every code entry, the CDN bundle too, is typed.
      if (!target.endsWith('.json')) {
        problems.push(`${subpath}: a code entry needs conditions with "types"`);
      }
    } else {
      problems.push(...conditionProblems(subpath, target));
    }
  }
  return problems;
}

function targetProblems(where: string, target: string): string[] {
  const problems: string[] = [];
  if (!target.startsWith('./')) problems.push(`${where}: target ${target} must start with "./"`);
  if (target.includes('*')) problems.push(`${where}: wildcard target ${target}`);
  if (target.split('/').includes('..')) problems.push(`${where}: target ${target} leaves the package`);
  return problems;
}

/** Checks one level of conditions and recurses into nested ones. */
function conditionProblems(where: string, conditions: unknown): string[] {
  if (typeof conditions !== 'object' || conditions === null || Array.isArray(conditions)) {
    return [`${where}: expected a target string or a conditions object`];
  }
  const entries = Object.entries(conditions);
  const keys = entries.map(([key]) => key);
  const problems: string[] = [];
  if (keys.at(-1) !== 'default') problems.push(`${where}: "default" must be the last condition`);
  const typesAt = keys.indexOf('types');
  entries.forEach(([key, value], index) => {
    const at = `${where} [${key}]`;
    if (typeof value === 'string') {
      problems.push(...targetProblems(at, value));
      if (key === 'types' || WORKSPACE_CONDITIONS.has(key)) return;
      if (typesAt === -1 || typesAt > index) problems.push(`${at}: "types" must come before ${key}`);
    } else {
      problems.push(...conditionProblems(at, value));
    }
  });
  const types = (conditions as Record<string, unknown>)['types'];
  const js = (conditions as Record<string, unknown>)['default'];
  if (typeof types === 'string' && typeof js === 'string') {
    if (!js.endsWith('.js')) problems.push(`${where}: default ${js} is not a .js file`);
    if (types !== js.replace(/\.js$/, '.d.ts')) problems.push(`${where}: types ${types} does not match ${js}`);
  }
  for (const condition of WORKSPACE_CONDITIONS) {
    const source = (conditions as Record<string, unknown>)[condition];
    if (typeof source === 'string' && !/^\.\/src\/.+\.ts$/.test(source)) {
      problems.push(`${where}: ${condition} ${source} should point into ./src`);
    }
  }
  return problems;
}

/** Every file path the exports map names, under any condition. */
function exportTargets(exportsMap: unknown): string[] {
  if (typeof exportsMap === 'string') return [exportsMap.replace(/^\.\//, '')];
  if (typeof exportsMap !== 'object' || exportsMap === null) return [];
  return Object.values(exportsMap).flatMap(exportTargets);
}

/** Whether an entry (`@mpp-kit/elements/react`) is built from a source module rather than generated. */
function hasSource(specifier: string): boolean {
  for (const dir of packageDirs) {
    const pkg = manifestOf(dir);
    for (const [subpath, target] of Object.entries(pkg.exports as Record<string, unknown>)) {
      if ((subpath === '.' ? pkg.name : `${pkg.name}${subpath.slice(1)}`) !== specifier) continue;
      return [...WORKSPACE_CONDITIONS].some(
        (condition) => typeof (target as Record<string, unknown>)[condition] === 'string',
      );
    }
  }
  return false;
}

/**
 * Entries for a page's `<script type="module">` only: the CDN bundle inlines
 * Lit's browser build, which needs a DOM (the define modules import Lit by
 * name and get its Node build there). Its types are still checked below.
 */
const BROWSER_ONLY = new Set(['@mpp-kit/elements/dist/mpp-kit.min.js']);

/** The code entries users import: `@mpp-kit/sdk`, `@mpp-kit/elements/site-info/define.js`, ... */
function entrySpecifiers(pkg: PackageJson): string[] {
  return Object.entries(pkg.exports as Record<string, unknown>)
    .filter(([, target]) => typeof target === 'object' && target !== null)
    .map(([subpath]) => (subpath === '.' ? pkg.name : `${pkg.name}${subpath.slice(1)}`));
}

describe('package.json of each package', () => {
  for (const dir of packageDirs) {
    test(`${dir}: exports map, sideEffects, files, type`, () => {
      const pkg = manifestOf(dir);
      assert.deepEqual(exportsProblems(pkg.exports), [], `${pkg.name} exports map`);
      assert.ok(
        typeof pkg.sideEffects === 'boolean' ||
          (Array.isArray(pkg.sideEffects) && pkg.sideEffects.every((file) => typeof file === 'string')),
        `${pkg.name} must declare "sideEffects" (false, or the files that register elements)`,
      );
      assert.ok(Array.isArray(pkg.files) && pkg.files.length > 0, `${pkg.name} must list its "files"`);
      assert.equal(pkg.type, 'module', `${pkg.name} is ESM`);
    });
  }

  test('the exports checks reject what they should', () => {
    const good = { '.': { types: './dist/index.d.ts', default: './dist/index.js' } };
    assert.deepEqual(exportsProblems(good), []);
    for (const condition of WORKSPACE_CONDITIONS) {
      const first = { '.': { [condition]: './src/index.ts', types: './dist/index.d.ts', default: './dist/index.js' } };
      assert.deepEqual(exportsProblems(first), [], `${condition} may precede types`);
    }
    const cases: [string, unknown][] = [
      ['types after default', { '.': { default: './dist/index.js', types: './dist/index.d.ts' } }],
      [
        'types after import',
        { '.': { import: './dist/index.js', types: './dist/index.d.ts', default: './dist/index.js' } },
      ],
      [
        'other condition before types',
        { '.': { browser: './dist/b.js', types: './dist/index.d.ts', default: './dist/index.js' } },
      ],
      ['no types', { '.': { default: './dist/index.js' } }],
      ['wildcard', { './*': { types: './dist/*.d.ts', default: './dist/*.js' } }],
      ['mismatched types', { '.': { types: './dist/other.d.ts', default: './dist/index.js' } }],
      ['bare string', { '.': './dist/index.js' }],
      [
        'nested without types',
        { '.': { types: './dist/index.d.ts', browser: { default: './dist/b.js' }, default: './dist/index.js' } },
      ],
    ];
    for (const [name, map] of cases) assert.notDeepEqual(exportsProblems(map), [], name);
  });
});

describe('built, packed and installed like a user gets it', () => {
  let work = '';
  const workspaceCopy = () => join(work, 'workspace');
  const packed = new Map<string, string[]>(); // dir -> files in the tarball
  const tarballOf = new Map<string, string>(); // dir -> the tarball's path
  // Child processes must resolve like a user's Node: no workspace condition, no tsx.
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env['NODE_OPTIONS'];
  delete env['NODE_TEST_CONTEXT'];

  function run(command: string, args: string[], cwd: string): string {
    const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (result.status !== 0) {
      throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
    }
    return result.stdout;
  }

  const link = (target: string, path: string) => {
    mkdirSync(dirname(path), { recursive: true });
    symlinkSync(target, path, 'dir');
  };

  /** The directory the workspace's `dir` package resolves `dep` to. */
  function installedDir(dir: string, dep: string): string {
    for (let at = join(repo, 'packages', dir); ; at = dirname(at)) {
      const candidate = join(at, 'node_modules', dep);
      if (existsSync(join(candidate, 'package.json'))) return candidate;
      if (at === dirname(at)) throw new Error(`${dep} (a dependency of ${dir}) is not installed`);
    }
  }

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'mpp-kit-packaging-'));
    const copy = workspaceCopy();
    // A copy of the sources and build configs, with no dist/ and no build info.
    // The build config's own helpers, as it imports them (`from './scripts/….mjs'`).
    const buildScripts = [
      ...readFileSync(join(repo, 'rollup.config.mjs'), 'utf8').matchAll(/from '\.\/(scripts\/[\w.-]+\.mjs)'/g),
    ].map(([, file]) => file ?? '');
    for (const file of ['tsconfig.base.json', 'tsconfig.build.json', 'rollup.config.mjs', ...buildScripts]) {
      cpSync(join(repo, file), join(copy, file));
    }
    for (const dir of packageDirs) {
      const from = join(repo, 'packages', dir);
      // Everything npm could pack (bin/, README, src/) but the build's output and installed modules.
      cpSync(from, join(copy, 'packages', dir), {
        recursive: true,
        filter: (path) => !/^(dist|node_modules)$|\.tsbuildinfo$/.test(relative(from, path)),
      });
      if (existsSync(join(from, 'node_modules')))
        link(join(from, 'node_modules'), join(copy, 'packages', dir, 'node_modules'));
      link(join(copy, 'packages', dir), join(copy, 'node_modules', manifestOf(dir).name));
    }
    for (const entry of readdirSync(join(repo, 'node_modules'))) {
      if (entry !== '@mpp-kit') link(join(repo, 'node_modules', entry), join(copy, 'node_modules', entry));
    }
    // The same two steps as `npm run build`.
    run(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.build.json'], copy);
    run(process.execPath, [join(repo, 'node_modules/rollup/dist/bin/rollup'), '-c', '--silent'], copy);

    const tarballs = join(work, 'tarballs');
    const consumer = join(work, 'consumer');
    mkdirSync(tarballs);
    mkdirSync(consumer);
    writeFileSync(join(consumer, 'package.json'), '{ "name": "consumer", "private": true, "type": "module" }');
    for (const dir of packageDirs) {
      const [report] = JSON.parse(
        run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tarballs], join(copy, 'packages', dir)),
      ) as [{ filename: string; files: { path: string }[] }];
      packed.set(
        dir,
        report.files.map((file) => file.path),
      );
      tarballOf.set(dir, join(tarballs, report.filename));
      const pkg = manifestOf(dir);
      const installed = join(consumer, 'node_modules', pkg.name);
      mkdirSync(installed, { recursive: true });
      run('tar', ['-xzf', join(tarballs, report.filename), '-C', installed, '--strip-components=1'], work);
      // Only the declared dependencies, nested, so an undeclared import fails.
      for (const dep of Object.keys(pkg.dependencies ?? {})) {
        if (!dep.startsWith('@mpp-kit/')) link(installedDir(dir, dep), join(installed, 'node_modules', dep));
      }
      // Peer dependencies are the app's own, at its top level, as npm installs them.
      for (const dep of Object.keys(pkg.peerDependencies ?? {})) {
        if (!existsSync(join(consumer, 'node_modules', dep)))
          link(installedDir(dir, dep), join(consumer, 'node_modules', dep));
      }
    }
    // The consumer projects' own tools.
    link(installedDir('elements', 'expect-type'), join(consumer, 'node_modules', 'expect-type'));
    cpSync(join(repo, 'packages', 'elements', 'consumer-tests'), consumer, { recursive: true });
  });

  after(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  for (const dir of packageDirs) {
    test(`${dir}: the tarball holds every file the exports map names, and no tests`, () => {
      const pkg = manifestOf(dir);
      const files = new Set(packed.get(dir));
      const missing = exportTargets(pkg.exports).filter((file) => !files.has(file));
      assert.deepEqual(missing, [], `${pkg.name}: named in exports but not built or not packed`);
      if (Array.isArray(pkg.sideEffects)) {
        const literal = pkg.sideEffects.filter(
          (file): file is string => typeof file === 'string' && !/[*?{[]/.test(file),
        );
        const unlisted = literal.map((file) => file.replace(/^\.\//, '')).filter((file) => !files.has(file));
        assert.deepEqual(unlisted, [], `${pkg.name}: sideEffects names files the tarball lacks`);
      }
      const tests = [...files].filter((file) => /\.(test|test-d|suite)\.ts$|(^|\/)test-support\//.test(file));
      assert.deepEqual(tests, [], `${pkg.name}: test files would be published`);
    });
  }

  for (const dir of packageDirs) {
    test(`${dir}: publint finds nothing, not even a suggestion, in the tarball`, async () => {
      const tarball = readFileSync(tarballOf.get(dir) ?? '');
      const { messages, pkg } = await publint({
        pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) },
        level: 'suggestion',
        strict: true,
      });
      assert.deepEqual(
        messages.map((message) => `${message.type}: ${formatMessage(message, pkg, { color: false }) ?? message.code}`),
        [],
        `publint on ${manifestOf(dir).name}`,
      );
    });

    test(`${dir}: Are the Types Wrong finds no problem for an ESM consumer`, () => {
      // --no-definitely-typed: our packages ship their own types, and the check must not need the registry.
      const attw = join(repo, 'node_modules/@arethetypeswrong/cli/dist/index.js');
      const args = [attw, tarballOf.get(dir) ?? '', '--profile', 'esm-only', '--no-definitely-typed'];
      const result = spawnSync(process.execPath, [...args, '--format', 'ascii', '--no-color', '--no-emoji'], {
        cwd: work,
        env,
        encoding: 'utf8',
      });
      assert.equal(result.status, 0, `attw on ${manifestOf(dir).name}:\n${result.stdout}\n${result.stderr}`);
    });
  }

  test('the CDN files carry their source maps', () => {
    const files = new Set(packed.get('elements'));
    const dist = join(work, 'consumer/node_modules/@mpp-kit/elements/dist');
    for (const file of ['mpp-kit.js', 'mpp-kit.min.js']) {
      assert.ok(files.has(`dist/${file}.map`), `dist/${file}.map is not in the tarball`);
      const code = readFileSync(join(dist, file), 'utf8').trimEnd();
      assert.ok(code.endsWith(`//# sourceMappingURL=${file}.map`), `${file} does not point to its map`);
      const map = JSON.parse(readFileSync(join(dist, `${file}.map`), 'utf8')) as { sources: string[] };
      assert.ok(map.sources.length > 1, `${file}.map names its sources`);
    }
  });

  test('the loader and the drop-in bundle resolve by their documented paths; unpkg and jsDelivr serve the loader', () => {
    const pkg = manifestOf('elements');
    const script = `for (const file of ['mpp-kit.js', 'mpp-kit.min.js'])
      console.log(import.meta.resolve('@mpp-kit/elements/dist/' + file));`;
    const resolved = run(process.execPath, ['--input-type=module', '-e', script], join(work, 'consumer'))
      .trim()
      .split('\n');
    assert.equal(resolved.length, 2);
    assert.match(resolved[0] ?? '', /node_modules\/@mpp-kit\/elements\/dist\/mpp-kit\.js$/);
    assert.match(resolved[1] ?? '', /node_modules\/@mpp-kit\/elements\/dist\/mpp-kit\.min\.js$/);
    const files = new Set(packed.get('elements'));
    assert.deepEqual([pkg.unpkg, pkg.jsdelivr], ['./dist/mpp-kit.js', './dist/mpp-kit.js']);
    for (const cdn of [pkg.unpkg, pkg.jsdelivr]) {
      assert.ok(cdn && files.has(cdn.replace(/^\.\//, '')), `${String(cdn)} is not in the tarball`);
    }
    // Every chunk the loader names (its table is also beside it as JSON) is in the tarball, so a CDN serving
    // the package serves them all.
    const loader = readFileSync(join(work, 'consumer/node_modules/@mpp-kit/elements/dist/mpp-kit.js'), 'utf8');
    const table = readFileSync(join(work, 'consumer/node_modules/@mpp-kit/elements/dist', CHUNK_TABLE_FILE), 'utf8');
    const names = (JSON.parse(table) as { files: string[] }).files;
    for (const name of names) assert.ok(loader.includes(JSON.stringify(name)), `the loader does not name ${name}`);
    const chunks = names.map((name) => `dist/chunks/${name}.js`);
    assert.ok(chunks.length > 10, `the loader names ${chunks.length} chunks`);
    assert.deepEqual(
      chunks.filter((chunk) => !files.has(chunk)),
      [],
      'chunks the loader names but the tarball lacks',
    );
  });

  test('the loader imports in plain Node without a document, and exports discover', () => {
    const script = `const loader = await import('@mpp-kit/elements/dist/mpp-kit.js');
      console.log(Object.keys(loader).join());`;
    assert.equal(
      run(process.execPath, ['--input-type=module', '-e', script], join(work, 'consumer')).trim(),
      'discover',
    );
  });

  /** The export names of each entry as the consumer's plain Node imports them. */
  function nodeExports(specifiers: readonly string[]): Record<string, string[]> {
    const script = `
      const names = {};
      for (const specifier of ${JSON.stringify(specifiers)}) names[specifier] = Object.keys(await import(specifier)).sort();
      console.log(JSON.stringify(names));`;
    return JSON.parse(run(process.execPath, ['--input-type=module', '-e', script], join(work, 'consumer'))) as Record<
      string,
      string[]
    >;
  }

  test('every entry imports in plain Node with the same exports as its source', async () => {
    const specifiers = packageDirs
      .flatMap((dir) => entrySpecifiers(manifestOf(dir)))
      .filter((specifier) => !BROWSER_ONLY.has(specifier));
    const built = nodeExports(specifiers);
    for (const specifier of specifiers) {
      // Generated entries (the framework typings) have no source to compare with.
      if (!hasSource(specifier)) continue;
      // This process resolves the workspace from src/ (the condition test-node.mjs sets).
      const fromSource = Object.keys((await import(specifier)) as object).sort();
      assert.deepEqual(built[specifier], fromSource, `${specifier}: built exports differ from src`);
    }
  });

  test('every entry of the browser packages bundles for a page and runs in Chromium, registering every tag', async () => {
    const consumer = join(work, 'consumer');
    const specifiers = packageDirs.filter((dir) => dir !== 'server').flatMap((dir) => entrySpecifiers(manifestOf(dir)));
    // One module per entry, bundled as a consumer's bundler does for the browser (esbuild, browser conditions).
    const entries = join(consumer, 'browser-entries');
    mkdirSync(entries, { recursive: true });
    specifiers.forEach((specifier, i) =>
      writeFileSync(join(entries, `entry${i}.js`), `export * from '${specifier}';\n`),
    );
    const site = join(work, 'browser-site');
    await build({
      entryPoints: specifiers.map((_, i) => join(entries, `entry${i}.js`)),
      outdir: site,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      logLevel: 'silent',
    });
    // No favicon request: its 404 would be the only console error of an empty page.
    writeFileSync(join(site, 'index.html'), '<!doctype html><link rel="icon" href="data:,"><title>entries</title>');
    const app = new Hono().use('*', serveStatic({ root: relative(process.cwd(), site) }));
    const { server, origin } = await new Promise<{ server: ServerType; origin: string }>((resolveServer) => {
      const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
        resolveServer({ server: started, origin: `http://127.0.0.1:${info.port}` }),
      );
    });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(String(error)));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`${message.text()} (${message.location().url ?? 'no URL'})`);
      });
      await page.goto(`${origin}/index.html`);
      const tags = elementDefines(join(repo, 'packages', 'elements')).map(({ tag }) => tag);
      const inBrowser = await page.evaluate(
        async (count, tags) => {
          const names: string[][] = [];
          for (let i = 0; i < count; i++) names.push(Object.keys((await import(`./entry${i}.js`)) as object).sort());
          return { names, undefinedTags: tags.filter((tag) => !customElements.get(tag)) };
        },
        specifiers.length,
        tags,
      );
      assert.deepEqual(problems, [], 'errors while the entries loaded');
      assert.deepEqual(inBrowser.undefinedTags, [], 'tags no entry registered');
      // The same export names as in Node (the CDN bundle, browser-only, has no Node build to compare with).
      const inNode = nodeExports(specifiers.filter((specifier) => !BROWSER_ONLY.has(specifier)));
      specifiers.forEach((specifier, i) => {
        if (BROWSER_ONLY.has(specifier)) assert.ok(inBrowser.names[i]?.length, `${specifier} exports nothing`);
        else assert.deepEqual(inBrowser.names[i], inNode[specifier], `${specifier}: browser and Node exports differ`);
      });
    } finally {
      await browser.close();
      server.close();
    }
  });

  /** The type errors of a checker's run that are ours: not inside a third party's declarations. */
  function typeErrors(result: ReturnType<typeof spawnSync>): string[] {
    const output = `${String(result.stdout)}\n${String(result.stderr)}`;
    const errors = output.split('\n').filter((line) => /error TS\d+/.test(line));
    assert.ok(result.status === 0 || errors.length > 0, `type check failed without a diagnostic:\n${output}`);
    return errors.filter((line) => !line.includes('node_modules/') || line.includes('node_modules/@mpp-kit/'));
  }

  function typeCheck(bin: string, project: string): string[] {
    const cwd = join(work, 'consumer', project);
    return typeErrors(spawnSync(process.execPath, [join(repo, bin), '-p', '.'], { cwd, env, encoding: 'utf8' }));
  }

  test('a React 19 app: the tags in TSX and the @lit/react wrappers type-check, wrong props and details do not', () => {
    assert.deepEqual(typeCheck('node_modules/typescript/bin/tsc', 'react'), []);
  });

  test('a Vue 3 app: the tags in an SFC type-check under vue-tsc --strictTemplates, wrong props and details do not', () => {
    assert.deepEqual(typeCheck('node_modules/vue-tsc/bin/vue-tsc.js', 'vue'), []);
  });

  test('a page importing one define module only gets its tag and the mpp-* events typed', () => {
    assert.deepEqual(typeCheck('node_modules/typescript/bin/tsc', 'define-only'), []);
  });

  test('every entry type-checks for a nodenext TypeScript consumer', () => {
    const consumer = join(work, 'consumer');
    const specifiers = packageDirs.flatMap((dir) => entrySpecifiers(manifestOf(dir)));
    writeFileSync(
      join(consumer, 'index.ts'),
      specifiers.map((specifier, i) => `export * as entry${i} from '${specifier}';`).join('\n'),
    );
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          lib: ['es2023', 'dom', 'dom.iterable'],
          strict: true,
          noEmit: true,
          types: [],
        },
        files: ['index.ts'],
      }),
    );
    // Errors inside third-party declaration files are not ours to fix; every
    // other error (ours, the consumer's, the configuration's) fails the test.
    assert.deepEqual(
      typeCheck('node_modules/typescript/bin/tsc', '.'),
      [],
      'type errors in the published declarations',
    );
  });
  // Last: it versions the built copy in place, so the tests above see version 0.0.0 as packed.
  test('npm run release versions all four packages as one, writes their CHANGELOGs, and the dry run publishes them', () => {
    const copy = workspaceCopy();
    for (const file of ['package.json', 'package-lock.json', '.gitignore', '.changeset']) {
      cpSync(join(repo, file), join(copy, file), { recursive: true });
    }
    const pending = readdirSync(join(copy, '.changeset')).filter(
      (file) => file.endsWith('.md') && file !== 'README.md',
    );
    assert.ok(pending.length > 0, 'the repository has pending changesets to release');
    // One pending changeset's first summary line, and the packages it names, to find in the CHANGELOGs.
    const [, front = '', body = ''] =
      /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(join(copy, '.changeset', pending[0] ?? ''), 'utf8')) ?? [];
    const named = [...front.matchAll(/'(@mpp-kit\/[\w-]+)'/g)].map(([, name]) => name ?? '');
    const summary = body.trim().split('\n')[0] ?? '';
    const git = (...args: string[]) =>
      run('git', ['-c', 'user.name=ci', '-c', 'user.email=ci@localhost', ...args], copy);
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'before the release');

    const planned = release(copy, { build: false });

    const versions = packageDirs.map((dir) => ({
      dir,
      pkg: JSON.parse(readFileSync(join(copy, 'packages', dir, 'package.json'), 'utf8')) as PackageJson,
    }));
    const version = versions[0]?.pkg.version ?? '';
    assert.notEqual(version, '0.0.0', 'the pending changesets bump the version');
    assert.deepEqual(new Set(versions.map(({ pkg }) => pkg.version)), new Set([version]), 'one version for the kit');
    const lock = JSON.parse(readFileSync(join(copy, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string }>;
    };
    for (const { dir, pkg } of versions) {
      for (const [dep, range] of Object.entries(pkg.dependencies ?? {})) {
        if (dep.startsWith('@mpp-kit/')) assert.equal(range, `^${version}`, `${pkg.name} depends on ${dep}`);
      }
      assert.equal(
        lock.packages[`packages/${dir}`]?.version,
        version,
        `package-lock.json knows ${pkg.name}@${version}`,
      );
      const changelog = readFileSync(join(copy, 'packages', dir, 'CHANGELOG.md'), 'utf8');
      assert.match(changelog, new RegExp(`^## ${version.replaceAll('.', '\\.')}$`, 'm'), `${pkg.name} CHANGELOG`);
      if (named.includes(pkg.name)) assert.ok(changelog.includes(summary), `${pkg.name} CHANGELOG has "${summary}"`);
    }
    assert.deepEqual(
      readdirSync(join(copy, '.changeset')).filter((file) => file.endsWith('.md') && file !== 'README.md'),
      [],
      'the changesets are consumed',
    );
    assert.deepEqual(
      planned.map(({ name, version: planned }) => `${name}@${planned}`).sort(),
      versions.map(({ pkg }) => `${pkg.name}@${version}`).sort(),
    );
    for (const { name, files } of planned) assert.ok(files.includes('CHANGELOG.md'), `${name} publishes its CHANGELOG`);
    assert.throws(() => release(copy, { build: false }), /clean work tree/, 'a second run over the result refuses');
  });
});
