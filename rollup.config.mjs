// Builds every package's JavaScript (ESM) from its `exports` map: each entry's
// `@mpp-kit/source` condition is the input and its `default` condition the output, so
// the map and the build cannot drift apart. Declarations come from `tsc -b`
// (see tsconfig.build.json); rollup owns only the JavaScript.
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, resolve } from 'node:path';
import json from '@rollup/plugin-json';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { writeFrameworkTypings } from './scripts/framework-typings.mjs';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultShouldMinifyCSS } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import MagicString from 'magic-string';
import {
  CHUNK_TABLE_FILE,
  chunkTable,
  elementDefines,
  loaderChunkTable,
  staticClosure,
} from './scripts/loader-table.mjs';

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

/**
 * Marks the top-level constants of schema modules (those that import zod) as
 * free of side effects in the built output: each call and `new` in a constant's
 * initializer, outside function bodies, gets a `/* @__PURE__ *\/` annotation, so
 * a consumer's bundler (esbuild, rollup, terser) drops every schema a bundle does
 * not use. zod's own annotations do not survive `z.object({...})` or a
 * `.check()` chain: the outer call of a chain and each argument's call need one.
 * Runs on each output module (one per source module) and parses it with
 * rollup's own parser.
 */
function pureSchemaConstants() {
  const PURE = '/* @__PURE__ */ ';
  const isFunction = (node) =>
    node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression' || node.type.startsWith('Class');
  /** Start offsets of the calls an initializer makes when it runs (not those of the functions it defines). */
  const callsOf = (node, starts = new Set()) => {
    if (!node || typeof node.type !== 'string' || isFunction(node)) return starts;
    if (node.type === 'CallExpression' || node.type === 'NewExpression') starts.add(node.start);
    for (const [key, value] of Object.entries(node)) {
      if (key === 'type' || key === 'start' || key === 'end') continue;
      for (const child of Array.isArray(value) ? value : [value]) {
        if (child && typeof child === 'object') callsOf(child, starts);
      }
    }
    return starts;
  };
  const importsZod = (program) =>
    program.body.some((node) => node.type === 'ImportDeclaration' && /^zod(\/|$)/.test(node.source.value));
  return {
    name: 'mpp-kit:pure-schema-constants',
    renderChunk(code) {
      const program = this.parse(code);
      if (!importsZod(program)) return null;
      const output = new MagicString(code);
      for (const statement of program.body) {
        const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
        if (declaration?.type !== 'VariableDeclaration' || declaration.kind !== 'const') continue;
        for (const { id, init } of declaration.declarations) {
          // A destructuring runs a getter or an iterator: not ours to call pure.
          if (id.type !== 'Identifier') continue;
          for (const start of callsOf(init)) {
            if (!/[@#]__PURE__\s*\*\/\s*$/.test(code.slice(Math.max(0, start - 24), start))) {
              output.appendLeft(start, PURE);
            }
          }
        }
      }
      return output.hasChanged() ? { code: output.toString(), map: output.generateMap({ hires: true }) } : null;
    },
  };
}

/** The rollup options of one package's per-module ESM build (`packages/<name>`). */
export function configFor(pkgDir) {
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
      pureSchemaConstants(),
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
  const manifest = create({
    modules,
    plugins: [
      ...litPlugin(),
      privateMembersOut(),
      writeTypesOfAccessors(),
      typeArgumentsResolved(),
      eventTypesFrom(join(pkgDir, 'src', 'core', 'events.ts'), ts),
      distPaths(),
    ],
  });
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
 * A property with a setter is documented with the type it accepts (the
 * setter's parameter), not what its getter returns: that is what a framework
 * binding or a generated prop type assigns. A write-only property's getter
 * (`get staffToken(): undefined`) would otherwise document it as `undefined`.
 */
function writeTypesOfAccessors() {
  const accepted = new Map(); // "Class.member" -> type text
  return {
    name: 'mpp-kit:write-types-of-accessors',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        if (ts.isSetAccessor(member) && member.parameters[0]?.type) {
          accepted.set(`${node.name.text}.${member.name.getText()}`, member.parameters[0].type.getText());
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of declarationsOf(customElementsManifest)) {
        for (const member of declaration.members ?? []) {
          const owner = member.inheritedFrom?.name ?? declaration.name;
          const text = accepted.get(`${owner}.${member.name}`);
          // A new object: inherited members share theirs with the base class's entry.
          if (text) member.type = { text };
        }
      }
    },
  };
}

/**
 * Type texts name only what a consumer can import: a member inherited from a
 * generic base (`strings: StringOverrides<CommonStrings & S>` of
 * `MppElement<S>`) gets the subclass's type argument in place of `S`
 * (`MppSiteInfo extends MppElement<SiteInfoStrings>`), and the base's own
 * entry gets the parameter's default.
 */
function typeArgumentsResolved() {
  const parameters = new Map(); // class -> [{ name, fallback }]
  const argumentsOf = new Map(); // class -> its superclass's type arguments, as text
  return {
    name: 'mpp-kit:type-arguments-resolved',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const name = node.name.text;
      parameters.set(
        name,
        (node.typeParameters ?? []).map((parameter) => ({
          name: parameter.name.text,
          fallback: parameter.default?.getText() ?? parameter.constraint?.getText() ?? 'unknown',
        })),
      );
      const extended = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword);
      const typeArguments = extended?.types[0]?.typeArguments;
      if (typeArguments)
        argumentsOf.set(
          name,
          typeArguments.map((argument) => argument.getText()),
        );
    },
    packageLinkPhase({ customElementsManifest }) {
      const substitute = (text, owner, values) =>
        (parameters.get(owner) ?? []).reduce(
          (result, parameter, index) =>
            result.replace(new RegExp(`\\b${parameter.name}\\b`, 'g'), values[index] ?? parameter.fallback),
          text,
        );
      for (const declaration of declarationsOf(customElementsManifest)) {
        for (const member of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
          if (!member.type?.text) continue;
          const owner = member.inheritedFrom?.name ?? declaration.name;
          const values = owner === declaration.name ? [] : (argumentsOf.get(declaration.name) ?? []);
          member.type = { text: substitute(member.type.text, owner, values) };
        }
      }
    },
  };
}

