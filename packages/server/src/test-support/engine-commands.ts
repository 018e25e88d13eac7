// The actions of the model-based tests (fast-check commands): each asks the
// model what the engine must answer (a result, or which error), performs the
// action on the real engine, compares, applies it to the model and runs every
// check of `verify`. Refusals are what the engines are tested for, so `check`
// rules out no action but one on a ticket or booking before there is any (see
// `pickable`).
import assert from 'node:assert/strict';
import type { CounterStatus, ErrorCode } from '@mpp-kit/contract';
import fc from 'fast-check';
import { cancelBooking, checkInBooking, createBooking, rescheduleBooking } from '../booking/booking-engine.js';
import { isApiError } from '../http/api-error.js';
import {
  callNext,
  cancelTicket,
  completeTicket,
  recallTicket,
  skipTicket,
  takeTicket,
  updateCounterStatus,
} from '../queue/queue-engine.js';
import { addDays, instantOf, isoOf, NOBODY, type EngineModel, type ModelBooking } from './engine-model.js';
import { verify, type EngineSystem, type EventType } from './engine-system.js';
import { NIKS } from './fixture-seed.js';

type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly code: ErrorCode };

/** Runs an engine call; an ApiError is an answer, any other error a failure of the test. */
async function attempt<T>(call: () => T | Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    if (isApiError(error)) return { ok: false, code: error.code };
    throw error;
  }
}

/** The value of a success the model expects, or `undefined` after the refusal it expects. */
function expectOutcome<T>(outcome: Outcome<T>, refusal: ErrorCode | null, action: string): T | undefined {
  if (refusal !== null) {
    assert.equal(outcome.ok ? 'success' : outcome.code, refusal, `${action} is refused`);
    return undefined;
  }
  assert.ok(outcome.ok, `${action} succeeds, but the engine answered ${outcome.ok ? '' : outcome.code}`);
  return outcome.value;
}

/**
 * Whether an action on the `pick`-th item runs: always once there are items;
 * before, only `#0`, on an unknown id, so a run does not spend its actions on
 * the same `not_found`.
 */
const pickable = (items: readonly unknown[], pick: number): boolean => pick === 0 || items.length > 0;

/** Where an action on a ticket or booking picks it from (see `pickable`). */
interface Pick {
  readonly pick: number;
  readonly pool: 'tickets' | 'bookings';
}

/** An action on the engines; any may run in any state. */
abstract class Action implements fc.AsyncCommand<EngineModel, EngineSystem> {
  /** What the action picks, for one on a ticket or booking. */
  protected picks(): Pick | null {
    return null;
  }

  check(model: Readonly<EngineModel>): boolean {
    const picks = this.picks();
    return picks === null || pickable(model[picks.pool], picks.pick);
  }

  abstract run(model: EngineModel, system: EngineSystem): Promise<void>;
  abstract toString(): string;
}

/** A ticket id no ticket has. */
const UNKNOWN_TICKET = 'AAAAAAAAAAAAAAAAAAAAAA';
/** A booking code no booking has. */
const UNKNOWN_BOOKING = 'KDR-ZZZZZZ';

/** The `pick`-th of `items` (counting round: `#5` of two is the second), or undefined when there are none. */
const nth = <T>(items: readonly T[], pick: number): T | undefined => items[pick % Math.max(1, items.length)];

/** An action on the `pick`-th ticket or booking. */
abstract class PickAction extends Action {
  constructor(
    protected readonly pick: number,
    private readonly pool: Pick['pool'],
  ) {
    super();
  }

  protected override picks(): Pick {
    return { pick: this.pick, pool: this.pool };
  }
}

class TakeTicket extends Action {
  constructor(private readonly serviceId: string) {
    super();
  }

  async run(model: EngineModel, system: EngineSystem): Promise<void> {
    const refusal = model.refuseTake(this.serviceId);
    const outcome = await attempt(() => system.engine.write((context) => takeTicket(context, this.serviceId)));
    const ticket = expectOutcome(outcome, refusal, String(this));
    if (ticket) {
      const expected = model.issue(this.serviceId, ticket.id);
      assert.equal(ticket.number, expected.number, 'the next number of the day');
      assert.equal(ticket.position, model.waiting([this.serviceId]).length - 1, 'a walk-in is last in line');
    }
    await verify(model, system, ticket ? ['ticket.issued'] : []);
  }

  toString(): string {
    return `take(${this.serviceId})`;
  }
}

class CancelTicket extends PickAction {
  constructor(pick: number) {
    super(pick, 'tickets');
  }

