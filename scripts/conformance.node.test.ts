// The conformance checks of scripts/conformance.ts. With MPP_CONFORMANCE_URL
// set, they run against that backend (a regency's own); without it, against the
// reference server's command in a process of its own, and each check must fail
// against a backend that breaks the rule it checks.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONFORMANCE_CHECKS, targetFromEnv, type ConformanceCheck, type ConformanceTarget } from './conformance.js';

const external = targetFromEnv(process.env);

/** Why `check` cannot run against the external backend, or `false`. The reference server runs them all. */
function skipReason(check: ConformanceCheck): string | false {
  if (external === null) return false;
  if (check.needs === 'staffToken' && external.staffToken === undefined) return 'set MPP_CONFORMANCE_STAFF_TOKEN';
  if (check.needs === 'writes' && !external.writes) return 'writes only on a staging server: MPP_CONFORMANCE_WRITES=1';
  return false;
}

/** Registers one test per check. */
function testEveryCheck(target: () => ConformanceTarget): void {
  for (const check of CONFORMANCE_CHECKS) test(check.name, { skip: skipReason(check) }, () => check.run(target()));
}

if (external !== null) {
  describe(`${external.baseUrl} speaks mpp-kit v1`, () => testEveryCheck(() => external));
} else {
  const repo = fileURLToPath(new URL('..', import.meta.url));
  const root = mkdtempSync(join(tmpdir(), 'mpp-conformance-'));
  const STAFF = 'conformance-staff-token-0123';
  let child: ChildProcess | undefined;
  let reference: ConformanceTarget | undefined;
  const target = (): ConformanceTarget => reference ?? assert.fail('the reference server did not start');

  before(
    async () => {
      // The command from source, as the built bin runs it; a Monday at 09:00 of the
      // Kediri seed, so a number can be taken whatever the real time.
      const launcher = join(root, 'launch.mjs');
      const cli = pathToFileURL(join(repo, 'packages/server/src/cli/index.ts')).href;
      writeFileSync(
        launcher,
        `import { runCli } from ${JSON.stringify(cli)};\nprocess.exitCode = await runCli(process.argv.slice(2), process.env);\n`,
      );
      const args = ['--port', '0', '--db', ':memory:', '--clock', '2026-03-02T09:00:00+07:00', '--staff-token', STAFF];
      const started = spawn(process.execPath, ['--import', 'tsx', '--conditions=@mpp-kit/source', launcher, ...args], {
        cwd: repo,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = started;
      let output = '';
      const url = await new Promise<string>((resolve, reject) => {
        const read = (chunk: Buffer): void => {
          output += chunk.toString();
          const found = /API:\s+(http:\/\/\S+)\/v1/.exec(output);
          if (found?.[1] !== undefined && /seed loaded/.test(output)) resolve(found[1]);
        };
        started.stdout.on('data', read);
        started.stderr.on('data', read);
        started.on('exit', () => reject(new Error(`the reference server exited:\n${output}`)));
      });
      reference = { baseUrl: url, staffToken: STAFF, writes: true };
    },
    // A start that hangs fails the file instead of holding the run forever.
    { timeout: 60_000 },
  );
  after(() => {
    child?.kill('SIGTERM');
    rmSync(root, { recursive: true, force: true });
  });

  describe('the reference server, in its own process, passes every check', () => testEveryCheck(target));

  /** A backend that answers as the reference server does, except where `change` alters an answer. */
  const broken = (change: (url: URL, response: Response) => Response | Promise<Response>): ConformanceTarget => ({
    ...target(),
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      return change(new URL(input instanceof Request ? input.url : input), response);
    },
  });
  const withHeaders = (response: Response, edit: (headers: Headers) => void): Response => {
    const headers = new Headers(response.headers);
    edit(headers);
    return new Response(response.body, { status: response.status, headers });
  };
  const failures = async (check: ConformanceCheck, backend: ConformanceTarget): Promise<string> => {
    try {
      await check.run(backend);
    } catch (error) {
      return String(error);
    }
    return assert.fail(`"${check.name}" passed against a broken backend`);
  };
  const check = (start: string): ConformanceCheck =>
    CONFORMANCE_CHECKS.find((candidate) => candidate.name.startsWith(start)) ?? assert.fail(start);

  describe('each check fails against a backend that breaks its rule', () => {
    test('a catalog answer without a required field', async () => {
      const backend = broken(async (url, response) => {
        if (url.pathname !== '/v1/site' || response.status !== 200) return response;
        const { timeZone: _dropped, ...site } = (await response.json()) as Record<string, unknown>;
        return new Response(JSON.stringify(site), { status: 200, headers: response.headers });
      });
      assert.match(await failures(check('the catalog'), backend), /GET \/v1\/site: the body does not fit[^]*timeZone/);
    });

    test('an answer without X-Request-Id', async () => {
      const backend = broken((_url, response) => withHeaders(response, (headers) => headers.delete('X-Request-Id')));
      assert.match(await failures(check('an error is'), backend), /lacks x-request-id/);
    });

    test('a catalog that cannot be revalidated', async () => {
      const backend = broken((_url, response) => withHeaders(response, (headers) => headers.delete('ETag')));
      assert.match(await failures(check('the catalog'), backend), /lacks etag/);
    });

    test('a 401 without its challenge', async () => {
      const backend = broken((_url, response) =>
        withHeaders(response, (headers) => headers.delete('WWW-Authenticate')),
      );
      assert.match(await failures(check('a staff route'), backend), /lacks www-authenticate/);
    });

    test('a replay without Idempotent-Replayed', async () => {
      const backend = broken((_url, response) =>
        withHeaders(response, (headers) => headers.delete('Idempotent-Replayed')),
      );
      assert.match(await failures(check('a repeated Idempotency-Key'), backend), /lacks Idempotent-Replayed/);
    });

    test('a stream that ignores Last-Event-ID', async () => {
      const backend = broken((_url, response) => response);
      const ignoring: ConformanceTarget = {
        ...backend,
        fetch: (input, init) => {
          const headers = new Headers(init?.headers);
          headers.delete('Last-Event-ID');
          return fetch(input, { ...init, headers });
        },
      };
      assert.match(await failures(check('a repeated Idempotency-Key'), ignoring), /sent a snapshot/);
    });
  });
}
