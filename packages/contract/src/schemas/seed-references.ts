import { LocalTimeSchema } from './common.js';
import { issuePath } from './issues.js';
import type { Seed, SeedService, SeedSite } from './seed.js';

// The checks of a seed that need more than one field: a weekday's hours and
// breaks, the week, unique ids and the references between services, counters and
// agencies. zod runs them only once every field has the right type, so they
// can trust the types (a field's format may still be wrong: see checkDay).

type Path = (string | number)[];
/** The part of zod's refinement context the checks use. */
interface Ctx {
  addIssue(issue: { code: 'custom'; message: string; path: Path; input: unknown }): void;
}
type Day = SeedSite['openingHours'][number];

const WEEKDAY_NAMES = [
  ['Senin', 'Monday'],
  ['Selasa', 'Tuesday'],
  ['Rabu', 'Wednesday'],
  ['Kamis', 'Thursday'],
  ['Jumat', 'Friday'],
  ['Sabtu', 'Saturday'],
  ['Minggu', 'Sunday'],
] as const;

/** Adds a custom issue whose message is Indonesian, then English. */
function report(ctx: Ctx, path: Path, id: string, en: string): void {
  ctx.addIssue({ code: 'custom', message: `${id} / ${en}`, path, input: undefined });
}

const isTime = (value: string | null) => value === null || LocalTimeSchema.safeParse(value).success;

/** One weekday: open and close both set (open first) or both null; breaks inside the hours, in order. */
export function checkDay(day: Day, ctx: Ctx): void {
  // A malformed time is reported by its own field; comparing it would only add noise.
  if (![day.open, day.close, ...day.breaks.flatMap((pause) => [pause.start, pause.end])].every(isTime)) return;
  const { open, close } = day;
  if (open === null || close === null) {
    if (open !== close) {
      report(
        ctx,
        [open === null ? 'open' : 'close'],
        'isi jam buka dan tutup, atau keduanya null',
        'set both open and close, or both null',
      );
    } else if (day.breaks.length > 0) {
      report(ctx, ['breaks'], 'hari tutup tidak punya jam istirahat', 'a closed day has no breaks');
    }
    return;
  }
  if (open >= close) {
    report(
      ctx,
      ['close'],
      `jam tutup ${close} harus setelah jam buka ${open}`,
      `close ${close} must be after open ${open}`,
    );
  }
  let previousEnd = open;
  day.breaks.forEach(({ start, end }, index) => {
    if (start >= end) {
      report(
        ctx,
        ['breaks', index, 'end'],
        `istirahat harus berakhir setelah ${start}`,
        `break must end after ${start}`,
      );
    } else if (start <= open || end >= close) {
      report(
        ctx,
        ['breaks', index],
        `istirahat ${start}-${end} harus di dalam jam buka ${open}-${close}`,
        `break ${start}-${end} must lie inside opening hours ${open}-${close}`,
      );
    } else if (start < previousEnd) {
      report(
        ctx,
        ['breaks', index, 'start'],
        'istirahat tumpang tindih atau tidak berurutan',
        'breaks overlap or are out of order',
      );
    }
    if (end > previousEnd) previousEnd = end;
  });
}

/** The week: the seven ISO weekdays, each once, Monday first. */
function checkWeek(days: readonly Day[], ctx: Ctx): void {
  const path = ['site', 'openingHours'];
  days.forEach((day, index) => {
    const expected = index + 1;
    if (day.weekday !== expected && expected <= 7) {
      const [id, en] = WEEKDAY_NAMES[expected - 1] ?? ['', ''];
      report(
        ctx,
        [...path, index, 'weekday'],
        `harus ${expected} (${id}); urutkan Senin (1) sampai Minggu (7)`,
        `expected ${expected} (${en}); list Monday (1) to Sunday (7)`,
      );
    }
  });
  WEEKDAY_NAMES.forEach(([id, en], index) => {
    if (!days.some((day) => day.weekday === index + 1)) {
      report(ctx, path, `hari ${index + 1} (${id}) tidak ada`, `weekday ${index + 1} (${en}) is missing`);
    }
  });
  if (days.length > 7)
    report(ctx, path, `harus tepat 7 hari, ada ${days.length}`, `expected exactly 7 days, got ${days.length}`);
}

