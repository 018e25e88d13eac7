import { expect } from '@open-wc/testing';
import { at, issuesAfter, validSeed } from '../test-support/seed-drafts.js';
import { AgencySchema, type Agency } from './agency.js';
import { CounterSchema, type Counter } from './counter.js';
import { CostSchema, ServiceSchema, type Service } from './service.js';
import { SiteSchema, type Site } from './site.js';
import { SeedSchema, type Seed } from './seed.js';

/** The parts of a seed the server serves; the annotations make tsc prove they fit the API's types. */
function served(seed: Seed): {
  site: Site;
  services: Service[];
  agencies: Omit<Agency, 'serviceCount'>[];
  counters: Omit<Counter, 'status'>[];
} {
  return { site: seed.site, services: seed.services, agencies: seed.agencies, counters: seed.counters };
}

describe('SeedSchema', () => {
  it('accepts a valid seed and fills in default settings', () => {
    const seed = SeedSchema.parse(validSeed());
    expect(seed.settings).to.deep.equal({ recallLimit: 3, idempotencyRetentionHours: 24, streamReplayMinutes: 10 });
    expect(seed.services.map((item) => item.id)).to.deep.equal(['ktp-el', 'kk', 'kartu-tani']);
  });

  it('keeps settings that are given and checks their range', () => {
    const seed = SeedSchema.parse({ ...validSeed(), settings: { recallLimit: 5 } });
    expect(seed.settings.recallLimit).to.equal(5);
    expect(seed.settings.streamReplayMinutes).to.equal(10);
    expect(
      issuesAfter((draft) => {
        draft.settings = { streamReplayMinutes: 1 };
      }),
    ).to.deep.equal(['settings.streamReplayMinutes: minimal 5 / must be at least 5']);
  });

  it('serves what the API schemas accept', () => {
    const seed = served(SeedSchema.parse(validSeed()));
    expect(SiteSchema.safeParse(seed.site).success).to.equal(true);
    for (const item of seed.services) expect(ServiceSchema.safeParse(item).success, item.id).to.equal(true);
    for (const agency of seed.agencies)
      expect(AgencySchema.safeParse({ ...agency, serviceCount: 1 }).success).to.equal(true);
    for (const counter of seed.counters)
      expect(CounterSchema.safeParse({ ...counter, status: 'open' }).success).to.equal(true);
  });

  it('covers every field of the API objects it seeds', () => {
    const seedService = SeedSchema.shape.services._zod.def.element.shape;
    const seedAgency = SeedSchema.shape.agencies._zod.def.element.shape;
    const seedCounter = SeedSchema.shape.counters._zod.def.element.shape;
    expect(Object.keys(seedService)).to.include.members(Object.keys(ServiceSchema.shape));
    expect(Object.keys(seedAgency)).to.include.members(
      Object.keys(AgencySchema.shape).filter((key) => key !== 'serviceCount'),
    );
    expect(Object.keys(seedCounter)).to.include.members(
      Object.keys(CounterSchema.shape).filter((key) => key !== 'status'),
    );
    // `personalData` is the server's own setting (`--retention-days`), never the seed's.
    expect(Object.keys(SeedSchema.shape.site.shape)).to.have.members(
      Object.keys(SiteSchema.shape).filter((key) => key !== 'personalData'),
    );
  });
});

