import type { LocalDate, LocalTime } from '../schemas/common.js';
import type { Break, DayHours, Holiday, Site } from '../schemas/site.js';
import {
  addDays,
  localDateOf,
  localMinutesOf,
  localTimeOf,
  minutesOfDay,
  timeOfMinutes,
  weekdayOf,
  zonedInstant,
} from './dates.js';

// Every rule below works in the site's time zone at minute precision: the
// opening hours are `HH:MM`, so a site is open or not for a whole minute.

/** What the opening rules need of a site: its time zone, weekly hours and holidays. */
export type SiteHours = Pick<Site, 'timeZone' | 'openingHours' | 'holidays'>;

/**
 * Why a whole day is closed: a `holiday`, or a `weekend`, meaning a weekday
 * without opening hours. The same names as `AvailabilityDay.closedReason`.
 */
export type ClosedDayReason = 'weekend' | 'holiday';

/** Why the site is closed at an instant: the whole day, or `before-hours` / `after-hours` of an open day. */
export type ClosedReason = ClosedDayReason | 'before-hours' | 'after-hours';

/** A weekday's hours on a day the site opens: `open` and `close` are set. */
export type OpenDayHours = DayHours & {
  /** Opening time, `HH:MM`; never `null` here. */
  readonly open: LocalTime;
  /** Closing time, `HH:MM`; never `null` here. */
  readonly close: LocalTime;
};

/** A stretch of a day when the site serves, in minutes since local midnight (`end` exclusive). */
export interface OpenPeriod {
  /** When it starts, e.g. 480 for 08:00. */
  readonly start: number;
  /** When it ends (exclusive): the start of a break, or closing time. */
  readonly end: number;
  /** The break the site resumes after at `start`; `null` for the day's first period. */
  readonly afterBreak: Break | null;
}

/** A calendar day's opening: the open periods (opening hours minus breaks), or why it is closed all day. */
export type DayOpening =
  | {
      /** The day, `YYYY-MM-DD` in the site's time zone. */
      readonly date: LocalDate;
      /** The site opens this day. */
      readonly closed: false;
      /** The weekday's opening hours and breaks. */
      readonly hours: OpenDayHours;
      /** The times the site serves, in order and apart; empty only when breaks fill the whole day. */
      readonly periods: readonly OpenPeriod[];
    }
  | {
      /** The day, `YYYY-MM-DD` in the site's time zone. */
      readonly date: LocalDate;
      /** The site is closed all day. */
      readonly closed: true;
      /** Why: a holiday, or a weekday without hours. */
      readonly reason: ClosedDayReason;
      /** The holiday that closes the day (`reason` is then `holiday`), else `null`. */
      readonly holiday: Holiday | null;
    };

/** When the site next opens, or resumes after a break. */
export interface NextOpening {
  /** The instant it opens. */
  readonly at: Date;
  /** Its day, `YYYY-MM-DD` in the site's time zone. */
  readonly date: LocalDate;
  /** Its wall-clock time, `HH:MM` in the site's time zone. */
  readonly time: LocalTime;
  /** Days from the local date of the instant asked about: 0 today, 1 tomorrow… */
  readonly inDays: number;
}

/**
 * Whether the site serves visitors at an instant, and what comes next:
 * - `open` until `until` (the start of `nextBreak`, or closing time);
 * - `break`: a pause within the day (e.g. the Friday prayer), the site resumes at `next`;
 * - `closed` for a `reason`; it opens `next` (`null` when not within the days looked ahead).
 */
export type OpeningState =
  | {
      /** The site serves visitors now. */
      readonly kind: 'open';
      /** The day, `YYYY-MM-DD` in the site's time zone. */
      readonly localDate: LocalDate;
      /** When serving stops: the start of `nextBreak`, or closing time (`HH:MM`). */
      readonly until: LocalTime;
      /** Whole minutes left until `until` (at least 1). */
      readonly minutesLeft: number;
      /** The break that starts at `until`, or `null` when the site closes then. */
      readonly nextBreak: Break | null;
      /** Whether the site closes for the day (no break before) within the closing-soon minutes. */
      readonly closingSoon: boolean;
    }
  | {
      /** A pause within the day's hours. */
      readonly kind: 'break';
      /** The day, `YYYY-MM-DD` in the site's time zone. */
      readonly localDate: LocalDate;
      /** The current break. */
      readonly break: Break;
      /** When service resumes, later today. */
      readonly next: NextOpening;
    }
  | {
      /** The site does not serve visitors now. */
      readonly kind: 'closed';
      /** The day, `YYYY-MM-DD` in the site's time zone. */
      readonly localDate: LocalDate;
      /** Why: the whole day (a weekend or holiday), or before or after the day's hours. */
      readonly reason: ClosedReason;
      /** The holiday that closes the site today (`reason` is then `holiday`), else `null`. */
      readonly holiday: Holiday | null;
      /** When it opens next, or `null` when not within the days looked ahead. */
      readonly next: NextOpening | null;
    };

/** Options of {@link openingAt}. */
export interface OpeningOptions {
  /**
   * How many days ahead to look for the next opening.
   * @default LOOKAHEAD_DAYS
   */
  readonly withinDays?: number;
  /**
   * How many minutes before closing time the state says `closingSoon`.
   * @default CLOSING_SOON_MINUTES
   */
  readonly closingSoonMinutes?: number;
}

/** How far ahead {@link openingAt} and {@link nextOpening} look by default: long enough for Idulfitri's closures. */
export const LOOKAHEAD_DAYS = 31;

/** How many minutes before closing time the site is `closingSoon` by default. */
export const CLOSING_SOON_MINUTES = 30;

