// The demo portal of `npm start`: reads the mpp-kit v1 API of the server that
// serves this page with plain fetch and EventSource (no bundler, no build), and
// writes every value from the API with textContent, never as HTML. The page's
// Content Security Policy forbids inline scripts and styles, so none are used.

const API = '/v1';
const LOCALE = 'id-ID';
const WEEKDAYS = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'];
const COUNTER_STATUS = { open: 'Buka', paused: 'Jeda', closed: 'Tutup' };
/** Server and browser clocks further apart than this mean the server runs a demo clock. */
const DEMO_CLOCK_SKEW_MS = 2 * 60_000;

const byId = (id) => document.getElementById(id);

/** An element with text content and optional class names; children are appended as given. */
function el(tag, text, className, ...children) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** A row header cell. */
function rowHeader(text) {
  const cell = el('th', text);
  cell.scope = 'row';
  return cell;
}

/** The API's error message (Indonesian; the envelope is the contract's), else a generic one. */
async function errorOf(response) {
  try {
    const body = await response.json();
    if (body && body.error && typeof body.error.message === 'string') return body.error.message;
  } catch {
    // not JSON: fall through
  }
  return `Permintaan gagal (HTTP ${response.status}).`;
}

async function getJson(path) {
  const response = await fetch(`${API}${path}`, { headers: { Accept: 'application/json', 'Accept-Language': 'id' } });
  if (!response.ok) throw new Error(await errorOf(response));
  return response.json();
}

/** Every item of a paged list (`{ items, nextCursor }`). */
async function getAll(path) {
  const items = [];
  let cursor = null;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const page = await getJson(cursor === null ? path : `${path}${separator}cursor=${encodeURIComponent(cursor)}`);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

// ---- time on the site's wall clock ------------------------------------------

const state = { site: null, services: new Map(), clockOffsetMs: 0, queue: null };

/** The server's notion of now: the browser's clock plus the offset last seen in `asOf`. */
const serverNow = () => new Date(Date.now() + state.clockOffsetMs);

/** Date (`YYYY-MM-DD`), minutes since midnight and ISO weekday (1 = Monday) of an instant in a time zone. */
function wallClock(instant, timeZone) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const weekday = ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
  return { date, minutes: Number(parts.hour) * 60 + Number(parts.minute), weekday };
}

const minutesOf = (time) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const clockText = (time) => time.replace(':', '.');

function formatInstant(instant, timeZone, options) {
  return new Intl.DateTimeFormat(LOCALE, { timeZone, ...options }).format(instant);
}

/** Whether the MPP serves at `instant`, in words. */
function openingText(site, instant) {
  const { date, minutes, weekday } = wallClock(instant, site.timeZone);
  const holiday = site.holidays.find((item) => item.date === date);
  if (holiday) return { open: false, text: `Tutup: ${holiday.name.id}` };
  const day = site.openingHours.find((item) => item.weekday === weekday);
  if (!day || day.open === null) return { open: false, text: 'Tutup hari ini' };
  if (minutes < minutesOf(day.open)) return { open: false, text: `Belum buka, buka pukul ${clockText(day.open)}` };
  if (minutes >= minutesOf(day.close)) return { open: false, text: 'Sudah tutup untuk hari ini' };
  const pause = day.breaks.find((item) => minutes >= minutesOf(item.start) && minutes < minutesOf(item.end));
  if (pause) return { open: false, text: `${pause.label.id}, dilanjutkan pukul ${clockText(pause.end)}` };
  return { open: true, text: `Buka sekarang, sampai pukul ${clockText(day.close)}` };
}

/** Re-reads the server's clock from an `asOf` or event `at`, and tells when it is a demo clock. */
function syncClock(asOf) {
  const at = Date.parse(asOf);
  if (Number.isNaN(at)) return;
  state.clockOffsetMs = at - Date.now();
  renderClock();
}

function renderClock() {
  const { site } = state;
  if (!site) return;
  const now = serverNow();
  const opening = openingText(site, now);
  const badge = byId('open-badge');
  badge.textContent = opening.text;
  badge.className = `badge ${opening.open ? 'badge--open' : 'badge--closed'}`;
  const when = formatInstant(now, site.timeZone, { dateStyle: 'full', timeStyle: 'short' });
  byId('server-time').textContent = `Waktu layanan: ${when}`;
  const note = byId('demo-note');
  const demo = Math.abs(state.clockOffsetMs) > DEMO_CLOCK_SKEW_MS;
  note.hidden = !demo;
  if (demo) {
    note.textContent =
      `Mode demo: jam server berjalan pada ${when}, bukan jam sebenarnya, supaya antrean bisa dicoba saat MPP tutup. ` +
      `Demo mode: the server clock runs at this time instead of the real one, so the queue can be tried while the MPP is closed.`;
  }
}

