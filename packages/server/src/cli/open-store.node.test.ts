// What --db names, and opening it: SQLite by path, PostgreSQL by URL (against a
// throwaway cluster when one can be started), and every refusal in words.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { PostgresStore } from '../node/postgres-store.js';
import { SqliteStore } from '../node/sqlite-store.js';
import { fixtureSeed } from '../test-support/fixture-seed.js';
import { testCluster } from '../test-support/postgres-cluster.js';
import { databaseTarget, describeDatabase, openStore, seedOnce } from './open-store.js';
import { resolveSecret } from './secret.js';
import { CliStartError } from './start-error.js';

/** The CliStartError message of a refused `--db`. */
async function refusal(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (error) {
    assert.ok(error instanceof CliStartError, `expected a CliStartError, got ${String(error)}`);
    return error.message;
  }
  assert.fail('expected a refusal');
}

describe('--db', () => {
  test('is a file path unless it starts with a URL scheme', () => {
    assert.deepEqual(databaseTarget('./data/mpp.db'), { kind: 'sqlite', path: './data/mpp.db' });
    assert.deepEqual(databaseTarget(':memory:'), { kind: 'sqlite', path: ':memory:' });
    assert.deepEqual(databaseTarget('C:\\mpp\\mpp.db'), { kind: 'sqlite', path: 'C:\\mpp\\mpp.db' });
    for (const url of ['postgres://mpp@db.internal/mpp', 'postgresql://mpp:pw@10.0.0.5:6432/mpp', 'POSTGRES://h/d']) {
      assert.equal(databaseTarget(url).kind, 'postgres', url);
    }
    assert.equal(databaseTarget('postgres:///mpp?host=/run/postgresql').kind, 'postgres');
  });

  test('refuses another scheme and a PostgreSQL URL it cannot use, in both languages, never showing the password', async () => {
    for (const db of ['mysql://x', 'http://x', 'sqlite://data/mpp.db']) {
      assert.match(await refusal(() => databaseTarget(db)), /tidak dikenal.*\/ unknown kind of database/, db);
    }
    assert.match(await refusal(() => databaseTarget('postgres://mpp:rahasia@db:port/mpp')), /cannot be read/);
    assert.match(await refusal(() => databaseTarget('postgres:///mpp')), /has no host name/);
    assert.match(await refusal(() => databaseTarget('postgres://mpp:rahasia@db.internal')), /names no database/);
    for (const db of ['postgres://mpp:rahasia@db:port/mpp', 'postgres://mpp:rahasia@db.internal']) {
      assert.doesNotMatch(await refusal(() => databaseTarget(db)), /rahasia/);
    }
    // The server would otherwise make a folder "postgres:" and an SQLite file in it.
    assert.match(await refusal(() => openStore('mysql://x')), /unknown kind of database/);
  });

  test('is shown without its password', () => {
    assert.equal(
      describeDatabase('postgres://mpp:rahasia@db.internal:5432/mpp'),
      'postgres://mpp:***@db.internal:5432/mpp',
    );
    assert.equal(describeDatabase('postgres://mpp@db.internal/mpp'), 'postgres://mpp@db.internal/mpp');
    assert.equal(describeDatabase('./data/mpp.db'), './data/mpp.db');
  });

  test('names where an unreachable PostgreSQL was looked for, not the password', async () => {
    // Port 1 on loopback: reserved, nothing listens there.
    const message = await refusal(() => openStore('postgres://mpp:rahasia@127.0.0.1:1/mpp'));
    assert.match(message, /tidak bisa dihubungi di 127\.0\.0\.1:1 \/ cannot reach the database at 127\.0\.0\.1:1/);
    assert.match(message, /ECONNREFUSED/);
    assert.doesNotMatch(message, /rahasia/);
  });

  test('wants MPP_SECRET for PostgreSQL: every instance must share the key', async () => {
    assert.match(
      await refusal(() => resolveSecret('postgres://mpp@db.internal/mpp', null)),
      /set MPP_SECRET, the same for every server instance/,
    );
    assert.equal(resolveSecret('postgres://mpp@db.internal/mpp', 'a-secret-of-enough-length').source, 'env');
  });

  test('opens an SQLite file, creating its folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mpp-open-store-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    const store = await openStore(join(dir, 'data', 'mpp.db'));
    try {
      assert.ok(store instanceof SqliteStore);
      assert.equal(await seedOnce(store, fixtureSeed()), true);
      assert.equal(await seedOnce(store, fixtureSeed()), false);
    } finally {
      await store.close();
    }
  });
});

const cluster = await testCluster();
if (cluster) {
  describe('--db postgres://', () => {
    test('opens PostgreSQL; instances starting at once on an empty database seed it once and go on', async () => {
      const url = await cluster.createDatabase({ migrated: false });
      const stores = await Promise.all([openStore(url), openStore(url), openStore(url)]);
      try {
        assert.ok(stores.every((store) => store instanceof PostgresStore));
        const seeded = await Promise.all(stores.map((store) => seedOnce(store, fixtureSeed())));
        assert.deepEqual(seeded.filter(Boolean).length, 1);
        assert.ok(stores.every((store) => store.getSite().id === 'mpp-kota-kediri'));
      } finally {
        for (const store of stores) await store.close();
      }
    });

    test('says what PostgreSQL said when it refuses the database', async () => {
      const message = await refusal(() => openStore(cluster.url('no_such_database')));
      assert.match(message, /cannot open the database \(database "no_such_database" does not exist\)/);
    });
  });
}
