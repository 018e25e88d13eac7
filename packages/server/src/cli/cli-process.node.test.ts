// The real command in its own process, on a SQLite file: it serves, stops on
// SIGTERM with exit code 0, and a restart on the same file finds the tickets
// taken before, with the numbering carried on.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { HEADERS } from '@mpp-kit/contract';
import { until } from '../test-support/assert.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../../..');
const root = mkdtempSync(join(tmpdir(), 'mpp-cli-'));
const children = new Set<ChildProcess>();
after(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(root, { recursive: true, force: true });
});

// Runs the CLI from source (no build needed), exactly as the bin runs the built one.
const launcher = join(root, 'launch.mjs');
writeFileSync(
  launcher,
  `import { runCli } from ${JSON.stringify(pathToFileURL(join(here, 'index.ts')).href)};\n` +
    'process.exitCode = await runCli(process.argv.slice(2), process.env);\n',
);

const STAFF = 'cli-process-staff-token-0123';
// A Monday of the Kediri seed at 09:00, so tickets can be taken whatever the real time.
const CLOCK = '2026-03-02T09:00:00+07:00';

interface Cli {
  readonly child: ChildProcess;
  readonly url: string;
  readonly output: () => string;
  readonly exit: Promise<number | null>;
}

async function startCli(args: string[], env: Record<string, string> = {}): Promise<Cli> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=@mpp-kit/source', launcher, ...args], {
    cwd: repo,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((done) =>
    child.on('exit', (code) => {
      children.delete(child);
      done(code);
    }),
  );
  let exited = false;
  void exit.then(() => (exited = true));
  await until(() => exited || /API:\s+http/.test(output), 30_000);
  const url = /API:\s+(http:\/\/\S+)\/v1/.exec(output)?.[1];
  assert.ok(url, `the CLI did not start:\n${output}`);
  return { child, url, output: () => output, exit };
}

const takeTicket = async (url: string, serviceId: string) => {
  const response = await fetch(`${url}/v1/tickets`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [HEADERS.authorization]: `Bearer ${STAFF}` },
    body: JSON.stringify({ serviceId }),
  });
  assert.equal(response.status, 201);
  return (await response.json()) as { id: string; number: string };
};

test('keeps tickets and numbering across a SIGTERM and a restart on the same database', async () => {
  const db = join(root, 'data', 'mpp.db');
  const args = ['--port', '0', '--db', db, '--clock', CLOCK, '--staff-token', STAFF];
  const first = await startCli(args);
  assert.equal((await fetch(`${first.url}/v1/site`)).status, 200);
  const ticket = await takeTicket(first.url, 'ktp-el');
  assert.equal(ticket.number, 'A-001');
  // An open queue stream must not hold the shutdown.
  const stream = await fetch(`${first.url}/v1/queues/stream`);
  assert.equal(stream.status, 200);
  first.child.kill('SIGTERM');
  assert.equal(await first.exit, 0, first.output());
  assert.match(first.output(), /server stopped/);
  if (process.platform !== 'win32') assert.equal(statSync(join(root, 'data', 'secret.key')).mode & 0o777, 0o600);

  const second = await startCli(args);
  try {
    assert.match(second.output(), /existing data reused/);
    const found = await fetch(`${second.url}/v1/tickets/${ticket.id}`);
    assert.equal(found.status, 200);
    assert.equal(((await found.json()) as { number: string }).number, 'A-001');
    assert.equal((await takeTicket(second.url, 'ktp-el')).number, 'A-002');
  } finally {
    second.child.kill('SIGINT');
    assert.equal(await second.exit, 0, second.output());
  }
});

test('a bad value exits 2 with a bilingual message and no stack trace', async () => {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@mpp-kit/source', launcher, '--clock', 'yesterday'],
    {
      cwd: repo,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.add(child);
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  children.delete(child);
  assert.equal(code, 2);
  assert.match(output, /--clock "yesterday": .* \/ must be an ISO 8601 time/);
  assert.doesNotMatch(output, /\n\s+at /);
});
