// Issue 15: two real server processes on one PostgreSQL database behave as one
// server. Ticket takes split across both get unique, gap-free numbers; the last
// place of a slot raced from both has one winner; a call on one instance reaches
// a board connected to the other, and a board reconnecting to either one
// replays exactly what it missed.
//
// Which instance each request goes to is drawn from a seed printed at the
// start; rerun one with MPP_INSTANCES_SEED=<seed>.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { HEADERS, type QueueEvent, type Ticket } from '@mpp-kit/contract';
import { createClient } from '@mpp-kit/sdk';
import { BENCH_STAFF_TOKEN } from '../../bench/server/cli-server.js';
import { bookableSlots, listServices, nikFor } from '../../bench/server/fixtures.js';
import { testCluster } from '../../packages/server/src/test-support/postgres-cluster.js';
import { StreamReader, type Frame } from '../../packages/server/src/test-support/sse.js';
import {
  assertGapFree,
  frameOf,
  type TicketRow,
  inParallel,
  instancesRandom,
  query,
  startInstances,
} from './instances.js';

/** Services with no daily quota: every take can succeed. */
const TAKE_SERVICES = ['ktp-el', 'kartu-keluarga', 'akta-kelahiran'];
const TAKES = 1_000;
const TAKES_IN_FLIGHT = 40;
/** The seed's service whose slots have one online place. */
const ONE_PLACE_SERVICE = 'pbg';
const RACED_SLOTS = 5;
const BOOKINGS_PER_SLOT = 24;
/** A service and its counter for the board test, apart from the takes above so their counts stay exact. */
const BOARD_SERVICE = 'nib-oss';
const BOARD_COUNTER = 'loket-5';

