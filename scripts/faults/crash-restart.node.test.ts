// Issue 14: the real server killed with SIGKILL in the middle of a load of
// ticket takes and bookings, several times, and restarted each time on the same
// SQLite file and port. Clients retry every unanswered write with the same
// Idempotency-Key, as a regency's app does; a stream client resumes with
// Last-Event-ID. Afterwards the database, read as a file, must hold every
// answered write once, the ticket numbers gap-free, and the stream must have
// delivered the event log exactly once and in order.
//
// The kill points are drawn from a seed printed at the start; rerun one with
// MPP_CRASH_SEED=<seed>.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { HEADERS, type BookingReceipt, type QueueEvent, type Ticket } from '@mpp-kit/contract';
import { createClient, isMppApiError, type MppClient } from '@mpp-kit/sdk';
import { startCliServer, type CliServer } from '../../bench/server/cli-server.js';
import { bookableSlots, listServices, nikFor, openInstant, type SlotTarget } from '../../bench/server/fixtures.js';
import { createDataProtection } from '../../packages/server/src/booking/nik-protection.js';
import { StreamReader } from '../../packages/server/src/test-support/sse.js';
import { seededRandom } from './seeded-random.js';

const SECRET = 'crash-restart-test-secret-0123456789';
/** The booking engine's hash domain of NIKs (`NIK_DOMAIN`), to find a request's booking in the file. */
const NIK_DOMAIN = 'nik';
/** Services whose numbers the load takes: no daily quota, so every take can succeed. */
const QUEUE_SERVICES = ['ktp-el', 'kartu-keluarga', 'akta-kelahiran'];
const CLIENTS = 12;
const KILLS = 4;
/** Writes each kill waits for since the last start: a random point of the load. */
const ACKS_BEFORE_KILL = { min: 10, max: 50 };
/** Writes answered after the last restart, so retries and fresh writes meet a recovered server. */
const ACKS_AFTER_LAST = 30;
/** Attempts of one write; every attempt but the first follows a failure the test caused. */
const MAX_ATTEMPTS = 30;

/** One write of the load, with everything needed to send it again. */
type Write =
  | { readonly kind: 'ticket'; readonly key: string; readonly serviceId: string }
  | { readonly kind: 'booking'; readonly key: string; readonly nik: string; readonly slot: SlotTarget };

/** How a write ended. */
type Outcome =
  | { readonly kind: 'ticket'; readonly write: Write; readonly ticket: Ticket }
  | { readonly kind: 'booking'; readonly write: Write; readonly receipt: BookingReceipt }
  /** A refusal by a rule (e.g. a full slot): nothing was created. */
  | { readonly kind: 'refused'; readonly write: Write; readonly code: string }
  /**
   * `409 idempotency_in_progress` for a write sent again after the kill: its
   * work done, its answer lost. It must not happen: the answer commits in the
   * work's own transaction (issue 14's window, closed in issue 15).
   */
  | { readonly kind: 'stranded'; readonly write: Write };

/** The server's lives: a write that fails while it is down waits for the next start. */
class Lives {
  server!: CliServer;
  started = 0;
  acks = 0;
  private ready: Promise<void> = Promise.resolve();
  private markUp: () => void = () => undefined;
  private waiters: { readonly count: number; readonly resolve: () => void }[] = [];

  /** Resolves once the server is up (at once when it is). */
  up(): Promise<void> {
    return this.ready;
  }

  down(): void {
    this.ready = new Promise((resolve) => {
      this.markUp = resolve;
    });
  }

  isUp(server: CliServer): void {
    servers.push(server);
    this.server = server;
    this.started = this.acks;
    this.markUp();
  }

  acknowledged(): void {
    this.acks += 1;
    this.waiters = this.waiters.filter((waiter) => {
      if (this.acks < waiter.count) return true;
      waiter.resolve();
      return false;
    });
  }

  /** Resolves once `count` writes were answered since the server last started. */
  acksSinceStart(count: number): Promise<void> {
    const target = this.started + count;
    return new Promise((resolve) => {
      if (this.acks >= target) resolve();
      else this.waiters.push({ count: target, resolve });
    });
  }
}

