import { expect } from '@open-wc/testing';
import { AgencySchema, type Agency } from './agency.js';
import { CounterSchema, type Counter } from './counter.js';
import { ServiceSchema, type Service } from './service.js';
import { SiteSchema, type Site } from './site.js';
import { formatSeedIssues, SeedSchema, type Seed, type SeedInput } from './seed.js';

/** The parts of a seed the server serves; the annotations make tsc prove they fit the API's types. */
function served(seed: Seed): {
  site: Site;
  services: Service[];
  agencies: Omit<Agency, 'serviceCount'>[];
  counters: Omit<Counter, 'status'>[];
} {
  return { site: seed.site, services: seed.services, agencies: seed.agencies, counters: seed.counters };
}

// Seed files are untyped JSON; so are the drafts the tests break on purpose.
type Json = any;

const open = (weekday: number, breaks: unknown[] = []): Json => ({ weekday, open: '08:00', close: '15:00', breaks });
const closed = (weekday: number): Json => ({ weekday, open: null, close: null, breaks: [] });
const friday = { start: '11:00', end: '13:00', label: { id: 'Istirahat salat Jumat', en: 'Friday prayer break' } };

/** A small valid seed: two agencies, three services, two counters. */
function validSeed(): Json {
  return {
    version: 1,
    site: {
      id: 'mpp-contoh',
      name: 'MPP Contoh',
      regency: 'Kabupaten Contoh',
      timeZone: 'Asia/Makassar',
      address: { street: 'Jl. Merdeka 1', city: 'Contoh', province: 'Sulawesi Selatan', postalCode: '90111' },
      openingHours: [open(1), open(2), open(3), open(4), open(5, [friday]), closed(6), closed(7)],
      facilities: [{ id: 'mushola', kind: 'prayer-room', name: { id: 'Mushola' } }],
      holidays: [{ date: '2026-08-17', name: { id: 'Hari Kemerdekaan' }, kind: 'national' }],
    },
    agencies: [
      { id: 'dukcapil', name: 'Dinas Kependudukan dan Pencatatan Sipil', shortName: 'Dukcapil' },
      { id: 'pertanian', name: 'Dinas Pertanian', shortName: 'Distan' },
    ],
    services: [
      service('ktp-el', 'dukcapil', 'A', ['loket-1'], {
        channels: [{ kind: 'queue' }, { kind: 'booking', slotMinutes: 30 }],
        booking: {
          slotMinutes: 30,
          onlineCapacity: 2,
          walkInCapacity: 2,
          horizonDays: 14,
          cancelUntilMinutesBefore: 60,
        },
      }),
      service('kk', 'dukcapil', 'B', ['loket-1']),
      service('kartu-tani', 'pertanian', 'T', ['loket-2']),
    ],
    counters: [
      { id: 'loket-1', name: 'Loket 1', agencyId: 'dukcapil', serviceIds: ['ktp-el', 'kk'] },
      { id: 'loket-2', name: 'Loket 2', agencyId: 'pertanian', serviceIds: ['kartu-tani'] },
    ],
  };
}

function service(id: string, agencyId: string, queuePrefix: string, counterIds: string[], extra: object = {}): Json {
  return {
    id,
    agencyId,
    name: { id: `Layanan ${id}` },
    category: 'umum',
    keywords: [id],
    cost: { kind: 'free' },
    completion: { kind: 'same-day' },
    channels: [{ kind: 'queue' }],
    requirements: [{ name: { id: 'KTP-el' }, form: 'original', quantity: 1, optional: false }],
    legalBasis: [],
    queuePrefix,
    counterIds,
    dailyQuota: null,
    averageServiceMinutes: 10,
    booking: null,
    ...extra,
  };
}

/** The issue lines after breaking a valid seed with `edit`. */
function issuesAfter(edit: (seed: Json) => void): string[] {
  const seed = validSeed();
  edit(seed);
  const result = SeedSchema.safeParse(seed, { reportInput: true });
  expect(result.success, 'the broken seed was accepted').to.equal(false);
  return formatSeedIssues(result.error?.issues ?? []);
}

