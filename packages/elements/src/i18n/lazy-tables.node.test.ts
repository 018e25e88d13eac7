// A page pays for the language it speaks: each element's define module,
// bundled as a consumer's bundler does (esbuild, splitting dynamic imports into
// chunks), carries the Indonesian tables and none of the English ones, which
// come in a chunk of their own that the bundle imports on demand.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build, type OutputFile } from 'esbuild';
import { catalogCategoriesEn } from '../service-catalog/i18n/categories-en.js';
import { enEssential } from './en-essential.js';

const src = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');

/** The define module of `folder` bundled with splitting: its entry and the chunks it imports on demand. */
async function bundle(folder: string): Promise<{ entry: string; chunks: Map<string, string> }> {
  const result = await build({
    entryPoints: { define: `${src}/${folder}/define.ts` },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['@mpp-kit/source'],
    // Strings as written, so the test can look for them.
    charset: 'utf8',
    outdir: 'out',
    write: false,
    logLevel: 'error',
  });
  const text = (file: OutputFile): [string, string] => [file.path.split('/').at(-1) ?? '', file.text];
  const files = new Map(result.outputFiles.map(text));
  const entry = files.get('define.js');
  assert.ok(entry !== undefined, `no define.js among ${[...files.keys()].join(', ')}`);
  files.delete('define.js');
  return { entry, chunks: files };
}

/** The chunks `code` imports on demand, by file name. */
function importedOnDemand(code: string): string[] {
  return [...code.matchAll(/import\("\.\/([\w.-]+\.js)"\)/g)].map((match) => match[1] ?? '');
}

/**
 * The strings of an English table that are English only: not in the Indonesian
 * table, not in every bundle by design, and not one lower-case word (`full`,
 * `optional`), which code also uses as a value.
 */
function englishOnly(english: object, indonesian: object): string[] {
  const inEveryBundle = new Set([...Object.values(enEssential), ...Object.values(catalogCategoriesEn)]);
  const indonesianTexts = new Set(Object.values(indonesian));
  return Object.values(english).filter(
    (value): value is string =>
      typeof value === 'string' &&
      /[^a-z-]/.test(value) &&
      !indonesianTexts.has(value) &&
      !inEveryBundle.has(value) &&
      !value.includes('"'),
  );
}

test('the site-info bundle carries the Indonesian table and imports the English one on demand', async () => {
  const { entry, chunks } = await bundle('site-info');
  assert.ok(entry.includes('"Jam layanan"'), 'the Indonesian table is in the bundle');
  assert.ok(!entry.includes('Opening hours'), 'the English table is not');
  assert.ok(!entry.includes('"Loading…"'), 'nor the English strings every element shares');
  const english = importedOnDemand(entry).filter((name) => chunks.get(name)?.includes('"Opening hours"'));
  assert.equal(english.length, 1, `one chunk imported on demand holds the English table: ${[...chunks.keys()].join()}`);
});

const folders = readdirSync(src, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .filter((folder) => {
    const files = readdirSync(`${src}/${folder}`, { recursive: true }).map(String);
    return files.includes('define.ts') && files.includes('i18n/en.ts');
  });

test('every element has its own English table to load', () => {
  assert.deepEqual(folders.sort(), [
    'booking-form',
    'booking-manager',
    'counter-console',
    'queue-status',
    'service-catalog',
    'site-info',
    'survey',
    'survey-results',
    'ticket',
    'visitor-stats',
  ]);
});

for (const folder of folders) {
  test(`the ${folder} bundle carries no English-only string; its chunks imported on demand do`, async () => {
    const [english, indonesian, commonEn, commonId] = await Promise.all([
      import(`../${folder}/i18n/en.js`) as Promise<Record<string, object>>,
      import(`../${folder}/i18n/id.js`) as Promise<Record<string, object>>,
      import('./en.js'),
      import('./id.js'),
    ]);
    const own = englishOnly(Object.values(english)[0] ?? {}, Object.values(indonesian)[0] ?? {});
    const strings = [...own, ...englishOnly(commonEn.en, commonId.id)];
    assert.ok(own.length > 5, `${folder} has English strings to look for`);
    const { entry, chunks } = await bundle(folder);
    assert.deepEqual(
      strings.filter((text) => entry.includes(`"${text}"`)),
      [],
    );
    const lazy = importedOnDemand(entry)
      .map((name) => chunks.get(name) ?? '')
      .join('\n');
    assert.deepEqual(
      strings.filter((text) => !lazy.includes(`"${text}"`)),
      [],
    );
  });
}
