// What a benchmark file exports, and how results are printed. A benchmark is
// a file `bench/<name>.bench.ts` whose default export is `defineBenchmark(...)`;
// `npm run bench -- <name>` runs it, `npm run bench` lists them.
import { cpus, totalmem } from 'node:os';
import type { Bench, Task } from 'tinybench';

/** What a micro-benchmark produced: the tinybench results and facts about the inputs. */
export interface TinybenchRun {
  readonly bench: Bench;
  /** Facts worth printing beside the results, e.g. payload sizes. */
  readonly context: Record<string, string>;
}

/**
 * What a load test produced (e.g. autocannon against the HTTP server): one row
 * of figures per scenario, facts about the setup, and whether it failed.
 */
export interface TableRun {
  /** Rows keyed by scenario name, e.g. `{ 'POST /v1/tickets': { 'req/s': '2,140', 'p99 (ms)': '31' } }`. */
  readonly rows: Record<string, Record<string, string>>;
  readonly context: Record<string, string>;
  /** Set when a scenario could not run or produced no usable figures. */
  readonly failed?: boolean;
}

/** What a run produced. */
export type BenchmarkRun = TinybenchRun | TableRun;

/** One runnable benchmark. Importing it must be cheap: prepare inputs in `run`. */
export interface Benchmark {
  /** One line for the list: what is measured. */
  readonly description: string;
  /** `browser` for the benchmarks that run in headless Chromium: `npm run bench:browser` runs them all. */
  readonly group?: 'browser';
  /** Prepares the inputs and runs: tinybench tasks, or a load test that reports a table. */
  run(): Promise<BenchmarkRun>;
}

/** Identity, for a typed default export. */
export const defineBenchmark = (benchmark: Benchmark): Benchmark => benchmark;

/** The machine the numbers come from: they mean little without it. */
export function machine(): Record<string, string> {
  const cores = cpus();
  return {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: `${cores.length} × ${cores[0]?.model.trim() ?? 'unknown'}`,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
  };
}

const ms = (value: number | undefined): string =>
  value === undefined ? '-' : value >= 1 ? value.toFixed(2) : value.toFixed(4);

/** The rows to print of any run, and whether it failed. */
export function outcomeOf(run: BenchmarkRun): { rows: Record<string, Record<string, string>>; failed: boolean } {
  if ('rows' in run) return { rows: run.rows, failed: run.failed === true };
  return { rows: resultRows(run.bench), failed: run.bench.tasks.some((task) => !task.result || task.result.error) };
}

/** One row per task, keyed by its name: throughput, mean and p99 latency, samples, margin of error. */
export function resultRows(bench: Bench): Record<string, Record<string, string>> {
  return Object.fromEntries(bench.tasks.map((task) => [task.name, resultRow(task)]));
}

function resultRow(task: Task): Record<string, string> {
  const result = task.result;
  if (!result || result.error) return { 'ops/s': 'failed', error: result?.error?.message ?? 'no result' };
  return {
    'ops/s': Math.round(result.throughput.mean).toLocaleString('en-US'),
    'mean (ms)': ms(result.latency.mean),
    'p99 (ms)': ms(result.latency.p99),
    samples: String(result.latency.samples.length),
    '±': `${result.latency.rme.toFixed(2)}%`,
  };
}