/**
 * The opening of one calendar day: closed on a holiday and on a weekday
 * without hours, otherwise the opening hours cut by the day's breaks (a break
 * outside the hours cuts nothing, overlapping breaks cut once).
 *
 * @example dayOpening(site, '2026-03-06') // Friday: periods 08:00-11:30 and 13:00-15:00 (in minutes), say
 */
export function dayOpening(site: SiteHours, date: LocalDate): DayOpening {
  const holiday = site.holidays.find((item) => item.date === date);
  if (holiday) return { date, closed: true, reason: 'holiday', holiday };
  const day = site.openingHours.find((item) => item.weekday === weekdayOf(date));
  if (!day || day.open === null || day.close === null) return { date, closed: true, reason: 'weekend', holiday: null };
  const close = minutesOfDay(day.close);
  const breaks = day.breaks.filter((pause) => pause.start < pause.end).sort((a, b) => a.start.localeCompare(b.start));
  const periods: OpenPeriod[] = [];
  let start = minutesOfDay(day.open);
  let afterBreak: Break | null = null;
  for (const pause of breaks) {
    const pauseStart = minutesOfDay(pause.start);
    if (pauseStart > start && start < close) {
      periods.push({ start, end: Math.min(pauseStart, close), afterBreak });
      afterBreak = pause;
    }
    start = Math.max(start, minutesOfDay(pause.end));
  }
  if (close > start) periods.push({ start, end: close, afterBreak });
  return { date, closed: false, hours: { ...day, open: day.open, close: day.close }, periods };
}

/** The opening at the start of `period` on `date`, `inDays` days after the day asked about. */
function openingOf(site: SiteHours, date: LocalDate, period: OpenPeriod, inDays: number): NextOpening {
  const at = zonedInstant(date, period.start, site.timeZone);
  return { at, date, time: timeOfMinutes(period.start), inDays };
}

/** The first opening after `minute` on `date`, or on the `withinDays` days after it. */
function firstOpeningAfter(site: SiteHours, date: LocalDate, minute: number, withinDays: number): NextOpening | null {
  for (let inDays = 0; inDays <= withinDays; inDays += 1) {
    const day = dayOpening(site, addDays(date, inDays));
    if (day.closed) continue;
    const period = day.periods.find((item) => inDays > 0 || item.start > minute);
    if (period) return openingOf(site, day.date, period, inDays);
  }
  return null;
}

/**
 * Whether the site serves visitors at `instant` (in its own time zone, with
 * breaks and holidays), and what happens next. Queue rules count a break as
 * serving (the line waits); the state tells them apart for what is shown.
 *
 * @example
 * openingAt(site, new Date('2026-03-06T12:00:00+07:00'))
 * // { kind: 'break', localDate: '2026-03-06', break: { start: '11:30', … }, next: { time: '13:00', inDays: 0, … } }
 */
export function openingAt(site: SiteHours, instant: Date, options: OpeningOptions = {}): OpeningState {
  const { withinDays = LOOKAHEAD_DAYS, closingSoonMinutes = CLOSING_SOON_MINUTES } = options;
  const localDate = localDateOf(instant, site.timeZone);
  const day = dayOpening(site, localDate);
  const minute = localMinutesOf(instant, site.timeZone);
  const closed = (reason: ClosedReason, holiday: Holiday | null = null): OpeningState => ({
    kind: 'closed',
    localDate,
    reason,
    holiday,
    next: firstOpeningAfter(site, localDate, minute, withinDays),
  });
  if (day.closed) return closed(day.reason, day.holiday);
  const index = day.periods.findIndex((period) => period.start <= minute && minute < period.end);
  const current = day.periods[index];
  if (current) {
    const nextBreak = day.periods[index + 1]?.afterBreak ?? null;
    const minutesLeft = current.end - minute;
    return {
      kind: 'open',
      localDate,
      until: timeOfMinutes(current.end),
      minutesLeft,
      nextBreak,
      closingSoon: nextBreak === null && minutesLeft <= closingSoonMinutes,
    };
  }
  // Between periods: before the first, after the last, or in the break that precedes the next.
  const resume = day.periods.find((period) => period.start > minute);
  if (!resume) return closed('after-hours');
  if (!resume.afterBreak) return closed('before-hours');
  return { kind: 'break', localDate, break: resume.afterBreak, next: openingOf(site, localDate, resume, 0) };
}

/**
 * When the site next opens or resumes after a break: `instant` itself when it
 * is open then, otherwise the start of the next open period within
 * `withinDays` days, or `null` when there is none.
 *
 * @param withinDays how many days ahead to look. @default LOOKAHEAD_DAYS
 * @example nextOpening(site, new Date('2026-03-07T12:00:00+07:00')) // { date: '2026-03-09', time: '08:00', inDays: 2, at: … }
 */
export function nextOpening(site: SiteHours, instant: Date, withinDays = LOOKAHEAD_DAYS): NextOpening | null {
  const state = openingAt(site, instant, { withinDays });
  if (state.kind !== 'open') return state.next;
  return { at: instant, date: state.localDate, time: localTimeOf(instant, site.timeZone), inDays: 0 };
}

/**
 * The holidays from the day of `instant` on, for `days` days (that day
 * included), in date order: the closures a visitor planning a trip needs to know.
 *
 * @param days how many days to cover. @default 14
 * @example upcomingHolidays(site, new Date('2026-03-10T10:00:00+07:00')) // Nyepi (19 March), …
 */
export function upcomingHolidays(site: SiteHours, instant: Date, days = 14): Holiday[] {
  const from = localDateOf(instant, site.timeZone);
  const to = addDays(from, days);
  return site.holidays
    .filter((item) => item.date >= from && item.date < to)
    .sort((a, b) => a.date.localeCompare(b.date));
}
