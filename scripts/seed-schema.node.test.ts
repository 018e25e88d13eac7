// docs/seed.schema.json must be what scripts/seed-schema.ts generates from the
// contract now (regenerate with `npm run seed-schema`).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { renderSeedJsonSchema, SEED_SCHEMA_PATH } from './seed-schema.js';

test('docs/seed.schema.json is up to date (run `npm run seed-schema`)', () => {
  assert.equal(readFileSync(SEED_SCHEMA_PATH, 'utf8'), renderSeedJsonSchema(), 'docs/seed.schema.json is stale');
});

test('the seed schema is strict and names every section a regency fills in', () => {
  const schema = JSON.parse(renderSeedJsonSchema()) as {
    required: string[];
    additionalProperties: boolean;
    properties: Record<string, unknown>;
  };
  assert.deepEqual([...schema.required].sort(), ['agencies', 'counters', 'services', 'site', 'version']);
  assert.equal(schema.additionalProperties, false, 'a typo in a seed file must be an error');
  assert.ok('settings' in schema.properties);
});
