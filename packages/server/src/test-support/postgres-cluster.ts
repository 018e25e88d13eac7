// A throwaway PostgreSQL cluster for the Node tests: Debian's PostgreSQL
// (`initdb`, `pg_ctl`) started in a temp folder, listening on a unix socket in
// that folder and on a free loopback port, stopped and deleted at the end.
// Never a mock: the PostgresStore suites run against the real server.
import { execFile, spawnSync } from 'node:child_process';
import { after, describe } from 'node:test';
import { existsSync, rmSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { PostgresStore, type PostgresStoreOptions } from '../node/postgres-store.js';
import type { Store } from '../store/store.js';
import type { StoreFactory } from './harness.js';

const run = promisify(execFile);

/** Where Debian installs the server binaries (not on PATH unless linked). */
const DEBIAN_BIN_DIRS = ['/usr/lib/postgresql/17/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin'];

/** The database every test database is copied from: migrated once, so each copy starts migrated. */
const TEMPLATE = 'mppkit_template';

/** Whether a cluster can be started here, and how. */
export type PostgresAvailability =
  | { readonly available: true; readonly binDir: string; readonly runAs: string | null }
  | { readonly available: false; readonly reason: string };

/** The folder holding `initdb` and `pg_ctl`: PATH first, then Debian's versioned folders. */
function findBinDir(): string | null {
  const pathDirs = (process.env['PATH'] ?? '').split(delimiter).filter(Boolean);
  for (const dir of [...pathDirs, ...DEBIAN_BIN_DIRS]) {
    if (existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  }
  return null;
}

/**
 * Whether this machine can start a test cluster. `initdb` refuses to run as
 * root, so as root the cluster runs as the `postgres` user that Debian's
 * package creates (through `runuser`).
 */
export function postgresAvailability(): PostgresAvailability {
  const binDir = findBinDir();
  if (!binDir) return { available: false, reason: 'initdb not found; install the Debian package postgresql' };
  if (process.getuid?.() !== 0) return { available: true, binDir, runAs: null };
  const user = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  if (user.status !== 0) return { available: false, reason: 'running as root and there is no postgres user' };
  const runuser = spawnSync('runuser', ['--help'], { encoding: 'utf8' });
  if (runuser.error) return { available: false, reason: 'running as root and runuser is missing' };
  return { available: true, binDir, runAs: 'postgres' };
}

/** Whether the PostgreSQL suites must run (CI, or asked for): then a missing PostgreSQL fails instead of skipping. */
export function postgresRequired(): boolean {
  return process.env['CI'] === 'true' || process.env['MPP_REQUIRE_POSTGRES'] === '1';
}

/** The one message printed when the PostgreSQL suites are skipped. */
export function skipMessage(reason: string): string {
  return `PostgreSQL not available (${reason}): the PostgresStore suites are skipped`;
}

/** A free loopback port (another process may take it before the server does; start then fails loudly). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** A running throwaway cluster. */
export class TestCluster {
  private databases = 0;
  private readonly stores = new Set<PostgresStore>();
  /** The URL each store was opened on. */
  private readonly urls = new WeakMap<Store, string>();
  private stopped = false;

  private constructor(
    private readonly availability: Extract<PostgresAvailability, { available: true }>,
    /** The cluster's folder: data, socket and log. */
    readonly dir: string,
    /** The loopback port it listens on. */
    readonly port: number,
    private readonly exitGuard: () => void,
  ) {}

  /**
   * Starts a cluster in a new temp folder and migrates the template database
   * every test database is copied from.
   *
   * @throws Error when PostgreSQL is not available or does not start
   */
  static async start(): Promise<TestCluster> {
    const availability = postgresAvailability();
    if (!availability.available) throw new Error(skipMessage(availability.reason));
    const dir = await mkdtemp(join(tmpdir(), 'mpp-kit-pg-'));
    if (availability.runAs) {
      const uid = Number(spawnSync('id', ['-u', availability.runAs], { encoding: 'utf8' }).stdout);
      const gid = Number(spawnSync('id', ['-g', availability.runAs], { encoding: 'utf8' }).stdout);
      await chown(dir, uid, gid);
    }
    const port = await freePort();
    const pgCtl = join(availability.binDir, 'pg_ctl');
    // A test process that dies without stop() must not leave a server running.
    const exitGuard = () => {
      spawnSync(...asUser(availability, pgCtl, ['stop', '-D', join(dir, 'data'), '-m', 'immediate']));
      rmSync(dir, { recursive: true, force: true });
    };
    process.once('exit', exitGuard);
    const cluster = new TestCluster(availability, dir, port, exitGuard);
    try {
      await cluster.command('initdb', [
        '-D',
        join(dir, 'data'),
        '-U',
        'postgres',
        '-A',
        'trust',
        '-E',
        'UTF8',
        '--no-sync',
        '--no-instructions',
      ]);
      await cluster.startServer();
      await cluster.admin(`CREATE DATABASE ${TEMPLATE}`);
      const template = await PostgresStore.open(cluster.url(TEMPLATE));
      await template.close();
      return cluster;
    } catch (error) {
      await cluster.stop();
      throw error;
    }
  }

  /** Starts the PostgreSQL server on the cluster's folder and port; resolves once it accepts connections. */
  private async startServer(): Promise<void> {
    // A throwaway cluster: durability off (fsync, full pages) and room for every store's pool.
    const settings = [
      `-c listen_addresses=127.0.0.1`,
      `-p ${this.port}`,
      `-k ${this.dir}`,
      '-c fsync=off',
      '-c full_page_writes=off',
      '-c synchronous_commit=off',
      '-c max_connections=300',
    ].join(' ');
    const data = join(this.dir, 'data');
    await this.command('pg_ctl', ['start', '-w', '-D', data, '-l', join(this.dir, 'server.log'), '-o', settings]);
  }

  /**
   * Stops the PostgreSQL server (`pg_ctl stop -m fast`: open connections are
   * cut, as when a database host goes down) and keeps its data, for
   * {@link TestCluster.resume}.
   */
  async pause(): Promise<void> {
    await this.command('pg_ctl', ['stop', '-w', '-D', join(this.dir, 'data'), '-m', 'fast']);
  }

  /** Starts the server a {@link TestCluster.pause} stopped, on the same port, with its data. */
  async resume(): Promise<void> {
    await this.startServer();
  }

  /** Runs a server binary, as the cluster's user. */
  private async command(binary: string, args: readonly string[]): Promise<void> {
    const [file, argv] = asUser(this.availability, join(this.availability.binDir, binary), args);
    await run(file, argv, { cwd: this.dir });
  }

  /** A connection URL for `database` over loopback TCP. */
  url(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  /** Runs one statement on the `postgres` database. */
  async admin(sql: string): Promise<void> {
    const client = new pg.Client({ connectionString: this.url('postgres') });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }

  /**
   * A new database; returns its URL. Migrated (a copy of the migrated template)
   * unless `migrated` is `false`: then it is empty, as a fresh production database.
   */
  async createDatabase({ migrated = true }: { readonly migrated?: boolean } = {}): Promise<string> {
    this.databases += 1;
    const name = `mppkit_test_${this.databases}`;
    // A copy of a migrated template (about 60 ms here) beats migrating a schema per store (about 90 ms);
    // FILE_COPY is a little faster than the default WAL_LOG for a small database with fsync off.
    await this.admin(`CREATE DATABASE ${name} TEMPLATE ${migrated ? TEMPLATE : 'template0'} STRATEGY FILE_COPY`);
    return this.url(name);
  }

  /** Opens a store on `url`; stop() closes it. */
  async openStore(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    // Short-lived idle connections: a test run opens hundreds of stores and never closes most of them.
    const store = await PostgresStore.open(url, { idleTimeoutMs: 1_000, ...options });
    this.stores.add(store);
    this.urls.set(store, url);
    return store;
  }

  /** A second store on the database of `store` (one opened through this cluster). */
  readonly sameDatabase = async (store: Store): Promise<PostgresStore> => {
    const url = this.urls.get(store);
    if (!url) throw new Error('The store was not opened through this test cluster');
    return this.openStore(url);
  };

  /** A {@link StoreFactory}: each store on a new database of this cluster, seeded. */
  readonly makeStore: StoreFactory = async (seed) => {
    const store = await this.openStore(await this.createDatabase());
    await store.loadSeed(seed);
    return store;
  };

  /** Closes every store opened through the cluster, stops the server and deletes its folder. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await Promise.allSettled([...this.stores].map((store) => store.close()));
    if (existsSync(join(this.dir, 'data', 'postmaster.pid'))) {
      await this.command('pg_ctl', ['stop', '-D', join(this.dir, 'data'), '-m', 'fast']).catch(() => undefined);
    }
    process.removeListener('exit', this.exitGuard);
    await rm(this.dir, { recursive: true, force: true });
  }
}

/** The command line that runs `file` with `args` as the cluster's user. */
function asUser(
  availability: Extract<PostgresAvailability, { available: true }>,
  file: string,
  args: readonly string[],
): [string, string[]] {
  return availability.runAs ? ['runuser', ['-u', availability.runAs, '--', file, ...args]] : [file, [...args]];
}

/**
 * The test cluster of this test file: started once, stopped after the file's
 * tests. When PostgreSQL cannot be started, registers one skipped test with
 * the reason and resolves to `null`, unless {@link postgresRequired}: then it
 * throws and the file fails.
 *
 * @example
 * const cluster = await testCluster();
 * if (cluster) runSuites({ describe, it }, 'PostgresStore', cluster.makeStore);
 */
export async function testCluster(): Promise<TestCluster | null> {
  const availability = postgresAvailability();
  if (!availability.available) {
    if (postgresRequired()) {
      throw new Error(
        `PostgreSQL not available (${availability.reason}), and CI=true or MPP_REQUIRE_POSTGRES=1 requires the PostgresStore suites`,
      );
    }
    describe('PostgresStore', { skip: skipMessage(availability.reason) }, () => undefined);
    return null;
  }
  const cluster = await TestCluster.start();
  after(() => cluster.stop());
  return cluster;
}
