// <mpp-booking-form> against a fresh in-browser reference server per test (the
// Kota Kediri seed, its clock running from an open Monday morning, 2 March 2026
// 09:00 WIB), imported through its public define module as a portal would.
import '@mpp-kit/elements/booking-form/define.js';
import { BookingFormHarness } from '@mpp-kit/elements/testing.js';
import { errorStatus } from '@mpp-kit/contract';
import type { BrowserServer } from '@mpp-kit/server/browser';
import type { FetchLike, MppClient } from '@mpp-kit/sdk';
import { expect, fixtureSync, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { html } from 'lit';
import { nikSample } from '../../../contract/src/test-support/arbitraries.js';
import type { MppEvent } from '../index.js';
import { decodeQrSvg } from '../test-support/qr.js';
import { queueClient, queueServer, switchableFetch } from '../test-support/server.js';
import type { MppBookingForm } from './booking-form.js';

const NIK = '3571014507950003';
const PHONE = '0812-3456-7890';
const NAME = 'Siti Aminah';
const APPLICANT = { name: NAME, nik: NIK, phone: PHONE, email: 'siti@example.id' };

/** A `<mpp-booking-form>` over `client`, settled. */
async function formFor(
  client: MppClient,
  attributes: { service?: string; lang?: string; date?: string; manageUrl?: string } = {},
): Promise<BookingFormHarness> {
  const element = fixtureSync<MppBookingForm>(
    html`<mpp-booking-form
      .client=${client}
      service=${attributes.service ?? ''}
      date=${attributes.date ?? ''}
      manage-url=${attributes.manageUrl ?? ''}
      lang=${attributes.lang ?? 'id'}
    ></mpp-booking-form>`,
  );
  const harness = new BookingFormHarness(element);
  await harness.settled();
  return harness;
}

/** Active bookings the server holds for a service. */
function bookingsOf(server: BrowserServer, serviceId: string): Promise<number> {
  return server.store.countBookings({ serviceId, statuses: ['confirmed'] });
}

/** A fetch that reaches `server` and counts the booking requests and their keys. */
function countingFetch(server: BrowserServer): { fetch: FetchLike; keys: (string | null)[] } {
  const keys: (string | null)[] = [];
  return {
    keys,
    fetch: (request) => {
      if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/v1/bookings'))
        keys.push(request.headers.get('Idempotency-Key'));
      return server.fetch(request);
    },
  };
}

/** Goes from the date step to the review with the first free time of the preselected day. */
async function toReview(form: BookingFormHarness, time?: string): Promise<void> {
  await form.next();
  await form.chooseTime(time ?? (form.times[0] ?? '').split(',')[0] ?? '');
  await form.next();
  await form.fill(APPLICANT);
  await form.agree();
  await form.next();
}

/** The element focused inside the form's shadow root. */
function focused(form: BookingFormHarness): Element | null {
  return form.element.shadowRoot?.activeElement ?? null;
}

/** Presses Tab until `predicate` holds for the focused element (at most 40 times). */
async function tabTo(form: BookingFormHarness, predicate: (element: Element) => boolean): Promise<void> {
  for (let presses = 0; presses < 40; presses += 1) {
    const active = focused(form);
    if (active && predicate(active)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error('Tab never reached the element');
}

const part = (name: string) => (element: Element) => (element.getAttribute('part') ?? '').split(' ').includes(name);

describe('<mpp-booking-form>', () => {
  before(async () => {
    await executeServerCommand('bring-to-front');
  });

  it('books a whole slot by keyboard only, announcing each step and focusing its heading', async () => {
    const server = queueServer();
    const created: MppEvent<'mpp-booking-created'>['detail'][] = [];
    const form = await formFor(queueClient(server), { service: 'ktp-el' });
    form.element.addEventListener('mpp-booking-created', (event) => created.push(event.detail));
    expect(form.heading).to.equal('Pilih tanggal');
    expect(form.progress).to.equal('Langkah 1 dari 5: Pilih tanggal');
    expect(form.selectedDay).to.equal('Senin, 2 Maret 2026');

    // Date: the grid's tab stop is the chosen day; an arrow moves to Tuesday, Enter chooses it.
    await tabTo(form, (element) => element.getAttribute('aria-label') === 'Senin, 2 Maret 2026');
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => focused(form)?.getAttribute('aria-label') === 'Selasa, 3 Maret 2026');
    await sendKeys({ press: 'Enter' });
    await form.settled();
    expect(form.selectedDay).to.equal('Selasa, 3 Maret 2026');
    await tabTo(form, part('next-button'));
    await sendKeys({ press: 'Enter' });
    await form.settled();
    expect(form.step).to.equal('time');
    expect(form.headingFocused).to.equal(true);
    expect(form.announcement).to.equal('Langkah 2 dari 5: Pilih jam');

    // Time: Tab into the radios, an arrow moves to the second time and ticks it.
    await tabTo(form, (element) => element instanceof HTMLInputElement && element.type === 'radio');
    await sendKeys({ press: 'ArrowDown' });
    await form.settled();
    expect(form.selectedTime).to.equal('08.30–09.00, sisa 3 tempat');
    await tabTo(form, part('next-button'));
    await sendKeys({ press: 'Enter' });
    await form.settled();
    expect(form.step).to.equal('applicant');
    expect(form.headingFocused).to.equal(true);
    expect(form.announcement).to.equal('Langkah 3 dari 5: Data pemohon');

    // Applicant: type into each field in Tab order, tick the consent with Space, Enter moves on.
    for (const [field, text] of [
      ['name', NAME],
      ['nik', NIK],
      ['phone', PHONE],
    ] as const) {
      await tabTo(form, (element) => element.id === `field-${field}`);
      await sendKeys({ type: text });
    }
    await tabTo(form, (element) => element.id === 'field-consent');
    // A space typed on the checkbox ticks it (the key's name differs between the engines' drivers).
    await sendKeys({ type: ' ' });
    await sendKeys({ press: 'Enter' });
    await form.settled();
    expect(form.step).to.equal('review');
    expect(form.headingFocused).to.equal(true);
    expect(form.announcement).to.equal('Langkah 4 dari 5: Periksa pesanan');
    expect(form.review).to.deep.include({
      Tanggal: 'Selasa, 3 Maret 2026',
      Jam: '08.30–09.00 WIB',
      Nama: NAME,
      NIK: '•••• •••• •••• 0003',
      'Nomor HP/WhatsApp': '+6281234567890',
      Email: 'Tidak diisi',
    });

    await tabTo(form, part('next-button'));
    expect(focused(form)?.textContent.trim()).to.equal('Pesan');
    await sendKeys({ press: 'Enter' });
    await form.settled();
    expect(form.step).to.equal('confirmation');
    expect(form.headingFocused).to.equal(true);
    expect(form.heading).to.equal('Pemesanan berhasil');
    expect(form.announcement).to.equal('Langkah 5 dari 5: Pemesanan berhasil');
    const confirmation = form.confirmation;
    expect(confirmation?.code).to.have.length.greaterThan(3);
    expect(confirmation?.facts).to.deep.include({ Tanggal: 'Selasa, 3 Maret 2026', Jam: '08.30–09.00 WIB' });
    expect(confirmation?.facts['Tempat']).to.match(/^Mal Pelayanan Publik Kota Kediri, /);
    expect(confirmation?.facts['Loket']).to.match(/Dinas Kependudukan/);
    expect(confirmation?.requirements.length).to.be.greaterThan(0);
    expect(await bookingsOf(server, 'ktp-el')).to.equal(1);
    expect(created).to.deep.equal([
      {
        code: confirmation?.code,
        serviceId: 'ktp-el',
        slotStart: '2026-03-03T08:30:00+07:00',
        slotEnd: '2026-03-03T09:00:00+07:00',
      },
    ]);
  });

  describe('choosing a service', () => {
    it('lists the bookable services, and a service set later restarts at the date step keeping what was typed', async () => {
      const server = queueServer();
      const form = await formFor(queueClient(server));
      expect(form.step).to.equal('service');
      expect(form.progress).to.equal('Langkah 1 dari 6: Pilih layanan');
      expect(form.services).to.include('Perekaman dan penerbitan KTP-el');
      expect(form.services).to.not.include('Kartu Keluarga (KK)');
      await form.next();
      expect(form.stepMessage).to.equal('Pilih salah satu layanan terlebih dahulu.');
      await form.chooseService('Paspor');
      expect(form.step).to.equal('date');
      expect(form.progress).to.equal('Langkah 2 dari 6: Pilih tanggal');
      await form.next();
      await form.chooseTime((form.times[0] ?? '').split(',')[0] ?? '');
      await form.next();
      await form.fill({ name: NAME });
      // The page hands the form the catalog's booking choice.
      form.element.service = 'ktp-el';
      await form.settled();
      expect(form.step).to.equal('date');
      expect(form.progress).to.equal('Langkah 1 dari 5: Pilih tanggal');
      await form.next();
      await form.chooseTime('10.00–10.30');
      await form.next();
      expect(form.field('name').value).to.equal(NAME);
    });

    it('says so when no day in the horizon has a free time', async () => {
      const server = queueServer();
      const staff = queueClient(server);
      // Every pbg slot on the seed's days has one place: take them all.
      const availability = await staff.bookings.availability('pbg', { to: '2026-05-31' });
      let serial = 1;
      for (const day of availability.days) {
        for (const slot of day.slots) {
          const nik = `357101010190${String(serial).padStart(4, '0')}`;
          serial += 1;
          await staff.bookings.create({
            serviceId: 'pbg',
            slotStart: slot.start,
            applicant: { name: 'Penguji', nik, phone: PHONE },
            consent: true,
          });
        }
      }
      const form = await formFor(queueClient(server), { service: 'pbg' });
      expect(textOfBase(form)).to.include('Belum ada jadwal yang dapat dipesan');
      expect(form.element.shadowRoot?.querySelector('[part~="next-button"]')).to.equal(null);
      await expect(form.element).to.be.accessible();
    });
  });

  describe('the applicant', () => {
    it('accepts any valid NIK as typed, and says precisely what is wrong with an invalid one', async () => {
      const server = queueServer();
      const form = await formFor(queueClient(server), { service: 'ktp-el' });
      await form.next();
      await form.chooseTime('10.00–10.30');
      await form.next();
      const today = new Date();
      await fc.assert(
        fc.asyncProperty(nikSample(today), async ({ nik }) => {
          await form.fill({ nik });
          expect(form.fieldError('nik'), nik).to.equal(null);
          expect(form.field('nik').getAttribute('aria-invalid')).to.equal('false');
        }),
        { numRuns: 40 },
      );
      await fc.assert(
        fc.asyncProperty(fc.stringMatching(/^\d{1,15}$/), async (digits) => {
          await form.fill({ nik: digits });
          expect(form.fieldError('nik')).to.equal(`NIK harus 16 digit (baru ${digits.length})`);
        }),
        { numRuns: 20 },
      );
      const cases: Record<string, string> = {
        '3571014513950003': 'Tanggal lahir pada NIK tidak valid',
        '3571013202950003': 'Tanggal lahir pada NIK tidak valid',
        '1071014507950003': 'Kode wilayah pada NIK tidak dikenal. Periksa 6 digit pertama.',
        '3571014507950000': 'Nomor urut pada NIK (4 digit terakhir) tidak valid.',
        '35710145079500a3': 'NIK hanya berisi angka.',
      };
      for (const [nik, message] of Object.entries(cases)) {
        await form.fill({ nik });
        expect(form.fieldError('nik'), nik).to.equal(message);
        const input = form.field('nik');
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        expect(input.getAttribute('aria-describedby')).to.equal('nik-hint nik-message');
      }
      const input = form.field('nik');
      expect(input.getAttribute('inputmode')).to.equal('numeric');
      expect(input.getAttribute('autocomplete')).to.equal('off');
    });

    it('accepts a phone written 08…, 62… or +62… and shows it normalised', async () => {
      const server = queueServer();
      const form = await formFor(queueClient(server), { service: 'ktp-el' });
      await form.next();
      await form.chooseTime('10.00–10.30');
      await form.next();
      expect(form.field('phone').getAttribute('inputmode')).to.equal('tel');
      expect(form.field('phone').getAttribute('autocomplete')).to.equal('tel');
      expect(form.field('name').getAttribute('autocomplete')).to.equal('name');
      expect(form.field('email').getAttribute('autocomplete')).to.equal('email');
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('0', '62', '+62'),
          fc.stringMatching(/^8\d{8,10}$/),
          async (prefix, national) => {
            await form.fill({ phone: `${prefix}${national}` });
            expect(form.fieldError('phone')).to.equal(null);
            expect(form.fieldHint('phone')).to.equal(`Diawali 08, 62 atau +62. Akan dihubungi di +62${national}.`);
          },
        ),
        { numRuns: 20 },
      );
      for (const phone of ['+1 202 555 0100', '112', '0812']) {
        await form.fill({ phone });
        expect(form.fieldError('phone'), phone).to.equal(
          'Nomor HP tidak valid. Tulis nomor Indonesia yang diawali 08, 62 atau +62.',
        );
      }
    });

    it('focuses the first invalid field on Lanjut, and keeps everything typed across Kembali and Lanjut', async () => {
      const server = queueServer();
      const form = await formFor(queueClient(server), { service: 'ktp-el' });
      await form.next();
      await form.chooseTime('10.00–10.30');
      await form.next();
      await form.fill({ name: NAME, phone: PHONE });
      await form.next();
      expect(form.step).to.equal('applicant');
      expect(focused(form)?.id).to.equal('field-nik');
      expect(form.fieldError('nik')).to.equal('Isi NIK (16 digit).');
      expect(form.fieldError('consent')).to.match(/^Centang persetujuan/);
      await form.fill({ nik: NIK, email: 'siti@example.id' });
      await form.back();
      expect(form.step).to.equal('time');
      expect(form.selectedTime).to.equal('10.00–10.30, sisa 3 tempat');
      await form.back();
      expect(form.step).to.equal('date');
      await form.next();
      await form.next();
      expect(form.field('name').value).to.equal(NAME);
      expect(form.field('nik').value).to.equal(NIK);
      expect(form.field('phone').value).to.equal(PHONE);
      expect(form.field('email').value).to.equal('siti@example.id');
    });

    it('sends nothing without consent, stated with the retention period before an unticked box', async () => {
      const server = queueServer();
      const counting = countingFetch(server);
      const form = await formFor(queueClient(server, { fetch: counting.fetch }), { service: 'ktp-el' });
      await form.next();
      await form.chooseTime('10.00–10.30');
      await form.next();
      expect(form.field('consent').checked).to.equal(false);
      const consent = form.consent ?? '';
      expect(consent).to.include('nama lengkap, NIK, nomor HP/WhatsApp dan email');
      expect(consent).to.include('memverifikasi identitas Anda di loket');
      expect(consent).to.include('Mal Pelayanan Publik Kota Kediri, Pemerintah Kota Kediri');
      expect(consent).to.include('30 hari');
      expect(textOfLabel(form, 'field-consent')).to.match(/^Saya setuju/);
      await form.fill({ name: NAME, nik: NIK, phone: PHONE });
      await form.next();
      expect(form.step).to.equal('applicant');
      expect(focused(form)?.id).to.equal('field-consent');
      expect(form.fieldError('consent')).to.match(/^Centang persetujuan/);
      expect(counting.keys).to.have.length(0);
      await expect(form.element).to.be.accessible();
    });
  });

  it('names the site’s policy, never a made-up number, when the server does not state the retention', async () => {
    const server = queueServer();
    const fetch: FetchLike = async (request) => {
      const response = await server.fetch(request);
      if (!new URL(request.url).pathname.endsWith('/v1/site')) return response;
      const { personalData: _left, ...site } = (await response.json()) as Record<string, unknown>;
      return new Response(JSON.stringify(site), { status: 200, headers: { 'Content-Type': 'application/json' } });
    };
    const form = await formFor(queueClient(server, { fetch }), { service: 'ktp-el' });
    await form.next();
    await form.chooseTime('10.00–10.30');
    await form.next();
    expect(form.consent).to.include(
      'Data dihapus setelah layanan selesai, sesuai kebijakan penyimpanan data Mal Pelayanan Publik Kota Kediri.',
    );
    expect(form.consent).to.not.match(/\d+ hari/);
  });

  describe('booking', () => {
    it('answers the last place taken during review with the next free times, keeping every field', async () => {
      const server = queueServer();
      const form = await formFor(queueClient(server), { service: 'pbg' });
      await form.next();
      const first = (form.times[0] ?? '').split(',')[0] ?? '';
      await form.chooseTime(first);
      const slotStart = chosenStart(form);
      await form.next();
      await form.fill(APPLICANT);
      await form.agree();
      await form.next();
      // Someone else takes the slot's only place meanwhile.
      await queueClient(server).bookings.create({
        serviceId: 'pbg',
        slotStart,
        applicant: { name: 'Orang Lain', nik: '3571010101900001', phone: '081298765432' },
        consent: true,
      });
      await form.book();
      expect(form.step).to.equal('time');
      expect(form.headingFocused).to.equal(true);
      expect(form.notice).to.include(`Jam ${first} WIB baru saja penuh. Data Anda tetap tersimpan`);
      expect(form.alternatives.length).to.be.greaterThan(0);
      expect(form.alternatives[0]).to.match(/sisa 1 tempat$/);
      expect(form.times).to.include(`${first}, penuh`);
      await expect(form.element).to.be.accessible();
      await form.chooseAlternative(0);
      expect(form.step).to.equal('review');
      expect(form.review).to.deep.include({ Nama: NAME, NIK: '•••• •••• •••• 0003', Email: 'siti@example.id' });
      await form.book();
      expect(form.step).to.equal('confirmation');
      expect(await bookingsOf(server, 'pbg')).to.equal(2);
    });

    it('makes one booking from a double press', async () => {
      const server = queueServer();
      const counting = countingFetch(server);
      const form = await formFor(queueClient(server, { fetch: counting.fetch }), { service: 'ktp-el' });
      await toReview(form, '10.00–10.30');
      form.pressBook();
      form.pressBook();
      await form.settled();
      expect(form.step).to.equal('confirmation');
      expect(counting.keys).to.have.length(1);
      expect(await bookingsOf(server, 'ktp-el')).to.equal(1);
    });

    it('retries a dropped answer with the same Idempotency-Key, making one booking', async () => {
      const server = queueServer();
      const counting = countingFetch(server);
      let drop = true;
      const fetch: FetchLike = async (request) => {
        const response = await counting.fetch(request);
        // The server booked it, but the answer never reaches the phone.
        if (drop && request.method === 'POST') {
          drop = false;
          throw new TypeError('Failed to fetch');
        }
        return response;
      };
      const form = await formFor(queueClient(server, { fetch }), { service: 'ktp-el' });
      await toReview(form, '10.00–10.30');
      await form.book();
      expect(form.step).to.equal('review');
      expect(form.error).to.match(/^Pemesanan belum berhasil\. Tidak dapat terhubung ke server/);
      expect(form.error).to.include('Coba lagi');
      await expect(form.element).to.be.accessible();
      await form.retry();
      expect(form.step).to.equal('confirmation');
      expect(await bookingsOf(server, 'ktp-el')).to.equal(1);
      expect(counting.keys).to.have.length(2);
      expect(counting.keys[1]).to.equal(counting.keys[0]);
    });

    it('says in words that the NIK already has a booking that day, and sends nothing twice', async () => {
      const server = queueServer();
      await queueClient(server).bookings.create({
        serviceId: 'ktp-el',
        slotStart: '2026-03-02T11:00:00+07:00',
        applicant: { name: NAME, nik: NIK, phone: PHONE },
        consent: true,
      });
      const form = await formFor(queueClient(server), { service: 'ktp-el' });
      await toReview(form, '10.00–10.30');
      await form.book();
      expect(form.step).to.equal('review');
      expect(form.refusal).to.equal(
        'Pemesanan belum berhasil. NIK ini sudah punya pemesanan untuk layanan ini pada tanggal tersebut. ' +
          'Gunakan tautan kelola pemesanan itu untuk mengubahnya, atau pilih tanggal lain.',
      );
      expect(await bookingsOf(server, 'ktp-el')).to.equal(1);
      await expect(form.element).to.be.accessible();
    });

    it('shows a failed load with a retry, then the form', async () => {
      const server = queueServer();
      const network = switchableFetch(server, { down: true });
      const form = await formFor(queueClient(server, { fetch: network.fetch }), { service: 'ktp-el' });
      expect(form.error).to.match(/^Data tidak dapat dimuat\. Tidak dapat terhubung ke server/);
      await expect(form.element).to.be.accessible();
      network.setDown(false);
      await form.retry();
      expect(form.step).to.equal('date');
      expect(form.selectedDay).to.equal('Senin, 2 Maret 2026');
    });

    it('puts the server’s field refusals under their fields', async () => {
      const server = queueServer();
      const fetch: FetchLike = async (request) => {
        if (request.method !== 'POST') return server.fetch(request);
        const error = {
          code: 'validation_failed',
          message: 'Data yang dikirim tidak valid.',
          requestId: 'req_test',
          details: [{ path: 'applicant.phone', message: 'Nomor ini tidak dapat dihubungi.' }],
        };
        return new Response(JSON.stringify({ error }), {
          status: 422,
          headers: { 'Content-Type': 'application/json' },
        });
      };
      const form = await formFor(queueClient(server, { fetch }), { service: 'ktp-el' });
      await toReview(form, '10.00–10.30');
      await form.book();
      expect(form.step).to.equal('applicant');
      expect(focused(form)?.id).to.equal('field-phone');
      expect(form.fieldError('phone')).to.equal('Nomor ini tidak dapat dihubungi.');
      expect(form.notice).to.include('Beberapa data belum sesuai');
    });

    // The server decides these at the moment of booking (a holiday declared, the site closed, the day's
    // quota used up since the calendar loaded): the form goes back to the calendar and keeps the applicant.
    const dayRefusals = [
      ['holiday', 'MPP tutup pada tanggal ini karena hari libur. Silakan pilih tanggal lain.'],
      ['site_closed', 'MPP tutup pada waktu ini. Silakan pilih tanggal atau jam lain.'],
      ['quota_exceeded', 'Kuota layanan ini untuk tanggal tersebut sudah habis. Silakan pilih tanggal lain.'],
    ] as const;
    for (const [code, text] of dayRefusals) {
      it(`answers ${code} on booking with the calendar and its reason, keeping what was typed`, async () => {
        const server = queueServer();
        const fetch: FetchLike = async (request) => {
          if (request.method !== 'POST') return server.fetch(request);
          const error = { code, message: 'Ditolak.', requestId: 'req_test' };
          return new Response(JSON.stringify({ error }), {
            status: errorStatus[code],
            headers: { 'Content-Type': 'application/json' },
          });
        };
        const form = await formFor(queueClient(server, { fetch }), { service: 'ktp-el' });
        await toReview(form, '10.00–10.30');
        await form.book();
        expect(form.step).to.equal('date');
        expect(form.notice).to.equal(text);
        expect(await bookingsOf(server, 'ktp-el')).to.equal(0);
        await form.next();
        await form.chooseTime((form.times[0] ?? '').split(',')[0] ?? '');
        await form.next();
        expect(form.step).to.equal('applicant');
        expect(form.element.shadowRoot?.querySelector<HTMLInputElement>('#field-nik')?.value).to.equal(NIK);
        await expect(form.element).to.be.accessible();
      });
    }
  });

  describe('the confirmation', () => {
    it('shows a QR code that decodes to the code, a calendar file at the slot’s instant, and a fragment manage link', async () => {
      const server = queueServer();
      const form = await formFor(queueClient(server), { service: 'ktp-el', manageUrl: '/kelola/' });
      await toReview(form, '10.00–10.30');
      await form.book();
      const confirmation = form.confirmation;
      const code = confirmation?.code ?? '';
      expect(await decodeQrSvg(await form.qrDrawn())).to.equal(code);
      expect(form.confirmation?.qrLabel).to.equal(`Kode QR pemesanan ${code}`);

      const ics = await savedCalendarFile(() => form.addToCalendar());
      const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
      for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
      const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined);
      expect(event.startDate.toJSDate().toISOString()).to.equal(new Date('2026-03-02T10:00:00+07:00').toISOString());
      expect(event.endDate.toJSDate().toISOString()).to.equal(new Date('2026-03-02T10:30:00+07:00').toISOString());
      expect(event.startDate.zone.tzid).to.equal('Asia/Jakarta');
      expect(event.description).to.include(code);

      const manage = new URL(confirmation?.manageHref ?? '');
      expect(`${manage.origin}${manage.pathname}`).to.equal(new URL('/kelola/', document.baseURI).href);
      expect(manage.search).to.equal('');
      expect(manage.hash).to.match(new RegExp(`^#kode=${code}&rahasia=.+`));
      expect(confirmation?.manageWarning).to.match(/jangan bagikan/);
      await expect(form.element).to.be.accessible();
    });

    it('leaves nothing personal in the address, storage, console or events', async () => {
      const server = queueServer();
      const href = location.href;
      const logged: unknown[] = [];
      const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
      const originals = methods.map((method) => console[method].bind(console));
      for (const method of methods)
        console[method] = (...args: unknown[]) => {
          logged.push(...args);
        };
      const events: unknown[] = [];
      const listener = (event: Event): void => {
        events.push((event as CustomEvent).detail);
      };
      document.addEventListener('mpp-booking-created', listener);
      document.addEventListener('mpp-error', listener);
      try {
        const form = await formFor(queueClient(server), { service: 'ktp-el' });
        await toReview(form, '10.00–10.30');
        await form.book();
        await form.qrDrawn();
        expect(form.step).to.equal('confirmation');
        const code = form.confirmation?.code;
        expect(events).to.have.length(1);
        expect(Object.keys(events[0] as object).sort()).to.deep.equal(['code', 'serviceId', 'slotEnd', 'slotStart']);
        expect((events[0] as { code: string }).code).to.equal(code);
        const secrets = [NIK, '81234567890', NAME, 'siti@example.id', 'rahasia'];
        const seen = [
          location.href,
          JSON.stringify(events),
          JSON.stringify(storageText(sessionStorage)),
          JSON.stringify(storageText(localStorage)),
          logged.map((item) => String(item)).join(' '),
        ].join(' ');
        for (const secret of secrets) expect(seen, secret).to.not.include(secret);
        expect(location.href).to.equal(href);
      } finally {
        methods.forEach((method, index) => {
          console[method] = originals[index] as (typeof console)[typeof method];
        });
        document.removeEventListener('mpp-booking-created', listener);
        document.removeEventListener('mpp-error', listener);
      }
    });
  });

  describe('every step', () => {
    for (const lang of ['id', 'en'] as const) {
      it(`is accessible in ${lang === 'id' ? 'Indonesian' : 'English'} and fits 320 px at 200% text`, async () => {
        const server = queueServer();
        const form = await formFor(queueClient(server), { lang });
        form.element.style.width = '320px';
        form.element.style.setProperty('--mpp-font-size', '200%');
        const base = (): HTMLElement => form.element.shadowRoot?.querySelector('[part~="base"]') as HTMLElement;
        const check = async (step: string): Promise<void> => {
          await form.settled();
          expect(form.step).to.equal(step);
          expect(base().scrollWidth, step).to.be.at.most(base().clientWidth);
          await expect(form.element).to.be.accessible();
        };
        await check('service');
        await form.chooseService(lang === 'id' ? 'Perekaman dan penerbitan KTP-el' : 'KTP-el');
        await check('date');
        await form.next();
        await check('time');
        const first = (form.times[0] ?? '').split(',')[0] ?? '';
        await form.chooseTime(first);
        await form.next();
        await check('applicant');
        await form.next();
        await check('applicant');
        await form.fill(APPLICANT);
        await form.agree();
        await form.next();
        await check('review');
        expect(form.heading).to.equal(lang === 'id' ? 'Periksa pesanan' : 'Check your booking');
        await form.book();
        await form.qrDrawn();
        await check('confirmation');
        expect(form.heading).to.equal(lang === 'id' ? 'Pemesanan berhasil' : 'Booking confirmed');
        if (lang === 'en') {
          expect(form.progress).to.equal('Step 6 of 6: Booking confirmed');
          expect(form.confirmation?.manageWarning).to.match(/^Keep this link and do not share it/);
        }
      });
    }

    it('prefills the day, name and phone from attributes', async () => {
      const server = queueServer();
      const element = fixtureSync<MppBookingForm>(
        html`<mpp-booking-form
          .client=${queueClient(server)}
          service="ktp-el"
          date="2026-03-04"
          applicant-name=${NAME}
          applicant-phone=${PHONE}
          lang="id"
        ></mpp-booking-form>`,
      );
      const form = new BookingFormHarness(element);
      await form.settled();
      expect(form.selectedDay).to.equal('Rabu, 4 Maret 2026');
      await form.next();
      await form.chooseTime('10.00–10.30');
      await form.next();
      expect(form.field('name').value).to.equal(NAME);
      expect(form.field('phone').value).to.equal(PHONE);
    });
  });
});

