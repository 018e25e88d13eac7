// custom-elements.json (IDE hints, Storybook controls, the docs) must be what
// the build generates from the TSDoc now (regenerate with `npm run build`), and
// agree with the define modules and the package's sideEffects and exports.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const repo = join(packageDir, '..', '..');
const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
  customElements: string;
  sideEffects: string[];
  exports: Record<string, unknown>;
};
const committed = readFileSync(join(packageDir, pkg.customElements), 'utf8');

interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  members?: { name: string; privacy?: string }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
}
const declarations = (JSON.parse(committed) as { modules: { declarations?: Declaration[] }[] }).modules.flatMap(
  (module) => module.declarations ?? [],
);

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
