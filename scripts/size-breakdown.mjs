// Where the bytes go: bundles each third-party dependency alone, the SDK as a
// consumer would (`import { createClient }`, and the floor of a client of one
// resource over `createCore`), and the elements' libraries,
// minified and gzipped like size-limit does. It shows the floor the chosen
// dependencies set before any of our code: `node scripts/size-breakdown.mjs`
// (after `npm run build`).
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

const rows = [];
for (const [name, contents] of Object.entries(cases)) {
  const result = await build({
    stdin: { contents, resolveDir: 'packages/elements', loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  rows.push({
    bundle: name,
    'min (KB)': (code.length / 1000).toFixed(2),
    'min+gzip (KB)': (gzipSync(code).length / 1000).toFixed(2),
  });
}
console.table(rows);
