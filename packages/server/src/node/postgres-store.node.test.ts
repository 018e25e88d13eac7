// PostgresStore against a real PostgreSQL: the Store contract (store.suite.ts),
// then what only a database server shows: constraints that hold for raw SQL,
// versioned migrations, several stores (instances) on one database, a
// database that goes away.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import pg from 'pg';
import { StoreConflictError, StoreUnavailableError } from '../store/store.js';
import { storeSuite } from '../store/store.suite.js';
import { fixtureSeed } from '../test-support/fixture-seed.js';
import { testCluster } from '../test-support/postgres-cluster.js';
import { bookingRecord, DAY, ticketRecord } from '../test-support/records.js';
import { MIGRATIONS_TABLE, PostgresStore } from './postgres-store.js';

const cluster = await testCluster();

/** Runs `fn` with a plain client on the database at `url`: SQL as any other program would write it. */
async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The SQLSTATE and constraint of a failed statement. */
async function failure(run: Promise<unknown>): Promise<{ code: unknown; constraint: unknown }> {
  const error: unknown = await run.then(
    () => assert.fail('the statement succeeded'),
    (caught: unknown) => caught,
  );
  assert(error instanceof Error);
  return {
    code: 'code' in error ? error.code : undefined,
    constraint: 'constraint' in error ? error.constraint : undefined,
  };
}

const TICKET_INSERT = `INSERT INTO tickets (id, service_id, local_date, sequence, number, status, priority, queue_key,
  issued_at, recalls) VALUES ($1, 'ktp-el', '2026-03-02', $2, 'A-001', 'waiting', false, '1:001', '2026-03-02T09:00:00+07:00', 0)`;
const BOOKING_INSERT = `INSERT INTO bookings (code, secret_hash, service_id, slot_start, slot_end, local_date, status,
  nik_hash, applicant_cipher, applicant_name, created_at, updated_at)
  VALUES ($1, 's', $2, '2026-03-03T08:00:00+07:00', '2026-03-03T09:00:00+07:00', '2026-03-03', 'confirmed', $3, 'c', 'n',
    '2026-03-02T09:00:00+07:00', '2026-03-02T09:00:00+07:00')`;