const cluster = await testCluster();
if (cluster) {
  const { random } = instancesRandom('two-instances');
  const { db, servers } = await startInstances(cluster, 2);
  const pickServer = () => (random() < 0.5 ? 0 : 1);

  describe('two instances on one PostgreSQL database', () => {
    test(`${TAKES} concurrent ticket takes split across both: unique, gap-free numbers, all stored`, async () => {
      const plan = Array.from({ length: TAKES }, () => ({
        server: pickServer(),
        serviceId: TAKE_SERVICES[Math.floor(random() * TAKE_SERVICES.length)] as string,
      }));
      const answers = await inParallel(TAKES, TAKES_IN_FLIGHT, async (index) => {
        const { server, serviceId } = plan[index] ?? assert.fail();
        const response = await fetch(`${servers[server]?.url}/v1/tickets`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ serviceId }),
        });
        assert.equal(response.status, 201, `take ${index} on instance ${server}: ${await response.clone().text()}`);
        return (await response.json()) as Ticket;
      });
      assert.ok(
        plan.some(({ server }) => server === 0) && plan.some(({ server }) => server === 1),
        'both instances took',
      );

      const rows = await query<TicketRow>(
        db,
        'SELECT id, service_id, local_date, sequence, number FROM tickets WHERE service_id = ANY($1)',
        [TAKE_SERVICES],
      );
      // What clients hold is what the server holds: the same tickets, with the same numbers.
      assert.equal(rows.length, TAKES);
      const stored = new Map(rows.map((row) => [row.id, row]));
      for (const ticket of answers) {
        assert.equal(stored.get(ticket.id)?.number, ticket.number, `ticket ${ticket.id}`);
        assert.equal(stored.get(ticket.id)?.service_id, ticket.serviceId);
      }
      assert.equal(new Set(answers.map((ticket) => `${ticket.serviceId} ${ticket.number}`)).size, TAKES);
      assertGapFree(rows);
    });

    test(`the last place of a slot raced from both: one booking, ${BOOKINGS_PER_SLOT - 1} refused as slot_full`, async () => {
      const url = servers[0]?.url ?? assert.fail();
      const services = (await listServices(url)).filter((service) => service.id === ONE_PLACE_SERVICE);
      // From tomorrow on: no slot can pass while the test runs.
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      const slots = (await bookableSlots(url, services)).filter((slot) => slot.slotStart >= tomorrow);
      assert.ok(slots.length >= RACED_SLOTS, `${ONE_PLACE_SERVICE} offers bookable slots`);
      assert.ok(
        slots.every((slot) => slot.remaining === 1),
        `${ONE_PLACE_SERVICE} slots have one online place`,
      );

      let applicants = 0;
      for (let round = 0; round < RACED_SLOTS; round += 1) {
        const slot = slots.splice(Math.floor(random() * slots.length), 1)[0] ?? assert.fail();
        const answers = await Promise.all(
          Array.from({ length: BOOKINGS_PER_SLOT }, async () => {
            applicants += 1;
            const body = JSON.stringify({
              serviceId: slot.serviceId,
              slotStart: slot.slotStart,
              // Each request its own NIK: only the slot's capacity can refuse it.
              applicant: { name: 'Siti Rahayu', nik: nikFor(applicants), phone: '0812-3456-7890' },
              consent: true,
            });
            const response = await fetch(`${servers[pickServer()]?.url}/v1/bookings`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json' },
              body,
            });
            const json = (await response.json()) as { code?: string; error?: { code: string } };
            return { status: response.status, code: json.code ?? json.error?.code };
          }),
        );
        const won = answers.filter((answer) => answer.status === 201);
        assert.equal(won.length, 1, `slot ${slot.slotStart}: ${JSON.stringify(answers)}`);
        for (const answer of answers.filter((item) => item.status !== 201)) {
          assert.deepEqual(answer, { status: 409, code: 'slot_full' }, `slot ${slot.slotStart}`);
        }
        const stored = await query<{ code: string }>(
          db,
          'SELECT code FROM bookings WHERE service_id = $1 AND slot_start = $2',
          [slot.serviceId, slot.slotStart],
        );
        assert.deepEqual(
          stored.map((row) => row.code),
          [won[0]?.code],
        );
      }
    });

    test('a call on one instance reaches a board on the other; a board reconnecting to either replays what it missed', async () => {
      const [a, b] = servers;
      assert.ok(a && b);
      const staffA = createClient({ baseUrl: a.url, staffToken: BENCH_STAFF_TOKEN, retry: { limit: 0 } });
      const staffB = createClient({ baseUrl: b.url, staffToken: BENCH_STAFF_TOKEN, retry: { limit: 0 } });
      const connect = async (url: string, lastEventId?: string): Promise<StreamReader> => {
        const response = await fetch(`${url}/v1/queues/stream`, {
          headers: lastEventId === undefined ? {} : { [HEADERS.lastEventId]: lastEventId },
        });
        assert.equal(response.status, 200);
        return new StreamReader(response);
      };

      /** Waits for the `type` event of ticket `ticketId`; resolves with its id. */
      const heard = async (board: StreamReader, type: string, ticketId: string): Promise<string> => {
        const matches = (frame: Frame): boolean => {
          const event = frame.data === undefined ? null : (JSON.parse(frame.data) as QueueEvent);
          return event?.type === type && 'ticket' in event && event.ticket.id === ticketId;
        };
        return (await frameOf(board, matches)).id ?? assert.fail();
      };

      // The board on B, and the call on A.
      const boardOnB = await connect(b.url);
      await frameOf(boardOnB, (frame) => frame.data !== undefined);
      const ticket = await staffA.tickets.take({ serviceId: BOARD_SERVICE });
      const called = await staffA.counters.callNext(BOARD_COUNTER);
      assert.equal(called.ticket?.id, ticket.id);
      await heard(boardOnB, 'ticket.called', ticket.id);

      // The board goes away; events happen on B; it comes back to A with the last id it saw.
      const lastSeen = boardOnB.events.at(-1)?.id ?? assert.fail();
      await boardOnB.close();
      for (let index = 0; index < 3; index += 1) await staffB.tickets.take({ serviceId: BOARD_SERVICE });
      await staffB.counters.complete(BOARD_COUNTER);
      const missedCall = await staffB.counters.callNext(BOARD_COUNTER);
      const boardOnA = await connect(a.url, lastSeen);
      await heard(boardOnA, 'ticket.called', missedCall.ticket?.id ?? assert.fail());
      // Then a call on A, live, and a last ticket on B: once the board has that one, it has
      // every event before it, and the call on A once.
      await staffA.counters.complete(BOARD_COUNTER);
      await staffA.counters.callNext(BOARD_COUNTER);
      const marker = await staffB.tickets.take({ serviceId: BOARD_SERVICE });
      const lastId = await heard(boardOnA, 'ticket.issued', marker.id);
      const log = await query<{ id: number; data: QueueEventData }>(
        db,
        'SELECT id::integer AS id, data FROM events WHERE id > $1 AND id <= $2 ORDER BY id',
        [Number(lastSeen), Number(lastId)],
      );
      await boardOnA.close();
      assert.ok(
        boardOnA.events.every((event) => event.type !== 'snapshot'),
        'a replay, not a snapshot',
      );
      assert.deepEqual(
        boardOnA.events.map((event) => Number(event.id)),
        log.map((row) => row.id),
        'the board got the log with a gap, a repeat or out of order',
      );
      for (const [index, event] of boardOnA.events.entries()) {
        const { id, ...stored } = event;
        assert.deepEqual(stored, log[index]?.data, `event ${id} differs from the log`);
      }
    });
  });
}

/** An event as stored (the `json` column, parsed by the driver). */
type QueueEventData = Record<string, unknown>;
