// The real side of the model-based tests: the Engine over a store and a manual
// clock, the event log read after every action, and the checks that the store,
// the queue snapshot and the replayed events agree with the model and keep the
// issue's invariants (capacity, gap-free numbering, one service per ticket, one
// booking per NIK, events in order).
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyQueueEvent, type QueueEvent, type QueueSnapshot, type TicketStatus } from '@mpp-kit/contract';
import fc from 'fast-check';
import { Engine } from '../engine.js';
import { createNodeDataProtection } from '../node/node-data-protection.js';
import { SqliteStore } from '../node/sqlite-store.js';
import { Broadcaster } from '../queue/broadcaster.js';
import { queueSnapshot } from '../queue/views.js';
import { MemoryStore } from '../store/memory-store.js';
import {
  ACTIVE_BOOKING_STATUSES,
  type BookingRecord,
  type CounterRecord,
  type Store,
  type TicketRecord,
} from '../store/store.js';
import { fixedClock, type ManualClock } from '../time/clock.js';
import { dateOf, EngineModel, isoOf, SERVICES, type ModelTicket } from './engine-model.js';
import { fixtureSeed } from './fixture-seed.js';
import { SECRET } from './harness.js';

/** The type of a queue event, e.g. `ticket.called`. */
export type EventType = QueueEvent['type'];

/** Every day a run can reach, for reading all tickets. */
const ALL_DAYS = { from: '2000-01-01', to: '2099-12-31' } as const;
const RETENTION_DAYS = 30;
const PROTECTION = createNodeDataProtection(SECRET);

/** A fresh store with the fixture seed, and how to dispose of it. */
export interface OpenedStore {
  readonly store: Store;
  readonly close: () => void;
}

/** A folder for the runs' databases: in memory where the system has one (the test is of the SQL, not the disk). */
function scratchFolder(): string {
  return mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'mpp-model-'));
}

/** The stores of {@link modelStores}, and how to remove the files they leave. */
export interface ModelStores {
  readonly open: Readonly<Record<string, () => Promise<OpenedStore>>>;
  readonly removeFiles: () => void;
}

/**
 * The stores the engines run over: MemoryStore, and SqliteStore on a file in
 * WAL mode as the CLI opens it: each run opens its own copy of a database
 * seeded once (as a server restarts on its file), removed after the run.
 */
export function modelStores(): ModelStores {
  let folder: string | undefined;
  let seeded: string | undefined;
  let runs = 0;
  const open = {
    MemoryStore: (): Promise<OpenedStore> =>
      Promise.resolve({ store: new MemoryStore(fixtureSeed()), close: () => undefined }),
    SqliteStore: async (): Promise<OpenedStore> => {
      folder ??= scratchFolder();
      if (!seeded) {
        seeded = join(folder, 'seeded.db');
        const template = new SqliteStore(seeded);
        await template.loadSeed(fixtureSeed());
        template.close();
      }
      runs += 1;
      const file = join(folder, `run-${runs}.db`);
      copyFileSync(seeded, file);
      const store = new SqliteStore(file);
      return {
        store,
        close: () => {
          store.close();
          for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
        },
      };
    },
  };
  const removeFiles = () => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  };
  return { open, removeFiles };
}

/** How far a ticket has come, as its events tell. */
interface TicketLife {
  stage: 'waiting' | 'called' | 'finished';
  counterId: string | null;
}

/** What a display keeps: the snapshot without its estimates, which no counter event refreshes in the lines. */
function displayed(snapshot: QueueSnapshot) {
  return {
    counters: snapshot.counters.map(({ id, status, serving }) => ({ id, status, serving })),
    services: snapshot.services.map(({ serviceId, waiting }) => ({ serviceId, waiting })),
  };
}

/**
 * The event log as a stream client sees it: read after every action, each event
 * checked against the ticket's life so far and applied to a snapshot with the
 * contract's reducer, which must then equal the engine's own snapshot.
 */
/** The engine's whole queue snapshot now. */
function snapshotOf(engine: Engine): Promise<QueueSnapshot> {
  return engine.read((view) => queueSnapshot(view, {}, engine.store.getSite().timeZone));
}

export class EventLedger {
  private lastId: number;
  private readonly lives = new Map<string, TicketLife>();
  private replayed: QueueSnapshot;
  private day: string;

