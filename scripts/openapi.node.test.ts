// docs/openapi.json must be what scripts/openapi.ts generates from the contract
// now (regenerate with `npm run openapi`), and a structurally sound OpenAPI 3.1
// document: every route present with its parameters, errors and security, and
// every $ref resolving.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  errorStatus,
  routeDocs,
  routes,
  type RouteDefinition,
  type RouteName,
} from '../packages/contract/src/index.js';
import { buildOpenApiDocument, OPENAPI_PATH, renderOpenApiDocument } from './openapi.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Operation = {
  operationId: string;
  parameters: { $ref?: string; name?: string; in?: string }[];
  responses: Record<string, { content: Record<string, unknown> }>;
  requestBody?: unknown;
  security?: Record<string, unknown>[];
};

const document = buildOpenApiDocument() as unknown as {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
};
const table = Object.entries(routes) as [RouteName, RouteDefinition][];

test('docs/openapi.json is up to date (run `npm run openapi`)', () => {
  const committed = readFileSync(OPENAPI_PATH, 'utf8');
  assert.equal(committed, renderOpenApiDocument(), 'docs/openapi.json is stale: run `npm run openapi`');
});

test('generation is deterministic', () => {
  assert.equal(renderOpenApiDocument(), renderOpenApiDocument());
  assert.ok(renderOpenApiDocument().endsWith('}\n'));
});

test('is OpenAPI 3.1 with info', () => {
  assert.equal(document.openapi, '3.1.0');
  assert.ok(document.info.title && document.info.version);
});

test('has every route, and nothing else', () => {
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => `${method.toUpperCase()} ${path} ${operation.operationId}`),
  );
  assert.deepEqual(operations.sort(), table.map(([name, route]) => `${route.method} ${route.path} ${name}`).sort());
});

test('each operation has its parameters, body, success, errors and security', () => {
  for (const [name, route] of table) {
    const operation = document.paths[route.path]?.[route.method.toLowerCase()];
    assert.ok(operation, name);
    const inPath = operation.parameters
      .filter((parameter) => parameter.in === 'path')
      .map((parameter) => parameter.name);
    assert.deepEqual(
      inPath,
      [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]),
      `${name} path parameters`,
    );
    const queryNames = operation.parameters
      .filter((parameter) => parameter.in === 'query')
      .map((parameter) => parameter.name);
    assert.deepEqual(queryNames, Object.keys(route.query?.shape ?? {}), `${name} query parameters`);
    const refs = operation.parameters.map((parameter) => parameter.$ref).filter(Boolean);
    assert.ok(refs.includes('#/components/parameters/AcceptLanguage'), `${name} Accept-Language`);
    assert.equal(
      refs.includes('#/components/parameters/IdempotencyKey'),
      route.idempotencyKey === true,
      `${name} Idempotency-Key`,
    );
    assert.equal(refs.includes('#/components/parameters/LastEventId'), route.stream === true, `${name} Last-Event-ID`);
    assert.equal(operation.requestBody !== undefined, route.body !== undefined, `${name} body`);
    const success = operation.responses[String(route.status)];
    assert.ok(success, `${name} ${route.status}`);
    assert.deepEqual(Object.keys(success.content), [route.stream ? 'text/event-stream' : 'application/json']);
    for (const code of routeDocs[name].errors) {
      const response = operation.responses[String(errorStatus[code])];
      assert.ok(response, `${name} answers ${code} with ${errorStatus[code]}`);
      assert.ok(JSON.stringify(response).includes(`"code":"${code}"`), `${name} documents ${code}`);
    }
    const expected = { public: [], staff: [{ staffBearer: [] }], 'booking-secret': [{ bookingSecret: [] }] }[
      route.auth
    ];
    assert.deepEqual(operation.security, expected, `${name} security`);
  }
});

test('every $ref resolves', () => {
  const root = document as unknown as Json;
  const resolve = (pointer: string): Json | undefined =>
    pointer
      .replace(/^#\//, '')
      .split('/')
      .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce<Json | undefined>(
        (node, key) => (node && typeof node === 'object' && !Array.isArray(node) ? node[key] : undefined),
        root,
      );
  const refs: string[] = [];
  const walk = (node: Json): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string') refs.push(value);
        else walk(value);
      }
    }
  };
  walk(root);
  assert.ok(refs.length > 50);
  for (const pointer of new Set(refs)) {
    assert.ok(pointer.startsWith('#/'), `${pointer} is local`);
    assert.notEqual(resolve(pointer), undefined, `${pointer} resolves`);
  }
});

test('takes the booking secret in its header only, and says that ?secret= is refused', () => {
  const full = buildOpenApiDocument() as unknown as {
    paths: Record<string, Record<string, Operation & { description?: string }>>;
    components: { securitySchemes: Record<string, { in?: string; name?: string; description?: string }> };
  };
  assert.deepEqual(
    [full.components.securitySchemes.bookingSecret?.in, full.components.securitySchemes.bookingSecret?.name],
    ['header', 'X-Booking-Secret'],
  );
  const holderRoutes = table.filter(([, route]) => route.auth === 'booking-secret');
  assert.deepEqual(holderRoutes.map(([name]) => name).sort(), ['cancelBooking', 'getBooking', 'rescheduleBooking']);
  for (const [name, route] of holderRoutes) {
    const operation = full.paths[route.path]?.[route.method.toLowerCase()];
    assert.ok(operation, name);
    assert.ok(
      !operation.parameters.some((parameter) => parameter.name === 'secret'),
      `${name} has no secret parameter`,
    );
    assert.match(operation.description ?? '', /X-Booking-Secret` header only.*refused with `400 bad_request`/s, name);
    assert.ok(JSON.stringify(operation.responses['400']).includes('"code":"bad_request"'), `${name} documents 400`);
  }
});

test('shows the check-in preview, the check-in refusals and the retention of personal data', () => {
  const full = buildOpenApiDocument() as unknown as {
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, Json> };
  };
  const preview = full.paths['/v1/bookings/{code}/check-in']?.get;
  assert.ok(preview, 'GET /v1/bookings/{code}/check-in');
  assert.deepEqual(preview.security, [{ staffBearer: [] }]);
  assert.ok(JSON.stringify(preview.responses['200']).includes('#/components/schemas/CheckInPreview'));
  const { schemas } = full.components;
  assert.deepEqual((schemas.CheckInState as { enum: string[] }).enum, [
    'open',
    'too-early',
    'too-late',
    'checked-in',
    'not-checkable',
  ]);
  const codes = (schemas.ErrorCode as { enum: string[] }).enum;
  for (const code of ['check_in_too_early', 'check_in_too_late', 'already_checked_in']) assert.ok(codes.includes(code));
  const site = schemas.Site as { properties: Record<string, Json>; required: string[] };
  assert.deepEqual(site.properties.personalData, { $ref: '#/components/schemas/PersonalDataPolicy' });
  assert.ok(!site.required.includes('personalData'));
  const policy = schemas.PersonalDataPolicy as { properties: { retentionDays: { type: string; minimum?: number } } };
  assert.equal(policy.properties.retentionDays.type, 'integer');
});