/** A stream client: one reader per server life, each resuming from the last id it saw. */
class StreamClient {
  readonly readers: { readonly lastEventId: string | null; readonly reader: StreamReader }[] = [];

  async connect(url: string): Promise<void> {
    const lastEventId = this.lastId();
    const response = await fetch(`${url}/v1/queues/stream`, {
      headers: lastEventId === null ? {} : { [HEADERS.lastEventId]: lastEventId },
    });
    assert.equal(response.status, 200);
    this.readers.push({ lastEventId, reader: new StreamReader(response) });
  }

  /** The id of the last frame received, over every connection. */
  lastId(): string | null {
    for (const { reader } of [...this.readers].reverse()) {
      const last = reader.frames.findLast((frame) => frame.id !== undefined);
      if (last?.id !== undefined) return last.id;
    }
    return null;
  }

  events(): QueueEvent[] {
    return this.readers.flatMap(({ reader }) => reader.events);
  }
}

interface TicketRow {
  id: string;
  service_id: string;
  local_date: string;
  sequence: number;
  number: string;
}
interface BookingRow {
  code: string;
  service_id: string;
  slot_start: string;
  nik_hash: string;
}
interface EventRow {
  id: number;
  data: string;
}

const folders: string[] = [];
const servers: CliServer[] = [];
// A failed assertion leaves the last server running: its pipes would keep this process alive.
after(async () => {
  for (const server of servers) await server.kill('SIGKILL');
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

test('SIGKILL mid-load and restarts on the same database: no write lost or doubled, the stream resumes', async () => {
  const seed = Number(process.env['MPP_CRASH_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
  console.log(`crash-restart seed: ${seed} (rerun with MPP_CRASH_SEED=${seed})`);
  const random = seededRandom(seed);
  // Drawn first: the load's own draws interleave as its answers arrive, these do not.
  const killPoints = Array.from(
    { length: KILLS },
    () => ACKS_BEFORE_KILL.min + Math.floor(random() * (ACKS_BEFORE_KILL.max - ACKS_BEFORE_KILL.min + 1)),
  );
  console.log(`kills after ${killPoints.join(', ')} answered writes since each start`);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

  const clockStart = Date.parse(openInstant());
  const firstStart = Date.now();
  const lives = new Lives();
  const start = (folder?: string, port?: number): Promise<CliServer> =>
    startCliServer(
      // The server's clock runs on from where the killed one was, so nothing goes back in time.
      ['--clock', new Date(clockStart + Date.now() - firstStart).toISOString(), '--rate-limit', '0'],
      {
        env: { MPP_SECRET: SECRET },
        ...(folder === undefined ? {} : { folder }),
        ...(port === undefined ? {} : { port }),
      },
    );
  lives.isUp(await start());
  const { folder, port, url } = lives.server;
  folders.push(folder);

  // Slots from tomorrow on: none can pass while the test runs.
  const tomorrow = new Date(clockStart + 86_400_000).toISOString().slice(0, 10);
  const slots = (await bookableSlots(url, await listServices(url))).filter((slot) => slot.slotStart >= tomorrow);
  assert.ok(slots.length > 50, 'the seed offers bookable slots');

  const client: MppClient = createClient({ baseUrl: url, retry: { limit: 0 } });
  const stream = new StreamClient();
  await stream.connect(url);

  const outcomes: Outcome[] = [];
  let writes = 0;
  let loadRunning = true;

  const nextWrite = (): Write => {
    writes += 1;
    const key = `crash-${seed}-${writes}`;
    return random() < 0.6
      ? { kind: 'ticket', key, serviceId: pick(QUEUE_SERVICES) }
      : { kind: 'booking', key, nik: nikFor(writes), slot: pick(slots) };
  };

  const send = (write: Write): Promise<Ticket | BookingReceipt> =>
    write.kind === 'ticket'
      ? client.tickets.take({ serviceId: write.serviceId }, { idempotencyKey: write.key })
      : client.bookings.create(
          {
            serviceId: write.slot.serviceId,
            slotStart: write.slot.slotStart,
            applicant: { name: 'Siti Rahayu', nik: write.nik, phone: '0812-3456-7890' },
            consent: true,
          },
          { idempotencyKey: write.key },
        );

  /** Sends a write until it has an answer, waiting for the next start after each failure. */
  const settle = async (write: Write): Promise<Outcome> => {
    let restartedSince = false;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      const life = lives.server;
      try {
        const answer = await send(write);
        return write.kind === 'ticket'
          ? { kind: 'ticket', write, ticket: answer as Ticket }
          : { kind: 'booking', write, receipt: answer as BookingReceipt };
      } catch (error) {
        if (isMppApiError(error) && error.code === 'idempotency_in_progress' && restartedSince) {
          return { kind: 'stranded', write };
        }
        if (isMppApiError(error) && error.status < 500 && error.code !== 'idempotency_in_progress') {
          return { kind: 'refused', write, code: error.code };
        }
        await lives.up();
        if (lives.server !== life) restartedSince = true;
      }
    }
    throw new Error(`${write.kind} ${write.key} had no answer after ${MAX_ATTEMPTS} attempts`);
  };

  const worker = async (): Promise<void> => {
    while (loadRunning) {
      const outcome = await settle(nextWrite());
      outcomes.push(outcome);
      if (outcome.kind === 'ticket' || outcome.kind === 'booking') lives.acknowledged();
    }
  };
  const load = Promise.all(Array.from({ length: CLIENTS }, () => worker()));

  for (const point of killPoints) {
    await lives.acksSinceStart(point);
    lives.down();
    await lives.server.kill('SIGKILL');
    lives.isUp(await start(folder, port));
    await stream.connect(url);
  }
  await lives.acksSinceStart(ACKS_AFTER_LAST);
  loadRunning = false;
  await load;

  // Every answered write, sent again with its key, replays its first answer.
  for (const outcome of outcomes) {
    if (outcome.kind === 'ticket') assert.deepEqual(await send(outcome.write), outcome.ticket, outcome.write.key);
    if (outcome.kind === 'booking') assert.deepEqual(await send(outcome.write), outcome.receipt, outcome.write.key);
  }

  // A last ticket marks the end of the log: once the stream has it, it has every event before it.
  const marker = await client.tickets.take({ serviceId: QUEUE_SERVICES[0] as string });
  const streamed = stream.readers.at(-1)?.reader;
  assert.ok(streamed);
  await streamed.waitForFrame((frame) => frame.data?.includes(marker.id) === true);
  await lives.server.kill('SIGTERM');

  const db = new Database(join(folder, 'mpp.db'), { readonly: true });
  const tickets = db.prepare('SELECT id, service_id, local_date, sequence, number FROM tickets').all() as TicketRow[];
  const bookings = db.prepare('SELECT code, service_id, slot_start, nik_hash FROM bookings').all() as BookingRow[];
  const log = db.prepare('SELECT id, data FROM events ORDER BY id').all() as EventRow[];
  db.close();

  const answeredTickets = outcomes.flatMap((outcome) => (outcome.kind === 'ticket' ? [outcome.ticket] : []));
  const answeredBookings = outcomes.flatMap((outcome) => (outcome.kind === 'booking' ? [outcome.receipt] : []));
  const stranded = outcomes.filter((outcome) => outcome.kind === 'stranded');
  const refused = outcomes.filter((outcome) => outcome.kind === 'refused');
  console.log(
    `${outcomes.length} writes: ${answeredTickets.length} tickets, ${answeredBookings.length} bookings, ` +
      `${refused.length} refused, ${stranded.length} stranded; ${log.length} events`,
  );
  assert.equal(stranded.length, 0, 'every write sent again gets its answer or runs afresh');

  // Tickets: every number a client was given, or saw on the stream, is stored as it was shown.
  const ticketById = new Map(tickets.map((row) => [row.id, row]));
  const shown = [
    ...answeredTickets.map((ticket) => ({ id: ticket.id, number: ticket.number, serviceId: ticket.serviceId })),
    ...stream
      .events()
      .flatMap((event) =>
        event.type === 'ticket.issued'
          ? [{ id: event.ticket.id, number: event.ticket.number, serviceId: event.ticket.serviceId }]
          : [],
      ),
  ];
  for (const ticket of shown) {
    const row = ticketById.get(ticket.id);
    assert.ok(row, `ticket ${ticket.number} (${ticket.id}) was shown but is not stored`);
    assert.equal(row.number, ticket.number, `ticket ${ticket.id} is stored with another number`);
    assert.equal(row.service_id, ticket.serviceId);
  }
  assert.equal(new Set(answeredTickets.map((ticket) => ticket.id)).size, answeredTickets.length, 'one ticket per key');
  // Numbers per service and day: 1..n, each once. A number the crash took before its commit was
  // never shown (answers and events leave only after the commit), so it is given again.
  const sequences = new Map<string, number[]>();
  for (const row of tickets) {
    const day = `${row.service_id} ${row.local_date}`;
    sequences.set(day, [...(sequences.get(day) ?? []), row.sequence]);
  }
  for (const [day, numbers] of sequences) {
    assert.deepEqual(
      numbers.sort((a, b) => a - b),
      Array.from({ length: numbers.length }, (_, index) => index + 1),
      `the numbers of ${day} are not 1..${numbers.length}`,
    );
  }
  // Stored tickets no client was answered with: one per stranded take, whose work was done (and the marker's).
  const answeredIds = new Set([...answeredTickets.map((ticket) => ticket.id), marker.id]);
  const unanswered = tickets.filter((row) => !answeredIds.has(row.id)).length;
  const strandedTakes = stranded.filter((outcome) => outcome.write.kind === 'ticket').length;
  assert.equal(unanswered, strandedTakes, `${unanswered} tickets nobody was given, ${strandedTakes} stranded takes`);

  // Bookings: each request has its own NIK, so its bookings are those with its NIK's hash.
  const protection = await createDataProtection(SECRET);
  const byNikHash = new Map<string, BookingRow[]>();
  for (const row of bookings) byNikHash.set(row.nik_hash, [...(byNikHash.get(row.nik_hash) ?? []), row]);
  for (const outcome of outcomes) {
    if (outcome.write.kind !== 'booking') continue;
    const rows = byNikHash.get(await protection.hash(NIK_DOMAIN, outcome.write.nik)) ?? [];
    if (outcome.kind === 'booking') {
      assert.equal(rows.length, 1, `booking ${outcome.receipt.code} is stored ${rows.length} times`);
      const [row] = rows;
      assert.ok(row);
      assert.equal(row.code, outcome.receipt.code);
      assert.equal(row.slot_start, outcome.receipt.slotStart);
    } else if (outcome.kind === 'refused') {
      assert.equal(rows.length, 0, `refused booking ${outcome.write.key} is stored`);
    } else {
      assert.equal(rows.length, 1, `stranded booking ${outcome.write.key} is stored ${rows.length} times`);
    }
  }

  // The stream: each reconnection replays from its Last-Event-ID, and together they
  // carry the log after the first snapshot exactly once, in order, as stored.
  const [first, ...resumed] = stream.readers;
  assert.ok(first);
  assert.equal(first.reader.events[0]?.type, 'snapshot');
  for (const { lastEventId, reader } of resumed) {
    assert.ok(lastEventId !== null);
    assert.ok(
      reader.events.every((event) => event.type !== 'snapshot'),
      `the stream resumed from ${lastEventId} with a snapshot, not a replay`,
    );
    // A life may have had no event at all (bookings only); the whole log is compared below.
    if (reader.events.length > 0) {
      assert.equal(reader.events[0]?.id, String(Number(lastEventId) + 1), `the replay after ${lastEventId} has a gap`);
    }
  }
  const delivered = stream.events().filter((event) => event.type !== 'snapshot');
  const expected = log.filter((row) => row.id > Number(first.reader.events[0]?.id));
  assert.deepEqual(
    delivered.map((event) => Number(event.id)),
    expected.map((row) => row.id),
    'the stream delivered the log with a gap, a repeat or out of order',
  );
  for (const [index, event] of delivered.entries()) {
    const { id, ...stored } = event;
    assert.deepEqual(stored, JSON.parse(expected[index]?.data ?? 'null'), `event ${id} differs from the log`);
  }
});
