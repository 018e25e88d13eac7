import { expect } from '@open-wc/testing';
import { CACHE_CONTROL, CACHE_KINDS, isCredentialGuarded, isRateLimited, isRevalidated } from './http-policy.js';
import type { RouteDefinition } from './route.js';
import { routes, type RouteName } from './table.js';

const table = Object.entries(routes) as [RouteName, RouteDefinition][];

describe('CACHE_KINDS', () => {
  it('keeps private every staff route, every booking-secret route and every write', () => {
    for (const [name, route] of table) {
      if (route.auth !== 'public' || route.method !== 'GET') expect(CACHE_KINDS[name], name).to.equal('private');
    }
    expect(CACHE_CONTROL.private).to.equal('private, no-store');
  });

  it('lets only public reads be kept, and revalidates only the catalog', () => {
    const kept = table.filter(([name]) => CACHE_KINDS[name] === 'catalog' || CACHE_KINDS[name] === 'aggregate');
    for (const [name, route] of kept) expect([route.auth, route.method], name).to.deep.equal(['public', 'GET']);
    const revalidated = table.filter(([name]) => isRevalidated(CACHE_KINDS[name])).map(([name]) => name);
    expect(revalidated).to.have.members(['getSite', 'listAgencies', 'listServices', 'getService']);
  });
});

describe('isRateLimited', () => {
  it('limits the public writes: anonymous POSTs and the holder of a booking, never reads or staff', () => {
    const limited = table.filter(([, route]) => isRateLimited(route)).map(([name]) => name);
    expect(limited).to.have.members([
      'takeTicket',
      'cancelTicket',
      'createBooking',
      'cancelBooking',
      'rescheduleBooking',
      'submitSurvey',
    ]);
  });
});

describe('isCredentialGuarded', () => {
  it('guards every route that checks a staff token or a booking secret, and no public one', () => {
    for (const [name, route] of table) {
      expect(isCredentialGuarded(route), name).to.equal(route.auth === 'staff' || route.auth === 'booking-secret');
    }
    expect(table.filter(([, route]) => isCredentialGuarded(route)).length).to.be.greaterThan(8);
  });
});