describe('SeedSchema', () => {
  it('accepts a valid seed and fills in default settings', () => {
    const input: SeedInput = validSeed();
    const seed = SeedSchema.parse(input);
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
    expect(Object.keys(SeedSchema.shape.site.shape)).to.have.members(Object.keys(SiteSchema.shape));
  });
});

describe('SeedSchema strictness', () => {
  it('rejects unknown fields at any depth, one line per field', () => {
    expect(
      issuesAfter((seed) => {
        seed.extra = true;
        Object.assign(seed.site.address, { kota: 'x' });
        Object.assign(seed.services[0].name, { english: 'x' });
        Object.assign(seed.services[1].cost, { amount: 0 });
        Object.assign(seed.services[1].requirements[0], { note2: 'x' });
      }),
    ).to.deep.equal([
      'site.address.kota: kolom tidak dikenal / unknown field',
      'services[0].name.english: kolom tidak dikenal / unknown field',
      'services[1].cost.amount: kolom tidak dikenal / unknown field',
      'services[1].requirements[0].note2: kolom tidak dikenal / unknown field',
      'extra: kolom tidak dikenal / unknown field',
    ]);
  });

  it('rejects a computed or live field copied from the API', () => {
    expect(
      issuesAfter((seed) => {
        Object.assign(seed.agencies[0], { serviceCount: 2 });
        Object.assign(seed.counters[0], { status: 'open' });
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
        Object.assign(seed.services[0], { averageServiceMinutes: '10', dailyQuota: 0 });
        Object.assign(seed.services[1], { cost: { kind: 'gratis' }, name: { id: '' } });
        delete seed.services[2].keywords;
      }),
    ).to.deep.equal([
      'site.timeZone: harus salah satu dari "Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura" / must be one of "Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"',
      'services[0].dailyQuota: harus lebih dari 0 / must be greater than 0',
      'services[0].averageServiceMinutes: harus angka, bukan teks / expected a number, got a string',
      'services[1].name.id: tidak boleh kosong / must not be empty',
      'services[1].cost.kind: jenis tidak dikenal / unknown kind',
      'services[2].keywords: wajib diisi / required',
    ]);
  });

  it('keeps the contract’s own bilingual format messages', () => {
    expect(
      issuesAfter((seed) => {
        seed.site.openingHours[0].open = '8:00';
      }),
    ).to.deep.equal(['site.openingHours[0].open: Jam tidak valid (HH:MM) / invalid time (HH:MM)']);
  });

  it('needs version 1', () => {
    expect(
      issuesAfter((seed) => {
        seed.version = 2;
      }),
    ).to.deep.equal(['version: harus 1 / must be 1']);
  });
});