  async run(model: EngineModel, system: EngineSystem): Promise<void> {
    const ticket = nth(model.tickets, this.pick);
    const refusal = model.refuseCancelTicket(ticket);
    const outcome = await attempt(() =>
      system.engine.write((context) => cancelTicket(context, ticket?.id ?? UNKNOWN_TICKET)),
    );
    const cancelled = expectOutcome(outcome, refusal, `${String(this)} of ${ticket?.number ?? 'none'}`);
    if (cancelled && ticket) model.cancelTicket(ticket);
    await verify(model, system, cancelled ? ['ticket.cancelled'] : []);
  }

  toString(): string {
    return `cancelTicket(#${this.pick})`;
  }
}

/**
 * What the staff's console says it saw: nothing (`unsaid`), the counter as it
 * is (`seen`), or an older state (`stale`), which the engine must refuse.
 */
type Seen = 'unsaid' | 'seen' | 'stale';

/** The `serving` a console sends: nothing, the ticket the counter serves (or `none`), or a state it has left. */
function servingSent(seen: Seen, current: string | null): string | undefined {
  if (seen === 'unsaid') return undefined;
  if (seen === 'seen') return current ?? NOBODY;
  return current ? NOBODY : UNKNOWN_TICKET;
}

const STAFF_ACTIONS = {
  call: callNext,
  recall: recallTicket,
  skip: skipTicket,
  complete: completeTicket,
} as const;

class CounterAction extends Action {
  constructor(
    private readonly kind: keyof typeof STAFF_ACTIONS,
    private readonly counterId: string,
    private readonly seen: Seen,
  ) {
    super();
  }

  async run(model: EngineModel, system: EngineSystem): Promise<void> {
    const counter = model.counter(this.counterId);
    const current = counter.current;
    const serving = servingSent(this.seen, current);
    const refusal =
      this.kind === 'call'
        ? model.refuseCall(counter, serving)
        : this.kind === 'recall'
          ? model.refuseRecall(counter, serving)
          : model.refuseFinish(counter, serving);
    const act = STAFF_ACTIONS[this.kind];
    const outcome = await attempt(() => system.engine.write((context) => act(context, this.counterId, serving)));
    const result = expectOutcome(outcome, refusal, String(this));
    const events: EventType[] = [];
    if (result) {
      if (this.kind === 'call') {
        const { completed, called } = model.call(counter);
        if (completed) events.push('ticket.completed');
        events.push('ticket.called');
        assert.equal(result.ticket?.number, called.number, 'the first in line is called');
      } else if (this.kind === 'recall') {
        model.ticket(current ?? '').recalls += 1;
        events.push('ticket.recalled');
      } else {
        model.finish(counter, this.kind === 'complete' ? 'done' : 'skipped');
        events.push(this.kind === 'complete' ? 'ticket.completed' : 'ticket.skipped');
      }
      assert.equal(result.ticket?.id, counter.current ?? current, 'the answer names the counter’s ticket');
    }
    await verify(model, system, events);
  }

  toString(): string {
    return `${this.kind}(${this.counterId}${this.seen === 'unsaid' ? '' : `, ${this.seen}`})`;
  }
}

class SetCounterStatus extends Action {
  constructor(
    private readonly counterId: string,
    private readonly status: CounterStatus,
  ) {
    super();
  }

  async run(model: EngineModel, system: EngineSystem): Promise<void> {
    const counter = model.counter(this.counterId);
    const refusal = model.refuseStatus(counter, this.status);
    const outcome = await attempt(() =>
      system.engine.write((context) => updateCounterStatus(context, this.counterId, this.status)),
    );
    const changed = expectOutcome(outcome, refusal, String(this)) !== undefined && counter.status !== this.status;
    if (changed) counter.status = this.status;
    await verify(model, system, changed ? ['counter.updated'] : []);
  }

  toString(): string {
    return `${this.status}(${this.counterId})`;
  }
}

/** Minutes to wait: a number, or `morning` for the next day's 07:55 (five minutes before opening). */
type Wait = number | 'morning';

const MORNING_MINUTE = 7 * 60 + 55;

class AdvanceClock extends Action {
  constructor(private readonly wait: Wait) {
    super();
  }

  async run(model: EngineModel, system: EngineSystem): Promise<void> {
    const untilMs =
      this.wait === 'morning' ? instantOf(addDays(model.today, 1), MORNING_MINUTE) : model.nowMs + this.wait * 60_000;
    system.clock.advance(untilMs - model.nowMs);
    model.nowMs = untilMs;
    await verify(model, system, []);
  }

