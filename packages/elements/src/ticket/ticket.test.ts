// <mpp-ticket> against a fresh in-browser reference server per test (the Kota
// Kediri seed, its clock running from a chosen instant), imported through its
// public define module as a portal would. Staff calls come from a real staff
// client of the same server, as a counter would make them.
import '@mpp-kit/elements/service-catalog/define.js';
import '@mpp-kit/elements/ticket/define.js';
import { ServiceCatalogHarness, TicketHarness } from '@mpp-kit/elements/testing.js';
import type { BrowserServer } from '@mpp-kit/server/browser';
import type { FetchLike, MppClient } from '@mpp-kit/sdk';
import { expect, fixture, fixtureSync, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { html, nothing, render } from 'lit';
import type { MppEvent, MppServiceCatalog } from '../index.js';
import { applyHostilePortalCss } from '../test-support/hostile-portal-css.js';
import { queueClient, queueServer, staffClient } from '../test-support/server.js';
import { ticketKey } from './ticket-memory.js';
import type { MppTicket } from './ticket.js';

const MONDAY = '2026-03-02';

/** The walk-in tickets the server issued today for a service. */
function ticketsIssued(server: BrowserServer, serviceId: string, localDate = MONDAY): Promise<number> {
  return server.store.countTickets({ localDate, serviceIds: [serviceId], priority: false });
}

/** A `<mpp-ticket>` over `client`, settled. */
async function ticketFor(
  client: MppClient,
  attributes: { service?: string; ticketId?: string; lang?: string; live?: boolean } = {},
) {
  const element = await fixture<MppTicket>(
    html`<mpp-ticket
      .client=${client}
      service=${attributes.service ?? ''}
      ticket-id=${attributes.ticketId ?? ''}
      lang=${attributes.lang ?? 'id'}
    ></mpp-ticket>`,
  );
  const harness = new TicketHarness(element);
  await harness.settled();
  // The live queue arrives apart from the loads `settled()` waits for (the SDK
  // loads the stream's code on the first subscribe): wait for the service's
  // line, which also gives the element the server's clock (unless the queue is
  // meant to fail, or a resumed ticket is shown instead).
  if (attributes.service && attributes.live !== false) {
    await waitUntil(() => harness.line !== null || harness.number !== null, 'the live line of the service');
  }
  return harness;
}

/** Collects the events of `type` that reach the document. */
function heard<K extends 'mpp-ticket-taken' | 'mpp-ticket-called' | 'mpp-ticket-cancelled' | 'mpp-error'>(
  type: K,
): { details: MppEvent<K>['detail'][]; stop(): void } {
  const details: MppEvent<K>['detail'][] = [];
  const listener = (event: Event): void => {
    details.push((event as MppEvent<K>).detail);
  };
  document.addEventListener(type, listener);
  return { details, stop: () => document.removeEventListener(type, listener) };
}

/** A stand-in for the browser's `Notification`, whose permission the test decides. */
function fakeNotifications(permission: NotificationPermission, answer: NotificationPermission = 'granted') {
  const shown: { title: string; options: NotificationOptions | undefined }[] = [];
  let asked = 0;
  class FakeNotification {
    static permission: NotificationPermission = permission;
    static requestPermission(): Promise<NotificationPermission> {
      asked += 1;
      FakeNotification.permission = answer;
      return Promise.resolve(answer);
    }
    readonly title: string;
    constructor(title: string, options?: NotificationOptions) {
      this.title = title;
      shown.push({ title, options });
    }
  }
  const original = Object.getOwnPropertyDescriptor(globalThis, 'Notification');
  Object.defineProperty(globalThis, 'Notification', { value: FakeNotification, configurable: true, writable: true });
  return {
    shown,
    asked: () => asked,
    restore: () => {
      if (original) Object.defineProperty(globalThis, 'Notification', original);
      else Reflect.deleteProperty(globalThis, 'Notification');
    },
  };
}

/** Records `navigator.vibrate` calls. */
function fakeVibration(): { patterns: unknown[]; restore(): void } {
  const patterns: unknown[] = [];
  Object.defineProperty(navigator, 'vibrate', {
    value: (pattern: unknown) => {
      patterns.push(pattern);
      return true;
    },
    configurable: true,
  });
  return { patterns, restore: () => Reflect.deleteProperty(navigator, 'vibrate') };
}

describe('<mpp-ticket>', () => {
  // A background tab runs timers at most once a second (Firefox also slows axe there): this file
  // follows a live queue through timers, and took about 100 s in a background Firefox tab, 20 s in front.
  before(async () => {
    await executeServerCommand('bring-to-front');
  });
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  describe('taking a number', () => {
    it('takes a number with one press and shows the ticket card', async () => {
      const server = queueServer();
      const taken = heard('mpp-ticket-taken');
      try {
        const ticket = await ticketFor(queueClient(server), { service: 'ktp-el' });
        expect(ticket.heading).to.equal('Antrean Perekaman dan penerbitan KTP-el');
        expect(ticket.line).to.equal('Belum ada yang menunggu');
        await expect(ticket.element).to.be.accessible();
        await ticket.take();
        expect(ticket.number).to.equal('A-001');
        expect(ticket.serviceName).to.equal('Perekaman dan penerbitan KTP-el');
        expect(ticket.status).to.equal('Menunggu');
        expect(ticket.peopleAhead).to.equal('Anda berikutnya');
        expect(ticket.estimatedWait).to.match(/menit$/);
        expect(ticket.canTake).to.equal(false);
        const id = ticket.element.ticket?.id as string;
        expect(taken.details).to.deep.equal([{ ticketId: id, number: 'A-001', serviceId: 'ktp-el' }]);
        // Keyboard and screen reader users land on the new number.
        expect(ticket.element.shadowRoot?.activeElement?.id).to.equal('ticket-heading');
        await expect(ticket.element).to.be.accessible();
      } finally {
        taken.stop();
      }
    });

    it('counts the people ahead, and follows the line as the counters call them', async () => {
      const server = queueServer();
      const citizen = queueClient(server);
      await citizen.tickets.take({ serviceId: 'ktp-el' });
      await citizen.tickets.take({ serviceId: 'ktp-el' });
      const ticket = await ticketFor(queueClient(server), { service: 'ktp-el' });
      expect(ticket.line).to.match(/^2 orang menunggu · perkiraan tunggu \d+ menit$/);
      await ticket.take();
      expect(ticket.number).to.equal('A-003');
      expect(ticket.peopleAhead).to.equal('2 orang');
      await staffClient(server).counters.callNext('loket-1');
      await waitUntil(() => ticket.peopleAhead === '1 orang', 'one person ahead after a call');
      await staffClient(server).counters.callNext('loket-2');
      // Refreshes are throttled to one per TICKET_REFRESH_MS (2 s): the second call shows after it.
      await waitUntil(() => ticket.peopleAhead === 'Anda berikutnya', 'next after two calls', { timeout: 4000 });
    });

    it('never makes two tickets from a double click, or from take() called meanwhile', async () => {
      const server = queueServer();
      const taken = heard('mpp-ticket-taken');
      try {
        const ticket = await ticketFor(queueClient(server), { service: 'ktp-el' });
        ticket.pressTake();
        ticket.pressTake();
        const [first, second] = await Promise.all([ticket.element.take(), ticket.element.take()]);
        await ticket.settled();
        expect(await ticketsIssued(server, 'ktp-el')).to.equal(1);
        expect(first?.id).to.equal(second?.id);
        expect(ticket.number).to.equal('A-001');
        expect(taken.details).to.have.length(1);
        // Holding a live ticket, take() gives it back instead of a second one.
        expect((await ticket.element.take())?.id).to.equal(first?.id);
        expect(await ticketsIssued(server, 'ktp-el')).to.equal(1);
      } finally {
        taken.stop();
      }
    });

    it('retries with the same Idempotency-Key after a lost answer, so the retry gets the same ticket', async () => {
      const server = queueServer();
      const keys: (string | null)[] = [];
      let dropNext = true;
      const fetch: FetchLike = async (request) => {
        const taking = request.method === 'POST' && new URL(request.url).pathname.endsWith('/v1/tickets');
        if (taking) keys.push(request.headers.get('Idempotency-Key'));
        const response = await server.fetch(request);
        // The server issued the ticket, but the answer never reaches the phone.
        if (taking && dropNext) {
          dropNext = false;
          throw new TypeError('Failed to fetch');
        }
        return response;
      };
      const errors = heard('mpp-error');
      try {
        const ticket = await ticketFor(queueClient(server, { fetch }), { service: 'ktp-el' });
        await ticket.take();
        expect(ticket.error).to.match(/^Nomor antrean belum berhasil diambil\. Tidak dapat terhubung ke server/);
        expect(errors.details.map((detail) => detail.kind)).to.deep.equal(['network']);
        await expect(ticket.element).to.be.accessible();
        await ticket.retry();
        expect(ticket.number).to.equal('A-001');
        expect(await ticketsIssued(server, 'ktp-el')).to.equal(1);
        expect(keys).to.have.length(2);
        expect(keys[0]).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        expect(keys[1]).to.equal(keys[0]);
      } finally {
        errors.stop();
      }
    });

    it('shows a ticket given by ticket-id, without a take button', async () => {
      const server = queueServer();
      const taken = await queueClient(server).tickets.take({ serviceId: 'ktp-el' });
      const ticket = await ticketFor(queueClient(server), { ticketId: taken.id });
      expect(ticket.number).to.equal('A-001');
      expect(ticket.serviceName).to.equal('Perekaman dan penerbitan KTP-el');
      expect(ticket.canTake).to.equal(false);
      expect(sessionStorage.length).to.equal(0);
    });

    it('says so when a ticket-id is unknown', async () => {
      const ticket = await ticketFor(queueClient(queueServer()), { ticketId: 'no-such-ticket' });
      expect(ticket.error).to.match(/Nomor antrean ini tidak ditemukan/);
      expect(ticket.number).to.equal(null);
      await expect(ticket.element).to.be.accessible();
    });

    it('asks for a service when it has neither service nor ticket-id', async () => {
      const element = await fixture<MppTicket>(html`<mpp-ticket .client=${queueClient(queueServer())}></mpp-ticket>`);
      const ticket = new TicketHarness(element);
      await ticket.settled();
      expect(element.shadowRoot?.querySelector('[part~="empty"]')?.textContent).to.equal(
        'Pilih layanan untuk mengambil nomor antrean.',
      );
      expect(ticket.canTake).to.equal(false);
      expect(await element.take()).to.equal(null);
    });

    it('takes its heading level from heading-level, and the host’s replacement strings', async () => {
      const strings = { id: { takeButton: 'Ambil antrean online' } };
      const element = await fixture<MppTicket>(
        html`<mpp-ticket
          .client=${queueClient(queueServer())}
          .strings=${strings}
          service="ktp-el"
          heading-level="3"
        ></mpp-ticket>`,
      );
      const ticket = new TicketHarness(element);
      await ticket.settled();
      const root = element.shadowRoot as ShadowRoot;
      expect(root.querySelector('[part~="take-button"]')?.textContent.trim()).to.equal('Ambil antrean online');
      await ticket.take();
      expect(root.querySelector('[part~="heading"]')?.getAttribute('aria-level')).to.equal('3');
    });

    it('speaks English', async () => {
      const server = queueServer();
      const ticket = await ticketFor(queueClient(server, { locale: 'en' }), { service: 'ktp-el', lang: 'en' });
      expect(ticket.element.shadowRoot?.querySelector('[part~="take-button"]')?.textContent.trim()).to.equal(
        'Take a queue number',
      );
      await ticket.take();
      expect(ticket.heading).to.equal('Your queue number A-001');
      expect(ticket.peopleAhead).to.equal('You are next');
      expect(ticket.serviceName).to.equal('Electronic ID card (KTP-el): first recording and issue');
      await staffClient(server).counters.callNext('loket-1');
      await waitUntil(() => ticket.callMessage !== null, 'the call is shown');
      expect(ticket.callMessage).to.equal('Please go to Loket 1 Number A-001 has been called.');
    });
  });

  describe('when the number is called', () => {
    it('says where to go at once, vibrates, notifies and fires mpp-ticket-called; a recall again', async () => {
      const server = queueServer();
      const notifications = fakeNotifications('granted');
      const vibration = fakeVibration();
      const called = heard('mpp-ticket-called');
      try {
        const ticket = await ticketFor(queueClient(server), { service: 'ktp-el' });
        await ticket.take();
        const id = ticket.element.ticket?.id as string;
        expect(ticket.element.shadowRoot?.querySelector('[part~="notify-status"]')?.textContent).to.equal(
          'Anda akan mendapat notifikasi saat nomor Anda dipanggil.',
        );
        await staffClient(server).counters.callNext('loket-1');
        await waitUntil(() => ticket.callMessage !== null, 'the call is shown');
        expect(ticket.callMessage).to.equal('Silakan menuju Loket 1 Nomor A-001 dipanggil.');
        expect(ticket.element.shadowRoot?.querySelector('[part~="call"]')?.getAttribute('role')).to.equal('alert');
        expect(ticket.status).to.equal('Dipanggil');
        expect(ticket.peopleAhead).to.equal(null);
        expect(called.details).to.deep.equal([
          {
            ticketId: id,
            number: 'A-001',
            serviceId: 'ktp-el',
            counterId: 'loket-1',
            counterName: 'Loket 1',
            recall: false,
          },
        ]);
        expect(vibration.patterns).to.have.length(1);
        expect(notifications.shown).to.have.length(1);
        expect(notifications.shown[0]?.title).to.equal('Nomor A-001 dipanggil');
        expect(notifications.shown[0]?.options?.body).to.equal('Silakan menuju Loket 1');
        await expect(ticket.element).to.be.accessible();

        await staffClient(server).counters.recall('loket-1');
        await waitUntil(() => called.details.length === 2, 'the recall is heard');
        expect(called.details[1]?.recall).to.equal(true);
        await ticket.settled();
        expect(ticket.callMessage).to.equal('Silakan menuju Loket 1 Nomor A-001 dipanggil ulang.');
        expect(vibration.patterns).to.have.length(2);
        expect(notifications.shown).to.have.length(2);
      } finally {
        called.stop();
        vibration.restore();
        notifications.restore();
      }
    });

    it('lets the host alert in its own way by cancelling mpp-ticket-called', async () => {
      const server = queueServer();
      const notifications = fakeNotifications('granted');
      const vibration = fakeVibration();
      const handle = (event: Event): void => event.preventDefault();
      document.addEventListener('mpp-ticket-called', handle);
      try {
        const ticket = await ticketFor(queueClient(server), { service: 'ktp-el' });
        await ticket.take();
        await staffClient(server).counters.callNext('loket-1');
        await waitUntil(() => ticket.callMessage !== null, 'the call is shown');
        expect(vibration.patterns).to.have.length(0);
        expect(notifications.shown).to.have.length(0);
      } finally {
        document.removeEventListener('mpp-ticket-called', handle);
        vibration.restore();
        notifications.restore();
      }
    });

    it('asks to notify only after the visitor presses "Beri tahu saya"', async () => {
      const server = queueServer();
      const notifications = fakeNotifications('default', 'granted');
      try {
        const ticket = await ticketFor(queueClient(server), { service: 'ktp-el' });
        await ticket.take();
        expect(notifications.asked()).to.equal(0);
        const button = ticket.element.shadowRoot?.querySelector('[part~="notify-button"]');
        expect(button?.textContent.trim()).to.equal('Beri tahu saya');
        await expect(ticket.element).to.be.accessible();
        await ticket.allowNotifications();
        expect(notifications.asked()).to.equal(1);
        expect(ticket.element.shadowRoot?.querySelector('[part~="notify-status"]')?.textContent).to.equal(
          'Anda akan mendapat notifikasi saat nomor Anda dipanggil.',
        );
        await staffClient(server).counters.callNext('loket-1');
        await waitUntil(() => notifications.shown.length === 1, 'the call is notified');
      } finally {
        notifications.restore();
      }
    });

    it('shows where it is served, then how it ended, and forgets the finished ticket', async () => {
      const server = queueServer();
      const staff = staffClient(server);
      const client = queueClient(server);
      const ticket = await ticketFor(client, { service: 'ktp-el' });
      await ticket.take();
      const id = ticket.element.ticket?.id as string;
      expect(sessionStorage.getItem(ticketKey(server.baseUrl, 'ktp-el'))).to.equal(id);
      await staff.counters.callNext('loket-1');
      await waitUntil(() => ticket.statusKind === 'called', 'called');
      await staff.counters.complete('loket-1');
      await waitUntil(() => ticket.statusKind === 'done', 'done');
      expect(ticket.outcome).to.equal('Layanan selesai. Terima kasih atas kunjungan Anda.');
      expect(ticket.status).to.equal('Selesai');
      expect(ticket.callMessage).to.equal(null);
      expect(sessionStorage.getItem(ticketKey(server.baseUrl, 'ktp-el'))).to.equal(null);
      expect(ticket.canTake).to.equal(true);
      await expect(ticket.element).to.be.accessible();

      // A reload now starts afresh.
      ticket.element.remove();
      const next = await ticketFor(client, { service: 'ktp-el' });
      expect(next.number).to.equal(null);
      expect(next.canTake).to.equal(true);
      await next.take();
      expect(next.number).to.equal('A-002');
    });

    it('tells a skipped visitor, and offers a new number', async () => {
      const server = queueServer();
      const staff = staffClient(server);
      const ticket = await ticketFor(queueClient(server), { service: 'ktp-el' });
      await ticket.take();
      await staff.counters.callNext('loket-1');
      await waitUntil(() => ticket.statusKind === 'called', 'called');
      await staff.counters.skip('loket-1');
      await waitUntil(() => ticket.statusKind === 'skipped', 'skipped');
      expect(ticket.outcome).to.equal('Nomor ini terlewat karena tidak hadir saat dipanggil.');
      await ticket.take();
      expect(ticket.number).to.equal('A-002');
      expect(ticket.statusKind).to.equal('waiting');
    });
  });

  describe('the satisfaction survey', () => {
    /** A ticket taken and called at Loket 1, then completed (`finish: 'complete'`) or skipped. */
    async function finishedTicket(server: BrowserServer, finish: 'complete' | 'skip' = 'complete'): Promise<string> {
      const client = queueClient(server);
      const ticket = await client.tickets.take({ serviceId: 'ktp-el' }, { idempotencyKey: crypto.randomUUID() });
      const staff = staffClient(server);
      await staff.counters.callNext('loket-1');
      await staff.counters[finish]('loket-1');
      return ticket.id;
    }

    /** A card showing ticket `ticketId`, with `surveyUrl` when given, settled. */
    async function cardFor(server: BrowserServer, ticketId: string, surveyUrl?: string): Promise<TicketHarness> {
      const element = fixtureSync<MppTicket>(
        html`<mpp-ticket
          .client=${queueClient(server)}
          ticket-id=${ticketId}
          survey-url=${surveyUrl ?? nothing}
        ></mpp-ticket>`,
      );
      const harness = new TicketHarness(element);
      await harness.settled();
      return harness;
    }

    it('offers the survey with its code once the ticket is completed', async () => {
      const server = queueServer();
      const ticket = await ticketFor(queueClient(server), { service: 'ktp-el' });
      await ticket.take();
      const staff = staffClient(server);
      await staff.counters.callNext('loket-1');
      expect(ticket.surveyOffer).to.equal(null);
      await staff.counters.complete('loket-1');
      await waitUntil(() => ticket.surveyCode !== null, 'the survey code is shown');
      const invitation = await queueClient(server).survey.invitation(ticket.element.ticket?.id as string);
      expect(ticket.surveyCode).to.equal(invitation.code);
      expect(ticket.surveyOffer).to.contain('mengisi Survei Kepuasan Masyarakat');
      expect(ticket.surveyOffer).to.contain('Masukkan kode ini di halaman survei MPP');
      expect(ticket.surveyOffer).to.contain('9 Maret 2026');
      await expect(ticket.element).to.be.accessible();
    });

    it('links to the survey page with the code in the fragment when survey-url is set', async () => {
      const server = queueServer();
      const id = await finishedTicket(server);
      const card = await cardFor(server, id, '/survei/');
      const { code } = await queueClient(server).survey.invitation(id);
      expect(card.surveyLink).to.equal(new URL(`/survei/#kode=${code}`, document.baseURI).href);
      expect(card.surveyCode).to.equal(null);
      await expect(card.element).to.be.accessible();
    });

    it('says so when the survey was already answered', async () => {
      const server = queueServer();
      const id = await finishedTicket(server);
      const client = queueClient(server);
      const { code } = await client.survey.invitation(id);
      const answers = {
        requirements: 4,
        procedure: 4,
        time: 3,
        cost: 4,
        product: 4,
        competence: 4,
        conduct: 4,
        complaints: 3,
        facilities: 4,
      };
      await client.survey.submit({ code, answers });
      const card = await cardFor(server, id, '/survei/');
      expect(card.surveyOffer).to.equal('Terima kasih, survei kepuasan untuk kunjungan ini sudah diisi.');
      expect(card.surveyLink).to.equal(null);
    });

    it('offers no survey for a skipped ticket', async () => {
      const server = queueServer();
      const id = await finishedTicket(server, 'skip');
      const card = await cardFor(server, id, '/survei/');
      expect(card.statusKind).to.equal('skipped');
      expect(card.surveyOffer).to.equal(null);
    });
  });

  describe('surviving a reload', () => {
    it('resumes the same ticket from sessionStorage, never localStorage', async () => {
      const server = queueServer();
      const client = queueClient(server);
      const first = await ticketFor(client, { service: 'ktp-el' });
      await first.take();
      const id = first.element.ticket?.id as string;
      first.element.remove();
      expect(sessionStorage.getItem(ticketKey(server.baseUrl, 'ktp-el'))).to.equal(id);
      expect(localStorage.length).to.equal(0);

      // The page comes back: a new element, a new client of the same API.
      const again = await ticketFor(queueClient(server), { service: 'ktp-el' });
      expect(again.number).to.equal('A-001');
      expect(again.element.ticket?.id).to.equal(id);
      expect(again.canTake).to.equal(false);
      expect(await ticketsIssued(server, 'ktp-el')).to.equal(1);
      // Another service of the same API holds nothing.
      const other = await ticketFor(queueClient(server), { service: 'akta-kelahiran' });
      expect(other.number).to.equal(null);
      expect(other.canTake).to.equal(true);
    });

    it('forgets a kept ticket the server does not know, and offers the take button', async () => {
      const server = queueServer();
      sessionStorage.setItem(ticketKey(server.baseUrl, 'ktp-el'), 'yesterdays-ticket');
      const ticket = await ticketFor(queueClient(server), { service: 'ktp-el' });
      expect(ticket.canTake).to.equal(true);
      expect(ticket.error).to.equal(null);
      expect(sessionStorage.getItem(ticketKey(server.baseUrl, 'ktp-el'))).to.equal(null);
    });
  });

  describe('cancelling', () => {
    it('asks for confirmation inline, then cancels and fires mpp-ticket-cancelled', async () => {
      const server = queueServer();
      const cancelled = heard('mpp-ticket-cancelled');
      try {
        const ticket = await ticketFor(queueClient(server), { service: 'ktp-el' });
        await ticket.take();
        const id = ticket.element.ticket?.id as string;
        await ticket.cancel();
        expect(ticket.confirmation).to.equal('Batalkan nomor A-001? Nomor yang dibatalkan tidak dapat dipakai lagi.');
        // The safe answer has the focus.
        expect(ticket.element.shadowRoot?.activeElement?.getAttribute('part')).to.equal('keep-button');
        await expect(ticket.element).to.be.accessible();
        await ticket.keepTicket();
        expect(ticket.confirmation).to.equal(null);
        expect(ticket.statusKind).to.equal('waiting');
        expect((await server.store.getTicket(id))?.status).to.equal('waiting');
        expect(ticket.element.shadowRoot?.activeElement?.getAttribute('part')).to.equal('cancel-button');

        await ticket.cancel();
        await ticket.confirmCancel();
        expect(ticket.status).to.equal('Dibatalkan');
        expect(ticket.outcome).to.equal('Nomor antrean ini sudah dibatalkan.');
        expect((await server.store.getTicket(id))?.status).to.equal('cancelled');
        expect(cancelled.details).to.deep.equal([{ ticketId: id, number: 'A-001', serviceId: 'ktp-el' }]);
        expect(sessionStorage.getItem(ticketKey(server.baseUrl, 'ktp-el'))).to.equal(null);
        await expect(ticket.element).to.be.accessible();
      } finally {
        cancelled.stop();
      }
    });

    it('closes the confirmation when the number is called meanwhile', async () => {
      const server = queueServer();
      const ticket = await ticketFor(queueClient(server), { service: 'ktp-el' });
      await ticket.take();
      await ticket.cancel();
      await staffClient(server).counters.callNext('loket-1');
      await waitUntil(() => ticket.statusKind === 'called', 'called');
      expect(ticket.confirmation).to.equal(null);
      expect(ticket.callMessage).to.match(/^Silakan menuju Loket 1/);
    });
  });

  describe('when no number can be taken', () => {
    it('says the daily quota is used up, and when numbers are given again', async () => {
      const server = queueServer();
      const citizen = queueClient(server);
      for (let taken = 0; taken < 10; taken += 1) await citizen.tickets.take({ serviceId: 'paspor-hilang-rusak' });
      const ticket = await ticketFor(queueClient(server), { service: 'paspor-hilang-rusak' });
      await ticket.take();
      expect(ticket.refusal).to.equal(
        'Kuota nomor antrean layanan ini untuk hari ini sudah habis. Nomor antrean dapat diambil lagi besok pukul 08.00.',
      );
      expect(ticket.number).to.equal(null);
      expect(await ticketsIssued(server, 'paspor-hilang-rusak')).to.equal(10);
      await expect(ticket.element).to.be.accessible();
    });

    it('says the MPP is closed on a Sunday, in the visitor’s language, with the next opening', async () => {
      const server = queueServer('2026-03-01T10:00:00+07:00');
      const ticket = await ticketFor(queueClient(server), { service: 'ktp-el' });
      await ticket.take();
      expect(ticket.refusal).to.equal('MPP sedang tutup. Nomor antrean dapat diambil lagi besok pukul 08.00.');
      await expect(ticket.element).to.be.accessible();
      const english = await ticketFor(queueClient(server, { locale: 'en' }), { service: 'ktp-el', lang: 'en' });
      await english.take();
      expect(english.refusal).to.equal('The MPP is closed now. Queue numbers can be taken again tomorrow at 08:00.');
    });

    it('says the MPP is closed at 20:00, and on a Friday evening opens again on Monday', async () => {
      const evening = await ticketFor(queueClient(queueServer('2026-03-02T20:00:00+07:00')), { service: 'ktp-el' });
      await evening.take();
      expect(evening.refusal).to.equal('MPP sedang tutup. Nomor antrean dapat diambil lagi besok pukul 08.00.');
      const friday = await ticketFor(queueClient(queueServer('2026-03-06T20:00:00+07:00')), { service: 'ktp-el' });
      await friday.take();
      expect(friday.refusal).to.equal(
        'MPP sedang tutup. Nomor antrean dapat diambil lagi pada Senin, 9 Maret 2026 pukul 08.00.',
      );
    });

    it('names the holiday that closes the MPP', async () => {
      const server = queueServer('2026-03-19T09:00:00+07:00');
      const ticket = await ticketFor(queueClient(server), { service: 'ktp-el' });
      await ticket.take();
      expect(ticket.refusal).to.equal(
        'MPP tutup hari ini: Hari Suci Nyepi (Tahun Baru Saka 1948). Nomor antrean dapat diambil lagi pada Rabu, 25 Maret 2026 pukul 08.00.',
      );
    });

    it('says the service’s queue is not open when no counter serves it', async () => {
      const server = queueServer();
      const staff = staffClient(server);
      for (const counterId of ['loket-1', 'loket-2']) await staff.counters.update(counterId, { status: 'closed' });
      const ticket = await ticketFor(queueClient(server), { service: 'ktp-el' });
      await ticket.take();
      expect(ticket.refusal).to.equal(
        'Antrean layanan ini sedang tidak dibuka: belum ada loket yang melayaninya. Silakan coba lagi nanti.',
      );
    });
  });

  describe('with the catalog', () => {
    it('takes a number for the service a visitor queues for in <mpp-service-catalog>', async () => {
      const server = queueServer();
      const client = queueClient(server);
      const page = fixtureSync<HTMLElement>(
        html`<div>
          <mpp-service-catalog .client=${client}></mpp-service-catalog>
          <mpp-ticket .client=${client}></mpp-ticket>
        </div>`,
      );
      const catalogElement = page.querySelector('mpp-service-catalog') as MppServiceCatalog;
      const ticketElement = page.querySelector('mpp-ticket') as MppTicket;
      // What the class documentation tells a page to write.
      page.addEventListener('mpp-service-select', (event) => {
        if (event.detail.action !== 'queue') return;
        ticketElement.service = event.detail.serviceId;
        void ticketElement.take();
      });
      const catalog = new ServiceCatalogHarness(catalogElement);
      const ticket = new TicketHarness(ticketElement);
      await catalog.settled();
      await catalog.open('ktp-el');
      catalog.press('queue');
      await waitUntil(() => ticket.number !== null, 'the ticket is shown');
      await ticket.settled();
      expect(ticket.number).to.equal('A-001');
      expect(ticket.serviceName).to.equal('Perekaman dan penerbitan KTP-el');
      expect(await ticketsIssued(server, 'ktp-el')).to.equal(1);
      // The host's take() leaves the focus where the visitor is.
      expect(ticketElement.shadowRoot?.activeElement).to.equal(null);
    });
  });

  describe('live queue', () => {
    it('opens one stream for two tickets on a page', async () => {
      const server = queueServer();
      let streams = 0;
      const fetch: FetchLike = (request) => {
        if (new URL(request.url).pathname.endsWith('/v1/queues/stream')) streams += 1;
        return server.fetch(request);
      };
      const client = queueClient(server, { fetch });
      const page = fixtureSync<HTMLElement>(
        html`<div>
          <mpp-ticket .client=${client} service="ktp-el"></mpp-ticket>
          <mpp-ticket .client=${client} service="akta-kelahiran"></mpp-ticket>
        </div>`,
      );
      const [ktp, akta] = [...page.querySelectorAll('mpp-ticket')].map((element) => new TicketHarness(element));
      await ktp?.take();
      await akta?.take();
      expect([ktp?.number, akta?.number]).to.deep.equal(['A-001', 'D-001']);
      await staffClient(server).counters.callNext('loket-1');
      await waitUntil(() => ktp?.statusKind === 'called', 'the first ticket is called');
      expect(streams).to.equal(1);
    });

    it('follows the ticket and sees its call while the page polls instead of streaming', async () => {
      const server = queueServer();
      // A server (or proxy) without the stream: the page's live queue polls snapshots instead.
      const fetch: FetchLike = (request) =>
        new URL(request.url).pathname.endsWith('/v1/queues/stream')
          ? Promise.resolve(new Response(null, { status: 404 }))
          : server.fetch(request);
      const called = heard('mpp-ticket-called');
      try {
        const element = await fixture<MppTicket>(
          html`<mpp-ticket
            .client=${queueClient(server, { fetch })}
            .subscribeOptions=${{ pollInterval: 100 }}
            service="ktp-el"
          ></mpp-ticket>`,
        );
        const ticket = new TicketHarness(element);
        await queueClient(server).tickets.take({ serviceId: 'ktp-el' });
        await ticket.take();
        expect(ticket.peopleAhead).to.equal('1 orang');
        await waitUntil(() => ticket.freshness === 'stale', 'polling is not shown as live');
        expect(ticket.staleNotice).to.match(/^Diperbarui berkala\. Data per pukul \d\d\.\d\d\.$/);
        await staffClient(server).counters.callNext('loket-1');
        await waitUntil(() => ticket.peopleAhead === 'Anda berikutnya', 'the line moved', { timeout: 4000 });
        await staffClient(server).counters.callNext('loket-2');
        await waitUntil(() => ticket.callMessage !== null, 'the call is seen', { timeout: 4000 });
        expect(ticket.callMessage).to.equal('Silakan menuju Loket 2 Nomor A-002 dipanggil.');
        expect(called.details.map((detail) => detail.counterId)).to.deep.equal(['loket-2']);
      } finally {
        called.stop();
      }
    });

    it('marks its data stale with the time it is from while the live queue cannot connect', async () => {
      const server = queueServer();
      const fetch: FetchLike = (request) =>
        new URL(request.url).pathname.startsWith('/v1/queues')
          ? Promise.reject(new TypeError('Failed to fetch'))
          : server.fetch(request);
      const ticket = await ticketFor(queueClient(server, { fetch }), { service: 'ktp-el', live: false });
      await ticket.take();
      await waitUntil(() => ticket.freshness === 'stale', 'stale');
      expect(ticket.staleNotice).to.match(/Data per pukul \d\d\.\d\d\.$/);
      expect(ticket.number).to.equal('A-001');
      await expect(ticket.element).to.be.accessible();
    });
  });

  describe('states and layout', () => {
    it('shows a configuration hint without an API', async () => {
      const element = await fixture<MppTicket>(html`<mpp-ticket service="ktp-el"></mpp-ticket>`);
      const ticket = new TicketHarness(element);
      await ticket.settled();
      expect(ticket.error).to.match(/belum terhubung ke API MPP/);
      await expect(element).to.be.accessible();
    });

    it('shows an accessible skeleton while a resumed ticket loads', async () => {
      const server = queueServer();
      const id = (await queueClient(server).tickets.take({ serviceId: 'ktp-el' })).id;
      let release = (): void => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      const fetch: FetchLike = async (request) => {
        if (new URL(request.url).pathname.includes('/v1/tickets/')) await held;
        return server.fetch(request);
      };
      const element = fixtureSync<MppTicket>(
        html`<mpp-ticket .client=${queueClient(server, { fetch })} ticket-id=${id}></mpp-ticket>`,
      );
      await element.updateComplete;
      const ticket = new TicketHarness(element);
      expect(ticket.busy).to.equal(true);
      expect(element.shadowRoot?.querySelector('.bone')).to.not.equal(null);
      await expect(element).to.be.accessible();
      release();
      await ticket.settled();
      expect(ticket.number).to.equal('A-001');
    });

    it('says its heading is loading while the service loads: never an empty heading', async () => {
      const server = queueServer();
      let release = (): void => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      const fetch: FetchLike = async (request) => {
        await held;
        return server.fetch(request);
      };
      const element = fixtureSync<MppTicket>(
        html`<mpp-ticket .client=${queueClient(server, { fetch })} service="ktp-el"></mpp-ticket>`,
      );
      await element.updateComplete;
      const ticket = new TicketHarness(element);
      expect(ticket.heading).to.equal('Memuat…');
      expect(element.shadowRoot?.querySelector('[part~="heading"] .bone')).to.not.equal(null);
      await expect(element).to.be.accessible();
      release();
      await ticket.settled();
      expect(ticket.heading).to.equal('Antrean Perekaman dan penerbitan KTP-el');
    });

    it('keeps its layout under a hostile portal stylesheet', async () => {
      const server = queueServer();
      const client = queueClient(server);
      const id = (await client.tickets.take({ serviceId: 'ktp-el' })).id;
      const boxes = async (): Promise<string[]> => {
        const element = await fixture<MppTicket>(html`<mpp-ticket .client=${client} ticket-id=${id}></mpp-ticket>`);
        element.style.width = '400px';
        await new TicketHarness(element).settled();
        const root = element.shadowRoot as ShadowRoot;
        const origin = (root.querySelector('[part~="card"]') as Element).getBoundingClientRect();
        return ['[part~="card"]', '[part~="number"]', '[part~="facts"]', '[part~="status"]', 'button']
          .map((selector) => (root.querySelector(selector) as Element).getBoundingClientRect())
          .map((box) =>
            [box.left - origin.left, box.top - origin.top, box.width, box.height].map(Math.round).join(','),
          );
      };
      const calm = await boxes();
      const remove = applyHostilePortalCss(document);
      try {
        expect(await boxes()).to.deep.equal(calm);
      } finally {
        remove();
      }
    });

    // 320 CSS px is a small phone; 200% is a visitor's large text. Nothing may scroll sideways.
    for (const [label, fontSize] of [
      ['320 px', ''],
      ['320 px with text at 200%', '200%'],
    ] as const) {
      it(`fits ${label} in every state`, async () => {
        const server = queueServer();
        const notifications = fakeNotifications('default');
        try {
          const host = fixtureSync<HTMLElement>(html`<div></div>`);
          const show = async (service: string): Promise<TicketHarness> => {
            render(html`<mpp-ticket .client=${queueClient(server)} service=${service}></mpp-ticket>`, host);
            const element = host.querySelector('mpp-ticket') as MppTicket;
            element.style.width = '320px';
            if (fontSize) element.style.setProperty('--mpp-font-size', fontSize);
            const harness = new TicketHarness(element);
            await harness.settled();
            return harness;
          };
          const fits = (harness: TicketHarness, state: string): void => {
            const root = harness.element.shadowRoot as ShadowRoot;
            const base = root.querySelector('[part~="base"]') as HTMLElement;
            expect(base.scrollWidth, `${state}: base scroll width`).to.be.at.most(base.clientWidth);
            const right = harness.element.getBoundingClientRect().right + 0.5;
            for (const node of root.querySelectorAll('*')) {
              expect(node.getBoundingClientRect().right, `${state}: ${node.localName}`).to.be.at.most(right);
            }
          };
          const ticket = await show('ktp-el');
          fits(ticket, 'take');
          await ticket.take();
          fits(ticket, 'waiting');
          await ticket.cancel();
          fits(ticket, 'confirm');
          await ticket.keepTicket();
          await staffClient(server).counters.callNext('loket-1');
          await waitUntil(() => ticket.statusKind === 'called', 'called');
          fits(ticket, 'called');
          await staffClient(server).counters.update('loket-4', { status: 'closed' });
          const refused = await show('akta-kelahiran');
          await refused.take();
          expect(refused.refusal).to.not.equal(null);
          fits(refused, 'refused');
        } finally {
          notifications.restore();
        }
      });
    }
  });
});
