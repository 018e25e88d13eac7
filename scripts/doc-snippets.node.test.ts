// The guides quote files of the repository; this keeps every quote equal to
// its file. In docs/*.md, README.md and packages/*/README.md, a line
//
//   <!-- snippet: path/from/repo/root -->   or   <!-- snippet: path#region -->
//
// before a fenced code block (blank lines between them are allowed: Prettier
// writes one) says the block is that whole file, or the
// lines between the lines containing `snippet:start region` and
// `snippet:end region` in it (marker lines excluded, common leading
// indentation removed). A quote that differs, a missing file or region, or a
// marker with no block after it fails, naming the guide's line.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));

/** A quote in a guide: where it is, what it names, and the text of its block. */
interface Snippet {
  readonly line: number;
  readonly path: string;
  readonly region: string | undefined;
  /** `undefined` when the marker is not followed by a fenced block. */
  readonly block: string | undefined;
}

const MARKER = /^\s*<!--\s*snippet:\s*([^#\s]+)(?:#([\w.-]+))?\s*-->\s*$/;
const FENCE = /^(\s*)(`{3,}|~{3,})/;

/** The quotes of a Markdown text, in order; markers inside code blocks are text, not quotes. */
function snippetsOf(markdown: string): Snippet[] {
  const lines = markdown.split('\n');
  const snippets: Snippet[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const fence = FENCE.exec(lines[index] ?? '');
    if (fence) {
      // Skip the whole block: a marker shown inside one is an example.
      index = closingFence(lines, index, fence[2] ?? '');
      continue;
    }
    const marker = MARKER.exec(lines[index] ?? '');
    if (!marker) continue;
    const snippet = { line: index + 1, path: marker[1] ?? '', region: marker[2] };
    // Prettier puts a blank line after an HTML comment: blank lines may stand between marker and block.
    let start = index + 1;
    while (start < lines.length - 1 && (lines[start] ?? '').trim() === '') start += 1;
    const opening = FENCE.exec(lines[start] ?? '');
    if (!opening) {
      snippets.push({ ...snippet, block: undefined });
      continue;
    }
    const end = closingFence(lines, start, opening[2] ?? '');
    const indent = (opening[1] ?? '').length;
    // Inside a list item the block is indented as its fence is; the quote is without that indentation.
    const body = lines.slice(start + 1, end).map((line) => line.slice(Math.min(indent, leadingSpaces(line))));
    snippets.push({ ...snippet, block: body.join('\n') });
    index = end;
  }
  return snippets;
}

/** The index of the line closing the block opened at `start` with `fence` (the last line when unclosed). */
function closingFence(lines: readonly string[], start: number, fence: string): number {
  const closing = new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${String(fence.length)},}\\s*$`);
  for (let index = start + 1; index < lines.length; index += 1) {
    if (closing.test(lines[index] ?? '')) return index;
  }
  return lines.length - 1;
}

function leadingSpaces(line: string): number {
  return /^ */.exec(line)?.[0].length ?? 0;
}

/**
 * The lines of `text` between the line containing `snippet:start region` and
 * the one containing `snippet:end region`, without their common indentation.
 *
 * @throws Error when the region has no start, no end, or two starts
 */
function regionOf(text: string, region: string): string {
  const lines = text.split('\n');
  const name = region.replace(/[.-]/g, '\\$&');
  const isMarker = (kind: string) => (line: string) => new RegExp(`snippet:${kind} ${name}(?![\\w.-])`).test(line);
  const starts = lines.flatMap((line, index) => (isMarker('start')(line) ? [index] : []));
  if (starts.length !== 1) {
    throw new Error(starts.length === 0 ? `no "snippet:start ${region}"` : `"snippet:start ${region}" twice`);
  }
  const start = starts[0] ?? 0;
  const end = lines.findIndex((line, index) => index > start && isMarker('end')(line));
  if (end === -1) throw new Error(`no "snippet:end ${region}" after its start`);
  const body = lines.slice(start + 1, end);
  const indent = Math.min(...body.filter((line) => line.trim() !== '').map(leadingSpaces));
  return body.map((line) => line.slice(Number.isFinite(indent) ? indent : 0)).join('\n');
}

/** What a quote should say: the whole file (without its final newline), or its region. */
function quotedText(path: string, region: string | undefined): string {
  const text = readFileSync(join(repo, path), 'utf8').replace(/\r\n/g, '\n');
  return region === undefined ? text.replace(/\n$/, '') : regionOf(text, region);
}

/** The guides whose quotes are checked. */
function guides(): string[] {
  const markdown = (dir: string) =>
    existsSync(join(repo, dir))
      ? readdirSync(join(repo, dir))
          .filter((file) => file.endsWith('.md'))
          .map((file) => join(dir, file))
      : [];
  const packageReadmes = readdirSync(join(repo, 'packages'))
    .map((name) => join('packages', name, 'README.md'))
    .filter((file) => existsSync(join(repo, file)));
  return [...markdown('docs'), 'README.md', ...packageReadmes];
}

/** Why the quote is wrong, or `undefined` when it is right. */
function problemOf(guide: string, snippet: Snippet): string | undefined {
  const where = `${guide}:${String(snippet.line)} quotes ${snippet.path}${snippet.region ? `#${snippet.region}` : ''}`;
  if (snippet.block === undefined) return `${where}, but no fenced code block follows the marker`;
  if (!existsSync(join(repo, snippet.path))) return `${where}, which does not exist`;
  let expected: string;
  try {
    expected = quotedText(snippet.path, snippet.region);
  } catch (error) {
    return `${where}: ${(error as Error).message}`;
  }
  if (snippet.block === expected) return undefined;
  const blockLines = snippet.block.split('\n');
  const expectedLines = expected.split('\n');
  const differs = blockLines.findIndex((line, index) => line !== expectedLines[index]);
  const at = differs === -1 ? Math.min(blockLines.length, expectedLines.length) : differs;
  return (
    `${where}, but the block differs at its line ${String(at + 1)}:\n` +
    `  guide: ${JSON.stringify(blockLines[at])}\n  file:  ${JSON.stringify(expectedLines[at])}`
  );
}

test('every quote of a file in the guides equals the file or its region', () => {
  const checked = guides().flatMap((guide) =>
    snippetsOf(readFileSync(join(repo, guide), 'utf8').replace(/\r\n/g, '\n')).map((snippet) => ({ guide, snippet })),
  );
  assert.ok(checked.length > 0, 'no <!-- snippet: … --> in the guides');
  assert.deepEqual(checked.map(({ guide, snippet }) => problemOf(guide, snippet)).filter(Boolean), []);
});

describe('the quote checker', () => {
  test('takes a region without its markers and its common indentation', () => {
    const file = [
      '<body>',
      '  <!-- snippet:start embed -->',
      '  <p>',
      '    a',
      '  </p>',
      '  <!-- snippet:end embed -->',
    ];
    assert.equal(regionOf(file.join('\n'), 'embed'), '<p>\n  a\n</p>');
    // A name is matched whole: `embed` is not `embed-2`.
    assert.throws(
      () => regionOf('// snippet:start embed-2\nx\n// snippet:end embed-2', 'embed'),
      /no "snippet:start embed"/,
    );
    assert.throws(() => regionOf('// snippet:start a\nx\n', 'a'), /no "snippet:end a"/);
  });

  test('reads a marker, the block after it (past a blank line), one indented in a list, and leaves markers inside a block alone', () => {
    const markdown = [
      '<!-- snippet: a.ts -->',
      '',
      '```ts',
      'one',
      '```',
      '- item',
      '  <!-- snippet: b.html#embed -->',
      '  ```html',
      '  <p></p>',
      '  ```',
      '````md',
      '<!-- snippet: c.ts -->',
      '````',
      '<!-- snippet: d.ts -->',
      'text',
    ].join('\n');
    assert.deepEqual(snippetsOf(markdown), [
      { line: 1, path: 'a.ts', region: undefined, block: 'one' },
      { line: 7, path: 'b.html', region: 'embed', block: '<p></p>' },
      { line: 14, path: 'd.ts', region: undefined, block: undefined },
    ]);
  });

  test('names the guide, its line and the file when a quote is wrong', () => {
    const stale = { line: 7, path: 'examples/recipes/plain-html/index.html', region: 'embed', block: '<p>old</p>' };
    assert.match(
      problemOf('docs/x.md', stale) ?? '',
      /^docs\/x\.md:7 quotes examples\/recipes\/plain-html\/index\.html#embed, but the block differs at its line 1/,
    );
    assert.match(problemOf('docs/x.md', { ...stale, path: 'nowhere.html' }) ?? '', /nowhere\.html.*does not exist/);
    assert.match(problemOf('docs/x.md', { ...stale, region: 'gone' }) ?? '', /#gone: no "snippet:start gone"/);
  });
});
