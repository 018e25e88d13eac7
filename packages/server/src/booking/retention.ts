import type { Engine } from '../engine.js';
import { formatInstant } from '../time/instant.js';

/** Days personal data is kept after a booked slot ends, unless the server is told otherwise (UU PDP 27/2022). */
export const DEFAULT_RETENTION_DAYS = 30;

/** How often the erasure runs while the server is up. */
export const RETENTION_INTERVAL_MS = 24 * 3_600_000;

const DAY_MS = 24 * 3_600_000;

/** Earlier than any slot day: the lower bound of "every day up to". */
const EARLIEST_DAY = '0000-01-01';

/**
 * Whether `value` is a valid retention period: a whole number of days, at least one.
 */
export function isRetentionDays(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 1;
}

/**
 * Erases the applicant's personal data (NIK hash and encrypted copy, name,
 * phone, email: see `Store.eraseApplicant`) of every booking whose slot ended
 * more than the engine's `retentionDays` ago by the engine's clock, in one
 * transaction, and forgets idempotency records past their time-to-live (they may
 * hold a sealed receipt). The booking itself stays for the counts: code,
 * service, slot, status, dates and ticket.
 *
 * @returns how many bookings were erased now
 * @example await eraseExpiredApplicants(engine); // on start, then daily
 */
export function eraseExpiredApplicants(engine: Engine): Promise<number> {
  return engine.write(async (context) => {
    const nowMs = context.now.getTime();
    const cutoffMs = nowMs - engine.retentionDays * DAY_MS;
    // A slot lies within its day, so one that ended before the cutoff is on the cutoff's day or earlier.
    const lastDay = engine.dateOf(new Date(cutoffMs));
    const due = (
      await context.store.findBookings({ erased: false, localDates: { from: EARLIEST_DAY, to: lastDay } })
    ).filter((booking) => Date.parse(booking.slotEnd) < cutoffMs);
    const erasedAt = formatInstant(context.now, context.site.timeZone);
    for (const booking of due) await context.store.eraseApplicant(booking.code, erasedAt);
    await context.store.deleteIdempotencyBefore(nowMs - engine.idempotencyTtlMs());
    return due.length;
  });
}

/**
 * Runs {@link eraseExpiredApplicants} now (resolving once that run is over)
 * and then every `everyMs`, until
 * `signal` aborts. The timer never keeps a Node process alive on its own.
 * A failed run is reported and the next one tries again.
 */
export async function scheduleRetention(
  engine: Engine,
  options: { readonly signal?: AbortSignal; readonly everyMs?: number; readonly onError: (error: unknown) => void },
): Promise<void> {
  const run = async (): Promise<void> => {
    try {
      await eraseExpiredApplicants(engine);
    } catch (error) {
      options.onError(error);
    }
  };
  await run();
  if (options.signal?.aborted) return;
  const timer = setInterval(() => void run(), options.everyMs ?? RETENTION_INTERVAL_MS);
  // Node's timers can be unref'd (a browser's are plain numbers): the server's socket keeps the process up, not this.
  (timer as { unref?: () => void }).unref?.();
  options.signal?.addEventListener('abort', () => clearInterval(timer), { once: true });
}
