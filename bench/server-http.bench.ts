// HTTP throughput and latency of the real `mpp-kit-server` on SQLite, with
// autocannon: the catalog read, ticket takes and bookings. Each scenario gets a
// fresh server (a child process on a temporary database, 127.0.0.1 only), a
// one-second warm-up, then MPP_BENCH_SECONDS (default 10) of load over
// MPP_BENCH_CONNECTIONS (default 10) connections. Writes carry the staff token,
// so the anonymous rate limit does not cap them, and a fresh Idempotency-Key.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kediriSeed } from '@mpp-kit/server';
import { defineBenchmark } from './benchmark.js';
import { BENCH_STAFF_TOKEN, startCliServer, type CliServer } from './server/cli-server.js';
import { bookableSlots, listServices, nikFor, openInstant } from './server/fixtures.js';
import { loadRow, runLoad, type LoadResult } from './server/load.js';

const SECONDS = Number(process.env['MPP_BENCH_SECONDS'] ?? 10);
const CONNECTIONS = Number(process.env['MPP_BENCH_CONNECTIONS'] ?? 10);
/** Capacity factor of the second booking scenario, so it measures successful bookings throughout. */
const ROOMY = 100;

const staffJson = { 'Content-Type': 'application/json', Authorization: `Bearer ${BENCH_STAFF_TOKEN}` };

/** Starts a server, warms it up, runs `scenario`, and always stops it. */
async function withServer<T>(args: readonly string[], scenario: (server: CliServer) => Promise<T>): Promise<T> {
  const server = await startCliServer(args);
  try {
    await runLoad({ url: server.url, method: 'GET', path: '/v1/services', seconds: 1, connections: CONNECTIONS });
    return await scenario(server);
  } finally {
    await server.stop();
  }
}

/**
 * Ticket takes spread over every queue service without a daily quota (the
 * passport quotas would turn most of their takes into 409s), so no service
 * reaches its 9,999th number of the day either.
 */
async function takeTickets(server: CliServer): Promise<LoadResult> {
  const unlimited = new Set(
    kediriSeed()
      .services.filter((service) => service.dailyQuota === null)
      .map((service) => service.id),
  );
  const services = (await listServices(server.url)).filter(
    (service) => unlimited.has(service.id) && service.channels.some((channel) => channel.kind === 'queue'),
  );
  return runLoad({
    url: server.url,
    method: 'POST',
    path: '/v1/tickets',
    headers: staffJson,
    seconds: SECONDS,
    connections: CONNECTIONS,
    request: (index) => ({
      headers: { 'Idempotency-Key': randomUUID() },
      body: JSON.stringify({ serviceId: services[index % services.length]?.id }),
    }),
  });
}

/** Bookings with distinct valid NIKs, round-robin over every open slot; the slots' capacity decides 201 vs 409. */
async function book(server: CliServer): Promise<LoadResult & { slots: number; places: number }> {
  const slots = await bookableSlots(server.url, await listServices(server.url));
  if (slots.length === 0) throw new Error('no bookable slot');
  const result = await runLoad({
    url: server.url,
    method: 'POST',
    path: '/v1/bookings',
    headers: staffJson,
    seconds: SECONDS,
    connections: CONNECTIONS,
    request: (index) => {
      const slot = slots[index % slots.length];
      return {
        headers: { 'Idempotency-Key': randomUUID() },
        body: JSON.stringify({
          serviceId: slot?.serviceId,
          slotStart: slot?.slotStart,
          applicant: {
            name: `Pemohon Uji ${index}`,
            nik: nikFor(index),
            phone: `08123${String(index % 1_000_000).padStart(6, '0')}`,
          },
          consent: true,
        }),
      };
    },
  });
  return { ...result, slots: slots.length, places: slots.reduce((sum, slot) => sum + slot.remaining, 0) };
}

/** The Kediri seed with every online booking capacity multiplied, in a temporary file. */
function roomySeedFile(folder: string): string {
  const seed = kediriSeed();
  const services = seed.services.map((service) =>
    service.booking
      ? { ...service, booking: { ...service.booking, onlineCapacity: service.booking.onlineCapacity * ROOMY } }
      : service,
  );
  const file = join(folder, 'roomy-seed.json');
  writeFileSync(file, JSON.stringify({ ...seed, services }));
  return file;
}

const bookingRow = (result: LoadResult & { slots: number; places: number }) => ({
  ...loadRow(result),
  note: `${result.slots} slots, ${result.places.toLocaleString('en-US')} online places`,
});

export default defineBenchmark({
  description: 'autocannon against the CLI server on SQLite: GET /v1/services, POST /v1/tickets, POST /v1/bookings',
  async run() {
    const clock = openInstant();
    const args = ['--clock', clock];
    const rows: Record<string, Record<string, string>> = {};
    let failed = false;
    const scenario = async (name: string, run: () => Promise<Record<string, string>>) => {
      process.stdout.write(`  ${name}…\n`);
      try {
        rows[name] = await run();
      } catch (error) {
        failed = true;
        rows[name] = { error: error instanceof Error ? error.message : String(error) };
      }
    };

    await scenario('GET /v1/services', () =>
      withServer(args, async (server) =>
        loadRow(
          await runLoad({
            url: server.url,
            method: 'GET',
            path: '/v1/services',
            seconds: SECONDS,
            connections: CONNECTIONS,
          }),
        ),
      ),
    );
    await scenario('POST /v1/tickets', () => withServer(args, async (server) => loadRow(await takeTickets(server))));
    await scenario('POST /v1/bookings (Kediri capacities)', () =>
      withServer(args, async (server) => bookingRow(await book(server))),
    );
    const folder = mkdtempSync(join(tmpdir(), 'mpp-bench-seed-'));
    try {
      await scenario(`POST /v1/bookings (capacity ×${ROOMY})`, () =>
        withServer([...args, '--seed', roomySeedFile(folder)], async (server) => bookingRow(await book(server))),
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    return {
      rows,
      failed,
      context: {
        server: 'mpp-kit-server (child process), SQLite WAL file in a temp folder, 127.0.0.1',
        load: `autocannon, ${CONNECTIONS} connections, ${SECONDS} s per scenario after a 1 s warm-up`,
        'server clock': `${clock} (--clock, an opening time of the Kediri seed)`,
        writes: 'staff Bearer token (rate limit exempt), unique Idempotency-Key per request',
        target: 'POST /v1/tickets ≥ 2,000 req/s with p99 < 50 ms',
      },
    };
  },
});