if (cluster) {
  storeSuite({ describe, it }, 'PostgresStore', cluster.makeStore, cluster.sameDatabase);

  describe('PostgresStore on PostgreSQL', () => {
    it('keeps its invariants against raw SQL from any writer', async () => {
      const url = await cluster.createDatabase();
      const store = await cluster.openStore(url);
      await store.loadSeed(fixtureSeed());
      await withClient(url, async (client) => {
        await client.query(TICKET_INSERT, ['t1', 1]);
        assert.deepEqual(await failure(client.query(TICKET_INSERT, ['t2', 1])), {
          code: '23505',
          constraint: 'tickets_number_key',
        });
        await client.query(BOOKING_INSERT, ['KDR-A', 'paspor', 'nik-1']);
        // paspor has one place online per slot.
        assert.deepEqual(await failure(client.query(BOOKING_INSERT, ['KDR-B', 'paspor', 'nik-2'])), {
          code: '23514',
          constraint: 'bookings_slot_capacity',
        });
        // kk cannot be booked ahead: no place at all.
        assert.deepEqual(await failure(client.query(BOOKING_INSERT, ['KDR-C', 'kk', 'nik-3'])), {
          code: '23514',
          constraint: 'bookings_slot_capacity',
        });
        await client.query(BOOKING_INSERT, ['KDR-D', 'ktp-el', 'nik-1']);
        assert.deepEqual(await failure(client.query(BOOKING_INSERT, ['KDR-E', 'ktp-el', 'nik-1'])), {
          code: '23505',
          constraint: 'bookings_active_nik',
        });
        // A cancelled booking frees its place; taking it back when the slot is full is refused.
        await client.query("UPDATE bookings SET status = 'cancelled' WHERE code = 'KDR-A'");
        await client.query(BOOKING_INSERT, ['KDR-F', 'paspor', 'nik-2']);
        assert.deepEqual(await failure(client.query("UPDATE bookings SET status = 'confirmed' WHERE code = 'KDR-A'")), {
          code: '23514',
          constraint: 'bookings_slot_capacity',
        });
        assert.equal((await failure(client.query("UPDATE tickets SET status = 'lost' WHERE id = 't1'"))).code, '23514');
      });
      // Through the store, a full slot is an ordinary error, not a conflict the engine would retry.
      await assert.rejects(
        store.insertBooking(bookingRecord({ code: 'KDR-G', serviceId: 'paspor', nikHash: 'nik-9' })),
        (error) => error instanceof Error && !(error instanceof StoreConflictError) && /full/.test(error.message),
      );
      assert.equal(await store.countBookings({ serviceId: 'paspor', statuses: ['confirmed'] }), 1);
    });

    it('migrates by versions: the schema is recorded once, and opening again changes nothing', async () => {
      const url = await cluster.createDatabase({ migrated: false });
      const first = await cluster.openStore(url);
      const recorded = () =>
        withClient(url, async (client) => {
          const result = await client.query<{ name: string; run_on: Date }>(
            `SELECT name, run_on FROM ${MIGRATIONS_TABLE}`,
          );
          return result.rows;
        });
      const before = await recorded();
      assert.deepEqual(
        before.map((row) => row.name),
        ['001_initial-schema', '002_event-notifications'],
      );
      await first.loadSeed(fixtureSeed());
      await cluster.openStore(url);
      assert.deepEqual(await recorded(), before);
      assert.equal((await cluster.openStore(url)).getSite().id, 'mpp-kota-kediri');
    });

    it('refuses a database migrated by a newer mpp-kit', async () => {
      const url = await cluster.createDatabase();
      await withClient(url, (client) =>
        client.query(`INSERT INTO ${MIGRATIONS_TABLE} (name, run_on) VALUES ('002_from-the-future', now())`),
      );
      await assert.rejects(PostgresStore.open(url), /002_from-the-future.*upgrade mpp-kit/);
    });

    it('lets instances starting at once on an empty database migrate and seed it once', async () => {
      const url = await cluster.createDatabase({ migrated: false });
      const [one, two] = await Promise.all([cluster.openStore(url), cluster.openStore(url)]);
      assert.deepEqual([one.isSeeded(), two.isSeeded()], [false, false]);
      const seeded = await Promise.allSettled([one.loadSeed(fixtureSeed()), two.loadSeed(fixtureSeed())]);
      assert.deepEqual(seeded.map((result) => result.status).sort(), ['fulfilled', 'rejected']);
      const refused = seeded.find((result) => result.status === 'rejected');
      assert(refused?.status === 'rejected');
      assert(refused.reason instanceof StoreConflictError && refused.reason.constraint === 'seeded');
      // The one refused serves the seed the other wrote.
      assert.deepEqual([one.isSeeded(), two.isSeeded()], [true, true]);
      assert.deepEqual(
        two.listServices().map((service) => service.id),
        one.listServices().map((service) => service.id),
      );
      const migrations = await withClient(url, (client) => client.query(`SELECT name FROM ${MIGRATIONS_TABLE}`));
      assert.equal(migrations.rowCount, 2);
    });

    it('shows each store the commits of the others on the database', async () => {
      const one = await cluster.makeStore(fixtureSeed());
      const two = await cluster.sameDatabase(one);
      await one.transaction(async (tx) => {
        await tx.insertTicket(ticketRecord());
        await tx.updateCounter('loket-1', { currentTicketId: 'ticket-1' });
        // Not committed yet: another instance sees nothing of it.
        assert.equal(await two.getTicket('ticket-1'), undefined);
        assert.equal((await two.getCounter('loket-1'))?.currentTicketId, null);
      });
      assert.equal((await two.getTicket('ticket-1'))?.number, 'A-001');
      assert.equal((await two.getCounter('loket-1'))?.currentTicketId, 'ticket-1');
      assert.equal(await two.appendEvent({ type: 'ticket.issued', atMs: 1, data: '{}' }), 1);
      assert.equal(await one.lastEventId(), 1);
      await assert.rejects(two.insertTicket(ticketRecord({ id: 'other' })), (error) => {
        return error instanceof StoreConflictError && error.constraint === 'ticket_number';
      });
      assert.equal(await one.countTickets({ localDate: DAY }), 1);
    });

    it('fails with StoreUnavailableError while the database is unreachable, and recovers by itself', async () => {
      const url = await cluster.createDatabase();
      const store = await cluster.openStore(url);
      await store.loadSeed(fixtureSeed());
      const name = new URL(url).pathname.slice(1);
      const cut = store.transaction(async (tx) => {
        await tx.insertTicket(ticketRecord());
        // The server ends every connection of the store's database, this one too (an administrator's restart).
        await withClient(cluster.url('postgres'), (client) =>
          client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]),
        );
        await tx.getTicket('ticket-1');
      });
      await assert.rejects(cut, StoreUnavailableError);
      assert.equal(await store.getTicket('ticket-1'), undefined);
      await store.insertTicket(ticketRecord());
      assert.equal((await store.getTicket('ticket-1'))?.id, 'ticket-1');
    });

    it('fails to open with StoreUnavailableError when nothing listens', async () => {
      // Port 1 on loopback: reserved, nothing listens there.
      await assert.rejects(
        PostgresStore.open('postgres://mpp:secret@127.0.0.1:1/mpp', { connectionTimeoutMs: 2_000 }),
        (error) =>
          error instanceof StoreUnavailableError &&
          !error.message.includes('secret') &&
          !String(error.cause).includes('secret'),
      );
    });
  });
}
