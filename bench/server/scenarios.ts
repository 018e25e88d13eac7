// The write scenarios shared by the HTTP benchmarks (bench/server-http.bench.ts
// on SQLite, bench/server-postgres.bench.ts on SQLite and PostgreSQL): ticket
// takes and bookings with the staff token and a fresh Idempotency-Key, against
// one server or several serving the same database.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kediriSeed } from '@mpp-kit/server';
import { BENCH_STAFF_TOKEN } from './cli-server.js';
import { bookableSlots, listServices, nikFor } from './fixtures.js';
import { loadRow, runLoad, type LoadResult } from './load.js';

/** Capacity factor of the roomy booking scenario, so it measures successful bookings throughout. */
export const ROOMY = 100;

const staffJson = { 'Content-Type': 'application/json', Authorization: `Bearer ${BENCH_STAFF_TOKEN}` };

/** The servers under load: one URL, or several serving the same database (connections go to them in turn). */
export type Targets = string | readonly string[];

/** How long and over how many connections a scenario loads the servers. */
export interface LoadShape {
  readonly seconds: number;
  readonly connections: number;
}

/** The first target: where the catalogue and the slots are read (every target serves the same ones). */
const first = (targets: Targets): string => (typeof targets === 'string' ? targets : (targets[0] ?? ''));

/** A one-second catalogue read on every target, so the load does not start on cold code. */
export async function warmUp(targets: Targets, shape: LoadShape): Promise<void> {
  await runLoad({ url: targets, method: 'GET', path: '/v1/services', seconds: 1, connections: shape.connections });
}

/**
 * Ticket takes spread over every queue service without a daily quota (the
 * passport quotas would turn most of their takes into 409s), so no service
 * reaches its 9,999th number of the day either.
 */
export async function takeTickets(targets: Targets, shape: LoadShape): Promise<LoadResult> {
  const unlimited = new Set(
    kediriSeed()
      .services.filter((service) => service.dailyQuota === null)
      .map((service) => service.id),
  );
  const services = (await listServices(first(targets))).filter(
    (service) => unlimited.has(service.id) && service.channels.some((channel) => channel.kind === 'queue'),
  );
  return runLoad({
    url: targets,
    method: 'POST',
    path: '/v1/tickets',
    headers: staffJson,
    ...shape,
    request: (index) => ({
      headers: { 'Idempotency-Key': randomUUID() },
      body: JSON.stringify({ serviceId: services[index % services.length]?.id }),
    }),
  });
}

/** A booking run's figures, with how many slots and online places it aimed at. */
export type BookingResult = LoadResult & { readonly slots: number; readonly places: number };

/** Bookings with distinct valid NIKs, round-robin over every open slot; the slots' capacity decides 201 vs 409. */
export async function book(targets: Targets, shape: LoadShape): Promise<BookingResult> {
  const slots = await bookableSlots(first(targets), await listServices(first(targets)));
  if (slots.length === 0) throw new Error('no bookable slot');
  const result = await runLoad({
    url: targets,
    method: 'POST',
    path: '/v1/bookings',
    headers: staffJson,
    ...shape,
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

/** The Kediri seed with every online booking capacity multiplied by {@link ROOMY}, in a file in `folder`. */
export function roomySeedFile(folder: string): string {
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

/** A booking run as a table row, with the slots and places it aimed at. */
export const bookingRow = (result: BookingResult): Record<string, string> => ({
  ...loadRow(result),
  note: `${result.slots} slots, ${result.places.toLocaleString('en-US')} online places`,
});
