import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ServiceSchema, SiteSchema, type SeedInput } from '@mpp-kit/contract';
import kediri from './kediri.json' with { type: 'json' };
import { kediriSeed, parseSeed, parseSeedText, SeedError } from './load-seed.js';

/**
 * A deep copy of the bundled seed's JSON to break on purpose, typed as a
 * regency writes it. Edits that break a field's type use `Object.assign`, as
 * an untyped JSON file would.
 */
const raw = (): SeedInput => structuredClone(kediri) as SeedInput;

/** `items[index]`, which the bundled seed is known to have. */
function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  assert.ok(item !== undefined, `the seed has an item ${index}`);
  return item;
}

/** The issue lines of a seed that must fail. */
function issuesOf(json: unknown): readonly string[] {
  try {
    parseSeed(json, 'broken.json');
  } catch (error) {
    assert.ok(error instanceof SeedError, 'throws a SeedError');
    return error.issues;
  }
  assert.fail('the seed was accepted');
}

describe('the Kediri seed', () => {
  const seed = kediriSeed();
  const servicesOf = (agencyId: string) => seed.services.filter((service) => service.agencyId === agencyId);
  const service = (id: string) => {
    const found = seed.services.find((item) => item.id === id);
    assert.ok(found, `service ${id}`);
    return found;
  };

  test('has 13 agencies, each with services and counters', () => {
    assert.equal(seed.agencies.length, 13);
    for (const agency of seed.agencies) {
      assert.ok(servicesOf(agency.id).length > 0, `${agency.id} has services`);
      assert.ok(
        seed.counters.some((counter) => counter.agencyId === agency.id),
        `${agency.id} has a counter`,
      );
    }
    assert.ok(seed.services.length >= 45 && seed.services.length <= 60, `${seed.services.length} services`);
    assert.deepEqual(seed.counters.filter((counter) => counter.agencyId === 'dukcapil').length, 4);
  });

  test('charges what the tariffs say', () => {
    assert.deepEqual(service('paspor-biasa').cost, { kind: 'fixed', amount: 350_000 });
    assert.deepEqual(service('paspor-elektronik').cost, { kind: 'fixed', amount: 650_000 });
    assert.deepEqual(service('skck').cost, { kind: 'fixed', amount: 30_000 });
    assert.deepEqual(service('nib-oss').cost, { kind: 'free' });
    assert.equal(service('pkb-tahunan').cost.kind, 'variable');
  });

  test('keeps every civil-registry document free', () => {
    const civil = servicesOf('dukcapil');
    assert.ok(civil.length >= 8);
    for (const item of civil) assert.deepEqual(item.cost, { kind: 'free' }, item.id);
  });

  test('opens Monday to Friday with the Friday-prayer break, closed at the weekend', () => {
    const [monday, , , , friday, saturday, sunday] = seed.site.openingHours;
    assert.deepEqual(
      [monday?.open, monday?.close, monday?.breaks[0]?.start, monday?.breaks[0]?.end],
      ['08:00', '15:00', '12:00', '13:00'],
    );
    assert.deepEqual([friday?.breaks[0]?.start, friday?.breaks[0]?.end], ['11:00', '13:00']);
    assert.deepEqual([saturday?.open, sunday?.open], [null, null]);
    assert.equal(seed.site.timeZone, 'Asia/Jakarta');
  });

  test('closes on the 2026 holidays and collective leave', () => {
    const kindOf = (date: string) => seed.site.holidays.find((holiday) => holiday.date === date)?.kind;
    assert.equal(kindOf('2026-03-21'), 'national');
    assert.equal(kindOf('2026-03-23'), 'collective-leave');
    assert.equal(kindOf('2026-08-17'), 'national');
    assert.equal(kindOf('2026-12-24'), 'collective-leave');
    assert.equal(kindOf('2026-03-25'), undefined);
  });

  test('books passports, KTP-el, birth certificates, SKCK and land advice ahead', () => {
    for (const id of ['paspor-biasa', 'ktp-el', 'akta-kelahiran', 'skck', 'konsultasi-pertanahan']) {
      const item = service(id);
      assert.ok(item.booking, `${id} is bookable`);
      assert.ok(
        item.channels.some(
          (channel) => channel.kind === 'booking' && channel.slotMinutes === item.booking?.slotMinutes,
        ),
      );
    }
    assert.equal(service('paspor-biasa').dailyQuota, 40);
  });

  test('imports a history since the opening in September 2023 of 26,203 visitors, Dispendukcapil, DPMPTSP, Samsat, Imigrasi busiest', () => {
    assert.deepEqual(
      seed.history.map((entry) => entry.agencyId),
      seed.agencies.map((agency) => agency.id),
    );
    const totals = seed.history.map((entry) => ({
      agencyId: entry.agencyId,
      visitors: entry.monthlyVisitors.reduce((sum, visitors) => sum + visitors, 0),
    }));
    assert.equal(
      totals.reduce((sum, total) => sum + total.visitors, 0),
      26_203,
    );
    const ranked = [...totals].sort((a, b) => b.visitors - a.visitors).map((total) => total.agencyId);
    assert.deepEqual(ranked.slice(0, 4), ['dukcapil', 'dpmptsp', 'samsat', 'imigrasi']);
    // 2023-09 (the opening) through 2026-11: 39 months each.
    for (const entry of seed.history) {
      assert.equal(entry.firstMonth, '2023-09', entry.agencyId);
      assert.equal(entry.monthlyVisitors.length, 39, entry.agencyId);
    }
    // The MPP filled over its first year: its first month had fewer visitors than its last.
    const month = (index: number) => seed.history.reduce((sum, entry) => sum + (entry.monthlyVisitors[index] ?? 0), 0);
    assert.ok(month(0) * 2 < month(38), `${month(0)} then ${month(38)}`);
  });

  test('has no history unless the file gives one', () => {
    const { history: _history, ...json } = raw();
    assert.deepEqual(parseSeed(json).history, []);
  });

  test('fits the API schemas it is served through', () => {
    assert.equal(SiteSchema.safeParse(seed.site).success, true);
    for (const item of seed.services) assert.equal(ServiceSchema.safeParse(item).success, true, item.id);
  });

  test('applies default settings when the file leaves them out', () => {
    const { settings: _settings, ...json } = raw();
    assert.deepEqual(parseSeed(json).settings, {
      recallLimit: 3,
      idempotencyRetentionHours: 24,
      streamReplayMinutes: 10,
    });
  });

  test('returns a fresh copy on each call', () => {
    const first = kediriSeed();
    first.services.length = 0;
    assert.ok(kediriSeed().services.length > 0);
  });
});

