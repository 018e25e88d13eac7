// The page `booking-form-open.bench.ts` drives in headless Chromium: the
// reference server running in the page (its clock on a Monday morning in Kota
// Kediri) and <mpp-booking-form service="ktp-el"> on a client of it, so the
// figures hold the element's own work and the server's, without a network.
// Bundled from source by esbuild.
import { createClient } from '@mpp-kit/sdk';
import { startingAt } from '@mpp-kit/server';
import { createBrowserServer } from '@mpp-kit/server/browser';
import { MppBookingForm } from '../../packages/elements/src/booking-form/booking-form.js';
import { defineElement } from '../../packages/elements/src/define-element.js';
import { painted } from '../page-frames.js';

/** What the bench can ask the page. */
export interface BookingFormOpenPage {
  /**
   * Appends a new form and resolves once its first bookable day is on screen
   * (selected in the calendar), with in-page ms from the append to the DOM
   * mutation that showed it and to the frame painted after it.
   */
  open(): Promise<{ dom: number; painted: number; day: string | null }>;
}

const MONDAY_MORNING = '2026-03-02T09:00:00+07:00';
const FIRST_DAY = '[part~="selected-day"]';

defineElement('mpp-booking-form', MppBookingForm);
const server = createBrowserServer({ clock: startingAt(MONDAY_MORNING) });
const client = createClient({ baseUrl: server.baseUrl, fetch: server.fetch, retry: { limit: 0 } });

let current: MppBookingForm | undefined;

const page: BookingFormOpenPage = {
  async open() {
    current?.remove();
    const form = new MppBookingForm();
    form.client = client;
    form.service = 'ktp-el';
    const start = performance.now();
    document.body.append(form);
    const root = form.shadowRoot;
    if (!root) throw new Error('the form has no shadow root once connected');
    const day = await new Promise<Element>((resolve) => {
      const found = root.querySelector(FIRST_DAY);
      if (found) {
        resolve(found);
        return;
      }
      const observer = new MutationObserver(() => {
        const shown = root.querySelector(FIRST_DAY);
        if (!shown) return;
        observer.disconnect();
        resolve(shown);
      });
      observer.observe(root, { subtree: true, childList: true, attributes: true });
    });
    const dom = performance.now() - start;
    await painted();
    current = form;
    return { dom, painted: performance.now() - start, day: day.getAttribute('aria-label') ?? day.textContent };
  },
};

Object.assign(globalThis, { bookingFormOpen: page });
