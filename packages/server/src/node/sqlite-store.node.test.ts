// SqliteStore: the shared suites on a memory and a file database, what a file
// adds (restart durability, migrations, schema constraints), and several
// connections and processes sharing one file.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { BookingStatusSchema, HEADERS, routes, type QueueEvent } from '@mpp-kit/contract';
import Database from 'better-sqlite3';
import { fixtureHistory, fixtureSeed, NIKS } from '../test-support/fixture-seed.js';
import { Harness, type StoreFactory } from '../test-support/harness.js';
import { StreamReader } from '../test-support/sse.js';
import { bookingRecord, ticketRecord } from '../test-support/records.js';
import { runSuites } from '../test-support/suites.js';
import { ACTIVE_BOOKING_STATUSES, StoreConflictError, type StoreSeed } from '../store/store.js';
import { APPLICATION_ID, migrate, MIGRATIONS } from './sqlite-schema.js';
import { SqliteStore } from './sqlite-store.js';

const TUESDAY = '2026-03-03';
const TUESDAY_8 = '2026-03-03T08:00:00+07:00';
const PASSPORT_SLOT = '2026-03-04T10:00:00+07:00';

const folder = mkdtempSync(join(tmpdir(), 'mpp-sqlite-'));
const opened: SqliteStore[] = [];
let files = 0;

/** A new database file in the test folder. */
const newFile = (): string => join(folder, `store-${(files += 1)}.db`);

/** Opens a store that is closed when the tests end. */
function open(path: string, options?: ConstructorParameters<typeof SqliteStore>[1]): SqliteStore {
  const store = new SqliteStore(path, options);
  opened.push(store);
  return store;
}

const seeded =
  (path: string): StoreFactory =>
  async (seed: StoreSeed) => {
    const store = open(path);
    await store.loadSeed(seed);
    return store;
  };

after(() => {
  for (const store of opened) store.close();
  rmSync(folder, { recursive: true, force: true });
});

const conflict = (constraint: string) => (error: unknown) =>
  error instanceof StoreConflictError && error.constraint === constraint;

runSuites({ describe, it }, 'SqliteStore (:memory:)', (seed) => seeded(':memory:')(seed));
runSuites({ describe, it }, 'SqliteStore (file)', (seed) => seeded(newFile())(seed));

