// Type tests: checked by `npx tsc -p tsconfig.json`, never run.
import { expectTypeOf } from 'expect-type';
import type * as z from 'zod/mini';
import {
  applyQueueEvent,
  buildPath,
  errorMessages,
  errorStatus,
  parseNik,
  routeDocs,
  routes,
  type ApplicantInput,
  type Booking,
  type BookingReceipt,
  type Cost,
  type ErrorCode,
  type ListServicesQuery,
  type ListServicesQueryInput,
  type Page,
  type QueueEvent,
  type QueueSnapshot,
  type RouteName,
  type ServiceSummary,
  type Ticket,
} from './index.js';

// Entities are plain, JSON-shaped types.
expectTypeOf<Ticket['number']>().toEqualTypeOf<string>();
expectTypeOf<Ticket['position']>().toEqualTypeOf<number | null>();
expectTypeOf<Ticket>().toHaveProperty('calledAt').toEqualTypeOf<string | null | undefined>();
expectTypeOf<Booking>().not.toHaveProperty('nik');
expectTypeOf<BookingReceipt['secret']>().toEqualTypeOf<string>();
expectTypeOf<z.output<typeof routes.listAgencies.response>['items'][number]['serviceCount']>().toEqualTypeOf<number>();
expectTypeOf<z.output<typeof routes.listServices.response>>().toEqualTypeOf<Page<ServiceSummary>>();

// Discriminated unions narrow.
declare const cost: Cost;
if (cost.kind === 'range') expectTypeOf(cost.max).toEqualTypeOf<number>();
declare const event: QueueEvent;
if (event.type === 'ticket.called') expectTypeOf(event.ticket).toEqualTypeOf<Ticket>();
if (event.type === 'snapshot') expectTypeOf(event.snapshot).toEqualTypeOf<QueueSnapshot>();
expectTypeOf(applyQueueEvent).returns.toEqualTypeOf<QueueSnapshot>();

// Query input differs from its parsed form: `limit` is optional going in, a number coming out.
expectTypeOf<ListServicesQuery['limit']>().toEqualTypeOf<number>();
expectTypeOf<ListServicesQueryInput['limit']>().toEqualTypeOf<number | string | undefined>();
expectTypeOf<ApplicantInput['phone']>().toEqualTypeOf<string>();

// The route table keeps literal types the SDK can build on.
expectTypeOf<'callNext' | 'createBooking' | 'updateCounter'>().toExtend<RouteName>();
expectTypeOf<RouteName>().toEqualTypeOf<keyof typeof routes>();
expectTypeOf(routes.takeTicket.method).toEqualTypeOf<'POST'>();
expectTypeOf(routes.takeTicket.status).toEqualTypeOf<201>();
expectTypeOf(routes.getService.params.shape).toHaveProperty('id');
expectTypeOf(routes.streamQueue.stream).toEqualTypeOf<true>();
expectTypeOf<(typeof routeDocs.createBooking.errors)[number]>().toExtend<ErrorCode>();
expectTypeOf<'slot_full'>().toExtend<(typeof routeDocs.createBooking.errors)[number]>();
// The docs table has an entry for every route, and only for routes: a new route without docs fails here.
expectTypeOf<keyof typeof routeDocs>().toEqualTypeOf<RouteName>();

// Tables cover every code.
expectTypeOf(errorStatus).toEqualTypeOf<Readonly<Record<ErrorCode, number>>>();
expectTypeOf(errorMessages.slot_full.id).toEqualTypeOf<string>();
// @ts-expect-error not an error code
expectTypeOf(errorStatus.teapot).toBeNumber();

// Parse results narrow on `ok`.
const nik = parseNik('3571014507950003');
if (nik.ok) expectTypeOf(nik.sex).toEqualTypeOf<'female' | 'male'>();
else expectTypeOf(nik.reason).toEqualTypeOf<'format' | 'region' | 'birth-date' | 'serial'>();

// @ts-expect-error path parameters are strings
buildPath('/v1/tickets/{id}', { id: 12 });
