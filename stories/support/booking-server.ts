// Booking stories' server: a fresh in-page reference server (the Kota Kediri
// seed) whose clock starts on an open Monday morning, plus what a story needs
// to show a state: other citizens' bookings made through the SDK (full days,
// the last place taken), and fetches that fail the way a network does. Every
// place and refusal comes from the real booking engine, never from a mock.
import type { BookingReceipt } from '@mpp-kit/contract';
import type { FetchLike } from '@mpp-kit/sdk';
import type { BrowserServer } from '@mpp-kit/server/browser';
import { queueStoryClient } from './queue-server.js';

export {
  OPEN_MONDAY,
  queueStoryClient as bookingStoryClient,
  queueStoryServer as bookingStoryServer,
} from './queue-server.js';

/** The made-up citizen of the stories: a valid test NIK (a woman born 1995 in Kota Kediri) and a phone. */
export const STORY_APPLICANT = {
  name: 'Siti Rahayu',
  nik: '3571014507950003',
  phone: '0812-3456-7890',
  email: 'siti.rahayu@example.id',
} as const;

/** A valid NIK of another made-up citizen of Kota Kediri (born 1 January 1990), by serial 1-9999. */
export function otherNik(serial: number): string {
  return `357101010190${String(serial).padStart(4, '0')}`;
}

/** Whether a request is the booking request (`POST /v1/bookings`). */
export function isBookingRequest(request: Request): boolean {
  return request.method === 'POST' && new URL(request.url).pathname.endsWith('/v1/bookings');
}

/** Books one place of `slotStart` for another citizen (e.g. the last place, while the visitor reviews). */
export function takePlace(
  server: BrowserServer,
  serviceId: string,
  slotStart: string,
  serial = 1,
): Promise<BookingReceipt> {
  return queueStoryClient(server).bookings.create(
    {
      serviceId,
      slotStart,
      applicant: { name: 'Warga Lain', nik: otherNik(serial), phone: '0813-1111-2222' },
      consent: true,
    },
    { idempotencyKey: crypto.randomUUID() },
  );
}

/**
 * Takes every free place of a service up to `to` (the server clamps it to the
 * booking horizon): the calendar then shows full days only.
 */
export async function fillEveryPlace(server: BrowserServer, serviceId: string, to = '2026-05-31'): Promise<void> {
  const availability = await queueStoryClient(server).bookings.availability(serviceId, { to });
  let serial = 1;
  for (const day of availability.days) {
    for (const slot of day.slots) {
      for (let place = 0; place < slot.remaining; place += 1) {
        await takePlace(server, serviceId, slot.start, serial);
        serial += 1;
      }
    }
  }
}

/** A fetch whose booking requests fail like a dropped connection; everything else reaches `server`. */
export function offlineBookingFetch(server: BrowserServer): FetchLike {
  return (request) =>
    isBookingRequest(request) ? Promise.reject(new TypeError('Failed to fetch')) : server.fetch(request);
}

/**
 * A fetch whose first booking request reaches `server` (the booking is made)
 * but whose answer is lost; "Coba lagi" then gets the same booking back.
 */
export function droppedAnswerFetch(server: BrowserServer): FetchLike {
  let dropped = false;
  return async (request) => {
    const response = await server.fetch(request);
    if (!dropped && isBookingRequest(request)) {
      dropped = true;
      throw new TypeError('Failed to fetch');
    }
    return response;
  };
}
