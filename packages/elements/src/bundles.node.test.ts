// What csp.node.test.ts checks in our source, checked in what ships: every
// built JavaScript file of the browser packages (the elements' modules, the
// loader's chunks, the CDN bundle with Lit, the SDK and zod inlined, the SDK
// and the contract) holds no HTML, script or code made from strings. The one
// exception is Lit's own template parser, which writes its static template
// text (never data) into a <template> element; it is matched exactly, so a new
// use anywhere, Lit's included, fails here.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const packages = fileURLToPath(new URL('../..', import.meta.url));

/** Built `.js` files of a package's `dist/`. */
function builtFiles(name: string): string[] {
  const dist = join(packages, name, 'dist');
  if (!existsSync(dist)) throw new Error(`No ${dist}: run \`npm run build\` first (npm test does).`);
  return readdirSync(dist, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.js'))
    .map((file) => join(dist, file));
}

const FORBIDDEN: readonly (readonly [RegExp, string])[] = [
  [/\.(inner|outer)HTML\s*=(?!=)/, 'HTML assigned from a string'],
  [/insertAdjacentHTML|document\.write/, 'HTML written from a string'],
  [/\bunsafe(HTML|SVG)\b/, "Lit's unsafe directives"],
  [/\beval\(|\bFunction\(/, 'code from a string (needs unsafe-eval)'],
];

/** Lit's `Template.createElement`, minified: a fresh <template> given the template's own markup. */
const LIT_TEMPLATE = /createElement\("template"\);return (\w+)\.innerHTML=\w+,\1\}/g;

/** What in `code` breaks the rules, Lit's template parser set aside; and how often that parser was met. */
function problemsIn(code: string): { problems: string[]; litTemplates: number } {
  const litTemplates = [...code.matchAll(LIT_TEMPLATE)].length;
  const rest = code.replace(LIT_TEMPLATE, '');
  return { problems: FORBIDDEN.filter(([pattern]) => pattern.test(rest)).map(([, why]) => why), litTemplates };
}

test('the check sees each forbidden form, and sets aside only Lit’s template parser', () => {
  for (const code of [
    'el.innerHTML = data;',
    'a.outerHTML=b',
    'n.insertAdjacentHTML("beforeend",x)',
    'html`${unsafeHTML(x)}`',
    'eval("1")',
    'new Function("return this")',
    'const s=k.createElement("div");return s.innerHTML=t,s}',
  ]) {
    assert.notDeepEqual(problemsIn(code).problems, [], code);
  }
  assert.deepEqual(problemsIn('if(a.innerHTML==="")x()'), { problems: [], litTemplates: 0 });
  assert.deepEqual(
    problemsIn('static createElement(t,e){const s=k.createElement("template");return s.innerHTML=t,s}'),
    {
      problems: [],
      litTemplates: 1,
    },
  );
});

test('no built file of the browser packages makes HTML or code from strings', () => {
  const files = ['contract', 'sdk', 'elements'].flatMap(builtFiles);
  assert.ok(files.length > 50, `only ${files.length} built files`);
  let litTemplates = 0;
  const problems = files.flatMap((file) => {
    const found = problemsIn(readFileSync(file, 'utf8'));
    litTemplates += found.litTemplates;
    return found.problems.map((why) => `${file.slice(packages.length)}: ${why}`);
  });
  assert.deepEqual(problems, []);
  // Lit is inlined in the CDN bundle and in the loader's Lit chunk: its parser must still be the one set aside.
  assert.ok(litTemplates >= 2, `Lit's template parser was met ${litTemplates} times; has Lit changed its form?`);
});
