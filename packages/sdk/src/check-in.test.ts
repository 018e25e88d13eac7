// Bookings through the SDK against the real server running in the page: the
// secret only in its header, and check-in with its preview and refusals.
import { HEADERS } from '@mpp-kit/contract';
import { startingAt } from '@mpp-kit/server';
import { createBrowserServer } from '@mpp-kit/server/browser';
import { expect } from '@open-wc/testing';
import { createClient } from './client.js';
import { isMppApiError } from './errors/api-error.js';
import { isMppConfigError } from './errors/config-error.js';
import { rejection } from './test-support/fake-server.js';

/** A Monday of the Kediri seed, 09:00 WIB. */
const MONDAY_9AM = '2026-03-02T09:00:00+07:00';

function setUp() {
  const server = createBrowserServer({ clock: startingAt(MONDAY_9AM) });
  const requests: Request[] = [];
  const fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request.clone());
    return server.fetch(request);
  };
  const client = createClient({ baseUrl: server.baseUrl, fetch });
  const staff = createClient({ baseUrl: server.baseUrl, fetch, staffToken: server.staffToken });
  return { client, staff, requests };
}

/** Books the first free `ktp-el` slot on `date` (a local date). */
async function book(client: ReturnType<typeof createClient>, date: string, nik = '3571014507950003') {
  const { days } = await client.bookings.availability('ktp-el', { from: date, to: date });
  const slot = days[0]?.slots.find((candidate) => candidate.remaining > 0);
  if (!slot) throw new Error(`no free slot on ${date}`);
  return client.bookings.create({
    serviceId: 'ktp-el',
    slotStart: slot.start,
    applicant: { name: 'Siti Rahayu', nik, phone: '0812-3456-7890' },
    consent: true,
  });
}

describe('bookings against the in-page server', () => {
  it('sends the secret in X-Booking-Secret, never in the URL', async () => {
    const { client, requests } = setUp();
    const receipt = await book(client, '2026-03-03');
    const booking = await client.bookings.get(receipt.code, receipt.secret);
    expect(booking.applicantName).to.equal('Sit* R*****');
    const read = requests.at(-1);
    expect(read?.headers.get(HEADERS.bookingSecret)).to.equal(receipt.secret);
    expect(requests.every((request) => !request.url.includes(receipt.secret))).to.equal(true);
  });

  it('previews and checks in a booking in its window, then refuses a second check-in', async () => {
    const { client, staff } = setUp();
    const receipt = await book(client, '2026-03-02');
    const preview = await staff.bookings.checkInPreview(receipt.code);
    expect(preview.state).to.equal('open');
    expect(preview.booking.code).to.equal(receipt.code);
    expect(preview.booking.applicantName).to.equal('Sit* R*****');
    expect(JSON.stringify(preview)).not.to.contain('3571014507950003');
    expect(preview.opensAt).to.match(/^2026-03-02T\d\d:\d\d:00\+07:00$/);
    expect(Date.parse(preview.opensAt)).to.equal(Date.parse(receipt.slotStart) - 60 * 60_000);
    expect(Date.parse(preview.closesAt)).to.equal(Date.parse(receipt.slotEnd) + 15 * 60_000);

    const ticket = await staff.bookings.checkIn(receipt.code);
    expect([ticket.priority, ticket.bookingCode]).to.deep.equal([true, receipt.code]);
    expect((await staff.bookings.checkInPreview(receipt.code)).state).to.equal('checked-in');
    const again = await rejection(staff.bookings.checkIn(receipt.code));
    expect(isMppApiError(again) && [again.status, again.code]).to.deep.equal([409, 'already_checked_in']);
  });

  it('refuses a check-in too early with its own code', async () => {
    const { client, staff } = setUp();
    const receipt = await book(client, '2026-03-04');
    expect((await staff.bookings.checkInPreview(receipt.code)).state).to.equal('too-early');
    const early = await rejection(staff.bookings.checkIn(receipt.code));
    expect(isMppApiError(early) && early.code).to.equal('check_in_too_early');
  });

  it('checkInPreview needs a staff token, before any request', async () => {
    const { client, requests } = setUp();
    const error = await rejection(client.bookings.checkInPreview('KDR-7QX4M2'));
    expect(isMppConfigError(error)).to.equal(true);
    expect(requests).to.have.length(0);
  });
});
