// The slot picker against a fresh in-browser reference server per test (the
// Kota Kediri seed, its clock running from a chosen instant), rendered by a
// tiny host element defined here, the way <mpp-booking-form> and
// <mpp-booking-manager> host it. Bookings that fill slots are made through the
// real API, as another visitor would.
import type { Locale, Site } from '@mpp-kit/contract';
import type { FetchLike, MppClient } from '@mpp-kit/sdk';
import { kediriSeed, startingAt } from '@mpp-kit/server';
import { createBrowserServer, type BrowserServer } from '@mpp-kit/server/browser';
import { expect, fixtureSync, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { html, LitElement, type PropertyDeclarations } from 'lit';
import { ElementHarness } from '../core/harness.js';
import { baseStyles } from '../styles/base.js';
import { queueClient, queueServer, switchableFetch } from '../test-support/server.js';
import { addMonths, endOfWeek, lastOfMonth, monthWeeks, startOfWeek } from './calendar-dates.js';
import { slotPickerStringsEn } from './i18n/en.js';
import { slotPickerStringsId } from './i18n/id.js';
import { SlotPicker, slotPickerStyles, type SlotPickerOptions } from './slot-picker.js';
import { SlotPickerHarness } from './slot-picker.harness.js';

/** A host of the picker, as small as an element can be: calendar, times, `aria-busy` while loading. */
class PickerHost extends LitElement {
  static override styles = [baseStyles, slotPickerStyles];
  static override properties: PropertyDeclarations = {
    client: { attribute: false },
    serviceId: { attribute: false },
    site: { attribute: false },
    locale: { attribute: false },
    preferred: { attribute: false },
    exclude: { attribute: false },
  };
  declare client: MppClient | null;
  declare serviceId: string | null;
  declare site: Site | null;
  declare locale: Locale;
  declare preferred: string | null;
  declare exclude: string | null;
  /** How many times the picker said its selection changed. */
  changes = 0;
  /** The picker's options; a test sets `refreshInterval` before connecting. */
  readonly options: SlotPickerOptions;
  readonly picker: SlotPicker;

  constructor() {
    super();
    this.client = null;
    this.serviceId = null;
    this.site = null;
    this.locale = 'id';
    this.preferred = null;
    this.exclude = null;
    this.options = {
      core: () => this.client?.core ?? null,
      serviceId: () => this.serviceId,
      site: () => this.site,
      strings: () => (this.locale === 'en' ? slotPickerStringsEn : slotPickerStringsId),
      locale: () => this.locale,
      preferredDate: () => this.preferred,
      excludeStart: () => this.exclude,
      onChange: () => {
        this.changes += 1;
      },
      refreshInterval: 0,
    };
    this.picker = new SlotPicker(this, this.options);
  }

  protected override render(): unknown {
    return html`<div class="root" part="base" aria-busy=${this.picker.loading ? 'true' : 'false'}>
      ${this.picker.renderCalendar()} ${this.picker.renderTimes()}
    </div>`;
  }
}
customElements.define('test-slot-picker', PickerHost);

const MONDAY = '2026-03-02T09:00:00+07:00';
/** A valid NIK with another serial (`0001`…): another person, so the server takes one booking each. */
const nik = (serial: number): string => `35710145079500${String(serial).padStart(2, '0')}`;

/** Books `slotStart` of `serviceId` as another visitor (serial `person`) does. */
async function bookAs(server: BrowserServer, serviceId: string, slotStart: string, person: number): Promise<void> {
  await queueClient(server).bookings.create({
    serviceId,
    slotStart,
    applicant: { name: `Warga ${person}`, nik: nik(person), phone: '0812-3456-7890' },
    consent: true,
  });
}

interface Mounted {
  host: PickerHost;
  picker: SlotPicker;
  view: SlotPickerHarness;
  settled: () => Promise<void>;
}

/** A picker host over `server` for `serviceId`, settled on its first data. */
async function mount(
  server: BrowserServer,
  serviceId: string,
  options: {
    locale?: Locale;
    preferred?: string;
    exclude?: string;
    fetch?: FetchLike;
    refreshInterval?: number;
  } = {},
): Promise<Mounted> {
  const client = queueClient(server, {
    ...(options.fetch ? { fetch: options.fetch } : {}),
    locale: options.locale ?? 'id',
  });
  const site = await queueClient(server).site.get();
  const host = fixtureSync<PickerHost>(html`<test-slot-picker></test-slot-picker>`);
  host.options.refreshInterval = options.refreshInterval ?? 0;
  host.client = client;
  host.site = site;
  host.locale = options.locale ?? 'id';
  host.preferred = options.preferred ?? null;
  host.exclude = options.exclude ?? null;
  host.serviceId = serviceId;
  const harness = new ElementHarness(host);
  await harness.settled();
  return {
    host,
    picker: host.picker,
    view: new SlotPickerHarness(host.shadowRoot as ShadowRoot),
    settled: () => harness.settled(),
  };
}

/** A server whose site is in another zone, its clock at `start`. */
function serverIn(timeZone: Site['timeZone'], start: string, horizonDays?: number): BrowserServer {
  const seed = kediriSeed();
  seed.site.timeZone = timeZone;
  if (horizonDays) {
    for (const service of seed.services) if (service.booking) service.booking.horizonDays = horizonDays;
  }
  return createBrowserServer({ seed, clock: startingAt(start) });
}

describe('SlotPicker', () => {
  describe('calendar', () => {
    it('preselects the first bookable day and names every day with its full date', async () => {
      const { picker, view } = await mount(queueServer(MONDAY), 'ktp-el');
      expect(picker.selectedDate).to.equal('2026-03-02');
      expect(picker.selectedSlot).to.equal(null);
      expect(view.month).to.equal('Maret 2026');
      expect(view.day('2026-03-03')?.name).to.equal('Selasa, 3 Maret 2026');
      expect(view.day('2026-03-02')).to.include({ selected: true, today: true, disabled: false, reason: null });
      expect(view.days.map((day) => day.date)).to.have.length(31);
      // Weeks start on Monday: 1 March 2026 is a Sunday, so six empty cells come first.
      const grid = view.grid as HTMLTableElement;
      const headers = [...grid.querySelectorAll('th')];
      expect(headers.map((th) => th.getAttribute('abbr'))).to.deep.equal([
        'Senin',
        'Selasa',
        'Rabu',
        'Kamis',
        'Jumat',
        'Sabtu',
        'Minggu',
      ]);
      const firstRow = [...(grid.tBodies[0]?.rows[0]?.cells ?? [])];
      expect(firstRow.map((cell) => cell.querySelector('button')?.dataset['date'] ?? null)).to.deep.equal([
        null,
        null,
        null,
        null,
        null,
        null,
        '2026-03-01',
      ]);
      expect(grid.getAttribute('aria-labelledby')).to.equal(view.scope.querySelector('[part~="month"]')?.id);
    });

    it('disables closed, holiday, full, past and out-of-horizon days and says why', async () => {
      const server = queueServer(MONDAY);
      // Another six visitors take every time of Tuesday's PBG consultations (one place each).
      const tuesday = ['08', '09', '10', '11', '13', '14'].map((hour) => `2026-03-03T${hour}:00:00+07:00`);
      for (const [index, start] of tuesday.entries()) await bookAs(server, 'pbg', start, index + 1);
      const { view } = await mount(server, 'pbg');
      expect(view.day('2026-03-01')).to.include({ disabled: true, reason: 'Sudah lewat' });
      expect(view.day('2026-03-03')).to.include({ disabled: true, reason: 'Penuh' });
      expect(view.day('2026-03-07')).to.include({ disabled: true, reason: 'Tutup' });
      expect(view.day('2026-03-08')).to.include({ disabled: true, reason: 'Tutup' });
      expect(view.day('2026-03-16')).to.include({ disabled: false, reason: null });
      // PBG books 14 days ahead: from Tuesday 17 March on, days are out of reach.
      expect(view.day('2026-03-17')).to.include({ disabled: true, reason: 'Di luar jangka pemesanan' });
      // Disabled days stay focusable, so a keyboard user can hear why.
      expect(view.dayButton('2026-03-03')?.hasAttribute('disabled')).to.equal(false);
      // Clicking one does not choose it but shows why, visibly.
      view.clickDay('2026-03-03');
      await waitUntil(() => view.dayNote === 'Selasa, 3 Maret 2026: Penuh', view.dayNote);
      expect(view.day('2026-03-02')?.selected).to.equal(true);
    });

    it('names holidays in the reason, in the visitor language', async () => {
      const { view, host, settled } = await mount(queueServer(MONDAY), 'paspor-biasa');
      expect(view.day('2026-03-19')).to.include({
        name: 'Kamis, 19 Maret 2026',
        disabled: true,
        reason: 'Libur: Hari Suci Nyepi (Tahun Baru Saka 1948)',
      });
      expect(view.day('2026-03-18')?.reason).to.equal('Libur: Cuti bersama Hari Suci Nyepi');
      host.locale = 'en';
      await settled();
      expect(view.month).to.equal('March 2026');
      const nyepi = view.day('2026-03-19');
      expect(nyepi?.reason).to.equal('Holiday: Nyepi, Balinese Day of Silence (Saka New Year 1948)');
      expect(nyepi?.name).to.match(/^Thursday,? 19 March 2026$/);
    });

    it('pages months with the buttons within the booking horizon', async () => {
      const { view, settled } = await mount(queueServer(MONDAY), 'paspor-biasa');
      const previous = view.scope.querySelector('[part~="previous-month"]');
      const next = view.scope.querySelector('[part~="next-month"]');
      expect(previous?.getAttribute('aria-disabled')).to.equal('true');
      view.nextMonth();
      await settled();
      expect(view.month).to.equal('April 2026');
      // Paspor books 30 days ahead: 1 April is the last day, and there is no May.
      expect(view.day('2026-04-01')?.disabled).to.equal(false);
      expect(view.day('2026-04-02')?.reason).to.equal('Di luar jangka pemesanan');
      expect(next?.getAttribute('aria-disabled')).to.equal('true');
      view.nextMonth();
      await settled();
      expect(view.month).to.equal('April 2026');
      view.previousMonth();
      await settled();
      expect(view.month).to.equal('Maret 2026');
    });

    it('is complete by keyboard: arrows, Home/End, Page Up/Down (with Shift by year), Enter and Space', async () => {
      // Firefox was seen not to activate a button by Enter in a background tab: keys go to the tab in front.
      await executeServerCommand('bring-to-front');
      // A horizon of a year, so the calendar can be paged by years.
      const { picker, view, settled } = await mount(serverIn('Asia/Jakarta', MONDAY, 366), 'ktp-el');
      picker.focusCalendar();
      await waitUntil(() => view.focusedDay === '2026-03-02', 'focus on the chosen day');
      const press = async (key: string, expected: string): Promise<void> => {
        // `Shift+PageDown`: the modifier held around the key (Firefox's driver takes no chords).
        const chord = /^(Shift)\+(.+)$/.exec(key);
        if (chord?.[1]) await sendKeys({ down: chord[1] });
        await sendKeys({ press: chord?.[2] ?? key });
        if (chord?.[1]) await sendKeys({ up: chord[1] });
        await settled();
        await waitUntil(() => view.focusedDay === expected, `${key}: focus on ${expected}, not ${view.focusedDay}`);
        expect(view.tabStop, `${key}: the one tab stop`).to.equal(expected);
      };
      await press('ArrowRight', '2026-03-03');
      await press('ArrowDown', '2026-03-10');
      await press('ArrowLeft', '2026-03-09');
      await press('ArrowUp', '2026-03-02');
      await press('End', '2026-03-08');
      await press('Home', '2026-03-02');
      await press('ArrowLeft', '2026-03-01');
      await press('PageDown', '2026-04-01');
      expect(view.month).to.equal('April 2026');
      await press('PageUp', '2026-03-01');
      await press('Shift+PageDown', '2027-03-01');
      expect(view.month).to.equal('Maret 2027');
      await press('Shift+PageUp', '2026-03-01');
      // Before the month of today there is nothing to show.
      await press('PageUp', '2026-03-01');
      expect(view.scope.querySelectorAll('button.day[tabindex="0"]')).to.have.length(1);

      // Enter on a disabled day (Sunday) does not choose it but says why.
      await sendKeys({ press: 'Enter' });
      await settled();
      expect(picker.selectedDate).to.equal('2026-03-02');
      expect(view.dayNote).to.equal('Minggu, 1 Maret 2026: Sudah lewat');
      // Enter and Space on bookable days choose them.
      await press('ArrowDown', '2026-03-08');
      await press('ArrowRight', '2026-03-09');
      await sendKeys({ press: 'Enter' });
      // Firefox activates the button in a task after the key, so wait for the choice.
      await waitUntil(() => picker.selectedDate === '2026-03-09', 'Enter chooses', { timeout: 10_000 });
      expect(view.day('2026-03-09')?.selected).to.equal(true);
      await press('ArrowRight', '2026-03-10');
      await sendKeys({ press: ' ' });
      await waitUntil(() => picker.selectedDate === '2026-03-10', 'Space chooses', { timeout: 10_000 });
      expect(view.day('2026-03-09')?.selected).to.equal(false);
      expect(view.timesLegend).to.equal('Jam tersedia pada Selasa, 10 Maret 2026');
    });

    it('chooses the preferred day when it is bookable, else the first bookable one', async () => {
      const server = queueServer(MONDAY);
      expect((await mount(server, 'ktp-el', { preferred: '2026-03-05' })).picker.selectedDate).to.equal('2026-03-05');
      expect((await mount(server, 'ktp-el', { preferred: '2026-03-07' })).picker.selectedDate).to.equal('2026-03-02');
    });

    it('loads a preferred day beyond the first five weeks and chooses it', async () => {
      const server = serverIn('Asia/Jakarta', MONDAY, 120);
      const { picker, view } = await mount(server, 'ktp-el', { preferred: '2026-05-19' });
      expect(picker.selectedDate).to.equal('2026-05-19');
      expect(view.month).to.equal('Mei 2026');
      expect(view.day('2026-05-19')?.selected).to.equal(true);
    });

    it('focuses the chosen day once the calendar comes when asked while loading', async () => {
      const server = queueServer(MONDAY);
      let release = (): void => undefined;
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      const fetch: FetchLike = async (request) => {
        await gate;
        return server.fetch(request);
      };
      const host = fixtureSync<PickerHost>(html`<test-slot-picker></test-slot-picker>`);
      host.client = queueClient(server, { fetch });
      host.serviceId = 'ktp-el';
      await host.updateComplete;
      host.picker.focusCalendar();
      release();
      const view = new SlotPickerHarness(host.shadowRoot as ShadowRoot);
      await waitUntil(() => view.focusedDay === '2026-03-02', 'the first bookable day gets focus');
    });

    it('keeps the choice when moved in the document, and reads the times again', async () => {
      const server = queueServer(MONDAY);
      const { host, picker, settled } = await mount(server, 'pbg');
      picker.selectSlot('2026-03-03T10:00:00+07:00');
      await bookAs(server, 'pbg', '2026-03-03T11:00:00+07:00', 1);
      const parent = host.parentElement as HTMLElement;
      host.remove();
      parent.append(host);
      await waitUntil(
        () => picker.availability?.days[1]?.slots.find((slot) => slot.start.includes('T11:00'))?.remaining === 0,
        'read again after reconnecting',
      );
      await settled();
      expect(picker.selectedSlot?.start).to.equal('2026-03-03T10:00:00+07:00');
    });

    it('reads the availability again for a new service and drops the old answer', async () => {
      const server = queueServer(MONDAY);
      const held: Request[] = [];
      const fetch: FetchLike = (request) => {
        if (request.url.includes('/services/pbg/')) {
          held.push(request);
          // Never answers: only the abort ends it.
          return new Promise((_, reject) => {
            request.signal.addEventListener('abort', () => reject(request.signal.reason as Error));
          });
        }
        return server.fetch(request);
      };
      const { host, picker, settled } = await mount(server, 'ktp-el', { fetch });
      host.serviceId = 'pbg';
      await waitUntil(() => held.length === 1, 'asks for pbg');
      expect(picker.loading).to.equal(true);
      expect(picker.availability).to.equal(null);
      host.serviceId = 'paspor-biasa';
      await settled();
      expect(held[0]?.signal.aborted).to.equal(true);
      expect(picker.availability?.serviceId).to.equal('paspor-biasa');
      expect(picker.error).to.equal(null);
    });

    it('says so when a service has nothing to book', async () => {
      const { picker, view } = await mount(queueServer(MONDAY), 'kartu-keluarga');
      expect(picker.availability?.days).to.deep.equal([]);
      expect(picker.selectedDate).to.equal(null);
      expect(view.grid).to.equal(null);
      expect(view.scope.querySelector('[part~="empty"]')?.textContent).to.include(
        'Belum ada jadwal yang dapat dipesan untuk layanan ini.',
      );
    });

    it('keeps the calendar and the choice under a notice when a refresh fails, until a retry works', async () => {
      const server = queueServer(MONDAY);
      const network = switchableFetch(server);
      const { host, picker, view, settled } = await mount(server, 'ktp-el', { fetch: network.fetch });
      picker.selectSlot('2026-03-02T10:00:00+07:00');
      network.setDown(true);
      await picker.refresh();
      await settled();
      const notice = () => view.scope.querySelector('[part~="stale-notice"]');
      expect(notice()?.textContent).to.include('Menampilkan jadwal per pukul');
      expect(picker.selectedSlot?.start).to.equal('2026-03-02T10:00:00+07:00');
      expect(view.month).to.equal('Maret 2026');
      await expect(host).to.be.accessible();
      network.setDown(false);
      notice()?.querySelector<HTMLButtonElement>('[part~="retry-button"]')?.click();
      // The notice also hides while the retry is in flight: wait for its end.
      await waitUntil(() => !picker.loading && picker.error === null, 'the schedule loads');
      await settled();
      expect(notice()).to.equal(null);
    });

    it('loads the days of a later month when paged to, and asks once when that fails', async () => {
      const server = serverIn('Asia/Jakarta', MONDAY, 366);
      const network = switchableFetch(server);
      const { picker, view, settled } = await mount(server, 'ktp-el', { fetch: network.fetch });
      // The first answer covers about two months at most (the server's 62 days).
      const loaded = picker.availability?.days.at(-1)?.date ?? '';
      expect(loaded <= '2026-05-02').to.equal(true);
      network.setDown(true);
      const before = network.calls();
      for (let month = 0; month < 3; month += 1) {
        view.nextMonth();
        await settled();
      }
      expect(view.month).to.equal('Juni 2026');
      await waitUntil(() => view.scope.querySelector('[part~="stale-notice"]') !== null, 'the failure is shown');
      await settled();
      expect(network.calls() - before).to.equal(1);
      expect(view.day('2026-06-15')?.reason).to.equal('Memuat jadwal…');
      network.setDown(false);
      view.scope.querySelector<HTMLButtonElement>('[part~="retry-button"]')?.click();
      await waitUntil(() => view.day('2026-06-15')?.disabled === false, 'June loads after the retry');
      expect(view.day('2026-06-15')?.name).to.equal('Senin, 15 Juni 2026');
      expect(picker.availability?.days.some((day) => day.date === '2026-06-30')).to.equal(true);
    });

    it('shows a failure with a retry that loads the calendar', async () => {
      const server = queueServer(MONDAY);
      const network = switchableFetch(server, { down: true });
      const { host, picker, view, settled } = await mount(server, 'ktp-el', { fetch: network.fetch });
      const panel = view.scope.querySelector('[part~="error"]');
      expect(panel?.getAttribute('role')).to.equal('alert');
      expect(panel?.textContent).to.include('Jadwal belum berhasil dimuat.');
      expect(panel?.textContent).to.include('Periksa koneksi internet');
      await expect(host).to.be.accessible();
      network.setDown(false);
      view.scope.querySelector<HTMLButtonElement>('[part~="retry-button"]')?.click();
      await settled();
      expect(picker.error).to.equal(null);
      expect(view.month).to.equal('Maret 2026');
    });
  });

  describe('times', () => {
    it('lists the chosen day’s times with the places left; a full one says "penuh" and cannot be chosen', async () => {
      const server = queueServer(MONDAY);
      await bookAs(server, 'pbg', '2026-03-03T09:00:00+07:00', 1);
      const { host, picker, view, settled } = await mount(server, 'pbg');
      // Monday from 09:00: the 09.00 slot has begun, so 10.00 is the first.
      expect(view.times.map((time) => time.name)).to.deep.equal([
        '10.00–11.00, sisa 1 tempat',
        '11.00–12.00, sisa 1 tempat',
        '13.00–14.00, sisa 1 tempat',
        '14.00–15.00, sisa 1 tempat',
      ]);
      expect(view.scope.querySelector('.zone')?.textContent).to.include('WIB');
      view.clickDay('2026-03-03');
      await settled();
      expect(view.timesLegend).to.equal('Jam tersedia pada Selasa, 3 Maret 2026');
      const full = view.times.find((time) => time.start === '2026-03-03T09:00:00+07:00');
      expect(full).to.deep.include({ name: '09.00–10.00, penuh', disabled: true, checked: false });
      expect(view.scope.querySelector('[data-state="full"]')?.textContent).to.include('penuh');
      // Neither a click nor the API chooses it.
      view.chooseTime('2026-03-03T09:00:00+07:00');
      picker.selectSlot('2026-03-03T09:00:00+07:00');
      await settled();
      expect(picker.selectedSlot).to.equal(null);
      const changes = host.changes;
      view.chooseTime('2026-03-03T10:00:00+07:00');
      await settled();
      expect(picker.selectedSlot?.start).to.equal('2026-03-03T10:00:00+07:00');
      expect(view.times.find((time) => time.checked)?.name).to.equal('10.00–11.00, sisa 1 tempat');
      expect(host.changes).to.equal(changes + 1);
      await expect(host).to.be.accessible();
    });

    it('speaks English times and places', async () => {
      const { view } = await mount(queueServer(MONDAY), 'ktp-el', { locale: 'en' });
      expect(view.times[0]?.name).to.equal('09:30–10:00, 3 places left');
      expect(view.scope.querySelector('.zone')?.textContent).to.include('WIB (Western Indonesia Time)');
    });

    it('refresh() keeps a time that still has places and drops one that ran out, saying so', async () => {
      const server = queueServer(MONDAY);
      const { host, picker, view, settled } = await mount(server, 'pbg');
      // The same instant in UTC chooses the slot as the API writes it.
      picker.selectSlot('2026-03-03T03:00:00Z');
      expect(picker.selectedSlot?.start).to.equal('2026-03-03T10:00:00+07:00');
      expect(picker.selectedDate).to.equal('2026-03-03');
      await picker.refresh();
      expect(picker.selectedSlot?.start).to.equal('2026-03-03T10:00:00+07:00');
      const changes = host.changes;
      await bookAs(server, 'pbg', '2026-03-03T10:00:00+07:00', 1);
      await picker.refresh();
      await settled();
      expect(picker.selectedSlot).to.equal(null);
      expect(picker.selectedDate).to.equal('2026-03-03');
      expect(host.changes).to.equal(changes + 1);
      expect(view.timesStatus).to.equal('Jam 10.00 baru saja penuh. Silakan pilih jam lain.');
      expect(view.times.find((time) => time.start === '2026-03-03T10:00:00+07:00')?.disabled).to.equal(true);
    });

    it('re-reads the times on its own while they are on screen and the page is visible', async () => {
      // Test files run in several tabs and only one is in front; the picker rests in a hidden page, so say it is seen.
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
      try {
        const server = queueServer(MONDAY);
        const { picker, view } = await mount(server, 'pbg', { refreshInterval: 50 });
        picker.selectSlot('2026-03-02T11:00:00+07:00');
        await bookAs(server, 'pbg', '2026-03-02T11:00:00+07:00', 1);
        await waitUntil(() => picker.selectedSlot === null, 'the taken time is dropped by the periodic refresh', {
          timeout: 5000,
        });
        expect(view.times.find((time) => time.start === '2026-03-02T11:00:00+07:00')?.name).to.equal(
          '11.00–12.00, penuh',
        );
      } finally {
        Reflect.deleteProperty(document, 'visibilityState');
      }
    });

    it('offers the nearest free times after a refused one, across days, skipping full and excluded ones', async () => {
      const server = queueServer(MONDAY);
      await bookAs(server, 'pbg', '2026-03-02T11:00:00+07:00', 1);
      const { picker } = await mount(server, 'pbg', { exclude: '2026-03-02T13:00:00+07:00' });
      expect(picker.alternatives('2026-03-02T10:00:00+07:00').map((slot) => slot.start)).to.deep.equal([
        '2026-03-02T14:00:00+07:00',
        '2026-03-03T08:00:00+07:00',
        '2026-03-03T09:00:00+07:00',
      ]);
      expect(picker.alternatives('2026-03-02T10:00:00+07:00', 1)).to.have.length(1);
      expect(picker.alternatives('2026-03-16T14:00:00+07:00')).to.deep.equal([]);
    });

    it('shows the booking being moved as the current time, not choosable', async () => {
      const { picker, view } = await mount(queueServer(MONDAY), 'ktp-el', { exclude: '2026-03-02T09:30:00+07:00' });
      expect(view.times[0]).to.deep.include({ name: '09.30–10.00, jadwal Anda saat ini', disabled: true });
      picker.selectSlot('2026-03-02T09:30:00+07:00');
      expect(picker.selectedSlot).to.equal(null);
    });
  });

  describe('time zones', () => {
    it('shows the days and times of a site in Asia/Jayapura, whatever the device zone', async () => {
      // 00:30 on Tuesday in Jayapura (WIT, UTC+9) is still Monday in Jakarta and in UTC.
      const server = serverIn('Asia/Jayapura', '2026-03-03T00:30:00+09:00');
      const { picker, view } = await mount(server, 'ktp-el');
      expect(picker.availability?.timeZone).to.equal('Asia/Jayapura');
      expect(picker.selectedDate).to.equal('2026-03-03');
      expect(view.day('2026-03-03')).to.include({ today: true, selected: true });
      expect(view.day('2026-03-02')?.reason).to.equal('Sudah lewat');
      expect(view.times[0]).to.deep.include({ start: '2026-03-03T08:00:00+09:00', name: '08.00–08.30, sisa 3 tempat' });
      expect(view.scope.querySelector('.zone')?.textContent).to.include('WIT');
    });

    it('steps months and weeks on calendar dates, not device clocks', () => {
      expect(addMonths('2026-01-31', 1)).to.equal('2026-02-28');
      expect(addMonths('2028-01-31', 1)).to.equal('2028-02-29');
      expect(addMonths('2026-03-31', -1)).to.equal('2026-02-28');
      expect(addMonths('2026-12-15', 1)).to.equal('2027-01-15');
      expect(addMonths('2026-03-02', -12)).to.equal('2025-03-02');
      expect(startOfWeek('2026-03-01')).to.equal('2026-02-23');
      expect(endOfWeek('2026-03-02')).to.equal('2026-03-08');
      expect(lastOfMonth('2026-02')).to.equal('2026-02-28');
      const weeks = monthWeeks('2026-02');
      // February 2026 starts on a Sunday and ends on a Saturday: five rows, Monday first.
      expect(weeks).to.have.length(5);
      expect(weeks[0]).to.deep.equal([null, null, null, null, null, null, '2026-02-01']);
      expect(weeks[4]).to.deep.equal([
        '2026-02-23',
        '2026-02-24',
        '2026-02-25',
        '2026-02-26',
        '2026-02-27',
        '2026-02-28',
        null,
      ]);
    });
  });

  describe('fits and is accessible', () => {
    it('is axe-clean with a holiday, a full time and a chosen time', async () => {
      const server = queueServer(MONDAY);
      await bookAs(server, 'paspor-biasa', '2026-03-02T10:00:00+07:00', 1);
      await bookAs(server, 'paspor-biasa', '2026-03-02T10:00:00+07:00', 2);
      await bookAs(server, 'paspor-biasa', '2026-03-02T10:00:00+07:00', 3);
      await bookAs(server, 'paspor-biasa', '2026-03-02T10:00:00+07:00', 4);
      const { host, picker, view, settled } = await mount(server, 'paspor-biasa');
      expect(view.times.find((time) => time.start.includes('T10:00'))?.name).to.equal('10.00–11.00, penuh');
      picker.selectSlot('2026-03-02T11:00:00+07:00');
      await settled();
      await expect(host).to.be.accessible();
    });

    for (const [label, fontSize] of [
      ['320 px', ''],
      ['320 px with text at 200%', '200%'],
    ] as const) {
      it(`fits ${label}`, async () => {
        const { host, view, settled } = await mount(queueServer(MONDAY), 'paspor-biasa');
        host.style.width = '320px';
        if (fontSize) host.style.setProperty('--mpp-font-size', fontSize);
        await settled();
        const base = host.shadowRoot?.querySelector('[part~="base"]') as HTMLElement;
        expect(base.scrollWidth).to.be.at.most(base.clientWidth);
        const right = host.getBoundingClientRect().right + 0.5;
        for (const node of host.shadowRoot?.querySelectorAll('*') ?? []) {
          expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(right);
        }
        expect(view.dayButton('2026-03-31')?.getBoundingClientRect().width).to.be.above(20);
      });
    }
  });
});