/** The whole rendered text of the form. */
function textOfBase(form: BookingFormHarness): string {
  return (form.element.shadowRoot?.querySelector('[part~="base"]') as HTMLElement | null)?.innerText ?? '';
}

/** The text of the label of the input with `id`. */
function textOfLabel(form: BookingFormHarness, id: string): string {
  return form.element.shadowRoot?.querySelector(`label[for="${id}"]`)?.textContent.trim() ?? '';
}

/** Every key and value a storage holds. */
function storageText(storage: Storage): string[] {
  const entries: string[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index) ?? '';
    entries.push(key, storage.getItem(key) ?? '');
  }
  return entries;
}

/** The chosen time's start (the radio's value). */
function chosenStart(form: BookingFormHarness): string {
  return form.element.shadowRoot?.querySelector<HTMLInputElement>('[part~="times"] input:checked')?.value ?? '';
}

/** The calendar file saved by `save`: the download link it clicks is caught, and its Blob read. */
async function savedCalendarFile(save: () => void): Promise<string> {
  let href = '';
  const catcher = (event: Event): void => {
    const link = event.target;
    if (link instanceof HTMLAnchorElement && link.download) {
      event.preventDefault();
      href = link.href;
    }
  };
  document.addEventListener('click', catcher, true);
  try {
    save();
  } finally {
    document.removeEventListener('click', catcher, true);
  }
  expect(href).to.match(/^blob:/);
  return (await fetch(href)).text();
}
