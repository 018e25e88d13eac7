// Random and hostile input at every route of the contract's table, through the
// real app (fast-check): never a 500, always the error envelope with its
// request id, never a stack trace or a path of the machine in a body, and every
// success still what the contract promises (the harness checks the envelope,
// the schema, stack traces and leaked NIKs on every answer).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { routes, type RouteDefinition } from '@mpp-kit/contract';
import fc from 'fast-check';
import { SqliteStore } from './node/sqlite-store.js';
import type { StoreSeed } from './store/store.js';
import { MemoryStore } from './store/memory-store.js';
import { Harness, type StoreFactory } from './test-support/harness.js';

/** Strings that have broken servers before: traversal, markup, SQL, control and direction characters, size. */
const HOSTILE = [
  '../../../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' OR '1'='1' --",
  'Robert"); DROP TABLE bookings;--',
  '\u0000',
  '\u202eKEDIRI',
  '𝕂𝕖𝕕𝕚𝕣𝕚 🏛️ ناحية',
  '__proto__',
  'constructor',
  'NaN',
  '-1',
  '1e309',
  '9'.repeat(400),
  'x'.repeat(70_000),
];

const hostileText = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
);

/** A value where JSON was expected: anything JSON can say, or a hostile string. */
const anyJson = fc.oneof(fc.jsonValue({ maxDepth: 3 }), hostileText);

/** Header values are bytes: printable ASCII only, or `fetch` itself refuses them. */
const headerText = fc.oneof(
  fc.constantFrom('', ' ', 'x'.repeat(10_000), '../../etc/passwd', '<script>', '\t'),
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 80 }),
);

/** The keys a zod/mini object schema names, so the fuzzer reaches each field's own validation. */
function keysOf(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

/** Some of `keys` (and a stray one now and then), each with a hostile or random value. */
const fieldsFor = (keys: readonly string[], value: fc.Arbitrary<unknown>) =>
  fc.dictionary(keys.length > 0 ? fc.oneof(fc.constantFrom(...keys), hostileText) : hostileText, value, {
    maxKeys: keys.length + 2,
  });

/** What one request sends: path parameters, query, body, staff or not, and a few headers. */
function requestFor(route: RouteDefinition) {
  const names = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name ?? '');
  const body = route.body
    ? fc.oneof(
        { weight: 3, arbitrary: fieldsFor(keysOf(route.body), anyJson).map((fields) => JSON.stringify(fields)) },
        { weight: 1, arbitrary: anyJson.map((value) => JSON.stringify(value)) },
        { weight: 1, arbitrary: hostileText }, // not JSON at all
      )
    : fc.constant(undefined);
  return fc.record({
    params: fc.tuple(...names.map(() => hostileText)),
    encodeParams: fc.boolean(),
    query: fieldsFor(
      keysOf(route.query),
      hostileText.filter((text) => !text.includes('\u0000')),
    ),
    body,
    staff: fc.boolean(),
    headers: fc.record(
      {
        'Idempotency-Key': headerText,
        'Accept-Language': headerText,
        'Content-Type': fc.constantFrom('application/json', 'text/plain', 'application/json; charset=latin1', ''),
        'X-Booking-Secret': headerText,
        'Last-Event-ID': headerText,
      },
      { requiredKeys: [] },
    ),
  });
}

/** Parts of a machine the answers must never show: files, folders, frames of a stack. */
const INTERNALS = [/node_modules/, /\/(work|home|usr|tmp)\//, /file:\/\//, /\.(ts|js):\d+/, /\bat [\w.<>]+ \(/];

const STORES = {
  MemoryStore: (seed: StoreSeed) => new MemoryStore(seed),
  // The SQL store too: hostile text must reach SQLite only as bound values.
  SqliteStore: async (seed: StoreSeed) => {
    const store = new SqliteStore(':memory:');
    await store.loadSeed(seed);
    return store;
  },
} satisfies Record<string, StoreFactory>;

for (const [storeName, makeStore] of Object.entries(STORES)) {
  describe(`every route under random and hostile input (${storeName})`, () => {
    const opened = Harness.open(makeStore);
    // The live stream answers forever; its refusals are the snapshot route's and its own suite's.
    const table = Object.entries(routes as Record<string, RouteDefinition>).filter(
      ([, route]) => route.stream !== true,
    );

    for (const [name, route] of table) {
      it(`${name}: ${route.method} ${route.path}`, async () => {
        await fc.assert(
          fc.asyncProperty(requestFor(route), async (request) => {
            let at = 0;
            const path = route.path.replace(/\{\w+\}/g, () => {
              const value = request.params[at++] ?? '';
              return request.encodeParams ? encodeURIComponent(value) : value.replace(/[?#]/g, '');
            });
            const query = new URLSearchParams(request.query as Record<string, string>).toString();
            const reply = await (
              await opened
            ).request(route.method, `${path}${query ? `?${query}` : ''}`, {
              headers: request.headers,
              staff: request.staff,
              ...(request.body === undefined ? {} : { raw: request.body }),
            });
            assert.ok(reply.status < 500, `${reply.status}: ${reply.text.slice(0, 300)}`);
            for (const internal of INTERNALS) {
              assert.doesNotMatch(reply.text, internal, `the answer shows ${internal}`);
            }
          }),
          { numRuns: Number(process.env['MPP_FUZZ_RUNS'] ?? 60) },
        );
      });
    }
  });
}
