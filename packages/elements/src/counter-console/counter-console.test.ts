// <mpp-counter-console> against a fresh in-browser reference server per test
// (its clock on an open Monday morning), imported through its public define
// module as a counter's page would.
import '@mpp-kit/elements/counter-console/define.js';
import { CounterConsoleHarness } from '@mpp-kit/elements/testing.js';
import type { FetchLike } from '@mpp-kit/sdk';
import type { BrowserServer } from '@mpp-kit/server/browser';
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import type { MppCounterConsole } from './counter-console.js';
import { applyHostilePortalCss } from '../test-support/hostile-portal-css.js';
import { queueClient, queueServer, staffClient } from '../test-support/server.js';

/** A console of `server`, settled. */
async function consoleOf(
  server: BrowserServer,
  options: { counter?: string; lang?: string; fetch?: FetchLike } = {},
): Promise<CounterConsoleHarness> {
  const client = queueClient(server, { ...(options.fetch ? { fetch: options.fetch } : {}) });
  const element = await fixture<MppCounterConsole>(
    html`<mpp-counter-console
      .client=${client}
      counter=${options.counter ?? ''}
      lang=${options.lang ?? 'id'}
    ></mpp-counter-console>`,
  );
  if (!options.counter) element.counter = undefined;
  const harness = new CounterConsoleHarness(element);
  await harness.settled();
  return harness;
}

/** Takes `count` numbers for `serviceId` as citizens would. */
async function take(server: BrowserServer, count = 1, serviceId = 'ktp-el'): Promise<void> {
  const citizen = queueClient(server);
  for (let taken = 0; taken < count; taken += 1) await citizen.tickets.take({ serviceId });
}

/** A console signed in at `counter`. */
async function signedIn(server: BrowserServer, counter = 'loket-1', lang = 'id'): Promise<CounterConsoleHarness> {
  const harness = await consoleOf(server, { counter, lang });
  await harness.signIn(server.staffToken);
  return harness;
}

/** Every element of a tree, shadow roots included. */
function allElements(root: Document | ShadowRoot | Element): Element[] {
  const found = [...root.querySelectorAll('*')];
  return found.concat(found.flatMap((element) => (element.shadowRoot ? allElements(element.shadowRoot) : [])));
}

