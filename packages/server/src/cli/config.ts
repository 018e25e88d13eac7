import { InstantSchema } from '@mpp-kit/contract';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { MIN_SECRET_LENGTH } from '../booking/nik-protection.js';
import { DEFAULT_RETENTION_DAYS } from '../booking/retention.js';
import { parseTrustProxy, type TrustProxy } from '../node/client-address.js';

/** When the server's clock starts. */
export type ClockSetting =
  /** The machine's clock. */
  | { readonly kind: 'system' }
  /** Starts at `instant` (ISO 8601 with offset) and runs on. */
  | { readonly kind: 'at'; readonly instant: string }
  /** Starts at the site's next opening time, or now when the MPP is open (the demo of `npm start`). */
  | { readonly kind: 'next-opening' };

/** Everything the command line and the environment decide, validated; no file has been touched yet. */
export interface CliConfig {
  /** @default 8787 */
  readonly port: number;
  /** @default '127.0.0.1' */
  readonly host: string;
  /** SQLite file, `':memory:'`, or a `postgres://` URL (checked when the store opens). @default './data/mpp.db' */
  readonly db: string;
  /** Seed file for an empty database; `null` for the bundled Kota Kediri seed. */
  readonly seedFile: string | null;
  /** Staff bearer tokens; empty when one should be generated at start. */
  readonly staffTokens: readonly string[];
  /** Folder served at `/`, or `null` for the API only. */
  readonly staticDir: string | null;
  /** @default { kind: 'system' } */
  readonly clock: ClockSetting;
  /** Anonymous writes per minute per client address; `0` turns the limit off. @default 30 */
  readonly rateLimitPerMinute: number;
  /** The reverse proxies whose `X-Forwarded-For` names the client. @default { kind: 'none' } */
  readonly trustProxy: TrustProxy;
  /** Origins allowed by CORS. @default '*' */
  readonly corsOrigins: readonly string[] | '*';
  /** `MPP_SECRET`; `null` when it comes from (or goes into) the data folder's `secret.key`. */
  readonly secret: string | null;
  /** Days after a booked slot until the applicant's personal data is erased. @default 30 */
  readonly retentionDays: number;
}

/** What the command line asks for. */
export type CliCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'run'; readonly config: CliConfig }
  /**
   * `mpp-kit-server backup FILE`: an online copy of the database `db` into the new
   * file `target`; `secretFromEnv` says whether `MPP_SECRET` is set (else the key is `secret.key`).
   */
  | { readonly kind: 'backup'; readonly db: string; readonly target: string; readonly secretFromEnv: boolean };

/**
 * A command line the CLI cannot run: an unknown flag, a missing or invalid
 * value. The message is Indonesian then English; the CLI prints it and exits
 * with code 2.
 */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';

  /**
   * @param message Indonesian / English
   * @param showUsage whether the full usage text helps (unknown flags, stray arguments)
   */
  constructor(
    message: string,
    readonly showUsage = false,
  ) {
    super(message);
  }
}

/** Environment variables the CLI reads (a subset of `process.env`). */
export type CliEnv = Readonly<Record<string, string | undefined>>;

const OPTIONS = {
  port: { type: 'string', short: 'p' },
  host: { type: 'string' },
  db: { type: 'string' },
  seed: { type: 'string' },
  'staff-token': { type: 'string' },
  static: { type: 'string' },
  clock: { type: 'string' },
  'rate-limit': { type: 'string' },
  'trust-proxy': { type: 'string' },
  cors: { type: 'string' },
  'retention-days': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; strict: true; allowPositionals: true }>>['values'];

/** A raw setting and where it came from, so an error names the flag or variable the user typed. */
interface Raw {
  readonly value: string;
  readonly from: string;
}

/** The flag's value, else the environment variable's (empty counts as unset). */
function pick(values: Values, flag: keyof typeof OPTIONS, env: CliEnv, variable?: string): Raw | null {
  const fromFlag = values[flag];
  if (typeof fromFlag === 'string') return { value: fromFlag, from: `--${flag}` };
  const fromEnv = variable === undefined ? undefined : env[variable];
  return fromEnv === undefined || fromEnv === '' ? null : { value: fromEnv, from: variable as string };
}

const invalid = (raw: Raw, id: string, en: string): CliUsageError =>
  new CliUsageError(`${raw.from} "${raw.value}": ${id} / ${en}`);

function parsePort(raw: Raw | null): number {
  if (raw === null) return 8787;
  const port = /^\d{1,5}$/.test(raw.value) ? Number(raw.value) : Number.NaN;
  if (!(port <= 65_535)) throw invalid(raw, 'harus bilangan bulat 0–65535', 'must be an integer from 0 to 65535');
  return port;
}

