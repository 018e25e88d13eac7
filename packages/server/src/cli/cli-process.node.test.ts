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
  // The banner may arrive in more than one chunk: wait for its line after the API's.
  await until(() => exited || /API:\s+http[^]*(seed loaded|existing data reused)/.test(output), 30_000);
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

test('leaves nothing personal in its output: no NIK, name, phone, email or booking secret', async () => {
  const applicant = {
    name: 'Siti Rahayu Kusumawardani',
    nik: '3571014507950003',
    phone: '0812-3456-7890',
    email: 'siti.rahayu@example.com',
  };
  const cli = await startCli(['--port', '0', '--db', ':memory:', '--clock', CLOCK, '--staff-token', STAFF]);
  const send = (path: string, init: RequestInit = {}) => fetch(`${cli.url}${path}`, init);
  const json = { 'Content-Type': 'application/json' };
  // Filled in once the booking is made, to look for it in the output afterwards.
  const seen = { secret: '' };
  try {
    const availability = (await (await send('/v1/services/ktp-el/availability')).json()) as {
      days: { slots: { start: string }[] }[];
    };
    const slotStart = availability.days.flatMap((day) => day.slots)[0]?.start;
    assert.ok(slotStart, 'a bookable slot today');
    const body = JSON.stringify({ serviceId: 'ktp-el', slotStart, applicant, consent: true });
    const created = await send('/v1/bookings', { method: 'POST', headers: json, body });
    assert.equal(created.status, 201);
    const { code, secret } = (await created.json()) as { code: string; secret: string };
    seen.secret = secret;
    const holder = { [HEADERS.bookingSecret]: secret };
    assert.equal((await send(`/v1/bookings/${code}`, { headers: holder })).status, 200);
    // The refusals and error paths see the same data: a secret in the URL, a booking
    // twice, a broken body and an invalid one.
    assert.equal((await send(`/v1/bookings/${code}?secret=${secret}`)).status, 400);
    assert.equal((await send('/v1/bookings', { method: 'POST', headers: json, body })).status, 409);
    assert.equal((await send('/v1/bookings', { method: 'POST', headers: json, body: body.slice(0, -2) })).status, 400);
    const invalid = JSON.stringify({
      serviceId: 'ktp-el',
      slotStart,
      applicant: { ...applicant, nik: '3571019999950003' },
    });
    assert.equal((await send('/v1/bookings', { method: 'POST', headers: json, body: invalid })).status, 422);
    const staff = { [HEADERS.authorization]: `Bearer ${STAFF}` };
    assert.equal((await send(`/v1/bookings/${code}/check-in`, { headers: staff })).status, 200);
    assert.equal((await send(`/v1/bookings/${code}/check-in`, { method: 'POST', headers: staff })).status, 201);
  } finally {
    cli.child.kill('SIGTERM');
    assert.equal(await cli.exit, 0, cli.output());
  }
  const output = cli.output();
  assert.match(output, /server stopped/);
  const personal = [
    applicant.nik,
    '3571019999950003',
    ...applicant.name.split(' '),
    applicant.phone,
    '81234567890',
    applicant.email,
    'siti.rahayu',
    seen.secret,
  ];
  assert.ok(seen.secret.length > 0);
  for (const value of personal) assert.ok(!output.includes(value), `the output holds ${value}:\n${output}`);
  assert.doesNotMatch(output, /secret=|X-Booking-Secret/i);
});
