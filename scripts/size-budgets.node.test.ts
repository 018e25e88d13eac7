// The bundle-size budgets of .size-limit.mjs as a gate: npm test builds first,
// then this runs size-limit over the fresh dist/ and fails on any budget
// exceeded, naming the check, its size and its limit. The figures themselves
// are reported by `npm run size`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const repo = fileURLToPath(new URL('..', import.meta.url));

interface Check {
  readonly name: string;
  readonly passed: boolean;
  readonly size: number;
  readonly sizeLimit: number;
}

test('every bundle stays within its size budget', async () => {
  for (const dist of ['packages/sdk/dist', 'packages/elements/dist']) {
    assert.ok(existsSync(join(repo, dist)), `No ${dist}: run \`npm run build\` first (npm test does).`);
  }
  // size-limit exits 1 when a budget is exceeded; its JSON says which, so read it either way.
  const { stdout } = await promisify(execFile)(join(repo, 'node_modules/.bin/size-limit'), ['--json'], {
    cwd: repo,
    maxBuffer: 16 * 1024 * 1024,
  }).catch((error: unknown) => ({ stdout: (error as { stdout?: string }).stdout ?? '' }));
  const checks = JSON.parse(stdout) as Check[];
  assert.ok(checks.length >= 10, `size-limit ran ${checks.length} checks`);
  const over = checks
    .filter((check) => !check.passed)
    .map((check) => `${check.name}: ${check.size} B, budget ${check.sizeLimit} B`);
  assert.deepEqual(over, []);
});