function parseRateLimit(raw: Raw | null): number {
  if (raw === null) return 30;
  const limit = /^\d{1,7}$/.test(raw.value) ? Number(raw.value) : Number.NaN;
  if (Number.isNaN(limit)) {
    throw invalid(raw, 'harus bilangan bulat ≥ 0 (0 = tanpa batas)', 'must be an integer ≥ 0 (0 = no limit)');
  }
  return limit;
}

function parseTrust(raw: Raw | null): TrustProxy {
  if (raw === null) return { kind: 'none' };
  try {
    return parseTrustProxy(raw.value);
  } catch {
    throw invalid(
      raw,
      'harus jumlah proxy (mis. 1) atau alamat/subnet proxy dipisah koma (mis. loopback,10.0.0.0/8)',
      'must be a count of proxies (e.g. 1) or the proxies’ addresses/subnets, comma-separated (e.g. loopback,10.0.0.0/8)',
    );
  }
}

function parseRetentionDays(raw: Raw | null): number {
  if (raw === null) return DEFAULT_RETENTION_DAYS;
  // Up to 100 years: a larger number is a typo, not a policy.
  const days = /^\d{1,5}$/.test(raw.value) ? Number(raw.value) : Number.NaN;
  if (!(days >= 1 && days <= 36_500)) {
    throw invalid(
      raw,
      'harus bilangan bulat hari ≥ 1 (lama data pribadi disimpan setelah jadwal)',
      'must be a whole number of days ≥ 1 (how long personal data is kept after the slot)',
    );
  }
  return days;
}

function parseClock(raw: Raw | null): ClockSetting {
  if (raw === null) return { kind: 'system' };
  if (raw.value === 'next-opening') return { kind: 'next-opening' };
  if (InstantSchema.safeParse(raw.value).success) return { kind: 'at', instant: raw.value };
  throw invalid(
    raw,
    'harus waktu ISO 8601 dengan zona, mis. 2026-03-02T08:00:00+07:00, atau "next-opening"',
    'must be an ISO 8601 time with offset, e.g. 2026-03-02T08:00:00+07:00, or "next-opening"',
  );
}

/** Items of a comma-separated list, trimmed, without empty ones. */
const listOf = (text: string): string[] =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

function parseCors(raw: Raw | null): readonly string[] | '*' {
  if (raw === null || raw.value.trim() === '*') return '*';
  const origins = listOf(raw.value);
  const isOrigin = (origin: string): boolean => {
    try {
      const url = new URL(origin);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === origin;
    } catch {
      return false;
    }
  };
  const wrong = origins.find((origin) => !isOrigin(origin));
  if (origins.length === 0 || wrong !== undefined) {
    throw invalid(
      raw,
      `"${wrong ?? ''}" bukan origin; tulis skema dan host saja, mis. https://portal.kedirikota.go.id, dipisah koma, atau *`,
      'expected origins (scheme and host only), comma-separated, or *',
    );
  }
  return origins;
}

/** Staff tokens travel in an `Authorization` header: visible ASCII, long enough not to be guessed. */
const STAFF_TOKEN_PATTERN = /^[\x21-\x2b\x2d-\x7e]{16,}$/;

function parseStaffTokens(raw: Raw | null): readonly string[] {
  if (raw === null) return [];
  const tokens = listOf(raw.value);
  if (tokens.length === 0 || !tokens.every((token) => STAFF_TOKEN_PATTERN.test(token))) {
    // Never echo a token back: it is a credential.
    throw new CliUsageError(
      `${raw.from}: token staf minimal 16 karakter ASCII tanpa spasi, dipisah koma / ` +
        'staff tokens need at least 16 visible ASCII characters each, comma-separated',
    );
  }
  return tokens;
}

function parseSecret(env: CliEnv): string | null {
  const secret = env['MPP_SECRET'];
  if (secret === undefined || secret === '') return null;
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new CliUsageError(
      `MPP_SECRET: minimal ${MIN_SECRET_LENGTH} karakter / needs at least ${MIN_SECRET_LENGTH} characters`,
    );
  }
  return secret;
}

/** `--db`, else `MPP_DB`, else `DATABASE_URL` (the name hosting platforms give a PostgreSQL URL). */
function pickDb(values: Values, env: CliEnv): string {
  return nonEmpty(pick(values, 'db', env, 'MPP_DB') ?? pick(values, 'db', env, 'DATABASE_URL'), DEFAULT_DB);
}

const DEFAULT_DB = './data/mpp.db';

