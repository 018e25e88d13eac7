// A small seed for the server's tests: two agencies, four services, three
// counters, the Friday-prayer break, one holiday and a few months of history.
// Dates in the tests are in March 2026 (Monday 2 March, Friday 6 March,
// Saturday 7 March, Nyepi 19 March).
import type { BookingConfig, Service, Site } from '@mpp-kit/contract';
import type { ServiceRecord, StoreSeed } from '../store/store.js';

const weekday = (day: number) => ({
  weekday: day,
  open: '08:00',
  close: '15:00',
  breaks:
    day === 5
      ? [{ start: '11:30', end: '13:00', label: { id: 'Istirahat salat Jumat', en: 'Friday prayer break' } }]
      : [{ start: '12:00', end: '13:00', label: { id: 'ISHOMA', en: 'Lunch break' } }],
});

export const fixtureSite: Site = {
  id: 'mpp-kota-kediri',
  name: 'Mal Pelayanan Publik Kota Kediri',
  regency: 'Kota Kediri',
  timeZone: 'Asia/Jakarta',
  address: { street: 'Jl. Basuki Rahmat', city: 'Kota Kediri', province: 'Jawa Timur' },
  openingHours: [
    weekday(1),
    weekday(2),
    weekday(3),
    weekday(4),
    weekday(5),
    { weekday: 6, open: null, close: null, breaks: [] },
    { weekday: 7, open: null, close: null, breaks: [] },
  ],
  facilities: [{ id: 'ruang-tunggu', kind: 'waiting-room', name: { id: 'Ruang tunggu', en: 'Waiting room' } }],
  holidays: [{ date: '2026-03-19', name: { id: 'Hari Suci Nyepi', en: 'Day of Silence' }, kind: 'national' }],
};

const base = {
  category: 'kependudukan',
  keywords: [] as string[],
  cost: { kind: 'free' },
  completion: { kind: 'same-day' },
  requirements: [],
  legalBasis: ['UU 24/2013'],
} satisfies Partial<Service>;

const ktpBooking: BookingConfig = {
  slotMinutes: 30,
  onlineCapacity: 2,
  walkInCapacity: 3,
  horizonDays: 14,
  cancelUntilMinutesBefore: 60,
};
const passportBooking: BookingConfig = {
  slotMinutes: 60,
  onlineCapacity: 1,
  walkInCapacity: 0,
  horizonDays: 7,
  cancelUntilMinutesBefore: 120,
};

export const fixtureServices: ServiceRecord[] = [
  {
    ...base,
    id: 'ktp-el',
    agencyId: 'dukcapil',
    name: { id: 'Perekaman KTP-el', en: 'e-ID card recording' },
    keywords: ['ktp', 'kartu tanda penduduk'],
    channels: [{ kind: 'queue' }, { kind: 'booking', slotMinutes: 30 }],
    queuePrefix: 'A',
    counterIds: ['loket-1', 'loket-2'],
    dailyQuota: null,
    averageServiceMinutes: 10,
    booking: ktpBooking,
  },
  {
    ...base,
    id: 'kk',
    agencyId: 'dukcapil',
    name: { id: 'Kartu Keluarga', en: 'Family card' },
    keywords: ['kk'],
    channels: [{ kind: 'queue' }],
    queuePrefix: 'B',
    counterIds: ['loket-2'],
    dailyQuota: 3,
    averageServiceMinutes: 15,
    booking: null,
  },
  {
    ...base,
    id: 'paspor',
    agencyId: 'imigrasi',
    name: { id: 'Paspor biasa', en: 'Regular passport' },
    category: 'keimigrasian',
    cost: { kind: 'fixed', amount: 350_000 },
    channels: [{ kind: 'queue' }, { kind: 'booking', slotMinutes: 60 }],
    queuePrefix: 'P',
    counterIds: ['loket-3'],
    dailyQuota: null,
    averageServiceMinutes: 20,
    booking: passportBooking,
  },
  {
    ...base,
    id: 'info-paspor',
    agencyId: 'imigrasi',
    name: { id: 'Informasi paspor daring', en: 'Online passport information' },
    category: 'keimigrasian',
    channels: [{ kind: 'online', url: 'https://www.imigrasi.go.id' }],
    queuePrefix: 'Q',
    counterIds: [],
    dailyQuota: null,
    averageServiceMinutes: 5,
    booking: null,
  },
];

/**
 * Visitors counted before mpp-kit: Dispendukcapil December 2025 to February
 * 2026 (390 in all), Imigrasi January and February 2026 (90), so the history
 * ends the month before the tests' March.
 */
export const fixtureHistory: StoreSeed['history'] = [
  { agencyId: 'dukcapil', firstMonth: '2025-12', monthlyVisitors: [120, 130, 140] },
  { agencyId: 'imigrasi', firstMonth: '2026-01', monthlyVisitors: [40, 50] },
];

/** The fixture seed; a fresh copy each call. */
export function fixtureSeed(): StoreSeed {
  return structuredClone({
    site: fixtureSite,
    agencies: [
      {
        id: 'dukcapil',
        name: 'Dinas Kependudukan dan Pencatatan Sipil',
        shortName: 'Dispendukcapil',
        floor: 'Lantai 2',
      },
      { id: 'imigrasi', name: 'Kantor Imigrasi Kelas II Kediri', shortName: 'Imigrasi' },
    ],
    services: fixtureServices,
    counters: [
      { id: 'loket-1', name: 'Loket 1', agencyId: 'dukcapil', serviceIds: ['ktp-el'] },
      { id: 'loket-2', name: 'Loket 2', agencyId: 'dukcapil', serviceIds: ['ktp-el', 'kk'] },
      { id: 'loket-3', name: 'Loket 3', agencyId: 'imigrasi', serviceIds: ['paspor'] },
    ],
    settings: { recallLimit: 2, idempotencyRetentionHours: 24, streamReplayMinutes: 10 },
    history: fixtureHistory,
  });
}

/** Monday 2 March 2026, 09:00 in Kediri: the MPP is open. */
export const MONDAY_9AM = '2026-03-02T09:00:00+07:00';

/** Valid NIKs (Kota Kediri, 35.71.01) for booking tests. */
export const NIKS = ['3571015505900001', '3571011203850002', '3571014107920003', '3571010101800004'] as const;
