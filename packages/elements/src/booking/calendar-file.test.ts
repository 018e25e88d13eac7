// The booking's .ics file, read back with ical.js (a well-kept iCalendar
// parser used by Thunderbird), as a calendar app would read it.
import { expect, waitUntil } from '@open-wc/testing';
import ICAL from 'ical.js';
import {
  bookingCalendarFile,
  calendarDescription,
  calendarFileName,
  downloadCalendarFile,
  escapeText,
  foldLine,
  type BookingCalendarEvent,
} from './calendar-file.js';
import { slotPickerStringsId } from './i18n/id.js';

const NOW = new Date('2026-03-02T02:15:00Z');

const booking: BookingCalendarEvent = {
  code: 'KDR-7QX4M2',
  slotStart: '2026-03-03T09:00:00+07:00',
  slotEnd: '2026-03-03T09:30:00+07:00',
  title: 'Jadwal layanan: Perekaman KTP-el',
  location: 'Mal Pelayanan Publik Kota Kediri, Dhoho Plaza Lantai 2, Jl. Basuki Rahmat; Loket 1–2',
  description: 'Kode booking: KDR-7QX4M2\n\nPersyaratan yang perlu dibawa:\n- Kartu Keluarga (asli, fotokopi)',
  url: 'https://mpp.kedirikota.go.id/kelola/#kode=KDR-7QX4M2&rahasia=abc',
};

/** The VEVENT of a calendar file, parsed. */
function eventOf(text: string): ICAL.Event {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  // The zone inside the file is what a calendar app uses: register it as they do.
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return new ICAL.Event(vevent);
}

/** The octets of every line (without CRLF). */
const lineOctets = (text: string): number[] =>
  text
    .split('\r\n')
    .slice(0, -1)
    .map((line) => new TextEncoder().encode(line).length);

describe('bookingCalendarFile', () => {
  it('is a VCALENDAR with one published event, CRLF line breaks and the booking code as UID', () => {
    const text = bookingCalendarFile(booking, NOW);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).to.equal(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).to.not.match(/[\r\n]/);
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    expect(calendar.getFirstPropertyValue('method')).to.equal('PUBLISH');
    expect(calendar.getFirstPropertyValue('calscale')).to.equal('GREGORIAN');
    const event = eventOf(text);
    expect(event.uid).to.equal('KDR-7QX4M2@mpp-kit');
    expect(event.summary).to.equal(booking.title);
    expect(event.location).to.equal(booking.location);
    expect(event.description).to.equal(booking.description);
    expect(event.component.getFirstPropertyValue('url')).to.equal(booking.url);
    expect(String(event.component.getFirstPropertyValue('dtstamp'))).to.equal('2026-03-02T02:15:00Z');
    expect(text).to.include('\r\nDTSTAMP:20260302T021500Z\r\n');
  });

  for (const [zone, offset] of [
    ['Asia/Jakarta', '+07:00'],
    ['Asia/Makassar', '+08:00'],
    ['Asia/Jayapura', '+09:00'],
  ] as const) {
    it(`starts and ends at the slot's instants in ${zone}, with its TZID and VTIMEZONE`, () => {
      const event = eventOf(
        bookingCalendarFile(
          { ...booking, slotStart: `2026-03-03T09:00:00${offset}`, slotEnd: `2026-03-03T10:00:00${offset}` },
          NOW,
        ),
      );
      expect(event.startDate.zone.tzid).to.equal(zone);
      expect(event.startDate.toString()).to.equal('2026-03-03T09:00:00');
      expect(event.startDate.toJSDate().toISOString()).to.equal(new Date(`2026-03-03T09:00:00${offset}`).toISOString());
      expect(event.endDate.toJSDate().toISOString()).to.equal(new Date(`2026-03-03T10:00:00${offset}`).toISOString());
    });
  }

  it('writes a slot given in UTC in the site zone it is told', () => {
    const text = bookingCalendarFile(
      { ...booking, slotStart: '2026-03-03T00:00:00Z', slotEnd: '2026-03-03T00:30:00Z', timeZone: 'Asia/Jayapura' },
      NOW,
    );
    expect(text).to.include('\r\nDTSTART;TZID=Asia/Jayapura:20260303T090000\r\n');
    expect(eventOf(text).startDate.toJSDate().toISOString()).to.equal('2026-03-03T00:00:00.000Z');
  });

  it('writes an offset outside Indonesia in UTC', () => {
    const text = bookingCalendarFile(
      { ...booking, slotStart: '2026-03-03T09:00:00+01:00', slotEnd: '2026-03-03T10:00:00+01:00' },
      NOW,
    );
    expect(text).to.not.include('VTIMEZONE');
    expect(text).to.include('\r\nDTSTART:20260303T080000Z\r\n');
    expect(eventOf(text).startDate.toJSDate().toISOString()).to.equal('2026-03-03T08:00:00.000Z');
  });

  it('escapes backslashes, semicolons, commas and line breaks, and they come back unchanged', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).to.equal('a\\\\b\\;c\\,d\\ne\\nf');
    const tricky = 'Bawa: KTP-el, KK; akta\\surat\nSelesai ±30 menit, "tanpa biaya"\r\nLantai 2';
    const event = eventOf(
      bookingCalendarFile({ ...booking, title: tricky, location: tricky, description: tricky }, NOW),
    );
    const normalised = tricky.replace(/\r\n/g, '\n');
    expect(event.summary).to.equal(normalised);
    expect(event.location).to.equal(normalised);
    expect(event.description).to.equal(normalised);
  });

  it('folds every line at 75 octets without splitting a character, and unfolds to the same text', () => {
    const long = `${'Persyaratan: Kartu Keluarga asli dan fotokopi, surat pengantar RT/RW; '.repeat(4)}é ü 日本語 🇮🇩 ${'ñ'.repeat(80)} ${'😀'.repeat(40)}`;
    const text = bookingCalendarFile({ ...booking, description: long, location: long }, NOW);
    for (const octets of lineOctets(text)) expect(octets).to.be.at.most(75);
    // Continuation lines start with one space; no line holds half a UTF-8 sequence (decoding is lossless).
    expect(text).to.not.include('\uFFFD');
    const event = eventOf(text);
    expect(event.description).to.equal(long);
    expect(event.location).to.equal(long);
  });

  it('folds exactly at the limit', () => {
    expect(foldLine('x'.repeat(75))).to.equal('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).to.equal(`${'x'.repeat(75)}\r\n x`);
    // A two-octet character that would straddle the 75th octet moves to the next line whole.
    expect(foldLine(`${'x'.repeat(74)}é`)).to.equal(`${'x'.repeat(74)}\r\n é`);
    for (const octets of lineOctets(`${foldLine('日'.repeat(100))}\r\n`)) expect(octets).to.be.at.most(75);
  });

  it('describes the booking in the visitor language: code, requirements, manage link', () => {
    expect(
      calendarDescription(slotPickerStringsId, {
        code: 'KDR-7QX4M2',
        requirements: ['KTP-el asli', 'Kartu Keluarga'],
        manageUrl: 'https://mpp.example/kelola/#kode=KDR-7QX4M2&rahasia=x',
      }),
    ).to.equal(
      'Kode booking: KDR-7QX4M2\n\nPersyaratan yang perlu dibawa:\n- KTP-el asli\n- Kartu Keluarga\n\nUbah atau batalkan: https://mpp.example/kelola/#kode=KDR-7QX4M2&rahasia=x',
    );
    expect(calendarDescription(slotPickerStringsId, { code: 'A' })).to.equal('Kode booking: A');
  });
});