describe('SeedSchema cross-references', () => {
  it('needs every agency a service or counter names', () => {
    expect(
      issuesAfter((seed) => {
        seed.services[2].agencyId = 'distan';
        seed.counters[1].agencyId = 'distan';
      }),
    ).to.deep.equal([
      'services[2].agencyId: instansi "distan" tidak dikenal / unknown agency "distan"',
      'counters[1].agencyId: instansi "distan" tidak dikenal / unknown agency "distan"',
    ]);
  });

  it('keeps a counter to its own agency’s services', () => {
    expect(
      issuesAfter((seed) => {
        seed.counters[1].serviceIds.push('kk');
        seed.services[1].counterIds.push('loket-2');
      }),
    ).to.deep.equal([
      'counters[1].serviceIds[1]: layanan "kk" milik instansi "dukcapil", bukan "pertanian" / service "kk" belongs to agency "dukcapil", not "pertanian"',
    ]);
  });

  it('keeps counterIds and serviceIds in step, both ways', () => {
    expect(
      issuesAfter((seed) => {
        seed.services[1].counterIds = ['loket-9'];
      }),
    ).to.deep.equal([
      'services[1].counterIds[0]: loket "loket-9" tidak dikenal / unknown counter "loket-9"',
      'counters[0].serviceIds[1]: layanan "kk" tidak mencantumkan loket "loket-1" di counterIds / service "kk" does not list counter "loket-1" in its counterIds',
    ]);
    expect(
      issuesAfter((seed) => {
        seed.counters[0].serviceIds = ['ktp-el', 'ktp'];
      }),
    ).to.deep.equal([
      'services[1].counterIds[0]: loket "loket-1" tidak mencantumkan layanan "kk" di serviceIds / counter "loket-1" does not list service "kk" in its serviceIds',
      'counters[0].serviceIds[1]: layanan "ktp" tidak dikenal / unknown service "ktp"',
    ]);
  });

  it('needs a counter for a service people queue or book for', () => {
    expect(
      issuesAfter((seed) => {
        seed.services[2].counterIds = [];
        seed.counters[1].serviceIds = [];
      }),
    ).to.deep.equal([
      'services[2].counterIds: layanan antrean/booking perlu minimal satu loket / a queue or booking service needs at least one counter',
    ]);
  });

  it('rejects duplicate ids, queue prefixes, counter names and holiday dates', () => {
    expect(
      issuesAfter((seed) => {
        seed.agencies.push({ ...seed.agencies[0] });
        seed.services[2].queuePrefix = 'A';
        seed.counters[1].name = 'Loket 1';
        seed.site.holidays.push({ ...seed.site.holidays[0] });
        seed.site.facilities.push({ ...seed.site.facilities[0] });
      }),
    ).to.deep.equal([
      'site.facilities[1].id: id "mushola" ganda (juga di site.facilities[0]) / duplicate id "mushola" (also at site.facilities[0])',
      'site.holidays[1].date: tanggal libur "2026-08-17" ganda (juga di site.holidays[0]) / duplicate holiday date "2026-08-17" (also at site.holidays[0])',
      'agencies[2].id: id "dukcapil" ganda (juga di agencies[0]) / duplicate id "dukcapil" (also at agencies[0])',
      'services[2].queuePrefix: prefiks antrean "A" ganda (juga di services[0]) / duplicate queue prefix "A" (also at services[0])',
      'counters[1].name: nama loket "Loket 1" ganda (juga di counters[0]) / duplicate counter name "Loket 1" (also at counters[0])',
    ]);
    expect(
      issuesAfter((seed) => {
        seed.services[1].id = 'ktp-el';
      }).at(0),
    ).to.equal('services[1].id: id "ktp-el" ganda (juga di services[0]) / duplicate id "ktp-el" (also at services[0])');
  });

  it('ties the booking configuration to the booking channel', () => {
    expect(
      issuesAfter((seed) => {
        seed.services[0].booking = null;
      }),
    ).to.deep.equal([
      'services[0].booking: kanal booking ada, tetapi konfigurasi booking null / has a booking channel but booking is null',
    ]);
    expect(
      issuesAfter((seed) => {
        seed.services[0].channels = [{ kind: 'queue' }];
      }),
    ).to.deep.equal([
      'services[0].booking: konfigurasi booking ada, tetapi tidak ada kanal booking / has a booking config but no booking channel',
    ]);
    expect(
      issuesAfter((seed) => {
        seed.services[0].channels[1] = { kind: 'booking', slotMinutes: 15 };
      }),
    ).to.deep.equal([
      "services[0].booking.slotMinutes: harus sama dengan slotMinutes kanal booking (15) / must equal the booking channel's slotMinutes (15)",
    ]);
    expect(
      issuesAfter((seed) => {
        seed.services[0].channels = [{ kind: 'booking', slotMinutes: 30 }];
      }),
    ).to.deep.equal([
      'services[0].booking.walkInCapacity: kuota walk-in perlu kanal antrean (queue) / walk-in places need a queue channel',
    ]);
    expect(
      issuesAfter((seed) => {
        seed.services[1].channels.push({ kind: 'queue' });
      }),
    ).to.deep.equal([
      'services[1].channels[1].kind: kanal "queue" ganda (juga di services[1].channels[0]) / duplicate channel "queue" (also at services[1].channels[0])',
    ]);
  });
});

