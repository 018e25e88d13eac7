import { openingAt, type SiteHours } from '@mpp-kit/contract';
import { startingAt, systemClock, type Clock } from '../time/clock.js';
import type { ClockSetting } from './config.js';

/** The clock the server runs on, and what to tell the user about it. */
export interface ClockChoice {
  readonly clock: Clock;
  /** Where the clock was set to start, or `null` for the machine's clock. */
  readonly startedAt: Date | null;
  /** A line for the console (Indonesian / English), or `null` when there is nothing to say. */
  readonly note: string | null;
}

/** How far ahead the demo looks for an opening: any real opening hours open within a year and a bit. */
const LOOKAHEAD_DAYS = 400;

const CLOSED_REASON = {
  weekend: ['hari libur akhir pekan', 'a weekend'],
  holiday: ['hari libur nasional atau cuti bersama', 'a holiday'],
  'before-hours': ['belum jam buka', 'before opening hours'],
  'after-hours': ['sudah lewat jam tutup', 'after closing time'],
} as const;

/** An instant on the site's wall clock, e.g. `Senin, 2 Maret 2026 08.00` and `Monday, 2 March 2026 08:00`. */
export function wallClock(instant: Date, timeZone: string): readonly [string, string] {
  const format = (locale: string) =>
    new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'full', timeStyle: 'short' }).format(instant);
  return [format('id-ID'), format('en-GB')];
}

/**
 * Picks the server's clock. `next-opening` keeps the machine's clock while the
 * MPP serves (a lunch or prayer break counts as serving: the line waits), and
 * otherwise starts the clock at the next opening time, so a newcomer can try
 * the queue on a Sunday night.
 *
 * @param now the machine's current instant (a parameter, so tests pick the hour)
 * @param base the clock a started clock follows. @default systemClock
 * @example chooseClock({ kind: 'next-opening' }, site, new Date('2026-03-07T20:00:00+07:00')).startedAt // Monday 08:00 WIB
 */
export function chooseClock(setting: ClockSetting, site: SiteHours, now: Date, base: Clock = systemClock): ClockChoice {
  if (setting.kind === 'system') return { clock: base, startedAt: null, note: null };
  if (setting.kind === 'at') {
    const startedAt = new Date(setting.instant);
    const [id, en] = wallClock(startedAt, site.timeZone);
    return {
      clock: startingAt(startedAt, base),
      startedAt,
      note: `Jam server dimulai pada ${id} (--clock) / server clock starts at ${en}`,
    };
  }
  const state = openingAt(site, now, { withinDays: LOOKAHEAD_DAYS });
  if (state.kind !== 'closed') return { clock: base, startedAt: null, note: null };
  const [whyId, whyEn] = CLOSED_REASON[state.reason];
  if (state.next === null) {
    return {
      clock: base,
      startedAt: null,
      note: `MPP tutup (${whyId}) dan tidak ada jam buka dalam ${LOOKAHEAD_DAYS} hari / closed (${whyEn}) with no opening within ${LOOKAHEAD_DAYS} days`,
    };
  }
  const next = state.next.at;
  const [id, en] = wallClock(next, site.timeZone);
  return {
    clock: startingAt(next, base),
    startedAt: next,
    note:
      `Mode demo: MPP sedang tutup (${whyId}), jadi jam server dimulai pada jam buka berikutnya, ${id}.\n` +
      `Demo mode: the MPP is closed now (${whyEn}), so the server clock starts at the next opening, ${en}.`,
  };
}
