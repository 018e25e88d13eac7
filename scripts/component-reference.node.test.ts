// docs/components.md is what scripts/component-reference.mjs writes from the
// elements' manifest now, and it covers every element the package exports.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { componentReference, MANIFEST, REFERENCE } from './component-reference.mjs';
import { elementDefines } from './loader-table.mjs';

interface Item {
  readonly name: string;
}
interface Declaration {
  readonly kind: string;
  readonly tagName?: string;
  readonly attributes?: Item[];
  readonly events?: Item[];
  readonly cssParts?: Item[];
  readonly cssProperties?: Item[];
}
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { modules: { declarations?: Declaration[] }[] };
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName !== undefined);
const page = componentReference(manifest);

test('the committed reference is what the manifest generates (run `npm run docs` after changing TSDoc)', () => {
  assert.equal(readFileSync(REFERENCE, 'utf8'), page);
});

test('every element has its section, with each attribute, event, part and token named on the page', () => {
  const defined = elementDefines(fileURLToPath(new URL('../packages/elements', import.meta.url))).map(({ tag }) => tag);
  assert.deepEqual(
    elements.map(({ tagName }) => tagName).sort(),
    defined.sort(),
    'every tag a define module registers',
  );
  for (const element of elements) {
    assert.ok(page.includes(`## \`<${element.tagName}>\``), `${element.tagName} has a section`);
    const named = [element.attributes, element.events, element.cssParts, element.cssProperties].flatMap(
      (items) => items ?? [],
    );
    for (const { name } of named) assert.ok(page.includes(`| \`${name}\` |`), `${element.tagName}: ${name}`);
  }
});

test('the define module each section names is one the package exports', () => {
  const { exports } = JSON.parse(
    readFileSync(new URL('../packages/elements/package.json', import.meta.url), 'utf8'),
  ) as {
    exports: Record<string, unknown>;
  };
  const named = [...page.matchAll(/import '@mpp-kit\/elements\/([\w-]+\/define\.js)'/g)].map(([, path]) => path);
  assert.equal(named.length, elements.length);
  for (const path of named) assert.ok(`./${path}` in exports, `./${path} is exported`);
});