describe('SeedSchema opening hours', () => {
  it('needs the seven ISO weekdays, Monday first', () => {
    expect(
      issuesAfter((seed) => {
        seed.site.openingHours.splice(5, 1);
      }),
    ).to.deep.equal([
      'site.openingHours[5].weekday: harus 6 (Sabtu); urutkan Senin (1) sampai Minggu (7) / expected 6 (Saturday); list Monday (1) to Sunday (7)',
      'site.openingHours: hari 6 (Sabtu) tidak ada / weekday 6 (Saturday) is missing',
    ]);
    expect(
      issuesAfter((seed) => {
        seed.site.openingHours.push(closed(7));
      }),
    ).to.deep.equal(['site.openingHours: harus tepat 7 hari, ada 8 / expected exactly 7 days, got 8']);
  });

  it('keeps breaks inside opening hours, in order, and off closed days', () => {
    const lunch = (start: string, end: string) => ({ start, end, label: { id: 'Istirahat' } });
    expect(
      issuesAfter((seed) => {
        seed.site.openingHours[0] = open(1, [lunch('14:00', '16:00')]);
        seed.site.openingHours[1] = open(2, [lunch('12:00', '13:00'), lunch('12:30', '13:30')]);
        seed.site.openingHours[2] = open(3, [lunch('13:00', '12:00')]);
        seed.site.openingHours[5] = { ...closed(6), breaks: [lunch('12:00', '13:00')] };
        seed.site.openingHours[6] = { ...closed(7), open: '08:00' };
        seed.site.openingHours[3] = { ...open(4), close: '07:00' };
      }),
    ).to.deep.equal([
      'site.openingHours[0].breaks[0]: istirahat 14:00-16:00 harus di dalam jam buka 08:00-15:00 / break 14:00-16:00 must lie inside opening hours 08:00-15:00',
      'site.openingHours[1].breaks[1].start: istirahat tumpang tindih atau tidak berurutan / breaks overlap or are out of order',
      'site.openingHours[2].breaks[0].end: istirahat harus berakhir setelah 13:00 / break must end after 13:00',
      'site.openingHours[3].close: jam tutup 07:00 harus setelah jam buka 08:00 / close 07:00 must be after open 08:00',
      'site.openingHours[5].breaks: hari tutup tidak punya jam istirahat / a closed day has no breaks',
      'site.openingHours[6].close: isi jam buka dan tutup, atau keduanya null / set both open and close, or both null',
    ]);
  });
});

describe('formatSeedIssues', () => {
  it('writes paths with brackets and quotes odd keys', () => {
    expect(
      formatSeedIssues([{ code: 'custom', message: 'a / b', path: ['services', 3, 'agencyId'], input: undefined }]),
    ).to.deep.equal(['services[3].agencyId: a / b']);
    expect(formatSeedIssues([{ code: 'custom', message: 'a / b', path: [], input: undefined }])).to.deep.equal([
      'seed: a / b',
    ]);
    expect(
      formatSeedIssues([
        { code: 'unrecognized_keys', keys: ['$schema', 'my key'], message: 'Invalid input', path: ['site'], input: {} },
      ]),
    ).to.deep.equal([
      'site.$schema: kolom tidak dikenal / unknown field',
      'site["my key"]: kolom tidak dikenal / unknown field',
    ]);
  });

  it('says "expected" without the input when parsing did not report it', () => {
    const result = SeedSchema.safeParse({ ...validSeed(), version: '1', agencies: 'none' });
    expect(formatSeedIssues(result.error?.issues ?? [])).to.deep.equal([
      'version: harus 1 / must be 1',
      'agencies: harus daftar (array) / expected an array',
    ]);
  });
});
