import {
  localDateOf,
  localTimeOf,
  weekdayOf,
  type Break,
  type DayHours,
  type Holiday,
  type LocalDate,
  type LocalTime,
  type Site,
} from '@mpp-kit/contract';

// `HH:MM` strings are zero-padded, so comparing them as strings compares the
// times; no minute arithmetic is needed anywhere below.

/** What the opening rules need of a site. */
export type SiteHours = Pick<Site, 'timeZone' | 'openingHours' | 'holidays'>;

/** A calendar day's opening: its regular hours, unless a holiday closes it. */
export interface DaySchedule {
  /** The day, `YYYY-MM-DD` in the site's time zone. */
  readonly date: LocalDate;
  /** The holiday that closes the site this day, if any. */
  readonly holiday: Holiday | null;
  /** The day's hours, or `null` when the site is closed all day (a holiday or a day without hours). */
  readonly hours:
    | (DayHours & {
        /** Opening time, `HH:MM`; never `null` here. */
        readonly open: LocalTime;
        /** Closing time, `HH:MM`; never `null` here. */
        readonly close: LocalTime;
      })
    | null;
}

/** When the site opens next. */
export interface NextOpening {
  /** The day it opens, `YYYY-MM-DD` in the site's time zone. */
  readonly date: LocalDate;
  /** The time it opens (or resumes after a break), `HH:MM`. */
  readonly time: LocalTime;
  /** Days from today: 0 today, 1 tomorrow… */
  readonly inDays: number;
}

/**
 * Whether the site serves visitors at an instant, and what comes next:
 * - `open` until `until` (the day's close, or the start of `nextBreak`);
 * - `break`: a pause within the day (e.g. the Friday prayer) until `break.end`;
 * - `closed`, because it is `before-hours` or `after-hours` today, a `closed-day`
 *   (no hours this weekday) or a `holiday`, and when it opens `next` (`null`
 *   when it does not within {@link LOOKAHEAD_DAYS}).
 */
export type OpeningStatus =
  | {
      /** The site serves visitors now. */
      readonly kind: 'open';
      /** When serving stops: the day's close, or the start of `nextBreak`. */
      readonly until: LocalTime;
      /** The next break before today's close, or `null`. */
      readonly nextBreak: Break | null;
    }
  | {
      /** A pause within the day's hours. */
      readonly kind: 'break';
      /** The current break; it ends at `break.end`. */
      readonly break: Break;
    }
  | {
      /** The site does not serve visitors now. */
      readonly kind: 'closed';
      /** Why: before or after today's hours, a weekday without hours, or a holiday. */
      readonly reason: 'before-hours' | 'after-hours' | 'closed-day' | 'holiday';
      /** The holiday that closes the site today (`reason` is then `holiday`), else `null`. */
      readonly holiday: Holiday | null;
      /** When it opens next, or `null` when not within {@link LOOKAHEAD_DAYS}. */
      readonly next: NextOpening | null;
    };

/** How far ahead {@link openingStatusAt} looks for the next opening (long enough for Idulfitri's closures). */
export const LOOKAHEAD_DAYS = 31;

const DAY_MS = 86_400_000;

/**
 * The local date `days` after the day of `instant` in `timeZone`. Indonesia's
 * zones have no daylight saving time, so a day is always 24 hours there.
 */
export function localDateAfter(instant: Date, days: number, timeZone: Site['timeZone']): LocalDate {
  return localDateOf(new Date(instant.getTime() + days * DAY_MS), timeZone);
}

/**
 * A calendar day's schedule: closed on a holiday or a weekday without hours,
 * otherwise that weekday's regular hours.
 *
 * @example daySchedule(site, '2026-03-20').holiday?.name.id // 'Cuti bersama Idulfitri 1447 H'
 */
export function daySchedule(site: SiteHours, date: LocalDate): DaySchedule {
  const holiday = site.holidays.find((item) => item.date === date) ?? null;
  const day = site.openingHours.find((item) => item.weekday === weekdayOf(date));
  const hours =
    !holiday && day && day.open !== null && day.close !== null ? { ...day, open: day.open, close: day.close } : null;
  return { date, holiday, hours };
}

/** The break `time` falls in (start inclusive, end exclusive), if any. */
function breakAt(hours: DayHours, time: LocalTime): Break | null {
  return hours.breaks.find((pause) => pause.start <= time && time < pause.end) ?? null;
}

/** The first time at or after `time` when the day's service runs: the opening, or the end of a break. */
function resumesAt(hours: NonNullable<DaySchedule['hours']>, time: LocalTime): LocalTime | null {
  const starts = [hours.open, ...hours.breaks.map((pause) => pause.end)].filter((start) => start < hours.close).sort();
  return starts.find((start) => start >= time && !breakAt(hours, start)) ?? null;
}

/**
 * When the site next opens, or resumes after a break, at or after `time` on
 * the day of `now`, looking up to {@link LOOKAHEAD_DAYS} days ahead.
 *
 * @example nextOpening(site, saturdayNoon, '12:00') // { date: '2026-03-09', time: '08:00', inDays: 2 }
 */
export function nextOpening(site: SiteHours, now: Date, time: LocalTime): NextOpening | null {
  for (let inDays = 0; inDays <= LOOKAHEAD_DAYS; inDays += 1) {
    const date = localDateAfter(now, inDays, site.timeZone);
    const { hours } = daySchedule(site, date);
    const at = hours && resumesAt(hours, inDays === 0 ? time : '00:00');
    if (at) return { date, time: at, inDays };
  }
  return null;
}

/**
 * Whether the site is open at `now` (in its own time zone, with breaks and
 * holidays), and what happens next.
 *
 * @example
 * openingStatusAt(site, new Date('2026-03-06T11:30:00+07:00'))
 * // { kind: 'break', break: { start: '11:00', end: '13:00', label: { id: 'Istirahat salat Jumat', … } } }
 */
export function openingStatusAt(site: SiteHours, now: Date): OpeningStatus {
  const today = daySchedule(site, localDateOf(now, site.timeZone));
  const time = localTimeOf(now, site.timeZone);
  const { hours } = today;
  const closed = (reason: 'before-hours' | 'after-hours' | 'closed-day' | 'holiday'): OpeningStatus => ({
    kind: 'closed',
    reason,
    holiday: today.holiday,
    next: nextOpening(site, now, time),
  });
  if (!hours) return closed(today.holiday ? 'holiday' : 'closed-day');
  if (time < hours.open) return closed('before-hours');
  if (time >= hours.close) return closed('after-hours');
  const pause = breakAt(hours, time);
  if (pause) return { kind: 'break', break: pause };
  const nextBreak =
    hours.breaks
      .filter((item) => item.start > time && item.start < hours.close)
      .sort((a, b) => a.start.localeCompare(b.start))[0] ?? null;
  return { kind: 'open', until: nextBreak ? nextBreak.start : hours.close, nextBreak };
}

/**
 * Holidays from today on, for the next `days` days (today included), in date
 * order: the closures a visitor planning a trip needs to know.
 */
export function upcomingHolidays(site: SiteHours, now: Date, days = 14): Holiday[] {
  const from = localDateOf(now, site.timeZone);
  const to = localDateAfter(now, days, site.timeZone);
  return site.holidays
    .filter((item) => item.date >= from && item.date < to)
    .sort((a, b) => a.date.localeCompare(b.date));
}
