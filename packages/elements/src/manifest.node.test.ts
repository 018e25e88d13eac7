// custom-elements.json (IDE hints, Storybook controls, the docs) must be what
// the build generates from the TSDoc now (regenerate with `npm run build`), and
// agree with the define modules and the package's sideEffects and exports.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const repo = join(packageDir, '..', '..');
const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
  customElements: string;
  sideEffects: string[];
  exports: Record<string, unknown>;
};
const committed = readFileSync(join(packageDir, pkg.customElements), 'utf8');
const manifest = JSON.parse(committed) as { modules: ManifestModule[] };

interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  members?: { name: string; privacy?: string }[];
  events?: { name: string; type?: { text: string } }[];
  cssParts?: { name: string }[];
}
interface ManifestModule {
  path: string;
  declarations?: Declaration[];
  exports?: unknown[];
}
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);

/** Each define module's tag and class: `defineElement('mpp-x', MppX)`. */
const definitions = readdirSync(join(packageDir, 'src'), { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('define.ts') && file !== 'define-element.ts')
  .map((file) => {
    const source = readFileSync(join(packageDir, 'src', file), 'utf8');
    const [, tag, className] = /defineElement\('([\w-]+)', (\w+)\)/.exec(source) ?? [];
    return { file: file.split('\\').join('/'), tag, className };
  });

test('custom-elements.json is up to date (run `npm run build`)', async () => {
  const config = (await import(pathToFileURL(join(repo, 'rollup.config.mjs')).href)) as {
    customElementsManifest(dir: string): Promise<string>;
  };
  assert.equal(
    committed,
    await config.customElementsManifest(packageDir),
    'custom-elements.json is stale: run `npm run build`',
  );
});

test('every define module registers the tag its class documents, and is a listed side effect and export', () => {
  assert.ok(definitions.length >= 2);
  for (const { file, tag, className } of definitions) {
    assert.ok(tag && className, `${file} calls defineElement('tag', Class)`);
    const declaration = declarations.find((item) => item.name === className);
    assert.equal(declaration?.tagName, tag, `${className} documents @tagname ${tag}`);
    const dist = `./dist/${file.replace(/\.ts$/, '.js')}`;
    assert.ok(pkg.sideEffects.includes(dist) && pkg.sideEffects.includes(`./src/${file}`), `sideEffects lists ${file}`);
    assert.ok(`./${file.replace(/\.ts$/, '.js')}` in pkg.exports, `exports has ./${file.replace(/\.ts$/, '.js')}`);
  }
});

test('the elements document their configuration, events and parts, and nothing private', () => {
  for (const { className } of definitions) {
    const declaration = declarations.find((item) => item.name === className) as Declaration;
    const privates = (declaration.members ?? []).filter((member) => member.privacy && member.privacy !== 'public');
    assert.deepEqual(privates, [], `${className} lists no private members`);
    if (className === 'MppProvider') continue;
    const attributes = (declaration.attributes ?? []).map((attribute) => attribute.name);
    for (const name of ['api-base', 'locale', 'theme'])
      assert.ok(attributes.includes(name), `${className} documents ${name}`);
    assert.ok(
      declaration.events?.some((event) => event.name === 'mpp-error'),
      `${className} documents mpp-error`,
    );
    assert.ok(
      declaration.cssParts?.some((part) => part.name === 'base'),
      `${className} documents ::part(base)`,
    );
  }
});

/** Every value of `key` anywhere in the manifest, with where it is. */
function valuesOf(key: string, node: unknown = manifest, at = ''): { at: string; value: unknown }[] {
  if (Array.isArray(node)) return node.flatMap((item, index) => valuesOf(key, item, `${at}[${index}]`));
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node as Record<string, unknown>).flatMap(([name, value]) => [
    ...(name === key ? [{ at: `${at}.${name}`, value }] : []),
    ...valuesOf(key, value, `${at}.${name}`),
  ]);
}

/** The package index's exports, as the TypeScript checker sees them from source. */
const index = join(packageDir, 'src', 'index.ts');
const compilerOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  customConditions: ['@mpp-kit/source'],
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  types: [],
};

let exportsOfIndex: { name: string; isType: boolean }[] | undefined;
function indexExports(): { name: string; isType: boolean }[] {
  if (exportsOfIndex) return exportsOfIndex;
  const program = ts.createProgram([index], compilerOptions);
  const checker = program.getTypeChecker();
  const indexSymbol = checker.getSymbolAtLocation(program.getSourceFile(index) as ts.SourceFile) as ts.Symbol;
  const target = (symbol: ts.Symbol) =>
    symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  exportsOfIndex = checker.getExportsOfModule(indexSymbol).map((symbol) => ({
    name: symbol.name,
    isType: (target(symbol).flags & ts.SymbolFlags.Type) !== 0,
  }));
  return exportsOfIndex;
}

test('every module path and module reference names published JavaScript under dist/', () => {
  const paths = [...valuesOf('path'), ...valuesOf('module')];
  assert.ok(paths.length > 10);
  for (const { at, value } of paths) {
    assert.equal(typeof value, 'string', at);
    const path = value as string;
    assert.match(path, /^dist\/.+\.js$/, `${at}: ${path} is not a dist/ module`);
    const source = join(packageDir, path.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts'));
    assert.ok(existsSync(source), `${at}: ${path} is built from no source module`);
  }
});

test('every event is a CustomEvent whose detail type the package exports', () => {
  const typeExports = new Set(
    indexExports()
      .filter((symbol) => symbol.isType)
      .map((symbol) => symbol.name),
  );
  const events = declarations.flatMap((declaration) =>
    (declaration.events ?? []).map((event) => ({ ...event, owner: declaration.name })),
  );
  assert.ok(events.length > 10);
  for (const event of events) {
    const detail = /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '')?.[1];
    assert.ok(detail, `${event.owner} ${event.name}: type ${event.type?.text} is not CustomEvent<Detail>`);
    assert.ok(typeExports.has(detail), `${event.owner} ${event.name}: ${detail} is not a type export of the index`);
  }
});

test('every type text resolves against the package exports and the DOM and ES libraries', () => {
  const texts = [...new Set(valuesOf('text').map(({ value }) => value as string))];
  assert.ok(texts.length > 10);
  // A consumer's file that imports every export of the index by name, and
  // nothing else: each text must be a valid type there.
  const names = indexExports().map((symbol) => symbol.name);
  const consumer = join(packageDir, 'src', '__manifest-types__.ts');
  const text = [
    `import type { ${names.join(', ')} } from './index.js';`,
    ...texts.map((type, i) => `export type T${i} = ${type};`),
  ].join('\n');
  const host = ts.createCompilerHost(compilerOptions);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (file) => (file === consumer ? text : readFile(file));
  host.fileExists = (file) => file === consumer || ts.sys.fileExists(file);
  host.getSourceFile = (file, language) =>
    file === consumer ? ts.createSourceFile(file, text, language, true) : getSourceFile(file, language);
  const checked = ts.createProgram([consumer], compilerOptions, host);
  const problems = ts.getPreEmitDiagnostics(checked, checked.getSourceFile(consumer)).map((diagnostic) => {
    const line = diagnostic.file?.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line ?? 0;
    return `${text.split('\n')[line]}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`;
  });
  assert.deepEqual(problems, [], 'type texts a consumer cannot resolve');
});