describe('SqliteStore on a file', () => {
  it('opens in WAL mode as an mpp-kit database at the newest schema version', () => {
    const path = join(folder, 'nested', 'folder', 'mpp.db');
    open(path).close();
    // Closing folds the write-ahead log into the file.
    assert.equal(existsSync(`${path}-wal`), false);
    const raw = new Database(path, { readonly: true });
    try {
      assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
      assert.equal(raw.pragma('user_version', { simple: true }), MIGRATIONS.length);
      assert.equal(raw.pragma('application_id', { simple: true }), APPLICATION_ID);
    } finally {
      raw.close();
    }
  });

  it('keeps tickets, numbering, bookings, idempotency and the event log across a restart', async () => {
    const path = newFile();
    const before = open(path);
    const first = await Harness.open(async (seed) => {
      await before.loadSeed(seed);
      return before;
    });
    const a1 = await first.take('ktp-el');
    const seenId = String(await before.lastEventId());
    const kiosk7 = { headers: { [HEADERS.idempotencyKey]: 'kiosk-7' } };
    const a2 = await first.take('ktp-el', kiosk7);
    await first.take('kk');
    assert.equal((await first.staff(routes.callNext, 'loket-1')).body.ticket?.id, a1.body.id);
    const booking = await first.book('ktp-el', TUESDAY_8);
    assert.equal(booking.status, 201);
    before.close();

    const reopened = open(path);
    const second = await Harness.open(() => reopened);
    assert.ok(reopened.isSeeded());
    await assert.rejects(reopened.loadSeed(fixtureSeed()), conflict('seeded'));
    // Numbering continues; the line and the counter are as they were.
    const a3 = await second.take('ktp-el');
    assert.deepEqual([a3.status, a3.body.number, a3.body.position], [201, 'A-003', 1]);
    const called = await second.call(routes.getTicket, { params: { id: a1.body.id } });
    assert.deepEqual([called.body.status, called.body.counterId], ['called', 'loket-1']);
    const replayed = await second.take('ktp-el', kiosk7);
    assert.deepEqual([replayed.status, replayed.body.id, replayed.body.number], [201, a2.body.id, 'A-002']);
    // The booking is readable with its secret only, and still holds the applicant's day.
    const read = (secret: string) =>
      second.call(routes.getBooking, {
        params: { code: booking.body.code },
        headers: { [HEADERS.bookingSecret]: secret },
      });
    const shown = await read(booking.body.secret);
    assert.deepEqual([shown.status, shown.body.status, shown.body.slotStart], [200, 'confirmed', TUESDAY_8]);
    assert.notEqual((await read('wrong')).status, 200);
    const again = await second.book('ktp-el', '2026-03-03T09:00:00+07:00');
    assert.deepEqual([again.status, again.error.code], [409, 'booking_exists']);
    // A client that saw the first event before the restart gets exactly what it missed.
    const response = await second.app.request(routes.streamQueue.path, { headers: { [HEADERS.lastEventId]: seenId } });
    const stream = new StreamReader(response);
    const events = await stream.waitForEvents(4);
    await stream.close();
    const summary = (event: QueueEvent) => [event.id, event.type, 'ticket' in event ? event.ticket.number : null];
    const next = Number(seenId) + 1;
    assert.deepEqual(events.slice(0, 4).map(summary), [
      [String(next), 'ticket.issued', 'A-002'],
      [String(next + 1), 'ticket.issued', 'B-001'],
      [String(next + 2), 'ticket.called', 'A-001'],
      [String(next + 3), 'ticket.issued', 'A-003'],
    ]);
  });

  it('refuses a file of another program and one written by a newer schema, and migrates forward', async () => {
    const foreign = newFile();
    const other = new Database(foreign);
    other.exec('CREATE TABLE notes (text TEXT)');
    other.close();
    assert.throws(() => new SqliteStore(foreign), /another program/);

    const path = newFile();
    const store = open(path);
    await store.loadSeed(fixtureSeed());
    await store.insertTicket(ticketRecord());
    store.close();
    // A later release appends a migration; a regency's data survives it.
    const raw = new Database(path);
    const next = [
      ...MIGRATIONS,
      { version: MIGRATIONS.length + 1, summary: 'test', sql: 'ALTER TABLE tickets ADD COLUMN note TEXT' },
    ];
    assert.equal(migrate(raw, next), MIGRATIONS.length + 1);
    assert.equal(migrate(raw, next), MIGRATIONS.length + 1); // once only
    assert.deepEqual(raw.prepare('SELECT id, number, note FROM tickets').all(), [
      { id: 'ticket-1', number: 'A-001', note: null },
    ]);
    raw.close();
    assert.throws(() => new SqliteStore(path), new RegExp(`schema version ${MIGRATIONS.length + 1}.*upgrade mpp-kit`));
  });
  it('brings a version 1 database (before erasure) forward with its bookings, which can then be erased', async () => {
    const path = newFile();
    const raw = new Database(path);
    assert.equal(migrate(raw, MIGRATIONS.slice(0, 1)), 1);
    raw.exec(`INSERT INTO site (id, site, settings) VALUES (1, '{}', '{}')`);
    raw.exec(`INSERT INTO agencies (id, position, data) VALUES ('dukcapil', 0, '{}')`);
    raw.exec(`INSERT INTO services (id, position, agency_id, data) VALUES ('ktp-el', 0, 'dukcapil', '{}')`);
    const insert = raw.prepare(
      `INSERT INTO bookings (code, secret_hash, service_id, slot_start, slot_end, local_date, status, nik_hash,
         applicant_cipher, applicant_name, created_at, updated_at, ticket_id)
       VALUES (@code, @secretHash, @serviceId, @slotStart, @slotEnd, @localDate, @status, @nikHash,
         @applicantCipher, @applicantName, @createdAt, @updatedAt, @ticketId)`,
    );
    const { erasedAt: _erasedAt, ...v1 } = bookingRecord();
    insert.run(v1);
    insert.run({ ...v1, code: 'KDR-BBBBBB', nikHash: 'nik-hash-2' });
    raw.close();

    const store = open(path);
    assert.deepEqual(await store.getBooking('KDR-AAAAAA'), bookingRecord());
    await store.eraseApplicant('KDR-AAAAAA', '2026-04-03T00:00:00+07:00');
    await store.eraseApplicant('KDR-BBBBBB', '2026-04-03T00:00:00+07:00');
    // Both erased and still confirmed on one day: the new index lets them be; the NIK books again.
    await store.insertBooking(bookingRecord({ code: 'KDR-CCCCCC' }));
    await assert.rejects(store.insertBooking(bookingRecord({ code: 'KDR-DDDDDD' })), conflict('booking_active_nik'));
    assert.deepEqual(
      (await store.findBookings({ erased: true })).map((booking) => [
        booking.code,
        booking.nikHash,
        booking.applicantName,
      ]),
      [
        ['KDR-AAAAAA', '', ''],
        ['KDR-BBBBBB', '', ''],
      ],
    );
  });

  it('leaves no copy of an erased applicant in the file or in its write-ahead log', async () => {
    const path = newFile();
    const store = await seeded(path)(fixtureSeed());
    const personal = { nikHash: 'HASH-3571014507950003', applicantCipher: 'v1.SEGEL-Siti-Rahayu-081234567890' };
    await store.insertBooking(bookingRecord(personal));
    const checkpoint = new Database(path);
    checkpoint.pragma('wal_checkpoint(TRUNCATE)');
    checkpoint.close();
    /** The database's bytes on disk: the file and whatever its log holds. */
    const onDisk = () =>
      Buffer.concat([readFileSync(path), existsSync(`${path}-wal`) ? readFileSync(`${path}-wal`) : Buffer.alloc(0)]);
    for (const value of Object.values(personal)) assert.ok(onDisk().includes(value), `${value} is written at first`);

    await store.eraseApplicant('KDR-AAAAAA', '2026-04-03T00:00:00+07:00');
    // The store empties its log once the erasing transaction is over.
    await new Promise((resolve) => setImmediate(resolve));
    for (const value of Object.values(personal)) assert.equal(onDisk().includes(value), false, `${value} is gone`);
    assert.equal((await store.getBooking('KDR-AAAAAA'))?.erasedAt, '2026-04-03T00:00:00+07:00');
  });

  it('keeps the history, survey codes and responses across a restart', async () => {
    const path = newFile();
    const before = open(path);
    await before.loadSeed(fixtureSeed());
    await before.insertTicket(ticketRecord({ status: 'done' }));
    const invitation = {
      code: '7QX4-M2KP',
      ticketId: 'ticket-1',
      serviceId: 'ktp-el',
      localDate: '2026-03-02',
      expiresAt: '2026-03-09T09:30:00+07:00',
      answeredAt: '2026-03-02T10:00:00+07:00',
    };
    await before.insertSurveyInvitation(invitation);
    await before.insertSurveyResponse({
      id: 'r1',
      serviceId: 'ktp-el',
      agencyId: 'dukcapil',
      localDate: '2026-03-02',
      scores: [4, 3, 2, 1, 4, 3, 2, 1, 4],
      ageGroup: '25-34',
      sex: null,
      education: null,
      occupation: null,
      suggestion: 'Tambah kursi',
    });
    before.close();
    const after = open(path);
    assert.deepEqual(await after.listHistory(), fixtureHistory);
    assert.deepEqual(await after.getSurveyInvitationForTicket('ticket-1'), invitation);
    assert.deepEqual(await after.surveyTotals({ localDates: { from: '2026-03-01', to: '2026-03-31' } }), [
      { agencyId: 'dukcapil', serviceId: 'ktp-el', respondents: 1, scoreTotals: [4, 3, 2, 1, 4, 3, 2, 1, 4] },
    ]);
    assert.equal(await after.firstTicketDate(), '2026-03-02');
  });

  it('brings a version 2 database forward: no history, and the survey tables ready', async () => {
    const path = newFile();
    const raw = new Database(path);
    assert.equal(migrate(raw, MIGRATIONS.slice(0, 2)), 2);
    raw.close();
    const store = open(path);
    const { history: _history, ...older } = fixtureSeed();
    // A database seeded before migration 3 has no history rows: the statistics count from the tickets.
    await store.loadSeed({ ...older, history: [] });
    assert.deepEqual(await store.listHistory(), []);
    await store.insertTicket(ticketRecord({ status: 'done' }));
    await store.insertSurveyInvitation({
      code: 'AAAA-BBBB',
      ticketId: 'ticket-1',
      serviceId: 'ktp-el',
      localDate: '2026-03-02',
      expiresAt: '2026-03-09T09:30:00+07:00',
      answeredAt: null,
    });
    assert.equal((await store.getSurveyInvitation('AAAA-BBBB'))?.ticketId, 'ticket-1');
  });

  it('loses no committed write when the process is killed without closing the store', async () => {
    const path = newFile();
    await open(path).loadSeed(fixtureSeed());
    const takes = Array.from({ length: 20 }, () => ({ path: '/v1/tickets', body: { serviceId: 'ktp-el' } }));
    const booking = { path: '/v1/bookings', body: Harness.bookingBody('ktp-el', TUESDAY_8, NIKS[0]) };
    const [replies] = await runProcesses(path, [{ requests: [...takes, booking], crash: true }]);
    assert.ok(
      replies?.every((reply) => reply.status === 201),
      'every request succeeded before the crash',
    );
    // The writes were still in the write-ahead log, not yet in the file.
    assert.ok(existsSync(`${path}-wal`));
    const store = open(path);
    assert.equal(await store.lastSequence('ktp-el', '2026-03-02'), 20);
    assert.equal(await store.countTickets({ localDate: '2026-03-02' }), 20);
    assert.equal((await store.findBookings({ serviceId: 'ktp-el' }))[0]?.code, replies?.at(-1)?.body?.code);
  });
});

