// Redocly's linter, with its recommended rules, finds no error in the OpenAPI
// document the generator makes (docs/openapi.json is that document: see the
// staleness test). Warnings are allowed: `ErrorCode` and `QueueEvent` are
// components for readers (the stream's events, the codes of this version)
// that no operation references.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { renderOpenApiDocument } from './openapi.js';

const REDOCLY = fileURLToPath(new URL('../node_modules/@redocly/cli/bin/cli.js', import.meta.url));

interface LintReport {
  readonly totals: { readonly errors: number; readonly warnings: number };
  readonly problems: readonly { readonly ruleId: string; readonly severity: string; readonly message: string }[];
}

test('redocly lint (recommended rules) finds no error', () => {
  const folder = mkdtempSync(join(tmpdir(), 'mpp-openapi-lint-'));
  try {
    const file = join(folder, 'openapi.json');
    writeFileSync(file, renderOpenApiDocument());
    const run = spawnSync(process.execPath, [REDOCLY, 'lint', file, '--extends=recommended', '--format=json'], {
      encoding: 'utf8',
      // No usage report and no update check: the test talks to nothing.
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    });
    assert.ok(run.stdout.trim().startsWith('{'), `redocly did not report: ${run.stderr}`);
    const report = JSON.parse(run.stdout) as LintReport;
    const errors = report.problems.filter((problem) => problem.severity === 'error');
    assert.deepEqual(
      errors.map((problem) => `${problem.ruleId}: ${problem.message}`),
      [],
    );
    assert.equal(report.totals.errors, 0);
    assert.equal(run.status, 0, run.stderr);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
