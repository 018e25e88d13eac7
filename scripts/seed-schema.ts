// Generates docs/seed.schema.json, the JSON Schema of a regency's seed file,
// from the contract's SeedSchema with zod's own converter, so editors can check
// a seed while it is written. The schema says the shape; the cross-references
// (unknown agency ids, duplicate queue prefixes...) are checked when the server
// loads the seed. `npm run seed-schema` writes the file;
// scripts/seed-schema.node.test.ts fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as z from 'zod/mini';
import { SeedSchema } from '../packages/contract/src/index.js';

/** Where the schema is written. */
export const SEED_SCHEMA_PATH = fileURLToPath(new URL('../docs/seed.schema.json', import.meta.url));

/** The JSON Schema (draft 2020-12) of the seed file, as written to disk. */
export function renderSeedJsonSchema(): string {
  const schema = z.toJSONSchema(SeedSchema, { io: 'input', unrepresentable: 'any' });
  const document = {
    ...schema,
    title: 'mpp-kit seed (data awal MPP)',
    description:
      'What a regency controls: the site, agencies, services, counters, holidays and settings. ' +
      'Cross-references are checked when the server loads the file (see docs/seed.md).',
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(SEED_SCHEMA_PATH, renderSeedJsonSchema());
  console.log(`wrote ${SEED_SCHEMA_PATH}`);
}