describe('SqliteStore: constraints in the schema', () => {
  const fresh = () => seeded(':memory:')(fixtureSeed());

  it('keeps references, statuses and types right', async () => {
    const store = await fresh();
    const notConflict = (error: unknown) => error instanceof Error && !(error instanceof StoreConflictError);
    await assert.rejects(store.insertTicket(ticketRecord({ serviceId: 'nope' })), notConflict);
    await assert.rejects(store.insertTicket(ticketRecord({ status: 'lost' as 'waiting' })), notConflict);
    await assert.rejects(store.insertTicket(ticketRecord({ localDate: '2 March' })), notConflict);
    await assert.rejects(store.insertTicket(ticketRecord({ sequence: 1.5 })), notConflict);
    await store.insertTicket(ticketRecord());
    await assert.rejects(store.updateTicket('ticket-1', { counterId: 'loket-9' }), notConflict);
    await assert.rejects(store.updateCounter('loket-1', { status: 'gone' as 'open' }), notConflict);
    await assert.rejects(store.updateTicket('nope', { status: 'done' }), /Unknown ticket/);
    await assert.rejects(store.updateBooking('nope', { status: 'cancelled' }), /Unknown booking/);
    await assert.rejects(store.updateCounter('nope', { status: 'open' }), /Unknown counter/);
  });

  it('keeps survey scores on the scale, codes to real tickets, and nothing linkable in a response', async () => {
    const path = newFile();
    const store = await seeded(path)(fixtureSeed());
    const notConflict = (error: unknown) => error instanceof Error && !(error instanceof StoreConflictError);
    const invitation = {
      code: 'AAAA-BBBB',
      ticketId: 'nope',
      serviceId: 'ktp-el',
      localDate: '2026-03-02',
      expiresAt: '2026-03-09T09:30:00+07:00',
      answeredAt: null,
    };
    await assert.rejects(store.insertSurveyInvitation(invitation), notConflict);
    const response = {
      id: 'r1',
      serviceId: 'ktp-el',
      agencyId: 'dukcapil',
      localDate: '2026-03-02',
      scores: [4, 4, 4, 4, 4, 4, 4, 4, 5],
      ageGroup: null,
      sex: null,
      education: null,
      occupation: null,
      suggestion: null,
    };
    await assert.rejects(store.insertSurveyResponse(response), notConflict);
    await assert.rejects(store.insertSurveyResponse({ ...response, scores: [4, 4, 4] }), notConflict);
    await assert.rejects(
      store.insertSurveyResponse({ ...response, scores: Array(9).fill(4), serviceId: 'nope' }),
      notConflict,
    );
    const raw = new Database(path, { readonly: true });
    try {
      const columns = raw
        .prepare<[], { name: string }>("SELECT name FROM pragma_table_info('survey_responses')")
        .all()
        .map((column) => column.name);
      assert.deepEqual(columns, [
        'id',
        'service_id',
        'agency_id',
        'local_date',
        'requirements',
        'procedure',
        'time',
        'cost',
        'product',
        'competence',
        'conduct',
        'complaints',
        'facilities',
        'age_group',
        'sex',
        'education',
        'occupation',
        'suggestion',
      ]);
      // No rowid: the rows keep no order of writing that answered_at of the invitations could be matched to.
      assert.throws(() => raw.prepare('SELECT rowid FROM survey_responses').all(), /no such column: rowid/);
    } finally {
      raw.close();
    }
  });

  it('holds one active booking per NIK, service and day for exactly the active statuses', async () => {
    for (const status of BookingStatusSchema.options) {
      const store = await fresh();
      await store.insertBooking(bookingRecord({ code: 'KDR-FIRST', status }));
      const second = () => store.insertBooking(bookingRecord({ code: 'KDR-SECOND' }));
      if (ACTIVE_BOOKING_STATUSES.includes(status))
        await assert.rejects(second, conflict('booking_active_nik'), status);
      else await assert.doesNotReject(second, status);
    }
  });

  it('never reuses an event id, also after pruning the newest events', async () => {
    const path = newFile();
    const store = open(path);
    await store.loadSeed(fixtureSeed());
    await store.appendEvent({ type: 'ticket.issued', atMs: 1, data: '{}' });
    await store.appendEvent({ type: 'ticket.issued', atMs: 2, data: '{}' });
    await store.deleteEventsBefore(10);
    store.close();
    const reopened = open(path);
    assert.deepEqual([await reopened.firstEventId(), await reopened.lastEventId()], [null, 2]);
    assert.equal(await reopened.appendEvent({ type: 'ticket.issued', atMs: 11, data: '{}' }), 3);
  });
});

