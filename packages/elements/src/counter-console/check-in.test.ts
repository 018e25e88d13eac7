// Check-in at the desk of <mpp-counter-console>, against a fresh in-browser
// reference server per test whose clock the test moves: a citizen books
// through the SDK, then staff find the code and check it in.
import '@mpp-kit/elements/counter-console/define.js';
import type { BookingReceipt } from '@mpp-kit/contract';
import type { MppEvent } from '@mpp-kit/elements';
import { CounterConsoleHarness } from '@mpp-kit/elements/testing.js';
import { createBrowserServer, type BrowserServer } from '@mpp-kit/server/browser';
import { expect, fixtureSync, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import type { MppCounterConsole } from './counter-console.js';
import { queueClient } from '../test-support/server.js';

/** A server clock that runs on from `start` and that a test can move forward. */
function movableClock(start: string): { now(): Date; advance(ms: number): void } {
  let offset = Date.parse(start) - Date.now();
  return {
    now: () => new Date(Date.now() + offset),
    advance: (ms) => {
      offset += ms;
    },
  };
}

const MINUTE = 60_000;

/** An open Monday at 09:00 in Kota Kediri, with a clock the test can move. */
function deskServer(): { server: BrowserServer; clock: ReturnType<typeof movableClock> } {
  const clock = movableClock('2026-03-02T09:00:00+07:00');
  return { server: createBrowserServer({ clock }), clock };
}

/** Books `slotStart` (local time on 2 March 2026, e.g. `09:30`) for KTP-el as a citizen would. */
async function book(server: BrowserServer, time: string, serviceId = 'ktp-el'): Promise<BookingReceipt> {
  return queueClient(server).bookings.create(
    {
      serviceId,
      slotStart: `2026-03-02T${time}:00+07:00`,
      applicant: { name: 'Siti Rahayu', nik: '3571014507950003', phone: '0812-3456-7890' },
      consent: true,
    },
    { idempotencyKey: crypto.randomUUID() },
  );
}

/** A console signed in at Loket 1 (Dispendukcapil, which serves KTP-el), settled. */
async function desk(server: BrowserServer, lang = 'id'): Promise<CounterConsoleHarness> {
  const element = fixtureSync<MppCounterConsole>(
    html`<mpp-counter-console .client=${queueClient(server)} counter="loket-1" lang=${lang}></mpp-counter-console>`,
  );
  const harness = new CounterConsoleHarness(element);
  await harness.settled();
  await harness.signIn(server.staffToken);
  return harness;
}

describe('<mpp-counter-console> check-in', () => {
  it('finds a booking inside its window, checks it in as a priority ticket, and the line shows it', async () => {
    const { server } = deskServer();
    const booking = await book(server, '09:30');
    const harness = await desk(server);
    const field = harness.checkInField as HTMLInputElement;
    expect(field.labels?.[0]?.textContent).to.equal('Kode booking');
    expect(field.getAttribute('autocomplete')).to.equal('off');
    expect(field.getAttribute('autocapitalize')).to.equal('characters');

    await harness.findBooking(booking.code.toLowerCase());
    expect(harness.checkInFacts).to.deep.equal({
      Layanan: 'Perekaman dan penerbitan KTP-el',
      Jadwal: 'Senin, 2 Maret 2026, pukul 09.30–10.00',
      'Nama pemohon': booking.applicantName,
      Status: 'Terkonfirmasi',
      'Waktu check-in': '08.30–10.15',
    });
    // Never the NIK, not even a part of it.
    expect(harness.element.shadowRoot?.textContent).not.to.match(/3571|0003/);
    expect(harness.checkInStateKind).to.equal('open');
    expect(harness.canCheckIn).to.equal(true);
    await expect(harness.element).to.be.accessible();

    const checkedIn = oneEvent(harness.element, 'mpp-booking-checked-in');
    await harness.checkIn();
    const { detail } = (await checkedIn) as MppEvent<'mpp-booking-checked-in'>;
    expect(harness.checkedInNumber).to.equal('A-001');
    expect(detail).to.deep.equal({
      code: booking.code,
      ticketId: detail.ticketId,
      number: 'A-001',
      serviceId: 'ktp-el',
    });
    const ticket = await queueClient(server).tickets.get(detail.ticketId);
    expect(ticket.priority).to.equal(true);
    expect(ticket.bookingCode).to.equal(booking.code);
    // The console's live line follows the queue: one waiting now.
    await waitUntil(() => harness.lines.find((line) => line.serviceId === 'ktp-el')?.waiting === 1);
    await expect(harness.element).to.be.accessible();
  });

  it('works by keyboard alone, as a scanner that types the code and presses Enter', async () => {
    const { server } = deskServer();
    const booking = await book(server, '09:30');
    const harness = await desk(server);
    harness.checkInField?.focus();
    await sendKeys({ type: booking.code });
    await sendKeys({ press: 'Enter' });
    // Focus moves to "Check-in" once the booking is shown, so Enter checks in.
    await waitUntil(
      () => harness.element.shadowRoot?.activeElement?.getAttribute('part')?.includes('check-in-button') === true,
      'focus moves to Check-in',
      { timeout: 10_000 },
    );
    expect(harness.canCheckIn).to.equal(true);
    await sendKeys({ press: 'Enter' });
    // Firefox activates a button on the key's release, after `sendKeys` resolves: wait for the outcome.
    await waitUntil(() => harness.checkedInNumber !== null, 'checked in', { timeout: 10_000 });
    await harness.settled();
    expect(harness.checkedInNumber).to.equal('A-001');
    // Ready for the next code: the field is empty and focused.
    expect(harness.element.shadowRoot?.activeElement).to.equal(harness.checkInField);
    expect(harness.checkInField?.value).to.equal('');
  });

  it('says when it is too early, with the opening time, and keeps "Check-in" disabled', async () => {
    const { server } = deskServer();
    const booking = await book(server, '11:00');
    const harness = await desk(server);
    await harness.findBooking(booking.code);
    expect(harness.checkInStateKind).to.equal('too-early');
    expect(harness.checkInState).to.equal('Belum waktunya check-in. Check-in dibuka Senin, 2 Maret 2026 pukul 10.00.');
    expect(harness.canCheckIn).to.equal(false);
    await harness.checkIn();
    expect(harness.checkedInNumber).to.equal(null);
    await expect(harness.element).to.be.accessible();
  });

  it('says when it is too late', async () => {
    const { server, clock } = deskServer();
    const booking = await book(server, '09:30');
    clock.advance(80 * MINUTE); // 10:20: the window closed 15 minutes after the slot's end
    const harness = await desk(server);
    await harness.findBooking(booking.code);
    expect(harness.checkInStateKind).to.equal('too-late');
    expect(harness.checkInState).to.equal(
      'Waktu check-in sudah lewat (ditutup pukul 10.15). Pemohon dapat mengambil nomor antrean biasa.',
    );
    expect(harness.canCheckIn).to.equal(false);
  });

  it('says when the window closed between finding and checking in', async () => {
    const { server, clock } = deskServer();
    const booking = await book(server, '09:30');
    const harness = await desk(server);
    await harness.findBooking(booking.code);
    expect(harness.canCheckIn).to.equal(true);
    clock.advance(80 * MINUTE);
    await harness.checkIn();
    expect(harness.checkInStateKind).to.equal('too-late');
    expect(harness.checkedInNumber).to.equal(null);
  });

  it('says when the booking is already checked in, with its ticket', async () => {
    const { server } = deskServer();
    const booking = await book(server, '09:30');
    await queueClient(server, { staffToken: server.staffToken }).bookings.checkIn(booking.code);
    const harness = await desk(server);
    await harness.findBooking(booking.code);
    expect(harness.checkInStateKind).to.equal('checked-in');
    expect(harness.checkInState).to.equal('Pemesanan ini sudah check-in dengan nomor antrean A-001.');
    expect(harness.checkInFacts.Status).to.equal('Sudah check-in');
    expect(harness.canCheckIn).to.equal(false);
  });

  it('shows the ticket when another desk checked the booking in first', async () => {
    const { server } = deskServer();
    const booking = await book(server, '09:30');
    const harness = await desk(server);
    await harness.findBooking(booking.code);
    await queueClient(server, { staffToken: server.staffToken }).bookings.checkIn(booking.code);
    await harness.checkIn();
    expect(harness.checkInStateKind).to.equal('checked-in');
    expect(harness.checkInState).to.equal('Pemesanan ini sudah check-in dengan nomor antrean A-001.');
    expect(harness.checkedInNumber).to.equal(null);
  });

  it('says when the booking was cancelled', async () => {
    const { server } = deskServer();
    const booking = await book(server, '11:00');
    await queueClient(server).bookings.cancel(booking.code, booking.secret);
    const harness = await desk(server);
    await harness.findBooking(booking.code);
    expect(harness.checkInStateKind).to.equal('not-checkable');
    expect(harness.checkInState).to.equal('Pemesanan ini sudah dibatalkan dan tidak dapat check-in.');
    expect(harness.canCheckIn).to.equal(false);
  });

  it('says when no booking has the code, on the field', async () => {
    const { server } = deskServer();
    const harness = await desk(server);
    await harness.findBooking('KDR-ZZZZZZ');
    expect(harness.checkInProblem).to.equal('Kode booking KDR-ZZZZZZ tidak ditemukan. Periksa kembali kodenya.');
    expect(harness.checkInField?.getAttribute('aria-invalid')).to.equal('true');
    expect(harness.element.shadowRoot?.activeElement).to.equal(harness.checkInField);
    await expect(harness.element).to.be.accessible();
  });

  it('asks for a code when the field is empty', async () => {
    const { server } = deskServer();
    const harness = await desk(server);
    await harness.findBooking('  ');
    expect(harness.checkInProblem).to.equal('Isi kode booking terlebih dahulu.');
  });

  it('fits 320 px with text at 200%, the booking and the new number included', async () => {
    const { server } = deskServer();
    const booking = await book(server, '09:30');
    const harness = await desk(server);
    harness.element.style.cssText = 'display: block; width: 320px; --mpp-font-size: 32px';
    const base = (): HTMLElement => harness.element.shadowRoot?.querySelector('[part~="base"]') as HTMLElement;
    await harness.findBooking(booking.code);
    expect(base().scrollWidth).to.be.at.most(base().clientWidth);
    await harness.checkIn();
    expect(harness.checkedInNumber).to.equal('A-001');
    expect(base().scrollWidth).to.be.at.most(base().clientWidth);
  });

  it('speaks English', async () => {
    const { server } = deskServer();
    const booking = await book(server, '11:00');
    const harness = await desk(server, 'en');
    expect(harness.checkInField?.labels?.[0]?.textContent).to.equal('Booking code');
    await harness.findBooking(booking.code);
    // Browsers' date formats differ by a comma after the weekday in British English.
    expect(harness.checkInState).to.match(
      /^Too early to check in\. Check-in opens on Monday,? 2 March 2026 at 10:00\.$/,
    );
  });

  it('forgets the booking on sign-out', async () => {
    const { server } = deskServer();
    const booking = await book(server, '09:30');
    const harness = await desk(server);
    await harness.findBooking(booking.code);
    await harness.signOut();
    await harness.signIn(server.staffToken);
    expect(harness.checkInFacts).to.deep.equal({});
  });
});