  private constructor(
    private readonly engine: Engine,
    lastId: number,
    replayed: QueueSnapshot,
  ) {
    this.lastId = lastId;
    this.replayed = replayed;
    this.day = engine.view().today;
  }

  /** A ledger from the engine's current log and snapshot on. */
  static async open(engine: Engine): Promise<EventLedger> {
    return new EventLedger(engine, await engine.store.lastEventId(), await snapshotOf(engine));
  }

  /**
   * Reads the action's events: exactly `expected`, ids one above the last,
   * stamped now; returns the engine's snapshot, which the replay must equal.
   */
  async read(expected: readonly EventType[], nowMs: number): Promise<QueueSnapshot> {
    const { store } = this.engine;
    const snapshot = await snapshotOf(this.engine);
    const records = await store.eventsAfter(this.lastId, 1_000);
    assert.deepEqual(
      records.map((record) => record.type),
      expected,
      'the action stores these events',
    );
    const today = this.engine.view().today;
    if (today !== this.day) {
      // A new day's lines start empty with no event to say so: a display reads them afresh.
      this.replayed = { ...this.replayed, services: snapshot.services };
      this.day = today;
    }
    for (const record of records) {
      assert.equal(record.id, this.lastId + 1, 'event ids go up by one, in the order of the actions');
      this.lastId = record.id;
      const event = { id: String(record.id), ...JSON.parse(record.data) } as QueueEvent;
      assert.equal(event.at, isoOf(nowMs), 'an event is stamped with the time of its action');
      this.follow(event);
      this.replayed = applyQueueEvent(this.replayed, event);
    }
    assert.equal(await store.lastEventId(), this.lastId, 'no event is stored without its action');
    assert.deepEqual(displayed(this.replayed), displayed(snapshot), 'replaying the events gives the snapshot');
    return snapshot;
  }

  /** Fails when an event does not follow from the ticket's life: issued, called once, finished once. */
  private follow(event: QueueEvent): void {
    if (event.type === 'snapshot' || event.type === 'counter.updated') return;
    const { ticket, counterId } = event;
    const life = this.lives.get(ticket.id);
    const where = `${event.type} of ${ticket.number}`;
    if (event.type === 'ticket.issued') {
      assert.equal(life, undefined, `${where}: a ticket is issued once`);
      this.lives.set(ticket.id, { stage: 'waiting', counterId: null });
      return;
    }
    assert.ok(life, `${where}: the ticket was issued before`);
    switch (event.type) {
      case 'ticket.called':
        assert.equal(life.stage, 'waiting', `${where}: only a waiting ticket is called, and only once`);
        assert.ok(counterId !== null && ticket.counterId === counterId, `${where}: called to one counter`);
        life.stage = 'called';
        life.counterId = counterId;
        return;
      case 'ticket.recalled':
        assert.equal(life.stage, 'called', `${where}: only a called ticket is recalled`);
        assert.equal(counterId, life.counterId, `${where}: recalled by the counter that called it`);
        return;
      case 'ticket.completed':
      case 'ticket.skipped':
        assert.equal(life.stage, 'called', `${where}: only a called ticket is finished, and only once`);
        assert.equal(counterId, life.counterId, `${where}: finished by the counter that called it`);
        life.stage = 'finished';
        return;
      case 'ticket.cancelled':
        assert.equal(life.stage, 'waiting', `${where}: only a waiting ticket is cancelled`);
        life.stage = 'finished';
        return;
    }
  }
}

/** The engine, its clock and what has been read of its events. */
export interface EngineSystem {
  readonly engine: Engine;
  readonly clock: ManualClock;
  readonly ledger: EventLedger;
}

/** An engine over `store` with the clock at `start`. */
export async function engineSystem(store: Store, start: string): Promise<EngineSystem> {
  const clock = fixedClock(start);
  const engine = new Engine(store, clock, PROTECTION, new Broadcaster(), RETENTION_DAYS);
  return { engine, clock, ledger: await EventLedger.open(engine) };
}

/** What the store holds, read once per check. */
interface StoreContents {
  readonly tickets: readonly TicketRecord[];
  readonly counters: readonly CounterRecord[];
  readonly bookings: readonly BookingRecord[];
}

