// `mpp-kit-server backup FILE` while the server runs on the same file: the copy
// holds what was written a moment before (still in the write-ahead log), opens
// as an mpp-kit database, names the key it needs, and nothing is overwritten.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { HEADERS } from '@mpp-kit/contract';
import { SqliteStore } from '../node/sqlite-store.js';
import { until } from '../test-support/assert.js';
import { runCli, type CliIo } from './run.js';

const root = mkdtempSync(join(tmpdir(), 'mpp-backup-'));
after(() => rmSync(root, { recursive: true, force: true }));

const STAFF = 'backup-test-staff-token-0123';

/** An io that records lines and stops when told. */
function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  let stop: (signal: string) => void = () => undefined;
  const stopped = new Promise<string>((resolve) => (stop = resolve));
  const io: CliIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    now: () => new Date('2026-03-02T09:00:00+07:00'),
    waitForStop: () => ({ stopped, dispose: () => undefined }),
  };
  return { io, out, err, stop: () => stop('SIGTERM') };
}

const text = (lines: string[]) => lines.join('\n');

test('copies the live database, with what the server just wrote, and names the key', async () => {
  const db = join(root, 'live', 'mpp.db');
  const server = fakeIo();
  const serving = runCli(
    ['--db', db, '--port', '0', '--staff-token', STAFF, '--clock', '2026-03-02T09:00:00+07:00'],
    {},
    server.io,
  );
  await until(() => /API:\s+http/.test(text(server.out)));
  const url = /API:\s+(http:\/\/\S+)\/v1/.exec(text(server.out))?.[1] ?? '';
  try {
    const taken = await fetch(`${url}/v1/tickets`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [HEADERS.authorization]: `Bearer ${STAFF}` },
      body: JSON.stringify({ serviceId: 'ktp-el' }),
    });
    assert.equal(taken.status, 201);
    const ticket = (await taken.json()) as { id: string };

    const target = join(root, 'copy.db');
    const backup = fakeIo();
    assert.equal(await runCli(['backup', target, '--db', db], {}, backup.io), 0, text(backup.err));
    assert.match(text(backup.out), /Cadangan \/ backup: .*copy\.db \(\d+ bytes, skema \/ schema 3\)/);
    assert.match(text(backup.out), /useless without its key: .*live\/secret\.key/);
    assert.equal(statSync(target).mode & 0o777, 0o600);

    const restored = new SqliteStore(target);
    try {
      assert.equal(restored.getSite().id, 'mpp-kota-kediri');
      assert.equal((await restored.getTicket(ticket.id))?.serviceId, 'ktp-el');
    } finally {
      restored.close();
    }

    const again = fakeIo();
    assert.equal(await runCli(['backup', target, '--db', db], {}, again.io), 1);
    assert.match(text(again.err), /copy\.db sudah ada; .* \/ already exists; choose a new name/);
  } finally {
    server.stop();
    assert.equal(await serving, 0);
  }
});

test('names MPP_SECRET as the key when the secret comes from the environment', async () => {
  const db = join(root, 'env', 'mpp.db');
  new SqliteStore(db).close();
  const run = fakeIo();
  const env = { MPP_SECRET: 'a-secret-of-enough-length' };
  assert.equal(await runCli(['backup', join(root, 'env-copy.db'), '--db', db], env, run.io), 0, text(run.err));
  assert.match(text(run.out), /useless without its key: .*the same MPP_SECRET/);
});

test('refuses what is not an mpp-kit database file', async () => {
  const stranger = join(root, 'stranger.db');
  writeFileSync(stranger, '');
  const cases: [string, RegExp][] = [
    [':memory:', /--db :memory: .* \/ cannot be backed up/],
    [join(root, 'missing.db'), /missing\.db: .* \/ cannot open the database/],
    [stranger, /stranger\.db: .* \/ not an mpp-kit database/],
  ];
  for (const [db, message] of cases) {
    const run = fakeIo();
    assert.equal(await runCli(['backup', join(root, 'never.db'), '--db', db], {}, run.io), 1, db);
    assert.match(text(run.err), message);
  }
});
