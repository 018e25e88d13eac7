// A page pays only for what it imports: each route, schema and SDK resource is
// free of side effects, so a bundler drops the ones a page does not use. These
// bundle entry points with esbuild (as a consumer's bundler would), from source
// and from the contract as the build ships it, and look for what must, and
// must not, be in the result.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import * as contract from '@mpp-kit/contract';
import nodeResolve from '@rollup/plugin-node-resolve';
import { build, transform, type Plugin } from 'esbuild';
import { rollup, type OutputOptions, type Plugin as RollupPlugin, type RollupOptions } from 'rollup';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Resolves `@mpp-kit/contract` to a package in `dir` (its package.json, a build in `dist/`) instead of its source. */
function builtContract(dir: string): Plugin {
  return {
    name: 'built-contract',
    setup(esbuild) {
      esbuild.onResolve({ filter: /^@mpp-kit\/contract$/ }, () => ({ path: join(dir, 'dist', 'index.js') }));
    },
  };
}

async function bundle(contents: string, contractDist?: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['@mpp-kit/source'],
    plugins: contractDist ? [builtContract(contractDist)] : [],
    // The built contract's own imports (zod) resolve from this workspace.
    nodePaths: [join(root, 'node_modules')],
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0]?.text ?? '';
}

/**
 * Bundles with code splitting as rollup (Vite's bundler) does: what a page
 * loads first (the entry chunk and the chunks it imports) and what it loads only
 * through `import()`. The SDK from source (types stripped by esbuild), the
 * contract from a build in `contractDir`.
 */
async function split(contents: string, contractDir: string): Promise<{ initial: string; lazy: string }> {
  const sources: RollupPlugin = {
    name: 'sources',
    resolveId(source, importer) {
      if (source === 'entry') return source;
      if (source === '@mpp-kit/contract') return join(contractDir, 'dist', 'index.js');
      if (source === '@mpp-kit/sdk') return join(root, 'packages', 'sdk', 'src', 'index.ts');
      // The SDK's sources import each other by their `.js` names.
      if (importer?.endsWith('.ts') && source.startsWith('.'))
        return join(dirname(importer), source.replace(/\.js$/, '.ts'));
      return null;
    },
    load: (id) => (id === 'entry' ? contents : null),
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      return (await transform(code, { loader: 'ts', format: 'esm', sourcefile: id })).code;
    },
  };
  const bundler = await rollup({
    input: 'entry',
    plugins: [sources, nodeResolve({ browser: true })],
    logLevel: 'silent',
  });
  const { output } = await bundler.generate({ format: 'esm' });
  await bundler.close();
  const chunks = new Map(output.flatMap((file) => (file.type === 'chunk' ? [[file.fileName, file]] : [])));
  const initial = new Set<string>();
  const visit = (name: string): void => {
    if (initial.has(name)) return;
    initial.add(name);
    for (const imported of chunks.get(name)?.imports ?? []) visit(imported);
  };
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
  const text = (first: boolean): string =>
    [...chunks.values()]
      .filter((chunk) => initial.has(chunk.fileName) === first)
      .map((chunk) => chunk.code)
      .join('\n');
  return { initial: text(true), lazy: text(false) };
}

const ROUTE_PATHS = {
  site: "'/v1/site'",
  services: "'/v1/services'",
  bookings: "'/v1/bookings'",
  counters: "'/v1/counters/{id}'",
  stream: "'/v1/queues/stream'",
} as const;

function paths(code: string): string[] {
  return Object.entries(ROUTE_PATHS)
    .filter(([, path]) => code.includes(path) || code.includes(path.replaceAll("'", '"')))
    .map(([name]) => name);
}

/** The contract's exported schemas by name (a bundle that is not minified keeps their names). */
const schemaNames = new Map<unknown, string>(
  Object.entries(contract)
    .filter(([name]) => name.endsWith('Schema') && name !== 'PageSchema')
    .map(([name, schema]) => [schema, name]),
);

/** The name of every params, query, body and response schema of the route table. */
const routeSchemas = [
  ...new Set(
    Object.entries(contract.routes).flatMap(([route, definition]) =>
      (['params', 'query', 'body', 'response'] as const).flatMap((part) => {
        const schema = (definition as contract.RouteDefinition)[part];
        if (!schema) return [];
        const name = schemaNames.get(schema);
        assert.ok(name, `the ${part} schema of ${route} is not exported under a name a test can look for`);
        return [name];
      }),
    ),
  ),
];

/**
 * Which of `names` a bundle defines: `var Name = ...`, or `Name = ...` in a
 * module esbuild wraps to run it later. esbuild suffixes a digit to a name it
 * had to rename.
 */
function defined(code: string, names: readonly string[]): string[] {
  return names.filter((name) => new RegExp(`(?:^|[\\s,;])${name}\\d*\\s*=[^=]`, 'm').test(code));
}

