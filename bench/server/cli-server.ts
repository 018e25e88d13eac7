// Runs the real `mpp-kit-server` command in a child process for the load
// tests: on a SQLite file in a fresh temporary folder, on 127.0.0.1 and a free
// port, from the TypeScript sources (the same code the bin runs once built).
// The crash test restarts it on the folder and port of a killed one.
import { spawn, type ChildProcess } from 'node:child_process';
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
  /** Environment variables added to the server's (e.g. `MPP_SECRET`). */
  readonly env?: Readonly<Record<string, string>>;
}

const running = new Set<ChildProcess>();
// Whatever happens to the benchmark, no server outlives it.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * Starts `mpp-kit-server` with `args` added to `--db <folder>/mpp.db --port
 * <port> --host 127.0.0.1 --staff-token …` and resolves once it listens.
 */
export async function startCliServer(args: readonly string[], options: CliServerOptions = {}): Promise<CliServer> {
  const { limitMs = 30_000, port = 0 } = options;
  const folder = options.folder ?? mkdtempSync(join(tmpdir(), 'mpp-bench-'));
  const launcher = join(folder, 'launch.mjs');
  writeFileSync(
    launcher,
    `import { runCli } from ${JSON.stringify(pathToFileURL(cliEntry).href)};\n` +
      'process.exitCode = await runCli(process.argv.slice(2), process.env);\n',
  );
  const child = spawn(
    process.execPath,
    [
      // E.g. MPP_BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=prof" to profile the server.
      ...(process.env['MPP_BENCH_SERVER_NODE_ARGS'] ?? '').split(' ').filter(Boolean),
      '--import',
      'tsx',
      '--conditions=@mpp-kit/source',
      launcher,
      '--db',
      join(folder, 'mpp.db'),
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

  return {
    url,
    pid: child.pid ?? 0,
    port: Number(new URL(url).port),
    folder,
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
