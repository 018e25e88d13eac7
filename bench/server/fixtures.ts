// Inputs of the server load tests: an instant when the Kediri MPP serves, valid
// NIKs that never repeat, and the bookable slots of every service.
import { isValidNik, nextOpening, openingAt, type Availability, type ServiceSummary } from '@mpp-kit/contract';
import { kediriSeed } from '@mpp-kit/server';

/** Keeps a run clear of closing time and breaks. */
const OPEN_FOR_MS = 15 * 60_000;

/**
 * An instant from which the Kediri MPP stays open for at least 15 minutes: the
 * server's `--clock`, so tickets can be taken whatever the real time.
 */
export function openInstant(from = new Date()): string {
  const site = kediriSeed().site;
  let candidate = nextOpening(site, from)?.at ?? null;
  while (candidate !== null && openingAt(site, new Date(candidate.getTime() + OPEN_FOR_MS)).kind !== 'open') {
    candidate = nextOpening(site, new Date(candidate.getTime() + OPEN_FOR_MS))?.at ?? null;
  }
  if (candidate === null) throw new Error('The Kediri seed never opens');
  return candidate.toISOString();
}

/**
 * The `index`-th of many distinct valid NIKs from Kota Kediri (35.71): the
 * district, serial and birth date (1980–1999) are derived from the index, so
 * the contract's rules (region, date of birth, serial) hold and no two repeat.
 */
export function nikFor(index: number): string {
  const district = 1 + (index % 50);
  let rest = Math.floor(index / 50);
  const serial = 1 + (rest % 9_999);
  rest = Math.floor(rest / 9_999);
  const day = 1 + (rest % 28);
  rest = Math.floor(rest / 28);
  const month = 1 + (rest % 12);
  const year = 80 + (Math.floor(rest / 12) % 20);
  // Women's NIKs carry the birth day plus 40.
  const encodedDay = index % 2 === 0 ? day : day + 40;
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  const nik = `3571${pad(district)}${pad(encodedDay)}${pad(month)}${pad(year)}${pad(serial, 4)}`;
  if (!isValidNik(nik)) throw new Error(`nikFor(${index}) built an invalid NIK: ${nik}`);
  return nik;
}

/** A bookable slot: where to send a booking. */
export interface SlotTarget {
  readonly serviceId: string;
  readonly slotStart: string;
  readonly remaining: number;
}

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Every service of the catalog (all pages). */
export async function listServices(url: string): Promise<ServiceSummary[]> {
  const services: ServiceSummary[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: ServiceSummary[]; nextCursor: string | null } = await json(
      `${url}/v1/services?limit=100${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`,
    );
    services.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return services;
}

/** Every slot with online places left, of every bookable service, over the booking horizon. */
export async function bookableSlots(
  url: string,
  services: readonly ServiceSummary[],
  days = 62,
): Promise<SlotTarget[]> {
  const slots: SlotTarget[] = [];
  const today = new Date().toISOString().slice(0, 10);
  const last = new Date(Date.now() + (days - 1) * 86_400_000).toISOString().slice(0, 10);
  for (const service of services.filter((item) => item.channels.some((channel) => channel.kind === 'booking'))) {
    // The server clamps the range to its own today and horizon.
    const availability = await json<Availability>(
      `${url}/v1/services/${service.id}/availability?from=${today}&to=${last}`,
    );
    for (const day of availability.days) {
      for (const slot of day.slots) {
        if (slot.remaining > 0) slots.push({ serviceId: service.id, slotStart: slot.start, remaining: slot.remaining });
      }
    }
  }
  return slots;
}
