// Generates docs/openapi.json (OpenAPI 3.1) from the contract's route table, so
// the document cannot drift from the schemas the SDK and the server use.
// JSON Schemas come from zod's own converter; shared schemas are named
// components referenced by $ref; response headers come from the contract's
// HTTP policy (scripts/openapi-headers.ts). `npm run openapi` writes the file;
// scripts/openapi.node.test.ts fails when the committed file is stale,
// openapi-server.node.test.ts when the real server sends other headers, and
// openapi-lint.node.test.ts when Redocly's recommended rules find an error.
//
// The source is imported by path (not `@mpp-kit/contract`) so the script needs
// no build and no `source` export condition.
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as z from 'zod/mini';
import * as contract from '../packages/contract/src/index.js';
import {
  errorHeaders,
  headerComponents,
  IF_NONE_MATCH,
  notModifiedResponse,
  successHeaders,
} from './openapi-headers.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Where the document is written, relative to the repository root. */
export const OPENAPI_PATH = fileURLToPath(new URL('../docs/openapi.json', import.meta.url));

const { errorMessages, errorStatus, HEADERS, routeDocs, routes } = contract;
const ref = (group: string, name: string): JsonObject => ({ $ref: `#/components/${group}/${name}` });

/**
 * Schemas that become `components.schemas`, by name. Every schema a route uses
 * must be here (the generator throws otherwise), so nothing is silently inlined
 * twice. Route parameter objects are listed too: their properties become
 * parameters, and they are then dropped from the components.
 */
const namedSchemas: Record<string, z.ZodMiniType> = {
  Address: contract.AddressSchema,
  Agency: contract.AgencySchema,
  AgencyPage: contract.AgencyPageSchema,
  Applicant: contract.ApplicantSchema,
  Availability: contract.AvailabilitySchema,
  AvailabilityDay: contract.AvailabilityDaySchema,
  Booking: contract.BookingSchema,
  BookingReceipt: contract.BookingReceiptSchema,
  BookingStatus: contract.BookingStatusSchema,
  Channel: contract.ChannelSchema,
  CheckInPreview: contract.CheckInPreviewSchema,
  CheckInState: contract.CheckInStateSchema,
  Completion: contract.CompletionSchema,
  Cost: contract.CostSchema,
  Counter: contract.CounterSchema,
  CounterEvent: contract.CounterEventSchema,
  CounterStatus: contract.CounterStatusSchema,
  CounterUpdate: contract.CounterUpdateSchema,
  CreateBookingInput: contract.CreateBookingInputSchema,
  DayHours: contract.DayHoursSchema,
  ErrorCode: contract.ErrorCodeSchema,
  ErrorEnvelope: contract.ErrorEnvelopeSchema,
  Facility: contract.FacilitySchema,
  Holiday: contract.HolidaySchema,
  Instant: contract.InstantSchema,
  Nik: contract.NikSchema,
  PersonalDataPolicy: contract.PersonalDataPolicySchema,
  Phone: contract.PhoneSchema,
  LocalDate: contract.LocalDateSchema,
  LocalizedText: contract.LocalizedTextSchema,
  LocalTime: contract.LocalTimeSchema,
  QueueCounter: contract.QueueCounterSchema,
  QueueEvent: contract.QueueEventSchema,
  QueueLine: contract.QueueLineSchema,
  QueueNumber: contract.QueueNumberSchema,
  QueueSnapshot: contract.QueueSnapshotSchema,
  Requirement: contract.RequirementSchema,
  RescheduleBookingInput: contract.RescheduleBookingInputSchema,
  Service: contract.ServiceSchema,
  ServiceSummary: contract.ServiceSummarySchema,
  ServiceSummaryPage: contract.ServiceSummaryPageSchema,
  Site: contract.SiteSchema,
  Slot: contract.SlotSchema,
  SnapshotEvent: contract.SnapshotEventSchema,
  StaffCallResult: contract.StaffCallResultSchema,
  TakeTicketInput: contract.TakeTicketInputSchema,
  Ticket: contract.TicketSchema,
  TicketEvent: contract.TicketEventSchema,
  TicketStatus: contract.TicketStatusSchema,
  TimeZone: contract.TimeZoneSchema,
  WeeklyHours: contract.WeeklyHoursSchema,
  DurationFigures: contract.DurationFiguresSchema,
  Stats: contract.StatsSchema,
  StatsBucket: contract.StatsBucketSchema,
  StatsCounts: contract.StatsCountsSchema,
  StatsGroup: contract.StatsGroupSchema,
  StatsOverview: contract.StatsOverviewSchema,
  SurveyAnswers: contract.SurveyAnswersSchema,
  SurveyElementResult: contract.SurveyElementResultSchema,
  SurveyGroupResult: contract.SurveyGroupResultSchema,
  SurveyInvitation: contract.SurveyInvitationSchema,
  SurveyProfile: contract.SurveyProfileSchema,
  SurveyReceipt: contract.SurveyReceiptSchema,
  SurveyResponseInput: contract.SurveyResponseInputSchema,
  SurveyResults: contract.SurveyResultsSchema,
  SurveySuggestion: contract.SurveySuggestionSchema,
  SurveySuggestionPage: contract.SurveySuggestionPageSchema,
  // Parameter objects: expanded into `parameters`, not kept as components.
  AvailabilityQuery: contract.AvailabilityQuerySchema,
  BookingCodeParams: contract.BookingCodeParamsSchema,
  IdParams: contract.IdParamsSchema,
  ListServicesQuery: contract.ListServicesQuerySchema,
  QueueFilter: contract.QueueFilterSchema,
  StaffActionQuery: contract.StaffActionQuerySchema,
  StatsQuery: contract.StatsQuerySchema,
  SurveyResultsQuery: contract.SurveyResultsQuerySchema,
  SurveySuggestionsQuery: contract.SurveySuggestionsQuerySchema,
};
const parameterObjects = new Set([
  'AvailabilityQuery',
  'BookingCodeParams',
  'IdParams',
  'ListServicesQuery',
  'QueueFilter',
  'StaffActionQuery',
  'StatsQuery',
  'SurveyResultsQuery',
  'SurveySuggestionsQuery',
]);