function nonEmpty(raw: Raw | null, fallback: string): string;
function nonEmpty(raw: Raw | null, fallback: null): string | null;
function nonEmpty(raw: Raw | null, fallback: string | null): string | null {
  if (raw === null) return fallback;
  if (raw.value.trim() === '') throw new CliUsageError(`${raw.from}: tidak boleh kosong / must not be empty`);
  return raw.value;
}

/** Node's parseArgs errors, told in both languages. */
function usageErrorOf(error: unknown): CliUsageError {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return new CliUsageError(`Opsi tidak dikenal / unknown option: ${quoted}`, true);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const flag = /(--[\w-]+)/.exec(message)?.[1] ?? quoted;
    return new CliUsageError(`${flag}: nilai tidak valid atau tidak ada / missing or invalid value`, true);
  }
  throw error;
}

/** The flags that `backup` takes: where the database is, and help. */
const BACKUP_FLAGS: ReadonlySet<string> = new Set(['db', 'help']);

/** `backup FILE [--db FILE]`: the one other command; any flag of a running server is a mistake here. */
function parseBackup(values: Values, rest: readonly string[], env: CliEnv): CliCommand {
  if (values.help) return { kind: 'help' };
  const [target, stray] = rest;
  if (target === undefined || target.trim() === '') {
    throw new CliUsageError(
      'backup: tulis berkas tujuan, mis. backup ./cadangan/mpp.db / name the file to write',
      true,
    );
  }
  if (stray !== undefined) throw new CliUsageError(`Argumen tidak terduga / unexpected argument: ${stray}`, true);
  const other = Object.keys(values).find((flag) => !BACKUP_FLAGS.has(flag));
  if (other !== undefined) {
    throw new CliUsageError(`backup: hanya --db yang berlaku / only --db applies, not --${other}`, true);
  }
  const db = pickDb(values, env);
  return { kind: 'backup', db, target, secretFromEnv: (env['MPP_SECRET'] ?? '') !== '' };
}

/**
 * Turns the command line and the environment into what the CLI should do. Pure:
 * it reads no file and touches no network, so every rule is tested directly.
 * Flags win over environment variables; empty variables count as unset.
 *
 * @param argv the arguments after the program name (`process.argv.slice(2)`)
 * @param env the environment (`process.env`): `PORT`, `MPP_DB` (else `DATABASE_URL`), `MPP_STAFF_TOKEN`,
 *   `MPP_CLOCK`, `MPP_RATE_LIMIT`, `MPP_TRUST_PROXY`, `MPP_CORS_ORIGINS`, `MPP_RETENTION_DAYS`, `MPP_SECRET`
 * @throws CliUsageError for an unknown flag, a stray argument or an invalid value
 * @example
 * parseCliConfig(['--port', '0', '--db', ':memory:'], {});
 * // { kind: 'run', config: { port: 0, db: ':memory:', host: '127.0.0.1', … } }
 * parseCliConfig(['backup', './cadangan/mpp.db'], {});
 * // { kind: 'backup', db: './data/mpp.db', target: './cadangan/mpp.db', secretFromEnv: false }
 */
export function parseCliConfig(argv: readonly string[], env: CliEnv): CliCommand {
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: true }));
  } catch (error) {
    throw usageErrorOf(error);
  }
  const [command, ...rest] = positionals;
  if (command === 'backup') return parseBackup(values, rest, env);
  if (command !== undefined) throw new CliUsageError(`Argumen tidak terduga / unexpected argument: ${command}`, true);
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  return {
    kind: 'run',
    config: {
      port: parsePort(pick(values, 'port', env, 'PORT')),
      host: nonEmpty(pick(values, 'host', env), '127.0.0.1'),
      db: pickDb(values, env),
      seedFile: nonEmpty(pick(values, 'seed', env), null),
      staffTokens: parseStaffTokens(pick(values, 'staff-token', env, 'MPP_STAFF_TOKEN')),
      staticDir: nonEmpty(pick(values, 'static', env), null),
      clock: parseClock(pick(values, 'clock', env, 'MPP_CLOCK')),
      rateLimitPerMinute: parseRateLimit(pick(values, 'rate-limit', env, 'MPP_RATE_LIMIT')),
      trustProxy: parseTrust(pick(values, 'trust-proxy', env, 'MPP_TRUST_PROXY')),
      corsOrigins: parseCors(pick(values, 'cors', env, 'MPP_CORS_ORIGINS')),
      secret: parseSecret(env),
      retentionDays: parseRetentionDays(pick(values, 'retention-days', env, 'MPP_RETENTION_DAYS')),
    },
  };
}
