// Where the bytes go: bundles each third-party dependency alone, the SDK as a
// consumer would (`import { createClient }`, and the floor of a client of one
// resource over `createCore`), and the elements' libraries,
// minified and gzipped like size-limit does. It shows the floor the chosen
// dependencies set before any of our code, then, for the SDK's bundles, which
// part of the minified code each origin takes: `node scripts/size-breakdown.mjs`
// (after `npm run build`). The live stream, loaded with `import()` on the first
// `queues.subscribe()`, is left out of the initial figures as a code-splitting
// bundler leaves it out of the first chunk.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

const cases = {
  'ky (the whole client)': `export { default } from 'ky';`,
  'zod/mini, one z.object({ a: z.string() })': `import * as z from 'zod/mini'; export const s = z.object({ a: z.string() });`,
  'eventsource-parser': `export { createParser } from 'eventsource-parser';`,
  'ky + zod/mini minimum + eventsource-parser': `export { default } from 'ky'; import * as z from 'zod/mini'; export const s = z.object({ a: z.string() }); export { createParser } from 'eventsource-parser';`,
  '@mpp-kit/contract: the error envelope schema alone (zod/mini for a real schema)': `export { ErrorEnvelopeSchema } from '@mpp-kit/contract';`,
  '@mpp-kit/sdk: createCore alone (ky, options, errors, the error envelope)': `export { createCore } from '@mpp-kit/sdk';`,
  '@mpp-kit/sdk: createCore + siteResource (the smallest useful client)': `export { createCore, siteResource } from '@mpp-kit/sdk';`,
  '@mpp-kit/sdk: import { createClient }': `export { createClient } from '@mpp-kit/sdk';`,
  'lit + @lit/context + @lit/task': `export { LitElement, html, css } from 'lit'; export { ContextProvider } from '@lit/context'; export { Task } from '@lit/task';`,
  'floor of the elements: ky + zod/mini minimum + lit + @lit/context + @lit/task': `export { default } from 'ky'; import * as z from 'zod/mini'; export const s = z.object({ a: z.string() }); export { LitElement, html, css } from 'lit'; export { ContextProvider } from '@lit/context'; export { Task } from '@lit/task';`,
};

/** The SDK's lazily loaded stream, as size-limit's entries leave it out (`ignore`). */
const LAZY_STREAM = '*/queue/subscribe.js';

async function bundle(contents) {
  return build({
    stdin: { contents, resolveDir: 'packages/elements', loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    external: [LAZY_STREAM],
    logLevel: 'error',
  });
}

const rows = [];
for (const [name, contents] of Object.entries(cases)) {
  const result = await bundle(contents);
  const code = result.outputFiles[0].contents;
  rows.push({
    bundle: name,
    'min (KB)': (code.length / 1000).toFixed(2),
    'min+gzip (KB)': (gzipSync(code).length / 1000).toFixed(2),
  });
}
console.table(rows);

/** Which origin an input of a bundle belongs to. */
function originOf(input) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1];
  if (pkg) return pkg;
  const own = /packages\/(contract|sdk)\/dist\/(\w+)/.exec(input);
  return own ? `@mpp-kit/${own[1]} ${own[2].replace(/\.js$/, '')}` : input;
}

// Where the rest goes: the minified bytes of each origin in the SDK's bundles.
for (const [name, contents] of Object.entries({
  'createCore + siteResource': `export { createCore, siteResource } from '@mpp-kit/sdk';`,
  'createClient (initial load)': `export { createClient } from '@mpp-kit/sdk';`,
})) {
  const result = await bundle(contents);
  const [output] = Object.values(result.metafile.outputs);
  const origins = {};
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    origins[originOf(input)] = (origins[originOf(input)] ?? 0) + bytesInOutput;
  }
  const total = Object.values(origins).reduce((sum, bytes) => sum + bytes, 0);
  console.log(`\n${name}: ${(total / 1000).toFixed(2)} KB minified, by origin`);
  console.table(
    Object.entries(origins)
      .filter(([, bytes]) => bytes > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([origin, bytes]) => ({
        origin,
        'min (KB)': (bytes / 1000).toFixed(2),
        share: `${Math.round((bytes / total) * 100)}%`,
      })),
  );
}