/** Descriptions of components whose name alone does not say enough. */
const descriptions: Record<string, string> = {
  Booking: "A booking as its holder sees it: never the NIK, and the applicant's name masked.",
  BookingReceipt: 'A booking with its secret; returned only by create and reschedule.',
  CheckInPreview:
    'A booking as the check-in desk sees it (name masked, never the NIK), its check-in window in the ' +
    "site's time, and whether `POST …/check-in` would succeed now.",
  CheckInState:
    '`open`, or why check-in is refused: `too-early` (`check_in_too_early`), `too-late` (`check_in_too_late`), ' +
    '`checked-in` (`already_checked_in`), `not-checkable` (`booking_not_modifiable`: cancelled, completed, missed ' +
    'or its personal data erased).',
  Cost: 'What the service costs, in whole rupiah; `free` is explicit.',
  ErrorEnvelope:
    'Body of every error. `code` is a plain string: clients must accept codes they do not know yet ' +
    '(see `ErrorCode` for those of this version).',
  Instant: 'ISO 8601 date-time with an offset, e.g. `2025-03-03T08:00:00+07:00`.',
  LocalDate: "A real calendar date `YYYY-MM-DD` in the site's time zone.",
  LocalTime: 'Wall-clock time `HH:MM`, `00:00` to `24:00`.',
  Nik: 'Nomor Induk Kependudukan: 16 digits with a known province, regency and district, a real birth date and a serial.',
  PersonalDataPolicy:
    "The server's own retention setting (UU PDP 27/2022): the applicant's name, NIK, phone and email are erased " +
    '`retentionDays` days after the booked slot ends; the booking stays for counts.',
  Phone:
    'An Indonesian phone number in any common notation (`0812-3456-7890`, `+62 812…`, `(0354) 123456`); stored as E.164.',
  QueueEvent: 'One event of the live queue stream, discriminated on `type`.',
  QueueNumber: 'Service prefix and daily sequence, e.g. `A-012` (four digits past 999).',
  Stats:
    "Visitor statistics over a range of days in the site's time zone: counts only, never anything about a person. " +
    '`historical` counts are monthly totals imported with the seed, counted when the range covers the whole month.',
  SurveyAnswers: 'The nine elements (unsur) of PermenPAN-RB 14/2017, each 1 (worst) to 4 (best).',
  SurveyResponseInput: 'One satisfaction survey response. Nothing in it identifies the respondent.',
  SurveyResults:
    'IKM per PermenPAN-RB 14/2017: element averages (NRR), the index on the 25-100 scale (equal weights, rounded ' +
    'half up to two decimals) and its grade A-D, with the respondents beside the minimum sample for the population.',
  Slot: '`capacity`/`remaining` are the online booking quota; `walkIn` is kept for visitors without a booking.',
};

const reasonPhrases: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * Converts every named schema at once, so references between them become `$ref`s.
 *
 * The `input` view is the document's: request bodies show what a caller sends (a
 * phone in any notation), and response objects come without
 * `additionalProperties: false`, as the contract promises (clients ignore
 * unknown fields); strict request objects keep it. The `output` view serves
 * query parameters, which a caller writes as the parsed type (`limit` an integer
 * from 1 to 100, default 20) even though the wire carries strings.
 */