describe('<mpp-counter-console>', () => {
  describe('signing in', () => {
    it('asks for the staff token in a labelled password field, and is accessible', async () => {
      const server = queueServer();
      const harness = await consoleOf(server, { counter: 'loket-1' });
      expect(harness.step).to.equal('sign-in');
      const field = harness.tokenField as HTMLInputElement;
      expect(field.type).to.equal('password');
      expect(field.labels?.[0]?.textContent).to.equal('Token petugas');
      expect(field.getAttribute('autocomplete')).to.equal('off');
      await expect(harness.element).to.be.accessible();
    });

    it('labels the field "Staff token" in English', async () => {
      const harness = await consoleOf(queueServer(), { lang: 'en' });
      expect(harness.tokenField?.labels?.[0]?.textContent).to.equal('Staff token');
    });

    it('signs in with the typed token and calls the next number', async () => {
      const server = queueServer();
      await take(server);
      const harness = await consoleOf(server, { counter: 'loket-1' });
      harness.tokenField?.focus();
      await sendKeys({ type: server.staffToken });
      await sendKeys({ press: 'Enter' });
      await harness.settled();
      expect(harness.step).to.equal('console');
      expect(harness.counterName).to.equal('Loket 1 Dispendukcapil');
      expect(harness.counterStatus).to.equal('Buka');
      expect(harness.serving).to.equal(null);
      expect(harness.lines.find((line) => line.serviceId === 'ktp-el')?.waiting).to.equal(1);
      // Focus moves on to the first action.
      expect(harness.element.shadowRoot?.activeElement?.getAttribute('data-action')).to.equal('call-next');
      await harness.press('Panggil berikutnya');
      expect(harness.serving).to.equal('A-001');
      expect(harness.outcome).to.equal('A-001 dipanggil ke Loket 1.');
      await waitUntil(() => harness.lines.find((line) => line.serviceId === 'ktp-el')?.waiting === 0);
      await expect(harness.element).to.be.accessible();
    });

    it('takes the token as the `staffToken` property, which cannot be read back', async () => {
      const server = queueServer();
      await take(server);
      const harness = await consoleOf(server, { counter: 'loket-1' });
      harness.element.staffToken = server.staffToken;
      await harness.settled();
      expect(harness.step).to.equal('console');
      expect(harness.element.staffToken).to.equal(undefined);
      await harness.press('Panggil berikutnya');
      expect(harness.serving).to.equal('A-001');
    });

    it('says when the field is empty and keeps the focus there', async () => {
      const harness = await consoleOf(queueServer());
      await harness.signIn('   ');
      expect(harness.step).to.equal('sign-in');
      expect(harness.alert).to.equal('Isi token petugas terlebih dahulu.');
      expect(harness.element.shadowRoot?.activeElement).to.equal(harness.tokenField);
    });

    it('says "Token salah" on the first refused call and returns to sign-in with the field focused', async () => {
      const server = queueServer();
      await take(server);
      const harness = await signedIn(server);
      harness.element.staffToken = 'bukan-token-yang-benar';
      await harness.settled();
      await harness.press('Panggil berikutnya');
      expect(harness.step).to.equal('sign-in');
      expect(harness.alert).to.equal('Token salah. Periksa token petugas, lalu masuk lagi.');
      expect(harness.tokenField?.getAttribute('aria-invalid')).to.equal('true');
      expect(harness.element.shadowRoot?.activeElement).to.equal(harness.tokenField);
      await expect(harness.element).to.be.accessible();
      // Nothing was called: the right token calls A-001.
      await harness.signIn(server.staffToken);
      await harness.press('Panggil berikutnya');
      expect(harness.serving).to.equal('A-001');
    });

    it('signs out, forgetting the token', async () => {
      const server = queueServer();
      const harness = await signedIn(server);
      await harness.signOut();
      expect(harness.step).to.equal('sign-in');
      expect(harness.outcome).to.equal('Anda sudah keluar. Token dihapus dari halaman ini.');
      expect(harness.element.shadowRoot?.activeElement).to.equal(harness.tokenField);
    });
  });

  describe('the token stays in memory', () => {
    it('never appears in an attribute, storage, the URL, an event, a log or the field', async () => {
      const server = queueServer();
      await take(server, 2);
      const token = server.staffToken;
      const details: string[] = [];
      const logged: string[] = [];
      const originalDispatch = Object.getOwnPropertyDescriptor(EventTarget.prototype, 'dispatchEvent');
      const dispatch = originalDispatch?.value as (this: EventTarget, event: Event) => boolean;
      const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
      const originalConsole = methods.map((method) => Object.getOwnPropertyDescriptor(console, method));
      Object.defineProperty(EventTarget.prototype, 'dispatchEvent', {
        configurable: true,
        writable: true,
        value(this: EventTarget, event: Event): boolean {
          if (event instanceof CustomEvent) details.push(JSON.stringify(event.detail));
          return dispatch.call(this, event);
        },
      });
      for (const [index, method] of methods.entries()) {
        const original = originalConsole[index]?.value as (...args: unknown[]) => void;
        Object.defineProperty(console, method, {
          configurable: true,
          writable: true,
          value: (...args: unknown[]) => {
            logged.push(args.map(String).join(' '));
            original.apply(console, args);
          },
        });
      }
      try {
        const harness = await consoleOf(server, { counter: 'loket-1' });
        await harness.signIn(token);
        expect(harness.tokenField).to.equal(null);
        await harness.press('Panggil berikutnya');
        await harness.press('Panggil ulang');
        await harness.press('Lewati');
        await harness.press('Panggil berikutnya');
        await harness.press('Selesai');
        await harness.press('Panggil berikutnya');
        expect(harness.alert).to.equal('Tidak ada antrean yang menunggu untuk loket ini.');
        const attributes = allElements(document).flatMap((element) =>
          [...element.attributes].map((attribute) => `${element.localName}[${attribute.name}=${attribute.value}]`),
        );
        expect(attributes.filter((attribute) => attribute.includes(token))).to.deep.equal([]);
        const stored = [sessionStorage, localStorage].flatMap((storage) =>
          Object.keys(storage).map((key) => `${key}=${storage.getItem(key) ?? ''}`),
        );
        expect(stored.filter((entry) => entry.includes(token))).to.deep.equal([]);
        expect(location.href).to.not.include(token);
        expect(details.length).to.be.greaterThan(0);
        expect(details.filter((detail) => detail.includes(token))).to.deep.equal([]);
        expect(logged.filter((line) => line.includes(token))).to.deep.equal([]);
        // The shadow DOM's text and every field's value, too.
        expect(harness.element.shadowRoot?.textContent).to.not.include(token);
        await harness.signOut();
        expect(harness.tokenField?.value).to.equal('');
      } finally {
        if (originalDispatch) Object.defineProperty(EventTarget.prototype, 'dispatchEvent', originalDispatch);
        for (const [index, method] of methods.entries()) {
          const original = originalConsole[index];
          if (original) Object.defineProperty(console, method, original);
        }
      }
    });
  });

  describe('choosing a counter', () => {
    it('lists every counter with its agency and status, and opens the chosen one', async () => {
      const server = queueServer();
      const harness = await consoleOf(server);
      await harness.signIn(server.staffToken);
      expect(harness.step).to.equal('choose');
      expect(harness.counterOptions).to.have.length(20);
      expect(harness.counterOptions[0]).to.equal('Loket 1 · Dispendukcapil (Buka)');
      expect(harness.element.shadowRoot?.activeElement?.getAttribute('part')).to.equal('counter-select');
      await expect(harness.element).to.be.accessible();
      await harness.chooseCounter('loket-3');
      expect(harness.step).to.equal('console');
      expect(harness.element.counter).to.equal('loket-3');
      expect(harness.counterName).to.equal('Loket 3 Dispendukcapil');
      expect(harness.lines.map((line) => line.serviceId)).to.deep.equal([
        'kartu-keluarga',
        'pindah-datang',
        'kia',
        'legalisir-dukcapil',
      ]);
    });

    it('says so when the `counter` attribute names no counter of the MPP', async () => {
      const server = queueServer();
      const harness = await signedIn(server, 'loket-99');
      expect(harness.step).to.equal('choose');
      expect(textOfShadow(harness)).to.include('Loket "loket-99" tidak ada di MPP ini.');
    });

    it('goes back to the choice with "Ganti loket"', async () => {
      const harness = await signedIn(queueServer());
      await harness.press('Ganti loket');
      expect(harness.step).to.equal('choose');
    });
  });

  describe('actions', () => {
    it('recalls, skips and completes, showing the number served each time', async () => {
      const server = queueServer();
      await take(server, 2);
      const harness = await signedIn(server);
      expect(harness.isEnabled('Panggil ulang')).to.equal(false);
      await harness.press('Panggil berikutnya');
      await harness.press('Panggil ulang');
      expect(harness.serving).to.equal('A-001');
      expect(harness.outcome).to.equal('A-001 dipanggil ulang.');
      await harness.press('Lewati');
      expect(harness.serving).to.equal(null);
      expect(harness.outcome).to.equal('A-001 dilewati.');
      await harness.press('Panggil berikutnya');
      expect(harness.serving).to.equal('A-002');
      await harness.press('Selesai');
      expect(harness.serving).to.equal(null);
      expect(harness.outcome).to.match(/^A-002 selesai dilayani\./);
      const done = await queueClient(server).queues.snapshot();
      expect(done.counters.find((counter) => counter.id === 'loket-1')?.serving).to.equal(null);
    });

    it('shows the survey code of the number it completed, for staff to read out', async () => {
      const server = queueServer();
      const citizen = queueClient(server);
      const first = await citizen.tickets.take({ serviceId: 'ktp-el' });
      const second = await citizen.tickets.take({ serviceId: 'ktp-el' });
      const harness = await signedIn(server);
      await harness.press('Panggil berikutnya');
      expect(harness.surveyCode).to.equal(null);
      await harness.press('Selesai');
      const { code } = await citizen.survey.invitation(first.id);
      expect(harness.surveyCode).to.equal(code);
      expect(harness.surveyCodeText).to.contain(`Kode survei kepuasan untuk ${first.number}`);
      expect(harness.surveyCodeText).to.contain('Bacakan atau cetak kode ini untuk pengunjung.');
      expect(harness.outcome).to.equal(`${first.number} selesai dilayani. Kode survei: ${code}.`);
      await expect(harness.element).to.be.accessible();
      // Calling the next number keeps the code on screen for the visitor still at the desk.
      await harness.press('Panggil berikutnya');
      expect(harness.surveyCode).to.equal(code);
      // The next completion replaces the code.
      await harness.press('Selesai');
      const next = await citizen.survey.invitation(second.id);
      expect(harness.surveyCode).to.equal(next.code);
      expect(harness.surveyCodeText).to.contain(second.number);
      await harness.signOut();
      expect(harness.surveyCode).to.equal(null);
    });

    it('pauses, opens and closes the counter', async () => {
      const server = queueServer();
      await take(server);
      const harness = await signedIn(server);
      await harness.press('Jeda');
      expect(harness.counterStatus).to.equal('Dijeda');
      expect(harness.isEnabled('Panggil berikutnya')).to.equal(false);
      await harness.press('Buka loket');
      expect(harness.counterStatus).to.equal('Buka');
      await harness.press('Panggil berikutnya');
      await harness.press('Tutup loket');
      expect(harness.alert).to.equal('Selesaikan atau lewati nomor yang sedang dilayani sebelum menutup loket.');
      expect(harness.counterStatus).to.equal('Buka');
      await harness.press('Selesai');
      await harness.press('Tutup loket');
      expect(harness.counterStatus).to.equal('Tutup');
      await waitUntil(async () => {
        const snapshot = await queueClient(server).queues.snapshot();
        return snapshot.counters.find((counter) => counter.id === 'loket-1')?.status === 'closed';
      });
      await expect(harness.element).to.be.accessible();
    });

    it('says so when nobody is waiting', async () => {
      const harness = await signedIn(queueServer());
      await harness.press('Panggil berikutnya');
      expect(harness.alert).to.equal('Tidak ada antrean yang menunggu untuk loket ini.');
      expect(harness.serving).to.equal(null);
      await expect(harness.element).to.be.accessible();
    });

    it('says "Nobody is waiting" in English', async () => {
      const harness = await signedIn(queueServer(), 'loket-1', 'en');
      expect(harness.shortcuts.map((shortcut) => shortcut.action)).to.deep.equal([
        'Call next',
        'Recall',
        'Skip',
        'Complete',
        'Open counter',
        'Pause',
        'Close counter',
      ]);
      await harness.press('Call next');
      expect(harness.alert).to.equal('Nobody is waiting for this counter.');
      // A language switch re-words the message on screen.
      harness.element.lang = 'id';
      await harness.settled();
      expect(harness.alert).to.equal('Tidak ada antrean yang menunggu untuk loket ini.');
    });

    it('says when the recall limit is reached', async () => {
      const server = queueServer();
      await take(server);
      const harness = await signedIn(server);
      await harness.press('Panggil berikutnya');
      for (let recall = 0; recall < 10 && !harness.alert; recall += 1) await harness.press('Panggil ulang');
      expect(harness.alert).to.equal('Nomor ini sudah mencapai batas panggil ulang. Lewati atau selesaikan nomor ini.');
      expect(harness.serving).to.equal('A-001');
    });

    it('says the action may not have been sent when the network fails, and never retries', async () => {
      const server = queueServer();
      await take(server);
      const network = cuttable(server);
      const harness = await consoleOf(server, { counter: 'loket-1', fetch: network.fetch });
      await harness.signIn(server.staffToken);
      network.setDown(true);
      await harness.press('Panggil berikutnya');
      expect(harness.alert).to.equal(
        'Tidak dapat terhubung ke server; tindakan mungkin belum terkirim. Periksa nomor yang dilayani sebelum mencoba lagi.',
      );
      expect(network.staffCalls()).to.equal(1);
      await expect(harness.element).to.be.accessible();
      network.setDown(false);
      await harness.press('Panggil berikutnya');
      expect(harness.serving).to.equal('A-001');
      expect(network.staffCalls()).to.equal(2);
    });

    it('keeps the buttons from acting while a call runs', async () => {
      const server = queueServer();
      await take(server, 2);
      const harness = await signedIn(server);
      const button = harness.button('Panggil berikutnya') as HTMLButtonElement;
      button.click();
      button.click();
      await harness.settled();
      expect(harness.serving).to.equal('A-001');
      const snapshot = await queueClient(server).queues.snapshot();
      expect(snapshot.services.find((line) => line.serviceId === 'ktp-el')?.waiting).to.equal(1);
    });
  });

  describe('keyboard shortcuts', () => {
    it('shows a key on every action and runs the action with it', async () => {
      const server = queueServer();
      await take(server, 2);
      const harness = await signedIn(server);
      expect(harness.shortcuts).to.deep.equal([
        { action: 'Panggil berikutnya', key: 'N' },
        { action: 'Panggil ulang', key: 'R' },
        { action: 'Lewati', key: 'S' },
        { action: 'Selesai', key: 'C' },
        { action: 'Buka loket', key: 'O' },
        { action: 'Jeda', key: 'P' },
        { action: 'Tutup loket', key: 'X' },
      ]);
      await sendKeys({ press: 'n' });
      await waitUntil(() => harness.serving === 'A-001', 'N calls the next number');
      await harness.settled();
      await sendKeys({ press: 'r' });
      await waitUntil(() => harness.outcome === 'A-001 dipanggil ulang.', 'R recalls');
      await sendKeys({ press: 's' });
      await waitUntil(() => harness.outcome === 'A-001 dilewati.', 'S skips');
      await sendKeys({ press: 'n' });
      await waitUntil(() => harness.serving === 'A-002');
      await harness.settled();
      await sendKeys({ press: 'c' });
      await waitUntil(() => harness.outcome?.startsWith('A-002 selesai dilayani.') === true, 'C completes');
      await harness.settled();
      await sendKeys({ press: 'p' });
      await waitUntil(() => harness.counterStatus === 'Dijeda', 'P pauses');
      await sendKeys({ press: 'o' });
      await waitUntil(() => harness.counterStatus === 'Buka', 'O opens');
      await sendKeys({ press: 'x' });
      await waitUntil(() => harness.counterStatus === 'Tutup', 'X closes');
    });

    it('ignores keys typed into a field or held down', async () => {
      const server = queueServer();
      await take(server, 2);
      const harness = await consoleOf(server, { counter: 'loket-1' });
      harness.tokenField?.focus();
      await sendKeys({ type: 'n' });
      expect(harness.tokenField?.value).to.equal('n');
      await harness.signIn(server.staffToken);
      const target = harness.button('Panggil berikutnya') as HTMLButtonElement;
      target.focus();
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', repeat: true, bubbles: true, composed: true }));
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', ctrlKey: true, bubbles: true, composed: true }));
      await harness.settled();
      expect(harness.outcome).to.equal(null);
      const snapshot = await queueClient(server).queues.snapshot();
      expect(snapshot.services.find((line) => line.serviceId === 'ktp-el')?.waiting).to.equal(2);
    });
  });

  describe('states', () => {
    it('says it has no API when nothing configures it', async () => {
      const element = await fixture<MppCounterConsole>(html`<mpp-counter-console></mpp-counter-console>`);
      const harness = new CounterConsoleHarness(element);
      await harness.settled();
      expect(harness.step).to.equal(null);
      expect(harness.error).to.include('Komponen ini belum terhubung ke API MPP');
      await expect(element).to.be.accessible();
    });

    it('marks the queue stale, with the time it is from, while the stream is down', async () => {
      const server = queueServer();
      await take(server);
      const network = cuttable(server);
      const harness = await consoleOf(server, { counter: 'loket-1', fetch: network.fetch });
      await harness.signIn(server.staffToken);
      expect(harness.freshness).to.equal('live');
      expect(harness.staleNotice).to.equal(null);
      network.setDown(true);
      network.cutStreams();
      await waitUntil(() => harness.freshness === 'stale', 'the console says its data is not live');
      expect(harness.staleNotice).to.match(/Data per pukul 09\.\d\d\.$/);
      expect(harness.lines.find((line) => line.serviceId === 'ktp-el')?.waiting).to.equal(1);
      await expect(harness.element).to.be.accessible();
      network.setDown(false);
      await waitUntil(() => harness.freshness === 'live', 'live again once the stream is back', { timeout: 10_000 });
    });
  });

  describe('layout', () => {
    // 320 CSS px is a small phone (or a 1280 px counter screen at 400% zoom); doubled text is 200% text size.
    for (const [label, rule] of [
      ['320 px', 'mpp-counter-console.narrow { width: 320px; }'],
      ['320 px with text at 200%', 'mpp-counter-console.narrow { width: 320px; --mpp-font-size: 32px; }'],
    ] as const) {
      it(`fits ${label} without horizontal scrolling, under a portal’s hostile CSS too`, async () => {
        const remove = applyHostilePortalCss(document);
        const narrow = document.createElement('style');
        narrow.textContent = rule;
        document.head.append(narrow);
        try {
          const server = queueServer();
          await take(server);
          const harness = await consoleOf(server, { counter: 'loket-1' });
          harness.element.classList.add('narrow');
          const fits = (): void => {
            const base = harness.element.shadowRoot?.querySelector('[part~="base"]') as HTMLElement;
            const edge = harness.element.getBoundingClientRect().right + 0.5;
            const wide = [...(harness.element.shadowRoot?.querySelectorAll('*') ?? [])]
              .filter((node) => node.getBoundingClientRect().right > edge)
              .map((node) => `${node.localName}.${node.className}:${node.getBoundingClientRect().width}`);
            expect(base.scrollWidth, wide.join(' | ')).to.be.at.most(base.clientWidth);
            expect(harness.element.getBoundingClientRect().width).to.equal(320);
            const right = harness.element.getBoundingClientRect().right + 0.5;
            for (const node of harness.element.shadowRoot?.querySelectorAll('*') ?? []) {
              const box = node.getBoundingClientRect();
              if (box.width > 0) expect(box.right, `${node.localName}.${node.className}`).to.be.at.most(right);
            }
          };
          fits();
          await harness.signIn(server.staffToken);
          await harness.press('Panggil berikutnya');
          expect(harness.serving).to.equal('A-001');
          fits();
        } finally {
          remove();
          narrow.remove();
        }
      });
    }
  });

  describe('two consoles', () => {
    it('on the same counter: one calls the ticket, the other is told, and both show it', async () => {
      const server = queueServer();
      await take(server);
      const first = await signedIn(server);
      const second = await signedIn(server);
      await Promise.all([first.press('Panggil berikutnya'), second.press('Panggil berikutnya')]);
      const alerts = [first.alert, second.alert];
      expect(alerts.filter((alert) => alert === null)).to.have.length(1);
      expect(alerts).to.include(
        'Loket ini baru saja diubah dari perangkat lain. Tampilan sudah diperbarui; periksa nomor yang dilayani, lalu ulangi.',
      );
      await waitUntil(() => first.serving === 'A-001' && second.serving === 'A-001', 'both show A-001');
      await expect(first.element).to.be.accessible();
    });

    it('on the same counter with a line: the second call is refused, so no citizen is finished unseen', async () => {
      const server = queueServer();
      await take(server, 2);
      const first = await signedIn(server);
      const second = await signedIn(server);
      await Promise.all([first.press('Panggil berikutnya'), second.press('Panggil berikutnya')]);
      expect([first.alert, second.alert].filter((alert) => alert === null)).to.have.length(1);
      await waitUntil(() => first.serving === 'A-001' && second.serving === 'A-001', 'both show A-001');
      const line = await queueClient(server).queues.snapshot({ service: 'ktp-el' });
      // A-001 is still called (not finished by the second press), A-002 still waits.
      expect(line.counters.find((counter) => counter.id === 'loket-1')?.serving?.status).to.equal('called');
      expect(line.services[0]?.waiting).to.equal(1);
    });

    it('on two counters racing for one ticket: one gets it, the other is told, both stay right', async () => {
      const server = queueServer();
      await take(server);
      const one = await signedIn(server, 'loket-1');
      const two = await signedIn(server, 'loket-2');
      await Promise.all([one.press('Panggil berikutnya'), two.press('Panggil berikutnya')]);
      const winner = one.serving === 'A-001' ? one : two;
      const loser = winner === one ? two : one;
      expect(winner.serving).to.equal('A-001');
      expect(winner.alert).to.equal(null);
      expect(loser.serving).to.equal(null);
      expect(loser.alert).to.equal('Tidak ada antrean yang menunggu untuk loket ini.');
      await waitUntil(() =>
        [one, two].every((desk) => desk.lines.find((l) => l.serviceId === 'ktp-el')?.waiting === 0),
      );
    });

    it('shows another console’s actions at once', async () => {
      const server = queueServer();
      await take(server, 2);
      const harness = await signedIn(server);
      await staffClient(server).counters.callNext('loket-1');
      await waitUntil(() => harness.serving === 'A-001', 'the call from elsewhere shows');
      await staffClient(server).counters.complete('loket-1');
      await waitUntil(() => harness.serving === null, 'the completion from elsewhere shows');
      // The other console completed it: this one's skip meets a conflict, said plainly.
      await staffClient(server).counters.callNext('loket-1');
      await waitUntil(() => harness.serving === 'A-002');
      const other = staffClient(server).counters.complete('loket-1');
      await harness.press('Lewati');
      await other;
      expect(harness.alert).to.equal(
        'Loket ini baru saja diubah dari perangkat lain. Tampilan sudah diperbarui; periksa nomor yang dilayani, lalu ulangi.',
      );
      expect(harness.serving).to.equal(null);
    });
  });
});

