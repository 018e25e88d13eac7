// The app over the bundled Kota Kediri seed: every read route answers per the
// contract, and every queue service takes tickets on an ordinary morning.
import { expect } from '@open-wc/testing';
import {
  AgencyPageSchema,
  AvailabilitySchema,
  QueueSnapshotSchema,
  ServiceSchema,
  ServiceSummaryPageSchema,
  SiteSchema,
  TicketSchema,
} from '@mpp-kit/contract';
import { createApp } from './app.js';
import { fixedClock } from './time/clock.js';
import { kediriSeed } from './seed/load-seed.js';
import { MemoryStore } from './store/memory-store.js';

describe('createApp over the Kota Kediri seed', () => {
  const app = createApp({
    store: new MemoryStore(kediriSeed()),
    clock: fixedClock('2026-03-03T09:00:00+07:00'),
    staffTokens: ['kiosk-token-0123456789'],
    secret: 'kediri-test-secret-0123456789',
    rateLimit: false,
  });
  const json = async (path: string, init?: RequestInit) => {
    const response = await app.request(path, init);
    expect(response.status, path).to.be.oneOf([200, 201]);
    return response.json() as Promise<unknown>;
  };

  it('answers every read route per the contract', async () => {
    SiteSchema.parse(await json('/v1/site'));
    expect(
      AgencyPageSchema.parse(await json('/v1/agencies')).items.every((agency) => agency.serviceCount > 0),
    ).to.equal(true);
    const page = ServiceSummaryPageSchema.parse(await json('/v1/services?limit=100'));
    expect(page.items.length).to.be.greaterThan(13);
    for (const summary of page.items) {
      const service = ServiceSchema.parse(await json(`/v1/services/${summary.id}`));
      if (service.channels.some((channel) => channel.kind === 'booking')) {
        const availability = AvailabilitySchema.parse(await json(`/v1/services/${service.id}/availability`));
        expect(
          availability.days.some((day) => day.slots.length > 0),
          service.id,
        ).to.equal(true);
      }
    }
    QueueSnapshotSchema.parse(await json('/v1/queues'));
  });

  it('issues a number for every queue service', async () => {
    const page = ServiceSummaryPageSchema.parse(await json('/v1/services?limit=100'));
    for (const service of page.items.filter((item) => item.channels.some((channel) => channel.kind === 'queue'))) {
      const ticket = TicketSchema.parse(
        await json('/v1/tickets', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ serviceId: service.id }),
        }),
      );
      expect(ticket.number, service.id).to.match(/-001$/);
    }
  });
});
