// A year of queue tickets and bookings written straight into a store (no HTTP,
// no engine), so the statistics benchmark can build its data in seconds. The
// numbers come from a seeded generator: every run measures the same data.
import { addDays } from '@mpp-kit/contract';
import { kediriSeed, type BookingRecord, type Store, type TicketRecord } from '@mpp-kit/server';
import { SqliteStore } from '@mpp-kit/server/node';

/** What {@link writeYearOfTickets} wrote. */
export interface YearOfTickets {
  readonly from: string;
  readonly to: string;
  readonly days: number;
  readonly tickets: number;
  readonly bookings: number;
}

/** A small linear congruential generator: deterministic, good enough to spread test data. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(1_103_515_245, state) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `localDate` at `minutes` past midnight in UTC+7 (the Kediri seed's Asia/Jakarta), as the engine writes instants. */
const instant = (localDate: string, minutes: number): string =>
  `${localDate}T${pad(Math.floor(minutes / 60))}:${pad(Math.floor(minutes % 60))}:${pad(Math.round((minutes % 1) * 60) % 60)}+07:00`;

/**
 * Writes `perDay` tickets on each of the `days` days up to `to` (weekends too,
 * so the year is full), spread over the seed's queue services, with waits of up to
 * an hour and service times around each service's average; about one ticket in
 * ten comes from a booking (checked in). Of the rest, 88% are served, 8% skipped
 * and 4% cancelled before their call.
 */
export async function writeYearOfTickets(store: Store, to: string, days = 365, perDay = 100): Promise<YearOfTickets> {
  const random = generator(20_260_101);
  const services = store
    .listServices()
    .filter((service) => service.channels.some((channel) => channel.kind === 'queue'));
  const from = addDays(to, 1 - days);
  let tickets = 0;
  let bookings = 0;
  for (let day = from; day <= to; day = addDays(day, 1)) {
    await store.transaction(async (tx) => {
      const sequences = new Map<string, number>();
      for (let index = 0; index < perDay; index += 1) {
        const service = services[Math.floor(random() * services.length)];
        if (!service) throw new Error('the seed has no queue service');
        const sequence = (sequences.get(service.id) ?? 0) + 1;
        sequences.set(service.id, sequence);
        const issued = 8 * 60 + random() * 390;
        const roll = random();
        const status = roll < 0.04 ? 'cancelled' : roll < 0.12 ? 'skipped' : 'done';
        const called = status === 'cancelled' ? null : issued + random() * 60;
        const finished =
          status === 'done' && called !== null
            ? called + service.averageServiceMinutes * (0.5 + random())
            : called !== null
              ? called + 2
              : issued + 10;
        const id = `t${day.replaceAll('-', '')}${pad(index, 4)}`;
        const booked = random() < 0.1;
        const bookingCode = booked ? `KDR-${day.replaceAll('-', '').slice(2)}${pad(index, 4)}` : null;
        if (bookingCode) {
          const booking: BookingRecord = {
            code: bookingCode,
            secretHash: 'bench',
            serviceId: service.id,
            slotStart: instant(day, issued),
            slotEnd: instant(day, issued + 30),
            localDate: day,
            status: 'checked-in',
            nikHash: `bench-${bookingCode}`,
            applicantCipher: '',
            applicantName: '',
            createdAt: instant(addDays(day, -3), 600),
            updatedAt: instant(day, issued),
            ticketId: null,
            erasedAt: null,
          };
          await tx.insertBooking(booking);
          bookings += 1;
        }
        const ticket: TicketRecord = {
          id,
          serviceId: service.id,
          localDate: day,
          sequence,
          number: `${service.queuePrefix}-${pad(sequence, 3)}`,
          status,
          priority: booked,
          bookingCode,
          queueKey: `${booked ? 0 : 1}:${pad(Math.round(issued * 60), 6)}`,
          issuedAt: instant(day, issued),
          calledAt: called === null ? null : instant(day, called),
          counterId: null,
          recalls: 0,
          finishedAt: instant(day, finished),
        };
        await tx.insertTicket(ticket);
        if (bookingCode) {
          await tx.updateBooking(bookingCode, {
            ticketId: id,
            status: status === 'done' ? 'completed' : status === 'skipped' ? 'no-show' : 'checked-in',
          });
        }
        tickets += 1;
      }
      for (const [serviceId, sequence] of sequences) await tx.saveSequence(serviceId, day, sequence);
    });
  }
  return { from, to, days, tickets, bookings };
}

/**
 * A SQLite database file at `path` with the Kediri seed and a year of tickets
 * up to `to`, `perDay` a day: what a regency's server holds after its first year.
 */
export async function writeYearDatabase(path: string, to: string, perDay = 100): Promise<YearOfTickets> {
  const store = new SqliteStore(path);
  try {
    await store.loadSeed(kediriSeed());
    return await writeYearOfTickets(store, to, 365, perDay);
  } finally {
    store.close();
  }
}
