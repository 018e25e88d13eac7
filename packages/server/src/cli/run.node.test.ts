// runCli in this process, with its output captured: exit codes, messages
// without stack traces, the banner, seeding once, and a clean stop.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { HEADERS } from '@mpp-kit/contract';
import { kediriSeed } from '../seed/load-seed.js';
import { until } from '../test-support/assert.js';
import { runCli, type CliIo } from './run.js';

const root = mkdtempSync(join(tmpdir(), 'mpp-run-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** An io that records lines and stops when told. */
function fakeIo(now = '2026-03-02T09:00:00+07:00') {
  const out: string[] = [];
  const err: string[] = [];
  let stop: (signal: string) => void = () => undefined;
  const stopped = new Promise<string>((resolve) => {
    stop = resolve;
  });
  const io: CliIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    now: () => new Date(now),
    waitForStop: () => ({ stopped, dispose: () => undefined }),
  };
  return { io, out, err, stop: (signal = 'SIGTERM') => stop(signal) };
}

const text = (lines: string[]) => lines.join('\n');
const urlOf = (lines: string[]) => /API:\s+(http:\/\/\S+)\/v1/.exec(text(lines))?.[1] ?? '';

test('--help, --version and bad command lines answer without starting', async () => {
  const help = fakeIo();
  assert.equal(await runCli(['--help'], {}, help.io), 0);
  assert.match(text(help.out), /--rate-limit N/);
  const version = fakeIo();
  assert.equal(await runCli(['--version'], {}, version.io), 0);
  assert.match(text(version.out), /^\d+\.\d+\.\d+/);
  const unknown = fakeIo();
  assert.equal(await runCli(['--prot', '80'], {}, unknown.io), 2);
  assert.match(text(unknown.err), /unknown option: --prot[\s\S]*usage: mpp-kit-server/);
  const port = fakeIo();
  assert.equal(await runCli(['--port', 'abc'], {}, port.io), 2);
  assert.match(text(port.err), /--port "abc"/);
  assert.doesNotMatch(text(port.err), /\n\s+at /);
});

test('a broken or unreadable seed prints its problems and exits 1, without a stack trace', async () => {
  const file = join(root, 'broken-seed.json');
  writeFileSync(file, JSON.stringify({ version: 1, site: { name: '' } }));
  const broken = fakeIo();
  assert.equal(await runCli(['--db', ':memory:', '--port', '0', '--seed', file], {}, broken.io), 1);
  assert.match(text(broken.err), /Seed tidak valid \/ invalid seed \(broken-seed.json\):\n {2}- site\.id: /);
  assert.doesNotMatch(text(broken.err), /\n\s+at /);
  const missing = fakeIo();
  assert.equal(await runCli(['--db', ':memory:', '--seed', join(root, 'nope.json')], {}, missing.io), 1);
  assert.match(text(missing.err), /cannot read the seed file \(ENOENT\)/);
  const malformed = fakeIo();
  writeFileSync(join(root, 'malformed.json'), '{ "version": ');
  assert.equal(await runCli(['--db', ':memory:', '--seed', join(root, 'malformed.json')], {}, malformed.io), 1);
  assert.match(text(malformed.err), /invalid JSON/);
});

test('a --db it cannot use exits 1 in both languages, creating nothing', async () => {
  const cwd = process.cwd();
  process.chdir(root);
  try {
    for (const db of ['mysql://x', 'http://x', 'postgres://mpp:rahasia@db:port/mpp']) {
      const io = fakeIo();
      assert.equal(await runCli(['--db', db, '--port', '0'], {}, io.io), 1, db);
      assert.match(text(io.err), /^mpp-kit-server: --db .*: .* \/ /, db);
      assert.doesNotMatch(text(io.err), /rahasia|\n\s+at /, db);
    }
    // Not a folder "mysql:" with an SQLite file in it.
    assert.deepEqual(
      readdirSync(root).filter((name) => name.endsWith(':')),
      [],
    );
    const unreachable = fakeIo();
    const env = { MPP_SECRET: 'a-secret-of-enough-length' };
    assert.equal(await runCli(['--db', 'postgres://mpp:rahasia@127.0.0.1:1/mpp'], env, unreachable.io), 1);
    assert.match(text(unreachable.err), /cannot reach the database at 127\.0\.0\.1:1 \(ECONNREFUSED\)/);
    assert.doesNotMatch(text(unreachable.err), /rahasia/);
  } finally {
    process.chdir(cwd);
  }
});

test('a missing static folder exits 1', async () => {
  const io = fakeIo();
  assert.equal(await runCli(['--db', ':memory:', '--static', join(root, 'no-portal')], {}, io.io), 1);
  assert.match(text(io.err), /--static .*cannot read the folder \(ENOENT\)/);
});

test('serves, prints the URL and a generated staff token, and stops with 0', async () => {
  const run = fakeIo();
  const exit = runCli(['--db', ':memory:', '--port', '0'], {}, run.io);
  await until(() => urlOf(run.out) !== '');
  const token = /Token staf \/ staff token: (\S+)/.exec(text(run.out))?.[1] ?? '';
  assert.ok(token.length >= 16);
  const site = await fetch(`${urlOf(run.out)}/v1/site`);
  assert.equal(site.status, 200);
  // The generated token is a working staff token.
  const call = await fetch(`${urlOf(run.out)}/v1/counters/loket-1/call-next`, {
    method: 'POST',
    headers: { [HEADERS.authorization]: `Bearer ${token}` },
  });
  assert.notEqual(call.status, 401);
  assert.notEqual(call.status, 403);
  assert.match(text(run.out), /CORS: +semua situs \(\*\), isi --cors untuk produksi/);
  run.stop();
  assert.equal(await exit, 0);
  assert.match(text(run.out), /SIGTERM: berhenti… \/ stopping…[\s\S]*server stopped/);
});

test('never prints a configured staff token, and says when the clock is moved', async () => {
  const run = fakeIo('2026-03-07T20:00:00+07:00');
  const exit = runCli(
    ['--db', ':memory:', '--port', '0', '--clock', 'next-opening'],
    { MPP_STAFF_TOKEN: 'configured-token-0123456789' },
    run.io,
  );
  await until(() => urlOf(run.out) !== '');
  assert.doesNotMatch(text(run.out), /configured-token/);
  assert.match(text(run.out), /Mode demo: [\s\S]*Demo mode: the MPP is closed now \(a weekend\)/);
  run.stop();
  assert.equal(await exit, 0);
});

test('names the origins of --cors in the banner, and allows those only', async () => {
  const run = fakeIo();
  const portals = 'https://portal.kedirikota.go.id,https://kedirikota.go.id';
  const exit = runCli(['--db', ':memory:', '--port', '0'], { MPP_CORS_ORIGINS: portals }, run.io);
  try {
    await until(() => urlOf(run.out) !== '');
    assert.match(text(run.out), /CORS: +https:\/\/portal\.kedirikota\.go\.id, https:\/\/kedirikota\.go\.id\n/);
    const allowOrigin = async (origin: string) =>
      (await fetch(`${urlOf(run.out)}/v1/site`, { headers: { Origin: origin } })).headers.get(
        'Access-Control-Allow-Origin',
      );
    assert.equal(await allowOrigin('https://kedirikota.go.id'), 'https://kedirikota.go.id');
    assert.equal(await allowOrigin('https://evil.example'), null);
  } finally {
    run.stop();
    assert.equal(await exit, 0);
  }
});

test('a port in use exits 1 with a clear message', async () => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const address = blocker.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  try {
    const io = fakeIo();
    assert.equal(await runCli(['--db', ':memory:', '--port', String(port)], {}, io.io), 1);
    assert.match(text(io.err), new RegExp(`127\\.0\\.0\\.1:${port} .*already in use`));
  } finally {
    blocker.close();
  }
});