async function contentsOf(store: Store): Promise<StoreContents> {
  return {
    tickets: await store.listTicketsBetween(ALL_DAYS),
    counters: await store.listCounters(),
    bookings: await store.findBookings({}),
  };
}

const byId = <T extends { readonly id: string }>(items: T[]): T[] => items.sort((a, b) => (a.id < b.id ? -1 : 1));

/** What the model knows of a ticket (not its line key or times). */
const ticketFacts = (t: Omit<ModelTicket, 'slotStartMs' | 'issueOrder'>) => ({
  id: t.id,
  serviceId: t.serviceId,
  localDate: t.localDate,
  sequence: t.sequence,
  number: t.number,
  status: t.status,
  priority: t.priority,
  bookingCode: t.bookingCode,
  counterId: t.counterId,
  recalls: t.recalls,
});

/** What the model knows of a booking (not its applicant or secret). */
const bookingFacts = (
  b: Pick<BookingRecord, 'code' | 'serviceId' | 'slotStart' | 'localDate' | 'status' | 'ticketId'>,
) => ({
  id: b.code,
  serviceId: b.serviceId,
  slotStart: b.slotStart,
  localDate: b.localDate,
  status: b.status,
  ticketId: b.ticketId,
});

/** Fails unless the store holds what the model holds: every ticket, counter and booking. */
function assertStoreIsModel(model: EngineModel, contents: StoreContents): void {
  assert.deepEqual(
    byId(contents.tickets.map(ticketFacts)),
    byId(model.tickets.map(ticketFacts)),
    'the tickets are the model’s',
  );
  assert.deepEqual(
    contents.counters.map(({ id, status, currentTicketId }) => ({ id, status, current: currentTicketId })),
    [...model.counters.values()].map(({ id, status, current }) => ({ id, status, current })),
    'the counters are the model’s',
  );
  assert.deepEqual(
    byId(contents.bookings.map(bookingFacts)),
    byId(model.bookings.map((b) => bookingFacts({ ...b, slotStart: isoOf(b.slotStartMs) }))),
    'the bookings are the model’s',
  );
}

/** Counts items by a key. */
function tally<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** How a booking ends with its ticket. */
const BOOKING_OF_TICKET: Partial<Record<TicketStatus, string>> = {
  done: 'completed',
  skipped: 'no-show',
  cancelled: 'cancelled',
};

/**
 * The invariants, read from the store alone (so they hold even where
 * the model might share a mistake with the engine).
 */
async function assertInvariants(store: Store, { tickets, counters, bookings }: StoreContents): Promise<void> {
  const lines = new Map<string, TicketRecord[]>();
  for (const ticket of tickets) {
    const key = `${ticket.serviceId} ${ticket.localDate}`;
    lines.set(key, [...(lines.get(key) ?? []), ticket]);
  }
  for (const [key, line] of lines) {
    const [serviceId = '', localDate = ''] = key.split(' ');
    const service = SERVICES.get(serviceId);
    const sequences = line.map((ticket) => ticket.sequence).sort((a, b) => a - b);
    assert.deepEqual(
      sequences,
      sequences.map((_, index) => index + 1),
      `${key}: numbers run from 1 without a gap or a repeat`,
    );
    assert.equal(await store.lastSequence(serviceId, localDate), line.length, `${key}: the last number issued`);
    for (const ticket of line) {
      assert.equal(ticket.number, `${service?.queuePrefix}-${String(ticket.sequence).padStart(3, '0')}`);
    }
    const walkIns = line.filter((ticket) => !ticket.priority).length;
    if (service?.dailyQuota != null) assert.ok(walkIns <= service.dailyQuota, `${key}: ${walkIns} walk-ins`);
  }

  const ticketsById = new Map(tickets.map((ticket) => [ticket.id, ticket]));
  const serving = counters.filter((counter) => counter.currentTicketId !== null);
  assert.equal(
    new Set(serving.map((counter) => counter.currentTicketId)).size,
    serving.length,
    'no ticket is at two counters',
  );
  for (const counter of serving) {
    const ticket = ticketsById.get(counter.currentTicketId ?? '');
    assert.ok(ticket?.status === 'called' && ticket.counterId === counter.id, `${counter.id} serves its called ticket`);
  }
  const called = tickets.filter((ticket) => ticket.status === 'called');
  assert.equal(called.length, serving.length, 'every called ticket is at a counter');

  const active = bookings.filter((booking) => ACTIVE_BOOKING_STATUSES.includes(booking.status));
  for (const [slot, taken] of tally(active, (booking) => `${booking.serviceId} ${booking.slotStart}`)) {
    const capacity = SERVICES.get(slot.split(' ')[0] ?? '')?.booking?.onlineCapacity ?? 0;
    assert.ok(taken <= capacity, `${slot}: ${taken} bookings in ${capacity} places`);
  }
  for (const [key, count] of tally(active, (b) => `${b.nikHash} ${b.serviceId} ${b.localDate}`)) {
    assert.equal(count, 1, `one active booking per NIK, service and day (${key})`);
  }
  for (const booking of bookings) {
    if (booking.ticketId === null) continue;
    const ticket = ticketsById.get(booking.ticketId);
    assert.ok(ticket?.bookingCode === booking.code && ticket.priority, `${booking.code}'s ticket is its own`);
    const ending = BOOKING_OF_TICKET[ticket.status];
    if (ending) assert.equal(booking.status, ending, `${booking.code} ends with its ticket`);
  }
}