/**
 * Types every `@fires` event as `CustomEvent<Detail>`, the detail being the
 * one `MppEventDetails` in `core/events.ts` gives that name: the element
 * classes' JSDoc says when an event fires, the one map what it carries. An
 * event missing from the map, or a typed `@fires` that disagrees with it,
 * fails the build.
 */
function eventTypesFrom(eventsFile, ts) {
  const source = ts.createSourceFile(eventsFile, readFileSync(eventsFile, 'utf8'), ts.ScriptTarget.ES2022, true);
  const details = new Map();
  for (const statement of source.statements) {
    if (!ts.isInterfaceDeclaration(statement) || statement.name.text !== 'MppEventDetails') continue;
    for (const member of statement.members) {
      if (ts.isPropertySignature(member) && member.type) {
        details.set(member.name.getText().replace(/^['"]|['"]$/g, ''), member.type.getText());
      }
    }
  }
  return {
    name: 'mpp-kit:event-types',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of declarationsOf(customElementsManifest)) {
        for (const event of declaration.events ?? []) {
          const detail = details.get(event.name);
          if (!detail) throw new Error(`${declaration.name} fires ${event.name}, which MppEventDetails lacks`);
          const text = `CustomEvent<${detail}>`;
          if (event.type?.text && event.type.text !== text) {
            throw new Error(`${declaration.name}: @fires ${event.name} says ${event.type.text}, events.ts ${text}`);
          }
          event.type = { text };
        }
      }
    },
  };
}

/**
 * Module paths name the published JavaScript (`dist/site-info/site-info.js`),
 * which is what a consumer's tools can open, not the TypeScript source.
 */
function distPaths() {
  const toDist = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');
  const relink = (reference, modulePath) => {
    if (!reference?.module) return;
    // Relative specifiers (a barrel's `export ... from './x.js'`) resolve against the module's own folder.
    const path = reference.module.startsWith('.')
      ? join(modulePath, '..', reference.module).split('\\').join('/')
      : reference.module;
    reference.module = toDist(path);
  };
  return {
    name: 'mpp-kit:dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const sourcePath = module.path;
        module.path = toDist(sourcePath);
        for (const exported of module.exports ?? []) relink(exported.declaration, sourcePath);
        for (const declaration of module.declarations ?? []) {
          relink(declaration.superclass, sourcePath);
          for (const list of ['members', 'attributes', 'events', 'cssParts', 'cssProperties', 'slots']) {
            for (const item of declaration[list] ?? []) {
              // A new object: inherited items share theirs with the base class's entry.
              if (item.inheritedFrom) {
                item.inheritedFrom = { ...item.inheritedFrom };
                relink(item.inheritedFrom, sourcePath);
              }
            }
          }
        }
      }
    },
  };
}

/** Every declaration of a manifest's modules. */
const declarationsOf = (manifest) => manifest.modules.flatMap((module) => module.declarations ?? []);

