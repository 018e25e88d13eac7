// The demo portal of `npm start`. Everything on it is an mpp-kit web component
// (<mpp-site-info>, <mpp-ticket>, <mpp-queue-status>, <mpp-service-catalog>,
// <mpp-booking-form>, loaded through the autoloader vendor/mpp-kit.js as a regency would load them
// from a CDN); this file only wires them together and says when the server runs a demo
// clock. The loader defines each element when its code arrives, after this
// file has run: the page sets attributes (they hold before an element is
// defined) and waits for `customElements.whenDefined` before calling a method. The page's Content Security Policy forbids inline scripts and styles,
// so none are used.

const API = '/v1';
const LOCALE = 'id-ID';
/** Server and browser clocks further apart than this mean the server runs a demo clock. */
const DEMO_CLOCK_SKEW_MS = 2 * 60_000;

const byId = (id) => document.getElementById(id);

// ---- the catalog hands a service to the ticket or the booking form -----------

/**
 * The catalog's "Ambil antrean" takes a number with <mpp-ticket>: the ticket
 * gets the service and takes it (the ticket itself keeps one number per
 * click, retry or double click). "Booking" opens <mpp-booking-form> at that
 * service's calendar.
 */
async function onServiceSelect(event) {
  const { serviceId, action } = event.detail;
  if (action === 'queue') {
    const ticket = byId('ticket');
    ticket.setAttribute('service', serviceId);
    byId('antrean').scrollIntoView({ block: 'start' });
    await customElements.whenDefined('mpp-ticket');
    ticket.take();
    return;
  }
  const form = byId('booking');
  form.setAttribute('service', serviceId);
  byId('pesan').scrollIntoView({ block: 'start' });
  await customElements.whenDefined('mpp-booking-form');
  // The form restarts at the service's calendar; the visitor's focus follows
  // them there, onto the step's heading (its public `heading` part).
  form.updateComplete.then(() => form.shadowRoot?.querySelector('[part~="heading"]')?.focus());
}

document.addEventListener('mpp-service-select', onServiceSelect);

// ---- a reload keeps the ticket -------------------------------------------------

/**
 * <mpp-ticket> keeps its ticket id in sessionStorage per service and shows it
 * again once it has that service. The page keeps which service that was (an
 * id, nothing personal, in the same session-only storage), so a reload shows
 * the visitor's number instead of an empty card.
 */
const SERVICE_KEY = 'mpp-portal.ticket-service';

function session(action) {
  try {
    return action(sessionStorage);
  } catch {
    // Storage blocked (privacy mode, sandbox): the ticket then lasts as long as the page.
    return null;
  }
}

const heldService = session((storage) => storage.getItem(SERVICE_KEY));
if (heldService) byId('ticket').setAttribute('service', heldService);
document.addEventListener('mpp-ticket-taken', (event) =>
  session((storage) => storage.setItem(SERVICE_KEY, event.detail.serviceId)),
);
document.addEventListener('mpp-ticket-cancelled', () => session((storage) => storage.removeItem(SERVICE_KEY)));

// ---- the demo clock -----------------------------------------------------------

/**
 * The queue elements take "now" from the server's `asOf` by themselves. The
 * site card is told the server's time through its `now` attribute (set, not
 * the property, so it also holds before the element is upgraded), and the
 * notice (in the page from the start, so the page does not move) says whether
 * that time is a demo clock or the real one.
 */
function renderClock(site, offsetMs) {
  const now = new Date(Date.now() + offsetMs);
  const demo = Math.abs(offsetMs) > DEMO_CLOCK_SKEW_MS;
  const card = byId('site-info');
  if (demo) card.setAttribute('now', now.toISOString());
  else card.removeAttribute('now');
  const when = new Intl.DateTimeFormat(LOCALE, {
    timeZone: site.timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  }).format(now);
  byId('demo-clock').textContent = demo
    ? `Jam server (demo): ${when}. / Server clock (demo).`
    : `Jam server: ${when}, jam sebenarnya. / Server clock: the real time.`;
}

async function getJson(path) {
  const response = await fetch(`${API}${path}`, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

async function watchClock() {
  let site;
  let offsetMs;
  try {
    const [siteInfo, queue] = await Promise.all([getJson('/site'), getJson('/queues')]);
    site = siteInfo;
    // The demo clock runs at the real pace from a shifted start: one reading gives the offset for good.
    offsetMs = Date.parse(queue.asOf) - Date.now();
  } catch {
    // The elements show their own loading errors with a retry; without the
    // server's time the notice just cannot name it.
    byId('demo-clock').textContent = 'Jam server tidak diketahui. / Server clock unknown.';
    return;
  }
  if (Number.isNaN(offsetMs)) return;
  renderClock(site, offsetMs);
  // "Open now" on the card moves on with the clock.
  setInterval(() => renderClock(site, offsetMs), 30_000);
}

watchClock();