describe('a broken seed', () => {
  test('names an unknown agency', () => {
    const json = raw();
    at(json.services, 3).agencyId = 'dispenduk';
    const issues = issuesOf(json);
    assert.ok(
      issues.includes('services[3].agencyId: instansi "dispenduk" tidak dikenal / unknown agency "dispenduk"'),
      issues.join('\n'),
    );
  });

  test('names a duplicate queue prefix', () => {
    const json = raw();
    at(json.services, 1).queuePrefix = at(json.services, 0).queuePrefix;
    assert.deepEqual(issuesOf(json), [
      'services[1].queuePrefix: prefiks antrean "A" ganda (juga di services[0]) / duplicate queue prefix "A" (also at services[0])',
    ]);
  });

  test('names a wrong type and a missing field', () => {
    const json = raw();
    Object.assign(at(json.services, 0), { averageServiceMinutes: '10' });
    const { category: _category, ...uncategorised } = at(json.services, 2);
    json.services[2] = uncategorised as (typeof json.services)[number];
    assert.deepEqual(issuesOf(json), [
      'services[0].averageServiceMinutes: harus angka, bukan teks / expected a number, got a string',
      'services[2].category: wajib diisi / required',
    ]);
  });

  test('names an unknown field instead of dropping it', () => {
    const json = raw();
    Object.assign(at(json.agencies, 0), { shortname: 'Dukcapil' });
    Object.assign(at(at(json.services, 0).requirements, 0), { catatan: 'typo' });
    assert.deepEqual(issuesOf(json), [
      'agencies[0].shortname: kolom tidak dikenal / unknown field',
      'services[0].requirements[0].catatan: kolom tidak dikenal / unknown field',
    ]);
  });

  test('names a history of an unknown agency, a second entry of one agency, and a wrong month', () => {
    const json = raw();
    const history = json.history ?? [];
    at(history, 1).agencyId = 'dispenduk';
    at(history, 3).agencyId = 'dukcapil';
    at(history, 2).firstMonth = '2023-13';
    const issues = issuesOf(json);
    assert.ok(
      issues.includes('history[1].agencyId: instansi "dispenduk" tidak dikenal / unknown agency "dispenduk"'),
      issues.join('\n'),
    );
    assert.ok(
      issues.some((issue) => issue.startsWith('history[3].agencyId:')),
      issues.join('\n'),
    );
    assert.ok(
      issues.some((issue) => issue.startsWith('history[2].firstMonth:')),
      issues.join('\n'),
    );
  });

  test('names a missing weekday', () => {
    const json = raw();
    json.site.openingHours.pop();
    assert.deepEqual(issuesOf(json), ['site.openingHours: hari 7 (Minggu) tidak ada / weekday 7 (Sunday) is missing']);
  });

  test('lists the problems in the error message, Indonesian first', () => {
    const json = raw();
    Object.assign(json, { version: 2 });
    assert.throws(
      () => parseSeed(json, 'my-regency.json'),
      (error: unknown) => {
        assert.ok(error instanceof SeedError);
        assert.equal(error.name, 'SeedError');
        assert.equal(
          error.message,
          'Seed tidak valid / invalid seed (my-regency.json):\n  - version: harus 1 / must be 1',
        );
        return true;
      },
    );
  });

  test('reports malformed JSON as a seed error', () => {
    assert.throws(
      () => parseSeedText('{ "version": 1,', 'my-regency.json'),
      (error: unknown) => {
        assert.ok(error instanceof SeedError);
        assert.equal(error.issues.length, 1);
        assert.match(error.issues[0] ?? '', /^seed: JSON tidak valid \/ invalid JSON \(/);
        return true;
      },
    );
    assert.equal(parseSeedText(JSON.stringify(kediri)).agencies.length, 13);
  });
});