/**
 * What turns the elements' sources into a browser bundle: workspace packages
 * resolve to their built dist/ (the per-module configs run first), as any
 * consumer's bundler resolves them, third parties to their browser builds;
 * templates minified, TypeScript compiled, the result minified. The loader has
 * no imports and no templates (`resolve` and `templates` off).
 */
function bundlePlugins({ resolve = true, templates = true } = {}) {
  return [
    ...(resolve ? [nodeResolve({ browser: true, exportConditions: ['browser', 'production'] })] : []),
    ...(templates ? [templatesMinified()] : []),
    typescriptFor(ELEMENTS_DIR),
    terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ];
}

/**
 * Writes `dist/<name>.d.ts`, re-exporting the declarations tsc built for
 * `source`: the types of a bundled entry whose source tsc already declared.
 */
function declarationsBeside(name, source) {
  return {
    name: `mpp-kit:declarations-of-${name}`,
    writeBundle() {
      writeFileSync(join(ELEMENTS_DIR, 'dist', `${name}.d.ts`), `export * from '${source}';\n`);
    },
  };
}

/**
 * The self-contained module for `<script type="module">`: every element, Lit,
 * the SDK and zod, minified. What only one rarely reached step needs (the QR
 * encoder of a booking's confirmation) is a `import()` in the source and stays
 * a separate chunk beside it (`mpp-kit.<name>-<hash>.min.js`), fetched from
 * the module's own URL when that step shows. `dist/mpp-kit.min.d.ts` beside it
 * types `import … from '@mpp-kit/elements/dist/mpp-kit.min.js'`.
 */
function elementsCdnConfig() {
  const pkg = JSON.parse(readFileSync(join(ELEMENTS_DIR, 'package.json'), 'utf8'));
  return {
    input: { 'mpp-kit.min': join(ELEMENTS_DIR, 'src', 'cdn.ts') },
    // The chunks loaded later (the live stream, an English table) import what
    // they share from the module itself; without this rollup would move
    // everything into a third file behind a two-line facade, a second request
    // for every page.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: join(ELEMENTS_DIR, 'dist'),
      entryFileNames: '[name].js',
      chunkFileNames: 'mpp-kit.[name]-[hash].min.js',
      format: 'esm',
      sourcemap: true,
    },
    plugins: [
      ...bundlePlugins(),
      // The bundle exports what cdn.ts does; its declarations come from tsc's build of it.
      declarationsBeside('mpp-kit.min', './cdn.js'),
      {
        name: 'mpp-kit:custom-elements-manifest',
        async writeBundle() {
          const manifest = await customElementsManifest(ELEMENTS_DIR);
          writeFileSync(join(ELEMENTS_DIR, pkg.customElements), manifest);
          // The React, Vue and @lit/react entries, from the manifest just written.
          writeFrameworkTypings(ELEMENTS_DIR, JSON.parse(manifest));
        },
      },
    ],
    onwarn: elementsOnwarn('CDN bundle'),
  };
}

// ---------------------------------------------------------------------------
// @mpp-kit/elements as the autoloader `dist/mpp-kit.js` loads it: one chunk per
// element and shared chunks beside them in dist/chunks/, and the loader with
// the table of which chunks each tag needs.

/** Lit and its labs packages: every element needs them, so they are one chunk every page shares. */
const LIT_PACKAGES = /\/node_modules\/(lit|lit-html|lit-element|@lit\/[\w-]+)\//;

/**
 * The elements' chunks for the autoloader: an entry per define module (named
 * after its folder, `chunks/site-info-<hash>.js`) and shared chunks for what
 * several elements import (Lit, the SDK core, the contract, ...), content-hashed
 * so a CDN can cache them for good. `graph` receives, per tag, the chunk that
 * defines it followed by every chunk it imports statically.
 */
