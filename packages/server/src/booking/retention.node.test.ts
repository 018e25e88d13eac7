// The daily erasure's timer: it runs on start and every day by the clock it is
// given, stops with the server's signal, and never keeps a process alive.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, afterEach, mock, test } from 'node:test';
import { Engine } from '../engine.js';
import { Broadcaster } from '../queue/broadcaster.js';
import { MemoryStore } from '../store/memory-store.js';
import { until } from '../test-support/assert.js';
import { fixtureSeed } from '../test-support/fixture-seed.js';
import { SECRET } from '../test-support/harness.js';
import { bookingRecord } from '../test-support/records.js';
import { fixedClock } from '../time/clock.js';
import { createDataProtection } from './nik-protection.js';
import { RETENTION_INTERVAL_MS, scheduleRetention } from './retention.js';

afterEach(() => mock.timers.reset());
after(() => mock.timers.reset());

test('erases on start, then once a day, until the signal aborts', async () => {
  mock.timers.enable({ apis: ['setInterval'] });
  const store = new MemoryStore(fixtureSeed());
  // Slot Tuesday 3 March 08:00-08:30: due for erasure after 2 April 08:30 with 30 days.
  await store.insertBooking(bookingRecord({ code: 'KDR-AAAAAA' }));
  await store.insertBooking(bookingRecord({ code: 'KDR-BBBBBB', nikHash: 'nik-hash-2' }));
  await store.eraseApplicant('KDR-BBBBBB', '2026-03-04T00:00:00+07:00'); // so only A's erasure is counted below
  const clock = fixedClock('2026-04-02T08:00:00+07:00');
  const engine = new Engine(store, clock, createDataProtection(SECRET), new Broadcaster(), 30);
  const shutdown = new AbortController();
  const errors: unknown[] = [];
  await scheduleRetention(engine, { signal: shutdown.signal, onError: (error) => errors.push(error) });
  assert.equal((await store.getBooking('KDR-AAAAAA'))?.erasedAt, null, 'not due on start');

  clock.set('2026-04-03T08:00:00+07:00');
  mock.timers.tick(RETENTION_INTERVAL_MS - 1);
  assert.equal((await store.getBooking('KDR-AAAAAA'))?.erasedAt, null, 'the day has not passed');
  mock.timers.tick(1);
  assert.equal((await store.getBooking('KDR-AAAAAA'))?.erasedAt, '2026-04-03T08:00:00+07:00');

  shutdown.abort();
  await store.insertBooking(bookingRecord({ code: 'KDR-CCCCCC', nikHash: 'nik-hash-3', status: 'cancelled' }));
  mock.timers.tick(RETENTION_INTERVAL_MS);
  assert.equal((await store.getBooking('KDR-CCCCCC'))?.erasedAt, null, 'stopped with the server');
  assert.deepEqual(errors, []);
});

test('reports a failed run and tries again the next day', async () => {
  mock.timers.enable({ apis: ['setInterval'] });
  const store = new MemoryStore(fixtureSeed());
  const clock = fixedClock('2026-04-03T08:00:00+07:00');
  const engine = new Engine(store, clock, createDataProtection(SECRET), new Broadcaster(), 30);
  const failing = mock.method(store, 'transaction', () => Promise.reject(new Error('disk unplugged')));
  const errors: unknown[] = [];
  const shutdown = new AbortController();
  await scheduleRetention(engine, { signal: shutdown.signal, onError: (error) => errors.push(error) });
  assert.equal(errors.length, 1);
  failing.mock.restore();
  await store.insertBooking(bookingRecord());
  mock.timers.tick(RETENTION_INTERVAL_MS);
  await until(async () => (await store.getBooking('KDR-AAAAAA'))?.erasedAt !== null);
  assert.equal(errors.length, 1);
  shutdown.abort();
});

test('the daily timer does not keep a process alive', async () => {
  // An app created and left alone: with only the erasure's timer pending, Node must exit on its own.
  const program = `
    const { createApp } = await import(${JSON.stringify(new URL('../app.ts', import.meta.url).href)});
    const { MemoryStore } = await import(${JSON.stringify(new URL('../store/memory-store.ts', import.meta.url).href)});
    const { fixtureSeed } = await import(${JSON.stringify(new URL('../test-support/fixture-seed.ts', import.meta.url).href)});
    createApp({ store: new MemoryStore(fixtureSeed()), staffTokens: [], secret: 'a-test-secret-of-enough-length' });
    console.log('created');
  `;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@mpp-kit/source', '--input-type=module', '-e', program],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timeout = setTimeout(() => child.kill('SIGKILL'), 30_000);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) =>
    child.on('exit', (exitCode, exitSignal) => done([exitCode, exitSignal])),
  );
  clearTimeout(timeout);
  assert.deepEqual([code, signal], [0, null], output);
  assert.match(output, /created/);
});
