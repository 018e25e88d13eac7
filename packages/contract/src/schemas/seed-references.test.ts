import { expect } from '@open-wc/testing';
import { at, closed, issuesAfter, open, pause } from '../test-support/seed-drafts.js';

describe('seed cross-references', () => {
  it('needs every agency a service or counter names', () => {
    expect(
      issuesAfter((seed) => {
        at(seed.services, 2).agencyId = 'distan';
        at(seed.counters, 1).agencyId = 'distan';
      }),
    ).to.deep.equal([
      'services[2].agencyId: instansi "distan" tidak dikenal / unknown agency "distan"',
      'counters[1].agencyId: instansi "distan" tidak dikenal / unknown agency "distan"',
    ]);
  });

  it('keeps a counter to its own agency’s services', () => {
    expect(
      issuesAfter((seed) => {
        at(seed.counters, 1).serviceIds.push('kk');
        at(seed.services, 1).counterIds.push('loket-2');
      }),
    ).to.deep.equal([
      'counters[1].serviceIds[1]: layanan "kk" milik instansi "dukcapil", bukan "pertanian" / service "kk" belongs to agency "dukcapil", not "pertanian"',
    ]);
  });

  it('keeps counterIds and serviceIds in step, both ways', () => {
    expect(
      issuesAfter((seed) => {
        at(seed.services, 1).counterIds = ['loket-9'];
      }),
    ).to.deep.equal([
      'services[1].counterIds[0]: loket "loket-9" tidak dikenal / unknown counter "loket-9"',
      'counters[0].serviceIds[1]: layanan "kk" tidak mencantumkan loket "loket-1" di counterIds / service "kk" does not list counter "loket-1" in its counterIds',
    ]);
    expect(
      issuesAfter((seed) => {
        at(seed.counters, 0).serviceIds = ['ktp-el', 'ktp'];
      }),
    ).to.deep.equal([
      'services[1].counterIds[0]: loket "loket-1" tidak mencantumkan layanan "kk" di serviceIds / counter "loket-1" does not list service "kk" in its serviceIds',
      'counters[0].serviceIds[1]: layanan "ktp" tidak dikenal / unknown service "ktp"',
    ]);
  });

  it('needs a counter for a service people queue or book for', () => {
    expect(
      issuesAfter((seed) => {
        at(seed.services, 2).counterIds = [];
        at(seed.counters, 1).serviceIds = [];
      }),
    ).to.deep.equal([
      'services[2].counterIds: layanan antrean/booking perlu minimal satu loket / a queue or booking service needs at least one counter',
    ]);
  });

  it('rejects duplicate ids, queue prefixes, counter names and holiday dates', () => {
    expect(
      issuesAfter((seed) => {
        seed.agencies.push({ ...at(seed.agencies, 0) });
        at(seed.services, 2).queuePrefix = 'A';
        at(seed.counters, 1).name = 'Loket 1';
        seed.site.holidays.push({ ...at(seed.site.holidays, 0) });
        seed.site.facilities.push({ ...at(seed.site.facilities, 0) });
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
        at(seed.services, 1).id = 'ktp-el';
      }).at(0),
    ).to.equal('services[1].id: id "ktp-el" ganda (juga di services[0]) / duplicate id "ktp-el" (also at services[0])');
  });

  it('ties the booking configuration to the booking channel', () => {
    expect(
      issuesAfter((seed) => {
        at(seed.services, 0).booking = null;
      }),
    ).to.deep.equal([
      'services[0].booking: kanal booking ada, tetapi konfigurasi booking null / has a booking channel but booking is null',
    ]);
    expect(
      issuesAfter((seed) => {
        at(seed.services, 0).channels = [{ kind: 'queue' }];
      }),
    ).to.deep.equal([
      'services[0].booking: konfigurasi booking ada, tetapi tidak ada kanal booking / has a booking config but no booking channel',
    ]);
    expect(
      issuesAfter((seed) => {
        at(seed.services, 0).channels[1] = { kind: 'booking', slotMinutes: 15 };
      }),
    ).to.deep.equal([
      "services[0].booking.slotMinutes: harus sama dengan slotMinutes kanal booking (15) / must equal the booking channel's slotMinutes (15)",
    ]);
    expect(
      issuesAfter((seed) => {
        at(seed.services, 0).channels = [{ kind: 'booking', slotMinutes: 30 }];
      }),
    ).to.deep.equal([
      'services[0].booking.walkInCapacity: kuota walk-in perlu kanal antrean (queue) / walk-in places need a queue channel',
    ]);
    expect(
      issuesAfter((seed) => {
        at(seed.services, 1).channels.push({ kind: 'queue' });
      }),
    ).to.deep.equal([
      'services[1].channels[1].kind: kanal "queue" ganda (juga di services[1].channels[0]) / duplicate channel "queue" (also at services[1].channels[0])',
    ]);
  });
});

describe('seed opening hours', () => {
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
    expect(
      issuesAfter((seed) => {
        const week = seed.site.openingHours;
        week[0] = open(1, [pause('14:00', '16:00')]);
        week[1] = open(2, [pause('12:00', '13:00'), pause('12:30', '13:30')]);
        week[2] = open(3, [pause('13:00', '12:00')]);
        week[5] = { ...closed(6), breaks: [pause('12:00', '13:00')] };
        week[6] = { ...closed(7), open: '08:00' };
        week[3] = { ...open(4), close: '07:00' };
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
