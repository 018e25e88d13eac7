import {
  addDays,
  dayOpening,
  localDateOf,
  zonedInstant,
  type AvailabilityDay,
  type BookingConfig,
  type LocalDate,
  type SiteHours,
  type Slot,
} from '@mpp-kit/contract';
import { formatInstant } from '../time/instant.js';

/** A slot's time span. */
export interface SlotTime {
  readonly start: Date;
  readonly end: Date;
}

/**
 * The slots of a day: back to back from each opening period's start, each
 * `slotMinutes` long and wholly inside the period (so none overlaps a break or
 * runs past closing). Closed days have none.
 *
 * @example slotsOfDay(site, '2026-03-02', 30) // 08:00-08:30, 08:30-09:00, …
 */
export function slotsOfDay(site: SiteHours, date: LocalDate, slotMinutes: number): SlotTime[] {
  const opening = dayOpening(site, date);
  if (opening.closed || slotMinutes <= 0) return [];
  const slots: SlotTime[] = [];
  for (const period of opening.periods) {
    for (let start = period.start; start + slotMinutes <= period.end; start += slotMinutes) {
      slots.push({
        start: zonedInstant(date, start, site.timeZone),
        end: zonedInstant(date, start + slotMinutes, site.timeZone),
      });
    }
  }
  return slots;
}

/**
 * The days on which slots may be booked at `now`: today (local) through
 * `horizonDays` days ahead.
 */
export function bookingWindow(site: SiteHours, config: Pick<BookingConfig, 'horizonDays'>, now: Date) {
  const today = localDateOf(now, site.timeZone);
  return { from: today, to: addDays(today, config.horizonDays) } as const;
}

/** How many places are taken, to compute what remains. */
export interface SlotUsage {
  /** Active online bookings of the slot starting at `startMs`. */
  online(startMs: number): number;
  /** Walk-in tickets issued during the slot. */
  walkIn(startMs: number, endMs: number): number;
}

/** What {@link availabilityDays} needs. */
export interface AvailabilityInput {
  readonly site: SiteHours;
  readonly config: BookingConfig;
  readonly now: Date;
  /** First day asked for (clamped to today). */
  readonly from: LocalDate;
  /** Last day asked for (clamped to the booking horizon). */
  readonly to: LocalDate;
  readonly usage: SlotUsage;
}

const left = (capacity: number, taken: number): number => Math.max(0, Math.min(capacity, capacity - taken));

/**
 * Availability day by day: closed days say why and have no slots; open days list
 * the slots that have not started yet, each with the online quota and the
 * separate walk-in quota and what remains of both. Days before today or past the
 * booking horizon are left out.
 */
export function availabilityDays(input: AvailabilityInput): AvailabilityDay[] {
  const { site, config, now, usage } = input;
  const window = bookingWindow(site, config, now);
  const from = input.from > window.from ? input.from : window.from;
  const to = input.to < window.to ? input.to : window.to;
  const days: AvailabilityDay[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const opening = dayOpening(site, date);
    if (opening.closed) {
      days.push({ date, closedReason: opening.reason, slots: [] });
      continue;
    }
    const slots: Slot[] = slotsOfDay(site, date, config.slotMinutes)
      .filter((slot) => slot.start.getTime() > now.getTime())
      .map(({ start, end }) => ({
        start: formatInstant(start, site.timeZone),
        end: formatInstant(end, site.timeZone),
        capacity: config.onlineCapacity,
        remaining: left(config.onlineCapacity, usage.online(start.getTime())),
        walkIn: {
          capacity: config.walkInCapacity,
          remaining: left(config.walkInCapacity, usage.walkIn(start.getTime(), end.getTime())),
        },
      }));
    days.push({ date, closedReason: null, slots });
  }
  return days;
}

/** Whether a slot can be booked at `now`, and if not, why. */
export type SlotCheck =
  | { readonly ok: true; readonly slot: SlotTime; readonly localDate: LocalDate }
  | { readonly ok: false; readonly reason: 'holiday' | 'site_closed' | 'slot_unavailable' };

/**
 * Checks that `start` is the start of an offered slot: on an open day within the
 * booking window, on the slot grid, and not yet started.
 *
 * @example findBookableSlot(site, config, now, new Date('2026-03-02T09:00:00+07:00'))
 */
export function findBookableSlot(site: SiteHours, config: BookingConfig, now: Date, start: Date): SlotCheck {
  const localDate = localDateOf(start, site.timeZone);
  const window = bookingWindow(site, config, now);
  if (localDate < window.from || localDate > window.to || start.getTime() <= now.getTime()) {
    return { ok: false, reason: 'slot_unavailable' };
  }
  const opening = dayOpening(site, localDate);
  if (opening.closed) return { ok: false, reason: opening.reason === 'holiday' ? 'holiday' : 'site_closed' };
  const slot = slotsOfDay(site, localDate, config.slotMinutes).find((item) => item.start.getTime() === start.getTime());
  return slot ? { ok: true, slot, localDate } : { ok: false, reason: 'slot_unavailable' };
}