  toString(): string {
    return this.wait === 'morning' ? 'wait(until 07:55 tomorrow)' : `wait(${this.wait} min)`;
  }
}

/**
 * A slot asked for: `days` after today at `minute` past local midnight (on the
 * grid or not), or the whole hour `hours` after the next one (on both grids
 * while the site is open, and soon enough to check in).
 */
type SlotChoice = { readonly days: number; readonly minute: number } | { readonly hours: number };

const HOUR_MS = 3_600_000;

function slotStartMs(model: EngineModel, slot: SlotChoice): number {
  if ('hours' in slot) return (Math.floor(model.nowMs / HOUR_MS) + 1 + slot.hours) * HOUR_MS;
  return instantOf(addDays(model.today, slot.days), slot.minute);
}

function slotName(slot: SlotChoice): string {
  if ('hours' in slot) return `next hour +${slot.hours}h`;
  const { days, minute } = slot;
  return `+${days}d ${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

class Book extends Action {
  constructor(
    private readonly serviceId: string,
    private readonly slot: SlotChoice,
    private readonly nik: number,
  ) {
    super();
  }

  async run(model: EngineModel, system: EngineSystem): Promise<void> {
    const nik = NIKS[this.nik % NIKS.length] ?? NIKS[0];
    const startMs = slotStartMs(model, this.slot);
    const refusal = model.refuseSlot(this.serviceId, nik, startMs);
    const outcome = await attempt(() =>
      createBooking(system.engine, {
        serviceId: this.serviceId,
        slotStart: isoOf(startMs),
        applicant: { name: 'Siti Rahayu', nik, phone: '0812-3456-7890' },
        consent: true,
      }),
    );
    const receipt = expectOutcome(outcome, refusal, String(this));
    if (receipt) {
      model.book({ code: receipt.code, secret: receipt.secret, serviceId: this.serviceId, nik, slotStartMs: startMs });
      assert.equal(receipt.slotStart, isoOf(startMs), 'the slot booked');
    }
    await verify(model, system, []);
  }

  toString(): string {
    return `book(${this.serviceId}, ${slotName(this.slot)}, nik#${this.nik})`;
  }
}

/** A booking's code and the secret its holder sends: its own, or a wrong one. */
function credentials(booking: ModelBooking | undefined, secretKnown: boolean) {
  return { code: booking?.code ?? UNKNOWN_BOOKING, secret: booking && secretKnown ? booking.secret : 'not-the-secret' };
}

class CancelBooking extends PickAction {
  constructor(
    pick: number,
    private readonly secretKnown: boolean,
  ) {
    super(pick, 'bookings');
  }

  async run(model: EngineModel, system: EngineSystem): Promise<void> {
    const booking = nth(model.bookings, this.pick);
    const refusal = model.refuseChange(booking, this.secretKnown);
    const { code, secret } = credentials(booking, this.secretKnown);
    const outcome = await attempt(() => cancelBooking(system.engine, code, secret));
    const cancelled = expectOutcome(outcome, refusal, String(this));
    if (cancelled && booking) booking.status = 'cancelled';
    await verify(model, system, []);
  }

  toString(): string {
    return `cancelBooking(#${this.pick}${this.secretKnown ? '' : ', wrong secret'})`;
  }
}

class Reschedule extends PickAction {
  constructor(
    pick: number,
    private readonly slot: SlotChoice,
    private readonly secretKnown: boolean,
  ) {
    super(pick, 'bookings');
  }

  async run(model: EngineModel, system: EngineSystem): Promise<void> {
    const booking = nth(model.bookings, this.pick);
    const startMs = slotStartMs(model, this.slot);
    const refusal =
      model.refuseChange(booking, this.secretKnown) ??
      (booking ? model.refuseSlot(booking.serviceId, booking.nik, startMs, booking) : null);
    const { code, secret } = credentials(booking, this.secretKnown);
    const outcome = await attempt(() => rescheduleBooking(system.engine, code, secret, isoOf(startMs)));
    const receipt = expectOutcome(outcome, refusal, String(this));
    if (receipt && booking) {
      model.move(booking, startMs);
      assert.equal(receipt.slotStart, isoOf(startMs), 'the new slot');
      assert.equal(receipt.secret, booking.secret, 'the secret stays');
    }
    await verify(model, system, []);
  }

  toString(): string {
    return `reschedule(#${this.pick}, ${slotName(this.slot)}${this.secretKnown ? '' : ', wrong secret'})`;
  }
}