function textOfShadow(harness: CounterConsoleHarness): string {
  return (harness.element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
}

/** A fetch to `server` that fails like a dropped connection while down, counting the staff calls it is given. */
function cuttable(server: BrowserServer): {
  fetch: FetchLike;
  setDown(down: boolean): void;
  cutStreams(): void;
  staffCalls(): number;
} {
  let down = false;
  let staffCalls = 0;
  const streams = new Set<AbortController>();
  return {
    fetch: async (request) => {
      if (new URL(request.url).pathname.includes('/v1/counters/')) staffCalls += 1;
      if (down) throw new TypeError('Failed to fetch');
      const response = await server.fetch(request);
      if (!response.body || !response.headers.get('Content-Type')?.includes('text/event-stream')) return response;
      // A stream this test can cut, like a dropped connection would.
      const cut = new AbortController();
      streams.add(cut);
      const reader = response.body.getReader();
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          const chunk = await Promise.race([
            reader.read(),
            new Promise<never>((_, reject) => {
              cut.signal.addEventListener('abort', () => reject(new TypeError('network error')), { once: true });
            }),
          ]);
          if (chunk.done) controller.close();
          else controller.enqueue(chunk.value);
        },
        cancel: (reason) => reader.cancel(reason),
      });
      return new Response(body, { status: response.status, headers: response.headers });
    },
    cutStreams: () => {
      for (const cut of streams) cut.abort();
      streams.clear();
    },
    setDown: (value) => {
      down = value;
    },
    staffCalls: () => staffCalls,
  };
}