test('seeds an empty database file once, then reuses it and ignores --seed', async () => {
  const db = join(root, 'seeded', 'mpp.db');
  const first = fakeIo();
  const firstExit = runCli(['--db', db, '--port', '0'], {}, first.io);
  await until(() => urlOf(first.out) !== '');
  assert.match(text(first.out), /seed dimuat \/ seed loaded/);
  assert.match(text(first.out), /generated into .*secret\.key/);
  first.stop();
  assert.equal(await firstExit, 0);

  const seedFile = join(root, 'another-seed.json');
  writeFileSync(seedFile, JSON.stringify(kediriSeed()));
  const second = fakeIo();
  const secondExit = runCli(['--db', db, '--port', '0', '--seed', seedFile], {}, second.io);
  await until(() => urlOf(second.out) !== '');
  assert.match(text(second.out), /the database has data already; --seed ignored/);
  assert.match(text(second.out), /existing data reused/);
  assert.match(text(second.out), /Kunci \/ secret: +dari \/ from .*secret\.key/);
  second.stop();
  assert.equal(await secondExit, 0);

  // Without its key the stored NIKs are lost: refuse rather than make a new one.
  rmSync(join(root, 'seeded', 'secret.key'));
  const third = fakeIo();
  assert.equal(await runCli(['--db', db, '--port', '0'], {}, third.io), 1);
  assert.match(text(third.err), /secret\.key .*is missing while the database holds data/);
});
