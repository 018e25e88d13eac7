import type { QueueCounter, QueueSnapshot, StaffCallResult } from '@mpp-kit/contract';

/**
 * What the console learnt from its own staff call before the live feed tells
 * of it: the counter as the server answered, when (server time), and the
 * snapshot the feed held at that moment.
 */
export interface OwnResult {
  readonly counter: QueueCounter;
  readonly atMs: number;
  readonly baseline: QueueSnapshot | null;
}

/** The newer of two snapshots by `asOf` (the live feed's, or one the console read itself after an error). */
export function newestSnapshot(a: QueueSnapshot | null, b: QueueSnapshot | null): QueueSnapshot | null {
  if (!a || !b) return a ?? b;
  return Date.parse(b.asOf) > Date.parse(a.asOf) ? b : a;
}

/** The counter as a queue display shows it, after a staff call answered with `result`. */
export function counterAfterCall(before: QueueCounter, result: StaffCallResult, serving: boolean): QueueCounter {
  return {
    ...before,
    name: result.counter.name,
    status: result.counter.status,
    serviceIds: result.counter.serviceIds,
    serving: serving ? result.ticket : null,
  };
}

function sameState(a: QueueCounter, b: QueueCounter): boolean {
  return a.status === b.status && (a.serving?.id ?? null) === (b.serving?.id ?? null);
}

/**
 * Whether the console's own result is still ahead of `snapshot`. The server
 * answers a call before its event reaches the stream, so the console shows its
 * own result first (the number must not lag the button); the feed takes over
 * once it has caught up (it shows the same state) or has moved past the call
 * (its `asOf` is later: another console may have acted since). Once behind, a
 * result stays behind, so the caller forgets it.
 */
export function isAhead(snapshot: QueueSnapshot | null, own: OwnResult): boolean {
  const fromFeed = snapshot?.counters.find((counter) => counter.id === own.counter.id);
  if (!snapshot || !fromFeed || snapshot === own.baseline) return true;
  return !sameState(fromFeed, own.counter) && Date.parse(snapshot.asOf) <= own.atMs;
}

/** The counter to show: the console's own result while it is ahead of the feed, else the feed's. */
export function shownCounter(
  snapshot: QueueSnapshot | null,
  counterId: string,
  own: OwnResult | null,
): QueueCounter | null {
  if (own && own.counter.id === counterId && isAhead(snapshot, own)) return own.counter;
  return snapshot?.counters.find((counter) => counter.id === counterId) ?? null;
}
