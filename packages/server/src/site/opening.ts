import { localDateOf, weekdayOf, type DayHours, type Holiday, type LocalDate, type Site } from '@mpp-kit/contract';
import { addDays, minutesOfDay, zonedInstant, zonedMinutes } from '../time/zoned.js';

/** What opening rules need of a site. */
export type SiteHours = Pick<Site, 'timeZone' | 'openingHours' | 'holidays'>;

/** A stretch of a day when the site serves, in minutes since local midnight (`end` exclusive). */
export interface OpenPeriod {
  readonly start: number;
  readonly end: number;
}

/** Why a whole day is closed: a holiday, or a weekday without opening hours. */
export type ClosedReason = 'holiday' | 'weekend';

/** A day's opening: its open periods (opening hours minus breaks), or why it is closed. */
export type DayOpening =
  | { readonly closed: false; readonly day: DayHours; readonly periods: readonly OpenPeriod[] }
  | { readonly closed: true; readonly reason: ClosedReason; readonly holiday: Holiday | null };

/** Whether the site serves at an instant, and if not, why. */
export type OpeningState =
  | { readonly open: true; readonly localDate: LocalDate }
  | {
      readonly open: false;
      readonly localDate: LocalDate;
      /** `break` is a pause within opening hours (e.g. the Friday prayer): the day goes on after it. */
      readonly reason: ClosedReason | 'before-hours' | 'after-hours' | 'break';
    };

/**
 * The opening of one calendar day: closed on holidays and on weekdays without
 * hours, otherwise the opening hours cut by the day's breaks.
 *
 * @example dayOpening(site, '2026-03-06') // Friday: 08:00-11:30 and 13:00-15:00, say
 */
export function dayOpening(site: SiteHours, date: LocalDate): DayOpening {
  const holiday = site.holidays.find((item) => item.date === date);
  if (holiday) return { closed: true, reason: 'holiday', holiday };
  const day = site.openingHours.find((item) => item.weekday === weekdayOf(date));
  if (!day || day.open === null || day.close === null) return { closed: true, reason: 'weekend', holiday: null };
  const periods: OpenPeriod[] = [];
  let start = minutesOfDay(day.open);
  const close = minutesOfDay(day.close);
  for (const pause of [...day.breaks].sort((a, b) => a.start.localeCompare(b.start))) {
    const pauseStart = minutesOfDay(pause.start);
    if (pauseStart > start) periods.push({ start, end: Math.min(pauseStart, close) });
    start = Math.max(start, minutesOfDay(pause.end));
  }
  if (close > start) periods.push({ start, end: close });
  return { closed: false, day, periods };
}

/**
 * Whether the site serves citizens at `instant` (in opening hours and not in a
 * break), and otherwise why not.
 *
 * @example openingAt(site, clock.now()) // { open: false, localDate: '2026-03-07', reason: 'weekend' }
 */
export function openingAt(site: SiteHours, instant: Date): OpeningState {
  const localDate = localDateOf(instant, site.timeZone);
  const opening = dayOpening(site, localDate);
  if (opening.closed) return { open: false, localDate, reason: opening.reason };
  const minute = zonedMinutes(instant, site.timeZone);
  if (opening.periods.some((period) => minute >= period.start && minute < period.end)) return { open: true, localDate };
  const first = opening.periods[0];
  const last = opening.periods.at(-1);
  if (!first || !last || minute >= last.end) return { open: false, localDate, reason: 'after-hours' };
  return { open: false, localDate, reason: minute < first.start ? 'before-hours' : 'break' };
}

/**
 * The next instant at which the site opens (or `instant` itself when it is open
 * then); `null` when it does not open within `withinDays` days. The demo server
 * starts its clock there when it would otherwise show a closed MPP.
 *
 * @param withinDays how far ahead to look. @default 400
 * @example nextOpening(site, new Date('2026-03-07T12:00:00+07:00')) // Monday 08:00 +07:00
 */
export function nextOpening(site: SiteHours, instant: Date, withinDays = 400): Date | null {
  if (openingAt(site, instant).open) return instant;
  const today = localDateOf(instant, site.timeZone);
  for (let offset = 0; offset <= withinDays; offset += 1) {
    const date = addDays(today, offset);
    const opening = dayOpening(site, date);
    if (opening.closed) continue;
    for (const period of opening.periods) {
      const start = zonedInstant(date, period.start, site.timeZone);
      if (start.getTime() > instant.getTime()) return start;
    }
  }
  return null;
}
