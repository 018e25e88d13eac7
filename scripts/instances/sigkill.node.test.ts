// Issue 15: one of two server instances on one PostgreSQL database killed with
// SIGKILL under a load of ticket takes and bookings. Clients whose request got
// no answer send it again, with the same Idempotency-Key, to the other
// instance, as a load balancer's client does; a board connected to the killed
// instance reconnects to the other with Last-Event-ID. Afterwards the database
// must hold every answered write once, the ticket numbers gap-free, no booking
// twice, and the board must have had the event log exactly once, in order.
//
// The kill point and where each client sends its writes are drawn from a seed
// printed at the start; rerun one with MPP_INSTANCES_SEED=<seed>.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HEADERS, type BookingReceipt, type QueueEvent, type Ticket } from '@mpp-kit/contract';
import { createClient, isMppApiError, type MppClient } from '@mpp-kit/sdk';
import type { CliServer } from '../../bench/server/cli-server.js';
import { bookableSlots, listServices, nikFor, type SlotTarget } from '../../bench/server/fixtures.js';
import { createDataProtection } from '../../packages/server/src/booking/nik-protection.js';
import { testCluster } from '../../packages/server/src/test-support/postgres-cluster.js';
import { until } from '../../packages/server/src/test-support/assert.js';
import { StreamReader } from '../../packages/server/src/test-support/sse.js';
import {
  assertGapFree,
  frameOf,
  WAIT_LIMIT_MS,
  type TicketRow,
  instancesRandom,
  query,
  SECRET,
  startInstances,
} from './instances.js';

/** The booking engine's hash domain of NIKs (`NIK_DOMAIN`), to find a request's booking in the database. */
const NIK_DOMAIN = 'nik';
/** Services whose numbers the load takes: no daily quota, so every take can succeed. */
const QUEUE_SERVICES = ['ktp-el', 'kartu-keluarga', 'akta-kelahiran'];
const CLIENTS = 24;
/** Writes answered before the kill: a random point of the load. */
const ACKS_BEFORE_KILL = { min: 40, max: 160 };
/** Writes answered after the kill, so that retries and fresh writes meet the survivor. */
const ACKS_AFTER_KILL = 60;
/** Attempts of one write; every attempt but the first follows a failure the kill caused. */
const MAX_ATTEMPTS = 5;

/** One write of the load, with everything needed to send it again. */
type Write =
  | { readonly kind: 'ticket'; readonly key: string; readonly serviceId: string }
  | { readonly kind: 'booking'; readonly key: string; readonly nik: string; readonly slot: SlotTarget };

/** How a write ended. */
type Outcome =
  | { readonly kind: 'ticket'; readonly write: Write; readonly ticket: Ticket }
  | { readonly kind: 'booking'; readonly write: Write; readonly receipt: BookingReceipt }
  /** A refusal by a rule (a full slot): nothing was created. */
  | { readonly kind: 'refused'; readonly write: Write; readonly code: string }
  /**
   * `409 idempotency_in_progress` for a write sent again after the kill: its
   * work done, its answer lost. It must not happen: the answer commits in the
   * work's own transaction (issue 14's window, closed in issue 15).
   */
  | { readonly kind: 'stranded'; readonly write: Write };

interface BookingRow {
  code: string;
  slot_start: string;
  nik_hash: string;
}