describe('SqliteStore: the cached catalog', () => {
  it('keeps the catalog it read when a write is refused and rolled back', async () => {
    const store = await seeded(':memory:')(fixtureSeed());
    const site = store.getSite();
    const service = store.getService('ktp-el');
    await store.insertTicket(ticketRecord());
    await assert.rejects(
      store.transaction((tx) => tx.insertTicket(ticketRecord({ id: 'other' }))),
      conflict('ticket_number'),
    );
    await assert.rejects(
      store.transaction(() => Promise.reject(new Error('quota_exceeded'))),
      /quota_exceeded/,
    );
    // The very same objects: nothing was parsed again.
    assert.equal(store.getSite(), site);
    assert.equal(store.getService('ktp-el'), service);
    // The same through the API: the last passport place, then a refused 409.
    const harness = await Harness.open(() => store);
    assert.equal((await harness.book('paspor', PASSPORT_SLOT, NIKS[0])).status, 201);
    const refused = await harness.book('paspor', PASSPORT_SLOT, NIKS[1]);
    assert.deepEqual([refused.status, refused.error.code], [409, 'slot_full']);
    assert.equal(store.getSite(), site);
  });

  it('forgets a catalog read inside a seed load that was rolled back', async () => {
    const store = open(':memory:');
    await assert.rejects(
      store.transaction(async (tx) => {
        await tx.loadSeed(fixtureSeed());
        assert.equal(tx.getSite().id, 'mpp-kota-kediri');
        throw new Error('undo the seed');
      }),
      /undo the seed/,
    );
    assert.equal(store.isSeeded(), false);
    assert.throws(() => store.getSite(), /no seed/);
    await store.loadSeed(fixtureSeed());
    assert.equal(store.getSite().id, 'mpp-kota-kediri');
  });
});

