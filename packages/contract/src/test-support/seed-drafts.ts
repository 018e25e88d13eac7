// A small valid seed for the seed's tests, typed as a regency writes it
// (`SeedInput`, so tsc proves it fits), and the tools to break it on purpose.
// Not shipped (see tsconfig.build.json).
import { expect } from '@open-wc/testing';
import { formatSeedIssues } from '../schemas/seed-messages.js';
import { SeedSchema, type SeedInput } from '../schemas/seed.js';

type DayInput = SeedInput['site']['openingHours'][number];
type BreakInput = DayInput['breaks'][number];
type ServiceInput = SeedInput['services'][number];

/** An open weekday, 08:00 to 15:00. */
export const open = (weekday: number, breaks: BreakInput[] = []): DayInput => ({
  weekday,
  open: '08:00',
  close: '15:00',
  breaks,
});

/** A weekday closed all day. */
export const closed = (weekday: number): DayInput => ({ weekday, open: null, close: null, breaks: [] });

/** A break from `start` to `end`. */
export const pause = (start: string, end: string): BreakInput => ({ start, end, label: { id: 'Istirahat' } });

const friday: BreakInput = {
  start: '11:00',
  end: '13:00',
  label: { id: 'Istirahat salat Jumat', en: 'Friday prayer break' },
};

/** A queue service with one requirement, free and done the same day; `extra` overrides any field. */
export function service(
  id: string,
  agencyId: string,
  queuePrefix: string,
  counterIds: string[],
  extra: Partial<ServiceInput> = {},
): ServiceInput {
  return {
    id,
    agencyId,
    name: { id: `Layanan ${id}` },
    category: 'umum',
    keywords: [id],
    cost: { kind: 'free' },
    completion: { kind: 'same-day' },
    channels: [{ kind: 'queue' }],
    requirements: [{ name: { id: 'KTP-el' }, form: 'original', quantity: 1, optional: false }],
    legalBasis: [],
    queuePrefix,
    counterIds,
    dailyQuota: null,
    averageServiceMinutes: 10,
    booking: null,
    ...extra,
  };
}

/** A small valid seed: two agencies, three services (`ktp-el` bookable), two counters. */
export function validSeed(): SeedInput {
  return {
    version: 1,
    site: {
      id: 'mpp-contoh',
      name: 'MPP Contoh',
      regency: 'Kabupaten Contoh',
      timeZone: 'Asia/Makassar',
      address: { street: 'Jl. Merdeka 1', city: 'Contoh', province: 'Sulawesi Selatan', postalCode: '90111' },
      openingHours: [open(1), open(2), open(3), open(4), open(5, [friday]), closed(6), closed(7)],
      facilities: [{ id: 'mushola', kind: 'prayer-room', name: { id: 'Mushola' } }],
      holidays: [{ date: '2026-08-17', name: { id: 'Hari Kemerdekaan' }, kind: 'national' }],
    },
    agencies: [
      { id: 'dukcapil', name: 'Dinas Kependudukan dan Pencatatan Sipil', shortName: 'Dukcapil' },
      { id: 'pertanian', name: 'Dinas Pertanian', shortName: 'Distan' },
    ],
    services: [
      service('ktp-el', 'dukcapil', 'A', ['loket-1'], {
        channels: [{ kind: 'queue' }, { kind: 'booking', slotMinutes: 30 }],
        booking: {
          slotMinutes: 30,
          onlineCapacity: 2,
          walkInCapacity: 2,
          horizonDays: 14,
          cancelUntilMinutesBefore: 60,
        },
      }),
      service('kk', 'dukcapil', 'B', ['loket-1']),
      service('kartu-tani', 'pertanian', 'T', ['loket-2']),
    ],
    counters: [
      { id: 'loket-1', name: 'Loket 1', agencyId: 'dukcapil', serviceIds: ['ktp-el', 'kk'] },
      { id: 'loket-2', name: 'Loket 2', agencyId: 'pertanian', serviceIds: ['kartu-tani'] },
    ],
  };
}

/** `items[index]`, which the test's seed is known to have. */
export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`the seed draft has no item ${index}`);
  return item;
}

/**
 * The issue lines after breaking a valid seed with `edit`. Edits that break a
 * field's type write it with `Object.assign`, as an untyped JSON file would.
 */
export function issuesAfter(edit: (seed: SeedInput) => void): string[] {
  const seed = validSeed();
  edit(seed);
  const result = SeedSchema.safeParse(seed, { reportInput: true });
  expect(result.success, 'the broken seed was accepted').to.equal(false);
  return formatSeedIssues(result.error?.issues ?? []);
}