test('a contract rule comes without zod or the route table', async () => {
  const code = await bundle(`export { parseNik, HEADERS, formatQueueNumber } from '@mpp-kit/contract';`);
  assert.deepEqual(paths(code), []);
  assert.doesNotMatch(code, /\$ZodObject/);
});

test('createCore carries none of the route schemas', async () => {
  assert.deepEqual(defined(await bundle(`export { createCore } from '@mpp-kit/sdk';`), routeSchemas), []);
});

test('one SDK resource carries its routes and none of the others', async () => {
  const code = await bundle(`export { createCore, siteResource } from '@mpp-kit/sdk';`);
  assert.deepEqual(paths(code), ['site']);
  assert.deepEqual(defined(code, routeSchemas), ['SiteSchema']);
});

test('the full client carries every route, the stream included', async () => {
  const code = await bundle(`export { createClient } from '@mpp-kit/sdk';`);
  assert.deepEqual(paths(code), Object.keys(ROUTE_PATHS));
});

test('the full client carries none of what only the OpenAPI document reads (summaries, error lists)', async () => {
  const code = await bundle(`export { createClient } from '@mpp-kit/sdk';`);
  const summaries = Object.values(contract.routeDocs).map(({ summary }) => summary);
  assert.deepEqual(
    summaries.filter((summary) => code.includes(JSON.stringify(summary).slice(1, -1))),
    [],
  );
  assert.doesNotMatch(code, /\berrorCodes\b|\brouteDocs\b/);
});

test("each element's define module carries only the routes that element reads", async () => {
  assert.deepEqual(paths(await bundle(`import '@mpp-kit/elements/site-info/define.js';`)), ['site']);
  // The catalog reads the site, agencies, services, and the queue view for counter names.
  const catalog = paths(await bundle(`import '@mpp-kit/elements/service-catalog/define.js';`));
  assert.ok(catalog.includes('services'));
  assert.ok(!catalog.includes('bookings') && !catalog.includes('counters'), catalog.join());
});

// The build marks schema constants pure (zod's own annotations do not survive a
// `z.object({...})` or a `.check()` chain); without that a bundler keeps every
// schema of each module it reaches.
describe('the built contract, as a consumer bundles it', () => {
  let contractDir = ''; // a copy of the package: its package.json and a fresh build in dist/
  before(async () => {
    contractDir = mkdtempSync(join(tmpdir(), 'mpp-contract-'));
    // Its package.json says `sideEffects: false`, as the published package does.
    cpSync(join(root, 'packages', 'contract', 'package.json'), join(contractDir, 'package.json'));
    const { configFor } = (await import(
      // @ts-expect-error the build configuration is plain JavaScript, without declarations
      '../rollup.config.mjs'
    )) as { configFor: (pkgDir: string) => RollupOptions & { output: OutputOptions } };
    const config = configFor(join(root, 'packages', 'contract'));
    // Generated in memory and written here: the working tree's dist/ may be stale or absent.
    const built = await rollup(config);
    const { output } = await built.generate(config.output);
    await built.close();
    for (const file of output) {
      if (file.type !== 'chunk') continue;
      const path = join(contractDir, 'dist', file.fileName);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.code);
    }
  });
  after(() => rmSync(contractDir, { recursive: true, force: true }));

  test('createCore carries none of the route schemas', async () => {
    const code = await bundle(`export { createCore } from '@mpp-kit/sdk';`, contractDir);
    assert.deepEqual(defined(code, routeSchemas), []);
  });

  test('one schema comes without the other schemas of its module', async () => {
    const code = await bundle(`export { IdSchema } from '@mpp-kit/contract';`, contractDir);
    assert.deepEqual(defined(code, [...schemaNames.values()]), ['IdSchema']);
  });

  test('one SDK resource carries its own schemas only', async () => {
    const code = await bundle(`export { createCore, ticketsResource } from '@mpp-kit/sdk';`, contractDir);
    assert.deepEqual(defined(code, routeSchemas).sort(), ['IdParamsSchema', 'TakeTicketInputSchema', 'TicketSchema']);
  });

  test('a queue snapshot comes without the live stream, which loads on the first subscribe()', async () => {
    const { initial, lazy } = await split(`export { createCore, queuesResource } from '@mpp-kit/sdk';`, contractDir);
    const stream = (code: string): string[] =>
      [
        ...paths(code).filter((name) => name === 'stream'),
        ...defined(code, ['QueueEventSchema', 'TicketEventSchema', 'CounterEventSchema']),
        ...['createParser', 'readEventStream', 'applyQueueEvent'].filter((name) => code.includes(`function ${name}(`)),
      ].sort();
    const all = ['CounterEventSchema', 'QueueEventSchema', 'TicketEventSchema', 'applyQueueEvent'];
    assert.deepEqual(stream(initial), []);
    assert.deepEqual(stream(lazy), [...all, 'createParser', 'readEventStream', 'stream'].sort());
    assert.ok(initial.includes("'/v1/queues'"), 'the snapshot route loads first');
  });
});
