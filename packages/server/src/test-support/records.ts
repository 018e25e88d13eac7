// Whole ticket and booking records with test values, for tests that write to a
// store directly.
import type { BookingRecord, TicketRecord } from '../store/store.js';

/** The day the records are on: Monday 2 March 2026. */
export const DAY = '2026-03-02';

/** A waiting walk-in ticket `A-001` of `ktp-el` on {@link DAY}, with `overrides`. */
export function ticketRecord(overrides: Partial<TicketRecord> = {}): TicketRecord {
  return {
    id: 'ticket-1',
    serviceId: 'ktp-el',
    localDate: DAY,
    sequence: 1,
    number: 'A-001',
    status: 'waiting',
    priority: false,
    bookingCode: null,
    queueKey: '1:001',
    issuedAt: '2026-03-02T09:00:00+07:00',
    calledAt: null,
    counterId: null,
    recalls: 0,
    finishedAt: null,
    ...overrides,
  };
}

/** A confirmed `ktp-el` booking for Tuesday 08:00, with `overrides`. */
export function bookingRecord(overrides: Partial<BookingRecord> = {}): BookingRecord {
  return {
    code: 'KDR-AAAAAA',
    secretHash: 'secret-hash',
    serviceId: 'ktp-el',
    slotStart: '2026-03-03T08:00:00+07:00',
    slotEnd: '2026-03-03T08:30:00+07:00',
    localDate: '2026-03-03',
    status: 'confirmed',
    nikHash: 'nik-hash-1',
    applicantCipher: 'v1.cipher',
    applicantName: 'Bud* S******',
    createdAt: '2026-03-02T09:00:00+07:00',
    updatedAt: '2026-03-02T09:00:00+07:00',
    ticketId: null,
    erasedAt: null,
    ...overrides,
  };
}
