import { expectTypeOf } from 'expect-type';
import type { MppEventDetails } from './events.js';

// Keys that would put a visitor's personal data, or a booking's secret, into an
// event every script on the page can read.
type Forbidden = 'nik' | 'name' | 'phone' | 'email' | 'applicant' | 'secret';
type KeysOf<T> = T extends object ? { [K in keyof T]: K | KeysOf<T[K]> }[keyof T] : never;

expectTypeOf<Extract<KeysOf<MppEventDetails[keyof MppEventDetails]>, Forbidden>>().toEqualTypeOf<never>();

// The page's own listeners are typed by the global event map.
document.addEventListener('mpp-booking-created', (event) => {
  expectTypeOf(event.detail.code).toEqualTypeOf<string>();
  // The booking secret is never part of the event.
  expectTypeOf(event.detail).not.toHaveProperty('secret');
});
document.addEventListener('mpp-service-select', (event) => {
  expectTypeOf(event.detail.action).toEqualTypeOf<'queue' | 'booking'>();
});
document.addEventListener('mpp-error', (event) => {
  expectTypeOf(event.detail.status).toEqualTypeOf<number | null>();
});
document.addEventListener('mpp-query-change', (event) => {
  expectTypeOf(event.detail.query).toEqualTypeOf<string>();
});
document.addEventListener('mpp-service-change', (event) => {
  expectTypeOf(event.detail.service).toEqualTypeOf<string>();
});