function convertSchemas(io: 'input' | 'output'): Record<string, JsonObject> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(namedSchemas)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    io,
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
    // The output view of request schemas has transforms (the phone); only its query objects are used.
    unrepresentable: io === 'input' ? 'throw' : 'any',
  });
  const result: Record<string, JsonObject> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    // The dialect and the id belong to a standalone schema, not to a component.
    const rest: JsonObject = { ...(schema as JsonObject) };
    delete rest.$schema;
    delete rest.$id;
    // Added here rather than as registry metadata, which zod drops for a pipe's input view.
    const description = descriptions[id];
    result[id] = description === undefined ? rest : { description, ...rest };
  }
  return result;
}

function nameOf(schema: z.ZodMiniType, route: string): string {
  const entry = Object.entries(namedSchemas).find(([, candidate]) => candidate === schema);
  if (!entry) throw new Error(`${route} uses a schema that is not in namedSchemas`);
  return entry[0];
}

interface Views {
  input: Record<string, JsonObject>;
  output: Record<string, JsonObject>;
}

type ObjectJson = { properties: Record<string, JsonObject>; required?: string[] };

/**
 * The parameters of a path or query object: whether one is required comes from
 * the input view (a defaulted `limit` may be left out), its schema from the
 * output view (what the value means once parsed).
 */
function parametersOf(
  views: Views,
  routeName: string,
  object: z.ZodMiniObject | undefined,
  location: 'path' | 'query',
) {
  if (!object) return [];
  const name = nameOf(object, routeName);
  const { required = [] } = views.input[name] as ObjectJson;
  const { properties } = views.output[name] as ObjectJson;
  return Object.entries(properties).map(([key, schema]): JsonObject => ({
    name: key,
    in: location,
    required: location === 'path' || required.includes(key),
    schema,
  }));
}

function errorResponses(route: contract.RouteDefinition, errors: readonly contract.ErrorCode[]): JsonObject {
  const byStatus = new Map<number, contract.ErrorCode[]>();
  for (const code of errors) byStatus.set(errorStatus[code], [...(byStatus.get(errorStatus[code]) ?? []), code]);
  const responses: JsonObject = {};
  for (const status of [...byStatus.keys()].sort((a, b) => a - b)) {
    const list = byStatus.get(status) ?? [];
    const examples: JsonObject = {};
    for (const code of list) {
      examples[code] = {
        summary: errorMessages[code].en,
        value: { error: { code, message: errorMessages[code].id, requestId: 'req_01J9Z8' } },
      };
    }
    responses[String(status)] = {
      description: `${reasonPhrases[status] ?? 'Error'}: ${list.map((code) => `\`${code}\``).join(', ')}`,
      headers: errorHeaders(route, status),
      content: { 'application/json': { schema: ref('schemas', 'ErrorEnvelope'), examples } },
    };
  }
  return responses;
}

function tagOf(route: contract.RouteDefinition): string {
  if (route.auth === 'staff') return 'Staff';
  if (route.path.startsWith('/v1/bookings') || route.path.endsWith('/availability')) return 'Bookings';
  if (route.path.startsWith('/v1/tickets')) return 'Tickets';
  if (route.path.startsWith('/v1/queues')) return 'Queue';
  return route.path === '/v1/site' ? 'Site' : 'Catalog';
}

/** Why the booking's secret is a header: said on every operation that needs it. */
const SECRET_IN_HEADER_ONLY =
  `Send the booking's secret in the \`${HEADERS.bookingSecret}\` header only. A \`secret\` query parameter ` +
  'is refused with `400 bad_request` (even a valid one, and the booking is not read): a URL lands in access ' +
  'logs, proxies, browser history and `Referer` headers. A manage link carries the secret in its URL fragment ' +
  '(`#…`), which browsers never send.';

function operationOf(name: contract.RouteName, route: contract.RouteDefinition, views: Views): JsonObject {
  const responseName = nameOf(route.response, name);
  const success: JsonObject = route.stream
    ? {
        description:
          'Server-Sent Events. Each event has an `id:` (send the last one back as `Last-Event-ID` to resume) ' +
          'and a `data:` line holding one JSON `QueueEvent`; a `snapshot` event comes first, and comment lines ' +
          'are heartbeats.',
        headers: successHeaders(name, route),
        content: {
          'text/event-stream': {
            schema: { type: 'string' },
            'x-event-schema': ref('schemas', responseName),
          },
        },
      }
    : {
        description: route.status === 201 ? 'Created' : 'OK',
        headers: successHeaders(name, route),
        content: { 'application/json': { schema: ref('schemas', responseName) } },
      };
  const headers: JsonObject[] = [ref('parameters', 'AcceptLanguage')];
  if (route.idempotencyKey) headers.push(ref('parameters', 'IdempotencyKey'));
  if (route.stream) headers.push(ref('parameters', 'LastEventId'));
  const notModified = notModifiedResponse(name);
  if (notModified) headers.push(ref('parameters', 'IfNoneMatch'));
  // Public operations say so with an empty list, rather than leaving it to a global default.
  const security = { staff: [{ staffBearer: [] }], 'booking-secret': [{ bookingSecret: [] }], public: [] }[route.auth];
  return {
    operationId: name,
    summary: routeDocs[name].summary,
    ...(route.auth === 'booking-secret' ? { description: SECRET_IN_HEADER_ONLY } : {}),
    tags: [tagOf(route)],
    security,
    parameters: [
      ...parametersOf(views, name, route.params, 'path'),
      ...parametersOf(views, name, route.query, 'query'),
      ...headers,
    ],
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('schemas', nameOf(route.body, name)) } },
          },
        }
      : {}),
    responses: {
      [String(route.status)]: success,
      ...(notModified ? { '304': notModified } : {}),
      ...errorResponses(route, routeDocs[name].errors),
    },
  };
}

