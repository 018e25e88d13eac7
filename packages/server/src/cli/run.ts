import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { clientAddressBehind, startServer, type NodeServer } from '../node.js';
import { SeedError } from '../seed/load-seed.js';
import { backupDatabase, backupLines } from './backup.js';
import { startupBanner } from './banner.js';
import { CliUsageError, parseCliConfig, type CliConfig, type CliEnv } from './config.js';
import { chooseClock } from './demo-clock.js';
import { describeDatabase, openStore, seedOnce, type ClosableStore } from './open-store.js';
import { resolveSecret } from './secret.js';
import { readSeed } from './seed-file.js';
import { CliStartError, codeOf } from './start-error.js';
import { USAGE } from './usage.js';

/** What the CLI needs from its process; tests pass their own. */
export interface CliIo {
  /** Writes a line to standard output. */
  out(line: string): void;
  /** Writes a line to standard error. */
  err(line: string): void;
  /** The machine's current instant (for the demo clock). */
  now(): Date;
  /**
   * Resolves with the signal's name when the server should stop. Called once;
   * `onRepeat` is told about signals that arrive while the server stops.
   */
  waitForStop(onRepeat: (signal: string) => void): { readonly stopped: Promise<string>; dispose(): void };
}

/** The real process: console output, the system clock, SIGINT and SIGTERM. */
export const processIo: CliIo = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  now: () => new Date(),
  waitForStop(onRepeat) {
    let first: ((signal: string) => void) | undefined;
    const stopped = new Promise<string>((resolve) => {
      first = resolve;
    });
    let received = false;
    const handler = (signal: NodeJS.Signals): void => {
      if (received) onRepeat(signal);
      received = true;
      first?.(signal);
    };
    // Handlers stay until the end, so a second Ctrl+C (or npm forwarding one) cannot cut the shutdown short.
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
    return {
      stopped,
      dispose: () => {
        process.off('SIGINT', handler);
        process.off('SIGTERM', handler);
      },
    };
  },
};

/** The package's version, read beside the code (src/cli or dist/cli: both two folders below the package). */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version?: string;
  };
  return manifest.version ?? '0.0.0';
}

/** A listen error in words. */
function listenError(error: unknown, config: CliConfig): CliStartError {
  const code = codeOf(error);
  const where = `${config.host}:${config.port}`;
  if (code === 'EADDRINUSE') {
    return new CliStartError(
      `${where} sudah dipakai program lain; pilih --port lain / is already in use; choose another --port`,
    );
  }
  if (code === 'EACCES') return new CliStartError(`${where}: tidak diizinkan / permission denied (EACCES)`);
  return new CliStartError(`${where}: tidak bisa mendengarkan / cannot listen (${code})`);
}

/** Everything a running server holds, to release on shutdown. */
interface Running {
  readonly server: NodeServer;
  readonly store: ClosableStore;
}

async function start(config: CliConfig, io: CliIo): Promise<Running> {
  const seed = readSeed(config.seedFile);
  const store = await openStore(config.db);
  try {
    // The key comes first: a database must never hold data written under a key that was not kept.
    const secret = resolveSecret(config.db, config.secret, !store.isSeeded());
    if (secret.warning) io.err(`Peringatan / warning: ${secret.warning}`);
    // Another instance may seed the database first; then its seed is served.
    const seedingNow = await seedOnce(store, seed);
    if (!seedingNow && config.seedFile !== null) {
      io.out(`Basis data sudah berisi data; --seed diabaikan / the database has data already; --seed ignored`);
    }
    const generatedStaffToken = config.staffTokens.length === 0 ? randomBytes(18).toString('base64url') : null;
    const site = store.getSite();
    const { clock, note } = chooseClock(config.clock, site, io.now());
    let server: NodeServer;
    try {
      server = await startServer({
        store,
        clock,
        staffTokens: generatedStaffToken === null ? config.staffTokens : [generatedStaffToken],
        secret: secret.secret,
        rateLimit: config.rateLimitPerMinute === 0 ? false : { limit: config.rateLimitPerMinute, windowMs: 60_000 },
        getClientAddress: clientAddressBehind(config.trustProxy),
        cors: { origins: config.corsOrigins },
        port: config.port,
        hostname: config.host,
        staticDir: config.staticDir,
        retentionDays: config.retentionDays,
      });
    } catch (error) {
      // System errors (EADDRINUSE, …) are the user's to fix; anything else is a bug and stays as it is.
      throw typeof (error as { code?: unknown }).code === 'string' ? listenError(error, config) : error;
    }
    const banner = startupBanner({
      version: packageVersion(),
      siteName: site.name,
      url: server.url,
      servesStatic: config.staticDir !== null,
      db: describeDatabase(config.db),
      seeded: seedingNow,
      generatedStaffToken,
      secretSource: secret.source,
      secretFile: secret.file,
      rateLimitPerMinute: config.rateLimitPerMinute,
      corsOrigins: config.corsOrigins,
      retentionDays: config.retentionDays,
      clockNote: note,
    });
    for (const line of banner) io.out(line);
    return { server, store };
  } catch (error) {
    await store.close();
    throw error;
  }
}

