// parseCliConfig: flags, environment variables, defaults and every refusal.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CliUsageError, parseCliConfig, type CliConfig } from './config.js';

const TOKEN = 'kiosk-token-0123456789';

/** The config of a command line that should run. */
function configOf(argv: string[], env: Record<string, string> = {}): CliConfig {
  const command = parseCliConfig(argv, env);
  assert.equal(command.kind, 'run');
  return command.config;
}

/** The usage error of a command line that should be refused. */
function refusal(argv: string[], env: Record<string, string> = {}): CliUsageError {
  try {
    parseCliConfig(argv, env);
  } catch (error) {
    assert.ok(error instanceof CliUsageError, `expected a CliUsageError, got ${String(error)}`);
    return error;
  }
  assert.fail(`expected ${argv.join(' ')} to be refused`);
}

describe('parseCliConfig', () => {
  test('has the documented defaults', () => {
    assert.deepEqual(configOf([]), {
      port: 8787,
      host: '127.0.0.1',
      db: './data/mpp.db',
      seedFile: null,
      staffTokens: [],
      staticDir: null,
      clock: { kind: 'system' },
      rateLimitPerMinute: 30,
      trustProxy: { kind: 'none' },
      corsOrigins: '*',
      secret: null,
      retentionDays: 30,
    });
  });

  test('reads every flag, in both --flag value and --flag=value forms', () => {
    const config = configOf([
      '--port=0',
      '--host',
      '0.0.0.0',
      '--db',
      ':memory:',
      '--seed',
      'regency.json',
      '--staff-token',
      `${TOKEN}, counter-token-0123456789`,
      '--static',
      'examples/portal',
      '--clock',
      '2026-03-02T08:00:00+07:00',
      '--rate-limit',
      '0',
      '--trust-proxy',
      '1',
      '--cors',
      'https://kedirikota.go.id,http://localhost:5173',
      '--retention-days=7',
    ]);
    assert.deepEqual(config, {
      port: 0,
      host: '0.0.0.0',
      db: ':memory:',
      seedFile: 'regency.json',
      staffTokens: [TOKEN, 'counter-token-0123456789'],
      staticDir: 'examples/portal',
      clock: { kind: 'at', instant: '2026-03-02T08:00:00+07:00' },
      rateLimitPerMinute: 0,
      trustProxy: { kind: 'hops', hops: 1 },
      corsOrigins: ['https://kedirikota.go.id', 'http://localhost:5173'],
      secret: null,
      retentionDays: 7,
    });
    assert.equal(configOf(['-p', '9000']).port, 9000);
  });

  test('reads the environment, and flags win over it', () => {
    const env = {
      PORT: '9001',
      MPP_DB: '/var/lib/mpp/mpp.db',
      MPP_STAFF_TOKEN: TOKEN,
      MPP_CLOCK: 'next-opening',
      MPP_RATE_LIMIT: '120',
      MPP_TRUST_PROXY: 'loopback, 10.0.0.0/8',
      MPP_CORS_ORIGINS: 'https://kedirikota.go.id',
      MPP_SECRET: 'a-secret-of-enough-length',
      MPP_RETENTION_DAYS: '90',
    };
    assert.deepEqual(configOf([], env), {
      ...configOf([]),
      port: 9001,
      db: '/var/lib/mpp/mpp.db',
      staffTokens: [TOKEN],
      clock: { kind: 'next-opening' },
      rateLimitPerMinute: 120,
      trustProxy: { kind: 'addresses', addresses: ['loopback', '10.0.0.0/8'] },
      corsOrigins: ['https://kedirikota.go.id'],
      secret: 'a-secret-of-enough-length',
      retentionDays: 90,
    });
    assert.equal(configOf(['--retention-days', '14'], env).retentionDays, 14);
    const flagged = configOf(['--port', '9002', '--db', 'other.db', '--clock', '2026-03-02T08:00:00Z'], env);
    assert.deepEqual(
      [flagged.port, flagged.db, flagged.clock],
      [9002, 'other.db', { kind: 'at', instant: '2026-03-02T08:00:00Z' }],
    );
  });

  test('takes the database from --db, else MPP_DB, else DATABASE_URL', () => {
    const url = 'postgres://mpp:sandi@db.internal:5432/mpp';
    assert.equal(configOf([], { DATABASE_URL: url }).db, url);
    assert.equal(configOf([], { DATABASE_URL: url, MPP_DB: '/srv/mpp.db' }).db, '/srv/mpp.db');
    assert.equal(configOf(['--db', ':memory:'], { DATABASE_URL: url, MPP_DB: '/srv/mpp.db' }).db, ':memory:');
    assert.equal(configOf([], { DATABASE_URL: '', MPP_DB: '' }).db, './data/mpp.db');
    assert.deepEqual(parseCliConfig(['backup', 'copy.db'], { DATABASE_URL: url }), {
      kind: 'backup',
      db: url,
      target: 'copy.db',
      secretFromEnv: false,
    });
  });

  test('treats empty environment variables as unset', () => {
    assert.deepEqual(
      configOf([], {
        PORT: '',
        MPP_DB: '',
        MPP_CLOCK: '',
        MPP_SECRET: '',
        MPP_STAFF_TOKEN: '',
        MPP_RETENTION_DAYS: '',
        MPP_TRUST_PROXY: '',
      }),
      configOf([]),
    );
  });

  test('answers --help and --version before looking at other values', () => {
    assert.deepEqual(parseCliConfig(['--help'], {}), { kind: 'help' });
    assert.deepEqual(parseCliConfig(['-h', '--port', '1'], { PORT: 'abc' }), { kind: 'help' });
    assert.deepEqual(parseCliConfig(['--version'], {}), { kind: 'version' });
  });

  test('refuses unknown flags, stray arguments and missing values with the usage text', () => {
    const unknown = refusal(['--prot', '80']);
    assert.match(unknown.message, /Opsi tidak dikenal \/ unknown option: --prot/);
    assert.equal(unknown.showUsage, true);
    assert.match(refusal(['serve']).message, /unexpected argument: serve/);
    assert.match(refusal(['--port']).message, /--port: .* missing or invalid value/);
  });

  test('refuses invalid ports, naming the flag or variable used', () => {
    assert.match(refusal(['--port', 'abc']).message, /^--port "abc": .* \/ must be an integer from 0 to 65535$/);
    assert.match(refusal(['--port', '65536']).message, /--port "65536"/);
    assert.match(refusal(['--port', '80.5']).message, /--port "80.5"/);
    assert.match(refusal([], { PORT: 'http' }).message, /^PORT "http"/);
    assert.equal(refusal(['--port', 'abc']).showUsage, false);
  });

  test('takes the clock as ISO 8601 with an offset, or next-opening', () => {
    assert.deepEqual(configOf(['--clock', 'next-opening']).clock, { kind: 'next-opening' });
    assert.match(refusal(['--clock', 'yesterday']).message, /^--clock "yesterday": .*ISO 8601/);
    // Without an offset the instant would depend on the machine's zone.
    assert.match(refusal(['--clock', '2026-03-02T08:00:00']).message, /--clock/);
    assert.match(refusal([], { MPP_CLOCK: '2026-03-02' }).message, /^MPP_CLOCK/);
  });

  test('takes the rate limit as a count per minute, 0 for none', () => {
    assert.equal(configOf(['--rate-limit', '5']).rateLimitPerMinute, 5);
    assert.match(refusal(['--rate-limit', 'ten']).message, /--rate-limit "ten"/);
    assert.match(refusal([], { MPP_RATE_LIMIT: '-1' }).message, /MPP_RATE_LIMIT "-1"/);
  });

  test('trusts no proxy unless told: a count of proxies, or their addresses, subnets and names', () => {
    assert.deepEqual(configOf(['--trust-proxy', '2']).trustProxy, { kind: 'hops', hops: 2 });
    assert.deepEqual(configOf(['--trust-proxy', '0']).trustProxy, { kind: 'none' });
    assert.deepEqual(configOf(['--trust-proxy', '192.168.1.10, fd00::/8,uniquelocal']).trustProxy, {
      kind: 'addresses',
      addresses: ['192.168.1.10', 'fd00::/8', 'uniquelocal'],
    });
    // `true` would believe every hop, so any client could name any address: not offered.
    for (const value of ['true', 'all', '10.0.0.0/33', 'nginx', '1.5', '-1']) {
      const error = refusal([`--trust-proxy=${value}`]);
      assert.match(error.message, new RegExp(`^--trust-proxy "${value}": .* / must be a count of proxies`));
    }
    assert.match(refusal([], { MPP_TRUST_PROXY: 'yes' }).message, /^MPP_TRUST_PROXY "yes"/);
  });

  test('takes the retention of personal data as a positive whole number of days', () => {
    assert.equal(configOf(['--retention-days', '1']).retentionDays, 1);
    for (const value of ['0', '-3', '1.5', '30d', 'thirty', '99999']) {
      const error = refusal([`--retention-days=${value}`]);
      assert.match(error.message, new RegExp(`^--retention-days "${value}": .* / must be a whole number of days ≥ 1`));
      assert.equal(error.showUsage, false);
    }
    assert.match(refusal([], { MPP_RETENTION_DAYS: '0' }).message, /^MPP_RETENTION_DAYS "0"/);
  });

  test('takes CORS origins as scheme and host only', () => {
    assert.equal(configOf(['--cors', '*']).corsOrigins, '*');
    assert.match(refusal(['--cors', 'kedirikota.go.id']).message, /"kedirikota.go.id" bukan origin/);
    assert.match(refusal(['--cors', 'https://kedirikota.go.id/portal']).message, /bukan origin/);
    assert.match(refusal(['--cors', ' , ']).message, /--cors/);
  });

  test('refuses weak staff tokens without echoing them', () => {
    const error = refusal(['--staff-token', 'short-secret']);
    assert.match(error.message, /--staff-token: .*at least 16/);
    assert.doesNotMatch(error.message, /short-secret/);
    assert.match(refusal([], { MPP_STAFF_TOKEN: 'has a space in it, really long' }).message, /^MPP_STAFF_TOKEN/);
  });

  test('refuses a short MPP_SECRET and empty values', () => {
    assert.match(refusal([], { MPP_SECRET: 'too-short' }).message, /MPP_SECRET: .*at least 16/);
    assert.match(refusal(['--db', '']).message, /--db: .*must not be empty/);
    assert.match(refusal(['--static', ' ']).message, /--static/);
  });

  test('reads backup FILE with the database of --db or MPP_DB, and refuses the server flags there', () => {
    assert.deepEqual(parseCliConfig(['backup', 'copy.db'], {}), {
      kind: 'backup',
      db: './data/mpp.db',
      target: 'copy.db',
      secretFromEnv: false,
    });
    assert.deepEqual(
      parseCliConfig(['backup', 'copy.db'], { MPP_DB: '/var/lib/mpp/mpp.db', MPP_SECRET: 'a-secret-of-enough-length' }),
      { kind: 'backup', db: '/var/lib/mpp/mpp.db', target: 'copy.db', secretFromEnv: true },
    );
    assert.deepEqual(parseCliConfig(['--db=/srv/mpp.db', 'backup', 'copy.db'], {}), {
      kind: 'backup',
      db: '/srv/mpp.db',
      target: 'copy.db',
      secretFromEnv: false,
    });
    assert.deepEqual(parseCliConfig(['backup', '--help'], {}), { kind: 'help' });
    assert.match(refusal(['backup']).message, /^backup: .* \/ name the file to write/);
    assert.match(refusal(['backup', 'a.db', 'b.db']).message, /unexpected argument: b\.db/);
    const flag = refusal(['backup', 'copy.db', '--port', '80']);
    assert.match(flag.message, /only --db applies, not --port/);
    assert.equal(flag.showUsage, true);
  });
});