describe('SqliteStore: connections sharing a file', () => {
  it('enforces unique constraints across connections and sees the other connection’s writes', async () => {
    const path = newFile();
    const one = await seeded(path)(fixtureSeed());
    const two = open(path);
    assert.ok(two.isSeeded());
    await one.insertBooking(bookingRecord());
    assert.equal((await two.getBooking('KDR-AAAAAA'))?.nikHash, 'nik-hash-1');
    const sameDay = bookingRecord({ code: 'KDR-BBBBBB', slotStart: '2026-03-03T09:00:00+07:00' });
    await assert.rejects(two.insertBooking(sameDay), conflict('booking_active_nik'));
    await one.insertTicket(ticketRecord());
    await assert.rejects(two.insertTicket(ticketRecord({ id: 'other' })), conflict('ticket_number'));
  });

  it('takes the write lock when a transaction begins (BEGIN IMMEDIATE), so a second writer waits', async () => {
    const path = newFile();
    const one = await seeded(path)(fixtureSeed());
    const two = open(path, { busyTimeoutMs: 20 });
    await one.transaction(async (tx) => {
      await tx.saveSequence('ktp-el', TUESDAY, 1);
      // Even a transaction that would only read must wait for the lock: its reads
      // could not otherwise be trusted for the write that follows them.
      await assert.rejects(
        two.transaction((other) => other.lastSequence('ktp-el', TUESDAY)),
        { code: 'SQLITE_BUSY' },
      );
    });
    assert.equal(await two.transaction((tx) => tx.lastSequence('ktp-el', TUESDAY)), 1);
  });

  it('numbers gap-free and never overbooks when two processes race on one file', async () => {
    const path = newFile();
    await open(path).loadSeed(fixtureSeed());
    const takes = Array.from({ length: 100 }, () => ({ path: '/v1/tickets', body: { serviceId: 'ktp-el' } }));
    // The last passport place, and one NIK trying six slots of the same day.
    const book = (serviceId: string, slotStart: string, nik: string) => ({
      path: '/v1/bookings',
      body: Harness.bookingBody(serviceId, slotStart, nik),
    });
    const lastPlace = (nik: string) => book('paspor', PASSPORT_SLOT, nik);
    const sameNik = (times: string[]) => times.map((time) => book('ktp-el', `${TUESDAY}T${time}:00+07:00`, NIKS[3]));
    const [left, right] = await runProcesses(path, [
      { requests: [...takes, lastPlace(NIKS[0]), lastPlace(NIKS[1]), ...sameNik(['08:00', '08:30', '09:00'])] },
      { requests: [...takes, lastPlace(NIKS[2]), ...sameNik(['09:30', '10:00', '10:30'])] },
    ]);
    const replies = [...(left ?? []), ...(right ?? [])];
    const tickets = replies.filter((reply) => reply.path === '/v1/tickets');
    assert.ok(
      tickets.every((reply) => reply.status === 201),
      'every take succeeds',
    );
    assert.deepEqual(
      tickets.map((reply) => reply.body?.number).sort(),
      Array.from({ length: 200 }, (_, index) => `A-${String(index + 1).padStart(3, '0')}`),
    );
    const bookings = (serviceId: string) =>
      replies.filter((reply) => reply.path === '/v1/bookings' && reply.serviceId === serviceId);
    assert.deepEqual(
      bookings('paspor')
        .map((reply) => reply.code)
        .sort(),
      [201, 'slot_full', 'slot_full'],
    );
    assert.deepEqual(
      bookings('ktp-el')
        .map((reply) => reply.code)
        .sort(),
      [201, ...Array.from({ length: 5 }, () => 'booking_exists')],
    );

    const store = open(path);
    assert.equal(await store.lastSequence('ktp-el', '2026-03-02'), 200);
    assert.equal(
      await store.countBookings({ serviceId: 'paspor', slotStart: PASSPORT_SLOT, statuses: ACTIVE_BOOKING_STATUSES }),
      1,
    );
    const events = await store.eventsAfter(0, 1_000);
    assert.equal(events.filter((event) => event.type === 'ticket.issued').length, 200);
    assert.ok(
      events.every((event, index) => event.id === index + 1),
      'event ids are unique and gap-free across processes',
    );
  });
  it('takes one ticket for one Idempotency-Key when two processes race with it', async () => {
    const path = newFile();
    await open(path).loadSeed(fixtureSeed());
    const retries = Array.from({ length: 10 }, () => ({
      path: '/v1/tickets',
      body: { serviceId: 'ktp-el' },
      headers: { [HEADERS.idempotencyKey]: 'kiosk-9' },
    }));
    const replies = (await runProcesses(path, [{ requests: retries }, { requests: retries }])).flat();
    // Each process answers its own retries alike; the other one's, while they run, with 409.
    const answered = replies.filter((reply) => reply.code === 201);
    assert.ok(answered.length >= 10, `${answered.length} answered`);
    assert.deepEqual(new Set(answered.map((reply) => reply.body?.number)), new Set(['A-001']));
    assert.deepEqual(
      replies.filter((reply) => reply.code !== 201).map((reply) => reply.code),
      Array.from({ length: replies.length - answered.length }, () => 'idempotency_in_progress'),
    );
    assert.equal(await open(path).countTickets({ localDate: '2026-03-02' }), 1);
  });
});

