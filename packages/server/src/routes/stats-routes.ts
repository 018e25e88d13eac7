import { routes } from '@mpp-kit/contract';
import type { Engine } from '../engine.js';
import { ok, type Mount } from '../http/router.js';
import { statsRange, visitorStats } from '../stats/stats.js';

/** `GET /v1/stats`: public visitor statistics, counts only. */
export function mountStatsRoutes(mount: Mount, engine: Engine): void {
  mount(routes.getStats, (c, { query }) => {
    // "Today" is the site's day by the engine's clock, so a test clock drives the defaults too.
    const { today } = engine.view();
    const range = statsRange(query, today, c.get('locale'));
    const stats = visitorStats(engine.store, query, range, today);
    return ok(c, routes.getStats, stats);
  });
}
