// <mpp-booking-manager> against a fresh in-browser reference server per test
// (its clock on an open Monday morning, 2 March 2026, 09:00 WIB), imported
// through its public define module as a portal's page would. Bookings are
// made through the SDK, as the booking form makes them.
import '@mpp-kit/elements/booking-manager/define.js';
import type { BookingReceipt } from '@mpp-kit/contract';
import type { MppEvent } from '@mpp-kit/elements';
import { BookingManagerHarness } from '@mpp-kit/elements/testing.js';
import type { FetchLike } from '@mpp-kit/sdk';
import type { BrowserServer } from '@mpp-kit/server/browser';
import { expect, fixtureSync, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import type { MppBookingManager } from './booking-manager.js';
import { queueClient, queueServer, switchableFetch } from '../test-support/server.js';

const SITI = { name: 'Siti Rahayu', nik: '3571014507950003', phone: '0812-3456-7890' };
const BUDI = { name: 'Budi Santoso', nik: '3571010507950004', phone: '0813-1111-2222' };

/** Books `serviceId` at `slotStart` for `applicant`, as the booking form does. */
async function book(
  server: BrowserServer,
  slotStart: string,
  serviceId = 'ktp-el',
  applicant: typeof SITI = SITI,
): Promise<BookingReceipt> {
  return queueClient(server).bookings.create(
    { serviceId, slotStart, applicant, consent: true },
    { idempotencyKey: crypto.randomUUID() },
  );
}

/** Every request the element sent, and a fetch that can drop them like a lost connection. */
function recordingFetch(server: BrowserServer): {
  fetch: FetchLike;
  requests: Request[];
  setDown(down: boolean): void;
} {
  const requests: Request[] = [];
  const network = switchableFetch(server);
  return {
    requests,
    fetch: (request) => {
      requests.push(request.clone());
      return network.fetch(request);
    },
    setDown: (down) => network.setDown(down),
  };
}

/** A manager over `server`, settled. */
async function managerOf(
  server: BrowserServer,
  options: { lang?: string; fetch?: FetchLike; style?: string } = {},
): Promise<BookingManagerHarness> {
  const client = queueClient(server, { ...(options.fetch ? { fetch: options.fetch } : {}) });
  const element = fixtureSync<MppBookingManager>(
    html`<mpp-booking-manager .client=${client} lang=${options.lang ?? 'id'}></mpp-booking-manager>`,
  );
  const harness = new BookingManagerHarness(element);
  await harness.settled();
  return harness;
}

/** Every key and value of a storage area, as text. */
function storageText(storage: Storage): string {
  return Array.from({ length: storage.length }, (_, index) => {
    const key = storage.key(index) ?? '';
    return `${key}=${storage.getItem(key) ?? ''}`;
  }).join('\n');
}

function activeElementOf(harness: BookingManagerHarness): Element | null {
  return harness.element.shadowRoot?.activeElement ?? null;
}

describe('<mpp-booking-manager>', () => {
  describe('finding a booking', () => {
    it('asks for the code and the secret in labelled fields the browser does not remember', async () => {
      const harness = await managerOf(queueServer());
      const [code, secret] = [harness.codeField, harness.secretField] as HTMLInputElement[];
      expect(code?.labels?.[0]?.textContent).to.equal('Kode booking');
      expect(secret?.labels?.[0]?.textContent).to.equal('Kode rahasia');
      expect(secret?.type).to.equal('text');
      expect(secret?.getAttribute('autocomplete')).to.equal('off');
      expect(secret?.spellcheck).to.equal(false);
      expect(code?.getAttribute('autocomplete')).to.equal('off');
      await expect(harness.element).to.be.accessible();
    });

    it('finds it by code and secret, shows it, moves focus to its heading and announces it', async () => {
      const server = queueServer();
      const receipt = await book(server, '2026-03-03T09:00:00+07:00');
      const harness = await managerOf(server);
      await harness.findBooking(receipt.code.toLowerCase(), receipt.secret);
      expect(harness.heading).to.equal(`Pemesanan ${receipt.code}`);
      const facts = harness.facts;
      expect(facts).to.include({
        'Kode booking': receipt.code,
        Status: 'Terkonfirmasi',
        Layanan: 'Perekaman dan penerbitan KTP-el',
        Jadwal: 'Selasa, 3 Maret 2026, pukul 09.00–09.30 WIB',
        'Atas nama': receipt.applicantName,
      });
      expect(receipt.applicantName).not.to.equal(SITI.name);
      expect(facts.Tempat).to.contain('Mal Pelayanan Publik Kota Kediri');
      expect(facts.Tempat).to.contain('Loket 1');
      expect(activeElementOf(harness)?.id).to.equal('result-heading');
      expect(harness.announcement).to.equal(`Pemesanan ${receipt.code} ditemukan.`);
      await expect(harness.element).to.be.accessible();
    });

    it('says the same for a wrong secret and a wrong code, without telling which', async () => {
      const server = queueServer();
      const receipt = await book(server, '2026-03-03T09:00:00+07:00');
      const harness = await managerOf(server);
      await harness.findBooking(receipt.code, 'bukan-rahasianya');
      const message = 'Pemesanan tidak ditemukan. Periksa kembali kode booking dan kode rahasia Anda.';
      expect(harness.findError).to.equal(message);
      expect(harness.announcement).to.equal(message);
      expect(harness.codeField?.getAttribute('aria-invalid')).to.equal('true');
      expect(harness.secretField?.getAttribute('aria-invalid')).to.equal('true');
      expect(activeElementOf(harness)).to.equal(harness.codeField);
      await expect(harness.element).to.be.accessible();
      await harness.findBooking('KDR-ZZZZZZ', receipt.secret);
      expect(harness.findError).to.equal(message);
    });

    it('asks for an empty field without sending anything', async () => {
      const server = queueServer();
      const spy = recordingFetch(server);
      const harness = await managerOf(server, { fetch: spy.fetch });
      await harness.findBooking('KDR-ABCDEF', '');
      expect(activeElementOf(harness)).to.equal(harness.secretField);
      expect(harness.secretField?.getAttribute('aria-invalid')).to.equal('true');
      expect(spy.requests.filter((request) => request.url.includes('/v1/bookings/'))).to.have.length(0);
    });

    it('shows a failed lookup with a retry, and the booking after it', async () => {
      const server = queueServer();
      const receipt = await book(server, '2026-03-03T09:00:00+07:00');
      const spy = recordingFetch(server);
      const harness = await managerOf(server, { fetch: spy.fetch });
      spy.setDown(true);
      await harness.findBooking(receipt.code, receipt.secret);
      expect(harness.error).to.contain('Tidak dapat terhubung ke server');
      await expect(harness.element).to.be.accessible();
      spy.setDown(false);
      await harness.retry();
      expect(harness.heading).to.equal(`Pemesanan ${receipt.code}`);
    });
  });

  describe('from the manage link', () => {
    let before: string;
    beforeEach(() => {
      before = location.href;
    });
    afterEach(() => {
      history.replaceState(null, '', before);
    });

    it('opens the booking of the fragment, sends the secret only as a header, and takes it out of the URL', async () => {
      const server = queueServer();
      const receipt = await book(server, '2026-03-03T09:00:00+07:00');
      const spy = recordingFetch(server);
      const page = `${location.pathname}?bagian=layanan`;
      history.replaceState(null, '', `${page}#kode=${receipt.code}&rahasia=${encodeURIComponent(receipt.secret)}`);
      const harness = await managerOf(server, { fetch: spy.fetch });
      expect(harness.heading).to.equal(`Pemesanan ${receipt.code}`);
      const lookups = spy.requests.filter((request) => request.url.includes('/v1/bookings/'));
      expect(lookups).to.have.length(1);
      expect(lookups[0]?.headers.get('X-Booking-Secret')).to.equal(receipt.secret);
      expect(lookups[0]?.url).not.to.contain(receipt.secret);
      // Path and query stay; the fragment with the secret is gone from the address bar.
      expect(`${location.pathname}${location.search}`).to.equal(page);
      expect(location.hash).to.equal('');
      expect(location.href).not.to.contain(receipt.secret);
      expect(activeElementOf(harness)?.id).to.equal('result-heading');
    });

    it('opens another booking when the fragment changes', async () => {
      const server = queueServer();
      const receipt = await book(server, '2026-03-03T09:00:00+07:00');
      const harness = await managerOf(server);
      location.hash = `kode=${receipt.code}&rahasia=${encodeURIComponent(receipt.secret)}`;
      await new Promise<void>((resolve) => addEventListener('hashchange', () => resolve(), { once: true }));
      await harness.settled();
      expect(harness.heading).to.equal(`Pemesanan ${receipt.code}`);
      expect(location.href).not.to.contain(receipt.secret);
    });

    it('leaves a fragment that is not a manage link alone', async () => {
      history.replaceState(null, '', `${location.pathname}#layanan`);
      const harness = await managerOf(queueServer());
      expect(location.hash).to.equal('#layanan');
      expect(harness.codeField).not.to.equal(null);
    });
  });

  describe('rescheduling', () => {
    it('moves the booking to another free time after confirmation, and says so', async () => {
      const server = queueServer();
      const receipt = await book(server, '2026-03-03T09:00:00+07:00');
      const harness = await managerOf(server);
      await harness.findBooking(receipt.code, receipt.secret);
      await harness.startReschedule();
      expect(activeElementOf(harness)?.id).to.equal('reschedule-heading');
      await harness.chooseDay('2026-03-03');
      // The current time is shown as such and cannot be chosen.
      expect(harness.times).to.include('09.00–09.30, jadwal Anda saat ini');
      await expect(harness.element).to.be.accessible();
      await harness.chooseTime('2026-03-03T10:00:00+07:00');
      expect(harness.newSlot).to.equal('Jadwal baru: Selasa, 3 Maret 2026, pukul 10.00–10.30 WIB');
      const moved = oneEvent(harness.element, 'mpp-booking-rescheduled');
      await harness.confirmReschedule();
      expect((await moved).detail).to.deep.equal({
        code: receipt.code,
        serviceId: 'ktp-el',
        slotStart: '2026-03-03T10:00:00+07:00',
        slotEnd: '2026-03-03T10:30:00+07:00',
      });
      expect(harness.facts.Jadwal).to.equal('Selasa, 3 Maret 2026, pukul 10.00–10.30 WIB');
      expect(harness.notice).to.equal('Jadwal dipindahkan ke Selasa, 3 Maret 2026, pukul 10.00–10.30 WIB.');
      expect(activeElementOf(harness)?.id).to.equal('result-heading');
      const stored = await queueClient(server).bookings.get(receipt.code, receipt.secret);
      expect(stored.slotStart).to.equal('2026-03-03T10:00:00+07:00');
      await expect(harness.element).to.be.accessible();
    });

    it('offers the nearest free times when the last place is taken meanwhile', async () => {
      const server = queueServer();
      // PBG has one online place per hour: a race for the last place.
      const receipt = await book(server, '2026-03-03T09:00:00+07:00', 'pbg');
      const harness = await managerOf(server);
      await harness.findBooking(receipt.code, receipt.secret);
      await harness.startReschedule();
      await harness.chooseDay('2026-03-03');
      await harness.chooseTime('2026-03-03T10:00:00+07:00');
      await book(server, '2026-03-03T10:00:00+07:00', 'pbg', BUDI);
      await harness.confirmReschedule();
      expect(harness.notice).to.match(/^Jam yang Anda pilih baru saja penuh\. Jam terdekat yang masih tersedia:/);
      expect(activeElementOf(harness)?.getAttribute('part')).to.equal('notice');
      const alternatives = [...(harness.element.shadowRoot?.querySelectorAll('[part~="alternative"]') ?? [])].map(
        (button) => button.getAttribute('data-start') ?? '',
      );
      expect(alternatives.length).to.be.greaterThan(0);
      expect(alternatives).not.to.include('2026-03-03T10:00:00+07:00');
      expect(alternatives).not.to.include('2026-03-03T09:00:00+07:00');
      expect(alternatives.every((start) => start > '2026-03-03T10:00:00+07:00')).to.equal(true);
      await expect(harness.element).to.be.accessible();
      const next = alternatives[0] as string;
      await harness.chooseAlternative(next);
      const moved = oneEvent(harness.element, 'mpp-booking-rescheduled');
      await harness.confirmReschedule();
      expect(((await moved) as MppEvent<'mpp-booking-rescheduled'>).detail.slotStart).to.equal(next);
      expect(harness.status).to.equal('Terkonfirmasi');
    });

    it('says the booking can no longer be changed once the deadline before its time has passed', async () => {
      const server = queueServer();
      // KTP-el bookings change until 60 minutes before: at 09:00, a 09:30 booking is past that.
      const receipt = await book(server, '2026-03-02T09:30:00+07:00');
      const harness = await managerOf(server);
      await harness.findBooking(receipt.code, receipt.secret);
      await harness.startReschedule();
      await harness.chooseDay('2026-03-03');
      await harness.chooseTime('2026-03-03T10:00:00+07:00');
      await harness.confirmReschedule();
      expect(harness.notice).to.contain('tidak dapat diubah atau dibatalkan lagi');
      expect(harness.element.shadowRoot?.querySelector('[part~="reschedule-button"]')).to.equal(null);
    });
  });

  describe('cancelling', () => {
    it('asks "Batalkan pemesanan?" inline, then cancels and says so', async () => {
      const server = queueServer();
      const receipt = await book(server, '2026-03-03T09:00:00+07:00');
      const harness = await managerOf(server);
      await harness.findBooking(receipt.code, receipt.secret);
      await harness.press('cancel-button');
      const confirm = harness.element.shadowRoot?.querySelector('[part~="cancel-confirm"]');
      expect(confirm?.getAttribute('role')).to.equal('group');
      expect(harness.button('Ya')).not.to.equal(null);
      expect(activeElementOf(harness)).to.equal(harness.button('Tidak'));
      await expect(harness.element).to.be.accessible();
      // "Tidak" keeps it.
      await harness.press('keep-button');
      expect(harness.status).to.equal('Terkonfirmasi');
      await harness.press('cancel-button');
      const cancelled = oneEvent(harness.element, 'mpp-booking-cancelled');
      await harness.press('confirm-cancel-button');
      expect((await cancelled).detail).to.deep.equal({ code: receipt.code, serviceId: 'ktp-el' });
      expect(harness.status).to.equal('Dibatalkan');
      expect(harness.notice).to.equal('Pemesanan sudah dibatalkan. Anda dapat memesan jadwal baru kapan saja.');
      expect(harness.element.shadowRoot?.querySelector('[part~="cancel-button"]')).to.equal(null);
      expect((await queueClient(server).bookings.get(receipt.code, receipt.secret)).status).to.equal('cancelled');
      await expect(harness.element).to.be.accessible();
    });

    it('after a lost answer, says it may not have happened, and shows the booking as stale until it is read again', async () => {
      const server = queueServer();
      const receipt = await book(server, '2026-03-03T09:00:00+07:00');
      const spy = recordingFetch(server);
      const harness = await managerOf(server, { fetch: spy.fetch });
      await harness.findBooking(receipt.code, receipt.secret);
      spy.setDown(true);
      await harness.cancel();
      expect(harness.notice).to.contain('Pemesanan belum berhasil dibatalkan.');
      expect(harness.notice).to.contain('Tidak dapat terhubung ke server');
      // The booking re-read failed too: what is shown may be out of date, and says so.
      expect(harness.staleNotice).to.match(/^Menampilkan data per pukul \d{2}\.\d{2}/);
      expect(harness.status).to.equal('Terkonfirmasi');
      await expect(harness.element).to.be.accessible();
      spy.setDown(false);
      await harness.retry();
      expect(harness.staleNotice).to.equal(null);
      expect(harness.status).to.equal('Terkonfirmasi');
    });

    it('says when the deadline for cancelling has passed', async () => {
      const server = queueServer();
      const receipt = await book(server, '2026-03-02T09:30:00+07:00');
      const harness = await managerOf(server);
      await harness.findBooking(receipt.code, receipt.secret);
      await harness.cancel();
      expect(harness.notice).to.contain('batas waktu perubahan sebelum jadwal sudah lewat');
      expect(harness.status).to.equal('Terkonfirmasi');
    });
  });

  describe('personal data', () => {
    it('puts neither the secret nor the applicant in the URL, storage, console or events', async () => {
      const server = queueServer();
      const receipt = await book(server, '2026-03-03T09:00:00+07:00');
      const before = location.href;
      const logged: unknown[] = [];
      const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
      const originals = methods.map((method) => Object.getOwnPropertyDescriptor(console, method));
      for (const method of methods) console[method] = (...args: unknown[]) => void logged.push(args);
      const heard: unknown[] = [];
      const names = ['mpp-booking-rescheduled', 'mpp-booking-cancelled', 'mpp-error'] as const;
      const listen = (event: Event): void => void heard.push((event as CustomEvent).detail);
      for (const name of names) document.addEventListener(name, listen);
      try {
        history.replaceState(null, '', `${location.pathname}#kode=${receipt.code}&rahasia=${receipt.secret}`);
        const harness = await managerOf(server);
        await harness.startReschedule();
        await harness.chooseDay('2026-03-03');
        await harness.chooseTime('2026-03-03T10:00:00+07:00');
        await harness.confirmReschedule();
        await harness.cancel();
        expect(heard).to.have.length(2);
        const secrets = [receipt.secret, SITI.name, SITI.nik, SITI.phone, '81234567890'];
        const seen = [
          location.href,
          JSON.stringify(heard),
          JSON.stringify(logged),
          storageText(localStorage),
          storageText(sessionStorage),
          document.cookie,
          harness.element.outerHTML,
        ].join('\n');
        for (const secret of secrets) expect(seen).not.to.contain(secret);
      } finally {
        methods.forEach((method, index) => {
          const original = originals[index];
          if (original) Object.defineProperty(console, method, original);
        });
        for (const name of names) document.removeEventListener(name, listen);
        history.replaceState(null, '', before);
      }
    });
  });

  describe('layout and language', () => {
    it('fits 320 px at 200% text, found and while choosing a new time', async () => {
      const server = queueServer();
      const receipt = await book(server, '2026-03-03T09:00:00+07:00');
      const element = fixtureSync<MppBookingManager>(
        html`<div style="width: 320px">
          <mpp-booking-manager
            .client=${queueClient(server)}
            lang="id"
            style="--mpp-font-size: 200%"
          ></mpp-booking-manager>
        </div>`,
      ).querySelector('mpp-booking-manager') as MppBookingManager;
      const harness = new BookingManagerHarness(element);
      await harness.settled();
      const base = (): HTMLElement => element.shadowRoot?.querySelector('[part~="base"]') as HTMLElement;
      expect(base().scrollWidth).to.be.at.most(base().clientWidth);
      await harness.findBooking(receipt.code, receipt.secret);
      expect(base().scrollWidth).to.be.at.most(base().clientWidth);
      await harness.startReschedule();
      await harness.chooseDay('2026-03-03');
      expect(base().scrollWidth).to.be.at.most(base().clientWidth);
    });

    it('speaks English', async () => {
      const server = queueServer();
      const receipt = await book(server, '2026-03-03T09:00:00+07:00');
      const harness = await managerOf(server, { lang: 'en' });
      expect(harness.codeField?.labels?.[0]?.textContent).to.equal('Booking code');
      expect(harness.secretField?.labels?.[0]?.textContent).to.equal('Secret code');
      await harness.findBooking(receipt.code, 'wrong');
      expect(harness.findError).to.equal('Booking not found. Check the booking code and the secret code again.');
      await harness.findBooking(receipt.code, receipt.secret);
      expect(harness.facts).to.include({
        Status: 'Confirmed',
        Service: 'Electronic ID card (KTP-el): first recording and issue',
      });
      expect(harness.facts.Time).to.match(/^Tuesday,? 3 March 2026, 09:00–09:30 WIB \(Western Indonesia Time\)$/);
      await expect(harness.element).to.be.accessible();
    });
  });
});
