import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as z from 'zod/mini';
import * as arb from '../test-support/arbitraries.js';
import { AgencySchema } from './agency.js';
import { AvailabilitySchema } from './availability.js';
import { BookingReceiptSchema, BookingSchema } from './booking.js';
import { StaffCallResultSchema } from './counter.js';
import { ErrorEnvelopeSchema } from './errors.js';
import { QueueEventSchema } from './queue-event.js';
import { QueueSnapshotSchema } from './queue.js';
import { ServiceSchema, ServiceSummarySchema } from './service.js';
import { SiteSchema } from './site.js';
import { TicketSchema } from './ticket.js';

interface Case {
  name: string;
  schema: z.ZodMiniType;
  values: fc.Arbitrary<unknown>;
}

const cases: Case[] = [
  { name: 'Site', schema: SiteSchema, values: arb.site },
  { name: 'Agency', schema: AgencySchema, values: arb.agency },
  { name: 'ServiceSummary', schema: ServiceSummarySchema, values: arb.serviceSummary },
  { name: 'Service', schema: ServiceSchema, values: arb.service },
  { name: 'Ticket', schema: TicketSchema, values: arb.ticket },
  { name: 'QueueSnapshot', schema: QueueSnapshotSchema, values: arb.queueSnapshot },
  { name: 'QueueEvent', schema: QueueEventSchema, values: arb.queueEvent },
  { name: 'Availability', schema: AvailabilitySchema, values: arb.availability },
  { name: 'Booking', schema: BookingSchema, values: arb.booking },
  { name: 'BookingReceipt', schema: BookingReceiptSchema, values: arb.bookingReceipt },
  { name: 'StaffCallResult', schema: StaffCallResultSchema, values: arb.staffCallResult },
  { name: 'ErrorEnvelope', schema: ErrorEnvelopeSchema, values: arb.errorEnvelope },
];

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A copy with an unknown field added to every object, as a newer server might send. */
function withUnknownFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withUnknownFields);
  if (!isPlainObject(value)) return value;
  const copy: Record<string, unknown> = { addedInV1_5: { nested: [1, 'two'] } };
  for (const [key, inner] of Object.entries(value)) copy[key] = withUnknownFields(inner);
  return copy;
}

/**
 * The keys that must be present in `value`: those of the object schema, or of
 * the one union member that accepts it. Any other kind of schema throws, so no
 * case goes without this test unnoticed.
 */
function requiredKeys(schema: z.core.$ZodType, value: unknown): string[] {
  if (schema instanceof z.ZodMiniObject) {
    const keys = Object.entries(schema.shape as Record<string, z.ZodMiniType>)
      .filter(([, field]) => field._zod.optin !== 'optional')
      .map(([key]) => key);
    if (keys.length === 0) throw new Error('an object schema without required keys has no missing-field case');
    return keys;
  }
  const { def } = schema._zod;
  if (def.type === 'union') {
    const [member, ...others] = (def as z.core.$ZodUnionDef).options.filter(
      (option) => z.safeParse(option, value).success,
    );
    if (!member || others.length > 0) throw new Error(`not one union member accepts ${JSON.stringify(value)}`);
    return requiredKeys(member, value);
  }
  throw new Error(`no missing-field case for a ${def.type} schema`);
}

describe('the contract', () => {
  for (const { name, schema, values } of cases) {
    describe(name, () => {
      it('survives JSON.stringify -> parse unchanged', () => {
        fc.assert(
          fc.property(values, (value) => {
            const parsed = schema.parse(JSON.parse(JSON.stringify(value)));
            expect(parsed).to.deep.equal(value);
          }),
          { numRuns: 60 },
        );
      });

      it('ignores fields it does not know (forward compatible)', () => {
        fc.assert(
          fc.property(values, (value) => {
            expect(schema.parse(withUnknownFields(value))).to.deep.equal(value);
          }),
          { numRuns: 40 },
        );
      });

      it('fails on a missing required field or a wrong type', () => {
        const valueAndKey = values.chain((value) =>
          fc.tuple(fc.constant(value), fc.constantFrom(...requiredKeys(schema, value))),
        );
        fc.assert(
          fc.property(valueAndKey, ([value, key]) => {
            const record = value as Record<string, unknown>;
            const missing = Object.fromEntries(Object.entries(record).filter(([field]) => field !== key));
            expect(schema.safeParse(missing).success, `without ${key}`).to.equal(false);
            const wrong = typeof record[key] === 'boolean' ? 'true' : true;
            expect(schema.safeParse({ ...record, [key]: wrong }).success, `${key}: ${String(wrong)}`).to.equal(false);
          }),
          { numRuns: 40 },
        );
      });
    });
  }
});
