// A page pays only for what it imports: each route, schema and SDK resource is
// free of side effects, so a bundler drops the ones a page does not use. These
// bundle entry points from source with esbuild (as a consumer's bundler would)
// and look for what must, and must not, be in the result.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

async function bundle(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['@mpp-kit/source'],
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0]?.text ?? '';
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
    .filter(([, path]) => code.includes(path.replaceAll("'", '"')))
    .map(([name]) => name);
}

test('a contract rule comes without zod or the route table', async () => {
  const code = await bundle(`export { parseNik, HEADERS, formatQueueNumber } from '@mpp-kit/contract';`);
  assert.deepEqual(paths(code), []);
  assert.doesNotMatch(code, /\$ZodObject/);
});

test('one SDK resource carries its routes and none of the others', async () => {
  const code = await bundle(`export { createCore, siteResource } from '@mpp-kit/sdk';`);
  assert.deepEqual(paths(code), ['site']);
});

test('the full client carries every route, the stream included', async () => {
  const code = await bundle(`export { createClient } from '@mpp-kit/sdk';`);
  assert.deepEqual(paths(code), Object.keys(ROUTE_PATHS));
});

test("each element's define module carries only the routes that element reads", async () => {
  assert.deepEqual(paths(await bundle(`import '@mpp-kit/elements/site-info/define.js';`)), ['site']);
  // The catalog reads the site, agencies, services, and the queue view for counter names.
  const catalog = paths(await bundle(`import '@mpp-kit/elements/service-catalog/define.js';`));
  assert.ok(catalog.includes('services'));
  assert.ok(!catalog.includes('bookings') && !catalog.includes('counters'), catalog.join());
});