/**
 * Reports every value of `key` that appears more than once in `items`, at its
 * later positions (`field` names the property within an item, if any).
 */
function checkUnique<T>(
  ctx: Ctx,
  items: readonly T[],
  path: Path,
  key: (item: T) => string,
  field: string | null,
  what: readonly [string, string],
): void {
  const first = new Map<string, number>();
  items.forEach((item, index) => {
    const value = key(item);
    const earlier = first.get(value);
    if (earlier === undefined) {
      first.set(value, index);
      return;
    }
    const also = issuePath([...path, earlier]);
    const at = field === null ? [...path, index] : [...path, index, field];
    report(
      ctx,
      at,
      `${what[0]} "${value}" ganda (juga di ${also})`,
      `duplicate ${what[1]} "${value}" (also at ${also})`,
    );
  });
}

/** A service or counter names a listed agency. */
function checkAgency(ctx: Ctx, agencyIds: ReadonlySet<string>, agencyId: string, at: Path): void {
  if (!agencyIds.has(agencyId)) {
    report(ctx, [...at, 'agencyId'], `instansi "${agencyId}" tidak dikenal`, `unknown agency "${agencyId}"`);
  }
}

/** Services: a known agency, counters that list them back, and a consistent booking set-up. */
function checkServices(seed: Seed, ctx: Ctx): void {
  const agencyIds = new Set(seed.agencies.map((agency) => agency.id));
  const counters = new Map(seed.counters.map((counter) => [counter.id, counter]));
  seed.services.forEach((service, index) => {
    const at: Path = ['services', index];
    checkAgency(ctx, agencyIds, service.agencyId, at);
    service.counterIds.forEach((counterId, position) => {
      const path = [...at, 'counterIds', position];
      const counter = counters.get(counterId);
      if (!counter) {
        report(ctx, path, `loket "${counterId}" tidak dikenal`, `unknown counter "${counterId}"`);
      } else if (!counter.serviceIds.includes(service.id)) {
        report(
          ctx,
          path,
          `loket "${counterId}" tidak mencantumkan layanan "${service.id}" di serviceIds`,
          `counter "${counterId}" does not list service "${service.id}" in its serviceIds`,
        );
      }
    });
    const inPerson = service.channels.some((channel) => channel.kind !== 'online');
    if (inPerson && service.counterIds.length === 0) {
      report(
        ctx,
        [...at, 'counterIds'],
        'layanan antrean/booking perlu minimal satu loket',
        'a queue or booking service needs at least one counter',
      );
    }
    checkBooking(service, at, ctx);
    checkUnique(ctx, service.channels, [...at, 'channels'], (channel) => channel.kind, 'kind', ['kanal', 'channel']);
    checkUnique(ctx, service.counterIds, [...at, 'counterIds'], (id) => id, null, ['loket', 'counter']);
  });
}