/** Fails unless the engine's queue snapshot shows the model's counters and lines. */
function assertSnapshotIsModel(model: EngineModel, snapshot: QueueSnapshot): void {
  assert.deepEqual(
    snapshot.counters.map(({ id, status, serving }) => ({ id, status, serving: serving?.id ?? null })),
    [...model.counters.values()].map(({ id, status, current }) => ({ id, status, serving: current })),
    'the snapshot shows the model’s counters',
  );
  assert.deepEqual(
    snapshot.services.map(({ serviceId, waiting }) => ({ serviceId, waiting })),
    snapshot.services.map(({ serviceId }) => ({ serviceId, waiting: model.waiting([serviceId]).length })),
    'the snapshot shows the model’s lines',
  );
}

/** Every check after an action that stored `events`. */
export async function verify(model: EngineModel, system: EngineSystem, events: readonly EventType[]): Promise<void> {
  const { engine, ledger } = system;
  assert.equal(dateOf(model.nowMs), engine.view().today, 'the model’s day is the engine’s');
  const snapshot = await ledger.read(events, model.nowMs);
  const contents = await contentsOf(engine.store);
  assertStoreIsModel(model, contents);
  await assertInvariants(engine.store, contents);
  assertSnapshotIsModel(model, snapshot);
}

/**
 * Where runs start, mostly in opening hours: before Monday's opening, a
 * Tuesday morning, Thursday before lunch (Friday's longer break next), Friday
 * afternoon (the weekend next), the afternoon before Nyepi.
 */
const STARTS = [
  '2026-03-02T07:50:00+07:00',
  '2026-03-03T10:00:00+07:00',
  '2026-03-05T11:20:00+07:00',
  '2026-03-06T13:30:00+07:00',
  '2026-03-18T14:00:00+07:00',
];
/** Actions in one run at most: enough for a few days of a busy counter. */
const MAX_ACTIONS = 40;

/**
 * How many random sequences a model test runs per store: `MPP_MODEL_RUNS`, or
 * 1,000 (issue 14's figure; about 40 s of CPU for both engines over both stores).
 */
export const MODEL_RUNS = Number(process.env['MPP_MODEL_RUNS'] ?? 1_000);

/**
 * Runs `numRuns` random sequences of `actions` from a fresh seeded store each,
 * the model beside the engine; fast-check reports the seed, the path and the
 * shrunk sequence of a failure.
 */
export async function assertEngineModel(
  open: () => Promise<OpenedStore>,
  actions: fc.Arbitrary<fc.AsyncCommand<EngineModel, EngineSystem>>[],
  numRuns = MODEL_RUNS,
): Promise<void> {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...STARTS),
      fc.commands(actions, { maxCommands: MAX_ACTIONS, size: 'max' }),
      async (start, commands) => {
        const { store, close } = await open();
        try {
          const real = await engineSystem(store, start);
          const model = new EngineModel(real.clock.now().getTime());
          await fc.asyncModelRun(() => ({ model, real }), commands);
        } finally {
          close();
        }
      },
    ),
    // The failed check's message in the report itself: node:test shows no error's cause.
    { numRuns, includeErrorInReport: true },
  );
}