/** What one racing process reports per request. */
interface RaceReply {
  readonly path: string;
  readonly serviceId: string;
  readonly status: number;
  /** 201, or the error code. */
  readonly code: number | string;
  /** A success's JSON: a ticket's `number`, a booking's `code`; `null` for an error. */
  readonly body: { readonly number?: string; readonly code?: string } | null;
}

// Runs in a child process: opens the file, signals readiness, waits for "go",
// then sends all its requests at once through the app and prints the replies.
// A crashing one then kills itself without closing the store.
const RACER = `
const input = JSON.parse(process.argv[1]);
const { SqliteStore } = await import(input.storeUrl);
const { Harness } = await import(input.harnessUrl);
const store = new SqliteStore(input.path);
const h = await Harness.open(() => store);
process.stdout.write('ready\\n');
await new Promise((resolve) => process.stdin.once('data', resolve));
const replies = await Promise.all(input.requests.map(async ({ path, body, headers }) => {
  const reply = await h.post(path, { body, headers });
  const ok = reply.status === 201;
  return { path, serviceId: body.serviceId, status: reply.status, code: ok ? 201 : reply.error.code, body: ok ? reply.body : null };
}));
const output = JSON.stringify(replies) + '\\n';
if (input.crash) process.stdout.write(output, () => process.kill(process.pid, 'SIGKILL'));
else {
  store.close();
  process.stdout.write(output);
}
`;