function elementsChunksConfig(graph) {
  const defines = elementDefines(ELEMENTS_DIR);
  return {
    input: Object.fromEntries(defines.map(({ folder, file }) => [folder, file])),
    output: {
      dir: join(ELEMENTS_DIR, 'dist'),
      entryFileNames: 'chunks/[name]-[hash:8].js',
      // A shared chunk is named for what it holds, never for an element (a
      // page's chunk names tell which elements' code it fetched).
      chunkFileNames: (chunk) => `chunks/${chunk.name === 'lit' ? 'lit' : 'shared'}-[hash:8].js`,
      format: 'esm',
      sourcemap: true,
      manualChunks: (id) => (LIT_PACKAGES.test(id) ? 'lit' : undefined),
      // Rollup would otherwise make a chunk of every set of elements that
      // shares a module, down to a few hundred bytes each: a page would then
      // make twenty requests. Below this size (before minifying) a shared chunk
      // is merged into one beside it, at the price of a little unused code.
      experimentalMinChunkSize: 12_000,
    },
    plugins: [
      ...bundlePlugins(),
      {
        name: 'mpp-kit:chunk-graph',
        buildStart() {
          // Chunks are content-hashed: without this, every build would add to the old ones.
          rmSync(join(ELEMENTS_DIR, 'dist', 'chunks'), { recursive: true, force: true });
        },
        generateBundle(_options, bundle) {
          const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
          const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
          const importsOf = (fileName) => byName.get(fileName)?.imports ?? [];
          graph.clear();
          for (const chunk of chunks) {
            const define = defines.find(({ file }) => file === chunk.facadeModuleId);
            if (chunk.isEntry && define) graph.set(define.tag, staticClosure(chunk.fileName, importsOf));
          }
        },
      },
    ],
    onwarn: elementsOnwarn('autoloader chunks'),
  };
}

/**
 * The loader, `dist/mpp-kit.js`: `src/loader/mpp-kit.ts` with the chunk table
 * of the build before it written in, minified; and `dist/mpp-kit.d.ts` beside it.
 */
function elementsLoaderConfig(graph) {
  return {
    input: { 'mpp-kit': join(ELEMENTS_DIR, 'src', 'loader', 'mpp-kit.ts') },
    output: { dir: join(ELEMENTS_DIR, 'dist'), entryFileNames: '[name].js', format: 'esm', sourcemap: true },
    plugins: [
      ...bundlePlugins({ resolve: false, templates: false }),
      declarationsBeside('mpp-kit', './loader/mpp-kit.js'),
      {
        name: 'mpp-kit:loader-table',
        transform(code, id) {
          if (!id.endsWith(join('loader', 'mpp-kit.ts'))) return null;
          if (graph.size === 0) throw new Error('the loader is built before the chunks it loads');
          return {
            code: code.replace(/\bMPP_KIT_CHUNKS\b/g, JSON.stringify(loaderChunkTable(chunkTable(graph)))),
            map: null,
          };
        },
        writeBundle() {
          const dist = join(ELEMENTS_DIR, 'dist');
          writeFileSync(join(dist, CHUNK_TABLE_FILE), `${JSON.stringify(chunkTable(graph), null, 2)}\n`);
        },
      },
    ],
    onwarn: elementsOnwarn('autoloader'),
  };
}

/**
 * Minifies the elements' templates (`html`, `svg`, `css`): comments out,
 * whitespace collapsed, CSS through lightningcss. Collapsing is conservative
 * (a run of spaces becomes one space, never none), so the space between two
 * inline elements or around a binding survives; empty attributes stay (an
 * `alt=""` means "decorative"). A template it cannot parse fails the build.
 */
function templatesMinified() {
  return minifyHtmlLiterals({
    include: [`${resolve(ELEMENTS_DIR, 'src').split('\\').join('/')}/**/*.ts`],
    failOnError: true,
    options: {
      minifyOptions: { conservativeCollapse: true, removeEmptyAttributes: false },
      // A list of declarations meant to be interpolated into a rule (the theme's
      // token sets) is no stylesheet to the CSS parser: it stays as written.
      shouldMinifyCSS: (template) =>
        defaultShouldMinifyCSS(template) && template.parts.some((part) => part.text.includes('{')),
    },
  });
}

/** Fails an elements build on a warning, except third parties' own harmless quirks. */
function elementsOnwarn(what) {
  return (warning) => {
    const thirdParty = (id) => id.includes('/node_modules/');
    if (warning.code === 'INVALID_ANNOTATION' && thirdParty(warning.id ?? '')) return;
    if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every(thirdParty)) return;
    throw new Error(`${ELEMENTS_DIR} (${what}): ${warning.message}`);
  };
}

/** The elements' per-module build (what a consumer's bundler takes), with its templates minified like the bundles. */
function withTemplatesMinified(config) {
  if (config.output.dir !== join(ELEMENTS_DIR, 'dist')) return config;
  return { ...config, plugins: [templatesMinified(), ...config.plugins] };
}

const loaderGraph = new Map();

export default [
  ...packageDirs.map(configFor).map(withTemplatesMinified),
  elementsCdnConfig(),
  elementsChunksConfig(loaderGraph),
  elementsLoaderConfig(loaderGraph),
];