const cluster = await testCluster();
if (cluster) {
  test('SIGKILL of one instance under load: retries to the other lose and double nothing, the board resumes', async () => {
    const { seed, random } = instancesRandom('sigkill');
    // Drawn first: the load's own draws interleave as its answers arrive, this one does not.
    const killAfter = ACKS_BEFORE_KILL.min + Math.floor(random() * (ACKS_BEFORE_KILL.max - ACKS_BEFORE_KILL.min + 1));
    console.log(`kill after ${killAfter} answered writes`);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

    const { db, servers } = await startInstances(cluster, 2);
    const [doomed, survivor] = servers as [CliServer, CliServer];
    const clients = servers.map((server) => createClient({ baseUrl: server.url, retry: { limit: 0 } }));
    const [toDoomed, toSurvivor] = clients as [MppClient, MppClient];
    let killed = false;

    // Slots from tomorrow on: none can pass while the test runs.
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const slots = (await bookableSlots(survivor.url, await listServices(survivor.url))).filter(
      (slot) => slot.slotStart >= tomorrow,
    );
    assert.ok(slots.length > 50, 'the seed offers bookable slots');

    // The board on the instance that will die.
    const readers: { readonly lastEventId: string | null; readonly reader: StreamReader }[] = [];
    const connect = async (url: string, lastEventId: string | null): Promise<void> => {
      const response = await fetch(`${url}/v1/queues/stream`, {
        headers: lastEventId === null ? {} : { [HEADERS.lastEventId]: lastEventId },
      });
      assert.equal(response.status, 200);
      readers.push({ lastEventId, reader: new StreamReader(response) });
    };
    await connect(doomed.url, null);

    const outcomes: Outcome[] = [];
    let writes = 0;
    let answered = 0;
    let loadRunning = true;
    let reachedKillPoint: () => void = () => undefined;
    const killPoint = new Promise<void>((resolve) => (reachedKillPoint = resolve));
    let reachedEnd: () => void = () => undefined;
    const end = new Promise<void>((resolve) => (reachedEnd = resolve));

    const nextWrite = (): Write => {
      writes += 1;
      const key = `sigkill-${seed}-${writes}`;
      return random() < 0.6
        ? { kind: 'ticket', key, serviceId: pick(QUEUE_SERVICES) }
        : { kind: 'booking', key, nik: nikFor(writes), slot: pick(slots) };
    };

    const send = (client: MppClient, write: Write): Promise<Ticket | BookingReceipt> =>
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

    /** Sends a write to its client's instance until it has an answer; after a failure, to the survivor. */
    const settle = async (home: MppClient, write: Write): Promise<Outcome> => {
      let client = killed ? toSurvivor : home;
      let triedDoomed = false;
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
        if (client === toDoomed) triedDoomed = true;
        try {
          const answer = await send(client, write);
          return write.kind === 'ticket'
            ? { kind: 'ticket', write, ticket: answer as Ticket }
            : { kind: 'booking', write, receipt: answer as BookingReceipt };
        } catch (error) {
          if (isMppApiError(error) && error.code === 'idempotency_in_progress' && triedDoomed && killed) {
            return { kind: 'stranded', write };
          }
          if (isMppApiError(error) && error.status < 500) return { kind: 'refused', write, code: error.code };
          // No answer (the connection died with the instance), or a 5xx: the same request, to the other one.
          client = toSurvivor;
        }
      }
      throw new Error(`${write.kind} ${write.key} had no answer after ${MAX_ATTEMPTS} attempts`);
    };

    const worker = async (home: MppClient): Promise<void> => {
      while (loadRunning) {
        const outcome = await settle(home, nextWrite());
        outcomes.push(outcome);
        if (outcome.kind !== 'ticket' && outcome.kind !== 'booking') continue;
        answered += 1;
        if (answered === killAfter) reachedKillPoint();
        if (answered === killAfter + ACKS_AFTER_KILL) reachedEnd();
      }
    };
    const homes = Array.from({ length: CLIENTS }, (_, index) => (index % 2 === 0 ? toDoomed : toSurvivor));
    const load = Promise.all(homes.map((home) => worker(home)));

    await killPoint;
    killed = true;
    await doomed.kill('SIGKILL');
    // The board reads what reached it until the connection ends, as a browser does, then
    // reconnects to the survivor from the last event it saw.
    const board = readers[0]?.reader ?? assert.fail();
    await until(() => board.ended, WAIT_LIMIT_MS);
    const lastSeen = board.frames.findLast((frame) => frame.id !== undefined)?.id;
    assert.ok(lastSeen !== undefined);
    await connect(survivor.url, lastSeen);
    await end;
    loadRunning = false;
    await load;

    // Every answered write, sent again with its key to the survivor, replays its first answer.
    for (const outcome of outcomes) {
      if (outcome.kind === 'ticket') assert.deepEqual(await send(toSurvivor, outcome.write), outcome.ticket);
      if (outcome.kind === 'booking') assert.deepEqual(await send(toSurvivor, outcome.write), outcome.receipt);
    }

    // A last ticket marks the end of the log: once the board has it, it has every event before it.
    const marker = await toSurvivor.tickets.take({ serviceId: QUEUE_SERVICES[0] as string });
    const resumed = readers[1]?.reader;
    assert.ok(resumed);
    await frameOf(resumed, (frame) => frame.data?.includes(marker.id) === true);
    await resumed.close();

    const tickets = await query<TicketRow>(db, 'SELECT id, service_id, local_date, sequence, number FROM tickets');
    const bookings = await query<BookingRow>(db, 'SELECT code, slot_start, nik_hash FROM bookings');
    const log = await query<{ id: number; data: Omit<QueueEvent, 'id'> }>(
      db,
      'SELECT id::integer AS id, data FROM events ORDER BY id',
    );

    const answeredTickets = outcomes.flatMap((outcome) => (outcome.kind === 'ticket' ? [outcome.ticket] : []));
    const stranded = outcomes.filter((outcome) => outcome.kind === 'stranded');
    console.log(
      `${outcomes.length} writes: ${answeredTickets.length} tickets, ` +
        `${outcomes.filter((outcome) => outcome.kind === 'booking').length} bookings, ` +
        `${outcomes.filter((outcome) => outcome.kind === 'refused').length} refused, ${stranded.length} stranded; ` +
        `${log.length} events`,
    );
    assert.equal(stranded.length, 0, 'every write sent again gets its answer or runs afresh');

    // Tickets: every number a client was given is stored as it was given, once, and 1..n per day.
    const ticketById = new Map(tickets.map((row) => [row.id, row]));
    for (const ticket of answeredTickets) {
      const row = ticketById.get(ticket.id);
      assert.ok(row, `ticket ${ticket.number} (${ticket.id}) was given but is not stored`);
      assert.equal(row.number, ticket.number, `ticket ${ticket.id} is stored with another number`);
    }
    assert.equal(
      new Set(answeredTickets.map((ticket) => ticket.id)).size,
      answeredTickets.length,
      'one ticket per key',
    );
    assertGapFree(tickets);
    // Stored tickets no client was given: one per stranded take, whose work was done (and the marker).
    const givenIds = new Set([...answeredTickets.map((ticket) => ticket.id), marker.id]);
    const notGiven = tickets.filter((row) => !givenIds.has(row.id)).length;
    const strandedTakes = stranded.filter((outcome) => outcome.write.kind === 'ticket').length;
    assert.equal(notGiven, strandedTakes, `${notGiven} tickets nobody was given, ${strandedTakes} stranded takes`);

    // Bookings: each write has its own NIK, so its bookings are those with its NIK's hash.
    const protection = await createDataProtection(SECRET);
    const byNikHash = new Map<string, BookingRow[]>();
    for (const row of bookings) byNikHash.set(row.nik_hash, [...(byNikHash.get(row.nik_hash) ?? []), row]);
    for (const outcome of outcomes) {
      if (outcome.write.kind !== 'booking') continue;
      const rows = byNikHash.get(await protection.hash(NIK_DOMAIN, outcome.write.nik)) ?? [];
      if (outcome.kind === 'booking') {
        assert.deepEqual(
          rows.map((row) => [row.code, row.slot_start]),
          [[outcome.receipt.code, outcome.receipt.slotStart]],
          `booking ${outcome.write.key}`,
        );
      } else {
        assert.equal(rows.length, outcome.kind === 'stranded' ? 1 : 0, `${outcome.kind} booking ${outcome.write.key}`);
      }
    }

    // The board: its first connection from a snapshot, the second a replay from where the
    // first stopped; together the log after the snapshot, each event once, in order, as stored.
    const [first, second] = readers;
    assert.ok(first && second);
    assert.equal(first.reader.events[0]?.type, 'snapshot');
    assert.ok(
      second.reader.events.every((event) => event.type !== 'snapshot'),
      'a replay, not a snapshot',
    );
    const delivered = [...first.reader.events.slice(1), ...second.reader.events];
    const expected = log.filter((row) => row.id > Number(first.reader.events[0]?.id));
    assert.deepEqual(
      delivered.map((event) => Number(event.id)),
      expected.map((row) => row.id),
      'the board got the log with a gap, a repeat or out of order',
    );
    for (const [index, event] of delivered.entries()) {
      const { id, ...stored } = event;
      assert.deepEqual(stored, expected[index]?.data, `event ${id} differs from the log`);
    }
  });
}
