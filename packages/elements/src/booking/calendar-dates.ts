import { addDays, weekdayOf, type LocalDate } from '@mpp-kit/contract';

// Month arithmetic on `YYYY-MM-DD` dates for the calendar grid. Day steps and
// weekdays come from the contract's date rules (pure calendar dates, no time
// zone), so the grid shows the site's days whatever zone the device is in.

/** A calendar month, `YYYY-MM`. */
export type LocalMonth = string;

/** The month of a date: `2026-03-19` -> `2026-03`. */
export function monthOf(date: LocalDate): LocalMonth {
  return date.slice(0, 7);
}

/** The first day of a month: `2026-03` -> `2026-03-01`. */
export function firstOfMonth(month: LocalMonth): LocalDate {
  return `${month}-01`;
}

/** The month `months` after `month` (before it when negative): `2026-12` + 1 -> `2027-01`. */
export function addMonthsToMonth(month: LocalMonth, months: number): LocalMonth {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The last day of a month: `2026-02` -> `2026-02-28`. */
export function lastOfMonth(month: LocalMonth): LocalDate {
  return addDays(firstOfMonth(addMonthsToMonth(month, 1)), -1);
}

/**
 * The same day `months` later (earlier when negative), kept within the target
 * month: 31 January + 1 month is 28 (or 29) February, as calendars page.
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const month = addMonthsToMonth(monthOf(date), months);
  const last = lastOfMonth(month);
  const candidate = `${month}-${date.slice(8, 10)}`;
  return candidate > last ? last : candidate;
}

/** The Monday of the week of `date` (weeks start on Monday, Senin). */
export function startOfWeek(date: LocalDate): LocalDate {
  return addDays(date, 1 - weekdayOf(date));
}

/** The Sunday of the week of `date`. */
export function endOfWeek(date: LocalDate): LocalDate {
  return addDays(date, 7 - weekdayOf(date));
}

/**
 * The weeks of a month's grid, Monday first: each a row of seven dates, with
 * `null` for the days before the 1st and after the last day.
 */
export function monthWeeks(month: LocalMonth): (LocalDate | null)[][] {
  const weeks: (LocalDate | null)[][] = [];
  const last = lastOfMonth(month);
  for (let monday = startOfWeek(firstOfMonth(month)); monday <= last; monday = addDays(monday, 7)) {
    weeks.push(
      Array.from({ length: 7 }, (_, index) => {
        const date = addDays(monday, index);
        return monthOf(date) === month ? date : null;
      }),
    );
  }
  return weeks;
}

/** The date nearest to `date` within `[min, max]`. */
export function clampDate(date: LocalDate, min: LocalDate, max: LocalDate): LocalDate {
  if (date < min) return min;
  return date > max ? max : date;
}