describe('downloadCalendarFile', () => {
  it('saves <code>.ics from a text/calendar Blob URL made on the click, then revokes it', async () => {
    const made: { url: string; blob: Blob }[] = [];
    const revoked: string[] = [];
    const clicked: { href: string; download: string; connected: boolean }[] = [];
    const create = URL.createObjectURL.bind(URL);
    const revoke = URL.revokeObjectURL.bind(URL);
    // Keeps the test page from downloading, after noting what would be saved.
    const stopDownload = (event: Event): void => {
      const link = event.target as HTMLAnchorElement;
      clicked.push({ href: link.href, download: link.download, connected: link.isConnected });
      event.preventDefault();
    };
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      const url = create(blob);
      made.push({ url, blob: blob as Blob });
      return url;
    };
    URL.revokeObjectURL = (url: string) => {
      revoked.push(url);
      revoke(url);
    };
    document.addEventListener('click', stopDownload, { capture: true });
    try {
      // Revoked at once rather than a minute later.
      downloadCalendarFile(booking, { now: NOW, revokeAfterMs: 0 });
      await waitUntil(() => revoked.length === 1, 'the Blob URL is revoked');
    } finally {
      document.removeEventListener('click', stopDownload, { capture: true });
      URL.createObjectURL = create;
      URL.revokeObjectURL = revoke;
    }
    expect(made).to.have.length(1);
    expect(clicked).to.deep.equal([{ href: made[0]?.url, download: 'KDR-7QX4M2.ics', connected: true }]);
    expect(made[0]?.url.startsWith('blob:')).to.equal(true);
    expect(made[0]?.blob.type).to.equal('text/calendar;charset=utf-8');
    expect(eventOf((await made[0]?.blob.text()) ?? '').uid).to.equal('KDR-7QX4M2@mpp-kit');
    expect(revoked).to.deep.equal([made[0]?.url]);
    expect(document.querySelectorAll('a[download]')).to.have.length(0);
    expect(calendarFileName('KDR/7Q X4')).to.equal('KDR-7Q-X4.ics');
  });
});