/** Builds the OpenAPI 3.1 document of API v1 from the route table. */
export function buildOpenApiDocument(): JsonObject {
  const schemas = convertSchemas('input');
  const views = { input: schemas, output: convertSchemas('output') };
  const paths: Record<string, JsonObject> = {};
  for (const [name, route] of Object.entries(routes) as [contract.RouteName, contract.RouteDefinition][]) {
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operationOf(name, route, views) };
  }
  const components: Record<string, JsonObject> = {};
  for (const id of Object.keys(schemas).sort()) {
    if (!parameterObjects.has(id)) components[id] = schemas[id] as JsonObject;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'mpp-kit API',
      version: '1.0.0',
      summary: 'Services, queues and bookings of a Mal Pelayanan Publik (MPP).',
      description:
        'API v1 of an Indonesian public service mall: the service catalog, live queues, virtual queue tickets and ' +
        'slot bookings, plus counter actions for staff. Times are ISO 8601 with offset; local dates are in the ' +
        "site's time zone; money is whole rupiah. Within v1 fields may be added, never renamed or removed: clients " +
        'must ignore fields they do not know. Generated from `@mpp-kit/contract`; do not edit by hand.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [
      {
        url: 'https://{host}',
        description: "The regency's MPP API",
        variables: { host: { default: 'mpp.example.go.id' } },
      },
    ],
    tags: [
      { name: 'Site', description: 'The MPP itself' },
      { name: 'Catalog', description: 'Agencies and their services' },
      { name: 'Queue', description: 'Live queue state' },
      { name: 'Tickets', description: 'Virtual queue numbers' },
      { name: 'Bookings', description: 'Slots and bookings' },
      { name: 'Staff', description: 'Counter actions (bearer token)' },
    ],
    paths,
    components: {
      schemas: components,
      parameters: {
        AcceptLanguage: {
          name: HEADERS.acceptLanguage,
          in: 'header',
          description: 'Language of error messages: `id` (default) or `en`.',
          schema: { type: 'string', default: 'id' },
        },
        IdempotencyKey: {
          name: HEADERS.idempotencyKey,
          in: 'header',
          description:
            'A unique key per intended operation (e.g. a UUID). Retrying with the same key and body replays the ' +
            'first answer instead of acting twice; the same key with another body is `idempotency_mismatch`.',
          schema: { type: 'string', minLength: 1, maxLength: 255 },
        },
        LastEventId: {
          name: HEADERS.lastEventId,
          in: 'header',
          description: 'Resume the stream after this event id.',
          schema: { type: 'string' },
        },
        IfNoneMatch: IF_NONE_MATCH,
      },
      headers: headerComponents(),
      securitySchemes: {
        staffBearer: { type: 'http', scheme: 'bearer', description: 'Staff token for counter actions.' },
        bookingSecret: {
          type: 'apiKey',
          in: 'header',
          name: HEADERS.bookingSecret,
          description:
            "The booking's secret, from the receipt of create or reschedule; in this header only " +
            '(a `?secret=` query parameter is refused with `400 bad_request`).',
        },
      },
    },
  };
}

/** The document as written to disk: 2-space JSON with a trailing newline. */
export function renderOpenApiDocument(): string {
  return `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(OPENAPI_PATH, renderOpenApiDocument());
  console.log(`wrote ${OPENAPI_PATH}`);
}
