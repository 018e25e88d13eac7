// The demo portal of `npm start`. The site card and the service catalog are the
// mpp-kit web components (<mpp-site-info>, <mpp-service-catalog>, loaded from
// vendor/mpp-kit.min.js as a regency would load them from a CDN). The live
// queue and "take a number" are still plain fetch and EventSource here (no
// bundler, no build), writing every value from the API with textContent, never
// as HTML. The page's Content Security Policy forbids inline scripts and
// styles, so none are used.

const API = '/v1';
const LOCALE = 'id-ID';
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

// ---- the server's clock -----------------------------------------------------

const state = { site: null, services: new Map(), clockOffsetMs: 0, queue: null };

/** The server's notion of now: the browser's clock plus the offset last seen in `asOf`. */
const serverNow = () => new Date(Date.now() + state.clockOffsetMs);

function formatInstant(instant, timeZone, options) {
  return new Intl.DateTimeFormat(LOCALE, { timeZone, ...options }).format(instant);
}

/** Re-reads the server's clock from an `asOf` or event `at`, and tells when it is a demo clock. */
function syncClock(asOf) {
  const at = Date.parse(asOf);
  if (Number.isNaN(at)) return;
  state.clockOffsetMs = at - Date.now();
  renderClock();
}

/**
 * Shows the demo-clock notice when the server's clock is not the real time, and
 * has <mpp-site-info> evaluate "open now" at the server's time: the queue
 * follows that clock, so the card must agree with it. The attribute (not the
 * property) is set, so it also holds before the element is upgraded.
 */
function renderClock() {
  const { site } = state;
  if (!site) return;
  const now = serverNow();
  const demo = Math.abs(state.clockOffsetMs) > DEMO_CLOCK_SKEW_MS;
  const card = byId('site-info');
  if (demo) card.setAttribute('now', now.toISOString());
  else card.removeAttribute('now');
  const note = byId('demo-note');
  note.hidden = !demo;
  if (demo) {
    const when = formatInstant(now, site.timeZone, { dateStyle: 'full', timeStyle: 'short' });
    note.textContent =
      `Mode demo: jam server berjalan pada ${when}, bukan jam sebenarnya, supaya antrean bisa dicoba saat MPP tutup. ` +
      `Demo mode: the server clock runs at this time instead of the real one, so the queue can be tried while the MPP is closed.`;
  }
}

/** Fills the "take a number" choice with the services that have a queue. */
function renderQueueChoice(services) {
  byId('take-service').replaceChildren(
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

const waitText = (seconds) =>
  seconds === null ? '–' : seconds < 60 ? '< 1 menit' : `± ${Math.round(seconds / 60)} menit`;
const serviceName = (id) => state.services.get(id)?.name.id ?? id;

/** The contract's reducer (applyQueueEvent), in plain JavaScript: a snapshot plus one event. */
function applyEvent(snapshot, event) {
  if (event.type === 'snapshot') return event.snapshot;
  if (!snapshot) return snapshot;
  if (event.type === 'counter.updated') {
    const known = snapshot.counters.some((counter) => counter.id === event.counter.id);
    const counters = known
      ? snapshot.counters.map((counter) => (counter.id === event.counter.id ? event.counter : counter))
      : [...snapshot.counters, event.counter];
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
  const services = known
    ? snapshot.services.map((line) => (line.serviceId === event.line.serviceId ? event.line : line))
    : [...snapshot.services, event.line];
  return { ...snapshot, asOf: event.at, counters, services };
}

function renderQueue(snapshot) {
  byId('counters').replaceChildren(
    ...snapshot.counters.map((counter) =>
      el(
        'tr',
        null,
        '',
        rowHeader(counter.name),
        el('td', COUNTER_STATUS[counter.status] ?? counter.status),
        el('td', counter.serving ? counter.serving.number : '–', counter.serving ? 'serving' : ''),
      ),
    ),
  );
  const lines = [...snapshot.services].sort((a, b) => b.waiting - a.waiting);
  byId('lines').replaceChildren(
    ...lines.map((line) =>
      el(
        'tr',
        null,
        '',
        el('td', serviceName(line.serviceId)),
        el('td', line.prefix),
        el('td', line.waiting),
        el('td', line.waiting === 0 ? '–' : waitText(line.estimatedWaitSeconds)),
      ),
    ),
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

/** Takes a number for a service, shows the ticket and moves focus to it (or to the error). */
async function takeNumber(serviceId) {
  const button = byId('take-button');
  const failure = byId('take-error');
  // One request at a time: a second click while one is running would take a second number.
  if (button.disabled) return;
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
    const position =
      ticket.position === null
        ? ''
        : ticket.position === 0
          ? 'Anda berikutnya. '
          : `${ticket.position} orang di depan Anda. `;
    byId('ticket-detail').textContent = `${position}Perkiraan tunggu: ${waitText(ticket.estimatedWaitSeconds)}.`;
    byId('ticket').hidden = false;
    byId('ticket').focus();
  } catch (error) {
    failure.textContent = error instanceof Error ? error.message : String(error);
    failure.hidden = false;
    failure.focus();
  } finally {
    button.disabled = false;
  }
}

/**
 * The catalog's "Ambil antrian" takes a number through the same flow as the
 * form, in the queue section. This page has no booking form yet, so "Booking"
 * says so next to the catalog instead of doing nothing.
 */
function onServiceSelect(event) {
  const { serviceId, action } = event.detail;
  const bookingNote = byId('booking-note');
  if (action === 'queue') {
    bookingNote.hidden = true;
    byId('take-service').value = serviceId;
    byId('antrean').scrollIntoView({ block: 'start' });
    takeNumber(serviceId);
    return;
  }
  bookingNote.textContent =
    `Formulir booking untuk ${serviceName(serviceId)} belum tersedia di portal contoh ini; ambil nomor antrean atau datang langsung ke MPP. ` +
    'The booking form is not part of this demo portal yet; take a queue number or visit the MPP.';
  bookingNote.hidden = false;
  bookingNote.focus();
}

// ---- start ------------------------------------------------------------------

async function main() {
  byId('take-form').addEventListener('submit', (event) => {
    event.preventDefault();
    takeNumber(byId('take-service').value);
  });
  document.addEventListener('mpp-service-select', onServiceSelect);
  try {
    const [site, services, snapshot] = await Promise.all([
      getJson('/site'),
      getAll('/services?limit=100'),
      getJson('/queues'),
    ]);
    state.site = site;
    for (const service of services) state.services.set(service.id, service);
    syncClock(snapshot.asOf);
    renderQueueChoice(services);
    onQueueEvent({ type: 'snapshot', snapshot });
    connectStream();
    // The demo clock (and the card's "open now" with it) moves on between queue events.
    setInterval(renderClock, 30_000);
  } catch (error) {
    const box = byId('load-error');
    box.textContent = `Data antrean tidak bisa dimuat: ${error instanceof Error ? error.message : String(error)}`;
    box.hidden = false;
  }
}

main();
