import { HEADERS, routes } from '@mpp-kit/contract';
import type { Context } from 'hono';
import {
  authorizedBooking,
  availability,
  bookingView,
  cancelBooking,
  checkInBooking,
  checkInPreview,
  createBooking,
  rescheduleBooking,
} from '../booking/booking-engine.js';
import type { Engine } from '../engine.js';
import type { AppEnv } from '../http/env.js';
import { ok, type Mount } from '../http/router.js';

/**
 * The booking's secret, from the `X-Booking-Secret` header only: a URL lands in
 * logs and `Referer` headers, so `?secret=` is refused before this runs (see `routeInput`).
 */
function secretOf(c: Context<AppEnv>): string | undefined {
  return c.req.header(HEADERS.bookingSecret);
}

/** Availability, booking and the holder's booking routes, and staff check-in (preview and check-in). */
export function mountBookingRoutes(mount: Mount, engine: Engine): void {
  mount(routes.getAvailability, (c, { params, query }) =>
    ok(c, routes.getAvailability, availability(engine, params.id, query)),
  );

  mount(routes.createBooking, async (c, { body }) =>
    ok(c, routes.createBooking, await createBooking(engine, body, c.var.idempotencyClaim)),
  );

  mount(routes.getBooking, async (c, { params }) =>
    ok(c, routes.getBooking, bookingView(await authorizedBooking(engine, params.code, secretOf(c)))),
  );
  mount(routes.cancelBooking, async (c, { params }) =>
    ok(c, routes.cancelBooking, await cancelBooking(engine, params.code, secretOf(c))),
  );
  mount(routes.rescheduleBooking, async (c, { params, body }) =>
    ok(c, routes.rescheduleBooking, await rescheduleBooking(engine, params.code, secretOf(c), body.slotStart)),
  );
  mount(routes.getCheckIn, (c, { params }) => ok(c, routes.getCheckIn, checkInPreview(engine, params.code)));
  mount(routes.checkInBooking, (c, { params }) => ok(c, routes.checkInBooking, checkInBooking(engine, params.code)));
}