/** Checks that the static folder exists before anything is opened. */
function requireStaticDir(dir: string | null): void {
  if (dir === null) return;
  let isDirectory: boolean;
  try {
    isDirectory = statSync(dir).isDirectory();
  } catch (error) {
    throw new CliStartError(`--static ${dir}: folder tidak bisa dibaca / cannot read the folder (${codeOf(error)})`);
  }
  if (!isDirectory) throw new CliStartError(`--static ${dir}: bukan folder / not a folder`);
}

/**
 * Runs `mpp-kit-server`: parses the command line, opens and seeds the database,
 * serves the API (and a folder), prints the banner, and on SIGINT/SIGTERM stops
 * gracefully (streams ended, requests in flight answered, database closed).
 * `mpp-kit-server backup FILE` instead copies the database, live, into a new file.
 * Never throws: every failure is a message, Indonesian then English, and an exit code.
 *
 * @param argv the arguments after the program name
 * @param env the environment (see {@link parseCliConfig})
 * @returns the exit code: 0 after a clean stop (or `--help`, `--version`, a backup), 1 when
 *   starting failed (unreadable or invalid seed, port in use, …) or a backup did, 2 for a bad command line
 * @example
 * process.exitCode = await runCli(process.argv.slice(2), process.env);
 */
export async function runCli(argv: readonly string[], env: CliEnv, io: CliIo = processIo): Promise<number> {
  let running: Running;
  try {
    const command = parseCliConfig(argv, env);
    if (command.kind === 'help') {
      io.out(USAGE);
      return 0;
    }
    if (command.kind === 'version') {
      io.out(packageVersion());
      return 0;
    }
    if (command.kind === 'backup') {
      for (const line of backupLines(backupDatabase(command.db, command.target, command.secretFromEnv))) io.out(line);
      return 0;
    }
    requireStaticDir(command.config.staticDir);
    running = await start(command.config, io);
  } catch (error) {
    return reportFailure(error, io);
  }
  const stop = io.waitForStop((signal) => io.err(`${signal}: sedang berhenti… / already stopping…`));
  const signal = await stop.stopped;
  io.out(`\n${signal}: berhenti… / stopping…`);
  try {
    await running.server.close();
    await running.store.close();
    io.out('Server berhenti / server stopped.');
    return 0;
  } catch (error) {
    io.err(`Gagal berhenti dengan rapi / could not stop cleanly: ${codeOf(error)}`);
    return 1;
  } finally {
    stop.dispose();
  }
}

/** Prints a failure without a stack trace and picks the exit code. */
function reportFailure(error: unknown, io: CliIo): number {
  if (error instanceof CliUsageError) {
    io.err(`mpp-kit-server: ${error.message}`);
    io.err(error.showUsage ? `\n${USAGE}` : 'Lihat / see: mpp-kit-server --help');
    return 2;
  }
  if (error instanceof SeedError || error instanceof CliStartError) {
    io.err(`mpp-kit-server: ${error.message}`);
    return 1;
  }
  io.err(`mpp-kit-server: galat tak terduga / unexpected error: ${codeOf(error)}`);
  return 1;
}