describe('SeedSchema strictness', () => {
  it('rejects unknown fields at any depth, one line per field', () => {
    expect(
      issuesAfter((seed) => {
        Object.assign(seed, { extra: true });
        Object.assign(seed.site.address, { kota: 'x' });
        Object.assign(at(seed.services, 0).name, { english: 'x' });
        Object.assign(at(seed.services, 1).cost, { amount: 0 });
        Object.assign(at(at(seed.services, 1).requirements, 0), { note2: 'x' });
      }),
    ).to.deep.equal([
      'site.address.kota: kolom tidak dikenal / unknown field',
      'services[0].name.english: kolom tidak dikenal / unknown field',
      'services[1].cost.amount: kolom tidak dikenal / unknown field',
      'services[1].requirements[0].note2: kolom tidak dikenal / unknown field',
      'extra: kolom tidak dikenal / unknown field',
    ]);
  });

  it('builds the cost, completion and channel kinds strict, where the API drops unknown keys', () => {
    const note = { id: 'Tergantung kasus', typo: 'x' };
    const [variable] = issuesAfter((seed) => {
      at(seed.services, 0).cost = { kind: 'variable', note };
    });
    expect(variable).to.equal('services[0].cost.note.typo: kolom tidak dikenal / unknown field');
    expect(CostSchema.parse({ kind: 'variable', note })).to.deep.equal({
      kind: 'variable',
      note: { id: 'Tergantung kasus' },
    });
    expect(
      issuesAfter((seed) => {
        Object.assign(at(seed.services, 1).completion, { days: 2 });
        Object.assign(at(at(seed.services, 1).channels, 0), { url: 'https://example.org' });
      }),
    ).to.deep.equal([
      'services[1].completion.days: kolom tidak dikenal / unknown field',
      'services[1].channels[0].url: kolom tidak dikenal / unknown field',
    ]);
  });

  it('rejects a computed or live field copied from the API', () => {
    expect(
      issuesAfter((seed) => {
        Object.assign(at(seed.agencies, 0), { serviceCount: 2 });
        Object.assign(at(seed.counters, 0), { status: 'open' });
      }),
    ).to.deep.equal([
      'agencies[0].serviceCount: kolom tidak dikenal / unknown field',
      'counters[0].status: kolom tidak dikenal / unknown field',
    ]);
  });

  it('describes wrong types, missing fields, bad values and unknown kinds', () => {
    expect(
      issuesAfter((seed) => {
        Object.assign(seed.site, { timeZone: 'Asia/Singapore' });
        Object.assign(at(seed.services, 0), { averageServiceMinutes: '10', dailyQuota: 0 });
        Object.assign(at(seed.services, 1), { cost: { kind: 'gratis' }, name: { id: '' } });
        Reflect.deleteProperty(at(seed.services, 2), 'keywords');
      }),
    ).to.deep.equal([
      'site.timeZone: Zona waktu tidak dikenal / unknown time zone',
      'services[0].dailyQuota: harus lebih dari 0 / must be greater than 0',
      'services[0].averageServiceMinutes: harus angka, bukan teks / expected a number, got a string',
      'services[1].name.id: tidak boleh kosong / must not be empty',
      'services[1].cost.kind: jenis tidak dikenal / unknown kind',
      'services[2].keywords: wajib diisi / required',
    ]);
  });

  it('keeps the contract’s own bilingual messages', () => {
    expect(
      issuesAfter((seed) => {
        at(seed.site.openingHours, 0).open = '8:00';
        at(seed.services, 0).cost = { kind: 'range', min: 50_000, max: 10_000 };
      }),
    ).to.deep.equal([
      'site.openingHours[0].open: Jam tidak valid (HH:MM) / invalid time (HH:MM)',
      'services[0].cost.max: min harus ≤ max / min must not exceed max',
    ]);
  });

  it('needs version 1', () => {
    expect(
      issuesAfter((seed) => {
        Object.assign(seed, { version: 2 });
      }),
    ).to.deep.equal(['version: harus 1 / must be 1']);
  });
});

describe('SeedSchema history', () => {
  it('takes monthly visitors per agency, and none by default', () => {
    expect(SeedSchema.parse(validSeed()).history).to.deep.equal([]);
    const history = [{ agencyId: 'dukcapil', firstMonth: '2023-01', monthlyVisitors: [120, 98, 0] }];
    expect(SeedSchema.parse({ ...validSeed(), history }).history).to.deep.equal(history);
  });

  it('names an unknown agency, a repeated one, a bad month and a negative count', () => {
    const lines = issuesAfter((seed) => {
      seed.history = [
        { agencyId: 'dukcapil', firstMonth: '2023-01', monthlyVisitors: [1] },
        { agencyId: 'dukcapil', firstMonth: '2024-01', monthlyVisitors: [2] },
        { agencyId: 'samsat', firstMonth: '2023-01', monthlyVisitors: [3] },
      ];
    });
    expect(lines.some((line) => line.startsWith('history[1].agencyId'))).to.equal(true, lines.join('\n'));
    expect(lines.some((line) => line.startsWith('history[2].agencyId') && line.includes('samsat'))).to.equal(
      true,
      lines.join('\n'),
    );
    expect(
      issuesAfter((seed) => {
        seed.history = [{ agencyId: 'dukcapil', firstMonth: '2023-13', monthlyVisitors: [-1] }];
      }),
    ).to.have.length(2);
  });
});
