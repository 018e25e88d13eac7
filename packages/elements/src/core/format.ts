import type { LocalDate, Locale, LocalTime, TimeZone, Weekday } from '@mpp-kit/contract';

/**
 * Formats numbers, rupiah, times, dates and durations for one language, all
 * through `Intl`. Local dates and `HH:MM` times from the API are already in the
 * site's time zone and are shown as they are; instants are shown in the zone
 * given (the site's), so a visitor abroad still sees the MPP's clock.
 */
export interface Formatter {
  /** The language it formats for. */
  readonly locale: Locale;
  /** A plain number: `1.250` (id), `1,250` (en). */
  number(value: number): string;
  /** Whole rupiah: `Rp 50.000` (id), `Rp 50,000` (en). */
  money(rupiah: number): string;
  /** An `HH:MM` wall-clock time: `15.00` (id), `15:00` (en); `24:00` stays the end of the day. */
  time(time: LocalTime): string;
  /** A span of two wall-clock times: `08.00–15.00`. */
  timeRange(start: LocalTime, end: LocalTime): string;
  /** The wall-clock time of an instant in `timeZone` (default: the device's). */
  instantTime(instant: Date | string, timeZone?: TimeZone): string;
  /** A calendar date: `Jumat, 20 Maret 2026`; `short` drops the weekday and year: `20 Mar`. */
  date(date: LocalDate, style?: 'long' | 'short'): string;
  /** The name of an ISO weekday (1 = Monday): `Senin`, `Monday`. */
  weekday(weekday: Weekday): string;
  /** A duration in seconds, to the minute: `1 jam 30 menit`, `1 hour 30 minutes`. */
  duration(seconds: number): string;
  /** An estimated wait: under a minute `< 1 menit` (an estimate is never "0 menit"), else {@link Formatter.duration}. */
  wait(seconds: number): string;
}

/**
 * The `Intl` locale behind each language. English uses British conventions
 * (24-hour clock, day before month), closest to how Indonesia writes them.
 */
export const INTL_LOCALE: Readonly<Record<Locale, string>> = { id: 'id-ID', en: 'en-GB' };

/**
 * A local date as noon UTC, to format in the UTC zone: no zone can move it to another day.
 *
 * @example new Intl.DateTimeFormat('id-ID', { timeZone: 'UTC', month: 'long' }).format(localDateNoon('2026-03-02')) // 'Maret'
 */
export const localDateNoon = (date: LocalDate): Date => new Date(`${date}T12:00:00Z`);

/** A Monday (2024-01-01) at noon UTC: `weekday` days later is that ISO weekday. */
const A_MONDAY = Date.UTC(2024, 0, 1, 12);
const DAY_MS = 86_400_000;

/** An `Intl.NumberFormat` made on its first use, then kept. */
function lazyNumbers(tag: string, options?: Intl.NumberFormatOptions): (value: number) => string {
  let format: Intl.NumberFormat | undefined;
  return (value) => (format ??= new Intl.NumberFormat(tag, options)).format(value);
}

/** An `Intl.DateTimeFormat` made on its first use, then kept. */
function lazyDates(tag: string, options: Intl.DateTimeFormatOptions): (value: number | Date) => string {
  let format: Intl.DateTimeFormat | undefined;
  return (value) => (format ??= new Intl.DateTimeFormat(tag, options)).format(value);
}

// Every `Intl` object is made on its first use: in a fresh page, creating a
// DateTimeFormat loads calendars and zones, and a list that shows only rupiah
// and durations should not pay for them before its first paint.
function createFormatter(locale: Locale): Formatter {
  const tag = INTL_LOCALE[locale];
  const numbers = lazyNumbers(tag);
  const rupiah = lazyNumbers(tag, {
    style: 'currency',
    currency: 'IDR',
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  });
  // Wall-clock values are formatted as UTC instants so no zone shifts them.
  const clock = lazyDates(tag, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
  const longDate = lazyDates(tag, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const shortDate = lazyDates(tag, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const weekdays = lazyDates(tag, { weekday: 'long', timeZone: 'UTC' });
  const hours = lazyNumbers(tag, { style: 'unit', unit: 'hour', unitDisplay: 'long' });
  const minutes = lazyNumbers(tag, { style: 'unit', unit: 'minute', unitDisplay: 'long' });
  const instants = new Map<string, Intl.DateTimeFormat>();

  const time = (value: LocalTime): string => {
    const [hour = 0, minute = 0] = value.split(':').map(Number);
    const text = clock(Date.UTC(2000, 0, 1, hour % 24, minute));
    // 24:00 (end of day) would read as midnight at the start of it.
    return hour === 24 ? text.replace(/^00/, '24') : text;
  };

  return {
    locale,
    number: numbers,
    money: rupiah,
    time,
    timeRange: (start, end) => `${time(start)}–${time(end)}`,
    instantTime(instant, timeZone) {
      const key = timeZone ?? '';
      let format = instants.get(key);
      if (!format) {
        format = new Intl.DateTimeFormat(tag, {
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
          ...(timeZone ? { timeZone } : {}),
        });
        instants.set(key, format);
      }
      return format.format(new Date(instant));
    },
    date: (date, style = 'long') => (style === 'long' ? longDate : shortDate)(localDateNoon(date)),
    weekday: (weekday) => weekdays(A_MONDAY + (weekday - 1) * DAY_MS),
    duration: (seconds) => joinDuration(seconds, hours, minutes),
    wait: (seconds) => (seconds < 60 ? `< ${minutes(1)}` : joinDuration(seconds, hours, minutes)),
  };
}

/**
 * A duration as whole hours and minutes (at least one minute), each part
 * written by `hours`/`minutes` and the empty ones left out: `1 jam 30 menit`.
 */
export function joinDuration(
  seconds: number,
  hours: (count: number) => string,
  minutes: (count: number) => string,
): string {
  const total = Math.max(1, Math.round(seconds / 60));
  const [h, m] = [Math.floor(total / 60), total % 60];
  return [h > 0 ? hours(h) : '', m > 0 ? minutes(m) : ''].filter(Boolean).join(' ');
}

/**
 * One value per language, made on first use and shared after: `make` runs at
 * most once per locale.
 */
export function perLocale<T>(make: (locale: Locale) => T): (locale: Locale) => T {
  const made = new Map<Locale, T>();
  return (locale) => {
    let value = made.get(locale);
    if (value === undefined) {
      value = make(locale);
      made.set(locale, value);
    }
    return value;
  };
}

/**
 * The (shared, cached) formatter of a language; building `Intl` formats is
 * costly, so each language gets one set, each made when first used.
 *
 * @example
 * formatterFor('id').money(50_000) // 'Rp 50.000'
 * formatterFor('en').time('15:00') // '15:00'
 */
export const formatterFor: (locale: Locale) => Formatter = /* @__PURE__ */ perLocale(createFormatter);