/** A booking channel and a booking configuration go together, with the same slot length. */
function checkBooking(service: SeedService, at: Path, ctx: Ctx): void {
  const channel = service.channels.find((item) => item.kind === 'booking');
  const config = service.booking;
  if (channel && config === null) {
    report(
      ctx,
      [...at, 'booking'],
      'kanal booking ada, tetapi konfigurasi booking null',
      'has a booking channel but booking is null',
    );
  } else if (!channel && config !== null) {
    report(
      ctx,
      [...at, 'booking'],
      'konfigurasi booking ada, tetapi tidak ada kanal booking',
      'has a booking config but no booking channel',
    );
  } else if (channel?.kind === 'booking' && config && channel.slotMinutes !== config.slotMinutes) {
    report(
      ctx,
      [...at, 'booking', 'slotMinutes'],
      `harus sama dengan slotMinutes kanal booking (${channel.slotMinutes})`,
      `must equal the booking channel's slotMinutes (${channel.slotMinutes})`,
    );
  }
  // Walk-in places are for people who take a queue number on the day.
  if (config && config.walkInCapacity > 0 && !service.channels.some((item) => item.kind === 'queue')) {
    report(
      ctx,
      [...at, 'booking', 'walkInCapacity'],
      'kuota walk-in perlu kanal antrean (queue)',
      'walk-in places need a queue channel',
    );
  }
}

/** Counters: a known agency, and only that agency's services, each listing the counter back. */
function checkCounters(seed: Seed, ctx: Ctx): void {
  const agencyIds = new Set(seed.agencies.map((agency) => agency.id));
  const services = new Map(seed.services.map((service) => [service.id, service]));
  seed.counters.forEach((counter, index) => {
    const at: Path = ['counters', index];
    checkAgency(ctx, agencyIds, counter.agencyId, at);
    counter.serviceIds.forEach((serviceId, position) => {
      const path = [...at, 'serviceIds', position];
      const service = services.get(serviceId);
      if (!service) {
        report(ctx, path, `layanan "${serviceId}" tidak dikenal`, `unknown service "${serviceId}"`);
      } else if (service.agencyId !== counter.agencyId) {
        report(
          ctx,
          path,
          `layanan "${serviceId}" milik instansi "${service.agencyId}", bukan "${counter.agencyId}"`,
          `service "${serviceId}" belongs to agency "${service.agencyId}", not "${counter.agencyId}"`,
        );
      } else if (!service.counterIds.includes(counter.id)) {
        report(
          ctx,
          path,
          `layanan "${serviceId}" tidak mencantumkan loket "${counter.id}" di counterIds`,
          `service "${serviceId}" does not list counter "${counter.id}" in its counterIds`,
        );
      }
    });
    checkUnique(ctx, counter.serviceIds, [...at, 'serviceIds'], (id) => id, null, ['layanan', 'service']);
  });
}

/** Every check that needs more than one field: uniqueness and cross-references. */
export function checkSeed(seed: Seed, ctx: Ctx): void {
  checkWeek(seed.site.openingHours, ctx);
  checkUnique(ctx, seed.site.facilities, ['site', 'facilities'], (item) => item.id, 'id', ['id', 'id']);
  checkUnique(ctx, seed.site.holidays, ['site', 'holidays'], (item) => item.date, 'date', [
    'tanggal libur',
    'holiday date',
  ]);
  checkUnique(ctx, seed.agencies, ['agencies'], (item) => item.id, 'id', ['id', 'id']);
  checkUnique(ctx, seed.services, ['services'], (item) => item.id, 'id', ['id', 'id']);
  checkUnique(ctx, seed.services, ['services'], (item) => item.queuePrefix, 'queuePrefix', [
    'prefiks antrean',
    'queue prefix',
  ]);
  checkUnique(ctx, seed.counters, ['counters'], (item) => item.id, 'id', ['id', 'id']);
  checkUnique(ctx, seed.counters, ['counters'], (item) => item.name, 'name', ['nama loket', 'counter name']);
  checkServices(seed, ctx);
  checkCounters(seed, ctx);
  checkHistory(seed, ctx);
}

/** Each history entry names a listed agency, once. */
function checkHistory(seed: Seed, ctx: Ctx): void {
  checkUnique(ctx, seed.history, ['history'], (item) => item.agencyId, 'agencyId', ['instansi', 'agency']);
  const agencyIds = new Set(seed.agencies.map((agency) => agency.id));
  seed.history.forEach((entry, index) => checkAgency(ctx, agencyIds, entry.agencyId, ['history', index]));
}
