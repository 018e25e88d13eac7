// The saved benchmark results and their comparison: which cells are figures,
// how a change reads, and that a run survives the round trip through its file.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  change,
  compareRows,
  describeRun,
  figureOf,
  readSaved,
  resultsFile,
  writeSaved,
  type SavedRun,
} from './results.js';

describe('figureOf', () => {
  test('reads plain numbers, thousands separators, decimals and units', () => {
    assert.deepEqual(figureOf('2,140'), { value: 2140, unit: '' });
    assert.deepEqual(figureOf('1,234,567.5'), { value: 1_234_567.5, unit: '' });
    assert.deepEqual(figureOf('31.2'), { value: 31.2, unit: '' });
    assert.deepEqual(figureOf('118 MiB'), { value: 118, unit: 'MiB' });
    assert.deepEqual(figureOf('1.25%'), { value: 1.25, unit: '%' });
    assert.deepEqual(figureOf(' 0.0042 '), { value: 0.0042, unit: '' });
  });

  test('leaves out cells that are not one figure', () => {
    for (const cell of ['-', 'yes', 'failed', '2000/2000', '201×9120 409×80', '12 MiB idle', '1,2', '', 'HTTP 500']) {
      assert.equal(figureOf(cell), null, cell);
    }
  });
});

describe('change', () => {
  test('is signed, one decimal under 10%, whole percents above', () => {
    assert.equal(change(100, 105.2), '+5.2%');
    assert.equal(change(200, 150), '-25%');
    assert.equal(change(10, 10), '±0%');
    assert.equal(change(-4, -2), '+50%');
  });

  test('gives no ratio from zero', () => {
    assert.equal(change(0, 3), '-');
    assert.equal(change(0, 0), '±0%');
  });
});

describe('compareRows', () => {
  test('puts each figure beside the same scenario and column of the previous run', () => {
    const previous = {
      'GET /v1/services': { 'req/s': '2,000', 'p99 (ms)': '20.0', statuses: '200×20000' },
      'GET /v1/stats': { 'req/s': '400' },
    };
    const now = {
      'GET /v1/services': { 'req/s': '2,200', 'p99 (ms)': '19.0', statuses: '200×22000' },
      'POST /v1/tickets': { 'req/s': '900' },
    };
    assert.deepEqual(compareRows(previous, now), {
      'GET /v1/services · req/s': { previous: '2,000', now: '2,200', change: '+10%' },
      'GET /v1/services · p99 (ms)': { previous: '20.0', now: '19.0', change: '-5.0%' },
      'POST /v1/tickets · req/s': { previous: '-', now: '900', change: '-' },
    });
  });

  test('does not compare figures of different units or a previous cell that is no figure', () => {
    const compared = compareRows(
      { idle: { RSS: '80 MiB', clients: 'failed' } },
      { idle: { RSS: '0.1 GiB', clients: '10,000' } },
    );
    assert.deepEqual(compared, {
      'idle · RSS': { previous: '-', now: '0.1 GiB', change: '-' },
      'idle · clients': { previous: '-', now: '10,000', change: '-' },
    });
  });
});

test('a saved run reads back as written, and a missing one as null', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'mpp-bench-results-'));
  try {
    const file = resultsFile('server-sse', join(folder, 'results'));
    assert.equal(readSaved(file), null);
    const run: SavedRun = {
      benchmark: 'server-sse',
      date: '2026-12-06T23:00:00.000Z',
      command: 'MPP_BENCH_SSE_CLIENTS=10000 npm run bench -- server-sse',
      machine: { node: 'v20.19.5', cpus: '2 × Example CPU' },
      load: { before: [1.5, 2, 2.25], after: [1.75, 2, 2.25] },
      context: { clients: '10,000' },
      rows: { idle: { RSS: '80 MiB' } },
      failed: false,
    };
    await writeSaved(file, run);
    assert.deepEqual(readSaved(file), run);
    assert.equal(
      describeRun(run),
      '2026-12-06T23:00:00.000Z, 2 × Example CPU, Node v20.19.5, load average 1.50 2.00 2.25 before, 1.75 2.00 2.25 after',
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
