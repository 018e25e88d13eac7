// The server secret: MPP_SECRET, else secret.key beside the database (0600), else per run for :memory:.
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { resolveSecret } from './secret.js';
import { CliStartError } from './start-error.js';

const root = mkdtempSync(join(tmpdir(), 'mpp-secret-'));
after(() => rmSync(root, { recursive: true, force: true }));
const folder = (name: string) => mkdtempSync(join(root, `${name}-`));

test('generates secret.key beside the database with mode 0600, then reuses it', () => {
  const db = join(folder('fresh'), 'mpp.db');
  const first = resolveSecret(db, null);
  assert.equal(first.source, 'generated-file');
  assert.equal(first.file, join(db, '..', 'secret.key'));
  assert.ok(first.secret.length >= 32);
  assert.equal(readFileSync(first.file, 'utf8').trim(), first.secret);
  if (process.platform !== 'win32') assert.equal(statSync(first.file).mode & 0o777, 0o600);
  const second = resolveSecret(db, null);
  assert.deepEqual(second, { secret: first.secret, source: 'file', file: first.file, warning: null });
});

test('prefers MPP_SECRET and writes no file', () => {
  const dir = folder('env');
  const resolved = resolveSecret(join(dir, 'mpp.db'), 'from-the-environment-123');
  assert.deepEqual(resolved, { secret: 'from-the-environment-123', source: 'env', file: null, warning: null });
  assert.throws(() => statSync(join(dir, 'secret.key')), { code: 'ENOENT' });
});

test('makes a fresh secret per run for :memory:', () => {
  const a = resolveSecret(':memory:', null);
  const b = resolveSecret(':memory:', null);
  assert.equal(a.source, 'generated-memory');
  assert.equal(a.file, null);
  assert.notEqual(a.secret, b.secret);
});

test('refuses a key file that is too short, and warns about one others can read', () => {
  const short = folder('short');
  writeFileSync(join(short, 'secret.key'), 'tiny\n', { mode: 0o600 });
  assert.throws(
    () => resolveSecret(join(short, 'mpp.db'), null),
    (error) => error instanceof CliStartError && /at least 16/.test(error.message),
  );
  if (process.platform === 'win32') return;
  const loose = folder('loose');
  writeFileSync(join(loose, 'secret.key'), 'a-long-enough-secret-value\n');
  chmodSync(join(loose, 'secret.key'), 0o644);
  const resolved = resolveSecret(join(loose, 'mpp.db'), null);
  assert.equal(resolved.secret, 'a-long-enough-secret-value');
  assert.match(resolved.warning ?? '', /chmod 600/);
});

test('refuses to make a new key for a database that holds data', () => {
  const dir = folder('orphan');
  assert.throws(
    () => resolveSecret(join(dir, 'mpp.db'), null, false),
    (error) => error instanceof CliStartError && /restore it or set the MPP_SECRET used before/.test(error.message),
  );
  assert.throws(() => statSync(join(dir, 'secret.key')), { code: 'ENOENT' });
  assert.equal(resolveSecret(join(dir, 'mpp.db'), 'from-the-environment-123', false).source, 'env');
});

test('says so when the folder cannot take the key', () => {
  assert.throws(
    () => resolveSecret(join(root, 'missing-folder', 'mpp.db'), null),
    (error) => error instanceof CliStartError && /cannot write the secret \(ENOENT\)/.test(error.message),
  );
});