/** What one process does: its requests, sent all at once, and whether it then dies without closing the store. */
interface Job {
  readonly requests: readonly {
    readonly path: string;
    readonly body: unknown;
    readonly headers?: Readonly<Record<string, string>>;
  }[];
  readonly crash?: boolean;
}

/** Starts one process per job on the same file, lets them go at once, and collects their replies. */
async function runProcesses(path: string, jobs: readonly Job[]): Promise<RaceReply[][]> {
  const children = jobs.map(({ requests, crash = false }) => {
    const input = {
      path,
      requests,
      crash,
      storeUrl: new URL('./sqlite-store.ts', import.meta.url).href,
      harnessUrl: new URL('../test-support/harness.ts', import.meta.url).href,
    };
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--conditions=@mpp-kit/source', '--input-type=module', '-e', RACER, JSON.stringify(input)],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    let output = '';
    let errors = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
    const ready = new Promise<void>((resolve, reject) => {
      child.stdout.on('data', () => output.startsWith('ready\n') && resolve());
      child.once('exit', () => reject(new Error(`a process exited before it was ready: ${errors}`)));
    });
    const done = new Promise<RaceReply[]>((resolve, reject) => {
      child.once('exit', (code, signal) => {
        const expected = crash ? signal === 'SIGKILL' : code === 0;
        const lines = output.split('\n');
        if (expected && lines[0] === 'ready' && lines[1]) resolve(JSON.parse(lines[1]) as RaceReply[]);
        else reject(new Error(`a process failed (${code ?? signal}): ${errors}`));
      });
    });
    return { child, ready, done };
  });
  await Promise.all(children.map(({ ready }) => ready));
  for (const { child } of children) child.stdin.end('go\n');
  return Promise.all(children.map(({ done }) => done));
}