// ---- the site card ----------------------------------------------------------

function renderSite(site) {
  document.title = site.name;
  byId('site-name').textContent = site.name;
  byId('regency').textContent = `Pemerintah ${site.regency}`;
  const { street, city, province, postalCode } = site.address;
  byId('address').textContent = [street, city, province, postalCode].filter(Boolean).join(', ');

  const hours = byId('hours');
  hours.replaceChildren(
    ...site.openingHours.map((day) => {
      const times =
        day.open === null
          ? 'Tutup'
          : [`${clockText(day.open)}–${clockText(day.close)}`, ...day.breaks.map((pause) => `${pause.label.id} ${clockText(pause.start)}–${clockText(pause.end)}`)].join('; ');
      return el('tr', null, '', rowHeader(WEEKDAYS[day.weekday - 1]), el('td', times));
    }),
  );

  byId('facilities').replaceChildren(
    ...site.facilities.map((facility) => el('li', null, '', el('strong', facility.name.id), facility.description ? el('span', ` ${facility.description.id}`) : '')),
  );

  const today = wallClock(serverNow(), site.timeZone).date;
  const upcoming = site.holidays.filter((holiday) => holiday.date >= today).slice(0, 4);
  byId('holidays').replaceChildren(
    ...(upcoming.length === 0
      ? [el('li', 'Tidak ada libur terjadwal.')]
      : upcoming.map((holiday) => {
          const date = formatInstant(new Date(`${holiday.date}T12:00:00Z`), 'UTC', { dateStyle: 'full' });
          return el('li', `${date}: ${holiday.name.id}${holiday.kind === 'collective-leave' ? ' (cuti bersama)' : ''}`);
        })),
  );
  renderClock();
}

// ---- agencies and services --------------------------------------------------

const rupiah = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });

function costText(cost) {
  if (cost.kind === 'free') return 'Gratis';
  if (cost.kind === 'fixed') return rupiah.format(cost.amount);
  if (cost.kind === 'range') return `${rupiah.format(cost.min)} – ${rupiah.format(cost.max)}`;
  return cost.note.id;
}

function completionText(completion) {
  if (completion.kind === 'same-day') return 'selesai hari itu';
  if (completion.kind === 'minutes') return `${completion.value} menit`;
  if (completion.kind === 'hours') return `${completion.value} jam`;
  if (completion.kind === 'working-days') return `${completion.value} hari kerja`;
  return completion.note.id;
}

function renderCatalog(agencies, services) {
  const container = byId('agencies');
  container.replaceChildren(
    ...agencies.map((agency) => {
      const own = services.filter((service) => service.agencyId === agency.id);
      const list = el(
        'ul',
        null,
        'services',
        ...own.map((service) => {
          const channels = service.channels.map((channel) => (channel.kind === 'queue' ? 'antrean' : channel.kind === 'booking' ? 'booking' : 'daring')).join(', ');
          return el('li', null, '', el('span', service.name.id, 'services__name'), el('span', `${costText(service.cost)} · ${completionText(service.completion)} · ${channels}`, 'services__meta'));
        }),
      );
      const details = el('details', null, 'agency', el('summary', `${agency.name} (${agency.serviceCount} layanan)`), list);
      if (agency.description) details.insertBefore(el('p', agency.description.id, 'agency__description'), list);
      return details;
    }),
  );
  const select = byId('take-service');
  select.replaceChildren(
    ...services
      .filter((service) => service.channels.some((channel) => channel.kind === 'queue'))
      .map((service) => {
        const option = el('option', service.name.id);
        option.value = service.id;
        return option;
      }),
  );
}

// ---- the live queue ---------------------------------------------------------

const waitText = (seconds) => (seconds === null ? '–' : seconds < 60 ? '< 1 menit' : `± ${Math.round(seconds / 60)} menit`);
const serviceName = (id) => state.services.get(id)?.name.id ?? id;

