// What the elements promise a portal with a strict Content Security Policy and
// untrusted API data, checked in the source of every shipped module: no HTML
// from strings, no inline styles, no code from strings.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('.', import.meta.url));
const shipped = readdirSync(src, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.ts') && !/\.test(-d)?\.ts$/.test(file) && !file.includes('test-support'));

const FORBIDDEN: [RegExp, string][] = [
  [/\bunsafe(HTML|SVG|CSS|Static)\b/, 'API text must be rendered as text'],
  [/\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML/, 'no HTML from strings'],
  [/\bstyleMap\b|\sstyle=/, 'inline styles break under a strict CSP (style-src without unsafe-inline)'],
  [/\beval\(|new Function\(/, 'no code from strings (script-src without unsafe-eval)'],
];

test('shipped modules build no HTML, styles or code from strings', () => {
  assert.ok(shipped.length > 10);
  const problems = shipped.flatMap((file) => {
    const source = readFileSync(join(src, file), 'utf8');
    return FORBIDDEN.filter(([pattern]) => pattern.test(source)).map(([, why]) => `${file}: ${why}`);
  });
  assert.deepEqual(problems, []);
});
