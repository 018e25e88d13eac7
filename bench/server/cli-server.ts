// Runs the real `mpp-kit-server` command in a child process for the load
// tests: on a SQLite file in a fresh temporary folder (or the database it is
// given, e.g. a PostgreSQL URL), on 127.0.0.1 and a free port, from the
// TypeScript sources (the same code the bin runs once built).
// The crash test restarts it on the folder and port of a killed one.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cliEntry = join(repo, 'packages/server/src/cli/index.ts');

/** The staff token of every benchmark server: staff requests skip the rate limit. */
export const BENCH_STAFF_TOKEN = 'bench-staff-token-0123456789';

/** A running server. */
export interface CliServer {
  /** `http://127.0.0.1:port` */
  readonly url: string;
  readonly pid: number;
  readonly port: number;
  /** The temporary folder with the database (`mpp.db`); removed by `stop`. */
  readonly folder: string;
  /**
   * Asks the server for a full garbage collection and resolves with its
   * memory right after; only for a server started with `exposeGc`.
   */
  memoryAfterGc(): Promise<NodeJS.MemoryUsage>;
  /** SIGTERM, wait for the exit (killing it after `graceMs`), remove the folder; resolves with the exit code. */
  stop(graceMs?: number): Promise<number | null>;
  /** Sends `signal` and resolves once the process is gone; the folder stays, to restart on it. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

/** Where and how {@link startCliServer} starts the server, besides its flags. */
export interface CliServerOptions {
  /** How long the start may take before it counts as failed. @default 30_000 */
  readonly limitMs?: number;
  /** A folder kept by `kill`, to restart on its database; a fresh temporary folder when unset. */
  readonly folder?: string;
  /** The port to listen on (a killed server's, to restart on it). @default 0, any free port */
  readonly port?: number;
  /**
   * The database to serve instead of `<folder>/mpp.db`, e.g. a `postgres://`
   * URL (then pass `MPP_SECRET` in `env`: the CLI requires it there).
   */
  readonly db?: string;
  /** Environment variables added to the server's (e.g. `MPP_SECRET`). */
  readonly env?: Readonly<Record<string, string>>;
  /**
   * Fills the database file before the server opens it (the server then keeps
   * its data and skips the seed). The key file beside it is written too.
   */
  readonly prepare?: (db: string) => void;
  /**
   * Starts Node with `--expose-gc` and makes the server run a full garbage
   * collection on SIGUSR2 and print its memory, so a benchmark can read the
   * memory it really holds: see {@link CliServer.memoryAfterGc}.
   */
  readonly exposeGc?: boolean;
}

const running = new Set<ChildProcess>();
// Whatever happens to the benchmark, no server outlives it.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** The launcher's answer to SIGUSR2, followed by `process.memoryUsage()` as JSON on the same line. */
const COLLECTED = 'bench: garbage collected ';

/**
 * Starts `mpp-kit-server` with `args` added to `--db <folder>/mpp.db (or options.db) --port
 * <port> --host 127.0.0.1 --staff-token …` and resolves once it listens.
 */
export async function startCliServer(args: readonly string[], options: CliServerOptions = {}): Promise<CliServer> {
  const { limitMs = 30_000, port = 0, exposeGc = false } = options;
  const folder = options.folder ?? mkdtempSync(join(tmpdir(), 'mpp-bench-'));
  const db = options.db ?? join(folder, 'mpp.db');
  if (options.prepare) {
    options.prepare(db);
    // A database with data must come with its key (the CLI refuses to make a new one for it).
    writeFileSync(join(folder, 'secret.key'), `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
  }
  const launcher = join(folder, 'launch.mjs');
  writeFileSync(
    launcher,
    `import { runCli } from ${JSON.stringify(pathToFileURL(cliEntry).href)};\n` +
      (exposeGc
        ? `process.on('SIGUSR2', () => { globalThis.gc(); console.log(${JSON.stringify(COLLECTED)} + JSON.stringify(process.memoryUsage())); });\n`
        : '') +
      'process.exitCode = await runCli(process.argv.slice(2), process.env);\n',
  );
  const child = spawn(
    process.execPath,
    [
      // E.g. MPP_BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=prof" to profile the server.
      ...(process.env['MPP_BENCH_SERVER_NODE_ARGS'] ?? '').split(' ').filter(Boolean),
      ...(exposeGc ? ['--expose-gc'] : []),
      '--import',
      'tsx',
      '--conditions=@mpp-kit/source',
      launcher,
      '--db',
      db,
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--staff-token',
      BENCH_STAFF_TOKEN,
      ...args,
    ],
    { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production', ...options.env } },
  );
  running.add(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) =>
    child.once('exit', (code) => {
      running.delete(child);
      done(code);
    }),
  );

  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`the server did not start in ${limitMs} ms:\n${output}`)), limitMs);
    const check = (): void => {
      const found = /API:\s+(http:\/\/\S+)\/v1/.exec(output)?.[1];
      if (found) {
        clearTimeout(timer);
        done(found);
      }
    };
    child.stdout.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      fail(new Error(`the server exited with ${String(code)}:\n${output}`));
    });
  });

  let collections = 0;
  return {
    url,
    pid: child.pid ?? 0,
    port: Number(new URL(url).port),
    folder,
    async memoryAfterGc() {
      if (!exposeGc) throw new Error('memoryAfterGc needs a server started with exposeGc');
      collections += 1;
      const expected = collections;
      child.kill('SIGUSR2');
      return new Promise<NodeJS.MemoryUsage>((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`no garbage collection in ${limitMs} ms`)), limitMs);
        const check = (): void => {
          const line = output.split(COLLECTED)[expected]?.split('\n');
          // The line is whole once its newline has arrived.
          if (line === undefined || line.length < 2) return;
          clearTimeout(timer);
          child.stdout.off('data', check);
          done(JSON.parse(line[0] ?? '') as NodeJS.MemoryUsage);
        };
        child.stdout.on('data', check);
        check();
      });
    },
    async stop(graceMs = 15_000) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(timer);
      rmSync(folder, { recursive: true, force: true });
      return code;
    },
    async kill(signal) {
      child.kill(signal);
      await exited;
    },
  };
}