/** The contract's reducer (applyQueueEvent), in plain JavaScript: a snapshot plus one event. */
function applyEvent(snapshot, event) {
  if (event.type === 'snapshot') return event.snapshot;
  if (!snapshot) return snapshot;
  if (event.type === 'counter.updated') {
    const known = snapshot.counters.some((counter) => counter.id === event.counter.id);
    const counters = known ? snapshot.counters.map((counter) => (counter.id === event.counter.id ? event.counter : counter)) : [...snapshot.counters, event.counter];
    return { ...snapshot, asOf: event.at, counters };
  }
  const calling = event.type === 'ticket.called' || event.type === 'ticket.recalled';
  const counters =
    event.type === 'ticket.issued'
      ? snapshot.counters
      : snapshot.counters.map((counter) => {
          if (calling && counter.id === event.counterId) return { ...counter, serving: event.ticket };
          if (counter.serving && counter.serving.id === event.ticket.id) return { ...counter, serving: null };
          return counter;
        });
  const known = snapshot.services.some((line) => line.serviceId === event.line.serviceId);
  const services = known ? snapshot.services.map((line) => (line.serviceId === event.line.serviceId ? event.line : line)) : [...snapshot.services, event.line];
  return { ...snapshot, asOf: event.at, counters, services };
}

function renderQueue(snapshot) {
  byId('counters').replaceChildren(
    ...snapshot.counters.map((counter) =>
      el('tr', null, '', rowHeader(counter.name), el('td', COUNTER_STATUS[counter.status] ?? counter.status), el('td', counter.serving ? counter.serving.number : '–', counter.serving ? 'serving' : '')),
    ),
  );
  const lines = [...snapshot.services].sort((a, b) => b.waiting - a.waiting);
  byId('lines').replaceChildren(
    ...lines.map((line) => el('tr', null, '', el('td', serviceName(line.serviceId)), el('td', line.prefix), el('td', line.waiting), el('td', line.waiting === 0 ? '–' : waitText(line.estimatedWaitSeconds)))),
  );
}

function onQueueEvent(event) {
  state.queue = applyEvent(state.queue, event);
  if (!state.queue) return;
  syncClock(state.queue.asOf);
  renderQueue(state.queue);
}

function connectStream() {
  const status = byId('stream-state');
  // EventSource reconnects by itself and resumes with Last-Event-ID.
  const source = new EventSource(`${API}/queues/stream`);
  source.addEventListener('open', () => {
    status.textContent = 'Terhubung: antrean diperbarui langsung. / Live.';
    status.className = 'stream-state stream-state--live';
  });
  source.addEventListener('error', () => {
    status.textContent = 'Koneksi terputus, menyambung ulang… / Reconnecting…';
    status.className = 'stream-state stream-state--lost';
  });
  source.addEventListener('message', (message) => {
    try {
      onQueueEvent(JSON.parse(message.data));
    } catch (error) {
      console.error('mpp-kit portal: unreadable queue event', error);
    }
  });
}

// ---- taking a number --------------------------------------------------------

/** A fresh Idempotency-Key, so a retried click never takes two numbers. */
function idempotencyKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function takeNumber(event) {
  event.preventDefault();
  const button = byId('take-button');
  const failure = byId('take-error');
  const serviceId = byId('take-service').value;
  button.disabled = true;
  failure.hidden = true;
  try {
    const response = await fetch(`${API}/tickets`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': 'id', 'Idempotency-Key': idempotencyKey() },
      body: JSON.stringify({ serviceId }),
    });
    if (!response.ok) throw new Error(await errorOf(response));
    const ticket = await response.json();
    byId('ticket-number').textContent = ticket.number;
    byId('ticket-service').textContent = serviceName(ticket.serviceId);
    // `position` counts the tickets ahead (0 = next).
    const position = ticket.position === null ? '' : ticket.position === 0 ? 'Anda berikutnya. ' : `${ticket.position} orang di depan Anda. `;
    byId('ticket-detail').textContent = `${position}Perkiraan tunggu: ${waitText(ticket.estimatedWaitSeconds)}.`;
    byId('ticket').hidden = false;
  } catch (error) {
    failure.textContent = error instanceof Error ? error.message : String(error);
    failure.hidden = false;
  } finally {
    button.disabled = false;
  }
}

// ---- start ------------------------------------------------------------------

async function main() {
  byId('take-form').addEventListener('submit', takeNumber);
  try {
    const [site, agencies, services, snapshot] = await Promise.all([
      getJson('/site'),
      getAll('/agencies'),
      getAll('/services?limit=100'),
      getJson('/queues'),
    ]);
    state.site = site;
    for (const service of services) state.services.set(service.id, service);
    syncClock(snapshot.asOf);
    renderSite(site);
    renderCatalog(agencies, services);
    onQueueEvent({ type: 'snapshot', snapshot });
    connectStream();
    // The open/closed badge follows the (possibly demo) clock between events.
    setInterval(renderClock, 30_000);
  } catch (error) {
    const box = byId('load-error');
    box.textContent = `Data tidak bisa dimuat: ${error instanceof Error ? error.message : String(error)}`;
    box.hidden = false;
  }
}

main();