class CheckIn extends PickAction {
  constructor(pick: number) {
    super(pick, 'bookings');
  }

  async run(model: EngineModel, system: EngineSystem): Promise<void> {
    const booking = nth(model.bookings, this.pick);
    const refusal = model.refuseCheckIn(booking);
    const outcome = await attempt(() => checkInBooking(system.engine, booking?.code ?? UNKNOWN_BOOKING));
    const ticket = expectOutcome(outcome, refusal, String(this));
    if (ticket && booking) {
      const expected = model.checkIn(booking, ticket.id);
      assert.equal(ticket.number, expected.number, 'a checked-in booking takes the next number of the day');
      assert.ok(ticket.priority, 'a checked-in booking is a priority ticket');
    }
    await verify(model, system, ticket ? ['ticket.issued'] : []);
  }

  toString(): string {
    return `checkIn(#${this.pick})`;
  }
}

const counterIds = fc.constantFrom('loket-1', 'loket-2', 'loket-3');
const seen = fc.constantFrom<Seen>('unsaid', 'unsaid', 'seen', 'stale');
/** Waits within a visit mostly; now and then across a break or closing time, or to the next morning. */
const wait = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom<Wait>(1, 5, 10, 20, 45) },
  { weight: 2, arbitrary: fc.constantFrom<Wait>(90, 240) },
  { weight: 1, arbitrary: fc.constant<Wait>('morning') },
);
/**
 * Slots, mostly a few on both services' grids (30 and 60 minutes) so places
 * run out and NIKs meet; now and then one the engine must refuse: off the
 * grid, in the lunch break or Friday's prayer break, at closing, or past the
 * passport's 7-day horizon.
 */
const slot: fc.Arbitrary<SlotChoice> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ hours: fc.constantFrom(0, 1, 2, 3) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      days: fc.oneof({ weight: 8, arbitrary: fc.constantFrom(1, 1, 2) }, { weight: 1, arbitrary: fc.constant(8) }),
      minute: fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(9 * 60, 13 * 60) },
        { weight: 1, arbitrary: fc.constantFrom(8 * 60, 9 * 60 + 30, 11 * 60 + 30, 12 * 60, 14 * 60 + 45, 15 * 60) },
      ),
    }),
  },
);
const pick = fc.nat({ max: 20 });
const secretKnown = fc.constantFrom(true, true, true, false);

/** A ticket taken, of a service with a queue, one with a daily quota, or one with none. */
const take = fc
  .constantFrom('ktp-el', 'ktp-el', 'ktp-el', 'kk', 'kk', 'paspor', 'info-paspor')
  .map((id) => new TakeTicket(id));
const counterAction = fc
  .tuple(fc.constantFrom('call', 'call', 'recall', 'recall', 'skip', 'complete', 'complete'), counterIds, seen)
  .map(([kind, id, view]) => new CounterAction(kind, id, view));
const counterStatus = fc
  .tuple(counterIds, fc.constantFrom<CounterStatus>('open', 'open', 'open', 'paused', 'closed'))
  .map(([id, status]) => new SetCounterStatus(id, status));
const advance = wait.map((value) => new AdvanceClock(value));
/** A slot booked by one of a few NIKs, of a service with small slots, one with a single place, or one not bookable. */
const book = fc
  .tuple(
    fc.constantFrom('ktp-el', 'ktp-el', 'ktp-el', 'paspor', 'paspor', 'kk'),
    slot,
    fc.nat({ max: NIKS.length - 1 }),
  )
  .map(([serviceId, at, nik]) => new Book(serviceId, at, nik));
const checkIn = pick.map((value) => new CheckIn(value));
const leave = pick.map((value) => new CancelTicket(value));

/** The queue engine's actions: tickets taken and cancelled, the counters' work, the clock. */
export const queueActions = [
  take,
  take,
  take,
  leave,
  counterAction,
  counterAction,
  counterAction,
  counterAction,
  counterStatus,
  advance,
  advance,
];

/** The booking engine's actions, with the queue's where a booking's ticket goes on (or its holder leaves). */
export const bookingActions = [
  book,
  book,
  book,
  fc.tuple(pick, secretKnown).map(([value, known]) => new CancelBooking(value, known)),
  fc.tuple(pick, slot, secretKnown).map(([value, at, known]) => new Reschedule(value, at, known)),
  checkIn,
  checkIn,
  leave,
  take,
  counterAction,
  counterAction,
  counterAction,
  counterStatus,
  advance,
  advance,
];
